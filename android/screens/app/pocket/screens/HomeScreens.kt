package app.pocket.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.AssistChip
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import app.pocket.core.HomeView
import app.pocket.core.LimitView
import app.pocket.core.LimitsView
import app.pocket.core.NotificationsEvent
import app.pocket.core.NotificationsView
import app.pocket.core.SettingsEvent
import app.pocket.core.SettingsView
import app.pocket.core.SupportEvent
import app.pocket.core.UiEvent

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun HomeScreen(view: HomeView, send: (UiEvent) -> Unit) = ScreenColumn("Home") {
    Text(view.greeting, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.testTag("home.greeting"))
    if (view.loading) CircularProgressIndicator(Modifier.testTag("home.loading"))
    view.balances.forEach { balance ->
        Section(null, "home.balance.${balance.currency}") {
            Text(balance.available, style = MaterialTheme.typography.headlineMedium, fontWeight = FontWeight.Medium)
            balance.pending?.let { Note(it) }
        }
    }
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        view.shortcuts.forEach { shortcut ->
            AssistChip(
                onClick = { send(UiEvent.Open(shortcut.destination)) },
                label = { Counted(shortcut.label, shortcut.badge) },
                modifier = Modifier.testTag("home.shortcut.${shortcut.destination.name}"),
            )
        }
    }
    view.sending.forEach { pending ->
        Section(pending.title, "home.sending.${pending.id}") { Note(pending.status) }
    }
    view.pendingTopUps.forEach { topUp ->
        Section(topUp.title, "home.topUp.${topUp.id}") {
            Note(topUp.status)
            topUp.report?.let { button ->
                PocketTextButton(button, "home.topUp.${topUp.id}.report") {
                    send(UiEvent.Support(SupportEvent.ReportLateTopUp(topUp.id)))
                }
            }
        }
    }
    view.limits.forEachIndexed { index, limit -> LimitCard(limit, "home.limit.$index") }
    view.verification?.let { Note(it, "home.verification") }
}

@Composable
private fun LimitCard(limit: LimitView, tag: String) = Section(limit.method, tag) {
    Text(limit.leftToday)
    Text(limit.leftThisMonth)
    Note(limit.perPayment)
    limit.freesUp?.let { Note(it) }
}

@Composable
fun LimitsScreen(view: LimitsView) = ScreenColumn("Limits") {
    Text(view.standing, style = MaterialTheme.typography.titleMedium)
    if (view.loading) CircularProgressIndicator()
    view.limits.forEachIndexed { index, limit -> LimitCard(limit, "limits.limit.$index") }
    view.verification?.let { Note(it) }
    Note(view.note)
}

@Composable
fun NotificationsScreen(view: NotificationsView, send: (UiEvent) -> Unit) = ScreenColumn("Notifications") {
    if (view.loading) CircularProgressIndicator()
    view.empty?.let { Note(it, "notifications.empty") }
    view.items.forEach { item ->
        Column(
            Modifier.fillMaxWidth()
                .clickable(enabled = item.opensOrder) { send(UiEvent.Notifications(NotificationsEvent.Open(item.id))) }
                .padding(vertical = 8.dp)
                .testTag(if (item.opensOrder) "notifications.order.${item.id}" else "notifications.item.${item.id}"),
        ) {
            Text(item.title, fontWeight = if (item.unread) FontWeight.Bold else FontWeight.Normal)
            Text(item.message, style = MaterialTheme.typography.bodyMedium)
            Note(item.date)
        }
    }
}

@Composable
fun SettingsScreen(view: SettingsView, send: (UiEvent) -> Unit) = ScreenColumn("Settings") {
    Text(view.name, style = MaterialTheme.typography.headlineSmall)
    Lines(view.profile, "settings.profile")
    view.verification?.let { Note(it) }
    view.verifyIdentity?.let { button ->
        PocketButton(button, "settings.verifyIdentity", primary = false) { send(UiEvent.Settings(SettingsEvent.VerifyIdentity)) }
    }
    Section(null, "settings.language") {
        Lines(listOf(view.language), "settings.language.line")
        PocketTextButton(view.changeLanguage, "settings.changeLanguage") { send(UiEvent.Settings(SettingsEvent.ChangeLanguage)) }
        view.languages?.let { languages ->
            ChoiceList(languages, "settings.languages") { send(UiEvent.Settings(SettingsEvent.ChooseLanguage(it.id))) }
        }
    }
    PocketButton(view.changePaymentPassword, "settings.changePaymentPassword", primary = false) {
        send(UiEvent.Settings(SettingsEvent.ChangePaymentPassword))
    }
    PocketTextButton(view.forgotPaymentPassword, "settings.forgotPaymentPassword") {
        send(UiEvent.Settings(SettingsEvent.ForgotPaymentPassword))
    }
    PocketButton(view.changeSecurityQuestions, "settings.changeSecurityQuestions", primary = false) {
        send(UiEvent.Settings(SettingsEvent.ChangeSecurityQuestions))
    }
    PocketButton(view.support, "settings.support", primary = false) { send(UiEvent.Settings(SettingsEvent.OpenSupport)) }
    PocketButton(view.signOut, "settings.signOut", primary = false) { send(UiEvent.Settings(SettingsEvent.SignOut)) }
    PocketTextButton(view.signOutEverywhere, "settings.signOutEverywhere") {
        send(UiEvent.Settings(SettingsEvent.SignOutEverywhere))
    }
    view.confirmSignOut?.let { confirm ->
        ConfirmDialog(
            confirm,
            "settings.confirmSignOut",
            onConfirm = { send(UiEvent.Settings(SettingsEvent.ConfirmSignOut)) },
            onCancel = { send(UiEvent.Settings(SettingsEvent.CancelSignOut)) },
        )
    }
    view.confirmSignOutEverywhere?.let { confirm ->
        ConfirmDialog(
            confirm,
            "settings.confirmSignOutEverywhere",
            onConfirm = { send(UiEvent.Settings(SettingsEvent.ConfirmSignOutEverywhere)) },
            onCancel = { send(UiEvent.Settings(SettingsEvent.CancelSignOut)) },
        )
    }
}
