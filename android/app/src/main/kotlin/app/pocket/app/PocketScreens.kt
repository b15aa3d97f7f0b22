package app.pocket.app

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.pocket.core.WalletScreen

@Composable
fun PocketScreens(model: PocketViewModel) {
    Column(Modifier.padding(16.dp)) {
        model.problem?.let { Text(it) }
        if (model.signedIn) WalletView(model.wallet) else SignIn(model::logIn)
    }
}

@Composable
private fun SignIn(onSignIn: (String, String) -> Unit) {
    var email by remember { mutableStateOf("maria@pocket.test") }
    var password by remember { mutableStateOf("") }
    OutlinedTextField(email, { email = it }, label = { Text("Email") })
    OutlinedTextField(password, { password = it }, label = { Text("Password") })
    Button(onClick = { onSignIn(email, password) }) { Text("Sign in") }
}

@Composable
private fun WalletView(wallet: WalletScreen?) {
    if (wallet == null) {
        Text("Loading…")
        return
    }
    if (wallet.freshness.stale) Text("Offline: showing what was saved")
    wallet.balances.forEach { Text("${it.available.amount} ${it.currency} (pending ${it.pending.amount})") }
    wallet.limits.limits.forEach { Text("${it.method}: ${it.leftToday.amount} USD left today") }
    wallet.pendingActions.forEach { Text("Sending: ${it.summary}") }
}
