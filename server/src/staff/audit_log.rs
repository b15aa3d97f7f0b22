//! What staff did: one row per action, written in the action's own
//! transaction (so it exists exactly when the action does), never changed.

use chrono::{DateTime, Utc};
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
