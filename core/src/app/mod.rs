//! The app core: the [`Pocket`] engine (service client, offline store,
//! outbox, secrets) and, on top of it, the app's state ([`ui::PocketUi`]),
//! the one object the Android and iOS shells hold. The engine has one async
//! method per shopper action and one read per screen; its changes come back
//! through a [`PocketListener`].
//!
//! ```text
//!  shell ──action──▶ Pocket ──rules (pocket-core)──▶ refused early, explained
//!                      │
//!                      ├─ reads ──▶ service ─ok─▶ local store (screens) ──▶ shell
//!                      │              └─down─▶ last saved screen, marked stale
//!                      │
//!                      └─ money ──▶ outbox row + key saved ──▶ service (Idempotency-Key)
//!                                     ▲ retried after a failure or a restart,
//!                                     └ never after a refusal
//! ```
//!
//! Secrets (the session token, card tokens, a pending payment's password)
//! go to the [`SecretStore`], never to the SQLite file.

// Errors and outcomes cross the FFI by value (UniFFI has no `Box`), and
// they are rare next to the work around them.
#![allow(clippy::result_large_err, clippy::large_enum_variant)]

mod accounts;
mod card_processor;
mod error;
mod events;
#[cfg(feature = "uniffi")]
pub mod ffi;
mod from_wire;
mod local_store;
mod logs;
mod outbox;
#[cfg(test)]
mod platform_trust_tests;
mod reads;
mod runtime;
mod secrets;
mod service;
mod shopping;
mod support;
pub mod ui;
mod views;
mod wallet;
mod watch;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};

pub use accounts::SecurityAnswer;
pub use error::PocketError;
pub use events::{PocketEvent, PocketListener};
pub use logs::{set_log_sink, LogLevel, LogSink};
pub use reads::SavedScreens;
#[cfg(feature = "keychain")]
pub use secrets::KeychainSecretStore;
pub use secrets::{MemorySecretStore, SecretStore, SecretStoreError};
pub use shopping::{PaySource, PaymentOutcome};
pub(crate) use support::CheckedDocument;
pub use views::*;
pub use wallet::{TopUpOutcome, TopUpRequest};

use events::Listeners;
use local_store::LocalStore;
use service::ServiceClient;

/// Where the app keeps its files and which service it talks to.
#[derive(Debug, Clone)]
pub struct PocketConfig {
    /// A folder the app owns (app-private storage on the phone).
    pub data_dir: PathBuf,
    /// The service, such as `http://10.0.2.2:8080` from the Android emulator.
    pub service_url: String,
    /// The longest one request may take before it counts as unanswered.
    pub request_timeout: Duration,
    /// Run the background work: resend pending actions, listen for
    /// notifications. Tests that drive every step by hand turn it off.
    pub background_sync: bool,
}

impl PocketConfig {
    /// Defaults: 15 s per request, background work on.
    pub fn new(data_dir: impl Into<PathBuf>, service_url: impl Into<String>) -> PocketConfig {
        PocketConfig {
            data_dir: data_dir.into(),
            service_url: service_url.into(),
            request_timeout: Duration::from_secs(15),
            background_sync: true,
        }
    }
}

/// The app core. Open one per app process; every method is safe to call
/// from any thread. Dropping it stops its background work; whatever was
/// pending stays saved and resumes when it is opened again.
pub struct Pocket {
    inner: Arc<Inner>,
    background: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

/// What the methods and the background tasks share.
pub(crate) struct Inner {
    service: ServiceClient,
    store: LocalStore,
    secrets: Arc<dyn SecretStore>,
    listeners: Listeners,
    /// One money action on the wire at a time, so the caller and the
    /// background resender never send the same row concurrently.
    send_lock: tokio::sync::Mutex<()>,
    /// Wakes the background resender (new pending action, network back).
    outbox_wake: tokio::sync::Notify,
    /// Wakes the notification listener (signed in).
    session_changed: tokio::sync::Notify,
}

/// The secret store's key for the session token.
const SESSION_SECRET: &str = "session";
/// The local store's key for the signed-in shopper.
const USER_META: &str = "user_id";

impl Pocket {
    /// Opens the app core: the local store in `config.data_dir` (created
    /// if needed), the service client, and, when `config.background_sync`
    /// is on and a tokio runtime is running, the background work that sends
    /// pending actions and listens for notifications.
    pub fn open(config: PocketConfig, secrets: Arc<dyn SecretStore>) -> Result<Pocket, PocketError> {
        let store = LocalStore::open(&config.data_dir)?;
        let service = ServiceClient::new(&config.service_url, config.request_timeout).map_err(PocketError::internal)?;
        let inner = Arc::new(Inner {
            service,
            store,
            secrets,
            listeners: Listeners::default(),
            send_lock: tokio::sync::Mutex::new(()),
            outbox_wake: tokio::sync::Notify::new(),
            session_changed: tokio::sync::Notify::new(),
        });
        let pocket = Pocket { inner, background: Mutex::new(Vec::new()) };
        if config.background_sync {
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                let mut background = pocket.background.lock().unwrap_or_else(|p| p.into_inner());
                background.push(runtime.spawn(watch::resend_pending(pocket.inner.clone())));
                background.push(runtime.spawn(watch::listen_for_notifications(pocket.inner.clone())));
            }
        }
        Ok(pocket)
    }

    /// Registers the shell's listener (replacing any earlier one), or
    /// removes it with `None`.
    pub fn set_listener(&self, listener: Option<Arc<dyn PocketListener>>) {
        self.inner.listeners.set(listener);
    }

    /// Whether a shopper is signed in on this phone.
    pub fn is_signed_in(&self) -> Result<bool, PocketError> {
        Ok(self.inner.secrets.get(SESSION_SECRET.into())?.is_some())
    }
}

impl Drop for Pocket {
    fn drop(&mut self) {
        for task in self.background.lock().unwrap_or_else(|p| p.into_inner()).drain(..) {
            task.abort();
        }
    }
}

impl Inner {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    /// The session token, or `NeedsSignIn`.
    fn token(&self) -> Result<String, PocketError> {
        self.secrets.get(SESSION_SECRET.into())?.ok_or(PocketError::NeedsSignIn)
    }

    /// The signed-in shopper's id, or `NeedsSignIn`.
    fn user_id(&self) -> Result<String, PocketError> {
        self.token()?;
        self.store.meta(USER_META)?.ok_or(PocketError::NeedsSignIn)
    }
}

/// A fresh random idempotency key (128 bits, hex).
fn new_key() -> Result<String, PocketError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| PocketError::internal(format!("no randomness: {error}")))?;
    Ok(format!("pk_{}", hex::encode(bytes)))
}
