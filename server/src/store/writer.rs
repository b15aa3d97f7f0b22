//! The one writer: a thread that owns the writing connection and commits
//! the write transactions queued while the last commit was being made
//! durable, together, in one `COMMIT` (one fsync) — group commit.
//!
//! Each queued write runs in a savepoint of its own inside the group's
//! transaction, so it stays atomic on its own: one that fails (or panics)
//! is rolled back to its savepoint and leaves the others untouched. A write
//! alone in its group (one shopper paying in a row) needs no savepoint: the
//! transaction is its own, rolled back whole if it fails. No one is
//! answered before the group's commit is durable; if that commit fails,
//! every write that had succeeded in the group is told so.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use super::StoreError;

/// At most this many writes share one commit, so a long queue is answered
/// in steps and no answer waits behind an unbounded group.
pub(super) const MOST_WRITES_PER_COMMIT: usize = 256;

/// One queued write: given its place in the group (or why the group could
/// not start), it runs and says whether it kept its changes and how to
/// answer once the group's commit is known.
pub(super) type QueuedWrite = Box<dyn FnOnce(Result<InGroup<'_>, &str>) -> Ran + Send>;

/// Where a queued write runs: the group's connection, and whether it is
/// alone in the group (then the transaction is its own, and no savepoint
/// is needed to undo it).
#[derive(Clone, Copy)]
pub(super) struct InGroup<'c> {
    pub(super) connection: &'c Connection,
    pub(super) alone: bool,
}

/// A write that has run: whether its changes stand, and its answer.
pub(super) struct Ran {
    pub(super) kept: bool,
    pub(super) answer: Answer,
}

/// How a queued write is answered, given the group's commit: `Ok` once it
/// is durable, `Err` with why it failed.
pub(super) type Answer = Box<dyn FnOnce(Result<(), &str>) + Send>;

/// The handle the store keeps: the queue into the writer thread, and the
/// writing connection itself for the command line and the tests.
#[derive(Clone)]
pub(super) struct Writer {
    queue: Sender<QueuedWrite>,
    pub(super) connection: Arc<Mutex<Connection>>,
    /// How many group commits were made: writes per commit, for the bench.
    pub(super) commits: Arc<AtomicU64>,
    /// CPU time the writer thread spent running groups, in nanoseconds
    /// (its own thread's clock: waiting on the disk costs none), for the
    /// bench's CPU per write.
    pub(super) cpu_nanos: Arc<AtomicU64>,
}

impl Writer {
    /// Starts the writer thread over `connection`; it ends once every
    /// handle is dropped. `after_commit` runs after each group that changed
    /// a row.
    pub(super) fn start(
        connection: Connection,
        most_writes_per_commit: usize,
        after_commit: impl Fn() + Send + 'static,
    ) -> Writer {
        let connection = Arc::new(Mutex::new(connection));
        let (queue, queued) = std::sync::mpsc::channel();
        let (commits, cpu_nanos) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let (owned, counted, timed) = (connection.clone(), commits.clone(), cpu_nanos.clone());
        std::thread::Builder::new()
            .name("pocket-writer".into())
            .spawn(move || write_groups(&owned, &queued, most_writes_per_commit, &counted, &timed, &after_commit))
            .expect("the writer thread starts");
        Writer { queue, connection, commits, cpu_nanos }
    }

    /// Queues one write. Fails only if the writer thread is gone.
    pub(super) fn queue(&self, write: QueuedWrite) -> Result<(), StoreError> {
        self.queue.send(write).map_err(|_| StoreError::Task("the writer thread has stopped".into()))
    }
}

fn write_groups(
    connection: &Mutex<Connection>,
    queued: &Receiver<QueuedWrite>,
    most_writes_per_commit: usize,
    commits: &AtomicU64,
    cpu_nanos: &AtomicU64,
    after_commit: &impl Fn(),
) {
    while let Ok(first) = queued.recv() {
        let mut group = vec![first];
        while group.len() < most_writes_per_commit {
            match queued.try_recv() {
                Ok(next) => group.push(next),
                Err(_) => break,
            }
        }
        let connection = connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let cpu_before = thread_cpu_nanos();
        commit_group(&connection, group, commits, after_commit);
        cpu_nanos.fetch_add(thread_cpu_nanos().saturating_sub(cpu_before), Ordering::Relaxed);
    }
}

/// This thread's CPU time so far, in nanoseconds.
fn thread_cpu_nanos() -> u64 {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes the timespec it is handed, which
    // lives for the call.
    let read = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    if read != 0 {
        return 0;
    }
    u64::try_from(now.tv_sec).unwrap_or(0) * 1_000_000_000 + u64::try_from(now.tv_nsec).unwrap_or(0)
}

/// Runs a group in one transaction, then answers each write. The commit is
/// counted, and waiters woken, before anyone is answered, so whoever gets
/// an answer finds its commit already counted.
fn commit_group(connection: &Connection, group: Vec<QueuedWrite>, commits: &AtomicU64, after_commit: &impl Fn()) {
    if let Err(error) = run_cached(connection, "BEGIN IMMEDIATE") {
        let why = format!("cannot start a write: {error}");
        for write in group {
            (write(Err(&why)).answer)(Err(&why));
        }
        return;
    }
    let changes_before = connection.total_changes();
    let alone = group.len() == 1;
    let ran: Vec<Ran> = group.into_iter().map(|write| write(Ok(InGroup { connection, alone }))).collect();
    if alone && !ran[0].kept {
        // The lone write failed: its transaction goes, and its answer is
        // its own failure, whatever the rollback says.
        let _ = connection.execute_batch("ROLLBACK");
        for write in ran {
            (write.answer)(Ok(()));
        }
        return;
    }
    let commit = run_cached(connection, "COMMIT").map_err(|error| {
        let _ = connection.execute_batch("ROLLBACK");
        format!("the commit failed: {error}")
    });
    if commit.is_ok() {
        commits.fetch_add(1, Ordering::Relaxed);
        if connection.total_changes() != changes_before {
            after_commit();
        }
    }
    for write in ran {
        (write.answer)(commit.as_ref().map(|_| ()).map_err(String::as_str));
    }
}

/// Runs one write atomically on its own inside the group's transaction:
/// its savepoint is released when it succeeds, rolled back when it fails or
/// panics (a panic becomes the write's error; the group goes on). Alone in
/// its group, it runs with no savepoint: the group rolls back its
/// transaction when it fails.
pub(super) fn atomically<T, E>(place: InGroup, work: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E>
where
    E: From<StoreError>,
{
    let connection = place.connection;
    let guarded = || {
        catch_unwind(AssertUnwindSafe(|| work(connection)))
            .unwrap_or_else(|_| Err(E::from(StoreError::Task("a write panicked and was rolled back".into()))))
    };
    if place.alone {
        return guarded();
    }
    run_cached(connection, "SAVEPOINT queued_write").map_err(|error| E::from(StoreError::from(error)))?;
    let outcome = guarded();
    let ended = match outcome {
        Ok(_) => run_cached(connection, "RELEASE queued_write"),
        Err(_) => connection.execute_batch("ROLLBACK TO queued_write; RELEASE queued_write"),
    };
    ended.map_err(|error| E::from(StoreError::from(error)))?;
    outcome
}

/// Runs a transaction-control statement from the statement cache: every
/// write (and every read, `in_snapshot`) runs these, and compiling them
/// afresh each time costs the thread that runs them.
pub(super) fn run_cached(connection: &Connection, sql: &str) -> rusqlite::Result<()> {
    connection.prepare_cached(sql)?.execute([]).map(|_| ())
}
