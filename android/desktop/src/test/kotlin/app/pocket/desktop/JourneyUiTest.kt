package app.pocket.desktop

import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.state.ToggleableState
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextReplacement
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.text.AnnotatedString
import app.pocket.core.PocketSettings
import app.pocket.core.Screen
import app.pocket.core.UiEvent
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import app.pocket.testing.MapSecretStore
import app.pocket.testing.Sandbox
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File
import java.nio.file.Files
import javax.imageio.ImageIO

/**
 * The shopper's journey through the Android app's screens, clicking and typing by test
 * tag, through the real `PocketUi` (JNA, the host-built library) against a real
 * `pocket-server`. Each step checks what the shopper sees; each screen reached is
 * captured to `target/screenshots/journey`; at the end every screen must have been
 * reached.
 */
@OptIn(ExperimentalTestApi::class)
class JourneyUiTest {
    private val shots = File(System.getProperty("pocket.screenshots.dir"), "journey")
    private val reached = linkedSetOf<String>()
    private val store = DesktopStore()

    /** Waits until a node with [tag] exists. */
    private fun ComposeUiTest.waitFor(tag: String, timeoutMs: Long = 20_000) {
        try {
            waitUntil(timeoutMillis = timeoutMs) { onAllNodesWithTag(tag).fetchSemanticsNodes().isNotEmpty() }
        } catch (timeout: Throwable) {
            failureShot()
            throw AssertionError("never saw $tag; on screen: ${reachedNow()}; the view: ${store.view}", timeout)
        }
    }

    /** Waits until the text under [tag] is [expected]. */
    private fun ComposeUiTest.waitForText(tag: String, expected: String, timeoutMs: Long = 20_000) {
        try {
            waitUntil(timeoutMillis = timeoutMs) { onAllNodesWithTag(tag, useUnmergedTree = true).fetchSemanticsNodes().any { allText(it) == expected } }
        } catch (timeout: Throwable) {
            failureShot()
            throw AssertionError("$tag never said \"$expected\"; it says \"${runCatching { text(tag) }.getOrNull()}\"; the view: ${store.view}", timeout)
        }
    }

    private fun textOf(texts: List<AnnotatedString>?) = texts?.joinToString(" ") { it.text }

    private fun reachedNow(): String? = reached.lastOrNull()

    /** What was on screen when a step failed. */
    private fun ComposeUiTest.failureShot() {
        runCatching {
            shots.mkdirs()
            ImageIO.write(onAllNodes(isRoot())[0].captureToImage().toAwtImage(), "png", File(shots, "failure.png"))
        }
    }

    /** Every text a node and what is inside it show, in order. */
    private fun allText(node: SemanticsNode): String =
        (listOfNotNull(textOf(node.config.getOrNull(SemanticsProperties.Text))) + node.children.map(::allText))
            .filter { it.isNotEmpty() }
            .joinToString(" ")

    /** The text under [tag]. */
    private fun ComposeUiTest.text(tag: String): String = allText(onNodeWithTag(tag, useUnmergedTree = true).fetchSemanticsNode())

    /** Nodes whose tag starts with [prefix]. */
    private fun tagged(prefix: String) =
        SemanticsMatcher("test tag starts with $prefix") { it.config.getOrNull(SemanticsProperties.TestTag)?.startsWith(prefix) == true }

    private fun ComposeUiTest.node(tag: String): SemanticsNodeInteraction {
        waitFor(tag)
        val node = onNodeWithTag(tag)
        runCatching { node.performScrollTo() }
        return node
    }

    private fun ComposeUiTest.tap(tag: String) {
        waitUntil(timeoutMillis = 20_000) { onAllNodesWithTag(tag).fetchSemanticsNodes().any { it.config.getOrNull(SemanticsProperties.Disabled) == null } }
        node(tag).performClick()
        waitForIdle()
    }

    private fun ComposeUiTest.type(tag: String, value: String) {
        node(tag).performTextReplacement(value)
    }

    /** Waits for [name]'s screen, notes it reached, and captures it. */
    private fun ComposeUiTest.screen(name: String) {
        waitFor("screen.$name")
        waitForIdle()
        if (reached.add(name)) {
            runCatching {
                val roots = onAllNodes(isRoot())
                val image = roots[0].captureToImage().toAwtImage()
                shots.mkdirs()
                ImageIO.write(image, "png", File(shots, "%02d-%s.png".format(reached.size, name)))
            }
        }
    }

