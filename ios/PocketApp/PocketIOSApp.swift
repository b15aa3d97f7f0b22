import PocketCore
import SwiftUI

/// The iOS app: the SwiftUI twins of the Android screens draw the core's view; taps, the
/// back gesture, links and coming to the foreground go to the core as events.
@main
struct PocketIOSApp: App {
    // The simulator shares the Mac's network: the sandbox (`make run`) is on localhost.
    @StateObject private var store = PocketStore(serviceUrl: "http://127.0.0.1:8080")
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            ZStack {
                if let failure = store.openingFailed {
                    Text(failure).padding().accessibilityIdentifier("openingFailed")
                } else {
                    PocketAppView(view: store.view, send: store.send)
                }
                // In the app switcher, a screen with a password, card or code is covered.
                if scenePhase != .active && store.view?.secure == true {
                    Color(.systemBackground).ignoresSafeArea().accessibilityIdentifier("privacyCover")
                }
            }
            .onOpenURL { url in store.send(UiEvent.openLink(url: url.absoluteString)) }
            .onChange(of: scenePhase) { phase in
                if phase == .active { store.send(UiEvent.foreground) }
            }
        }
    }
}
