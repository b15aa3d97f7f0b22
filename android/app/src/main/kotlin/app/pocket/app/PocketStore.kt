package app.pocket.app

import android.content.Context
import android.os.Handler
import android.os.Looper
import app.pocket.android.KeystoreSecrets
import app.pocket.core.AppView
import app.pocket.core.PocketSettings
import app.pocket.core.PocketUi
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
 * The one `PocketUi` of the process: opened once, off the main thread, and held by the
 * Application so a recreated activity never opens a second core. The core's views
 * arrive on its own threads and are handed to the main thread here; taps go back
 * with [send]. Nothing is decided here: the view says what to draw.
 */
class PocketStore(context: Context) : ViewObserver {
    private val main = Handler(Looper.getMainLooper())
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)
    private val _view = MutableStateFlow<AppView?>(null)
    private var ui: PocketUi? = null

    /** The newest view; `null` until the core has opened. */
    val view: StateFlow<AppView?> = _view

    /** Why the core could not open, if it could not (a locked keystore, a full disk). */
    val openingFailed = MutableStateFlow<String?>(null)

    init {
        val appContext = context.applicationContext
        scope.launch {
            try {
                ui = PocketUi.open(
                    PocketSettings(
                        dataDir = appContext.filesDir.resolve("pocket").path,
                        serviceUrl = BuildConfig.POCKET_SERVICE_URL,
                        requestTimeoutMs = 15_000uL,
                        backgroundSync = true,
                    ),
                    KeystoreSecrets.store(appContext),
                    appContext.resources.configuration.locales[0].toLanguageTag(),
                    TimeZone.getDefault().id,
                    this@PocketStore,
                )
            } catch (error: Exception) {
                openingFailed.value = error.toString()
            }
        }
    }

    override fun onView(view: AppView) {
        main.post {
            if (view.revision >= (_view.value?.revision ?: 0uL)) _view.value = view
        }
    }

    /** A tap; returns at once. */
    fun send(event: UiEvent) {
        ui?.dispatch(event)
    }

    /** Stops the core (the process is ending). */
    fun close() {
        ui?.close()
        ui = null
    }
}
