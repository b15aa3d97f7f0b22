package app.pocket.screens

import app.pocket.core.PocketUi
import app.pocket.core.UiEvent

/**
 * The one `PocketUi` a shell holds, and what was tapped before it opened. A link, a
 * push's tap or the push token can arrive while the core is still opening (a cold
 * start): each is kept and sent, in order, the moment the core has opened, so none is
 * dropped. Plain Kotlin, shared by the Android app's store and the desktop harness.
 */
class CoreConnection {
    private val lock = Any()
    private var ui: PocketUi? = null
    private val early = ArrayList<UiEvent>()

    /** The core has opened: what was sent meanwhile goes to it first, in order. */
    fun opened(core: PocketUi) = synchronized(lock) {
        // `dispatch` returns at once, so sending under the lock keeps the order
        // against a tap arriving right now.
        early.forEach(core::dispatch)
        early.clear()
        ui = core
    }

    /** A tap, a link or a token: sent now, or kept until the core has opened. */
    fun send(event: UiEvent) = synchronized(lock) {
        ui?.dispatch(event) ?: early.add(event)
        Unit
    }

    /** How many events wait for the core to open. */
    val waiting: Int get() = synchronized(lock) { early.size }

    /** Stops the core (the process is ending); later events are kept, not sent. */
    fun close() = synchronized(lock) {
        ui?.close()
        ui = null
    }
}
