import PocketCore
import SwiftUI

/// The iOS shell: draws what the core returns, forwards taps.
@main
struct PocketIOSApp: App {
    @StateObject private var model = WalletModel()

    var body: some Scene {
        WindowGroup { WalletView(model: model) }
    }
}

@MainActor
final class WalletModel: ObservableObject, PocketListener {
    // The simulator shares the Mac's network: the sandbox is on localhost.
    private let pocket = try! PocketApp.openForApp(serviceUrl: "http://127.0.0.1:8080")
    @Published var wallet: WalletScreen?
    @Published var problem: String?

    init() { pocket.setListener(listener: self) }

    nonisolated func onEvent(event: PocketEvent) {
        Task { await self.refresh() }
    }

    func logIn(email: String, password: String) async {
        do {
            _ = try await pocket.logIn(email: email, password: password)
            await refresh()
        } catch {
            problem = "\(error)"
        }
    }

    func refresh() async {
        do { wallet = try await pocket.wallet() } catch { problem = "\(error)" }
    }
}

struct WalletView: View {
    @ObservedObject var model: WalletModel
    @State private var email = "maria@pocket.test"
    @State private var password = ""

    var body: some View {
        VStack(alignment: .leading) {
            if let problem = model.problem { Text(problem) }
            if let wallet = model.wallet {
                if wallet.freshness.stale { Text("Offline: showing what was saved") }
                ForEach(wallet.balances, id: \.currency) { balance in
                    Text("\(balance.available.amount) \(String(describing: balance.currency))")
                }
                ForEach(wallet.pendingActions, id: \.id) { Text("Sending: \($0.summary)") }
            } else {
                TextField("Email", text: $email)
                SecureField("Password", text: $password)
                Button("Sign in") { Task { await model.logIn(email: email, password: password) } }
            }
        }
        .padding()
    }
}
