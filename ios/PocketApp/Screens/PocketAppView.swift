import PocketCore
import SwiftUI

/// The whole app: the core's view drawn as it is (title, back, tabs, banner, the bank's
/// page, the screen, the problem alert, the notice), every tap sent back with `send`.
/// `nil` until the core has opened. The twin of the Compose `PocketApp`.
struct PocketAppView: View {
    let view: AppView?
    let send: (UiEvent) -> Void

    var body: some View {
        if let view {
            NavigationStack {
                VStack(spacing: 0) {
                    if let banner = view.banner {
                        Text(banner.message)
                            .font(.callout)
                            .frame(maxWidth: .infinity, alignment: .leading)
                            .padding(12)
                            .background(banner.kind == BannerKind.offline ? Color.red.opacity(0.15) : Color.teal.opacity(0.15))
                            .accessibilityIdentifier("banner")
                    }
                    if let bankPage = view.bankPage { BankPage(view: bankPage, send: send) }
                    ScreenContent(screen: view.screen, send: send)
                        .frame(maxHeight: .infinity)
                    if let notice = view.notice {
                        Text(notice)
                            .frame(maxWidth: .infinity, alignment: .leading)
                            .padding()
                            .background(Color.primary.opacity(0.85))
                            .foregroundStyle(Color(.systemBackground))
                            .onTapGesture { send(UiEvent.dismissNotice) }
                            .accessibilityIdentifier("notice")
                    }
                    if !view.tabs.isEmpty { TabBar(tabs: view.tabs, send: send) }
                }
                .navigationTitle(view.title)
                .navigationBarTitleDisplayMode(.inline)
                .navigationBarBackButtonHidden(true)
                .toolbar {
                    if view.canGoBack {
                        ToolbarItem(placement: .navigationBarLeading) {
                            Button { send(UiEvent.back) } label: { Image(systemName: "chevron.backward") }
                                .accessibilityLabel(view.backLabel)
                                .accessibilityIdentifier("back")
                        }
                    }
                }
                // The edge swipe is the back gesture: the core decides where back goes.
                .gesture(
                    DragGesture(minimumDistance: 24).onEnded { drag in
                        if view.canGoBack && drag.startLocation.x < 24 && drag.translation.width > 80 { send(UiEvent.back) }
                    }
                )
            }
            .sheet(isPresented: Binding(get: { view.problem != nil }, set: { shown in if !shown { send(UiEvent.dismissProblem) } })) {
                if let problem = view.problem { ProblemSheet(problem: problem, send: send) }
            }
        } else {
            ProgressView().accessibilityIdentifier("opening")
        }
    }
}

/// A problem: its title, what happened, what to do, the figures.
private struct ProblemSheet: View {
    let problem: ProblemView
    let send: (UiEvent) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(problem.title).font(.title3).accessibilityIdentifier("problem.title")
            Text(problem.message).accessibilityIdentifier("problem.message")
            if let hint = problem.hint { Text(hint).accessibilityIdentifier("problem.hint") }
            if !problem.figures.isEmpty {
                Lines(lines: problem.figures.map { LineView(label: $0.label, value: $0.value) }, tag: "problem.figure")
            }
            HStack {
                Spacer()
                if let action = problem.action {
                    Button(action) { send(UiEvent.followProblem) }.accessibilityIdentifier("problem.action")
                }
                Button(problem.dismissLabel) { send(UiEvent.dismissProblem) }.accessibilityIdentifier("problem.dismiss")
            }
        }
        .padding()
        .presentationDetents([.medium])
        .accessibilityIdentifier("problem")
    }
}

/// The bottom tabs: an SF Symbol over each label (the twin of the Material icons on
/// Android), its badge, and the selected tab announced as selected to VoiceOver.
private struct TabBar: View {
    let tabs: [PocketCore.TabView]
    let send: (UiEvent) -> Void

    var body: some View {
        HStack {
            ForEach(tabs, id: \.label) { tab in
                Button { send(UiEvent.selectTab(tab: tab.tab)) } label: {
                    VStack(spacing: 2) {
                        Image(systemName: symbol(tab.tab)).imageScale(.large).accessibilityHidden(true)
                        Counted(label: tab.label, count: tab.badge)
                            .font(.caption)
                            .lineLimit(1)
                            .minimumScaleFactor(0.5)
                    }
                    .fontWeight(tab.selected ? .semibold : .regular)
                    .foregroundStyle(tab.selected ? Color.accentColor : Color.secondary)
                    .frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.plain)
                .padding(.vertical, 6)
                .accessibilityAddTraits(tab.selected ? [.isSelected] : [])
                .accessibilityIdentifier("tab.\(tab.tab)")
            }
        }
        .background(Color(.secondarySystemBackground))
    }

    private func symbol(_ tab: Tab) -> String {
        switch tab {
        case .home: return "house.fill"
        case .shop: return "cart.fill"
        case .orders: return "list.bullet"
        case .profile: return "person.fill"
        }
    }
}

/// The screen on top.
struct ScreenContent: View {
    let screen: Screen
    let send: (UiEvent) -> Void

    var body: some View {
        switch screen {
        case let .welcome(view): WelcomeScreen(view: view, send: send)
        case let .signUp(view): SignUpScreen(view: view, send: send)
        case let .checkEmail(view): CheckEmailScreen(view: view, send: send)
        case let .signIn(view): SignInScreen(view: view, send: send)
        case let .resetPassword(view): ResetPasswordScreen(view: view, send: send)
        case let .recoverPaymentPassword(view): RecoverPaymentPasswordScreen(view: view, send: send)
        case let .verification(view): VerificationScreen(view: view, send: send)
        case let .support(view): SupportScreen(view: view, send: send)
        case let .supportCase(view): SupportCaseScreen(view: view, send: send)
        case let .newSupportCase(view): NewSupportCaseScreen(view: view, send: send)
        case let .paymentPassword(view): PaymentPasswordScreen(view: view, send: send)
        case let .securityQuestions(view): SecurityQuestionsScreen(view: view, send: send)
        case let .home(view): HomeScreen(view: view, send: send)
        case let .limits(view): LimitsScreen(view: view)
        case let .topUp(view): TopUpScreen(view: view, send: send)
        case let .cards(view): CardsScreen(view: view, send: send)
        case let .addCard(view): AddCardScreen(view: view, send: send)
        case let .catalogue(view): CatalogueScreen(view: view, send: send)
        case let .product(view): ProductScreen(view: view, send: send)
        case let .cart(view): CartScreen(view: view, send: send)
        case let .checkout(view): CheckoutScreen(view: view, send: send)
        case let .pay(view): PayScreen(view: view, send: send)
        case let .orders(view): OrdersScreen(view: view, send: send)
        case let .order(view): OrderScreen(view: view, send: send)
        case let .history(view): HistoryScreen(view: view, send: send)
        case let .receipt(view): ReceiptScreen(view: view, send: send)
        case let .transfer(view): TransferScreen(view: view, send: send)
        case let .notifications(view): NotificationsScreen(view: view, send: send)
        case let .settings(view): SettingsScreen(view: view, send: send)
        }
    }
}

/// The core could not open: why (the core's words), the detail for support, and a retry.
struct OpeningFailed: View {
    let view: OpeningFailedView
    let retry: () -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(view.title).font(.title2).accessibilityAddTraits(.isHeader)
            Text(view.message)
            Note(view.detail, tag: "openingFailed.detail")
            PocketButton(button: view.retry, tag: "openingFailed.retry", action: retry)
        }
        .padding(24)
        .accessibilityIdentifier("openingFailed")
    }
}
