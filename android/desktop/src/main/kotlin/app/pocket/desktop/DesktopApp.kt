package app.pocket.desktop

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.input.key.Key
import androidx.compose.ui.input.key.KeyEventType
import androidx.compose.ui.input.key.key
import androidx.compose.ui.input.key.type
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import app.pocket.core.LogLevel
import app.pocket.core.PocketSettings
import app.pocket.core.UiEvent
import app.pocket.core.setLogSink
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import java.io.File
import java.util.Locale
import java.util.TimeZone

/**
 * `make app`: the Android app's screens in a desktop window against the local sandbox
 * (`make run`), for developers without an emulator. Needs a display.
 */
fun main() = application {
    remember { setLogSink(ConsoleLogSink(), LogLevel.INFO) }
    val store = remember { DesktopStore() }
    LaunchedEffect(Unit) {
        val dataDir = File(System.getProperty("user.home"), ".pocket-desktop").apply { mkdirs() }
        val service = System.getProperty("pocket.service") ?: "http://127.0.0.1:8080"
        store.open(
            PocketSettings(dataDir.path, service, 15_000uL, true),
            MemorySecrets(),
            Locale.getDefault().toLanguageTag(),
            TimeZone.getDefault().id,
        )
    }
    Window(
        onCloseRequest = {
            store.close()
            exitApplication()
        },
        title = "Pocket",
        state = rememberWindowState(width = PHONE_WIDTH_DP.dp, height = PHONE_HEIGHT_DP.dp),
        onKeyEvent = { event ->
            // Escape is the back gesture.
            if (event.key == Key.Escape && event.type == KeyEventType.KeyUp) {
                store.send(UiEvent.Back)
                true
            } else {
                false
            }
        },
    ) {
        PocketTheme(isSystemInDarkTheme(), Roboto) { PocketApp(store.view, store::send) }
    }
}
