// The Android app: `pocket-core` wraps the generated Kotlin bindings and the
// native library (built by `make android`); `app` draws the screens.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
// The Kotlin half of rustls-platform-verifier (the core's certificate checks through
// Android's trust manager) ships inside its crate as a Maven repository; cargo says where
// the crate is and which version it is.
val rustlsVerifier: Map<String, Any> = run {
    val metadata = providers.exec {
        workingDir = rootDir.resolve("..")
        commandLine(
            "cargo", "metadata", "--format-version", "1", "--filter-platform", "aarch64-linux-android",
            "--manifest-path", "core/Cargo.toml",
        )
    }.standardOutput.asText.get()
    @Suppress("UNCHECKED_CAST")
    val packages = (groovy.json.JsonSlurper().parseText(metadata) as Map<String, Any>)["packages"] as List<Map<String, Any>>
    packages.first { it["name"] == "rustls-platform-verifier-android" }
}
gradle.extra["rustlsVerifierRepository"] = File(rustlsVerifier["manifest_path"] as String).parentFile.resolve("maven")
gradle.extra["rustlsVerifierVersion"] = rustlsVerifier["version"] as String

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri(gradle.extra["rustlsVerifierRepository"] as File)
            metadataSources { artifact() }
        }
    }
}
rootProject.name = "Pocket"
include(":pocket-core", ":app")
