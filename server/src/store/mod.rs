//! The database. The domain code runs each transaction on a [`Db`] and
//! does not know which of the two stores is under it:
//!
//! - the embedded SQLite file, the default (below);
//! - PostgreSQL, for several service processes on one database
//!   (`postgres`, chosen by a database URL).
//!
//! SQLite: one file in the data directory, WAL with `synchronous=FULL` (a
//! committed payment survives a power cut), schema migrations applied on
//! open.
//!
//! Writes are queued to one writer thread, which commits together the
//! writes that queued up while its last commit was being made durable
//! (group commit, `writer`); each write is still atomic on its own and
//! answered only once durable. Every write runs inside the group's
//! `BEGIN IMMEDIATE` transaction, so a limit check and the spend it guards
//! see the same database and no other writer slips in between. Reads run on
//! a pool of read-only connections (`readers`), each in a snapshot of its
//! own, so they wait neither for writes nor for each other.

mod counting;
mod other_processes;
mod pg_changes;
mod pg_session;
mod postgres;
mod readers;
mod sql;
mod values;
mod writer;

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;

use rusqlite::Connection;

pub use counting::WriterWork;
use postgres::PgStore;
pub use postgres::{create_schema, schema_for_tests};
use readers::{Readers, READ_CONNECTIONS};
pub use sql::{Db, Lead, Statement};
pub use values::{FromRow, FromValue, Optional, Params, Row, SqlError, ToValue, Value};
use writer::{atomically, run_cached, QueuedWrite, Ran, Writer, MOST_WRITES_PER_COMMIT};

/// Enough cached statements for every distinct query the service runs.
const CACHED_STATEMENTS: usize = 256;

/// How the writer commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commits {
    /// The writes queued while the last commit was being made durable share
    /// the next commit (one fsync): the default.
    Grouped,
    /// Each write commits alone: what grouping buys is measured against it.
    OneByOne,
}

/// The schema, in order. A SQLite database records how many it has applied
/// in `PRAGMA user_version`; PostgreSQL runs the same files, with 64-bit
/// integers (`postgres::postgres_schema`), and records them by name.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_ledger", include_str!("../../migrations/0001_ledger.sql")),
    ("0002_accounts", include_str!("../../migrations/0002_accounts.sql")),
    ("0003_commerce", include_str!("../../migrations/0003_commerce.sql")),
    ("0004_security", include_str!("../../migrations/0004_security.sql")),
    ("0005_recovery", include_str!("../../migrations/0005_recovery.sql")),
    ("0006_support", include_str!("../../migrations/0006_support.sql")),
    ("0007_support_cases", include_str!("../../migrations/0007_support_cases.sql")),
    ("0008_notification_facts", include_str!("../../migrations/0008_notification_facts.sql")),
    ("0009_push", include_str!("../../migrations/0009_push.sql")),
    ("0010_refunds", include_str!("../../migrations/0010_refunds.sql")),
    ("0011_outbox", include_str!("../../migrations/0011_outbox.sql")),
    ("0012_card_processor", include_str!("../../migrations/0012_card_processor.sql")),
    ("0013_push_words", include_str!("../../migrations/0013_push_words.sql")),
    ("0014_partners", include_str!("../../migrations/0014_partners.sql")),
    ("0015_partner_webhooks", include_str!("../../migrations/0015_partner_webhooks.sql")),
    ("0016_staff", include_str!("../../migrations/0016_staff.sql")),
    ("0017_top_up_review", include_str!("../../migrations/0017_top_up_review.sql")),
    ("0018_account_freeze", include_str!("../../migrations/0018_account_freeze.sql")),
    ("0019_staff_removal", include_str!("../../migrations/0019_staff_removal.sql")),
    ("0020_card_refund_orders", include_str!("../../migrations/0020_card_refund_orders.sql")),
    ("0021_running_spends", include_str!("../../migrations/0021_running_spends.sql")),
    ("0022_escrow_per_shopper", include_str!("../../migrations/0022_escrow_per_shopper.sql")),
    ("0023_payment_on_order", include_str!("../../migrations/0023_payment_on_order.sql")),
    ("0024_orders_waiting_index", include_str!("../../migrations/0024_orders_waiting_index.sql")),
];

