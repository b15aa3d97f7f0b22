package app.pocket.app

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.pocket.core.AppView
import app.pocket.core.Destination
import app.pocket.core.HomeView
import app.pocket.core.Screen
import app.pocket.core.SignInEvent
import app.pocket.core.SignInView
import app.pocket.core.UiEvent
import app.pocket.core.WelcomeView

/**
 * Draws the core's view: the title, the banner, the screen, the problem dialog. Every
 * word comes from the view. The welcome, sign-in and home screens are drawn here; the
 * others show their title until their Compose screens land (issue 9).
 */
@Composable
fun PocketScreens(view: AppView?, send: (UiEvent) -> Unit) {
    if (view == null) return
    Column(Modifier.padding(16.dp)) {
        Text(view.title)
        view.banner?.let { Text(it.message) }
        view.notice?.let { Text(it) }
        when (val screen = view.screen) {
            is Screen.Starting -> Text(screen.message)
            is Screen.Welcome -> Welcome(screen.view, send)
            is Screen.SignIn -> SignIn(screen.view, send)
            is Screen.Home -> Home(screen.view)
            else -> Unit
        }
    }
    view.problem?.let { problem ->
        AlertDialog(
            onDismissRequest = { send(UiEvent.DismissProblem) },
            title = { Text(problem.title) },
            text = { Text(listOfNotNull(problem.message, problem.hint).joinToString("\n")) },
            confirmButton = { TextButton(onClick = { send(UiEvent.DismissProblem) }) { Text(problem.dismissLabel) } },
        )
    }
}

@Composable
private fun Welcome(view: WelcomeView, send: (UiEvent) -> Unit) {
    Text(view.tagline)
    view.points.forEach { Text(it) }
    Button(onClick = { send(UiEvent.Open(Destination.SIGN_UP)) }) { Text(view.signUp.label) }
    Button(onClick = { send(UiEvent.Open(Destination.SIGN_IN)) }) { Text(view.signIn.label) }
}

@Composable
private fun SignIn(view: SignInView, send: (UiEvent) -> Unit) {
    var email by rememberSaveable { mutableStateOf(view.email.value) }
    var password by rememberSaveable { mutableStateOf("") }
    OutlinedTextField(email, { email = it }, label = { Text(view.email.label) }, isError = view.email.error != null,
        supportingText = { view.email.error?.let { Text(it) } })
    OutlinedTextField(password, { password = it }, label = { Text(view.password.label) },
        visualTransformation = PasswordVisualTransformation(), isError = view.password.error != null,
        supportingText = { view.password.error?.let { Text(it) } })
    Button(onClick = { send(UiEvent.SignIn(SignInEvent.Submit(email, password))) }, enabled = view.submit.enabled) {
        Text(view.submit.label)
    }
}

@Composable
private fun Home(view: HomeView) {
    Text(view.greeting)
    view.balances.forEach { balance ->
        Text(balance.available)
        balance.pending?.let { Text(it) }
    }
    view.sending.forEach {
        Text(it.title)
        Text(it.status)
    }
}
