package app.pocket.desktop

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import app.pocket.core.AppView
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File

/**
 * The largest text a shopper can ask Android for (font scale 2.0): on the main screens,
 * in English and in Russian (whose words run longest), no text is cut off or ends in an
 * ellipsis. Each screen is also rendered at that scale into
 * `target/screenshots/font-scale-2`, to look at.
 */
@OptIn(ExperimentalTestApi::class)
class FontScaleUiTest {
    private val fontScale = 2f
    private val mainScreens = listOf(
        "welcome", "sign-in", "home", "limits", "top-up", "cards", "catalogue", "cart", "checkout",
        "pay-quote", "pay-over-limit", "orders", "order", "history", "receipt", "settings",
    )
    private val out = File(System.getProperty("pocket.screenshots.dir"), "font-scale-2")

    @Test
    fun `at font scale 2 no text on the main screens is clipped`() = runDesktopComposeUiTest(PHONE_WIDTH_DP, PHONE_HEIGHT_DP) {
        var shown by mutableStateOf<AppView?>(null)
        setContent {
            val phone = LocalDensity.current
            CompositionLocalProvider(LocalDensity provides Density(phone.density, fontScale)) {
                PocketTheme(false, Roboto) { PocketApp(shown) {} }
            }
        }
        val clipped = mutableListOf<String>()
        var checkedTexts = 0
        for (language in listOf("en", "ru")) {
            for (screen in mainScreens) {
                val name = "$screen.$language"
                val view = GalleryViews.read(name)
                shown = view
                waitForIdle()
                val texts = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
                    .fetchSemanticsNodes()
                for (node in texts) {
                    val layout = layoutOf(node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action) ?: continue
                    checkedTexts++
                    if (cutOff(layout)) {
                        val words = node.config.getOrNull(SemanticsProperties.Text)?.joinToString() ?: layout.layoutInput.text.text
                        clipped += "$name: \"$words\" (${layout.size}, room ${layout.layoutInput.constraints})"
                    }
                }
                renderPng {
                    CompositionLocalProvider(LocalDensity provides Density(PHONE_DENSITY, fontScale)) {
                        PocketTheme(false, Roboto) { PocketApp(view) {} }
                    }
                }.let { png -> File(out, "$name.png").apply { parentFile.mkdirs() }.writeBytes(png) }
            }
        }
        assertTrue(checkedTexts > mainScreens.size * 2 * 3, "texts were found and measured: $checkedTexts")
        assertEquals(emptyList<String>(), clipped, "texts cut off at font scale $fontScale")
    }

    private fun layoutOf(action: ((MutableList<TextLayoutResult>) -> Boolean)?): TextLayoutResult? {
        val results = mutableListOf<TextLayoutResult>()
        if (action == null || !action(results)) return null
        return results.firstOrNull()
    }

    /**
     * Cut off: taller than the room it was given, more lines than it may show, a line
     * ending in an ellipsis, or one line that may not wrap and is wider than its room.
     * (`hasVisualOverflow` cannot say: its width test compares the laid-out width with
     * the paragraph's, which is the room's whole width even for a short word.)
     */
    private fun cutOff(layout: TextLayoutResult): Boolean {
        val paragraph = layout.multiParagraph
        val room = layout.layoutInput.constraints.maxWidth
        val tooWide = !layout.layoutInput.softWrap && paragraph.maxIntrinsicWidth > room + 0.5f
        return layout.didOverflowHeight || paragraph.didExceedMaxLines || tooWide ||
            (0 until layout.lineCount).any { layout.isLineEllipsized(it) }
    }
}