/// A database failure: the service's fault, never the shopper's.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A statement failed.
    #[error("database error: {0}")]
    Sql(#[from] SqlError),
    /// PostgreSQL could not be reached or configured.
    #[error("postgres: {0}")]
    Postgres(String),
    /// The blocking task running the query died.
    #[error("database task failed: {0}")]
    Task(String),
    /// The data directory could not be created.
    #[error("cannot create the data directory: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Sql(SqlError::from(error))
    }
}

/// The database handle, cheap to clone.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    /// Woken after every commit that changed a row, so long-polling readers
    /// (the notification feed) wake when there may be news.
    changed: Arc<tokio::sync::Notify>,
}

#[derive(Clone)]
enum Backend {
    Sqlite {
        writer: Writer,
        /// `None` for an in-memory database, which has only the writer's
        /// connection: reads then take turns with the writer on it.
        readers: Option<Readers>,
    },
    Postgres(PgStore),
}

impl Store {
    /// Opens the store a deployment names: PostgreSQL when `database_url`
    /// is given (`postgres://...` or `host=... dbname=...`), else the
    /// embedded SQLite file in `data_dir`.
    pub fn open_configured(data_dir: &Path, database_url: Option<&str>) -> Result<Store, StoreError> {
        match database_url {
            Some(url) => Store::connect_postgres(url),
            None => Store::open(data_dir),
        }
    }

    /// Connects to PostgreSQL at `url` and migrates it.
    pub fn connect_postgres(url: &str) -> Result<Store, StoreError> {
        let changed = Arc::new(tokio::sync::Notify::new());
        let store = PgStore::connect(url, changed.clone())?;
        Ok(Store { backend: Backend::Postgres(store), changed })
    }

    /// Which store this is, for logs and the bench.
    pub fn kind(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite { .. } => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// Opens (creating if needed) `pocket.sqlite3` in `data_dir` and
    /// migrates it.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        Store::open_with(data_dir, Commits::Grouped)
    }

