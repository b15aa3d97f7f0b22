import Foundation

/// Opening the core the way the iOS app does: data in Application Support,
/// tokens in the keychain, background work on.
public extension PocketApp {
    static func openForApp(serviceUrl: String) throws -> PocketApp {
        let support = try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
        )
        let settings = PocketSettings(
            dataDir: support.appendingPathComponent("pocket").path,
            serviceUrl: serviceUrl,
            requestTimeoutMs: 15_000,
            backgroundSync: true
        )
        return try PocketApp(settings: settings, secrets: try platformKeychain(service: "app.pocket.ios"))
    }
}
