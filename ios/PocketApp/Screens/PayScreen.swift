import PocketCore
import SwiftUI

/// Paying an order: the source, the quote and limits before confirming, the payment
/// password, the SMS code when the card asks, the receipt. The Pay button sends
/// `PayEvent.confirm` and nothing else; whether it is enabled is the view's.
struct PayScreen: View {
    let view: PayView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "Pay") {
            if let progress = view.progress { Note(progress, tag: "pay.progress") }
            Panel(title: view.seller, tag: "pay.order") {
                ForEach(view.items, id: \.self) { Text($0) }
                Text(view.price).font(.title2).fontWeight(.medium)
            }
            if view.paid == nil {
                ForEach(Array(view.sources.enumerated()), id: \.offset) { index, source in
                    Button { send(UiEvent.pay(event: PayEvent.choose(choice: source.choice))) } label: {
                        HStack(alignment: .top) {
                            Image(systemName: source.selected ? "largecircle.fill.circle" : "circle")
                            VStack(alignment: .leading) {
                                Text(source.label)
                                Note(source.detail)
                            }
                        }
                    }
                    .buttonStyle(.plain)
                    .disabled(!source.enabled)
                    .accessibilityIdentifier("pay.source.\(index)")
                }
                PocketTextButton(button: view.newCard, tag: "pay.newCard") { send(UiEvent.pay(event: PayEvent.newCard)) }
                if let error = view.sourceError { ErrorText(error, tag: "pay.sourceError") }
                if let quote = view.quote {
                    Panel(title: nil, tag: "pay.quote") {
                        if !quote.pay.isEmpty { Text(quote.pay).font(.headline).accessibilityIdentifier("pay.quote.pay") }
                        if let rate = quote.rate { Note(rate, tag: "pay.quote.rate") }
                        if let limits = quote.limits { Note(limits, tag: "pay.quote.limits") }
                        if let shortfall = quote.shortfall { ErrorText(shortfall, tag: "pay.quote.shortfall") }
                        if let refusal = quote.refusal {
                            ErrorText(refusal.message, tag: "pay.quote.refusal")
                            Lines(lines: refusal.figures.map { LineView(label: $0.label, value: $0.value) }, tag: "pay.quote.figure")
                            if let action = refusal.action {
                                PocketTextButton(button: ButtonView(label: action, enabled: true, busy: false), tag: "pay.quote.action") {
                                    send(UiEvent.followProblem)
                                }
                            }
                        }
                    }
                }
                PocketField(field: view.password, text: text($form, "password", view.password), tag: "pay.password")
                PocketButton(button: view.pay, tag: "pay.pay") {
                    send(UiEvent.pay(event: PayEvent.confirm(paymentPassword: form.value("password", view.password))))
                }
            }
            Sending(view: view.sending, tag: "pay", send: send)
            if let paid = view.paid {
                Panel(title: paid, tag: "pay.paid") { Lines(lines: view.receipt, tag: "pay.receipt") }
            }
            if let next = view.next {
                PocketButton(button: next, tag: "pay.next") { send(UiEvent.pay(event: PayEvent.next)) }
            }
            if let finish = view.finish {
                PocketButton(button: finish, tag: "pay.finish", primary: view.next == nil) { send(UiEvent.pay(event: PayEvent.finish)) }
            }
        }
    }
}
