//! One PostgreSQL connection as the store uses it: statements with SQLite's
//! placeholders, values as [`Value`], `BEGIN`, `SAVEPOINT` and `RELEASE`
//! sent with the next statement (pipelined), and the write transaction run
//! again after a serialization failure. The store (`postgres.rs`) pools
//! these; a [`super::Db`] runs the domain's statements on one.

use std::cell::Cell;
use std::future::Future;
use std::sync::Arc;

use postgres_types::{FromSql, IsNull, ToSql, Type};
use tokio_postgres::error::SqlState;

use super::pg_changes::Changes;
use super::values::{Row, SqlError, Value};

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

fn jitter_micros() -> u64 {
    let mut bytes = [0u8; 2];
    let _ = getrandom::fill(&mut bytes);
    u64::from(u16::from_le_bytes(bytes) % 1000)
}

/// Runs `future` on the driver's runtime and waits for it on this thread,
/// which may be any thread: a blocking one, or a test's.
pub(super) fn wait_on<F>(runtime: &tokio::runtime::Handle, future: F) -> F::Output
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

/// One pooled connection, used by one blocking thread at a time.
pub struct PgSession {
    client: Arc<deadpool_postgres::Object>,
    runtime: tokio::runtime::Handle,
    /// Told of each commit that changed rows.
    changes: Arc<Changes>,
    /// A statement failed with a serialization failure or a deadlock: the
    /// transaction must be run again, whatever the domain code made of it.
    must_retry: Cell<bool>,
    /// Unique violations met by this session's writes so far.
    unique_violations: Cell<u32>,
    /// Statements held back, in order: transaction control (`BEGIN`,
    /// `SAVEPOINT`, `RELEASE`, the shopper's claim) and statements whose
    /// count no code reads. They go with the next statement.
    pending: std::cell::RefCell<Vec<Pending>>,
    /// Whether a write transaction is running: only then can a statement
    /// wait for the next one (its `COMMIT` at the latest).
    in_write: Cell<bool>,
    /// Whether the session runs on one of the store's blocking threads,
    /// where it may block on a statement itself.
    on_blocking_thread: bool,
}

impl PgSession {
    /// A session over one pooled connection; `on_blocking_thread` if it runs
    /// on one of the store's blocking threads (it may then block on a
    /// statement itself).
    pub(super) fn new(
        client: deadpool_postgres::Object,
        runtime: tokio::runtime::Handle,
        changes: Arc<Changes>,
        on_blocking_thread: bool,
    ) -> PgSession {
        PgSession {
            client: Arc::new(client),
            runtime,
            changes,
            must_retry: Cell::new(false),
            unique_violations: Cell::new(0),
            pending: std::cell::RefCell::new(Vec::new()),
            in_write: Cell::new(false),
            on_blocking_thread,
        }
    }

    pub(super) fn execute(&self, sql: &str, params: Vec<Value>) -> Result<usize, SqlError> {
        let (client, pending) = (self.client.clone(), self.pending.take());
        let sql = to_numbered_placeholders(sql);
        let ran = self.wait_on(after_pending(client.clone(), pending, async move {
            let statement = client.prepare_cached(&sql).await?;
            client.execute(&statement, &as_params(&params)).await
        }));
        ran.map(|changed| changed as usize).map_err(|error| self.failed(error))
    }

    pub(super) fn query(&self, sql: &str, params: Vec<Value>) -> Result<Vec<Row>, SqlError> {
        let (client, pending) = (self.client.clone(), self.pending.take());
        let sql = to_numbered_placeholders(sql);
        let ran = self.wait_on(after_pending(client.clone(), pending, async move {
            let statement = client.prepare_cached(&sql).await?;
            let rows = client.query(&statement, &as_params(&params)).await?;
            rows.iter()
                .map(|row| (0..row.len()).map(|index| row.try_get::<_, Value>(index)).collect::<Result<Vec<_>, _>>())
                .map(|values| values.map(Row::new))
                .collect::<Result<Vec<Row>, _>>()
        }));
        ran.map_err(|error| self.failed(error))
    }

    /// Holds `statement` (one, with no parameters, whose answer no code
    /// reads) back, to be sent with the next statement; its error, if any,
    /// is that statement's.
    fn hold_back(&self, statement: &str) {
        let mut pending = self.pending.borrow_mut();
        match pending.last_mut() {
            Some(Pending::Batch(earlier)) => *earlier = format!("{earlier}; {statement}"),
            _ => pending.push(Pending::Batch(statement.to_owned())),
        }
    }

