package app.pocket.screens

import androidx.compose.foundation.layout.Column
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.font.FontWeight
import app.pocket.core.ButtonView
import app.pocket.core.ChoiceView
import app.pocket.core.OrderDialogView
import app.pocket.core.OrderView
import app.pocket.core.OrdersEvent
import app.pocket.core.OrdersView
import app.pocket.core.UiEvent

@Composable
fun OrdersScreen(view: OrdersView, send: (UiEvent) -> Unit) = ScreenColumn("Orders") {
    if (view.loading) CircularProgressIndicator()
    view.empty?.let { Note(it, "orders.empty") }
    view.orders.forEach { order ->
        ListRow("orders.order.${order.id}", onClick = { send(UiEvent.Orders(OrdersEvent.Open(order.id))) }) {
            Column(Modifier.weight(1f)) {
                Text(order.seller, fontWeight = FontWeight.Medium)
                Note(order.summary)
                Note(order.date)
            }
            Column {
                Text(order.price)
                Text(order.status, style = MaterialTheme.typography.labelMedium, modifier = Modifier.testTag("orders.order.${order.id}.status"))
            }
        }
    }
}

@Composable
fun OrderScreen(view: OrderView, send: (UiEvent) -> Unit) = ScreenColumn("Order") {
    Text(view.status, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.testTag("order.status"))
    Text(view.statusDetail)
    Section(null, "order.items") { view.items.forEach { Text(it) } }
    Section(null, "order.lines") { Lines(view.lines, "order.line") }
    view.sending?.let { Note(it, "order.sending") }
    view.actions.forEach { action ->
        PocketButton(ButtonView(action.label, action.enabled, action.busy), "order.action.${action.button.name}", primary = false) {
            send(UiEvent.Orders(OrdersEvent.Tap(action.button)))
        }
    }
    view.dialog?.let { OrderDialog(it, send) }
}

@Composable
private fun OrderDialog(dialog: OrderDialogView, send: (UiEvent) -> Unit) {
    val close = { send(UiEvent.Orders(OrdersEvent.CloseDialog)) }
    when (dialog) {
        is OrderDialogView.Confirm -> ConfirmDialog(dialog.view, "order.confirm", onConfirm = { send(UiEvent.Orders(OrdersEvent.Confirm)) }, onCancel = close)
        is OrderDialogView.Dispute -> ChoiceDialog(
            dialog.title,
            dialog.message,
            dialog.reasons.map { ChoiceView(it.reason.name, it.label, null, false, true) },
            dialog.cancelLabel,
            "order.dispute",
            onChoose = { id -> dialog.reasons.first { it.reason.name == id }.let { send(UiEvent.Orders(OrdersEvent.Dispute(it.reason))) } },
            onCancel = close,
        )
        is OrderDialogView.RefundDestination -> ChoiceDialog(
            dialog.title,
            dialog.message,
            dialog.choices.map { ChoiceView(it.preference.name, it.label, it.detail, it.selected, true) },
            dialog.cancelLabel,
            "order.refund",
            onChoose = { id -> dialog.choices.first { it.preference.name == id }.let { send(UiEvent.Orders(OrdersEvent.RefundTo(it.preference))) } },
            onCancel = close,
        )
    }
}

@Composable
private fun ChoiceDialog(
    title: String,
    message: String,
    choices: List<ChoiceView>,
    cancelLabel: String,
    tag: String,
    onChoose: (String) -> Unit,
    onCancel: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = onCancel,
        title = { Text(title) },
        text = {
            Column {
                Text(message)
                ChoiceList(choices, tag) { onChoose(it.id) }
            }
        },
        confirmButton = {},
        dismissButton = { TextButton(onClick = onCancel, modifier = Modifier.testTag("$tag.cancel")) { Text(cancelLabel) } },
        modifier = Modifier.testTag(tag),
    )
}
