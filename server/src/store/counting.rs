//! What the SQLite writer does for a stretch of writes, for `make bench`:
//! the statements it runs (BEGIN, SAVEPOINT, RELEASE and COMMIT included),
//! the pages it appends to the WAL, its thread's CPU time and its commits.
//! Each change to the payment path is then measured where it acts. Off
//! unless asked for: nothing is traced or kept in the WAL otherwise.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::trace::{TraceEvent, TraceEventCodes};

use super::{Backend, Store, StoreError};

/// Statements the writer connection began while counting.
static STATEMENTS: AtomicU64 = AtomicU64::new(0);

fn count_statement(event: TraceEvent<'_>) {
    if let TraceEvent::Stmt(..) = event {
        STATEMENTS.fetch_add(1, Ordering::Relaxed);
    }
}

/// The writer's work over a stretch of writes.
#[derive(Debug, Clone, Copy)]
pub struct WriterWork {
    /// Statements run on the writer connection.
    pub statements: u64,
    /// Pages appended to the write-ahead log.
    pub wal_pages: u64,
    /// CPU time of the writer thread (waiting on the disk is not counted).
    pub cpu: Duration,
    /// Commits made (each a group of one or more writes).
    pub commits: u64,
}

impl WriterWork {
    /// Per one of `writes` writes: (statements, WAL pages, CPU µs).
    pub fn per_write(&self, writes: usize) -> (f64, f64, f64) {
        let writes = writes.max(1) as f64;
        (self.statements as f64 / writes, self.wal_pages as f64 / writes, self.cpu.as_secs_f64() * 1e6 / writes)
    }
}

impl Store {
    /// Runs `work` while counting what the SQLite writer does for it. The
    /// WAL is emptied first and not checkpointed until the end, so its
    /// length is the pages written; readers must be idle at the start.
    pub async fn counting_writer_work<T>(&self, work: impl Future<Output = T>) -> Result<(T, WriterWork), StoreError> {
        let Backend::Sqlite { writer, .. } = &self.backend else {
            return Err(StoreError::Task("the writer's work is counted on SQLite".into()));
        };
        let lock = || writer.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        {
            let connection = lock();
            connection.execute_batch("PRAGMA wal_autocheckpoint = 0")?;
            let (busy, frames): (i64, i64) =
                connection.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| Ok((row.get(0)?, row.get(1)?)))?;
            if busy != 0 || frames > 0 {
                return Err(StoreError::Task("the WAL could not be emptied: a reader holds it".into()));
            }
            connection.trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(count_statement));
        }
        let statements = STATEMENTS.load(Ordering::Relaxed);
        let cpu_nanos = writer.cpu_nanos.load(Ordering::Relaxed);
        let commits = writer.commits.load(Ordering::Relaxed);
        let output = work.await;
        let connection = lock();
        connection.trace_v2(TraceEventCodes::empty(), None);
        let counted = WriterWork {
            statements: STATEMENTS.load(Ordering::Relaxed) - statements,
            wal_pages: connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| row.get::<_, i64>(1))?.max(0)
                as u64,
            cpu: Duration::from_nanos(writer.cpu_nanos.load(Ordering::Relaxed) - cpu_nanos),
            commits: writer.commits.load(Ordering::Relaxed) - commits,
        };
        // SQLite's default: checkpoint once the WAL passes 1,000 pages.
        connection.execute_batch("PRAGMA wal_autocheckpoint = 1000")?;
        Ok((output, counted))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Commits;

    #[tokio::test]
    async fn a_counted_lone_write_shows_its_statements_wal_pages_and_commit() {
        let folder = tempfile::tempdir().unwrap();
        let store = Store::open_with(folder.path(), Commits::Grouped).unwrap();
        let write = |store: Store| async move {
            store
                .write(|db| {
                    db.execute("INSERT INTO spends (user_id, method, at, usd_minor) VALUES ('usr_1', 'balance', '2026-12-06T00:00:00Z', 100)", crate::params![])
                        .map_err(StoreError::from)
                })
                .await
        };
        let (written, work) = store.counting_writer_work(write(store.clone())).await.unwrap();
        assert_eq!(written.unwrap(), 1);
        assert_eq!(work.commits, 1);
        // BEGIN, the INSERT, COMMIT: a write alone in its group needs no
        // savepoint of its own.
        assert_eq!(work.statements, 3, "{work:?}");
        assert!(work.wal_pages >= 1, "{work:?}");
        let (_, nothing) = store.counting_writer_work(async {}).await.unwrap();
        assert_eq!((nothing.statements, nothing.wal_pages, nothing.commits), (0, 0, 0));
    }
}
