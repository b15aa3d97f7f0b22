//! The service's shared state.

use std::sync::Arc;

use pocket_core::limits::LimitPolicy;
use pocket_core::password::{LockoutPolicy, SecretHasher};

use crate::clock::Clock;
use crate::store::{Store, StoreError};

/// How the service runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Sandbox mode: the clock can move, the seller can be played, sent
    /// emails and SMS codes can be read.
    pub sandbox: bool,
    /// Spending limits.
    pub limits: LimitPolicy,
    /// How passwords and answers are hashed.
    pub hasher: SecretHasher,
    /// Wrong payment passwords before a lock.
    pub lockout: LockoutPolicy,
}

impl Config {
    /// Production-strength settings; `sandbox` as given.
    pub fn new(sandbox: bool) -> Config {
        Config {
            sandbox,
            limits: LimitPolicy::default_policy(),
            hasher: SecretHasher::production(),
            lockout: LockoutPolicy::default(),
        }
    }

    /// Sandbox settings with the cheapest password hashing, for tests.
    pub fn for_tests() -> Config {
        Config { hasher: SecretHasher::fast_for_tests(), ..Config::new(true) }
    }
}

/// Everything a request handler needs; cheap to clone.
#[derive(Clone)]
pub struct App {
    /// The database.
    pub store: Store,
    /// The (sandbox-movable) clock.
    pub clock: Clock,
    /// Settings.
    pub config: Arc<Config>,
}

impl App {
    /// Builds the app over an open store, restoring the sandbox clock.
    pub fn new(store: Store, config: Config) -> Result<App, StoreError> {
        let offset_seconds: i64 = store.with_connection(|connection| {
            connection.query_row("SELECT offset_seconds FROM sandbox_clock WHERE id = 1", [], |row| row.get(0))
        })?;
        let offset_seconds = if config.sandbox { offset_seconds } else { 0 };
        store.with_connection(|connection| -> Result<(), rusqlite::Error> {
            let tx = connection.transaction()?;
            crate::catalogue::seed(&tx)?;
            tx.commit()
        })?;
        Ok(App { store, clock: Clock::with_offset(offset_seconds), config: Arc::new(config) })
    }
}
