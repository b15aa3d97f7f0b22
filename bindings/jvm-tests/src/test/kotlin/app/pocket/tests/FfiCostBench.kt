package app.pocket.tests

import app.pocket.core.AppView
import app.pocket.core.CheckEmailEvent
import app.pocket.core.Destination
import app.pocket.core.FfiConverterTypeAppView
import app.pocket.core.PaymentPasswordEvent
import app.pocket.core.PocketSettings
import app.pocket.core.PocketUi
import app.pocket.core.Screen
import app.pocket.core.SecurityQuestionsEvent
import app.pocket.core.ShopEvent
import app.pocket.core.SignUpEvent
import app.pocket.core.SignUpInput
import app.pocket.core.UiEvent
import app.pocket.core.ViewObserver
import app.pocket.core.ffiPing
import app.pocket.testing.MapSecretStore
import app.pocket.testing.Sandbox
import java.nio.file.Files
import java.sql.DriverManager
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test

/**
 * `make bench` only (-Dpocket.bench=true), printed, never asserted: what one call into
 * the core costs; how long a local event takes from `dispatch` to the observer's new
 * view; how big typical views are; and the cold open of an app whose store holds
 * 100,000 history rows, to the first home view.
 */
class FfiCostBench {
    /** Stamps each view with when it arrived. */
    private class Arrivals : ViewObserver {
        val views = LinkedBlockingQueue<Pair<Long, AppView>>()
        override fun onView(view: AppView) { views.add(System.nanoTime() to view) }
        fun next(): Pair<Long, AppView> = views.poll(20, TimeUnit.SECONDS) ?: error("no view came")
        fun until(pick: (AppView) -> Boolean): Pair<Long, AppView> {
            while (true) { val arrival = next(); if (pick(arrival.second)) return arrival }
        }
    }

    private fun settings(dataDir: String, url: String) = PocketSettings(dataDir, url, 10_000uL, true)

    private fun percentile(sortedNs: List<Long>, p: Double) = sortedNs[((sortedNs.size - 1) * p).toInt()] / 1_000.0

