package app.pocket.desktop

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.platform.LocalUriHandler
import androidx.compose.ui.platform.UriHandler
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsEnabled
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.pocket.core.Screen
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * A card top-up the bank must confirm (3-D Secure), from the core's own view of it: above
 * the screen, without scrolling, the app shows the bank's message and a button that opens
 * the bank's page through the platform's URI handler (Custom Tabs in the Android app, the
 * browser here).
 */
@OptIn(ExperimentalTestApi::class)
class BankPageUiTest {
    @Test
    fun `the bank's page of a waiting card charge opens from its button`() = runDesktopComposeUiTest {
        val view = GalleryViews.read("top-up-bank-page.en")
        assertTrue(view.screen is Screen.TopUp, "the gallery's scene is the top-up screen")
        val page = view.bankPage!!
        val opened = mutableListOf<String>()
        val browser = object : UriHandler {
            override fun openUri(uri: String) {
                opened += uri
            }
        }
        setContent {
            CompositionLocalProvider(LocalUriHandler provides browser) {
                PocketTheme(false, Roboto) { PocketApp(view) {} }
            }
        }
        onNodeWithTag("bankPage.message", useUnmergedTree = true).assertIsDisplayed()
        onNodeWithTag("bankPage.open").assertIsDisplayed().assertIsEnabled().performClick()
        assertEquals(listOf(page.url), opened, "the button opens the bank's page, and nothing else")
        assertEquals("Open your bank's page", page.open.label)
    }
}