    /// [`Store::open`], choosing how the writer commits.
    pub fn open_with(data_dir: &Path, commits: Commits) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir)?;
        let path = data_dir.join("pocket.sqlite3");
        let (connection, readers) = retry_while_busy(|| {
            let connection = Connection::open(&path)?;
            connection.busy_timeout(std::time::Duration::from_secs(5))?;
            connection.pragma_update(None, "journal_mode", "WAL")?;
            let connection = Store::prepare(connection)?;
            Ok((connection, Readers::open(&path, READ_CONNECTIONS)?))
        })?;
        let store = Store::start(connection, commits, Some(readers));
        other_processes::watch(&path, &store.changed)?;
        Ok(store)
    }

    /// An in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Ok(Store::start(Store::prepare(Connection::open_in_memory()?)?, Commits::Grouped, None))
    }

    fn prepare(mut connection: Connection) -> Result<Connection, StoreError> {
        connection.set_prepared_statement_cache_capacity(CACHED_STATEMENTS);
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        // Savepoint journals in memory: each write's savepoint otherwise
        // spills to a temp file past 64 KB (measured x1.16 in a row).
        connection.pragma_update(None, "temp_store", "MEMORY")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut connection)?;
        Ok(connection)
    }

    fn start(connection: Connection, commits: Commits, readers: Option<Readers>) -> Store {
        let changed = Arc::new(tokio::sync::Notify::new());
        let woken = changed.clone();
        // Only a commit that wrote something wakes the waiters: a reader
        // that settles nothing must not wake the others into a loop.
        let most_per_commit = match commits {
            Commits::Grouped => MOST_WRITES_PER_COMMIT,
            Commits::OneByOne => 1,
        };
        let writer = Writer::start(connection, most_per_commit, move || woken.notify_waiters());
        Store { backend: Backend::Sqlite { writer, readers }, changed }
    }

    /// Runs `work` as one write transaction, atomic on its own: queued to
    /// the writer, committed with the writes queued beside it, answered
    /// once the commit is durable. Its changes are kept if it returns `Ok`
    /// and undone if it returns `Err` (or panics).
    pub async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnMut(&Db) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        match &self.backend {
            Backend::Sqlite { writer, .. } => write_sqlite(writer, work).await,
            // Its commit wakes the waiters through the database's
            // notification, as any other process's does.
            Backend::Postgres(store) => {
                let store = store.clone();
                on_blocking_thread(move || store.write(work)).await
            }
        }
    }

    /// How many commits the writer has made so far (each a group of one or
    /// more writes): with the count of writes, the size of the groups.
    pub fn commits_made(&self) -> u64 {
        let commits = match &self.backend {
            Backend::Sqlite { writer, .. } => &writer.commits,
            Backend::Postgres(store) => &store.commits,
        };
        commits.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Notified after every commit that changed a row. Call
    /// `notified().enable()` *before* reading, then await it, so a commit in
    /// between is not missed.
    pub fn changes(&self) -> Arc<tokio::sync::Notify> {
        self.changed.clone()
    }

    /// Runs read-only `work` on a blocking thread, in one transaction, so it
    /// sees one consistent snapshot. Writing in it fails: reads run on
    /// read-only connections (in memory, with `query_only` on).
    pub async fn read<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&Db) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (writer, readers) = match &self.backend {
            Backend::Sqlite { writer, readers } => (writer, readers),
            Backend::Postgres(store) => {
                let store = store.clone();
                return on_blocking_thread(move || store.read(work)).await;
            }
        };
        match readers {
            Some(readers) => {
                let lease = readers.lease().await;
                on_blocking_thread(move || in_snapshot(lease.connection(), work)).await
            }
            None => {
                let connection = writer.connection.clone();
                on_blocking_thread(move || {
                    let connection = connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                    connection.pragma_update(None, "query_only", true).map_err(|e| E::from(StoreError::from(e)))?;
                    let outcome = catch_unwind(AssertUnwindSafe(|| in_snapshot(&connection, work)));
                    // Even after a panic the writer must find its connection
                    // writable and outside any transaction.
                    if !connection.is_autocommit() {
                        let _ = connection.execute_batch("ROLLBACK");
                    }
                    connection.pragma_update(None, "query_only", false).map_err(|e| E::from(StoreError::from(e)))?;
                    outcome.unwrap_or_else(|panic| resume_unwind(panic))
                })
                .await
            }
        }
    }

    /// Every value in every table, one per line: what a leak scan reads to
    /// prove a secret (a card number, a code) was never stored.
    pub fn every_stored_value(&self) -> String {
        self.with_connection(|c| {
            let tables = match c.is_postgres() {
                false => "SELECT name FROM sqlite_master WHERE type = 'table'",
                true => {
                    "SELECT CAST(table_name AS TEXT) FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_name != 'schema_migrations'"
                }
            };
            let tables: Vec<String> =
                c.prepare(tables)?.query_map([], |r| r.get(0))?.collect::<Result<_, SqlError>>()?;
            let mut text = String::new();
            for table in tables {
                let sql = format!("SELECT * FROM {table}");
                for row in c.prepare(&sql)?.query_map([], |row| Ok(row.values().to_vec()))? {
                    for value in row? {
                        text.push_str(&format!("{value:?}\n"));
                    }
                }
            }
            Ok::<_, SqlError>(text)
        })
        .expect("every table reads")
    }

    /// Runs `work` with the writing connection, outside any transaction and
    /// between the writer's groups: for the invariant check, the command
    /// line and start-up.
    pub fn with_connection<T>(&self, work: impl FnOnce(&Db) -> T) -> T {
        match &self.backend {
            Backend::Sqlite { writer, .. } => {
                let connection = writer.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                work(&Db::sqlite(&connection))
            }
            Backend::Postgres(store) => store.with_connection(work),
        }
    }
}

