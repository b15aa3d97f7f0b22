// The Android app: `pocket-core` wraps the generated Kotlin bindings and the
// native library (built by `make android`); `app` draws the screens.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "Pocket"
include(":pocket-core", ":app")
