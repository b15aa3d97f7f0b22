//! The keychain-backed secret store, over keyring-core's mock store (the
//! sandbox has no kernel keyring or Secret Service): the session token of a
//! real sign-in lands there, and sign-out removes it.

use std::sync::Arc;

use pocket_core::app::{KeychainSecretStore, Pocket, PocketConfig, SecretStore};
use pocket_e2e::*;

/// keyring-core's default store is process-wide: set the mock once.
fn use_mock_keychain() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| keyring_core::set_default_store(keyring_core::mock::Store::new().unwrap()));
}

#[test]
fn put_get_and_delete_go_through_the_default_keyring_store() {
    use_mock_keychain();
    let store = KeychainSecretStore::new("app.pocket.tests.unit");
    assert_eq!(store.get("session".into()).unwrap(), None);
    store.put("session".into(), "pk_session_abc".into()).unwrap();
    assert_eq!(store.get("session".into()).unwrap().as_deref(), Some("pk_session_abc"));
    store.put("session".into(), "pk_session_def".into()).unwrap();
    assert_eq!(store.get("session".into()).unwrap().as_deref(), Some("pk_session_def"));
    store.delete("session".into()).unwrap();
    store.delete("session".into()).unwrap();
    assert_eq!(store.get("session".into()).unwrap(), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_shopper_s_session_token_lives_in_the_keychain() {
    use_mock_keychain();
    let service = TestService::start().await;
    let keychain = KeychainSecretStore::new("app.pocket.tests.e2e");
    let folder = tempfile::tempdir().unwrap();
    let mut config = PocketConfig::new(folder.path(), service.app_url());
    config.background_sync = false;
    let pocket = Pocket::open(config, Arc::new(keychain.clone())).unwrap();

    signed_in_shopper(&service, &pocket, "maria@example.com", "0.00").await;
    let token = keychain.get("session".into()).unwrap().expect("the session token is in the keychain");
    assert!(token.starts_with("pk_session_"));
    assert!(pocket.is_signed_in().unwrap());
    pocket.log_out().await.unwrap();
    assert_eq!(keychain.get("session".into()).unwrap(), None);
}
