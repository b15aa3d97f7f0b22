import PocketCore
import SwiftUI

struct OrdersScreen: View {
    let view: OrdersView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Orders") {
            if view.loading { ProgressView() }
            if let empty = view.empty { Note(empty, tag: "orders.empty") }
            ForEach(view.orders, id: \.id) { order in
                ListRow(tag: "orders.order.\(order.id)", action: { send(UiEvent.orders(event: OrdersEvent.open(orderId: order.id))) }) {
                    VStack(alignment: .leading) {
                        Text(order.seller).fontWeight(.medium)
                        Note(order.summary)
                        Note(order.date)
                    }
                    Spacer()
                    VStack(alignment: .trailing) {
                        Text(order.price)
                        Text(order.status).font(.caption).accessibilityIdentifier("orders.order.\(order.id).status")
                    }
                }
            }
        }
    }
}

struct OrderScreen: View {
    let view: OrderView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Order") {
            Text(view.status).font(.title2).accessibilityIdentifier("order.status")
            Text(view.statusDetail)
            Panel(title: nil, tag: "order.items") { ForEach(view.items, id: \.self) { Text($0) } }
            Panel(title: nil, tag: "order.lines") { Lines(lines: view.lines, tag: "order.line") }
            if let sending = view.sending { Note(sending, tag: "order.sending") }
            ForEach(view.actions, id: \.label) { action in
                PocketButton(
                    button: ButtonView(label: action.label, enabled: action.enabled, busy: action.busy),
                    tag: "order.action.\(action.button)",
                    primary: false
                ) {
                    send(UiEvent.orders(event: OrdersEvent.tap(button: action.button)))
                }
            }
        }
        .confirmation(
            confirmOf(view.dialog),
            onConfirm: { send(UiEvent.orders(event: OrdersEvent.confirm)) },
            onCancel: { send(UiEvent.orders(event: OrdersEvent.closeDialog)) }
        )
        .sheet(isPresented: Binding(get: { choicesOf(view.dialog) != nil }, set: { shown in if !shown { send(UiEvent.orders(event: OrdersEvent.closeDialog)) } })) {
            if let dialog = view.dialog { OrderChoices(dialog: dialog, send: send) }
        }
    }

    private func confirmOf(_ dialog: OrderDialogView?) -> ConfirmView? {
        if case let .confirm(confirm) = dialog { return confirm }
        return nil
    }

    private func choicesOf(_ dialog: OrderDialogView?) -> OrderDialogView? {
        switch dialog {
        case .dispute, .refundDestination: return dialog
        default: return nil
        }
    }
}

/// The dispute's reasons or the refund's destinations, as a sheet of choices.
private struct OrderChoices: View {
    let dialog: OrderDialogView
    let send: (UiEvent) -> Void

    var body: some View {
        switch dialog {
        case let .dispute(title, message, reasons, cancelLabel):
            ChoicesSheet(title: title, message: message, cancelLabel: cancelLabel, tag: "order.dispute", send: send) {
                ForEach(reasons, id: \.label) { reason in
                    Button(reason.label) { send(UiEvent.orders(event: OrdersEvent.dispute(reason: reason.reason))) }
                        .accessibilityIdentifier("order.dispute.\(reason.reason)")
                }
            }
        case let .refundDestination(title, message, choices, cancelLabel):
            ChoicesSheet(title: title, message: message, cancelLabel: cancelLabel, tag: "order.refund", send: send) {
                ChoiceList(
                    choices: choices.map { ChoiceView(id: "\($0.preference)", label: $0.label, detail: $0.detail, selected: $0.selected, enabled: true) },
                    tag: "order.refund"
                ) { picked in
                    if let choice = choices.first(where: { "\($0.preference)" == picked.id }) {
                        send(UiEvent.orders(event: OrdersEvent.refundTo(preference: choice.preference)))
                    }
                }
            }
        case .confirm:
            EmptyView()
        }
    }
}

private struct ChoicesSheet<Content: View>: View {
    let title: String
    let message: String
    let cancelLabel: String
    let tag: String
    let send: (UiEvent) -> Void
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(title).font(.title3)
            Text(message)
            content()
            Button(cancelLabel, role: .cancel) { send(UiEvent.orders(event: OrdersEvent.closeDialog)) }
                .accessibilityIdentifier("\(tag).cancel")
        }
        .padding()
        .presentationDetents([.medium])
        .accessibilityIdentifier(tag)
    }
}
