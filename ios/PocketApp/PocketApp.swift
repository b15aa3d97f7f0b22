import PocketCore
import SwiftUI

/// The iOS shell: draws the core's view and forwards taps. Every word comes
/// from the view. The welcome, sign-in and home screens are drawn here; the
/// others show their title until their SwiftUI screens land (issue 12).
@main
struct PocketIOSApp: App {
    @StateObject private var store = PocketStore()

    var body: some Scene {
        WindowGroup { PocketScreens(store: store) }
    }
}

/// The one `PocketUi` of the app, opened off the main thread; views arrive
/// on the core's threads and are published on the main actor.
@MainActor
final class PocketStore: ObservableObject {
    @Published private(set) var view: AppView?
    @Published private(set) var openingFailed: String?
    private var ui: PocketUi?

    init() {
        Task { await open() }
    }

    private func open() async {
        do {
            // The simulator shares the Mac's network: the sandbox is on localhost.
            ui = try await PocketUi.openForApp(serviceUrl: "http://127.0.0.1:8080", observer: Observer(store: self))
        } catch {
            openingFailed = String(describing: error)
        }
    }

    fileprivate func show(_ next: AppView) {
        if next.revision >= (view?.revision ?? 0) { view = next }
    }

    func send(_ event: UiEvent) { ui?.dispatch(event: event) }
}

/// Hops each view to the main actor.
private final class Observer: ViewObserver, @unchecked Sendable {
    private weak var store: PocketStore?
    init(store: PocketStore) { self.store = store }

    func onView(view: AppView) {
        Task { @MainActor [weak store] in store?.show(view) }
    }
}

struct PocketScreens: View {
    @ObservedObject var store: PocketStore
    @State private var email = ""
    @State private var password = ""

    var body: some View {
        VStack(alignment: .leading) {
            if let view = store.view {
                Text(view.title)
                if let banner = view.banner { Text(banner.message) }
                if let notice = view.notice { Text(notice) }
                switch view.screen {
                case let .starting(message): Text(message)
                case let .welcome(welcome):
                    Text(welcome.tagline)
                    ForEach(welcome.points, id: \.self) { Text($0) }
                    Button(welcome.signUp.label) { store.send(.open(destination: .signUp)) }
                    Button(welcome.signIn.label) { store.send(.open(destination: .signIn)) }
                case let .signIn(signIn):
                    TextField(signIn.email.label, text: $email)
                    SecureField(signIn.password.label, text: $password)
                    Button(signIn.submit.label) {
                        store.send(.signIn(event: .submit(email: email, password: password)))
                    }
                    .disabled(!signIn.submit.enabled)
                case let .home(home):
                    Text(home.greeting)
                    ForEach(home.balances, id: \.currency) { Text($0.available) }
                    ForEach(home.sending, id: \.id) { pending in
                        Text(pending.title)
                        Text(pending.status)
                    }
                default: EmptyView()
                }
            } else if let failure = store.openingFailed {
                Text(failure)
            }
        }
        .padding()
        .alert(
            store.view?.problem?.title ?? "",
            isPresented: Binding(get: { store.view?.problem != nil }, set: { _ in store.send(.dismissProblem) }),
            presenting: store.view?.problem
        ) { problem in
            Button(problem.dismissLabel) { store.send(.dismissProblem) }
        } message: { problem in
            Text([problem.message, problem.hint].compactMap { $0 }.joined(separator: "\n"))
        }
    }
}
