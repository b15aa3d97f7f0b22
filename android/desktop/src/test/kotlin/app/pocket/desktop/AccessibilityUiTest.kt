package app.pocket.desktop

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertHasClickAction
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.pocket.core.AppView
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * What a screen reader and a thumb meet, from the core's own views: the sign buttons say
 * what they do in the shopper's language, the title is a heading, and every control
 * that can be tapped (on the first screenful) is at least 48 dp each way.
 */
@OptIn(ExperimentalTestApi::class)
class AccessibilityUiTest {
    private val screens = listOf("home", "product", "cart", "pay-quote", "order", "settings")

    @Test
    fun `sign buttons are named, titles are headings and every tap target is 48 dp`() = runDesktopComposeUiTest(PHONE_WIDTH_DP, PHONE_HEIGHT_DP) {
        var shown by mutableStateOf<AppView?>(GalleryViews.read("cart.ru"))
        setContent { PocketTheme(false, Roboto) { PocketApp(shown) {} } }
        onNodeWithContentDescription("Убрать из корзины: Silicone phone case").assertHasClickAction()
        onNodeWithTag("cart.line.0.increase").assert(SemanticsMatcher.expectValue(SemanticsProperties.ContentDescription, listOf("Ещё одну: Silicone phone case")))

        val small = mutableListOf<String>()
        for (screen in screens) {
            shown = GalleryViews.read("$screen.en")
            waitForIdle()
            onNodeWithTag("title").assert(SemanticsMatcher.keyIsDefined(SemanticsProperties.Heading))
            val tappable = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.OnClick)).fetchSemanticsNodes()
            for (node in tappable) {
                // The touch bounds: Material draws a 40 dp button inside a 48 dp target.
                // Controls scrolled out of the window have none to measure.
                val touch = node.touchBoundsInRoot
                if (touch.isEmpty) continue
                if (touch.width < 48f || touch.height < 48f) {
                    val name = node.config.getOrNull(SemanticsProperties.TestTag)
                        ?: node.config.getOrNull(SemanticsProperties.ContentDescription)?.joinToString()
                        ?: node.config.getOrNull(SemanticsProperties.Text)?.joinToString()
                    small += "$screen: $name is ${touch.width} x ${touch.height}"
                }
            }
        }
        assertEquals(emptyList<String>(), small, "tap targets under 48 dp (the test's density is 1, so pixels are dp)")
    }
}
