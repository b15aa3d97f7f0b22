import Foundation

/// Opening the app the way the iOS app does: data in Application Support,
/// tokens in the keychain, background work on, the phone's locale and
/// time zone.
public extension PocketUi {
    static func openForApp(serviceUrl: String, observer: ViewObserver) async throws -> PocketUi {
        let support = try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
        )
        let settings = PocketSettings(
            dataDir: support.appendingPathComponent("pocket").path,
            serviceUrl: serviceUrl,
            requestTimeoutMs: 15_000,
            backgroundSync: true
        )
        return try await PocketUi.open(
            settings: settings,
            secrets: try platformKeychain(service: "app.pocket.ios"),
            locale: Locale.current.identifier,
            timeZone: TimeZone.current.identifier,
            observer: observer
        )
    }
}
