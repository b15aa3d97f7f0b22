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
