package app.pocket.testing

import app.pocket.core.AppView
import app.pocket.core.SecretStore
import app.pocket.core.ViewObserver
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.mapNotNull
import kotlinx.coroutines.withTimeout
import java.io.File
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.util.UUID
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit

/** A real pocket-server in sandbox mode on a free port, with its own data folder. */
class Sandbox : AutoCloseable {
    private val dataDir: File = Files.createTempDirectory("pocket-jvm-").toFile()
    private val process: Process
    val url: String
    private val http = HttpClient.newHttpClient()

    init {
        val binary = System.getProperty("pocket.server") ?: error("run through Maven: -Dpocket.server is not set")
        process = ProcessBuilder(binary, "serve", "--sandbox", "--data-dir", dataDir.path, "--listen", "127.0.0.1:0")
            .redirectErrorStream(true)
            .start()
        val lines = process.inputStream.bufferedReader()
        var found: String? = null
        while (found == null) {
            val line = lines.readLine() ?: error("pocket-server exited before listening")
            found = Regex("listening on (http://\\S+)").find(line)?.groupValues?.get(1)
        }
        url = found
        // Keep draining its output so it never blocks on a full pipe. The
        // stream closes under the reader when the service exits on close().
        Thread { runCatching { lines.forEachLine { } } }.apply { isDaemon = true }.start()
    }

    /** The latest one-time value (email token or SMS code) sent to [recipient]. */
    fun lastCodeSentTo(recipient: String): String {
        val body = get("/v1/sandbox/messages?recipient=" + recipient.replace("+", "%2B"))
        // Newest first.
        return Regex("\"code\":\"([^\"]+)\"").findAll(body).first().groupValues[1]
    }

    /** The id of the shopper whose session token this is. */
    fun userIdOf(sessionToken: String): String {
        val body = send(HttpRequest.newBuilder(URI("$url/v1/me")).header("authorization", "Bearer $sessionToken").GET())
        return Regex("\"user_id\":\"([^\"]+)\"").find(body)!!.groupValues[1]
    }

    /** Credits test money to a shopper. */
    fun grant(userId: String, amount: String, currency: String = "USD") {
        post("/v1/sandbox/grant", """{"user_id":"$userId","amount":{"amount":"$amount","currency":"$currency"}}""")
    }

    /** As the seller: ship with a tracking number. */
    fun ship(orderId: String, trackingNumber: String) {
        post("/v1/sandbox/orders/$orderId/ship", """{"tracking_number":"$trackingNumber"}""")
    }

    /** As the carrier: deliver. */
    fun deliver(orderId: String) {
        post("/v1/sandbox/orders/$orderId/deliver", "{}")
    }

    /** The id of the shopper's order from [sellerId] (the newest). */
    fun orderIdOf(sessionToken: String, sellerId: String): String {
        val body = send(HttpRequest.newBuilder(URI("$url/v1/orders")).header("authorization", "Bearer $sessionToken").GET())
        // An order answer starts with its id, then its seller (pocket_core::contract::shop::Order).
        val order = Regex("\"id\":\"(ord_[^\"]+)\",\"seller_id\":\"([^\"]+)\"").findAll(body)
            .firstOrNull { it.groupValues[2] == sellerId }
        return order?.groupValues?.get(1) ?: error("no order from $sellerId in $body")
    }

    /** A shopper signed up and confirmed by the sandbox, for a transfer to reach. */
    fun createShopper(email: String, phone: String) {
        post(
            "/v1/accounts",
            """{"email":"$email","password":"correct horse battery","given_name":"Joao","family_name":"Lima","address":"Rua 2","phone":"$phone","national_id":"2","country":"BR"}""",
        )
        post("/v1/accounts/confirm-email", """{"token":"${lastCodeSentTo(email)}"}""")
    }

    /** Moves the sandbox clock forward. */
    fun advanceDays(days: Int) {
        post("/v1/sandbox/clock/advance", """{"days":$days}""")
    }

    /** As support: resolves a dispute with a full refund. */
    fun refundInFull(orderId: String) {
        post("/v1/sandbox/orders/$orderId/resolve-dispute", """{"resolution":{"kind":"full_refund"}}""")
    }

    /** The ledger check over the whole database. */
    /** Approves, as the reviewer, the identity verification the shopper of [sessionToken] sent. */
    fun approveVerification(sessionToken: String) {
        val body = send(HttpRequest.newBuilder(URI("$url/v1/me/verification")).header("authorization", "Bearer $sessionToken").GET())
        val requestId = Regex("\"request_id\":\"([^\"]+)\"").find(body)!!.groupValues[1]
        post("/v1/sandbox/verifications/$requestId/review", "{\"decision\":\"approve\"}")
    }

    /** Answers, as support, the newest support case of the shopper of [sessionToken]. */
    fun answerNewestCase(sessionToken: String, message: String) {
        val body = send(HttpRequest.newBuilder(URI("$url/v1/support/cases")).header("authorization", "Bearer $sessionToken").GET())
        val caseId = Regex("\"id\":\"(case_[^\"]+)\"").find(body)!!.groupValues[1]
        post("/v1/sandbox/support/cases/$caseId/reply", "{\"message\":\"$message\",\"outcome\":\"answer\"}")
    }

    fun ledgerIsHealthy(): Boolean = get("/v1/admin/ledger/check").contains("\"healthy\":true")

    private fun get(path: String): String = send(HttpRequest.newBuilder(URI(url + path)).GET())

    private fun post(path: String, json: String): String = send(
        HttpRequest.newBuilder(URI(url + path))
            .header("content-type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(json)),
    )

    private fun send(request: HttpRequest.Builder): String {
        val response = http.send(request.build(), HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() in 200..299) { "${response.uri()} answered ${response.statusCode()}: ${response.body()}" }
        return response.body()
    }

    override fun close() {
        process.destroy()
        process.waitFor(10, TimeUnit.SECONDS)
        dataDir.deleteRecursively()
    }
}

/** The shell's secret store, in Kotlin: Rust calls it for the session token and card tokens. */
class MapSecretStore : SecretStore {
    val values = ConcurrentHashMap<String, String>()
    override fun put(key: String, value: String) { values[key] = value }
    override fun get(key: String): String? = values[key]
    override fun delete(key: String) { values.remove(key) }
}

/** The shell's observer, in Kotlin: keeps every view the core sends, in order. */
class ViewRecorder : ViewObserver {
    val views = CopyOnWriteArrayList<AppView>()
    private val latest = MutableStateFlow<AppView?>(null)

    override fun onView(view: AppView) {
        views.add(view)
        latest.value = view
    }

    /** Waits (up to 20 s) until the newest view gives [pick] something. */
    suspend fun <T : Any> until(what: String, pick: (AppView) -> T?): T = try {
        withTimeout(20_000) { latest.mapNotNull { view -> view?.let(pick) }.first() }
    } catch (timeout: TimeoutCancellationException) {
        throw AssertionError("never saw $what; the last view was ${latest.value}")
    }
}
