//! Commits made by other processes on the same SQLite file. SQLite tells a
//! connection when the file changed under it (`PRAGMA data_version`), but
//! says nothing on its own; a thread asks four times a second and wakes
//! the long-polls when another process has committed. (This process's own
//! commits wake them at once, from the writer.)

use std::path::Path;
use std::sync::{Arc, Weak};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::StoreError;

/// How often the file is asked.
const EVERY: Duration = Duration::from_millis(250);

/// Starts the watching thread over `path`; it ends once the store (the
/// last strong handle on `changed`) is gone.
pub(super) fn watch(path: &Path, changed: &Arc<tokio::sync::Notify>) -> Result<(), StoreError> {
    let connection = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let changed: Weak<tokio::sync::Notify> = Arc::downgrade(changed);
    std::thread::Builder::new()
        .name("pocket-other-processes".into())
        .spawn(move || watch_until_dropped(&connection, &changed))?;
    Ok(())
}

fn watch_until_dropped(connection: &Connection, changed: &Weak<tokio::sync::Notify>) {
    let version =
        |connection: &Connection| connection.query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0)).ok();
    let mut seen = version(connection);
    loop {
        std::thread::sleep(EVERY);
        let Some(changed) = changed.upgrade() else {
            return;
        };
        let now = version(connection);
        if now != seen {
            seen = now;
            changed.notify_waiters();
        }
    }
}
