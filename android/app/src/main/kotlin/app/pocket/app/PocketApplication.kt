package app.pocket.app

import android.app.Application
import android.content.pm.ApplicationInfo
import app.pocket.android.PlatformTrust
import app.pocket.core.LogLevel
import app.pocket.core.setLogSink

/** Holds the process's one [PocketStore]. */
class PocketApplication : Application() {
    lateinit var store: PocketStore
        private set

    override fun onCreate() {
        super.onCreate()
        // Before the core opens, so its first lines reach logcat too; a debug build
        // shows what the core did, a release build its warnings and errors.
        val debuggable = applicationInfo.flags and ApplicationInfo.FLAG_DEBUGGABLE != 0
        setLogSink(LogcatSink(), if (debuggable) LogLevel.INFO else LogLevel.WARN)
        // HTTPS checked by Android's trust manager, before the core makes its first call.
        PlatformTrust.init(this)
        store = PocketStore(this)
        PocketMessagingService.start(this)
    }

    override fun onTerminate() {
        store.close()
        super.onTerminate()
    }
}
