package app.pocket.app

import android.util.Log
import app.pocket.core.LogLevel
import app.pocket.core.LogSink

/**
 * The core's log lines in logcat under the tag `Pocket` (`adb logcat -s Pocket`), each
 * prefixed with the core's module that wrote it. Set once in [PocketApplication].
 */
class LogcatSink : LogSink {
    override fun log(level: LogLevel, target: String, message: String) {
        val priority = when (level) {
            LogLevel.ERROR -> Log.ERROR
            LogLevel.WARN -> Log.WARN
            LogLevel.INFO -> Log.INFO
            LogLevel.DEBUG -> Log.DEBUG
        }
        Log.println(priority, TAG, "$target: $message")
    }

    private companion object {
        const val TAG = "Pocket"
    }
}
