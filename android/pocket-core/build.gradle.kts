// The Android library around the app core: the generated Kotlin bindings
// (bindings/kotlin, checked in, never edited), the native libpocket_ffi.so
// per ABI in src/main/jniLibs (`make android`), and the Keystore-backed
// SecretStore the core keeps its tokens in.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
    `maven-publish`
}

val pocketVersion: String by rootProject.extra

android {
    namespace = "app.pocket.core.android"
    compileSdk = 36
    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }
    sourceSets["main"].apply {
        kotlin.srcDirs("../../bindings/kotlin", "src/main/kotlin", "../shared-kotlin")
        jniLibs.srcDirs("src/main/jniLibs")
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
    // The release AAR with its sources, for `maven-publish` below.
    publishing {
        singleVariant("release") { withSourcesJar() }
    }
    packaging {
        // 16 KB pages (Android 15+): keep the .so uncompressed and aligned.
        jniLibs.useLegacyPackaging = false
    }
}

dependencies {
    // The generated bindings call the library through JNA; 5.17+ ships
    // libjnidispatch.so aligned for 16 KB pages on every ABI.
    api("net.java.dev.jna:jna:5.17.0@aar")
    api("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.10.2")
    // Android's trust manager for the core's HTTPS (rustls-platform-verifier's Kotlin half,
    // from its crate; settings.gradle.kts finds it). `make android` copies it beside the
    // published AAR so the POM's dependency resolves there too.
    implementation("rustls:rustls-platform-verifier:${gradle.extra["rustlsVerifierVersion"]}")
}

// `make android` publishes the AAR (with its POM, sources and consumer rules) to a Maven
// repository in android/build/maven: app.pocket:pocket-core:<version>. A developer adds
// that folder (or wherever it is copied) as a repository and depends on the coordinates.
publishing {
    publications {
        register<MavenPublication>("release") {
            groupId = "app.pocket"
            artifactId = "pocket-core"
            version = pocketVersion
            afterEvaluate { from(components["release"]) }
            pom {
                name.set("Pocket core for Android")
                description.set("Pocket's app core (Rust, through UniFFI and JNA): the app's state, flows and texts, with a Keystore-backed secret store.")
                licenses {
                    license {
                        name.set("Apache-2.0")
                        url.set("https://www.apache.org/licenses/LICENSE-2.0")
                    }
                }
            }
        }
    }
    repositories {
        maven {
            name = "local"
            url = uri(rootProject.layout.buildDirectory.dir("maven"))
        }
    }
}
