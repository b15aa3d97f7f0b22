import PocketCore
import SwiftUI

struct TopUpScreen: View {
    let view: TopUpView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "TopUp") {
            ForEach(view.rails, id: \.label) { rail in
                Button { send(UiEvent.topUp(event: TopUpEvent.chooseRail(rail: rail.rail))) } label: {
                    HStack(alignment: .top) {
                        Image(systemName: rail.selected ? "largecircle.fill.circle" : "circle")
                        VStack(alignment: .leading) {
                            Text(rail.label).fontWeight(.medium)
                            Note(rail.limits)
                            Note(rail.arrival)
                        }
                    }
                }
                .buttonStyle(.plain)
                .accessibilityIdentifier("topUp.rail.\(rail.rail)")
            }
            if !view.providers.isEmpty {
                ChipChoices(choices: view.providers, tag: "topUp.provider") { send(UiEvent.topUp(event: TopUpEvent.chooseProvider(id: $0.id))) }
            }
            if !view.cards.isEmpty {
                ChoiceList(choices: view.cards, tag: "topUp.card") { send(UiEvent.topUp(event: TopUpEvent.chooseCard(cardId: $0.id))) }
            }
            if let addCard = view.addCard {
                PocketTextButton(button: addCard, tag: "topUp.addCard") { send(UiEvent.topUp(event: TopUpEvent.addCard)) }
            }
            if let error = view.choiceError { ErrorText(error, tag: "topUp.choiceError") }
            ChipChoices(choices: view.currencies, tag: "topUp.currency") { send(UiEvent.topUp(event: TopUpEvent.chooseCurrency(id: $0.id))) }
            PocketField(field: view.amount, text: text($form, "amount", view.amount), tag: "topUp.amount")
            if let limit = view.limit { Note(limit, tag: "topUp.limit") }
            PocketButton(button: view.submit, tag: "topUp.submit") {
                send(UiEvent.topUp(event: TopUpEvent.submit(amount: form.value("amount", view.amount))))
            }
            Sending(view: view.sending, tag: "topUp", send: send)
            if let result = view.result {
                Panel(title: result.title, tag: "topUp.result") { Text(result.message) }
                if let another = view.another {
                    PocketButton(button: another, tag: "topUp.another", primary: false) { send(UiEvent.topUp(event: TopUpEvent.another)) }
                }
            }
        }
    }
}

struct CardsScreen: View {
    let view: CardsView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Cards") {
            if view.loading { ProgressView() }
            Note(view.count, tag: "cards.count")
            if let empty = view.empty { Note(empty, tag: "cards.empty") }
            ForEach(view.cards, id: \.id) { card in
                Panel(title: card.brand, tag: "cards.card.\(card.id)") {
                    Text(card.number).font(.headline)
                    Note(card.expiry)
                    if let status = card.status { ErrorText(status, tag: "cards.card.\(card.id).status") }
                    PocketTextButton(button: card.replace, tag: "cards.replace.\(card.id)") {
                        send(UiEvent.cards(event: CardsEvent.replace(cardId: card.id)))
                    }
                    PocketTextButton(button: card.remove, tag: "cards.remove.\(card.id)") {
                        send(UiEvent.cards(event: CardsEvent.remove(cardId: card.id)))
                    }
                }
            }
            if let atLimit = view.atLimit { Note(atLimit, tag: "cards.atLimit") }
            PocketButton(button: view.add, tag: "cards.add") { send(UiEvent.cards(event: CardsEvent.add)) }
        }
        .confirmation(
            view.confirmRemove,
            onConfirm: { send(UiEvent.cards(event: CardsEvent.confirmRemove)) },
            onCancel: { send(UiEvent.cards(event: CardsEvent.cancelRemove)) }
        )
    }
}

struct AddCardScreen: View {
    let view: AddCardView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "AddCard") {
            if let replacing = view.replacing { Note(replacing, tag: "addCard.replacing") }
            PocketField(field: view.number, text: text($form, "number", view.number), tag: "addCard.number")
            PocketField(field: view.expiry, text: text($form, "expiry", view.expiry), tag: "addCard.expiry")
            PocketToggle(toggle: view.save, tag: "addCard.save") { send(UiEvent.addCard(event: AddCardEvent.setSave(save: $0))) }
            Note(view.note)
            PocketButton(button: view.submit, tag: "addCard.submit") {
                send(UiEvent.addCard(event: AddCardEvent.submit(number: form.value("number", view.number), expiry: form.value("expiry", view.expiry))))
            }
        }
    }
}

struct TransferScreen: View {
    let view: TransferView
    let send: (UiEvent) -> Void
    @State private var form = FormTexts()

    var body: some View {
        ScreenColumn(name: "Transfer") {
            PocketField(field: view.toEmail, text: text($form, "toEmail", view.toEmail), tag: "transfer.toEmail")
            ChipChoices(choices: view.currencies, tag: "transfer.currency") {
                send(UiEvent.transfer(event: TransferEvent.chooseCurrency(id: $0.id)))
            }
            PocketField(field: view.amount, text: text($form, "amount", view.amount), tag: "transfer.amount")
            PocketField(field: view.note, text: text($form, "note", view.note), tag: "transfer.note")
            PocketField(field: view.password, text: text($form, "password", view.password), tag: "transfer.password")
            PocketButton(button: view.submit, tag: "transfer.submit") {
                let event = TransferEvent.submit(
                    toEmail: form.value("toEmail", view.toEmail),
                    amount: form.value("amount", view.amount),
                    note: form.value("note", view.note),
                    paymentPassword: form.value("password", view.password)
                )
                send(UiEvent.transfer(event: event))
            }
            if let saved = view.saved { Note(saved, tag: "transfer.saved") }
            if let result = view.result { Panel(title: result, tag: "transfer.result") { EmptyView() } }
            if let another = view.another {
                PocketButton(button: another, tag: "transfer.another", primary: false) { send(UiEvent.transfer(event: TransferEvent.another)) }
            }
        }
    }
}

struct HistoryScreen: View {
    let view: HistoryView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "History") {
            if view.loading { ProgressView() }
            if let empty = view.empty { Note(empty, tag: "history.empty") }
            ForEach(Array(view.entries.enumerated()), id: \.offset) { index, entry in
                ListRow(
                    tag: "history.entry.\(index)",
                    action: entry.receiptOrderId.map { orderId in
                        { send(UiEvent.history(event: HistoryEvent.openReceipt(orderId: orderId))) }
                    }
                ) {
                    VStack(alignment: .leading) {
                        Text(entry.title)
                        HStack {
                            Note(entry.date)
                            Note(entry.source)
                        }
                    }
                    Spacer()
                    Text(entry.amount).fontWeight(.medium).foregroundStyle(entry.incoming ? Color.green : Color.primary)
                }
            }
            if let more = view.more {
                PocketButton(button: more, tag: "history.more", primary: false) { send(UiEvent.history(event: HistoryEvent.showMore)) }
            }
        }
    }
}

struct ReceiptScreen: View {
    let view: ReceiptScreenView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Receipt") {
            if view.loading { ProgressView() }
            Panel(title: nil, tag: "receipt.lines") { Lines(lines: view.lines, tag: "receipt.line") }
            Note(view.support)
            PocketButton(button: view.report, tag: "receipt.report", primary: false) {
                send(UiEvent.support(event: SupportEvent.reportPayment(orderId: view.orderId)))
            }
        }
    }
}