    @Test
    fun `measure the FFI, local events, view sizes and the cold open`() = runBlocking {
        assumeTrue(System.getProperty("pocket.bench") == "true", "benchmarks run with make bench")
        Sandbox().use { sandbox ->
            val calls = 200_000
            repeat(20_000) { ffiPing() }
            val started = System.nanoTime()
            repeat(calls) { ffiPing() }
            println("BENCH one FFI call from Kotlin (ffiPing):                    ${(System.nanoTime() - started) / calls} ns")

            val dataDir = Files.createTempDirectory("pocket-bench-").toString()
            val secrets = MapSecretStore()
            val arrivals = Arrivals()
            val ui = PocketUi.open(settings(dataDir, sandbox.url), secrets, "en-US", "UTC", arrivals)
            arrivals.until { it.screen is Screen.Welcome }

            // A local event: open a screen and go back, no network. Dispatch to view.
            val latencies = ArrayList<Long>()
            repeat(3_000) { round ->
                val sent = System.nanoTime()
                ui.dispatch(if (round % 2 == 0) UiEvent.Open(Destination.SIGN_UP) else UiEvent.Back)
                val wanted = if (round % 2 == 0) Screen.SignUp::class else Screen.Welcome::class
                val (arrived, _) = arrivals.until { wanted.isInstance(it.screen) }
                if (round >= 500) latencies.add(arrived - sent)
            }
            latencies.sort()
            println("BENCH local event, dispatch to the observer's view:          p50 ${"%.0f".format(percentile(latencies, 0.5))} us, p99 ${"%.0f".format(percentile(latencies, 0.99))} us (${latencies.size} events)")

            // A shopper with 200 movements of money and a cart of 20 lines.
            ui.dispatch(UiEvent.Open(Destination.SIGN_UP))
            val email = "bench@example.com"
            ui.dispatch(UiEvent.SignUp(SignUpEvent.Submit(SignUpInput(email, "correct horse battery", "B", "M", "1 Loop", "+5511900000009", "1", "BR", "en"))))
            arrivals.until { it.screen is Screen.CheckEmail }
            ui.dispatch(UiEvent.CheckEmail(CheckEmailEvent.Confirm(sandbox.lastCodeSentTo(email))))
            arrivals.until { it.screen is Screen.PaymentPassword }
            ui.dispatch(UiEvent.PaymentPassword(PaymentPasswordEvent.Submit(null, "381947", "381947")))
            arrivals.until { it.screen is Screen.SecurityQuestions }
            ui.dispatch(UiEvent.SecurityQuestions(SecurityQuestionsEvent.Submit(listOf("a", "b", "c"))))
            arrivals.until { it.screen is Screen.Home }
            val userId = sandbox.userIdOf(secrets.values.getValue("session"))
            repeat(200) { sandbox.grant(userId, "1.00") }
            ui.dispatch(UiEvent.Refresh)
            val (_, home) = arrivals.until { v -> (v.screen as? Screen.Home)?.view?.balances?.any { it.available == "\$200.00" } == true }
            ui.dispatch(UiEvent.Open(Destination.HISTORY))
            val (_, history) = arrivals.until { v -> ((v.screen as? Screen.History)?.view?.entries?.size ?: 0) >= 200 }
            ui.dispatch(UiEvent.Open(Destination.CATALOGUE))
            arrivals.until { v -> (v.screen as? Screen.Catalogue)?.view?.sellers?.isNotEmpty() == true }
            val lines = listOf("iPhone 15", "Pixel 8", "Galaxy S24").flatMap { model -> listOf("teal", "black", "coral").map { "prd_phone_case" to mapOf("model" to model, "colour" to it) } } +
                listOf("grey", "red").map { "prd_usb_cable" to mapOf("colour" to it) } +
                listOf("S", "M", "L", "XL").flatMap { size -> listOf("cream", "moss").map { "prd_cardigan" to mapOf("size" to size, "colour" to it) } } +
                listOf("rust").map { "prd_scarf" to mapOf("colour" to it) }
            for ((product, options) in lines.take(20)) {
                ui.dispatch(UiEvent.Shop(ShopEvent.OpenProduct(product)))
                options.forEach { (name, value) -> ui.dispatch(UiEvent.Shop(ShopEvent.ChooseOption(name, value))) }
                ui.dispatch(UiEvent.Shop(ShopEvent.AddToCart))
                ui.dispatch(UiEvent.Back)
            }
            ui.dispatch(UiEvent.Open(Destination.CART))
            val (_, cart) = arrivals.until { v -> (v.screen as? Screen.Cart)?.view?.parcels?.sumOf { it.lines.size } == 20 }
            fun size(view: AppView) = FfiConverterTypeAppView.allocationSize(view)
            println("BENCH view size: home ${size(home)} bytes, cart with 20 lines ${size(cart)} bytes, history with 200 entries ${size(history)} bytes")
            ui.dispatch(UiEvent.SelectTab(app.pocket.core.Tab.HOME))
            arrivals.until { it.screen is Screen.Home }
            Thread.sleep(500) // let the state be saved
            ui.close()

            // The phone's store grows to 100,000 history rows.
            DriverManager.getConnection("jdbc:sqlite:$dataDir/pocket-app.sqlite3").use { db ->
                val entries = (1..100_000).joinToString(",", "[", "]") { i ->
                    """{"journal_id":$i,"kind":"payment","direction":"out","amount":{"amount":"3.99","currency":"USD"},"at":"2026-11-20T15:00:00Z","reference":"ord_$i","receipt":"/v1/orders/ord_$i/receipt","source":"balance"}"""
                }
                db.prepareStatement("INSERT OR REPLACE INTO screens (name, body, fetched_at) VALUES ('history', ?, '2026-11-20T15:00:00+00:00')").use {
                    it.setString(1, entries)
                    it.executeUpdate()
                }
            }

            // Cold opens: from PocketUi.open to the first home view with the saved balances.
            val opens = ArrayList<Long>()
            repeat(21) {
                val observer = Arrivals()
                val begun = System.nanoTime()
                val reopened = PocketUi.open(settings(dataDir, sandbox.url), secrets, "en-US", "UTC", observer)
                val (arrived, _) = observer.until { v -> (v.screen as? Screen.Home)?.view?.balances?.isNotEmpty() == true }
                opens.add(arrived - begun)
                reopened.close()
            }
            val first = opens.removeAt(0)
            opens.sort()
            println("BENCH cold open on a store with 100,000 history rows, to the first home view: first ${"%.1f".format(first / 1e6)} ms, then p50 ${"%.1f".format(opens[opens.size / 2] / 1e6)} ms over ${opens.size}")
        }
    }
}
