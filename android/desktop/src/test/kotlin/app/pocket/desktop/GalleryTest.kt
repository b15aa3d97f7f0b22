package app.pocket.desktop

import app.pocket.core.Screen
import app.pocket.screens.PocketApp
import app.pocket.screens.PocketTheme
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.ByteArrayInputStream
import java.io.File
import javax.imageio.ImageIO
import kotlin.math.abs

/**
 * Every screen, drawn from the core's own views: the gallery the Rust core writes
 * (`cargo test`: fixtures through the real `update` and `view`, as the bytes a phone
 * receives), rendered phone-sized, light and dark, in English and Russian, into
 * `target/screenshots/gallery`. The few the README shows are committed in
 * `docs/gallery` and must still be what the code draws (`make screenshots` rewrites them).
 */
class GalleryTest {
    private val out = File(System.getProperty("pocket.screenshots.dir"), "gallery")
    private val committed = File(System.getProperty("pocket.gallery.dir"))
    private val rewrite = System.getProperty("pocket.gallery.write") == "true"

    /** The README's pictures: a gallery view and whether it is dark. */
    private val readme = listOf(
        "sign-up.en" to false,
        "home.en" to false,
        "pay-quote.ru" to false,
        "order.en" to false,
        "problem-limit.en" to false,
        "home.ru" to true,
    )

    private fun fileName(name: String, dark: Boolean) = "$name.${if (dark) "dark" else "light"}.png"

    @Test
    fun `every screen is rendered light and dark in English and Russian`() {
        val names = GalleryViews.folder.listFiles { file -> file.name.endsWith(".view") }.orEmpty().map { it.name.removeSuffix(".view") }.sorted()
        assertTrue(names.size >= 46, "the core wrote the gallery's views into ${GalleryViews.folder} (cargo test): ${names.size}")
        val drawn = mutableSetOf<String>()
        for (name in names) {
            val view = GalleryViews.read(name)
            drawn += view.screen::class.simpleName!!
            for (dark in listOf(false, true)) renderView(view, dark, File(out, fileName(name, dark)))
        }
        val screens = Screen::class.sealedSubclasses.map { it.simpleName!! }.toSet()
        assertEquals(screens, drawn, "every screen has a picture")
    }

    @Test
    fun `the committed gallery is what the code draws`() {
        for ((name, dark) in readme) {
            val png = renderPng { PocketTheme(dark, Roboto) { PocketApp(GalleryViews.read(name)) {} } }
            val file = File(committed, fileName(name, dark))
            if (rewrite) {
                file.parentFile.mkdirs()
                file.writeBytes(png)
            } else {
                assertTrue(file.exists(), "$file is committed (make screenshots writes it)")
                assertLooksTheSame(file.readBytes(), png, file.name)
            }
        }
    }

    /** The same picture: equal size, and at most 0.5% of pixels off by more than a shade. */
    private fun assertLooksTheSame(expected: ByteArray, actual: ByteArray, name: String) {
        val a = ImageIO.read(ByteArrayInputStream(expected))
        val b = ImageIO.read(ByteArrayInputStream(actual))
        assertEquals(a.width to a.height, b.width to b.height, "$name: size")
        var differing = 0
        for (y in 0 until a.height) for (x in 0 until a.width) {
            val p = a.getRGB(x, y)
            val q = b.getRGB(x, y)
            val off = (0..24 step 8).any { shift -> abs(((p shr shift) and 0xff) - ((q shr shift) and 0xff)) > 16 }
            if (off) differing++
        }
        assertTrue(differing <= a.width * a.height / 200, "$name differs from what the code draws in $differing pixels: run make screenshots")
    }
}