    @Test
    fun `a shopper goes through every screen of the app`() = runDesktopComposeUiTest(PHONE_WIDTH_DP, PHONE_HEIGHT_DP) {
        shots.deleteRecursively()
        Sandbox().use { sandbox ->
            val secrets = MapSecretStore()
            runBlocking {
                store.open(PocketSettings(Files.createTempDirectory("pocket-ui-").toString(), sandbox.url, 10_000uL, true), secrets, "en-US", "UTC")
            }
            // The first view arrives from the core's thread just after `open`. Composing
            // while it lands was seen to miss it once in a while under load (the
            // spinner stayed), so the screens are composed once it is here.
            waitUntil(timeoutMillis = 20_000) { store.view != null }
            setContent { PocketTheme(dark = false, fontFamily = Roboto) { PocketApp(store.view, store::send) } }

            // Sign up, confirm the email, set the payment password and the questions.
            screen("Welcome")
            tap("welcome.signUp")
            screen("SignUp")
            val email = "maria@example.com"
            val phone = "+5511900000201"
            type("signUp.email", email)
            type("signUp.password", "correct horse battery")
            type("signUp.givenName", "Maria")
            type("signUp.familyName", "Souza")
            type("signUp.address", "Rua Augusta 1500")
            type("signUp.phone", phone)
            type("signUp.nationalId", "123.456.789-09")
            tap("signUp.country.BR")
            tap("signUp.submit")
            screen("CheckEmail")
            type("checkEmail.code", sandbox.lastCodeSentTo(email))
            tap("checkEmail.confirm")
            screen("PaymentPassword")
            type("paymentPassword.password", "123456")
            type("paymentPassword.confirmation", "123456")
            tap("paymentPassword.submit")
            waitForText("paymentPassword.password.message", "Digits counting up or down are easy to guess. Mix them up.")
            type("paymentPassword.password", "381947")
            type("paymentPassword.confirmation", "381947")
            tap("paymentPassword.submit")
            screen("SecurityQuestions")
            listOf("Rex", "Porto", "Escola 1").forEachIndexed { slot, answer -> type("questions.answer.$slot", answer) }
            tap("questions.submit")
            screen("Home")
            waitForText("notice", "You're all set. Add money to start shopping.")

            // Money arrives; the app comes back to the foreground.
            val userId = sandbox.userIdOf(secrets.values.getValue("session"))
            sandbox.grant(userId, "100.00")
            sandbox.grant(userId, "5000.00", "RUB")
            store.send(UiEvent.Foreground)
            waitFor("home.balance.RUB")
            tap("home.shortcut.LIMITS")
            screen("Limits")
            tap("back")

            // Top up by a card that asks for an SMS code, added without saving it.
            tap("home.shortcut.TOP_UP")
            screen("TopUp")
            tap("topUp.rail.BANK_CARD")
            tap("topUp.addCard")
            screen("AddCard")
            val save = onNodeWithTag("addCard.save").fetchSemanticsNode().config.getOrNull(SemanticsProperties.ToggleableState)
            assertEquals(ToggleableState.Off, save, "the save box starts unticked")
            type("addCard.number", "4000 0000 0000 3220")
            type("addCard.expiry", "12/30")
            tap("addCard.submit")
            screen("TopUp")
            waitForText("notice", "Visa 4000 •••• 3220 will pay this once. It is not saved to your account.")
            type("topUp.amount", "50")
            tap("topUp.submit")
            waitFor("topUp.code")
            type("topUp.code", sandbox.lastCodeSentTo(phone))
            tap("topUp.submitCode")
            waitFor("topUp.result")
            assertTrue(text("topUp.result").contains("$50.00 added"), text("topUp.result"))
            tap("back")
            tap("home.shortcut.CARDS")
            screen("Cards")
            waitForText("cards.empty", "No cards saved yet.")

            // A card saved, then replaced by its renewal in one step.
            tap("cards.add")
            screen("AddCard")
            type("addCard.number", "4242 4242 4242 4242")
            type("addCard.expiry", "12/30")
            tap("addCard.save")
            tap("addCard.submit")
            screen("Cards")
            waitUntil(timeoutMillis = 20_000) { onAllNodes(tagged("cards.replace.")).fetchSemanticsNodes().isNotEmpty() }
            onAllNodes(tagged("cards.replace."))[0].performScrollTo().performClick()
            waitFor("addCard.replacing")
            type("addCard.number", "5555 5555 5555 4444")
            type("addCard.expiry", "11/31")
            tap("addCard.submit")
            waitForText("notice", "Mastercard 5555 •••• 4444 is in place of the old card.")
            tap("back")

            // Shop two sellers; a parcel over 2 kg is refused with its weight.
            tap("tab.SHOP")
            screen("Catalogue")
            tap("catalogue.product.prd_phone_case")
            screen("Product")
            tap("product.option.model.Pixel 8")
            tap("product.option.colour.teal")
            tap("product.addToCart")
            tap("back")
            tap("catalogue.product.prd_cast_iron_pan")
            tap("product.addToCart")
            tap("back")
            tap("catalogue.product.prd_scarf")
            tap("product.option.colour.navy")
            tap("product.addToCart")
            tap("back")
            tap("catalogue.cart")
            screen("Cart")
            waitFor("parcel.1.reason.0")
            assertTrue(text("parcel.1.reason.0").contains("weighs 2,400 g"), text("parcel.1.reason.0"))
            tap("cart.line.1.remove")
            waitUntil(timeoutMillis = 10_000) { onAllNodesWithTag("parcel.2").fetchSemanticsNodes().isEmpty() }
            tap("cart.checkout")
            screen("Checkout")
            tap("checkout.placeOrder")

            // Pay the first order in roubles after seeing the quote, the second from dollars.
            screen("Pay")
            waitForText("pay.progress", "Order 1 of 2")
            tap("pay.source.1")
            waitFor("pay.quote.pay")
            assertTrue(text("pay.quote.pay").startsWith("You pay ₽"), text("pay.quote.pay"))
            type("pay.password", "381947")
            tap("pay.pay")
            waitFor("pay.paid")
            tap("pay.next")
            waitForText("pay.progress", "Order 2 of 2")
            tap("pay.source.0")
            waitFor("pay.quote.limits")
            type("pay.password", "381947")
            tap("pay.pay")
            waitFor("pay.paid")
            tap("pay.finish")

            // The first order: shipped, delivered, received.
            screen("Order")
            val session = secrets.values.getValue("session")
            val cases = sandbox.orderIdOf(session, "sel_shenzhen_cases")
            val scarves = sandbox.orderIdOf(session, "sel_hangzhou_knits")
            sandbox.ship(cases, "LP00123")
            sandbox.deliver(cases)
            tap("tab.ORDERS")
            screen("Orders")
            tap("orders.order.$cases")
            waitForText("order.status", "Delivered")
            tap("order.action.CONFIRM_RECEIPT")
            tap("order.confirm.confirm")
            waitForText("order.status", "Completed")
            tap("order.action.RECEIPT")
            screen("Receipt")

            // A problem with that payment, sent to support with its receipt; support answers.
            tap("receipt.report")
            screen("NewSupportCase")
            assertTrue(text("newCase.about").startsWith("About your payment of"), text("newCase.about"))
            type("newCase.message", "I was charged twice for this order.")
            tap("newCase.submit")
            screen("SupportCase")
            sandbox.answerNewestCase(secrets.values.getValue("session"), "We are looking into it.")
            waitFor("supportCase.message.1")
            tap("back")
            screen("Receipt")
            tap("back")

            // The other order: delivered, disputed, refund to the balance.
            tap("back")
            sandbox.ship(scarves, "LP00456")
            sandbox.deliver(scarves)
            tap("orders.order.$scarves")
            waitForText("order.status", "Delivered")
            tap("order.action.OPEN_DISPUTE")
            tap("order.dispute.NOT_RECEIVED")
            waitForText("order.status", "In dispute")
            tap("order.action.CHOOSE_REFUND_DESTINATION")
            tap("order.refund.POCKET_BALANCE")
            waitForText("notice", "Got it. A refund will go where you chose.")
            sandbox.refundInFull(scarves)
            waitForText("order.status", "Refunded")

            // A transfer to another shopper.
            sandbox.createShopper("joao@example.com", "+5511900000202")
            tap("tab.HOME")
            tap("home.shortcut.TRANSFER")
            screen("Transfer")
            type("transfer.toEmail", "joao@example.com")
            type("transfer.amount", "10")
            type("transfer.password", "381947")
            tap("transfer.submit")
            waitForText("transfer.result", "Sent $10.00 to joao@example.com.")
            tap("back")

            // The history, with a receipt for every payment; the notifications.
            tap("home.shortcut.HISTORY")
            screen("History")
            tap("back")
            tap("home.shortcut.NOTIFICATIONS")
            screen("Notifications")
            waitUntil(timeoutMillis = 20_000) { onAllNodes(tagged("notifications.order.")).fetchSemanticsNodes().isNotEmpty() }
            onAllNodes(tagged("notifications.order."))[0].performScrollTo().performClick()
            waitFor("order.status")
            tap("back")
            tap("back")

            // Identity verification: sent for review, approved by the reviewer.
            tap("tab.PROFILE")
            screen("Settings")
            tap("settings.verifyIdentity")
            screen("Verification")
            tap("verification.document.passport")
            type("verification.number", "FZ 123-4567")
            type("verification.name", "Maria Souza")
            tap("verification.submit")
            waitFor("verification.status")
            assertTrue(text("verification.status").startsWith("Sent on"), text("verification.status"))
            sandbox.approveVerification(secrets.values.getValue("session"))
            waitForText("verification.status", "Your identity is verified: your limits are raised.")
            tap("back")
            screen("Settings")
            tap("settings.support")
            screen("Support")
            waitUntil(timeoutMillis = 20_000) { onAllNodes(tagged("support.case.")).fetchSemanticsNodes().isNotEmpty() }
            tap("back")

            // Another language, then signing out and in again.
            screen("Settings")
            tap("settings.changeLanguage")
            tap("settings.languages.ru")
            waitForText("title", "Профиль и настройки")
            tap("settings.signOut")
            tap("settings.confirmSignOut.confirm")
            screen("Welcome")
            tap("welcome.signIn")
            screen("SignIn")
            type("signIn.email", email)
            type("signIn.password", "correct horse battery")
            tap("signIn.submit")
            waitFor("screen.Home")
            waitForText("home.greeting", "Здравствуйте, Maria")

            // A lost phone: signing out on every device.
            tap("tab.PROFILE")
            screen("Settings")
            tap("settings.signOutEverywhere")
            tap("settings.confirmSignOutEverywhere.confirm")
            screen("Welcome")

            // A forgotten login password, reset with the emailed code.
            tap("welcome.signIn")
            screen("SignIn")
            type("signIn.email", email)
            tap("signIn.forgotPassword")
            screen("ResetPassword")
            tap("resetPassword.sendLink")
            waitFor("resetPassword.code")
            type("resetPassword.code", sandbox.lastCodeSentTo(email))
            type("resetPassword.password", "staple battery horse")
            tap("resetPassword.submit")
            screen("SignIn")
            type("signIn.email", email)
            type("signIn.password", "staple battery horse")
            tap("signIn.submit")
            waitFor("screen.Home")

            // A forgotten payment password, recovered with the emailed code and the answers.
            tap("tab.PROFILE")
            screen("Settings")
            tap("settings.forgotPaymentPassword")
            screen("RecoverPaymentPassword")
            tap("recoverPayment.sendLink")
            waitFor("recoverPayment.code")
            type("recoverPayment.code", sandbox.lastCodeSentTo(email))
            listOf("rex", "  PORTO ", "Escola 1").forEachIndexed { index, answer -> type("recoverPayment.answer.$index", answer) }
            type("recoverPayment.password", "529174")
            type("recoverPayment.confirmation", "529174")
            tap("recoverPayment.submit")
            screen("Settings")
            waitFor("notice")
            store.close()
        }
        val screens = Screen::class.sealedSubclasses.map { it.simpleName!! }.toSet()
        assertEquals(screens, reached.toSet(), "every screen is reached by the journey")
    }
}
