package app.pocket.app

import android.content.Context
import android.os.Handler
import android.os.Looper
import app.pocket.android.KeystoreSecrets
import app.pocket.core.AppView
import app.pocket.core.OpeningFailedView
import app.pocket.core.openingFailedView
import app.pocket.core.PocketConnection
import app.pocket.core.PocketSettings
import app.pocket.core.UiEvent
import app.pocket.core.ViewObserver
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import java.util.TimeZone

/**
 * The one core of the process (its `PocketConnection`): opened once, off the main thread, and held by the
 * Application so a recreated activity never opens a second core. The core's views
 * arrive on its own threads and are handed to the main thread here; taps go back
 * with [send]. Nothing is decided here: the view says what to draw.
 */
class PocketStore(context: Context) : ViewObserver {
    private val main = Handler(Looper.getMainLooper())
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)
    private val _view = MutableStateFlow<AppView?>(null)
    private val core = PocketConnection()

    /** The newest view; `null` until the core has opened. */
    val view: StateFlow<AppView?> = _view

    /** Why the core could not open (a locked keystore, a full disk), worded by the core; `null` while it opens or once open. */
    val openingFailed = MutableStateFlow<OpeningFailedView?>(null)

    private val appContext = context.applicationContext
    private val locale get() = appContext.resources.configuration.locales[0].toLanguageTag()

    init {
        open()
    }

    /** Opens the core, off the main thread; "Try again" on a failed opening calls it again. */
    fun open() {
        openingFailed.value = null
        scope.launch {
            try {
                // A link, a push's tap or the FCM token that came during the cold
                // start is kept by the core and delivered as it opens.
                core.open(
                    PocketSettings(
                        dataDir = appContext.filesDir.resolve("pocket").path,
                        serviceUrl = BuildConfig.POCKET_SERVICE_URL,
                        requestTimeoutMs = 15_000uL,
                        backgroundSync = true,
                    ),
                    KeystoreSecrets.store(appContext),
                    locale,
                    TimeZone.getDefault().id,
                    this@PocketStore,
                )
            } catch (error: Exception) {
                openingFailed.value = openingFailedView(locale, error.message ?: error.toString())
            }
        }
    }

    override fun onView(view: AppView) {
        main.post {
            if (view.revision >= (_view.value?.revision ?: 0uL)) _view.value = view
        }
    }

    /** A tap, a link or a token; returns at once, kept until the core has opened. */
    fun send(event: UiEvent) = core.send(event)

    /** Stops the core (the process is ending): releases the connection and the app behind it. */
    fun close() = core.close()
}
