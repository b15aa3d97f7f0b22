package app.pocket.tests

import app.pocket.core.BuyerAction
import app.pocket.core.CartLine
import app.pocket.core.Currency
import app.pocket.core.LimitRule
import app.pocket.core.MoneyValue
import app.pocket.core.OrderStatus
import app.pocket.core.PaymentOutcome
import app.pocket.core.PaymentSource
import app.pocket.core.PocketEvent
import app.pocket.core.PocketException
import app.pocket.core.SaveCardChoice
import app.pocket.core.SignUpForm
import app.pocket.core.TopUpRail
import app.pocket.core.TopUpRequest
import app.pocket.core.VerificationLevel
import app.pocket.core.PocketApp
import app.pocket.core.PocketSettings
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.assertThrows
import java.nio.file.Files

/** The shopper's journey through the generated Kotlin bindings, against a real service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PocketJourneyTest {
    private lateinit var sandbox: Sandbox

    @BeforeAll
    fun startService() { sandbox = Sandbox() }

    @AfterAll
    fun stopService() { sandbox.close() }

    private fun usd(amount: String) = MoneyValue(amount, Currency.USD)

    private fun openApp(secrets: MapSecretStore) = PocketApp(
        PocketSettings(Files.createTempDirectory("pocket-app-").toString(), sandbox.url, 10_000uL, false),
        secrets,
    )

    /** Signs up, confirms the email and signs in: the user id. */
    private suspend fun signedIn(app: PocketApp, email: String, phone: String): String {
        val receipt = app.signUp(
            SignUpForm(email, "correct horse battery", "Maria", "Souza", "Rua Augusta 1500", phone, "123", "BR", null),
        )
        app.confirmEmail(sandbox.lastCodeSentTo(email))
        app.logIn(email, "correct horse battery")
        return receipt.userId
    }

    @Test
    fun `a shopper signs up, is told why a password or a top-up is refused, and pays into escrow`() = runBlocking {
        val secrets = MapSecretStore()
        val listener = RecordingListener()
        val app = openApp(secrets)
        app.setListener(listener)

        val userId = signedIn(app, "maria@example.com", "+5511900000001")
        assertTrue(secrets.values.containsKey("session"), "Rust stored the session token through the Kotlin store")
        assertEquals(VerificationLevel.EMAIL_CONFIRMED, app.profile().level)

        val weak = assertThrows<PocketException.InvalidInput> {
            runBlocking { app.setPaymentPassword("123456", "123456", null) }
        }
        assertEquals("sequential_run", weak.code)
        assertEquals("password", weak.field)
        app.setPaymentPassword("381947", "381947", null)

        sandbox.grant(userId, "150.00")
        val wallet = app.wallet()
        assertEquals(usd("150.00"), wallet.balances.first { it.currency == Currency.USD }.available)
        assertTrue(!wallet.freshness.stale)

        val refused = assertThrows<PocketException.LimitReached> {
            runBlocking { app.topUp(TopUpRequest(TopUpRail.WESTERN_UNION, usd("800.00"), null, null)) }
        }
        assertEquals(LimitRule.PER_PAYMENT, refused.refusal.rule)
        assertEquals(usd("500.00"), refused.refusal.left)
        assertNotNull(refused.refusal.howToRaise, "it says what would raise the limit")

        val caseLine = CartLine("prd_phone_case", mapOf("model" to "Pixel 8", "colour" to "teal"), 1u)
        val order = app.checkOut(listOf(caseLine), null, null).single()
        assertEquals(usd("3.99"), order.price)
        assertTrue(BuyerAction.PAY in order.availableActions)

        val outcome = app.pay(order.id, PaymentSource.Balance(Currency.USD), "381947")
        val paid = (outcome as PaymentOutcome.Paid).order
        assertEquals(OrderStatus.PAID, paid.status)
        assertEquals(usd("3.99"), paid.held)
        assertEquals(usd("146.01"), app.wallet().balances.first { it.currency == Currency.USD }.available)
        assertTrue(
            listener.events.any { it is PocketEvent.BalancesChanged && it.balances.any { b -> b.available == usd("146.01") } },
            "the Kotlin listener heard the new balance: ${listener.events}",
        )
        assertTrue(listener.events.any { it is PocketEvent.OrderChanged && it.orderId == order.id && it.status == OrderStatus.PAID })

        sandbox.ship(order.id, "LP00123")
        assertEquals("LP00123", app.order(order.id).trackingNumber)
        assertTrue(sandbox.ledgerIsHealthy())
    }

    @Test
    fun `a declined card is a typed refusal and nothing is left pending`() = runBlocking {
        val secrets = MapSecretStore()
        val app = openApp(secrets)
        signedIn(app, "joao@example.com", "+5511900000002")
        app.setPaymentPassword("381947", "381947", null)
        val card = app.addCard("4000 0000 0000 0002", "12/30", SaveCardChoice.DO_NOT_SAVE)
        assertEquals("4000 **** **** 0002", card.masked)
        assertTrue(secrets.values.containsKey("card_token:${card.id}"), "the card token is in the shell's store")
        val order = app.checkOut(listOf(CartLine("prd_phone_case", mapOf("model" to "Pixel 8", "colour" to "teal"), 1u)), null, null).single()

        val declined = assertThrows<PocketException.Refused> {
            runBlocking { app.pay(order.id, PaymentSource.Card(card.id), "381947") }
        }
        assertEquals("card_declined", declined.code)
        assertTrue(app.pendingActions().isEmpty(), "a refusal is final, never resent")
        assertEquals(OrderStatus.CREATED, app.order(order.id).status)
    }
}
