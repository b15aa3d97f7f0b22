package app.pocket.app

import android.content.Intent
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.browser.customtabs.CustomTabsIntent
import androidx.compose.ui.platform.LocalUriHandler
import androidx.compose.ui.platform.UriHandler
import android.net.Uri
import app.pocket.core.UiEvent
import app.pocket.screens.OpeningFailed
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme

/**
 * One activity: the shared screens (android/screens) draw the core's view; the system
 * back gesture, links and coming to the foreground go to the core as events.
 */
class MainActivity : ComponentActivity() {
    private val store get() = (application as PocketApplication).store

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        onBackPressedDispatcher.addCallback(this, object : OnBackPressedCallback(true) {
            override fun handleOnBackPressed() {
                val view = store.view.value
                if (view != null && (view.canGoBack || view.problem != null)) {
                    store.send(UiEvent.Back)
                } else {
                    // Nothing inside the app to go back to: leave it.
                    isEnabled = false
                    onBackPressedDispatcher.onBackPressed()
                    isEnabled = true
                }
            }
        })
        openLink(intent)
        setContent {
            val view by store.view.collectAsState()
            val failed by store.openingFailed.collectAsState()
            // No screenshots or app-switcher preview while a password, card or code is on screen.
            LaunchedEffect(view?.secure) {
                if (view?.secure == true) {
                    window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
                } else {
                    window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
                }
            }
            // Pages the screens open (a bank's confirmation page) open in a Custom Tab.
            CompositionLocalProvider(LocalUriHandler provides CustomTabs(this)) {
                PocketTheme(isSystemInDarkTheme()) {
                    val failure = failed
                    if (failure != null && view == null) OpeningFailed(failure) { store.open() } else PocketApp(view, store::send)
                }
            }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        openLink(intent)
    }

    override fun onStart() {
        super.onStart()
        store.send(UiEvent.Foreground)
    }

    /**
     * `pocket://confirm-email?token=...` (and the reset and recovery links) from an email,
     * or a tapped push: its data carries the notification's `kind` and `reference`, and the
     * core opens the screen it is about.
     */
    private fun openLink(intent: Intent?) {
        intent?.data?.let { store.send(UiEvent.OpenLink(it.toString())) }
        val kind = intent?.getStringExtra(PUSH_KIND) ?: return
        store.send(UiEvent.OpenNotification(kind, intent.getStringExtra(PUSH_REFERENCE).orEmpty()))
    }

    /** Opens a page in a Custom Tab: the bank's page stays in the browser's trust, and
     *  its `pocket://card-confirmed` link comes back to this activity. */
    private class CustomTabs(private val activity: ComponentActivity) : UriHandler {
        override fun openUri(uri: String) {
            CustomTabsIntent.Builder().build().launchUrl(activity, Uri.parse(uri))
        }
    }

    companion object {
        /** The data keys of a Pocket push (the service's `kind` and `reference`). */
        const val PUSH_KIND = "kind"
        const val PUSH_REFERENCE = "reference"
    }
}
