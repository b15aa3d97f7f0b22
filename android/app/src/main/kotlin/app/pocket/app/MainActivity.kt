package app.pocket.app

import android.Manifest
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
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

    /**
     * Back inside the app (a screen or a dialog to close) goes to the core. The callback is
     * enabled only then, so when there is nothing to go back to the system's predictive
     * back animates leaving the app.
     */
    private val back = object : OnBackPressedCallback(false) {
        override fun handleOnBackPressed() = store.send(UiEvent.Back)
    }

    /** Android 13+: the answer is the system's to keep; pushes show once allowed. */
    private val askToNotify = registerForActivityResult(ActivityResultContracts.RequestPermission()) {}

    override fun onCreate(savedInstanceState: Bundle?) {
        // Drawn behind the status and navigation bars; the Material 3 scaffold pads for them.
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        onBackPressedDispatcher.addCallback(this, back)
        openLink(intent)
        setContent {
            val view by store.view.collectAsState()
            val failed by store.openingFailed.collectAsState()
            LaunchedEffect(view?.canGoBack, view?.problem) {
                back.isEnabled = view?.let { it.canGoBack || it.problem != null } ?: false
            }
            // Asked when the shopper signs in (the tabs show), when a push has something of
            // hers to tell, not on the first screen; Android stops asking once she says no twice.
            val signedIn = view?.tabs?.isNotEmpty() == true
            LaunchedEffect(signedIn) { if (signedIn) askToNotifyUnlessAllowed() }
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

    private fun askToNotifyUnlessAllowed() {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU) return
        val granted = checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
        if (!granted) askToNotify.launch(Manifest.permission.POST_NOTIFICATIONS)
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
