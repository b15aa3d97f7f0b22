//! The store under concurrent writes, on whichever database the suite runs
//! over (`POCKET_TEST_POSTGRES`): what the domain code may count on.

use crate::support::test_store;
use pocket_server::store::{SqlError, Store, StoreError};

fn store_with_counter(dir: &tempfile::TempDir) -> Store {
    let store = test_store(dir.path());
    store
        .with_connection(|c| c.execute_batch("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL); INSERT INTO counter (id, n) VALUES (1, 0)"))
        .unwrap();
    store
}

fn count(store: &Store) -> i64 {
    store.with_connection(|c| c.query_row("SELECT n FROM counter WHERE id = 1", [], |r| r.get(0))).unwrap()
}

/// Each write reads the counter and writes it back one higher: over
/// PostgreSQL the writes run at once on their own snapshots, and those
/// that collide are refused and run again, so none is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_read_then_write_transactions_lose_no_update() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_counter(&dir);
    let writes: Vec<_> = (0..40)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .write(|tx| {
                        let n: i64 = tx.query_row("SELECT n FROM counter WHERE id = 1", [], |r| r.get(0))?;
                        tx.execute("UPDATE counter SET n = ?1 WHERE id = 1", [n + 1])?;
                        Ok::<_, StoreError>(())
                    })
                    .await
            })
        })
        .collect();
    for write in writes {
        write.await.unwrap().unwrap();
    }
    assert_eq!(count(&store), 40);
}

/// A write that fails leaves nothing, whatever it wrote before failing.
#[tokio::test]
async fn a_write_that_fails_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_counter(&dir);
    let failed: Result<(), StoreError> = store
        .write(|tx| {
            tx.execute("UPDATE counter SET n = 99 WHERE id = 1", [])?;
            Err(StoreError::Sql(SqlError::NoRows))
        })
        .await;
    assert!(failed.is_err());
    assert_eq!(count(&store), 0);
}

/// A write whose count is not read (`execute_unread`: on PostgreSQL sent
/// with the next statement) is seen by that next statement, in order, and
/// a savepoint rolled back undoes it as it would any write after it.
#[tokio::test]
async fn a_write_sent_with_the_next_statement_runs_in_order_and_a_savepoint_undoes_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_counter(&dir);
    let seen: i64 = store
        .write(|tx| {
            tx.execute_unread("UPDATE counter SET n = n + 1 WHERE id = 1", [])?;
            tx.execute_unread("UPDATE counter SET n = n * 10 WHERE id = 1", [])?;
            let seen = tx.query_row("SELECT n FROM counter WHERE id = 1", [], |r| r.get(0))?;
            tx.execute_batch("SAVEPOINT undone")?;
            tx.execute_unread("UPDATE counter SET n = 1000 WHERE id = 1", [])?;
            tx.execute_batch("ROLLBACK TO undone; RELEASE undone")?;
            tx.execute_unread("UPDATE counter SET n = n + 2 WHERE id = 1", [])?;
            Ok::<_, StoreError>(seen)
        })
        .await
        .unwrap();
    assert_eq!(seen, 10, "both updates ran, in order, before the read");
    assert_eq!(count(&store), 12, "the update after the savepoint was undone; the last one is committed");
}

/// A write whose count is not read and that fails makes its transaction
/// fail: nothing of it is kept, not even what ran before it.
#[tokio::test]
async fn a_failing_write_sent_later_fails_its_transaction_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_counter(&dir);
    let failed: Result<(), StoreError> = store
        .write(|tx| {
            tx.execute("UPDATE counter SET n = 5 WHERE id = 1", [])?;
            // NOT NULL refused: on PostgreSQL at the commit, on SQLite here.
            tx.execute_unread("UPDATE counter SET n = NULL WHERE id = 1", [])?;
            Ok(())
        })
        .await;
    assert!(failed.is_err(), "{failed:?}");
    assert_eq!(count(&store), 0);
}

/// Outside a write transaction no statement may follow, so a write whose
/// count is not read runs at once there.
#[test]
fn a_write_whose_count_is_not_read_runs_at_once_outside_a_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_counter(&dir);
    store.with_connection(|c| c.execute_unread("UPDATE counter SET n = 7 WHERE id = 1", [])).unwrap();
    assert_eq!(count(&store), 7);
}
