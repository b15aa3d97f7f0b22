//! Readers on connections of their own: WAL lets each read see the last
//! committed state in a snapshot while the writer goes on, so a balance
//! read never waits behind a payment, nor behind another read.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OpenFlags};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::StoreError;

/// How many reads run at once: more than the cores, since a read also
/// waits for the disk.
pub(super) const READ_CONNECTIONS: usize = 8;

/// A pool of read-only connections to the database file.
#[derive(Clone)]
pub(super) struct Readers {
    idle: Arc<Mutex<Vec<Connection>>>,
    free: Arc<Semaphore>,
}

impl Readers {
    /// Opens `count` read-only connections to the (already migrated) file.
    pub(super) fn open(path: &Path, count: usize) -> Result<Readers, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let connections = (0..count)
            .map(|_| {
                let connection = Connection::open_with_flags(path, flags)?;
                connection.busy_timeout(std::time::Duration::from_secs(5))?;
                connection.set_prepared_statement_cache_capacity(super::CACHED_STATEMENTS);
                Ok(connection)
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Readers { idle: Arc::new(Mutex::new(connections)), free: Arc::new(Semaphore::new(count)) })
    }

    /// Waits for a free connection and lends it out.
    pub(super) async fn lease(&self) -> Lease {
        let permit = self.free.clone().acquire_owned().await.expect("the readers' semaphore is never closed");
        let connection = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop();
        Lease {
            connection: Some(connection.expect("a permit always has an idle connection behind it")),
            idle: self.idle.clone(),
            _permit: permit,
        }
    }
}

/// A read connection lent out; it goes back to the pool when dropped, even
/// if the read panicked (any transaction it left open is rolled back), and
/// only then is its permit given back.
pub(super) struct Lease {
    connection: Option<Connection>,
    idle: Arc<Mutex<Vec<Connection>>>,
    _permit: OwnedSemaphorePermit,
}

impl Lease {
    pub(super) fn connection(&self) -> &Connection {
        self.connection.as_ref().expect("a lease holds its connection until dropped")
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(connection) = self.connection.take() {
            if !connection.is_autocommit() {
                let _ = connection.execute_batch("ROLLBACK");
            }
            self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(connection);
        }
    }
}
