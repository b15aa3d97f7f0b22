package app.pocket.desktop

import androidx.compose.runtime.Composable
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import app.pocket.core.AppView
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.jetbrains.skia.EncodedImageFormat
import java.io.File
import kotlin.math.roundToInt

/** A phone's screen: 411 x 891 dp at 2.625 (a Pixel-class phone). */
const val PHONE_WIDTH_DP = 411
const val PHONE_HEIGHT_DP = 891
const val PHONE_DENSITY = 2.625f

/** Renders [content] headless (no window, no display) to PNG bytes, phone-sized. */
fun renderPng(content: @Composable () -> Unit): ByteArray {
    val scene = ImageComposeScene(
        width = (PHONE_WIDTH_DP * PHONE_DENSITY).roundToInt(),
        height = (PHONE_HEIGHT_DP * PHONE_DENSITY).roundToInt(),
        density = Density(PHONE_DENSITY),
        content = content,
    )
    try {
        // Frames a second apart until dialogs, ripples and field labels have settled.
        var image = scene.render(0L)
        for (second in 1L..3L) image = scene.render(second * 1_000_000_000L)
        return checkNotNull(image.encodeToData(EncodedImageFormat.PNG)) { "PNG encoding failed" }.bytes
    } finally {
        scene.close()
    }
}

/** The app drawing [view], light or dark, with the shipped fonts, written to [file]. */
fun renderView(view: AppView, dark: Boolean, file: File) {
    val png = renderPng { PocketTheme(dark, Roboto) { PocketApp(view) {} } }
    file.parentFile?.mkdirs()
    file.writeBytes(png)
}
