package app.pocket.app

import android.app.Application

/** Holds the process's one [PocketStore]. */
class PocketApplication : Application() {
    lateinit var store: PocketStore
        private set

    override fun onCreate() {
        super.onCreate()
        store = PocketStore(this)
        PocketMessagingService.start(this)
    }

    override fun onTerminate() {
        store.close()
        super.onTerminate()
    }
}
