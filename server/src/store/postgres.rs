//! The PostgreSQL store: for deployments that outgrow one machine, several
//! stateless service processes over one database.
//!
//! The driver is tokio-postgres with a deadpool pool, running on a small
//! runtime of its own. The domain code is synchronous (it runs one
//! transaction on a blocking thread, as over SQLite), so that thread waits
//! for each statement; the pool's connections never run on the service's
//! request threads. Statements that answer nothing the code reads
//! (`BEGIN`, `SAVEPOINT`, `RELEASE`) travel with the next one.
//!
//! Every commit that changed rows is announced (`NOTIFY`), and each
//! process listens on a connection of its own, so a long-poll wakes for a
//! change made through any process.
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

use std::cell::Cell;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use postgres_types::{FromSql, IsNull, ToSql, Type};
use tokio_postgres::error::SqlState;

use super::sql::{Db, Row, SqlError, Value};
use super::StoreError;

/// The advisory lock processes starting together take turns on while
/// migrating.
const MIGRATING_LOCK: i64 = 7411;

/// Connections each service process keeps open at most.
const POOL_CONNECTIONS: usize = 16;

/// How a write transaction begins.
const BEGIN_WRITE: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ";

/// How many unique violations a write may meet before one is taken as
/// the answer: a second run of a write that met another's fresh row sees
/// that row, so a violation met again is a real one.
const MOST_UNIQUE_VIOLATIONS: u32 = 2;

/// How many times a write is run again after a serialization failure
/// before the failure is the answer. Each round of colliding writes lets at
/// least one commit, so N payments racing for one balance need at most N
/// rounds; this leaves room for a storm of them.
const MOST_RETRIES: u32 = 200;

