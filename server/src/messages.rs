//! What the service sends: emails and SMS (kept, so the sandbox can show
//! them instead of sending), and the shopper's notification feed.

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction};
use serde_json::{json, Value};

use crate::app::Config;
use crate::http::ApiError;

/// An email or SMS to send.
pub struct Message<'a> {
    /// Whom it concerns.
    pub user_id: &'a str,
    /// `email` or `sms`.
    pub channel: &'a str,
    /// The address or phone number.
    pub recipient: &'a str,
    /// The subject line.
    pub subject: &'a str,
    /// The text, secret included.
    pub body: &'a str,
}

/// What a kept message shows instead of the secret it carried.
pub const SECRET_NOT_KEPT: &str = "<sent, not kept>";

/// Records an email or SMS as sent. `secret` is the link token or one-time
/// code it carries: the sandbox keeps it so a developer can read it; outside
/// the sandbox it is sent and never written down.
pub fn send_message(
    tx: &Transaction,
    config: &Config,
    message: &Message,
    secret: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let (body, kept_secret) = match secret {
        Some(secret) if !config.sandbox => (message.body.replace(secret, SECRET_NOT_KEPT), None),
        _ => (message.body.to_string(), secret),
    };
    tx.execute(
        "INSERT INTO sent_messages (user_id, channel, recipient, subject, body, code, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            message.user_id,
            message.channel,
            message.recipient,
            message.subject,
            body,
            kept_secret,
            now.to_rfc3339()
        ],
    )?;
    Ok(())
}

/// Sandbox: messages sent to `recipient` (email or phone), newest first.
pub fn sent_to(tx: &Transaction, recipient: &str) -> Result<Value, ApiError> {
    let mut statement = tx.prepare(
        "SELECT channel, recipient, subject, body, code, created_at FROM sent_messages
         WHERE recipient = ?1 ORDER BY id DESC LIMIT 50",
    )?;
    let rows = statement.query_map([recipient.trim().to_lowercase()], |r| {
        Ok(json!({
            "channel": r.get::<_, String>(0)?,
            "recipient": r.get::<_, String>(1)?,
            "subject": r.get::<_, String>(2)?,
            "body": r.get::<_, String>(3)?,
            "code": r.get::<_, Option<String>>(4)?,
            "sent_at": r.get::<_, String>(5)?,
        }))
    })?;
    Ok(json!({ "messages": rows.collect::<Result<Vec<_>, _>>()? }))
}

/// Adds to a shopper's notification feed.
pub fn notify(
    tx: &Transaction,
    user_id: &str,
    kind: &str,
    message: &str,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    tx.execute(
        "INSERT INTO notifications (user_id, kind, message, reference, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user_id, kind, message, reference, now.to_rfc3339()],
    )?;
    Ok(())
}

/// A shopper's notifications after `after_id`, oldest first (a client polls
/// with the last id it has seen).
pub fn notifications_after(tx: &Transaction, user_id: &str, after_id: i64) -> Result<Value, ApiError> {
    let mut statement = tx.prepare(
        "SELECT id, kind, message, reference, created_at FROM notifications
         WHERE user_id = ?1 AND id > ?2 ORDER BY id LIMIT 200",
    )?;
    let rows = statement.query_map(params![user_id, after_id], |r| {
        Ok(json!({
            "id": r.get::<_, i64>(0)?,
            "kind": r.get::<_, String>(1)?,
            "message": r.get::<_, String>(2)?,
            "reference": r.get::<_, String>(3)?,
            "created_at": r.get::<_, String>(4)?,
        }))
    })?;
    Ok(json!({ "notifications": rows.collect::<Result<Vec<_>, _>>()? }))
}
