package app.pocket.desktop

import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.platform.Font

/** Roboto, shipped with the harness (see resources/fonts/README.md): renders never depend on the machine's fonts. */
val Roboto: FontFamily by lazy {
    fun font(file: String, weight: FontWeight) = Font(
        identity = file,
        data = checkNotNull(object {}.javaClass.getResourceAsStream("/fonts/$file")) { "fonts/$file is shipped" }.readBytes(),
        weight = weight,
    )
    FontFamily(
        font("Roboto-Regular.ttf", FontWeight.Normal),
        font("Roboto-Medium.ttf", FontWeight.Medium),
        font("Roboto-Bold.ttf", FontWeight.Bold),
    )
}
