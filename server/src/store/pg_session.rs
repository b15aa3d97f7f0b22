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
    /// Statements held back (`BEGIN`, `SAVEPOINT`, `RELEASE`): they go
    /// with the next statement.
    held_back: std::cell::RefCell<Option<String>>,
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
            held_back: std::cell::RefCell::new(None),
            on_blocking_thread,
        }
    }

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

    /// Holds `statement` (one, with no parameters, whose answer no code
    /// reads) back, to be sent with the next statement; its error, if any,
    /// is that statement's.
    pub(super) fn hold_back(&self, statement: &str) {
        let mut pending = self.held_back.borrow_mut();
        let joined = match pending.take() {
            Some(earlier) => format!("{earlier}; {statement}"),
            None => statement.to_owned(),
        };
        *pending = Some(joined);
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
            let (outcome, changed_rows) = attempt(self);
            let ended = match &outcome {
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
