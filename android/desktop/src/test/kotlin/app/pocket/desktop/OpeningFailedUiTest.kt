package app.pocket.desktop

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertTextContains
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.pocket.core.openingFailedView
import app.pocket.screens.OpeningFailed
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * The core could not open (a locked keystore, a full disk): the screen says why in the
 * phone's language, from the core, with the detail for support, and "Try again" opens
 * again instead of a spinner that never ends.
 */
@OptIn(ExperimentalTestApi::class)
class OpeningFailedUiTest {
    @Test
    fun `a failed opening says why and tries again`() = runDesktopComposeUiTest {
        var retries = 0
        val view = openingFailedView("ru-RU", "disk full")
        setContent { PocketTheme(false, Roboto) { OpeningFailed(view) { retries += 1 } } }
        onNodeWithText("Не удалось запустить Pocket").assertExists()
        onNodeWithTag("openingFailed.detail", useUnmergedTree = true).assertTextContains("disk full", substring = true)
        onNodeWithTag("openingFailed.retry").performClick()
        assertEquals(1, retries)
    }
}
