import PocketCore
import SwiftUI

struct HomeScreen: View {
    let view: HomeView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Home") {
            Text(view.greeting).font(.title2).accessibilityIdentifier("home.greeting")
            if view.loading { ProgressView() }
            ForEach(view.balances, id: \.currency) { balance in
                Panel(title: nil, tag: "home.balance.\(balance.currency)") {
                    Text(balance.available).font(.largeTitle).fontWeight(.medium)
                    if let pending = balance.pending { Note(pending) }
                }
            }
            ScrollView(.horizontal, showsIndicators: false) {
                HStack {
                    ForEach(view.shortcuts, id: \.label) { shortcut in
                        Button { send(UiEvent.open(destination: shortcut.destination)) } label: {
                            Counted(label: shortcut.label, count: shortcut.badge)
                        }
                        .buttonStyle(.bordered)
                        .accessibilityIdentifier("home.shortcut.\(shortcut.destination)")
                    }
                }
            }
            ForEach(view.sending, id: \.id) { pending in
                Panel(title: pending.title, tag: "home.sending.\(pending.id)") { Note(pending.status) }
            }
            ForEach(view.pendingTopUps, id: \.id) { topUp in
                Panel(title: topUp.title, tag: "home.topUp.\(topUp.id)") {
                    Note(topUp.status)
                    if let report = topUp.report {
                        PocketTextButton(button: report, tag: "home.topUp.\(topUp.id).report") {
                            send(UiEvent.support(event: SupportEvent.reportLateTopUp(topUpId: topUp.id)))
                        }
                    }
                }
            }
            ForEach(Array(view.limits.enumerated()), id: \.offset) { index, limit in
                LimitCard(limit: limit, tag: "home.limit.\(index)")
            }
            if let verification = view.verification { Note(verification, tag: "home.verification") }
        }
    }
}

private struct LimitCard: View {
    let limit: LimitView
    let tag: String

    var body: some View {
        Panel(title: limit.method, tag: tag) {
            Text(limit.leftToday)
            Text(limit.leftThisMonth)
            Note(limit.perPayment)
            if let freesUp = limit.freesUp { Note(freesUp) }
        }
    }
}

struct LimitsScreen: View {
    let view: LimitsView

    var body: some View {
        ScreenColumn(name: "Limits") {
            Text(view.standing).font(.headline)
            if view.loading { ProgressView() }
            ForEach(Array(view.limits.enumerated()), id: \.offset) { index, limit in
                LimitCard(limit: limit, tag: "limits.limit.\(index)")
            }
            if let verification = view.verification { Note(verification) }
            Note(view.note)
        }
    }
}

struct NotificationsScreen: View {
    let view: NotificationsView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Notifications") {
            if view.loading { ProgressView() }
            if let empty = view.empty { Note(empty, tag: "notifications.empty") }
            ForEach(view.items, id: \.id) { item in
                Button { send(UiEvent.notifications(event: NotificationsEvent.open(id: item.id))) } label: {
                    VStack(alignment: .leading) {
                        Text(item.title).fontWeight(item.unread ? .bold : .regular)
                        Text(item.message)
                        Note(item.date)
                    }
                }
                .buttonStyle(.plain)
                .disabled(!item.opensOrder)
                .accessibilityIdentifier(item.opensOrder ? "notifications.order.\(item.id)" : "notifications.item.\(item.id)")
            }
        }
    }
}

struct SettingsScreen: View {
    let view: SettingsView
    let send: (UiEvent) -> Void

    var body: some View {
        ScreenColumn(name: "Settings") {
            Text(view.name).font(.title2)
            Lines(lines: view.profile, tag: "settings.profile")
            if let verification = view.verification { Note(verification) }
            if let verify = view.verifyIdentity {
                PocketButton(button: verify, tag: "settings.verifyIdentity", primary: false) {
                    send(UiEvent.settings(event: SettingsEvent.verifyIdentity))
                }
            }
            Panel(title: nil, tag: "settings.language") {
                Lines(lines: [view.language], tag: "settings.language.line")
                PocketTextButton(button: view.changeLanguage, tag: "settings.changeLanguage") {
                    send(UiEvent.settings(event: SettingsEvent.changeLanguage))
                }
                if let languages = view.languages {
                    ChoiceList(choices: languages, tag: "settings.languages") { choice in
                        send(UiEvent.settings(event: SettingsEvent.chooseLanguage(id: choice.id)))
                    }
                }
            }
            PocketButton(button: view.changePaymentPassword, tag: "settings.changePaymentPassword", primary: false) {
                send(UiEvent.settings(event: SettingsEvent.changePaymentPassword))
            }
            PocketTextButton(button: view.forgotPaymentPassword, tag: "settings.forgotPaymentPassword") {
                send(UiEvent.settings(event: SettingsEvent.forgotPaymentPassword))
            }
            PocketButton(button: view.changeSecurityQuestions, tag: "settings.changeSecurityQuestions", primary: false) {
                send(UiEvent.settings(event: SettingsEvent.changeSecurityQuestions))
            }
            PocketButton(button: view.support, tag: "settings.support", primary: false) {
                send(UiEvent.settings(event: SettingsEvent.openSupport))
            }
            PocketButton(button: view.signOut, tag: "settings.signOut", primary: false) {
                send(UiEvent.settings(event: SettingsEvent.signOut))
            }
            .confirmation(
                view.confirmSignOut,
                onConfirm: { send(UiEvent.settings(event: SettingsEvent.confirmSignOut)) },
                onCancel: { send(UiEvent.settings(event: SettingsEvent.cancelSignOut)) }
            )
            PocketTextButton(button: view.signOutEverywhere, tag: "settings.signOutEverywhere") {
                send(UiEvent.settings(event: SettingsEvent.signOutEverywhere))
            }
            .confirmation(
                view.confirmSignOutEverywhere,
                onConfirm: { send(UiEvent.settings(event: SettingsEvent.confirmSignOutEverywhere)) },
                onCancel: { send(UiEvent.settings(event: SettingsEvent.cancelSignOut)) }
            )
        }
    }
}
