//! The PostgreSQL store: for deployments that outgrow one machine, several
//! stateless service processes over one database.
//!
//! The driver is tokio-postgres with a deadpool pool, running on a small
//! runtime of its own. The domain code is synchronous (it runs one
//! transaction on a blocking thread, as over SQLite), so that thread waits
//! for each statement; the pool's connections never run on the service's
//! request threads. Statements that answer nothing the code reads
//! (`BEGIN`, `SAVEPOINT`, `RELEASE`, the shopper's claim, and writes whose
//! count is not read: `Db::execute_unread`) travel with the next one.
//!
//! Every commit that changed rows is announced to every process
//! (`pg_changes.rs`), so a long-poll wakes for a change made through any
//! process.
//!
//! Every write runs at `REPEATABLE READ` (snapshot isolation): it sees one
//! snapshot, and if it updates a row that another transaction changed
//! after that snapshot, PostgreSQL refuses it with a serialization failure
//! and the store runs it again from the start on a fresh snapshot. That is
//! what keeps a balance from being overdrawn by two processes at once (both
//! debit the shopper's ledger row), an order's state from being lost (both
//! write its row) and a lockout count from being lost (both write the
//! user's row). Two runs of one Idempotency-Key both insert its record:
//! the second meets a unique violation and runs again, then replays.
//!
//! Snapshot isolation lets two transactions that each read what the other
//! writes, but write different rows, both commit (write skew). The rules
//! that count a shopper's rows (spending limits, the five bound cards)
//! first claim the shopper ([`Db::claim_shopper`], an update of her row),
//! so her transactions take turns. `SERIALIZABLE` would need no claims,
//! but on the indexes a payment touches its page-level predicate locks
//! made most concurrent payments of different shoppers fail and run again
//! (about 4.5 runs a payment in the bench; 0.11 of pgbench against 0.38).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use super::pg_changes::Changes;
use super::pg_session::{wait_on, PgSession};
use super::sql::Db;
use super::values::{SqlError, Value};
use super::StoreError;

/// The advisory lock processes starting together take turns on while
/// migrating.
const MIGRATING_LOCK: i64 = 7411;

/// Connections each service process keeps open at most.
const POOL_CONNECTIONS: usize = 16;

/// The PostgreSQL store's handle, cheap to clone.
#[derive(Clone)]
pub(super) struct PgStore {
    pool: deadpool_postgres::Pool,
    /// The driver's runtime, kept alive as long as a handle is.
    runtime: Arc<DriverRuntime>,
    /// Write transactions committed by this process.
    pub(super) commits: Arc<std::sync::atomic::AtomicU64>,
    /// Told of each commit that changed rows.
    changes: Arc<Changes>,
}

