package app.pocket.app

import app.pocket.core.PushPlatform
import app.pocket.core.UiEvent
import com.google.firebase.FirebaseApp
import com.google.firebase.FirebaseOptions
import com.google.firebase.messaging.FirebaseMessaging
import com.google.firebase.messaging.FirebaseMessagingService
import com.google.firebase.messaging.RemoteMessage

/**
 * FCM: every token the phone is given goes to the core, which registers it with the
 * service once the shopper is signed in (and unregisters it on sign-out). A push that
 * arrives while the app runs needs nothing here: the long poll brings the same
 * notification. A push tapped in the tray opens [MainActivity] with its `kind` and
 * `reference`, and the core opens the screen it is about.
 */
class PocketMessagingService : FirebaseMessagingService() {
    override fun onNewToken(token: String) {
        (application as PocketApplication).store.send(UiEvent.PushToken(PushPlatform.FCM, token))
    }

    override fun onMessageReceived(message: RemoteMessage) = Unit

    companion object {
        /**
         * Starts FCM with the Firebase project set in gradle.properties (`pocket.fcm.*`,
         * see the README's "Running the app"); without one the app runs on the long poll.
         */
        fun start(application: PocketApplication) {
            if (BuildConfig.FCM_APPLICATION_ID.isEmpty()) return
            val options = FirebaseOptions.Builder()
                .setApplicationId(BuildConfig.FCM_APPLICATION_ID)
                .setProjectId(BuildConfig.FCM_PROJECT_ID)
                .setApiKey(BuildConfig.FCM_API_KEY)
                .setGcmSenderId(BuildConfig.FCM_SENDER_ID)
                .build()
            FirebaseApp.initializeApp(application, options)
            FirebaseMessaging.getInstance().token.addOnSuccessListener { token ->
                application.store.send(UiEvent.PushToken(PushPlatform.FCM, token))
            }
        }
    }
}
