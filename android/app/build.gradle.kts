// The Pocket app: the Compose screens of android/screens (the same sources the desktop
// harness compiles, renders and UI-tests on Linux), drawing the view `PocketUi` sends.
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

android {
    namespace = "app.pocket.app"
    compileSdk = 36
    defaultConfig {
        applicationId = "app.pocket.app"
        // 26: java.time (the bindings' Instant) without core-library desugaring.
        minSdk = 26
        targetSdk = 36
        versionCode = 1
        versionName = rootProject.extra["pocketVersion"] as String
        // The sandbox service on the developer's machine, seen from the emulator.
        buildConfigField("String", "POCKET_SERVICE_URL", "\"http://10.0.2.2:8080\"")
        // Pushes: the Firebase project's ids from gradle.properties (pocket.fcm.*); empty
        // leaves FCM off and the app on the long poll.
        for ((field, property) in listOf(
            "FCM_APPLICATION_ID" to "pocket.fcm.applicationId",
            "FCM_PROJECT_ID" to "pocket.fcm.projectId",
            "FCM_API_KEY" to "pocket.fcm.apiKey",
            "FCM_SENDER_ID" to "pocket.fcm.senderId",
        )) {
            buildConfigField("String", field, "\"${project.findProperty(property) ?: ""}\"")
        }
    }
    sourceSets["main"].kotlin.srcDirs("src/main/kotlin", "../screens")
    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"))
            // A release talks to a real service: set it here before shipping.
            buildConfigField("String", "POCKET_SERVICE_URL", "\"https://api.pocket.invalid\"")
            signingConfig = signingConfigs.getByName("debug")
        }
    }
    buildFeatures {
        compose = true
        buildConfig = true
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
}

// The Jetpack versions Compose Multiplatform 1.12.2 (the desktop harness) tracks:
// Compose 1.12.1 and Material 3 1.4.0, so what compiles there compiles here.
val compose = "1.12.1"
dependencies {
    implementation(project(":pocket-core"))
    implementation("androidx.compose.runtime:runtime:$compose")
    implementation("androidx.compose.ui:ui:$compose")
    implementation("androidx.compose.foundation:foundation:$compose")
    implementation("androidx.compose.material3:material3:1.4.0")
    // The Material icons (tabs, back); the desktop harness uses JetBrains' build of the same.
    implementation("androidx.compose.material:material-icons-core:1.7.8")
    implementation("androidx.activity:activity-compose:1.11.0")
    // A bank's confirmation page (3-D Secure) opens in a Custom Tab.
    implementation("androidx.browser:browser:1.9.0")
    implementation("com.google.firebase:firebase-messaging:24.1.0")
}
