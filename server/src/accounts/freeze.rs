//! Compliance freezing an account, and thawing it. While frozen no money
//! leaves the account (`standing_to_spend` refuses payments, top-ups and
//! transfers); the shopper still signs in, sees her money, receives what is
//! sent or refunded to her, and writes to support. She is told either way,
//! in her language, with the reason compliance gave.

use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::{NotificationFacts, NotificationKind};
use serde::Serialize;

use crate::messages::notify;
use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};

/// Whether and why an account is frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Frozen {
    /// Since when (RFC 3339).
    pub at: String,
    /// What the shopper was told.
    pub reason: String,
}

/// The account's freeze, if it has one; 404 for no such account.
pub fn frozen(tx: &Db, user_id: &str) -> Result<Option<Frozen>, Refusal> {
    let row: Option<(Option<String>, Option<String>)> =
        tx.query_row("SELECT frozen_at, frozen_reason FROM users WHERE id = ?1", [user_id], |r| r.read()).optional()?;
    match row.ok_or_else(|| Refusal::not_found("user"))? {
        (Some(at), reason) => Ok(Some(Frozen { at, reason: reason.unwrap_or_default() })),
        (None, _) => Ok(None),
    }
}

/// Freezes the account for `reason`, which the shopper reads.
pub fn freeze(tx: &Db, user_id: &str, reason: &str, now: DateTime<Utc>) -> Result<Frozen, Refusal> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Refusal::validation("reason_required", "say why the account is frozen: the shopper reads it")
            .with_field("reason"));
    }
    if frozen(tx, user_id)?.is_some() {
        return Err(Refusal::conflict("account_frozen_already", "this account is frozen already"));
    }
    tx.execute(
        "UPDATE users SET frozen_at = ?1, frozen_reason = ?2 WHERE id = ?3",
        params![now.to_rfc3339(), reason, user_id],
    )?;
    let facts = NotificationFacts { note: Some(reason.to_string()), ..NotificationFacts::default() };
    let message = format!("Your account is frozen: {reason}");
    notify(tx, user_id, NotificationKind::AccountFrozen, &message, user_id, &facts, now)?;
    Ok(Frozen { at: now.to_rfc3339(), reason: reason.to_string() })
}

/// Ends the account's freeze: money may leave it again.
pub fn thaw(tx: &Db, user_id: &str, now: DateTime<Utc>) -> Result<Frozen, Refusal> {
    let was =
        frozen(tx, user_id)?.ok_or_else(|| Refusal::conflict("account_not_frozen", "this account is not frozen"))?;
    tx.execute("UPDATE users SET frozen_at = NULL, frozen_reason = NULL WHERE id = ?1", [user_id])?;
    let message = "Your account is no longer frozen: you can pay, add and send money again";
    notify(tx, user_id, NotificationKind::AccountThawed, message, user_id, &NotificationFacts::default(), now)?;
    Ok(was)
}
