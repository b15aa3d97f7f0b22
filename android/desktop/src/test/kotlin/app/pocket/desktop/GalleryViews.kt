package app.pocket.desktop

import app.pocket.core.AppView
import app.pocket.core.FfiConverterTypeAppView
import java.io.File
import java.nio.ByteBuffer

/**
 * The views the core's gallery wrote (`pocket.views`, by `cargo test`), each the bytes
 * UniFFI sends: what the screens draw in the gallery and the UI tests.
 */
object GalleryViews {
    /** The folder they are in. */
    val folder = File(System.getProperty("pocket.views"))

    /** The view named `name` (`pay-over-limit.en`), as the core made it. */
    fun read(name: String): AppView =
        FfiConverterTypeAppView.read(ByteBuffer.wrap(File(folder, "$name.view").readBytes()))
}
