package app.pocket.app

import android.app.Application
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import app.pocket.android.KeystoreSecrets
import app.pocket.core.PocketApp
import app.pocket.core.PocketEvent
import app.pocket.core.PocketException
import app.pocket.core.PocketListener
import app.pocket.core.PocketSettings
import app.pocket.core.WalletScreen
import kotlinx.coroutines.launch

/**
 * Holds the one `PocketApp` of the process and the state the screens draw.
 * No rules here: refusals arrive as typed `PocketException`s with their
 * figures, and the core's events say when to redraw.
 */
class PocketViewModel(application: Application) : AndroidViewModel(application) {
    private val pocket = PocketApp(
        PocketSettings(
            dataDir = application.filesDir.resolve("pocket").path,
            serviceUrl = BuildConfig.POCKET_SERVICE_URL,
            requestTimeoutMs = 15_000uL,
            backgroundSync = true,
        ),
        KeystoreSecrets.store(application),
    )

    var signedIn by mutableStateOf(pocket.isSignedIn())
        private set
    var wallet by mutableStateOf<WalletScreen?>(null)
        private set
    var problem by mutableStateOf<String?>(null)
        private set

    init {
        pocket.setListener(object : PocketListener {
            override fun onEvent(event: PocketEvent) {
                if (event is PocketEvent.SignedOut) signedIn = false else refreshWallet()
            }
        })
        if (signedIn) refreshWallet()
    }

    fun logIn(email: String, password: String) = viewModelScope.launch {
        problem = try {
            pocket.logIn(email, password)
            signedIn = true
            refreshWallet()
            null
        } catch (error: PocketException) {
            error.message
        }
    }

    fun refreshWallet() {
        viewModelScope.launch {
            try {
                wallet = pocket.wallet() // one call draws the whole screen
            } catch (error: PocketException) {
                problem = error.message
            }
        }
    }
}
