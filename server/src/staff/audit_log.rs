//! What staff did: one row per action, written in the action's own
//! transaction (so it exists exactly when the action does), never changed.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::params;
use crate::refusals::Refusal;
use crate::store::Db;

/// One action of one member of staff.
pub struct AuditEntry<'a> {
    /// Who did it.
    pub staff_id: &'a str,
    /// What (`case.reply`, `case.resolve`...).
    pub action: &'a str,
    /// To what: `case:<id>`, `user:<id>`, `order:<id>`.
    pub subject: String,
    /// How it stood before, if it matters.
    pub before: Option<Value>,
    /// How it stands after.
    pub after: Option<Value>,
}

/// Writes the entry, in the caller's transaction.
pub fn record(tx: &Db, entry: &AuditEntry, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "INSERT INTO staff_audit (staff_id, action, subject, before, after, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            entry.staff_id,
            entry.action,
            entry.subject,
            entry.before.as_ref().map(Value::to_string),
            entry.after.as_ref().map(Value::to_string),
            now.to_rfc3339(),
        ],
    )?;
    Ok(())
}

/// One entry as the audit log's page shows it.
#[derive(Debug, Serialize)]
pub struct AuditRow {
    /// When (RFC 3339).
    pub at: String,
    /// Who, by their email.
    pub email: String,
    /// What.
    pub action: String,
    /// To what.
    pub subject: String,
    /// How it stood before (JSON), if it matters.
    pub before: Option<String>,
    /// How it stands after (JSON).
    pub after: Option<String>,
}

/// The latest `limit` entries, newest first; only those about `subject`
/// when one is given (`user:<id>`, `order:<id>`...).
pub fn latest(tx: &Db, subject: Option<&str>, limit: i64) -> Result<Vec<AuditRow>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT a.at, s.email, a.action, a.subject, a.before, a.after
         FROM staff_audit a JOIN staff s ON s.id = a.staff_id
         WHERE CAST(?1 AS TEXT) IS NULL OR a.subject = ?1
         ORDER BY a.seq DESC LIMIT ?2",
    )?;
    let rows = statement.query_map(params![subject, limit], |r| {
        r.read::<(String, String, String, String, Option<String>, Option<String>)>()
    })?;
    let mut entries = Vec::new();
    for row in rows {
        let (at, email, action, subject, before, after) = row?;
        entries.push(AuditRow { at, email, action, subject, before, after });
    }
    Ok(entries)
}
