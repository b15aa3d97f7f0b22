//! The SQL the domain code speaks, the same over SQLite and PostgreSQL.
//!
//! Domain code takes a [`Db`] (one transaction on one of the two stores)
//! and runs statements written once, with SQLite's `?1` placeholders, which
//! the PostgreSQL store turns into `$1`. Values cross as [`Value`]: the four
//! kinds both stores share (money is integer minor units, times are RFC 3339
//! text, flags are 0 or 1), so a row reads the same from either.

use std::cell::Cell;

use super::pg_session::PgSession;
use super::values::{Params, Row, SqlError, Value};

/// Background work that one process at a time should do.
#[derive(Debug, Clone, Copy)]
pub enum Lead {
    /// Settling due top-ups and ending protections, every second.
    Settler = 7412,
}

/// One connection in one transaction (or, from `with_connection`, in
/// none), on whichever store the service runs over.
pub struct Db<'a> {
    backend: Backend<'a>,
    /// Rows inserted, updated or deleted: the store wakes long-polls only
    /// after a commit that changed something.
    rows_changed: Cell<u64>,
}

enum Backend<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(&'a PgSession),
}

impl<'a> Db<'a> {
    pub(super) fn sqlite(connection: &'a rusqlite::Connection) -> Db<'a> {
        Db { backend: Backend::Sqlite(connection), rows_changed: Cell::new(0) }
    }

    pub(super) fn postgres(session: &'a PgSession) -> Db<'a> {
        Db { backend: Backend::Postgres(session), rows_changed: Cell::new(0) }
    }

    /// Whether this is the PostgreSQL store (for the few statements the two
    /// dialects spell differently).
    pub fn is_postgres(&self) -> bool {
        matches!(self.backend, Backend::Postgres(_))
    }

    /// Rows changed through this handle so far.
    pub(super) fn rows_changed(&self) -> u64 {
        self.rows_changed.get()
    }

    /// Runs one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize, SqlError> {
        let changed = match &self.backend {
            Backend::Sqlite(connection) => {
                connection.prepare_cached(sql)?.execute(rusqlite::params_from_iter(params.values()))?
            }
            Backend::Postgres(session) => session.execute(sql, params.values())?,
        };
        self.rows_changed.set(self.rows_changed.get() + changed as u64);
        Ok(changed)
    }

    /// Runs one statement whose count of changed rows the caller does not
    /// need: on PostgreSQL, in a write transaction, it is sent with the
    /// next statement (pipelined, in order), so it costs no round trip of
    /// its own, and its error, if any, is the next statement's or the
    /// commit's. For the writes at the end of a transaction (a payment's
    /// spend, its rows, its answer).
    pub fn execute_unread(&self, sql: &str, params: impl Params) -> Result<(), SqlError> {
        match &self.backend {
            Backend::Sqlite(_) => self.execute(sql, params).map(drop),
            Backend::Postgres(session) => {
                session.execute_later(sql, params.values())?;
                self.rows_changed.set(self.rows_changed.get() + 1);
                Ok(())
            }
        }
    }

    /// Runs one statement and reads its first row; [`SqlError::NoRows`]
    /// if it has none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        read: impl FnOnce(&Row) -> Result<T, SqlError>,
    ) -> Result<T, SqlError> {
        let rows = self.query(sql, params.values(), Some(1))?;
        let row = rows.into_iter().next().ok_or(SqlError::NoRows)?;
        // An INSERT ... RETURNING changes the row it returns.
        if starts_with_write(sql) {
            self.rows_changed.set(self.rows_changed.get() + 1);
        }
        read(&row)
    }

    /// Runs `work` in a transaction of its own, for a handle outside any
    /// (`Store::with_connection`): committed if it returns `Ok`. On SQLite
    /// it takes the write lock at once (`IMMEDIATE`); on PostgreSQL it runs
    /// as a store write does, again after a serialization failure, so two
    /// processes starting together each see the other's work whole.
    pub fn in_transaction<T, E: From<SqlError>>(&self, mut work: impl FnMut(&Db) -> Result<T, E>) -> Result<T, E> {
        match self.backend {
            Backend::Sqlite(_) => {
                self.execute_batch("BEGIN IMMEDIATE")?;
                let outcome = work(self);
                let ended = match &outcome {
                    Ok(_) => self.execute_batch("COMMIT"),
                    Err(_) => self.execute_batch("ROLLBACK"),
                };
                ended?;
                outcome
            }
            Backend::Postgres(session) => Db::postgres_transaction(session, work, E::from),
        }
    }

    /// `work` as one write transaction on `session` (`PgSession::transaction`:
    /// run again after a serialization failure), on a `Db` of its own.
    pub(super) fn postgres_transaction<T, E>(
        session: &PgSession,
        mut work: impl FnMut(&Db) -> Result<T, E>,
        to_error: impl Fn(SqlError) -> E,
    ) -> Result<T, E> {
        session.transaction(
            |session| {
                let db = Db::postgres(session);
                let outcome = work(&db);
                (outcome, db.rows_changed() > 0)
            },
            to_error,
        )
    }

