//! The embedded SQLite database: one file in the data directory, WAL with
//! `synchronous=FULL` (a committed payment survives a power cut), schema
//! migrations applied on open.
//!
//! There is one connection behind a mutex. Every write runs in a
//! `BEGIN IMMEDIATE` transaction, so a limit check and the spend it guards
//! see the same database and no other writer slips in between.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// The schema, in order. A database records how many it has applied in
/// `PRAGMA user_version`.
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
];

/// A database failure: the service's fault, never the shopper's.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused or failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The blocking task running the query died.
    #[error("database task failed: {0}")]
    Task(String),
    /// The data directory could not be created.
    #[error("cannot create the data directory: {0}")]
    Io(#[from] std::io::Error),
}

/// The database handle, cheap to clone.
#[derive(Clone)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
    /// Woken after every commit that changed a row, so long-polling readers
    /// (the notification feed) wake when there may be news.
    changed: Arc<tokio::sync::Notify>,
}

impl Store {
    /// Opens (creating if needed) `pocket.sqlite3` in `data_dir` and
    /// migrates it.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir)?;
        let connection = Connection::open(data_dir.join("pocket.sqlite3"))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        Store::prepare(connection)
    }

    /// An in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut connection: Connection) -> Result<Store, StoreError> {
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut connection)?;
        Ok(Store { connection: Arc::new(Mutex::new(connection)), changed: Arc::new(tokio::sync::Notify::new()) })
    }

    /// Runs `work` inside one `BEGIN IMMEDIATE` transaction on a blocking
    /// thread; commits if it returns `Ok`, rolls back otherwise.
    pub async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&Transaction) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (connection, changed) = (self.connection.clone(), self.changed.clone());
        tokio::task::spawn_blocking(move || {
            let mut connection = connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let changes_before = connection.total_changes();
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(|error| E::from(StoreError::from(error)))?;
            let value = work(&transaction)?;
            transaction.commit().map_err(|error| E::from(StoreError::from(error)))?;
            // Only a commit that wrote something wakes the waiters: a reader
            // that settles nothing must not wake the others into a loop.
            if connection.total_changes() != changes_before {
                changed.notify_waiters();
            }
            Ok(value)
        })
        .await
        .map_err(|error| E::from(StoreError::Task(error.to_string())))?
    }

    /// Notified after every commit that changed a row. Call
    /// `notified().enable()` *before* reading, then await it, so a commit in
    /// between is not missed.
    pub fn changes(&self) -> Arc<tokio::sync::Notify> {
        self.changed.clone()
    }

    /// Runs read-only `work` on a blocking thread (in a transaction, so it
    /// sees one consistent snapshot).
    pub async fn read<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&Transaction) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let connection = self.connection.clone();
        tokio::task::spawn_blocking(move || {
            let mut connection = connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Deferred)
                .map_err(|error| E::from(StoreError::from(error)))?;
            work(&transaction)
        })
        .await
        .map_err(|error| E::from(StoreError::Task(error.to_string())))?
    }

    /// Runs `work` with the connection, outside any transaction: for the
    /// invariant check and the command line.
    pub fn with_connection<T>(&self, work: impl FnOnce(&mut Connection) -> T) -> T {
        let mut connection = self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut connection)
    }
}

fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
    let applied: usize = connection.query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))? as usize;
    for (index, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(applied) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", (index + 1) as i64)?;
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
