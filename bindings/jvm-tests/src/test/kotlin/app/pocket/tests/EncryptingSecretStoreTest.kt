package app.pocket.tests

import app.pocket.core.CheckEmailEvent
import app.pocket.core.Destination
import app.pocket.core.PocketSettings
import app.pocket.core.PocketUi
import app.pocket.core.Screen
import app.pocket.core.SignUpEvent
import app.pocket.core.SignUpInput
import app.pocket.core.UiEvent
import app.pocket.secrets.AesGcmCipher
import app.pocket.secrets.EncryptingSecretStore
import app.pocket.testing.Sandbox
import app.pocket.testing.ViewRecorder
import java.nio.file.Files
import javax.crypto.KeyGenerator
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test

/** The Android shell's secret store (plain Kotlin), with a JVM key in place of the Keystore's. */
class EncryptingSecretStoreTest {
    private fun newStore(): Pair<EncryptingSecretStore, java.io.File> {
        val file = Files.createTempDirectory("pocket-secrets-").resolve("pocket-secrets").toFile()
        val key = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
        return EncryptingSecretStore(file, AesGcmCipher(key)) to file
    }

    @Test
    fun `values come back, are replaced and deleted, and never rest in clear`() {
        val (store, file) = newStore()
        assertNull(store.get("session"))
        store.put("session", "pk_session_first")
        store.put("session", "pk_session_second")
        assertEquals("pk_session_second", store.get("session"))
        assertFalse(file.readText().contains("pk_session"), "the file holds only sealed values")
        store.delete("session")
        store.delete("session")
        assertNull(store.get("session"))
    }

    @Test
    fun `the core keeps a real session token in it, sealed`() = runBlocking {
        Sandbox().use { sandbox ->
            val (store, file) = newStore()
            val recorder = ViewRecorder()
            val ui = PocketUi.open(
                PocketSettings(Files.createTempDirectory("pocket-app-").toString(), sandbox.url, 10_000uL, false),
                store,
                "en-US",
                "UTC",
                recorder,
            )
            val email = "ana@example.com"
            ui.dispatch(UiEvent.Open(Destination.SIGN_UP))
            val input = SignUpInput(email, "correct horse battery", "Ana", "Lima", "Rua 1", "+5511900000003", "1", "BR", "en")
            ui.dispatch(UiEvent.SignUp(SignUpEvent.Submit(input)))
            recorder.until("signed in, checking the email") { it.screen as? Screen.CheckEmail }
            val token = store.get("session")
            assertNotNull(token)
            assertFalse(file.readText().contains(token!!), "the session token is sealed at rest")
            ui.dispatch(UiEvent.CheckEmail(CheckEmailEvent.SignOut))
            recorder.until("signed out") { it.screen as? Screen.Welcome }
            assertNull(store.get("session"))
            ui.close()
        }
    }
}
