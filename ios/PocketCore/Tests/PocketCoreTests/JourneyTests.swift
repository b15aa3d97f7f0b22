import Foundation
import PocketCore
import XCTest

/// The shopper's journey through the Swift bindings of `PocketUi`, against a real
/// `pocket-server` (POCKET_SERVER, started here on a free port): the same steps as the
/// JVM suite. Runs on a Mac (`make ios` runs `swift test`).
final class JourneyTests: XCTestCase {
    private var server: Process?
    private var url = ""

    override func setUpWithError() throws {
        let binary = try XCTUnwrap(ProcessInfo.processInfo.environment["POCKET_SERVER"], "set POCKET_SERVER to the pocket-server binary")
        let dataDir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dataDir, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--sandbox", "--data-dir", dataDir.path, "--listen", "127.0.0.1:0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        server = process
        var seen = ""
        while !seen.contains("listening on http://") {
            let chunk = output.fileHandleForReading.availableData
            XCTAssertFalse(chunk.isEmpty, "pocket-server exited before listening")
            if chunk.isEmpty { return }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        let found = seen.range(of: #"http://[0-9.:]+"#, options: .regularExpression)
        url = String(seen[try XCTUnwrap(found)])
    }

    override func tearDown() {
        server?.terminate()
    }

    private func get(_ path: String, token: String? = nil) async throws -> String {
        var request = URLRequest(url: URL(string: url + path)!)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }

    private func post(_ path: String, _ json: String) async throws {
        var request = URLRequest(url: URL(string: url + path)!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(UUID().uuidString, forHTTPHeaderField: "Idempotency-Key")
        request.httpBody = Data(json.utf8)
        _ = try await URLSession.shared.data(for: request)
    }

    /// The newest one-time value sent to `recipient` (the sandbox's mailbox).
    private func lastCode(_ recipient: String) async throws -> String {
        let body = try await get("/v1/sandbox/messages?recipient=" + recipient.replacingOccurrences(of: "+", with: "%2B"))
        let range = try XCTUnwrap(body.range(of: #""code":"[^"]+""#, options: .regularExpression))
        return String(body[range].dropFirst(8).dropLast())
    }

    func testAShopperSignsUpAndPaysIntoEscrowThroughTheViews() async throws {
        let secrets = MemorySecrets()
        let recorder = Recorder()
        let dataDir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        let ui = try await PocketUi.open(
            settings: PocketSettings(dataDir: dataDir, serviceUrl: url, requestTimeoutMs: 10_000, backgroundSync: true),
            secrets: secrets, locale: "en-US", timeZone: "UTC", observer: recorder
        )

        _ = try await recorder.until("welcome") { view -> Bool? in if case .welcome = view.screen { return true }; return nil }
        ui.dispatch(event: UiEvent.open(destination: Destination.signUp))
        let email = "maria@example.com"
        let input = SignUpInput(
            email: email, password: "correct horse battery", givenName: "Maria", familyName: "Souza",
            address: "Rua Augusta 1500", phone: "+5511900000301", nationalId: "123", country: "BR", language: "en"
        )
        ui.dispatch(event: UiEvent.signUp(event: SignUpEvent.submit(input: input)))
        _ = try await recorder.until("the email check") { view -> Bool? in if case .checkEmail = view.screen { return true }; return nil }
        let code = try await lastCode(email)
        ui.dispatch(event: UiEvent.checkEmail(event: CheckEmailEvent.confirm(code: code)))
        _ = try await recorder.until("the payment password") { view -> Bool? in if case .paymentPassword = view.screen { return true }; return nil }
        ui.dispatch(event: UiEvent.paymentPassword(event: PaymentPasswordEvent.submit(current: nil, password: "123456", confirmation: "123456")))
        let weak = try await recorder.until("a run refused") { view -> String? in
            if case let .paymentPassword(form) = view.screen { return form.password.error } else { return nil }
        }
        XCTAssertEqual(weak, "Digits counting up or down are easy to guess. Mix them up.")
        ui.dispatch(event: UiEvent.paymentPassword(event: PaymentPasswordEvent.submit(current: nil, password: "381947", confirmation: "381947")))
        _ = try await recorder.until("the questions") { view -> Bool? in if case .securityQuestions = view.screen { return true }; return nil }
        ui.dispatch(event: UiEvent.securityQuestions(event: SecurityQuestionsEvent.submit(answers: ["Rex", "Porto", "Escola"])))
        _ = try await recorder.until("home") { view -> Bool? in if case .home = view.screen { return true }; return nil }

        let token = try XCTUnwrap(secrets.get(key: "session"))
        let me = try await get("/v1/me", token: token)
        let userId = String(me[try XCTUnwrap(me.range(of: #"usr_[0-9a-f]+"#, options: .regularExpression))])
        try await post("/v1/sandbox/grant", #"{"user_id":"\#(userId)","amount":{"amount":"150.00","currency":"USD"}}"#)
        ui.dispatch(event: UiEvent.foreground)
        _ = try await recorder.until("$150.00 on home") { view -> Bool? in
            if case let .home(home) = view.screen, home.balances.contains(where: { $0.available == "$150.00" }) { return true }
            return nil
        }

        ui.dispatch(event: UiEvent.selectTab(tab: Tab.shop))
        _ = try await recorder.until("the catalogue") { view -> Bool? in
            if case let .catalogue(catalogue) = view.screen, !catalogue.sellers.isEmpty { return true } else { return nil }
        }
        ui.dispatch(event: UiEvent.shop(event: ShopEvent.openProduct(productId: "prd_phone_case")))
        ui.dispatch(event: UiEvent.shop(event: ShopEvent.chooseOption(name: "model", value: "Pixel 8")))
        ui.dispatch(event: UiEvent.shop(event: ShopEvent.chooseOption(name: "colour", value: "teal")))
        ui.dispatch(event: UiEvent.shop(event: ShopEvent.buyNow))
        _ = try await recorder.until("checkout") { view -> Bool? in if case .checkout = view.screen { return true }; return nil }
        ui.dispatch(event: UiEvent.shop(event: ShopEvent.placeOrder(deliveryAddress: "", coupon: "")))
        let pay = try await recorder.until("the sources") { view -> PayView? in
            if case let .pay(pay) = view.screen, !pay.sources.isEmpty { return pay } else { return nil }
        }
        ui.dispatch(event: UiEvent.pay(event: PayEvent.choose(choice: pay.sources[0].choice)))
        _ = try await recorder.until("the quote") { view -> Bool? in
            if case let .pay(pay) = view.screen, pay.pay.enabled { return true } else { return nil }
        }
        ui.dispatch(event: UiEvent.pay(event: PayEvent.confirm(paymentPassword: "381947")))
        let paid = try await recorder.until("paid") { view -> PayView? in
            if case let .pay(pay) = view.screen, pay.paid != nil { return pay } else { return nil }
        }
        XCTAssertTrue(paid.receipt.contains(where: { $0.label == "Paid" && $0.value == "$3.99" }))
    }
}

/// The shell's secret store, in Swift, in memory.
final class MemorySecrets: SecretStore, @unchecked Sendable {
    private var values: [String: String] = [:]
    private let lock = NSLock()

    func put(key: String, value: String) throws { lock.withLock { values[key] = value } }
    func get(key: String) throws -> String? { lock.withLock { values[key] } }
    func delete(key: String) throws { _ = lock.withLock { values.removeValue(forKey: key) } }
}

/// Keeps the newest view; waits for the one a step expects.
final class Recorder: ViewObserver, @unchecked Sendable {
    private var latest: AppView?
    private let lock = NSLock()

    func onView(view: AppView) { lock.withLock { latest = view } }

    func until<T>(_ what: String, timeout: TimeInterval = 20, _ pick: (AppView) -> T?) async throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let view = lock.withLock({ latest }), let found = pick(view) { return found }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw NeverSaw(what: what)
    }
}

/// A view a step waited for and never got.
struct NeverSaw: Error, CustomStringConvertible {
    let what: String
    var description: String { "never saw \(what)" }
}
