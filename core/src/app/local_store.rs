//! The phone's own SQLite file: the last copy of every screen (so reads work
//! offline) and the outbox of money-moving actions (so none is lost or sent
//! twice). `synchronous=FULL`: an action saved here survives the app being
//! killed the moment after.
//!
//! Nothing secret is written here: screens hold masked cards only, and an
//! outbox row holds the request without its payment password or one-time
//! code (those wait in the secret store).

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::PocketError;
use crate::money::{Currency, Money};

/// Schema versions, applied in order (`PRAGMA user_version` counts them).
const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE screens (
        name TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        body TEXT NOT NULL,
        summary TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        answer TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX outbox_by_state ON outbox (state, created_at);
",
    "
    ALTER TABLE outbox ADD COLUMN reference TEXT;
    ALTER TABLE outbox ADD COLUMN amount_minor INTEGER;
    ALTER TABLE outbox ADD COLUMN currency TEXT;
",
];

/// The phone's database, cheap to clone.
#[derive(Clone)]
pub(crate) struct LocalStore {
    connection: Arc<Mutex<Connection>>,
}

/// A saved screen and when the service sent it.
pub(crate) struct Saved<T> {
    pub value: T,
    pub fetched_at: DateTime<Utc>,
}

/// One outbox row.
#[derive(Debug, Clone)]
pub(crate) struct OutboxRow {
    pub id: String,
    pub user_id: String,
    pub kind: super::views::ActionKind,
    pub method: String,
    pub path: String,
    pub body: serde_json::Value,
    pub summary: String,
    pub reference: Option<String>,
    pub amount: Option<Money>,
    pub state: String,
    pub attempts: u32,
    pub last_error: Option<String>,
    pub answer: Option<serde_json::Value>,
    pub created_at: DateTime<Utc>,
}

impl LocalStore {
    /// Opens (creating and migrating) `pocket-app.sqlite3` in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<LocalStore, PocketError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|error| PocketError::internal(format!("cannot create {}: {error}", data_dir.display())))?;
        let mut connection = Connection::open(data_dir.join("pocket-app.sqlite3"))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut connection)?;
        Ok(LocalStore { connection: Arc::new(Mutex::new(connection)) })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>, PocketError> {
        Ok(self.lock().query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), PocketError> {
        self.lock().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// Keeps the latest copy of a screen.
    pub fn save_screen<T: Serialize>(&self, name: &str, value: &T, now: DateTime<Utc>) -> Result<(), PocketError> {
        let body = serde_json::to_string(value).map_err(PocketError::internal)?;
        self.lock().execute(
            "INSERT INTO screens (name, body, fetched_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at",
            params![name, body, now.to_rfc3339()],
        )?;
        Ok(())
    }

    /// The last copy of a screen, if there is one.
    pub fn screen<T: DeserializeOwned>(&self, name: &str) -> Result<Option<Saved<T>>, PocketError> {
        let row: Option<(String, String)> = self
            .lock()
            .query_row("SELECT body, fetched_at FROM screens WHERE name = ?1", [name], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((body, fetched_at)) = row else {
            return Ok(None);
        };
        // A copy saved by another version of the app, in a shape this one
        // cannot read, is only a cache: it is dropped and fetched again,
        // never an error that keeps the screen from opening.
        match serde_json::from_str(&body) {
            Ok(value) => Ok(Some(Saved { value, fetched_at: parse_time(&fetched_at)? })),
            Err(error) => {
                tracing::warn!(%error, screen = name, "a saved screen from another version is dropped");
                self.lock().execute("DELETE FROM screens WHERE name = ?1", [name])?;
                Ok(None)
            }
        }
    }

    /// Forgets every screen (sign-out, or another shopper signing in).
    pub fn forget_screens(&self) -> Result<(), PocketError> {
        self.lock().execute_batch("DELETE FROM screens; DELETE FROM meta WHERE key <> 'installation';")?;
        Ok(())
    }

    /// Saves a new pending action. Durable before this returns.
    pub fn add_to_outbox(&self, row: &OutboxRow) -> Result<(), PocketError> {
        self.lock().execute(
            "INSERT INTO outbox (id, user_id, kind, method, path, body, summary, state, attempts, created_at, updated_at,
                                 reference, amount_minor, currency)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?9, ?10, ?11, ?12)",
            params![
                row.id,
                row.user_id,
                row.kind.name(),
                row.method,
                row.path,
                row.body.to_string(),
                row.summary,
                row.state,
                row.created_at.to_rfc3339(),
                row.reference,
                row.amount.map(|amount| amount.to_minor_units()),
                row.amount.map(|amount| amount.currency().code()),
            ],
        )?;
        Ok(())
    }

    /// Records an attempt's outcome.
    pub fn update_outbox(
        &self,
        id: &str,
        state: &str,
        last_error: Option<&str>,
        answer: Option<&serde_json::Value>,
        counted_attempt: bool,
        now: DateTime<Utc>,
    ) -> Result<(), PocketError> {
        self.lock().execute(
            "UPDATE outbox SET state = ?2, last_error = ?3, answer = COALESCE(?4, answer),
                    attempts = attempts + ?5, updated_at = ?6
             WHERE id = ?1",
            params![id, state, last_error, answer.map(|a| a.to_string()), i64::from(counted_attempt), now.to_rfc3339()],
        )?;
        Ok(())
    }

    pub fn outbox_row(&self, id: &str) -> Result<Option<OutboxRow>, PocketError> {
        let connection = self.lock();
        let mut statement = connection.prepare(&format!("{SELECT_OUTBOX} WHERE id = ?1"))?;
        let row = statement.query_row([id], outbox_row).optional()?;
        row.map(finish_row).transpose()
    }

    /// Rows in `states`, oldest first.
    pub fn outbox_in(&self, states: &[&str]) -> Result<Vec<OutboxRow>, PocketError> {
        let connection = self.lock();
        let placeholders = vec!["?"; states.len()].join(", ");
        let mut statement =
            connection.prepare(&format!("{SELECT_OUTBOX} WHERE state IN ({placeholders}) ORDER BY created_at, id"))?;
        let rows = statement.query_map(rusqlite::params_from_iter(states), outbox_row)?;
        rows.map(|row| finish_row(row?)).collect()
    }
}

