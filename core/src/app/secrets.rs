//! Secrets: the session token, card tokens, and the payment password of a
//! payment still in the outbox. They live in the OS keychain, never in the
//! SQLite store.
//!
//! The shells choose the store: iOS (and desktop) use [`KeychainSecretStore`]
//! over the `keyring-core` ecosystem; Android passes a Keystore-backed
//! implementation of [`SecretStore`] from Kotlin through the bindings. Tests
//! use [`MemorySecretStore`].

use std::collections::HashMap;
use std::sync::Mutex;

/// The secret store failed (locked keychain, denied access, ...).
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretStoreError {
    /// The platform's store refused or failed.
    #[error("the secure store failed: {reason}")]
    Failed {
        /// What the platform said (never the secret).
        reason: String,
    },
}

/// Where the core keeps secrets. Keys are short names such as `session` or
/// `card_token:card_123`; values are small strings.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait SecretStore: Send + Sync {
    /// Stores `value` under `key`, replacing any previous value.
    fn put(&self, key: String, value: String) -> Result<(), SecretStoreError>;
    /// The value under `key`, if any.
    fn get(&self, key: String) -> Result<Option<String>, SecretStoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn delete(&self, key: String) -> Result<(), SecretStoreError>;
}

#[cfg(feature = "uniffi")]
impl From<uniffi::UnexpectedUniFFICallbackError> for SecretStoreError {
    /// A shell's store threw something it did not declare.
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        SecretStoreError::Failed { reason: error.reason }
    }
}

/// Secrets in memory, for tests: gone when dropped.
#[derive(Debug, Default)]
pub struct MemorySecretStore {
    values: Mutex<HashMap<String, String>>,
}

impl MemorySecretStore {
    /// An empty store.
    pub fn new() -> MemorySecretStore {
        MemorySecretStore::default()
    }

    /// The keys held now, sorted (for tests that check what was kept).
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.lock().keys().cloned().collect();
        keys.sort();
        keys
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.values.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl SecretStore for MemorySecretStore {
    fn put(&self, key: String, value: String) -> Result<(), SecretStoreError> {
        self.lock().insert(key, value);
        Ok(())
    }

    fn get(&self, key: String) -> Result<Option<String>, SecretStoreError> {
        Ok(self.lock().get(&key).cloned())
    }

    fn delete(&self, key: String) -> Result<(), SecretStoreError> {
        self.lock().remove(&key);
        Ok(())
    }
}

#[cfg(feature = "keychain")]
pub use keychain::KeychainSecretStore;

#[cfg(feature = "keychain")]
mod keychain {
    use super::{SecretStore, SecretStoreError};
    use keyring_core::{Entry, Error};

    /// The OS keychain through `keyring-core`: one entry per key, under a
    /// service name (the app's bundle id, say).
    ///
    /// `keyring-core` writes to whatever store is its default: call
    /// [`KeychainSecretStore::use_platform_store`] once at start-up (the
    /// Apple keychain on iOS and macOS, the kernel keyring on Linux), or
    /// `keyring_core::set_default_store` with another store (tests use
    /// `keyring_core::mock::Store`).
    #[derive(Debug, Clone)]
    pub struct KeychainSecretStore {
        service: String,
    }

    impl KeychainSecretStore {
        /// Entries under `service`.
        pub fn new(service: impl Into<String>) -> KeychainSecretStore {
            KeychainSecretStore { service: service.into() }
        }

        /// Makes the platform's secure store `keyring-core`'s default.
        pub fn use_platform_store() -> Result<(), SecretStoreError> {
            #[cfg(target_os = "ios")]
            let store = apple_native_keyring_store::protected::Store::new().map_err(failed)?;
            #[cfg(target_os = "macos")]
            let store = apple_native_keyring_store::keychain::Store::new().map_err(failed)?;
            #[cfg(all(target_os = "linux", not(target_os = "android")))]
            let store = linux_keyutils_keyring_store::Store::new().map_err(failed)?;
            #[cfg(any(target_os = "ios", target_os = "macos", all(target_os = "linux", not(target_os = "android"))))]
            {
                keyring_core::set_default_store(store);
                Ok(())
            }
            #[cfg(not(any(
                target_os = "ios",
                target_os = "macos",
                all(target_os = "linux", not(target_os = "android"))
            )))]
            Err(SecretStoreError::Failed {
                reason: "no platform keychain on this target: pass a SecretStore from the shell".into(),
            })
        }

        fn entry(&self, key: &str) -> Result<Entry, SecretStoreError> {
            match access_policy() {
                Some(policy) => {
                    let modifiers = std::collections::HashMap::from([("access-policy", policy)]);
                    Entry::new_with_modifiers(&self.service, key, &modifiers)
                }
                None => Entry::new(&self.service, key),
            }
            .map_err(failed)
        }
    }

    /// iPhones: readable once the phone has been unlocked after a restart
    /// (a push handled in the background still finds the session), and on
    /// this device only: never in a backup, never on another phone. Other
    /// platforms keep their store's default.
    fn access_policy() -> Option<&'static str> {
        cfg!(target_os = "ios").then_some("after-first-unlock-this-device-only")
    }

    fn failed(error: impl std::fmt::Display) -> SecretStoreError {
        SecretStoreError::Failed { reason: error.to_string() }
    }

    impl SecretStore for KeychainSecretStore {
        fn put(&self, key: String, value: String) -> Result<(), SecretStoreError> {
            self.entry(&key)?.set_password(&value).map_err(failed)
        }

        fn get(&self, key: String) -> Result<Option<String>, SecretStoreError> {
            match self.entry(&key)?.get_password() {
                Ok(value) => Ok(Some(value)),
                Err(Error::NoEntry) => Ok(None),
                Err(error) => Err(failed(error)),
            }
        }

        fn delete(&self, key: String) -> Result<(), SecretStoreError> {
            match self.entry(&key)?.delete_credential() {
                Ok(()) | Err(Error::NoEntry) => Ok(()),
                Err(error) => Err(failed(error)),
            }
        }
    }
}
