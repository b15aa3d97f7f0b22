//! The service's shared state.

use std::sync::Arc;

use pocket_core::limits::LimitPolicy;
use std::sync::OnceLock;

use pocket_core::password::{LockoutPolicy, PasswordHash, SecretHasher, ThrottlePolicy};

use crate::clock::Clock;
use crate::edges::Edges;
use crate::http::listen::ConnectionLimits;
use crate::service_key::ServiceKey;
use crate::store::{Store, StoreError};

/// When a login session ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// Unused for this long, a session ends.
    pub idle_hours: i64,
    /// Used or not, a session ends this long after sign-in.
    pub lifetime_days: i64,
}

impl Default for SessionPolicy {
    /// A week unused, or 30 days after sign-in. Every payment still asks
    /// for the payment password, so a phone left signed in cannot pay.
    fn default() -> Self {
        SessionPolicy { idle_hours: 7 * 24, lifetime_days: 30 }
    }
}

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
    /// Wrong logins per account.
    pub login_per_account: ThrottlePolicy,
    /// Wrong logins per client address.
    pub login_per_address: ThrottlePolicy,
    /// When sessions end.
    pub sessions: SessionPolicy,
    /// What one-time codes are hashed with; kept outside the database.
    pub service_key: ServiceKey,
    /// How long a client may take to send a request, and how many may be
    /// connected at once.
    pub connections: ConnectionLimits,
}

impl Config {
    /// Production-strength settings; `sandbox` as given.
    pub fn new(sandbox: bool) -> Config {
        Config {
            sandbox,
            limits: LimitPolicy::default_policy(),
            hasher: SecretHasher::production(),
            lockout: LockoutPolicy::default(),
            login_per_account: ThrottlePolicy::per_account(),
            login_per_address: ThrottlePolicy::per_address(),
            sessions: SessionPolicy::default(),
            service_key: ServiceKey::random(),
            connections: ConnectionLimits::default(),
        }
    }

    /// Sandbox settings with the cheapest password hashing, for tests.
    pub fn for_tests() -> Config {
        Config { hasher: SecretHasher::fast_for_tests(), ..Config::new(true) }
    }
}

/// How many passwords may be hashed at once: every core but one.
fn hashing_slots() -> usize {
    let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(1);
    cores.saturating_sub(1).max(1)
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
    /// Email, SMS and pushes: the sandbox's or the real ones.
    pub edges: Edges,
    /// A hash of no password, checked when a login names an unknown email so
    /// that it costs the same time as a known one.
    no_account_hash: Arc<OnceLock<PasswordHash>>,
    /// Password hashing takes at most all cores but one, so a storm of
    /// logins leaves a core to answer everyone else.
    hashing: Arc<tokio::sync::Semaphore>,
}

impl App {
    /// Builds the app over an open store with its edges to the world,
    /// restoring the sandbox clock.
    pub fn new(store: Store, config: Config, edges: Edges) -> Result<App, StoreError> {
        let offset_seconds: i64 = store.with_connection(|connection| {
            connection.query_row("SELECT offset_seconds FROM sandbox_clock WHERE id = 1", [], |row| row.get(0))
        })?;
        let offset_seconds = if config.sandbox { offset_seconds } else { 0 };
        // Another process may be seeding at the same moment: the
        // transaction sees its seed whole or not at all.
        store.with_connection(|connection| connection.in_transaction(crate::catalogue::seed))?;
        Ok(App {
            store,
            clock: Clock::with_offset(offset_seconds),
            config: Arc::new(config),
            edges,
            no_account_hash: Arc::new(OnceLock::new()),
            hashing: Arc::new(tokio::sync::Semaphore::new(hashing_slots())),
        })
    }

    /// Runs Argon2 (or any slow work) on a blocking thread, never while the
    /// database is held, and on all cores but one at most: a storm of logins
    /// must not slow others' reads.
    pub async fn off_the_lock<T: Send + 'static>(&self, work: impl FnOnce(&App) -> T + Send + 'static) -> T {
        let _slot = self.hashing.acquire().await.expect("the hashing semaphore is never closed");
        let app = self.clone();
        tokio::task::spawn_blocking(move || work(&app)).await.expect("hashing does not panic")
    }

    /// The stand-in hash for logins to an unknown email.
    pub fn no_account_hash(&self) -> PasswordHash {
        self.no_account_hash
            .get_or_init(|| self.config.hasher.hash("no account has this password").expect("constant parameters hash"))
            .clone()
    }
}
