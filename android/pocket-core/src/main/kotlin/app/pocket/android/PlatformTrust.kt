package app.pocket.android

import android.content.Context

/**
 * The core checks HTTPS certificates with Android's trust manager (rustls-platform-verifier):
 * the app's network security config, user and enterprise CAs count as they do for the
 * platform's own connections. The verifier reaches the JVM through the app's context,
 * handed over here once, before the core opens (`PocketApplication.onCreate`).
 */
object PlatformTrust {
    init {
        // The same library the bindings load through JNA; this makes its JNI entry visible.
        System.loadLibrary("pocket_ffi")
    }

    /** Gives the core's verifier the application context. */
    @JvmStatic
    external fun init(context: Context)
}
