package app.pocket.screens

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import app.pocket.core.ButtonView
import app.pocket.core.LineView
import app.pocket.core.PayEvent
import app.pocket.core.PayView
import app.pocket.core.UiEvent

/**
 * Paying an order: the source, the quote and limits before confirming, the payment
 * password, the SMS code when the card asks, the receipt. The Pay button sends
 * `PayEvent.Confirm` and nothing else; whether it is enabled is the view's.
 */
@Composable
fun PayScreen(view: PayView, send: (UiEvent) -> Unit) = ScreenColumn("Pay") {
    view.progress?.let { Note(it, "pay.progress") }
    Section(view.seller, "pay.order") {
        view.items.forEach { Text(it) }
        Text(view.price, style = MaterialTheme.typography.headlineSmall, fontWeight = FontWeight.Medium)
    }
    if (view.paid == null) {
        Column {
            view.sources.forEachIndexed { index, source ->
                Row(
                    verticalAlignment = Alignment.CenterVertically,
                    modifier = Modifier.fillMaxWidth()
                        .selectable(source.selected, enabled = source.enabled, role = Role.RadioButton) {
                            send(UiEvent.Pay(PayEvent.Choose(source.choice)))
                        }
                        .padding(vertical = 4.dp)
                        .testTag("pay.source.$index"),
                ) {
                    RadioButton(selected = source.selected, onClick = null, enabled = source.enabled)
                    Column(Modifier.padding(start = 8.dp)) {
                        Text(source.label)
                        Note(source.detail)
                    }
                }
            }
        }
        PocketTextButton(view.newCard, "pay.newCard") { send(UiEvent.Pay(PayEvent.NewCard)) }
        view.sourceError?.let { ErrorText(it, "pay.sourceError") }
        view.quote?.let { quote ->
            Section(null, "pay.quote") {
                if (quote.pay.isNotEmpty()) Text(quote.pay, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("pay.quote.pay"))
                quote.rate?.let { Note(it, "pay.quote.rate") }
                quote.limits?.let { Note(it, "pay.quote.limits") }
                quote.shortfall?.let { ErrorText(it, "pay.quote.shortfall") }
                quote.refusal?.let { refusal ->
                    ErrorText(refusal.message, "pay.quote.refusal")
                    Lines(refusal.figures.map { LineView(it.label, it.value) }, "pay.quote.figure")
                    refusal.action?.let { label ->
                        PocketTextButton(ButtonView(label, true, false), "pay.quote.action") { send(UiEvent.FollowProblem) }
                    }
                }
            }
        }
        val password = rememberFieldText(view.password)
        PocketField(view.password, password, "pay.password")
        PocketButton(view.pay, "pay.pay") { send(UiEvent.Pay(PayEvent.Confirm(password.value))) }
    }
    Sending(view.sending, "pay", send)
    view.paid?.let { paid ->
        Section(paid, "pay.paid") { Lines(view.receipt, "pay.receipt") }
    }
    view.next?.let { PocketButton(it, "pay.next") { send(UiEvent.Pay(PayEvent.Next)) } }
    view.finish?.let { PocketButton(it, "pay.finish", primary = view.next == null) { send(UiEvent.Pay(PayEvent.Finish)) } }
}
