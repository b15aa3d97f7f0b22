package app.pocket.desktop

import app.pocket.core.LogLevel
import app.pocket.core.LogSink
import java.io.PrintStream

/**
 * The core's log lines on standard error, one per line as logcat shows them on a
 * phone: `W pocket_core::app::ui: could not save the app's state error=...`.
 */
class ConsoleLogSink(private val out: PrintStream = System.err) : LogSink {
    override fun log(level: LogLevel, target: String, message: String) {
        out.println("${level.name.first()} $target: $message")
    }
}