impl PgStore {
    /// Connects to `url` (a `postgres://` URL or `host=... dbname=...`
    /// key-value string) and migrates the database. `changed` is woken
    /// whenever any process commits a change.
    pub(super) fn connect(url: &str, changed: Arc<tokio::sync::Notify>) -> Result<PgStore, StoreError> {
        let config: tokio_postgres::Config = url.parse().map_err(|e| StoreError::Postgres(format!("{e}")))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pocket-postgres")
            .enable_all()
            .build()?;
        let changes = Changes::start(config.clone(), changed, runtime.handle());
        let manager = deadpool_postgres::Manager::from_config(
            config,
            tokio_postgres::NoTls,
            deadpool_postgres::ManagerConfig { recycling_method: deadpool_postgres::RecyclingMethod::Fast },
        );
        let pool = deadpool_postgres::Pool::builder(manager)
            .max_size(POOL_CONNECTIONS)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| StoreError::Postgres(e.to_string()))?;
        let store = PgStore { pool, runtime: Arc::new(DriverRuntime(Some(runtime))), commits: Arc::default(), changes };
        store.migrate()?;
        Ok(store)
    }

    /// A pooled connection, outside any transaction, for a store's
    /// blocking thread (`true`) or any other.
    fn session(&self, on_blocking_thread: bool) -> Result<PgSession, StoreError> {
        let pool = self.pool.clone();
        let client = wait_on(self.runtime.handle(), async move { pool.get().await })
            .map_err(|e| StoreError::Postgres(format!("no database connection: {e}")))?;
        Ok(PgSession::new(client, self.runtime.handle().clone(), self.changes.clone(), on_blocking_thread))
    }

    /// Applies the migrations not applied yet, holding an advisory lock so
    /// processes starting together apply each once.
    fn migrate(&self) -> Result<(), StoreError> {
        let session = self.session(false)?;
        session.execute_batch(&format!(
            "SELECT pg_advisory_lock({MIGRATING_LOCK});
             CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        ))?;
        let migrated = (|| {
            // Times are RFC 3339 text compared as text, and ids sort as
            // bytes: a collation that orders text by language would
            // misorder them.
            let collation = session
                .query("SELECT CAST(datcollate AS TEXT) FROM pg_database WHERE datname = current_database()", vec![])?;
            if let Some(Value::Text(collation)) = collation.first().and_then(|row| row.values().first().cloned()) {
                if !matches!(collation.as_str(), "C" | "POSIX" | "C.UTF-8" | "C.utf8") {
                    return Err(StoreError::Postgres(format!(
                        "the database orders text by the {collation} collation; Pocket compares times and ids as text \
                         and needs the C collation: CREATE DATABASE pocket LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
                    )));
                }
            }
            for (name, sqlite) in super::MIGRATIONS {
                let applied = session
                    .query("SELECT 1 FROM schema_migrations WHERE name = $1", vec![Value::Text(name.to_string())])?;
                if applied.is_empty() {
                    // The migration and its record commit together.
                    let schema = postgres_schema(sqlite);
                    session.execute_batch(&format!(
                        "BEGIN; {schema}; INSERT INTO schema_migrations (name) VALUES ('{name}'); COMMIT"
                    ))?;
                }
            }
            Ok::<(), StoreError>(())
        })();
        session.execute_batch(&format!("SELECT pg_advisory_unlock({MIGRATING_LOCK})"))?;
        migrated
    }

    /// Runs `work` as one transaction, again from the start after a
    /// serialization failure. It waits for each statement: the store calls
    /// it on a blocking thread.
    pub(super) fn write<T, E: From<StoreError>>(&self, mut work: impl FnMut(&Db) -> Result<T, E>) -> Result<T, E> {
        let session = self.session(true).map_err(E::from)?;
        // A panic is the write's error, as on the SQLite writer; the
        // transaction is rolled back like any other failed run.
        let outcome = Db::postgres_transaction(
            &session,
            |db| {
                catch_unwind(AssertUnwindSafe(|| work(db)))
                    .unwrap_or_else(|_| Err(E::from(StoreError::Task("a write panicked and was rolled back".into()))))
            },
            store_error::<E>,
        );
        if outcome.is_ok() {
            self.commits.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        outcome
    }

    /// Runs read-only `work` in one `REPEATABLE READ` snapshot. It waits
    /// for each statement: the store calls it on a blocking thread.
    pub(super) fn read<T, E: From<StoreError>>(&self, work: impl FnOnce(&Db) -> Result<T, E>) -> Result<T, E> {
        let session = self.session(true).map_err(E::from)?;
        session.execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").map_err(store_error::<E>)?;
        let outcome = catch_unwind(AssertUnwindSafe(|| work(&Db::postgres(&session))));
        session.execute_batch("ROLLBACK").map_err(store_error::<E>)?;
        outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }

    /// Runs `work` on a pooled connection outside any transaction.
    pub(super) fn with_connection<T>(&self, work: impl FnOnce(&Db) -> T) -> T {
        let session = self.session(false).expect("a database connection for the command line");
        work(&Db::postgres(&session))
    }
}

