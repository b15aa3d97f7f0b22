package app.pocket.desktop

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.runtime.snapshots.Snapshot
import app.pocket.core.AppView
import app.pocket.core.PocketConnection
import app.pocket.core.PocketSettings
import app.pocket.core.SecretStore
import app.pocket.core.UiEvent
import app.pocket.core.ViewObserver
import java.util.concurrent.ConcurrentHashMap

/**
 * The desktop twin of the Android app's store: one `PocketConnection`, its newest view as
 * Compose state (written from the core's threads in a snapshot), taps sent back.
 */
class DesktopStore : ViewObserver {
    /** The newest view; `null` until the core has opened. */
    var view by mutableStateOf<AppView?>(null)
        private set
    private val core = PocketConnection()

    /** Taps sent before the core opened, kept for it. */
    val waiting: Int get() = core.waiting().toInt()

    /** Opens the core (off the caller's thread inside the core); what was sent meanwhile follows. */
    suspend fun open(settings: PocketSettings, secrets: SecretStore, locale: String, timeZone: String) {
        core.open(settings, secrets, locale, timeZone, this)
    }

    override fun onView(view: AppView) {
        Snapshot.withMutableSnapshot {
            if (view.revision >= (this.view?.revision ?: 0uL)) this.view = view
        }
    }

    /** A tap; kept until the core has opened. */
    fun send(event: UiEvent) = core.send(event)

    /** Stops the core. */
    fun close() = core.close()
}

/** Secrets in memory: the desktop harness has no keychain to offer (a session lasts the run). */
class MemorySecrets : SecretStore {
    private val values = ConcurrentHashMap<String, String>()
    override fun put(key: String, value: String) { values[key] = value }
    override fun get(key: String): String? = values[key]
    override fun delete(key: String) { values.remove(key) }
}