const SELECT_OUTBOX: &str = "SELECT id, user_id, kind, method, path, body, summary, state, attempts, last_error,
        answer, created_at, reference, amount_minor, currency FROM outbox";

/// A row with the columns that need parsing still as text.
type RawRow = (OutboxRow, String, Option<String>, String, Option<(i64, String)>);

fn outbox_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok((
        OutboxRow {
            id: r.get(0)?,
            user_id: r.get(1)?,
            kind: {
                let name: String = r.get(2)?;
                super::views::ActionKind::from_name(&name).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        2,
                        rusqlite::types::Type::Text,
                        format!("no action kind {name}").into(),
                    )
                })?
            },
            method: r.get(3)?,
            path: r.get(4)?,
            body: serde_json::Value::Null,
            summary: r.get(6)?,
            reference: r.get(12)?,
            amount: None,
            state: r.get(7)?,
            attempts: r.get(8)?,
            last_error: r.get(9)?,
            answer: None,
            created_at: DateTime::<Utc>::MIN_UTC,
        },
        r.get(5)?,
        r.get(10)?,
        r.get(11)?,
        match (r.get::<_, Option<i64>>(13)?, r.get::<_, Option<String>>(14)?) {
            (Some(minor), Some(currency)) => Some((minor, currency)),
            _ => None,
        },
    ))
}

fn finish_row((mut row, body, answer, created_at, amount): RawRow) -> Result<OutboxRow, PocketError> {
    if let Some((minor, code)) = amount {
        let currency = Currency::from_code(&code).map_err(PocketError::internal)?;
        row.amount = Some(Money::from_minor_units(minor, currency).map_err(PocketError::internal)?);
    }
    row.body = serde_json::from_str(&body).map_err(PocketError::internal)?;
    row.answer = answer.map(|a| serde_json::from_str(&a)).transpose().map_err(PocketError::internal)?;
    row.created_at = parse_time(&created_at)?;
    Ok(row)
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, PocketError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|error| PocketError::internal(format!("a bad time in local storage: {error}")))
}

fn migrate(connection: &mut Connection) -> Result<(), PocketError> {
    let applied: usize = connection.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (version, migration) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = connection.transaction()?;
        tx.execute_batch(migration)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
    struct ScreenNow {
        balances: Vec<String>,
        top_ups: u32,
    }

    #[test]
    fn a_screen_saved_in_a_shape_this_version_cannot_read_is_dropped_not_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path()).unwrap();
        let older = serde_json::json!({ "balances": "one string, as an old version saved it" });
        store.save_screen("wallet", &older, Utc::now()).unwrap();

        let read = store.screen::<ScreenNow>("wallet").expect("an unreadable saved screen is not an error");

        assert!(read.is_none(), "it reads as nothing saved, so the screen is fetched again");
        let current = ScreenNow { balances: vec!["USD".into()], top_ups: 2 };
        store.save_screen("wallet", &current, Utc::now()).unwrap();
        assert_eq!(store.screen::<ScreenNow>("wallet").unwrap().map(|saved| saved.value), Some(current));
    }
}

#[cfg(test)]
mod action_kind_names {
    use super::super::views::ActionKind;

    const EVERY_KIND: [ActionKind; 5] =
        [ActionKind::Pay, ActionKind::TopUp, ActionKind::Transfer, ActionKind::CancelOrder, ActionKind::ConfirmReceipt];

    #[test]
    fn every_kind_read_back_from_the_outbox_is_the_kind_that_was_kept() {
        for kind in EVERY_KIND {
            assert_eq!(ActionKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(ActionKind::from_name("refund"), None, "an unknown name is not guessed");
    }

    #[test]
    fn the_kept_name_is_the_name_the_view_serializes() {
        for kind in EVERY_KIND {
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(kind.name()));
        }
    }
}