/// For the test suites: when the `POCKET_TEST_POSTGRES` environment
/// variable names a PostgreSQL database (`make postgres-test` sets it), a
/// new schema there ([`create_schema`]) and the URL to work in it; else
/// `None`, and the suite runs over SQLite.
pub fn schema_for_tests(prefix: &str) -> Option<String> {
    let url = std::env::var("POCKET_TEST_POSTGRES").ok().filter(|url| !url.is_empty())?;
    Some(create_schema(&url, prefix).expect("a schema of its own on the test database"))
}

/// Creates a new, empty schema named `<prefix>_<random>` in the database
/// at `url` and returns a URL whose connections work in it (their
/// `search_path`): for tests and benches that must not see each other's
/// rows on one cluster.
pub fn create_schema(url: &str, prefix: &str) -> Result<String, StoreError> {
    let mut random = [0u8; 6];
    getrandom::fill(&mut random).map_err(|e| StoreError::Task(e.to_string()))?;
    let schema = format!("{prefix}_{}", hex::encode(random));
    let config: tokio_postgres::Config = url.parse().map_err(|e| StoreError::Postgres(format!("{e}")))?;
    let create = format!("CREATE SCHEMA {schema}");
    // A thread of its own: the caller may be inside a runtime already.
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        runtime.block_on(async {
            let (client, connection) =
                config.connect(tokio_postgres::NoTls).await.map_err(|e| StoreError::Postgres(e.to_string()))?;
            tokio::spawn(connection);
            client.batch_execute(&create).await.map_err(|e| StoreError::Postgres(e.to_string()))
        })
    })
    .join()
    .map_err(|_| StoreError::Task("creating a schema panicked".into()))??;
    let search_path = format!("-c search_path={schema}");
    Ok(match url.starts_with("postgres://") || url.starts_with("postgresql://") {
        true => format!(
            "{url}{}options={}",
            if url.contains('?') { '&' } else { '?' },
            search_path.replace(' ', "%20").replace('=', "%3D")
        ),
        false => format!("{url} options='{search_path}'"),
    })
}

fn store_error<E: From<StoreError>>(error: SqlError) -> E {
    E::from(StoreError::from(error))
}
/// The driver's runtime. The last store handle may be dropped on one of the
/// service's async threads, where a runtime must not block to shut down:
/// it is let go in the background.
struct DriverRuntime(Option<tokio::runtime::Runtime>);

impl DriverRuntime {
    fn handle(&self) -> &tokio::runtime::Handle {
        self.0.as_ref().expect("the runtime lives until dropped").handle()
    }
}

impl Drop for DriverRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

/// A SQLite migration in PostgreSQL's words. The migrations are written
/// once, for SQLite, in the SQL the two share, save for integers:
/// SQLite's `INTEGER` is 64 bits, PostgreSQL's 32, so every `INTEGER` is
/// a `BIGINT`, and a key SQLite fills in by itself (`INTEGER PRIMARY KEY`,
/// with or without `AUTOINCREMENT`) an identity column. A key checked to
/// one value (`CHECK (id = 1)`) is given its value and stays a plain key.
pub(super) fn postgres_schema(sqlite: &str) -> String {
    const IDENTITY: &str = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    sqlite
        .replace("INTEGER PRIMARY KEY AUTOINCREMENT", IDENTITY)
        .replace("INTEGER PRIMARY KEY CHECK", "BIGINT PRIMARY KEY CHECK")
        .replace("INTEGER PRIMARY KEY", IDENTITY)
        .replace("INTEGER", "BIGINT")
}

#[cfg(test)]
mod tests {
    use super::postgres_schema;

    #[test]
    fn a_sqlite_migration_reads_in_postgresql_words() {
        let sqlite = "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
                      CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT, note TEXT);
                      CREATE TABLE one (id INTEGER PRIMARY KEY CHECK (id = 1), offset_seconds INTEGER NOT NULL);";
        assert_eq!(
            postgres_schema(sqlite),
            "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL);
                      CREATE TABLE u (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note TEXT);
                      CREATE TABLE one (id BIGINT PRIMARY KEY CHECK (id = 1), offset_seconds BIGINT NOT NULL);"
        );
    }
}
