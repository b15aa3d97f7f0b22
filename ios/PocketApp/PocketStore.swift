import Foundation
import PocketCore

/// The one `PocketConnection` of the app: the core opened off the main thread (a failure is shown, never a
/// crash), its views received on the core's threads and published on the main actor,
/// taps sent back. The twin of the Android `PocketStore`.
@MainActor
final class PocketStore: ObservableObject {
    /// The newest view; `nil` until the core has opened.
    @Published private(set) var view: AppView?
    /// Why the core could not open (a locked keychain, a full disk), worded by the core, if it could not.
    @Published private(set) var openingFailed: OpeningFailedView?
    private let serviceUrl: String
    /// Keeps taps, links and the push token sent before the core opened (a cold start)
    /// and delivers them in order once it has.
    private let core = PocketConnection()
    private var listeners: [UUID: AsyncStream<AppView>.Continuation] = [:]

    init(serviceUrl: String) {
        self.serviceUrl = serviceUrl
        retry()
    }

    /// Opens the core; "Try again" on a failed opening calls it again.
    func retry() {
        openingFailed = nil
        Task { await open() }
    }

    private func open() async {
        do {
            let support = try FileManager.default.url(
                for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
            )
            let settings = PocketSettings(
                dataDir: support.appendingPathComponent("pocket").path,
                serviceUrl: serviceUrl,
                requestTimeoutMs: 15_000,
                backgroundSync: true
            )
            try await core.open(
                settings: settings,
                // The core's own keychain store: after first unlock, this device only.
                secrets: try platformKeychain(service: "app.pocket.ios"),
                locale: Locale.current.identifier,
                timeZone: TimeZone.current.identifier,
                observer: Observer(store: self)
            )
        } catch {
            openingFailed = openingFailedView(locale: Locale.current.identifier, detail: String(describing: error))
        }
    }

    fileprivate func show(_ next: AppView) {
        guard next.revision >= (view?.revision ?? 0) else { return }
        view = next
        for listener in listeners.values { listener.yield(next) }
    }

    /// A tap, a link or the push token; returns at once, kept until the core has opened.
    func send(_ event: UiEvent) {
        core.send(event: event)
    }

    /// The views as they come, for code that prefers a stream (the newest first).
    var views: AsyncStream<AppView> {
        AsyncStream { continuation in
            let id = UUID()
            listeners[id] = continuation
            if let view { continuation.yield(view) }
            continuation.onTermination = { [weak self] _ in
                Task { @MainActor in self?.listeners[id] = nil }
            }
        }
    }
}

/// Hands each view to the main actor.
private final class Observer: ViewObserver, @unchecked Sendable {
    private weak var store: PocketStore?

    init(store: PocketStore) {
        self.store = store
    }

    func onView(view: AppView) {
        Task { @MainActor [weak store] in store?.show(view) }
    }
}