/// Runs `job` on one of the blocking threads, where synchronous database
/// code may wait for each statement.
async fn on_blocking_thread<T, E>(job: impl FnOnce() -> Result<T, E> + Send + 'static) -> Result<T, E>
where
    T: Send + 'static,
    E: From<StoreError> + Send + 'static,
{
    let ran = tokio::task::spawn_blocking(job).await;
    ran.map_err(|error| E::from(StoreError::Task(error.to_string())))?
}

/// One write on the SQLite writer: queued, run atomically on its own inside
/// the group's transaction, answered once the group's commit is durable.
async fn write_sqlite<T, E, F>(writer: &Writer, mut work: F) -> Result<T, E>
where
    F: FnMut(&Db) -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: From<StoreError> + Send + 'static,
{
    let (answer, answered) = tokio::sync::oneshot::channel::<Result<T, E>>();
    let queued: QueuedWrite = Box::new(move |group| {
        let outcome = match group {
            Ok(place) => atomically(place, |connection| work(&Db::sqlite(connection))),
            Err(why) => Err(E::from(StoreError::Task(why.to_string()))),
        };
        let kept = outcome.is_ok();
        let answer: writer::Answer = Box::new(move |commit| {
            let outcome = match (outcome, commit) {
                (Ok(_), Err(why)) => Err(E::from(StoreError::Task(why.to_string()))),
                (outcome, _) => outcome,
            };
            // The asker may have gone (a dropped request); the write
            // stands all the same.
            let _ = answer.send(outcome);
        });
        Ran { kept, answer }
    });
    writer.queue(queued).map_err(E::from)?;
    answered.await.map_err(|_| E::from(StoreError::Task("the writer dropped a write unanswered".into())))?
}

/// Runs `work` in a read transaction that is always rolled back.
fn in_snapshot<T, E>(connection: &Connection, work: impl FnOnce(&Db) -> Result<T, E>) -> Result<T, E>
where
    E: From<StoreError>,
{
    run_cached(connection, "BEGIN DEFERRED").map_err(|error| E::from(StoreError::from(error)))?;
    let outcome = work(&Db::sqlite(connection));
    run_cached(connection, "ROLLBACK").map_err(|error| E::from(StoreError::from(error)))?;
    outcome
}

/// Runs `open` again while another process opening the same new file holds
/// it (turning a new file to WAL takes it whole for a moment, and SQLite
/// then answers "busy" without waiting): for up to 10 seconds.
fn retry_while_busy<T>(mut open: impl FnMut() -> Result<T, StoreError>) -> Result<T, StoreError> {
    let mut tries_left = 100;
    loop {
        match open() {
            Err(StoreError::Sql(SqlError::Sqlite(rusqlite::Error::SqliteFailure(failure, _))))
                if tries_left > 0
                    && matches!(
                        failure.code,
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                    ) =>
            {
                tries_left -= 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// Applies the migrations not applied yet, each in a write transaction that
/// reads the version again: processes starting together on one file apply
/// each migration once.
fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
    for (index, (_name, sql)) in MIGRATIONS.iter().enumerate() {
        let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let applied = transaction.query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))? as usize;
        if applied <= index {
            transaction.execute_batch(sql)?;
            transaction.pragma_update(None, "user_version", (index + 1) as i64)?;
        }
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Store {
        fn sqlite_writer(&self) -> &Writer {
            match &self.backend {
                Backend::Sqlite { writer, .. } => writer,
                Backend::Postgres(_) => panic!("not SQLite"),
            }
        }
    }

    #[test]
    fn migrations_apply_once_and_reopening_keeps_the_data() {
        let dir = std::env::temp_dir().join(format!("pocket-store-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        {
            let store = Store::open(&dir).unwrap();
            store.with_connection(|c| c.execute("UPDATE sandbox_clock SET offset_seconds = 42", []).unwrap());
        }
        let store = Store::open(&dir).unwrap();
        let (version, offset): (i64, i64) = store.with_connection(|c| {
            let version = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            let offset = c.query_row("SELECT offset_seconds FROM sandbox_clock", [], |r| r.get(0)).unwrap();
            (version, offset)
        });
        assert_eq!((version, offset), (MIGRATIONS.len() as i64, 42));
        let journal_mode: String =
            store.with_connection(|c| c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap());
        assert_eq!(journal_mode, "wal");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn moving_payments_onto_their_orders_keeps_each_receipt_and_leaves_unpaid_orders_unpaid() {
        let connection = Connection::open_in_memory().unwrap();
        let before_payments_moved = MIGRATIONS.iter().position(|(name, _)| *name == "0023_payment_on_order").unwrap();
        for (_, sql) in &MIGRATIONS[..before_payments_moved] {
            connection.execute_batch(sql).unwrap();
        }
        connection
            .execute_batch(
                "PRAGMA foreign_keys = OFF;
                 INSERT INTO orders (id, user_id, seller_id, checkout_id, status, price_minor, discount_minor,
                                     weight_grams, items, delivery_address, machine, created_at, updated_at) VALUES
                    ('ord_paid', 'usr_1', 'sel_1', 'chk_1', 'paid', 1999, 0, 100, '[]', 'x', '{}', '2026-11-01', '2026-11-01'),
                    ('ord_unpaid', 'usr_1', 'sel_1', 'chk_1', 'created', 500, 0, 100, '[]', 'x', '{}', '2026-11-02', '2026-11-02');
                 INSERT INTO payments (id, user_id, order_id, method, card_id, paid_minor, paid_currency, usd_minor,
                                       fx_rate, created_at)
                    VALUES ('pay_1', 'usr_1', 'ord_paid', 'card', 'card_1', 184900, 'RUB', 1999, '92.5',
                            '2026-11-01T10:00:00+00:00');",
            )
            .unwrap();
        connection.execute_batch(MIGRATIONS[before_payments_moved].1).unwrap();

        type Kept = (Option<String>, Option<String>, Option<String>, Option<i64>, Option<String>, Option<i64>);
        let kept = |order_id: &str| -> (Kept, Option<String>, Option<String>) {
            connection
                .query_row(
                    "SELECT payment_id, paid_method, paid_card_id, paid_minor, paid_currency, paid_usd_minor,
                            paid_fx_rate, paid_at FROM orders WHERE id = ?1",
                    [order_id],
                    |r| Ok(((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?), r.get(6)?, r.get(7)?)),
                )
                .unwrap()
        };
        let paid = (
            (
                Some("pay_1".into()),
                Some("card".into()),
                Some("card_1".into()),
                Some(184900),
                Some("RUB".into()),
                Some(1999),
            ),
            Some("92.5".into()),
            Some("2026-11-01T10:00:00+00:00".into()),
        );
        assert_eq!(kept("ord_paid"), paid);
        assert_eq!(kept("ord_unpaid"), ((None, None, None, None, None, None), None, None));
        let payments_left: i64 = connection
            .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'payments'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(payments_left, 0, "the payments table is gone");
    }

    #[tokio::test]
    async fn a_failed_write_rolls_back() {
        let store = Store::open_in_memory().unwrap();
        let result: Result<(), StoreError> = store
            .write(|tx| {
                tx.execute("UPDATE sandbox_clock SET offset_seconds = 99", [])?;
                Err(StoreError::Task("the closure failed".into()))
            })
            .await;
        assert!(result.is_err());
        let offset: i64 = store
            .with_connection(|c| c.query_row("SELECT offset_seconds FROM sandbox_clock", [], |r| r.get(0)).unwrap());
        assert_eq!(offset, 0);
    }

    fn store_with_probe_table(dir: &tempfile::TempDir) -> Store {
        let store = Store::open(dir.path()).unwrap();
        store.with_connection(|c| c.execute_batch("CREATE TABLE probe (n INTEGER NOT NULL)").unwrap());
        store
    }

    fn probes(store: &Store) -> Vec<i64> {
        store.with_connection(|c| {
            let mut rows = c.prepare("SELECT n FROM probe ORDER BY n").unwrap();
            rows.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
        })
    }

    // The writer's lock is held across awaits on purpose: it stands for a
    // writer busy committing.
    #[allow(clippy::await_holding_lock)]
    #[tokio::test(flavor = "current_thread")]
    async fn writes_queued_together_share_one_commit_and_a_failed_one_touches_no_other() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_probe_table(&dir);
        let commits_before = store.commits_made();
        // The writer is held while 50 writes queue up behind it.
        let held = store.sqlite_writer().connection.lock().unwrap();
        let writes: Vec<_> = (0..50_i64)
            .map(|n| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .write(move |c| {
                            c.execute("INSERT INTO probe (n) VALUES (?1)", [n])?;
                            if n % 10 == 3 {
                                return Err(StoreError::Task(format!("write {n} refused")));
                            }
                            Ok(n)
                        })
                        .await
                })
            })
            .collect();
        tokio::task::yield_now().await;
        drop(held);
        let mut answered_ok = Vec::new();
        for (n, write) in writes.into_iter().enumerate() {
            match write.await.unwrap() {
                Ok(value) => answered_ok.push(value),
                Err(error) => assert_eq!(n % 10, 3, "only the refused writes fail, not {n}: {error}"),
            }
        }
        let kept: Vec<i64> = (0..50).filter(|n| n % 10 != 3).collect();
        assert_eq!(answered_ok, kept);
        assert_eq!(probes(&store), kept, "each write is atomic on its own: the refused ones left nothing");
        let commits = store.commits_made() - commits_before;
        assert!(commits <= 2, "50 writes queued together took {commits} commits");
    }

    #[tokio::test]
    async fn a_write_that_panics_is_rolled_back_and_the_writer_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_probe_table(&dir);
        let panicked: Result<(), StoreError> = store
            .write(|c| {
                c.execute("INSERT INTO probe (n) VALUES (1)", [])?;
                panic!("a bug in a write");
            })
            .await;
        assert!(panicked.is_err());
        store.write(|c| c.execute("INSERT INTO probe (n) VALUES (2)", []).map_err(StoreError::from)).await.unwrap();
        assert_eq!(probes(&store), vec![2]);
    }

    #[allow(clippy::await_holding_lock)]
    #[tokio::test]
    async fn a_read_goes_on_while_the_writer_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let store = store_with_probe_table(&dir);
        store.write(|c| c.execute("INSERT INTO probe (n) VALUES (7)", []).map_err(StoreError::from)).await.unwrap();
        let _held = store.sqlite_writer().connection.lock().unwrap();
        let read: i64 = store
            .read(|c| c.query_row("SELECT n FROM probe", [], |r| r.get(0)).map_err(StoreError::from))
            .await
            .unwrap();
        assert_eq!(read, 7);
    }

    #[tokio::test]
    async fn a_read_cannot_write_on_a_file_or_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        for store in [store_with_probe_table(&dir), Store::open_in_memory().unwrap()] {
            store.with_connection(|c| c.execute_batch("CREATE TABLE IF NOT EXISTS probe (n INTEGER)").unwrap());
            let wrote: Result<usize, StoreError> =
                store.read(|c| c.execute("INSERT INTO probe (n) VALUES (1)", []).map_err(StoreError::from)).await;
            assert!(wrote.is_err(), "a read wrote a row");
            // The writer still writes afterwards.
            store.write(|c| c.execute("INSERT INTO probe (n) VALUES (2)", []).map_err(StoreError::from)).await.unwrap();
            assert_eq!(probes(&store), vec![2]);
        }
    }
}
