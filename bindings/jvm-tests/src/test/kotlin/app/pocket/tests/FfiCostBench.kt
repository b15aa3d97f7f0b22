package app.pocket.tests

import app.pocket.core.PocketApp
import app.pocket.core.PocketSettings
import app.pocket.core.SignUpForm
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import java.nio.file.Files

/**
 * `make bench` only (-Dpocket.bench=true): what one call from Kotlin into
 * the core costs, and what one wallet-screen refresh costs end to end
 * (JNA, the core, HTTP to a local service, SQLite). Printed, never asserted.
 */
class FfiCostBench {
    @Test
    fun `measure one FFI call and one screen refresh`() = runBlocking {
        assumeTrue(System.getProperty("pocket.bench") == "true", "benchmarks run with make bench")
        Sandbox().use { sandbox ->
            val app = PocketApp(
                PocketSettings(Files.createTempDirectory("pocket-bench-").toString(), sandbox.url, 10_000uL, false),
                MapSecretStore(),
            )
            val calls = 200_000
            repeat(20_000) { app.ping() }
            var started = System.nanoTime()
            repeat(calls) { app.ping() }
            val nsPerCall = (System.nanoTime() - started) / calls

            val email = "bench@example.com"
            app.signUp(SignUpForm(email, "correct horse battery", "B", "M", "1 Loop", "+5511900000009", "1", "BR", null))
            app.confirmEmail(sandbox.lastCodeSentTo(email))
            app.logIn(email, "correct horse battery")
            val refreshes = 200
            repeat(20) { app.wallet() }
            started = System.nanoTime()
            repeat(refreshes) { app.wallet() }
            val usPerRefresh = (System.nanoTime() - started) / refreshes / 1_000

            started = System.nanoTime()
            repeat(refreshes * 10) { app.pendingActions() }
            val usPerLocalRead = (System.nanoTime() - started) / (refreshes * 10) / 1_000
            println("BENCH one FFI call from Kotlin (ping):                 $nsPerCall ns/call")
            println("BENCH one wallet-screen refresh (3 GETs, SQLite save): $usPerRefresh us")
            println("BENCH one local read through the FFI (pendingActions):  $usPerLocalRead us")
        }
    }
}