    /// Whether this transaction leads `work` among the processes sharing
    /// the database: on PostgreSQL, whether it got the work's advisory lock
    /// (held until the transaction ends; others asking meanwhile are told
    /// no at once); on SQLite always, as its one writer runs one
    /// transaction at a time anyway.
    pub fn lead(&self, work: Lead) -> Result<bool, SqlError> {
        match self.backend {
            Backend::Sqlite(_) => Ok(true),
            Backend::Postgres(_) => {
                self.query_row("SELECT pg_try_advisory_xact_lock(?1)", [work as i64], |row| row.get::<_, bool>(0))
            }
        }
    }

    /// Makes this transaction take turns with every other one that claims
    /// the same shopper: for a rule that counts her rows (limits, bound
    /// cards) and inserts one more. On PostgreSQL it updates her row, so
    /// of two such transactions running at once the later is refused and
    /// run again on a snapshot that holds the earlier one's rows. On
    /// SQLite, whose one writer runs one transaction at a time, it does
    /// nothing. Any id that is not a shopper's claims nothing. In a write
    /// transaction the update goes with the next statement: it answers
    /// nothing the code reads, so it costs no round trip of its own, and it
    /// changes no data, so it is not counted as a change.
    pub fn claim_shopper(&self, user_id: &str) -> Result<(), SqlError> {
        match &self.backend {
            Backend::Sqlite(_) => Ok(()),
            Backend::Postgres(session) => {
                session.execute_later("UPDATE users SET id = id WHERE id = ?1", vec![Value::Text(user_id.into())])
            }
        }
    }

    /// Runs statements with no parameters, separated by semicolons.
    pub fn execute_batch(&self, sql: &str) -> Result<(), SqlError> {
        match &self.backend {
            Backend::Sqlite(connection) => Ok(connection.execute_batch(sql)?),
            Backend::Postgres(session) => session.execute_batch(sql),
        }
    }

    /// The same as [`Db::prepare_cached`]: every statement is cached.
    pub fn prepare<'s>(&'s self, sql: &'s str) -> Result<Statement<'s, 'a>, SqlError> {
        self.prepare_cached(sql)
    }

    /// A statement to run with [`Statement::query_map`].
    pub fn prepare_cached<'s>(&'s self, sql: &'s str) -> Result<Statement<'s, 'a>, SqlError> {
        Ok(Statement { db: self, sql })
    }

    fn query(&self, sql: &str, params: Vec<Value>, most_rows: Option<usize>) -> Result<Vec<Row>, SqlError> {
        match &self.backend {
            Backend::Sqlite(connection) => {
                let mut statement = connection.prepare_cached(sql)?;
                let columns = statement.column_count();
                let mut rows = statement.query(rusqlite::params_from_iter(params))?;
                let mut read = Vec::new();
                while let Some(row) = rows.next()? {
                    read.push(Row::new((0..columns).map(|i| sqlite_value(row, i)).collect::<Result<_, _>>()?));
                    if most_rows.is_some_and(|most| read.len() >= most) {
                        break;
                    }
                }
                Ok(read)
            }
            Backend::Postgres(session) => session.query(sql, params),
        }
    }
}

fn starts_with_write(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or("").to_ascii_uppercase();
    matches!(head.as_str(), "INSERT" | "UPDATE" | "DELETE")
}

/// A statement that returns rows.
pub struct Statement<'s, 'a> {
    db: &'s Db<'a>,
    sql: &'s str,
}

impl Statement<'_, '_> {
    /// Runs the statement and reads every row with `read`.
    pub fn query_map<T>(
        &mut self,
        params: impl Params,
        mut read: impl FnMut(&Row) -> Result<T, SqlError>,
    ) -> Result<std::vec::IntoIter<Result<T, SqlError>>, SqlError> {
        let rows = self.db.query(self.sql, params.values(), None)?;
        Ok(rows.iter().map(&mut read).collect::<Vec<_>>().into_iter())
    }
}

fn sqlite_value(row: &rusqlite::Row<'_>, index: usize) -> Result<Value, SqlError> {
    use rusqlite::types::ValueRef;
    Ok(match row.get_ref(index)? {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(integer) => Value::Integer(integer),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
        ValueRef::Real(_) => {
            return Err(SqlError::Column { index, wanted: "no floating point", found: Value::Null });
        }
    })
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(integer) => ValueRef::Integer(*integer),
            Value::Text(text) => ValueRef::Text(text.as_bytes()),
            Value::Blob(bytes) => ValueRef::Blob(bytes),
        }))
    }
}
