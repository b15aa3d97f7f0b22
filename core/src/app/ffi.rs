//! What only the bindings need (feature `uniffi`, built into the
//! `pocket-ffi` library). The shells hold a [`PocketUi`](super::ui::PocketUi);
//! every type they see is declared once in this crate, so one Kotlin
//! package and one Swift module carry them all.

/// The OS keychain as the app core's secret store (iOS and macOS: the
/// Apple keychain; desktop Linux: the kernel keyring), for shells that do
/// not bring their own. Android brings its own Keystore-backed store.
#[cfg(feature = "keychain")]
#[uniffi::export]
pub fn platform_keychain(service: String) -> Result<std::sync::Arc<dyn super::SecretStore>, super::SecretStoreError> {
    super::KeychainSecretStore::use_platform_store()?;
    Ok(std::sync::Arc::new(super::KeychainSecretStore::new(service)))
}

/// Does nothing: `make bench` times it to measure what one call across the
/// FFI costs by itself.
#[uniffi::export]
pub fn ffi_ping() -> u64 {
    1
}

/// Android: hands the platform verifier the app's context, so it can ask
/// Android's trust manager about certificates (the network security
/// config, user and enterprise CAs included). Called once, before the core
/// opens, by `PlatformTrust.init(context)` in the Android library; JNI, not
/// UniFFI, because it needs the JVM's own handles. A failure leaves HTTPS
/// refused (never unchecked) and is logged.
#[cfg(target_os = "android")]
#[no_mangle]
pub extern "system" fn Java_app_pocket_android_PlatformTrust_init<'local>(
    mut env: jni::JNIEnv<'local>,
    _class: jni::objects::JClass<'local>,
    context: jni::objects::JObject<'local>,
) {
    if let Err(error) = rustls_platform_verifier::android::init_with_env(&mut env, context) {
        tracing::error!(%error, "the platform's certificate verifier could not start; HTTPS will be refused");
    }
}
