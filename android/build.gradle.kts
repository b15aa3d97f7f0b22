// Versions: Kotlin 2.3.21 (the desktop harness's, android/desktop/pom.xml), with its
// Compose compiler plugin; the Android Gradle Plugin for compileSdk 36.
plugins {
    id("com.android.application") version "8.13.0" apply false
    id("com.android.library") version "8.13.0" apply false
    id("org.jetbrains.kotlin.android") version "2.3.21" apply false
    id("org.jetbrains.kotlin.plugin.compose") version "2.3.21" apply false
}

// The one version of Pocket: the workspace's, in Cargo.toml (the app's versionName, the
// published AAR's version, the XCFramework's in `make ios`).
val pocketVersion: String by extra(
    Regex("""\[workspace\.package\][^\[]*?\nversion = "([^"]+)"""")
        .find(rootDir.resolve("../Cargo.toml").readText())
        ?.groupValues?.get(1)
        ?: error("no [workspace.package] version in Cargo.toml"),
)
