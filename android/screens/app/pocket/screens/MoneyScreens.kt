package app.pocket.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import app.pocket.core.AddCardEvent
import app.pocket.core.AddCardView
import app.pocket.core.CardsEvent
import app.pocket.core.CardsView
import app.pocket.core.HistoryEvent
import app.pocket.core.HistoryView
import app.pocket.core.ReceiptScreenView
import app.pocket.core.TopUpEvent
import app.pocket.core.TopUpView
import app.pocket.core.TransferEvent
import app.pocket.core.TransferView
import app.pocket.core.SupportEvent
import app.pocket.core.UiEvent

@Composable
fun TopUpScreen(view: TopUpView, send: (UiEvent) -> Unit) = ScreenColumn("TopUp") {
    Column {
        view.rails.forEach { rail ->
            Row(
                verticalAlignment = Alignment.CenterVertically,
                modifier = Modifier.fillMaxWidth()
                    .selectable(rail.selected, role = Role.RadioButton) { send(UiEvent.TopUp(TopUpEvent.ChooseRail(rail.rail))) }
                    .padding(vertical = 4.dp)
                    .testTag("topUp.rail.${rail.rail.name}"),
            ) {
                RadioButton(selected = rail.selected, onClick = null)
                Column(Modifier.padding(start = 8.dp)) {
                    Text(rail.label, fontWeight = FontWeight.Medium)
                    Note(rail.limits)
                    Note(rail.arrival)
                }
            }
        }
    }
    if (view.providers.isNotEmpty()) {
        ChipChoices(view.providers, "topUp.provider") { send(UiEvent.TopUp(TopUpEvent.ChooseProvider(it.id))) }
    }
    if (view.cards.isNotEmpty()) {
        ChoiceList(view.cards, "topUp.card") { send(UiEvent.TopUp(TopUpEvent.ChooseCard(it.id))) }
    }
    view.addCard?.let { PocketTextButton(it, "topUp.addCard") { send(UiEvent.TopUp(TopUpEvent.AddCard)) } }
    view.choiceError?.let { ErrorText(it, "topUp.choiceError") }
    ChipChoices(view.currencies, "topUp.currency") { send(UiEvent.TopUp(TopUpEvent.ChooseCurrency(it.id))) }
    val amount = rememberFieldText(view.amount)
    PocketField(view.amount, amount, "topUp.amount")
    view.limit?.let { Note(it, "topUp.limit") }
    PocketButton(view.submit, "topUp.submit") { send(UiEvent.TopUp(TopUpEvent.Submit(amount.value))) }
    Sending(view.sending, "topUp", send)
    view.result?.let { result ->
        Section(result.title, "topUp.result") { Text(result.message) }
        view.another?.let { PocketButton(it, "topUp.another", primary = false) { send(UiEvent.TopUp(TopUpEvent.Another)) } }
    }
}

@Composable
fun CardsScreen(view: CardsView, send: (UiEvent) -> Unit) = ScreenColumn("Cards") {
    if (view.loading) CircularProgressIndicator()
    Note(view.count, "cards.count")
    view.empty?.let { Note(it, "cards.empty") }
    view.cards.forEach { card ->
        Section(card.brand, "cards.card.${card.id}") {
            Text(card.number, style = MaterialTheme.typography.titleMedium)
            Note(card.expiry)
            card.status?.let { ErrorText(it, "cards.card.${card.id}.status") }
            PocketTextButton(card.replace, "cards.replace.${card.id}") { send(UiEvent.Cards(CardsEvent.Replace(card.id))) }
            PocketTextButton(card.remove, "cards.remove.${card.id}") { send(UiEvent.Cards(CardsEvent.Remove(card.id))) }
        }
    }
    view.atLimit?.let { Note(it, "cards.atLimit") }
    PocketButton(view.add, "cards.add") { send(UiEvent.Cards(CardsEvent.Add)) }
    view.confirmRemove?.let { confirm ->
        ConfirmDialog(
            confirm,
            "cards.confirmRemove",
            onConfirm = { send(UiEvent.Cards(CardsEvent.ConfirmRemove)) },
            onCancel = { send(UiEvent.Cards(CardsEvent.CancelRemove)) },
        )
    }
}

@Composable
fun AddCardScreen(view: AddCardView, send: (UiEvent) -> Unit) = ScreenColumn("AddCard") {
    view.replacing?.let { Note(it, "addCard.replacing") }
    val number = rememberFieldText(view.number)
    val expiry = rememberFieldText(view.expiry)
    PocketField(view.number, number, "addCard.number")
    PocketField(view.expiry, expiry, "addCard.expiry")
    PocketToggle(view.save, "addCard.save") { send(UiEvent.AddCard(AddCardEvent.SetSave(it))) }
    Note(view.note)
    PocketButton(view.submit, "addCard.submit") { send(UiEvent.AddCard(AddCardEvent.Submit(number.value, expiry.value))) }
}

@Composable
fun TransferScreen(view: TransferView, send: (UiEvent) -> Unit) = ScreenColumn("Transfer") {
    val toEmail = rememberFieldText(view.toEmail)
    val amount = rememberFieldText(view.amount)
    val note = rememberFieldText(view.note)
    val password = rememberFieldText(view.password)
    PocketField(view.toEmail, toEmail, "transfer.toEmail")
    ChipChoices(view.currencies, "transfer.currency") { send(UiEvent.Transfer(TransferEvent.ChooseCurrency(it.id))) }
    PocketField(view.amount, amount, "transfer.amount")
    PocketField(view.note, note, "transfer.note")
    PocketField(view.password, password, "transfer.password")
    PocketButton(view.submit, "transfer.submit") {
        send(UiEvent.Transfer(TransferEvent.Submit(toEmail.value, amount.value, note.value, password.value)))
    }
    view.saved?.let { Note(it, "transfer.saved") }
    view.result?.let { Section(it, "transfer.result") {} }
    view.another?.let { PocketButton(it, "transfer.another", primary = false) { send(UiEvent.Transfer(TransferEvent.Another)) } }
}

private val Income = Color(0xFF1B7F3B)

@Composable
fun HistoryScreen(view: HistoryView, send: (UiEvent) -> Unit) = ScreenColumn("History") {
    if (view.loading) CircularProgressIndicator()
    view.empty?.let { Note(it, "history.empty") }
    view.entries.forEachIndexed { index, entry ->
        val receipt = entry.receiptOrderId
        ListRow(
            "history.entry.$index",
            onClick = receipt?.let { orderId -> { send(UiEvent.History(HistoryEvent.OpenReceipt(orderId))) } },
            padding = 6.dp,
        ) {
            Column(Modifier.weight(1f)) {
                Text(entry.title)
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Note(entry.date)
                    Note(entry.source)
                }
            }
            Text(
                entry.amount,
                fontWeight = FontWeight.Medium,
                color = if (entry.incoming) Income else MaterialTheme.colorScheme.onSurface,
            )
        }
    }
    view.more?.let { PocketButton(it, "history.more", primary = false) { send(UiEvent.History(HistoryEvent.ShowMore)) } }
}

@Composable
fun ReceiptScreen(view: ReceiptScreenView, send: (UiEvent) -> Unit) = ScreenColumn("Receipt") {
    if (view.loading) CircularProgressIndicator()
    Section(null, "receipt.lines") { Lines(view.lines, "receipt.line") }
    Note(view.support)
    PocketButton(view.report, "receipt.report", primary = false) {
        send(UiEvent.Support(SupportEvent.ReportPayment(view.orderId)))
    }
}