    /// Holds a statement whose count no code reads back, to be sent with
    /// the next statement (pipelined, in order); its error, if any, is
    /// that statement's, or the commit's. Outside a write transaction,
    /// where no next statement may come, it runs now.
    pub(super) fn execute_later(&self, sql: &str, params: Vec<Value>) -> Result<(), SqlError> {
        if !self.in_write.get() {
            return self.execute(sql, params).map(drop);
        }
        self.pending.borrow_mut().push(Pending::Statement(to_numbered_placeholders(sql), params));
        Ok(())
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
            self.hold_back(statement);
            return Ok(());
        }
        if statement == "ROLLBACK" {
            // What the transaction held back to write is undone unsent.
            self.pending.borrow_mut().retain(|held| matches!(held, Pending::Batch(_)));
        }
        let nothing_ran =
            matches!(self.pending.borrow().as_slice(), [Pending::Batch(held)] if held.starts_with("BEGIN"));
        if matches!(statement, "COMMIT" | "ROLLBACK") && nothing_ran {
            self.pending.take();
            return Ok(());
        }
        let (client, pending) = (self.client.clone(), self.pending.take());
        let sql = sql.to_owned();
        self.wait_on(after_pending(client.clone(), pending, async move { client.batch_execute(&sql).await }))
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

    /// Runs `attempt` as one write transaction: committed if it returns
    /// `Ok` (and announced to every process if it changed rows, its second
    /// value), rolled back if it returns `Err`, and run again from the
    /// start, on a fresh snapshot, after a serialization failure or
    /// another's fresh row on a unique key, within [`MOST_RETRIES`] and
    /// [`MOST_UNIQUE_VIOLATIONS`]. `to_error` turns a failed `BEGIN` or
    /// `COMMIT` into the caller's error. (`Db::postgres` makes the
    /// transaction's `Db` of this session: the caller, which knows it.)
    pub(super) fn transaction<T, E>(
        &self,
        mut attempt: impl FnMut(&PgSession) -> (Result<T, E>, bool),
        to_error: impl Fn(SqlError) -> E,
    ) -> Result<T, E> {
        let mut retries = 0;
        loop {
            self.must_retry.set(false);
            self.execute_batch(BEGIN_WRITE).map_err(&to_error)?;
            self.in_write.set(true);
            let (outcome, changed_rows) = attempt(self);
            let ended = match &outcome {
                Ok(_) if !self.must_retry.get() => self.execute_batch("COMMIT"),
                _ => self.execute_batch("ROLLBACK"),
            };
            self.in_write.set(false);
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
            if outcome.is_ok() && changed_rows {
                // Every process hears of the change once it is committed
                // (a long-poll wakes wherever it waits).
                self.changes.committed();
            }
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

/// A statement held back to go with the next one.
pub(super) enum Pending {
    /// Statements with no parameters, sent as one batch.
    Batch(String),
    /// A statement with its parameters, whose count no code reads.
    Statement(String, Vec<Value>),
}

/// A held-back statement, prepared.
enum Ready {
    Batch(String),
    Statement(tokio_postgres::Statement, Vec<Value>),
}

/// `statement`, preceded by the statements held back: all are sent before
/// any answer is awaited (the driver sends a request when its future is
/// first polled, and they are first polled in order), so what was held
/// back costs no round trip of its own. The first error, in order, is the
/// answer.
async fn after_pending<T>(
    client: Arc<deadpool_postgres::Object>,
    pending: Vec<Pending>,
    statement: impl Future<Output = Result<T, tokio_postgres::Error>>,
) -> Result<T, tokio_postgres::Error> {
    if pending.is_empty() {
        return statement.await;
    }
    // Prepared first (from the cache, after the first time), so that none
    // of them waits on a round trip of its own once the requests go out.
    let mut ready = Vec::with_capacity(pending.len());
    for held in pending {
        ready.push(match held {
            Pending::Batch(batch) => Ready::Batch(batch),
            Pending::Statement(sql, params) => Ready::Statement(client.prepare_cached(&sql).await?, params),
        });
    }
    let client = &client;
    let before = ready
        .iter()
        .map(|held| -> std::pin::Pin<Box<dyn Future<Output = Result<(), tokio_postgres::Error>> + Send + '_>> {
            match held {
                Ready::Batch(batch) => Box::pin(client.batch_execute(batch)),
                Ready::Statement(prepared, params) => {
                    Box::pin(async move { client.execute(prepared, &as_params(params)).await.map(drop) })
                }
            }
        })
        .collect();
    let (sent_first, ran) = tokio::join!(first_polled_in_order(before), statement);
    sent_first.into_iter().collect::<Result<Vec<()>, _>>()?;
    ran
}

/// Polls `futures` together, each first in the order given, and gives
/// their outputs in that order once all are done.
async fn first_polled_in_order<T>(futures: Vec<std::pin::Pin<Box<dyn Future<Output = T> + Send + '_>>>) -> Vec<T> {
    let mut futures: Vec<_> = futures.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<T>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut waiting = false;
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if let Some(running) = future {
                match running.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => {
                        *output = Some(value);
                        *future = None;
                    }
                    std::task::Poll::Pending => waiting = true,
                }
            }
        }
        if waiting {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}

fn as_params(values: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|value| value as &(dyn ToSql + Sync)).collect()
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
    use super::to_numbered_placeholders;

    #[test]
    fn placeholders_are_numbered_the_postgresql_way_outside_quoted_text() {
        assert_eq!(
            to_numbered_placeholders("SELECT a FROM t WHERE b = ?1 AND c = ?12 AND d = '?' AND e = ?"),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?' AND e = $1"
        );
    }
}
