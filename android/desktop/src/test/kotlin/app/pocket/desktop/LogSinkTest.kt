package app.pocket.desktop

import app.pocket.core.LogLevel
import app.pocket.core.PocketSettings
import app.pocket.core.setLogSink
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import java.nio.file.Files

/**
 * The core's `tracing` lines reach the shell's sink, as logcat and os_log get them on
 * phones: here the desktop harness's console sink, read back from its stream.
 */
class LogSinkTest {
    @Test
    fun `the core's log lines reach the harness's console`() = runBlocking {
        val console = ByteArrayOutputStream()
        assertTrue(setLogSink(ConsoleLogSink(PrintStream(console, true)), LogLevel.INFO), "the sink is the process's logger")
        val store = DesktopStore()
        val dataDir = Files.createTempDirectory("pocket-logs-").toString()
        store.open(PocketSettings(dataDir, "http://127.0.0.1:9", 1_000uL, false), MemorySecrets(), "pt-BR", "America/Sao_Paulo")
        val opened = "I pocket_core::app::ui: the core opened"
        val deadline = System.currentTimeMillis() + 10_000
        while (!console.toString().contains(opened) && System.currentTimeMillis() < deadline) delay(20)
        store.close()
        setLogSink(null, LogLevel.ERROR)
        val lines = console.toString()
        assertTrue(lines.contains(opened), "the opening line in: $lines")
        assertTrue(lines.contains("locale=pt-BR time_zone=America/Sao_Paulo"), "its fields in: $lines")
    }
}
