package app.pocket.desktop

import app.pocket.core.Destination
import app.pocket.core.PocketSettings
import app.pocket.core.Screen
import app.pocket.core.UiEvent
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files

/**
 * A cold start: a link or a push's tap reaches the shell before the core has opened.
 * It is kept and delivered once the core is open, not dropped (as `ui?.dispatch` once
 * did). No service is needed: opening "Sign in" is the core's own state.
 */
class ColdStartTest {
    @Test
    fun `a tap sent before the core opened is delivered once it has`() = runBlocking {
        val store = DesktopStore()
        store.send(UiEvent.Open(Destination.SIGN_IN))
        assertEquals(1, store.waiting, "kept while the core opens")
        val dataDir = Files.createTempDirectory("pocket-cold-start-").toString()
        store.open(PocketSettings(dataDir, "http://127.0.0.1:9", 1_000uL, false), MemorySecrets(), "en-US", "UTC")
        assertEquals(0, store.waiting, "delivered on opening")
        val deadline = System.currentTimeMillis() + 10_000
        while (store.view?.screen !is Screen.SignIn && System.currentTimeMillis() < deadline) delay(20)
        assertTrue(store.view?.screen is Screen.SignIn, "the app opened on sign-in: ${store.view?.screen}")
        store.close()
    }
}
