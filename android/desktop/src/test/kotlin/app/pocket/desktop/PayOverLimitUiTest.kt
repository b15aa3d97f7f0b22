package app.pocket.desktop

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.pocket.core.UiEvent
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/**
 * A payment over an unverified account's limit, from the core's own view of it: the
 * quote's refusal offers "Verify your identity", and the button sends the core the
 * event that follows it (the core then opens the verification).
 */
@OptIn(ExperimentalTestApi::class)
class PayOverLimitUiTest {
    @Test
    fun `verify your identity on a refused quote is sent to the core`() = runDesktopComposeUiTest {
        val sent = mutableListOf<UiEvent>()
        setContent { PocketTheme(false, Roboto) { PocketApp(GalleryViews.read("pay-over-limit.en")) { sent += it } } }
        onNodeWithTag("pay.quote.action").performScrollTo().assertTextEquals("Verify your identity")
        onNodeWithTag("pay.quote.action").performClick()
        assertEquals(listOf<UiEvent>(UiEvent.FollowProblem), sent)
    }
}
