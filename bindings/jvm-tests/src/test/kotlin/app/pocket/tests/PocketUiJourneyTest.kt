package app.pocket.tests

import app.pocket.core.AddCardEvent
import app.pocket.core.AppView
import app.pocket.core.CardsEvent
import app.pocket.core.CheckEmailEvent
import app.pocket.core.Destination
import app.pocket.core.OrderButton
import app.pocket.core.OrdersEvent
import app.pocket.core.PayEvent
import app.pocket.core.PaymentPasswordEvent
import app.pocket.core.PocketSettings
import app.pocket.core.PocketUi
import app.pocket.core.Screen
import app.pocket.core.SecurityQuestionsEvent
import app.pocket.core.ShopEvent
import app.pocket.core.SignUpEvent
import app.pocket.core.SignUpInput
import app.pocket.core.Tab
import app.pocket.core.UiEvent
import app.pocket.testing.MapSecretStore
import app.pocket.testing.Sandbox
import app.pocket.testing.ViewRecorder
import java.nio.file.Files
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/**
 * The shopper's journey through the generated Kotlin bindings of `PocketUi`, as the
 * Android shell drives it: taps go in with `dispatch`, views come back to a Kotlin
 * observer, against a real service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PocketUiJourneyTest {
    private lateinit var sandbox: Sandbox

    @BeforeAll
    fun startService() { sandbox = Sandbox() }

    @AfterAll
    fun stopService() { sandbox.close() }

    private suspend fun openApp(secrets: MapSecretStore, recorder: ViewRecorder) = PocketUi.open(
        PocketSettings(Files.createTempDirectory("pocket-ui-").toString(), sandbox.url, 10_000uL, true),
        secrets,
        "en-US",
        "UTC",
        recorder,
    )

    private fun home(view: AppView) = (view.screen as? Screen.Home)?.view
    private fun pay(view: AppView) = (view.screen as? Screen.Pay)?.view
    private fun order(view: AppView) = (view.screen as? Screen.Order)?.view

    /** Signs up through the screens; ends on home. */
    private suspend fun signUp(ui: PocketUi, recorder: ViewRecorder, email: String, phone: String) {
        recorder.until("welcome") { it.screen as? Screen.Welcome }
        ui.dispatch(UiEvent.Open(Destination.SIGN_UP))
        recorder.until("the sign-up form") { it.screen as? Screen.SignUp }
        val input = SignUpInput(email, "correct horse battery", "Maria", "Souza", "Rua Augusta 1500", phone, "123", "BR", "en")
        ui.dispatch(UiEvent.SignUp(SignUpEvent.Submit(input)))
        recorder.until("the email check") { it.screen as? Screen.CheckEmail }
        ui.dispatch(UiEvent.CheckEmail(CheckEmailEvent.Confirm(sandbox.lastCodeSentTo(email))))
        recorder.until("the payment password") { it.screen as? Screen.PaymentPassword }
        ui.dispatch(UiEvent.PaymentPassword(PaymentPasswordEvent.Submit(null, "123456", "123456")))
        val weak = recorder.until("a run refused") { (it.screen as? Screen.PaymentPassword)?.view?.password?.error }
        assertEquals("Digits counting up or down are easy to guess. Mix them up.", weak)
        ui.dispatch(UiEvent.PaymentPassword(PaymentPasswordEvent.Submit(null, "381947", "381947")))
        recorder.until("the security questions") { it.screen as? Screen.SecurityQuestions }
        ui.dispatch(UiEvent.SecurityQuestions(SecurityQuestionsEvent.Submit(listOf("Rex", "Porto", "Escola"))))
        recorder.until("home") { home(it) }
    }

    @Test
    fun `a shopper signs up, keeps a card only when ticked, and pays into escrow through the views`() = runBlocking {
        val secrets = MapSecretStore()
        val recorder = ViewRecorder()
        val ui = openApp(secrets, recorder)
        signUp(ui, recorder, "maria@example.com", "+5511900000001")
        assertTrue(secrets.values.containsKey("session"), "Rust stored the session token through the Kotlin store")

        val userId = sandbox.userIdOf(secrets.values.getValue("session"))
        sandbox.grant(userId, "150.00")
        ui.dispatch(UiEvent.Refresh)
        val balances = recorder.until("\$150.00 on home") { view -> home(view)?.balances?.takeIf { b -> b.any { it.available == "\$150.00" } } }
        assertEquals("USD", balances.first().currency)

        // A card added with the box unticked pays once and is not saved.
        ui.dispatch(UiEvent.Open(Destination.CARDS))
        recorder.until("no cards") { (it.screen as? Screen.Cards)?.view?.empty }
        ui.dispatch(UiEvent.Cards(CardsEvent.Add))
        val form = recorder.until("the card form") { (it.screen as? Screen.AddCard)?.view }
        assertFalse(form.save.checked, "the save box starts unticked")
        ui.dispatch(UiEvent.AddCard(AddCardEvent.Submit("4242 4242 4242 4242", "12/30")))
        val notice = recorder.until("the one-off notice") { view -> view.notice.takeIf { view.screen is Screen.Cards } }
        assertEquals("Visa 4242 •••• 4242 will pay this once. It is not saved to your account.", notice)
        assertFalse(secrets.values.values.any { it.contains("4242424242424242") }, "the card number is never kept")

        // Buy a phone case now and pay it from the balance.
        ui.dispatch(UiEvent.SelectTab(Tab.SHOP))
        recorder.until("the catalogue") { (it.screen as? Screen.Catalogue)?.view?.takeIf { c -> c.sellers.isNotEmpty() } }
        ui.dispatch(UiEvent.Shop(ShopEvent.OpenProduct("prd_phone_case")))
        ui.dispatch(UiEvent.Shop(ShopEvent.ChooseOption("model", "Pixel 8")))
        ui.dispatch(UiEvent.Shop(ShopEvent.ChooseOption("colour", "teal")))
        recorder.until("the case ready") { (it.screen as? Screen.Product)?.view?.takeIf { p -> p.buyNow.enabled } }
        ui.dispatch(UiEvent.Shop(ShopEvent.BuyNow))
        recorder.until("checkout") { it.screen as? Screen.Checkout }
        ui.dispatch(UiEvent.Shop(ShopEvent.PlaceOrder("", "")))
        val sources = recorder.until("the sources") { view -> pay(view)?.sources?.takeIf { it.isNotEmpty() } }
        val usd = sources.first { it.label == "USD balance" }
        ui.dispatch(UiEvent.Pay(PayEvent.Choose(usd.choice)))
        recorder.until("the quote") { view -> pay(view)?.takeIf { it.pay.enabled } }
        ui.dispatch(UiEvent.Pay(PayEvent.Confirm("111111")))
        val wrong = recorder.until("a wrong password refused") { pay(it)?.password?.error }
        assertEquals("That's not your payment password. 4 tries left before payments lock for a while.", wrong)
        ui.dispatch(UiEvent.Pay(PayEvent.Confirm("381947")))
        val paid = recorder.until("paid") { view -> pay(view)?.takeIf { it.paid != null } }
        assertEquals("\$3.99", paid.receipt.first { it.label == "Paid" }.value)

        ui.dispatch(UiEvent.Pay(PayEvent.Finish))
        val placed = recorder.until("the order") { order(it) }
        sandbox.ship(placed.id, "LP00123")
        val shipped = recorder.until("shipped, by the long poll") { view -> order(view)?.takeIf { it.status == "Shipped" } }
        assertTrue(shipped.lines.any { it.label == "Tracking number" && it.value == "LP00123" })
        sandbox.deliver(placed.id)
        recorder.until("delivered") { view -> order(view)?.takeIf { it.status == "Delivered" } }
        ui.dispatch(UiEvent.Orders(OrdersEvent.Tap(OrderButton.CONFIRM_RECEIPT)))
        recorder.until("the confirmation") { view -> order(view)?.dialog }
        ui.dispatch(UiEvent.Orders(OrdersEvent.Confirm))
        recorder.until("completed") { view -> order(view)?.takeIf { it.status == "Completed" } }
        assertTrue(sandbox.ledgerIsHealthy())

        val revisions = recorder.views.map { it.revision }
        assertEquals(revisions.sorted(), revisions, "views arrive in revision order")
        assertTrue(recorder.views.all { it.language == "en" })
        ui.close()
    }
}
