package app.pocket.desktop

import androidx.compose.foundation.layout.Column
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.saveable.LocalSaveableStateRegistry
import androidx.compose.runtime.saveable.SaveableStateRegistry
import androidx.compose.ui.autofill.ContentType
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.pocket.core.Autofill
import app.pocket.core.FieldView
import app.pocket.core.InputKind
import app.pocket.screens.PocketField
import app.pocket.screens.PocketTheme
import app.pocket.screens.rememberFieldText
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * What the shopper types is saved with the screen's state (it survives a rotation),
 * except a secret: a payment password never reaches the saved state, which Android
 * keeps in a Bundle that outlives the process. The registry here stands in for the
 * activity's.
 */
@OptIn(ExperimentalTestApi::class)
class SecretFieldsUiTest {
    private fun field(label: String, input: InputKind, autofill: Autofill? = null) =
        FieldView(label, "", null, null, input, autofill, true)

    @Test
    fun `a typed email is saved with the screen and a typed payment password is not`() = runDesktopComposeUiTest {
        val registry = SaveableStateRegistry(restoredValues = null) { true }
        val email = field("Email", InputKind.Email)
        val password = field("Payment password", InputKind.SecretDigits(6u))
        setContent {
            CompositionLocalProvider(LocalSaveableStateRegistry provides registry) {
                PocketTheme(false, Roboto) {
                    Column {
                        PocketField(email, rememberFieldText(email), "email")
                        PocketField(password, rememberFieldText(password), "password")
                    }
                }
            }
        }
        onNodeWithTag("email").performTextInput("ana@example.com")
        onNodeWithTag("password").performTextInput("381947")
        waitForIdle()
        val saved = registry.performSave().toString()
        assertTrue(saved.contains("ana@example.com"), "the email is saved: $saved")
        assertFalse(saved.contains("381947"), "the payment password is not: $saved")
    }

    @Test
    fun `a field tells the platform's autofill what it holds`() = runDesktopComposeUiTest {
        val email = field("Email", InputKind.Email, Autofill.EMAIL)
        val card = field("Card number", InputKind.SecretDigits(19u), Autofill.CARD_NUMBER)
        val code = field("Code", InputKind.SecretDigits(8u), Autofill.ONE_TIME_CODE)
        setContent {
            PocketTheme(false, Roboto) {
                Column {
                    PocketField(email, rememberFieldText(email), "email")
                    PocketField(card, rememberFieldText(card), "card")
                    PocketField(code, rememberFieldText(code), "code")
                }
            }
        }
        val kind = { tag: String -> onNodeWithTag(tag).fetchSemanticsNode().config.getOrNull(SemanticsProperties.ContentType) }
        assertEquals(ContentType.EmailAddress, kind("email"))
        assertEquals(ContentType.CreditCardNumber, kind("card"))
        assertEquals(ContentType.SmsOtpCode, kind("code"))
    }
}
