package app.pocket.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import app.pocket.core.UiEvent

/** One activity; every screen is drawn from the core's view. */
class MainActivity : ComponentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val store = (application as PocketApplication).store
        onBackPressedDispatcher.addCallback(this, object : OnBackPressedCallback(true) {
            override fun handleOnBackPressed() {
                if (store.view.value?.canGoBack == true || store.view.value?.problem != null) {
                    store.send(UiEvent.Back)
                } else {
                    isEnabled = false
                    onBackPressedDispatcher.onBackPressed()
                    isEnabled = true
                }
            }
        })
        setContent {
            MaterialTheme {
                val view by store.view.collectAsState()
                LaunchedEffect(view?.secure) {
                    if (view?.secure == true) {
                        window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
                    } else {
                        window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
                    }
                }
                PocketScreens(view, store::send)
            }
        }
    }

    override fun onStart() {
        super.onStart()
        (application as PocketApplication).store.send(UiEvent.Foreground)
    }
}