/// The PostgreSQL store's handle, cheap to clone.
#[derive(Clone)]
pub(super) struct PgStore {
    pool: deadpool_postgres::Pool,
    /// The driver's runtime, kept alive as long as a handle is.
    runtime: Arc<DriverRuntime>,
    /// Write transactions committed by this process.
    pub(super) commits: Arc<std::sync::atomic::AtomicU64>,
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
        runtime.spawn(listen_for_changes(config.clone(), changed));
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
        let store = PgStore { pool, runtime: Arc::new(DriverRuntime(Some(runtime))), commits: Arc::default() };
        store.migrate()?;
        Ok(store)
    }

    /// A pooled connection, outside any transaction, for a store's
    /// blocking thread (`true`) or any other.
    fn session(&self, on_blocking_thread: bool) -> Result<PgSession, StoreError> {
        let pool = self.pool.clone();
        let client = wait_on(self.runtime.handle(), async move { pool.get().await })
            .map_err(|e| StoreError::Postgres(format!("no database connection: {e}")))?;
        Ok(PgSession {
            client: Arc::new(client),
            runtime: self.runtime.handle().clone(),
            must_retry: Cell::new(false),
            unique_violations: Cell::new(0),
            held_back: std::cell::RefCell::new(None),
            on_blocking_thread,
        })
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

    /// Runs `work` as one transaction on a blocking thread, again from the
    /// start after a serialization failure.
    pub(super) async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnMut(&Db) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let store = self.clone();
        let ran = tokio::task::spawn_blocking(move || store.write_blocking(work)).await;
        ran.map_err(|error| E::from(StoreError::Task(error.to_string())))?
    }

    fn write_blocking<T, E, F>(&self, mut work: F) -> Result<T, E>
    where
        F: FnMut(&Db) -> Result<T, E>,
        E: From<StoreError>,
    {
        let session = self.session(true).map_err(E::from)?;
        // A panic is the write's error, as on the SQLite writer; the
        // transaction is rolled back like any other failed run.
        let outcome = session.transaction(
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

    /// Runs read-only `work` on a blocking thread in one `REPEATABLE READ`
    /// snapshot.
    pub(super) async fn read<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&Db) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let store = self.clone();
        let ran = tokio::task::spawn_blocking(move || {
            let session = store.session(true).map_err(E::from)?;
            session.execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").map_err(store_error::<E>)?;
            let outcome = catch_unwind(AssertUnwindSafe(|| work(&Db::postgres(&session))));
            session.execute_batch("ROLLBACK").map_err(store_error::<E>)?;
            outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
        .await;
        ran.map_err(|error| E::from(StoreError::Task(error.to_string())))?
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

/// The channel a commit that changed rows is announced on.
const CHANGES_CHANNEL: &str = "pocket_changes";

/// Listens on a connection of its own for the commits of every process on
/// the database and wakes `changed` for each; connects again a second
/// after losing the connection. Runs as long as the driver's runtime.
async fn listen_for_changes(config: tokio_postgres::Config, changed: Arc<tokio::sync::Notify>) {
    loop {
        if let Ok((client, mut connection)) = config.connect(tokio_postgres::NoTls).await {
            let listen_sql = format!("LISTEN {CHANGES_CHANNEL}");
            let listen = client.batch_execute(&listen_sql);
            // The connection must be driven for LISTEN to be answered, and
            // then for the notifications to arrive. LISTEN is polled until
            // it answers, never after; if it fails, connect again.
            let mut listen = Some(std::pin::pin!(listen));
            loop {
                let message = std::future::poll_fn(|cx| {
                    if let Some(waiting) = listen.as_mut() {
                        if let std::task::Poll::Ready(answer) = waiting.as_mut().poll(cx) {
                            listen = None;
                            if answer.is_err() {
                                return std::task::Poll::Ready(None);
                            }
                        }
                    }
                    connection.poll_message(cx)
                })
                .await;
                match message {
                    Some(Ok(tokio_postgres::AsyncMessage::Notification(_))) => changed.notify_waiters(),
                    Some(Ok(_)) => {}
                    Some(Err(_)) | None => break,
                }
            }
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

fn store_error<E: From<StoreError>>(error: SqlError) -> E {
    E::from(StoreError::from(error))
}

fn jitter_micros() -> u64 {
    let mut bytes = [0u8; 2];
    let _ = getrandom::fill(&mut bytes);
    u64::from(u16::from_le_bytes(bytes) % 1000)
}

/// Runs `future` on the driver's runtime and waits for it on this thread,
/// which may be any thread: a blocking one, or a test's.
fn wait_on<F>(runtime: &tokio::runtime::Handle, future: F) -> F::Output
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let (answer, answered) = std::sync::mpsc::sync_channel(1);
    runtime.spawn(async move {
        let _ = answer.send(future.await);
    });
    answered.recv().expect("the database runtime answers every statement")
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

/// One pooled connection, used by one blocking thread at a time.
pub struct PgSession {
    client: Arc<deadpool_postgres::Object>,
    runtime: tokio::runtime::Handle,
    /// A statement failed with a serialization failure or a deadlock: the
    /// transaction must be run again, whatever the domain code made of it.
    must_retry: Cell<bool>,
    /// Unique violations met by this session's writes so far.
    unique_violations: Cell<u32>,
    /// Statements held back (`BEGIN`, `SAVEPOINT`, `RELEASE`): they go
    /// with the next statement.
    held_back: std::cell::RefCell<Option<String>>,
    /// Whether the session runs on one of the store's blocking threads,
    /// where it may block on a statement itself.
    on_blocking_thread: bool,
}

impl PgSession {
    pub(super) fn execute(&self, sql: &str, params: Vec<Value>) -> Result<usize, SqlError> {
        let (client, held_back) = (self.client.clone(), self.held_back.take());
        let sql = to_numbered_placeholders(sql);
        let ran = self.wait_on(after_held_back(client.clone(), held_back, async move {
            let statement = client.prepare_cached(&sql).await?;
            client.execute(&statement, &as_params(&params)).await
        }));
        ran.map(|changed| changed as usize).map_err(|error| self.failed(error))
    }

    pub(super) fn query(&self, sql: &str, params: Vec<Value>) -> Result<Vec<Row>, SqlError> {
        let (client, held_back) = (self.client.clone(), self.held_back.take());
        let sql = to_numbered_placeholders(sql);
        let ran = self.wait_on(after_held_back(client.clone(), held_back, async move {
            let statement = client.prepare_cached(&sql).await?;
            let rows = client.query(&statement, &as_params(&params)).await?;
            rows.iter()
                .map(|row| (0..row.len()).map(|index| row.try_get::<_, Value>(index)).collect::<Result<Vec<_>, _>>())
                .map(|values| values.map(Row::new))
                .collect::<Result<Vec<Row>, _>>()
        }));
        ran.map_err(|error| self.failed(error))
    }

    /// Runs statements with no parameters. A lone `BEGIN`, `SAVEPOINT` or
    /// `RELEASE` is held back and sent together with the next statement
    /// (one round trip instead of two: they answer nothing the code reads,
    /// and the driver keeps the order); a transaction that ran nothing ends
    /// with nothing sent.
    pub(super) fn execute_batch(&self, sql: &str) -> Result<(), SqlError> {
        let statement = sql.trim();
        let may_wait = ["BEGIN", "SAVEPOINT", "RELEASE"].iter().any(|verb| statement.starts_with(verb));
        if may_wait && !statement.contains(';') {
            let mut pending = self.held_back.borrow_mut();
            let joined = match pending.take() {
                Some(earlier) => format!("{earlier}; {statement}"),
                None => statement.to_owned(),
            };
            *pending = Some(joined);
            return Ok(());
        }
        let nothing_ran = self.held_back.borrow().as_deref().is_some_and(|held| held.starts_with("BEGIN"));
        if matches!(statement, "COMMIT" | "ROLLBACK") && nothing_ran {
            self.held_back.take();
            return Ok(());
        }
        let (client, held_back) = (self.client.clone(), self.held_back.take());
        let sql = sql.to_owned();
        self.wait_on(after_held_back(client.clone(), held_back, async move { client.batch_execute(&sql).await }))
            .map_err(|error| self.failed(error))
    }

    /// Runs `future` on the driver's runtime and waits for it. On one of
    /// the store's blocking threads it is polled right here (no hop to
    /// another thread and back per statement); elsewhere (the command
    /// line, a test's thread) it is handed to the runtime.
    fn wait_on<F>(&self, future: F) -> F::Output
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        match self.on_blocking_thread {
            true => self.runtime.block_on(future),
            false => wait_on(&self.runtime, future),
        }
    }

    /// Runs `work` as one write transaction: committed if it returns `Ok`
    /// (and announced to every process if it changed rows), rolled back if
    /// it returns `Err`, and run again from the start, on a fresh snapshot,
    /// after a serialization failure or another's fresh row on a unique
    /// key, within [`MOST_RETRIES`] and [`MOST_UNIQUE_VIOLATIONS`].
    /// `to_error` turns a failed `BEGIN` or `COMMIT` into the caller's
    /// error.
    pub(super) fn transaction<T, E>(
        &self,
        mut work: impl FnMut(&Db) -> Result<T, E>,
        to_error: impl Fn(SqlError) -> E,
    ) -> Result<T, E> {
        let mut retries = 0;
        loop {
            self.must_retry.set(false);
            self.execute_batch(BEGIN_WRITE).map_err(&to_error)?;
            let db = Db::postgres(self);
            let outcome = work(&db);
            let ended = match &outcome {
                // Every process listening hears of the change once it is
                // committed (a long-poll wakes wherever it waits).
                Ok(_) if !self.must_retry.get() && db.rows_changed() > 0 => {
                    self.execute_batch(&format!("NOTIFY {CHANGES_CHANNEL}; COMMIT"))
                }
                Ok(_) if !self.must_retry.get() => self.execute_batch("COMMIT"),
                _ => self.execute_batch("ROLLBACK"),
            };
            let run_again = self.must_retry.get()
                && retries < MOST_RETRIES
                && self.unique_violations.get() <= MOST_UNIQUE_VIOLATIONS;
            if run_again {
                retries += 1;
                // A failed COMMIT has already ended the transaction; a
                // second ROLLBACK is then only a warning.
                let _ = self.execute_batch("ROLLBACK");
                // A little jitter so the writes that collided do not collide again.
                std::thread::sleep(std::time::Duration::from_micros(
                    300 * u64::from(retries.min(10)) + jitter_micros(),
                ));
                continue;
            }
            ended.map_err(&to_error)?;
            return outcome;
        }
    }

    fn failed(&self, error: tokio_postgres::Error) -> SqlError {
        let described = match error.as_db_error() {
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => error.to_string(),
        };
        if let Some(code) = error.code() {
            if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED {
                self.must_retry.set(true);
                return SqlError::RunAgain(described);
            }
            // Another transaction inserted the same key after this one's
            // snapshot (the same Idempotency-Key, two sign-ups with one
            // email): run again, and this time see its row.
            if *code == SqlState::UNIQUE_VIOLATION {
                self.must_retry.set(true);
                self.unique_violations.set(self.unique_violations.get() + 1);
                return SqlError::RunAgain(described);
            }
        }
        SqlError::Postgres(described)
    }
}

/// `statement`, preceded by the statements held back: both are sent
/// before either answer is awaited (the driver pipelines requests polled
/// together), so the transaction costs no round trip of its own.
async fn after_held_back<T>(
    client: Arc<deadpool_postgres::Object>,
    held_back: Option<String>,
    statement: impl Future<Output = Result<T, tokio_postgres::Error>>,
) -> Result<T, tokio_postgres::Error> {
    match held_back {
        None => statement.await,
        Some(held_back) => {
            let (sent_first, ran) = tokio::join!(client.batch_execute(&held_back), statement);
            sent_first?;
            ran
        }
    }
}

fn as_params(values: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|value| value as &(dyn ToSql + Sync)).collect()
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

/// SQLite's `?1` (and bare `?`) placeholders as PostgreSQL's `$1`, leaving
/// quoted text alone.
pub(super) fn to_numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut in_quotes = false;
    let mut bare = 0;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_quotes = !in_quotes;
                out.push(c);
            }
            '?' if !in_quotes => {
                out.push('$');
                if chars.peek().is_some_and(char::is_ascii_digit) {
                    while let Some(digit) = chars.next_if(char::is_ascii_digit) {
                        out.push(digit);
                    }
                } else {
                    bare += 1;
                    out.push_str(&bare.to_string());
                }
            }
            c => out.push(c),
        }
    }
    out
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(integer) => match *ty {
                Type::INT8 => integer.to_sql(ty, out),
                Type::INT4 => i32::try_from(*integer)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*integer)?.to_sql(ty, out),
                Type::BOOL => (*integer != 0).to_sql(ty, out),
                _ => integer.to_string().as_str().to_sql(ty, out),
            },
            Value::Text(text) => match *ty {
                Type::INT8 => text.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => text.parse::<i32>()?.to_sql(ty, out),
                _ => text.as_str().to_sql(ty, out),
            },
            Value::Blob(bytes) => bytes.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres_types::to_sql_checked!();
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, BoxError> {
        Ok(match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Value::Integer(i64::from(i16::from_sql(ty, raw)?)),
            Type::BOOL => Value::Integer(i64::from(bool::from_sql(ty, raw)?)),
            Type::BYTEA => Value::Blob(Vec::<u8>::from_sql(ty, raw)?),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                Value::Text(String::from_sql(ty, raw)?)
            }
            // NUMERIC (what SUM of BIGINT gives), times and the rest: the
            // statement should cast them to BIGINT or TEXT.
            _ => return Err(format!("a column of type {ty} is read as neither integer nor text; cast it").into()),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Self, BoxError> {
        Ok(Value::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::{postgres_schema, to_numbered_placeholders};

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

    #[test]
    fn placeholders_are_numbered_the_postgresql_way_outside_quoted_text() {
        assert_eq!(
            to_numbered_placeholders("SELECT a FROM t WHERE b = ?1 AND c = ?12 AND d = '?' AND e = ?"),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?' AND e = $1"
        );
    }
}
