import PocketCore
import SwiftUI
import UserNotifications

/// The iOS app: the SwiftUI twins of the Android screens draw the core's view; taps, the
/// back gesture, links and coming to the foreground go to the core as events.
@main
struct PocketIOSApp: App {
    // The simulator shares the Mac's network: the sandbox (`make run`) is on localhost.
    @StateObject private var store = PocketStore(serviceUrl: "http://127.0.0.1:8080")
    @UIApplicationDelegateAdaptor(PushDelegate.self) private var push
    @Environment(\.scenePhase) private var scenePhase

    init() {
        // Before the core opens, so its first lines reach the unified log too. The core
        // never logs a secret, so its lines are public in the log.
        #if DEBUG
            _ = setLogSink(sink: OSLogSink(subsystem: "app.pocket.ios"), mostDetail: .info)
        #else
            _ = setLogSink(sink: OSLogSink(subsystem: "app.pocket.ios"), mostDetail: .warn)
        #endif
    }

    var body: some Scene {
        WindowGroup {
            ZStack {
                if let failure = store.openingFailed, store.view == nil {
                    OpeningFailed(view: failure, retry: store.retry)
                } else {
                    PocketAppView(view: store.view, send: store.send)
                }
                // In the app switcher, a screen with a password, card or code is covered.
                if scenePhase != .active && store.view?.secure == true {
                    Color(.systemBackground).ignoresSafeArea().accessibilityIdentifier("privacyCover")
                }
            }
            .onOpenURL { url in store.send(UiEvent.openLink(url: url.absoluteString)) }
            .onAppear { push.store = store }
            .onChange(of: scenePhase) { phase in
                if phase == .active { store.send(UiEvent.foreground) }
            }
        }
    }
}

/// APNs: the device token goes to the core (which registers it with the service once
/// signed in), and a tapped push opens the screen its notification is about (the push's
/// `kind` and `reference`).
final class PushDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    weak var store: PocketStore?

    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = self
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .badge, .sound]) { granted, _ in
            if granted { DispatchQueue.main.async { application.registerForRemoteNotifications() } }
        }
        return true
    }

    func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        let token = deviceToken.map { String(format: "%02x", $0) }.joined()
        store?.send(UiEvent.pushToken(platform: PushPlatform.apns, token: token))
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse, withCompletionHandler completionHandler: @escaping () -> Void) {
        let data = response.notification.request.content.userInfo
        if let kind = data["kind"] as? String {
            store?.send(UiEvent.openNotification(kind: kind, reference: data["reference"] as? String ?? ""))
        }
        completionHandler()
    }
}
