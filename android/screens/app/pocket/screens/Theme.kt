package app.pocket.screens

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.unit.dp
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.material3.LocalMinimumInteractiveComponentSize
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontFamily

private val Teal = Color(0xFF00696B)
private val TealLight = Color(0xFF4CDADB)

/**
 * Pocket's Material 3 theme. [fontFamily] is the platform's choice: the phone's own on
 * Android, shipped Roboto on the desktop harness (so a render never depends on the machine).
 */
@Composable
fun PocketTheme(dark: Boolean, fontFamily: FontFamily = FontFamily.Default, content: @Composable () -> Unit) {
    val colors = if (dark) {
        darkColorScheme(primary = TealLight, secondary = Color(0xFFB0CCCB))
    } else {
        lightColorScheme(primary = Teal, secondary = Color(0xFF4A6363))
    }
    MaterialTheme(colorScheme = colors, typography = typography(fontFamily)) {
        // Touch targets of at least 48 dp, as on Android; Compose desktop leaves the minimum
        // out for the mouse, and the harness should lay out what a phone shows.
        CompositionLocalProvider(LocalMinimumInteractiveComponentSize provides 48.dp, content = content)
    }
}

private fun typography(family: FontFamily): Typography {
    val base = Typography()
    fun TextStyle.in_(family: FontFamily) = copy(fontFamily = family)
    return Typography(
        displayLarge = base.displayLarge.in_(family),
        displayMedium = base.displayMedium.in_(family),
        displaySmall = base.displaySmall.in_(family),
        headlineLarge = base.headlineLarge.in_(family),
        headlineMedium = base.headlineMedium.in_(family),
        headlineSmall = base.headlineSmall.in_(family),
        titleLarge = base.titleLarge.in_(family),
        titleMedium = base.titleMedium.in_(family),
        titleSmall = base.titleSmall.in_(family),
        bodyLarge = base.bodyLarge.in_(family),
        bodyMedium = base.bodyMedium.in_(family),
        bodySmall = base.bodySmall.in_(family),
        labelLarge = base.labelLarge.in_(family),
        labelMedium = base.labelMedium.in_(family),
        labelSmall = base.labelSmall.in_(family),
    )
}
