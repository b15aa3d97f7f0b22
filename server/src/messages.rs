//! What the service sends: emails and SMS, queued for the outbox worker
//! (`crate::outbox`), and the shopper's notification feed.

use crate::params;
use crate::store::Db;
use chrono::{DateTime, Utc};
use pocket_core::contract::sandbox::{SentMessage, SentMessages};
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::contract::wallet::{Notification, NotificationFacts, Notifications};

use crate::app::Config;
pub use crate::outbox::Address;
use crate::outbox::{SEALED_PURPOSE, SECRET_PLACEHOLDER};
use crate::refusals::Refusal;
use crate::time::parse_time;

/// Whom a letter concerns, where it goes and what it says: a message id of
/// `server/locales/`, worded in the shopper's language with `args`.
pub struct LetterTo<'a> {
    /// Whom it concerns (their language is used).
    pub user_id: &'a str,
    /// Where it goes.
    pub to: Address<'a>,
    /// The message id (`email-confirm`).
    pub id: &'a str,
    /// Its placeholders' values.
    pub args: &'a [(&'a str, String)],
}

/// Words a letter in the shopper's language and queues it, in the caller's
/// transaction: the outbox worker (`crate::outbox`) sends it after the
/// commit. `secret` is the link token or one-time code it carries: sealed
/// under the service key until it is sent, then erased; the sandbox also
/// keeps it in clear so a developer can read it.
pub fn queue_letter(
    tx: &Db,
    config: &Config,
    letter: &LetterTo,
    secret: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let language = crate::letters::language_of(tx, letter.user_id)?;
    let worded = crate::letters::letter(language, letter.id, letter.args);
    let recipient = letter.to.recipient();
    let body = match secret {
        Some(secret) => worded.body.replace(secret, SECRET_PLACEHOLDER),
        None => worded.body,
    };
    let sealed = secret.map(|secret| config.service_key.seal(SEALED_PURPOSE, recipient, secret));
    let kept_secret = secret.filter(|_| config.sandbox);
    tx.execute(
        "INSERT INTO sent_messages
             (user_id, channel, recipient, subject, body, code, created_at, status, sealed_secret, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?8, ?7)",
        params![
            letter.user_id,
            letter.to.channel(),
            recipient,
            worded.subject,
            body,
            kept_secret,
            now.to_rfc3339(),
            sealed,
        ],
    )?;
    Ok(())
}

/// Sandbox: messages sent to `recipient` (email or phone), newest first.
pub fn sent_to(tx: &Db, recipient: &str) -> Result<SentMessages, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT channel, recipient, subject, body, code, created_at FROM sent_messages
         WHERE recipient = ?1 ORDER BY id DESC LIMIT 50",
    )?;
    let rows = statement.query_map([recipient.trim().to_lowercase()], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get::<_, String>(5)?))
    })?;
    let mut messages = Vec::new();
    for row in rows {
        let (channel, recipient, subject, body, code, sent_at): (_, _, _, String, Option<String>, _) = row?;
        // The sandbox shows the message as the shopper reads it.
        let body = code.as_deref().map_or(body.clone(), |code| body.replace(SECRET_PLACEHOLDER, code));
        messages.push(SentMessage { channel, recipient, subject, body, code, sent_at: parse_time(&sent_at)? });
    }
    Ok(SentMessages { messages })
}

/// Whom a notification is for: the shopper, and the language to word her
/// push in if she has a phone that takes pushes, when it was read with her
/// already (a payment's payer); otherwise [`notify`] reads it.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    /// The shopper.
    pub user_id: &'a str,
    push: PushLanguage,
}

#[derive(Debug, Clone, Copy)]
enum PushLanguage {
    /// To be read with the notification.
    Unread,
    /// Read: `None` when she has no phone that takes pushes.
    Read(Option<&'static str>),
}

impl<'a> From<&'a str> for Recipient<'a> {
    fn from(user_id: &'a str) -> Recipient<'a> {
        Recipient { user_id, push: PushLanguage::Unread }
    }
}

impl<'a> From<&'a String> for Recipient<'a> {
    fn from(user_id: &'a String) -> Recipient<'a> {
        Recipient::from(user_id.as_str())
    }
}

impl<'a> From<&'a crate::accounts::Payer> for Recipient<'a> {
    fn from(payer: &'a crate::accounts::Payer) -> Recipient<'a> {
        Recipient { user_id: &payer.user_id, push: PushLanguage::Read(payer.push_language) }
    }
}

/// Adds to a shopper's notification feed, and queues its push if she has a
/// phone that takes pushes.
pub fn notify<'a>(
    tx: &Db,
    to: impl Into<Recipient<'a>>,
    kind: NotificationKind,
    message: &str,
    reference: &str,
    facts: &NotificationFacts,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let to = to.into();
    tx.execute_unread(
        "INSERT INTO notifications (user_id, kind, message, reference, facts, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![to.user_id, kind.name(), message, reference, serde_json::to_string(facts)?, now.to_rfc3339()],
    )?;
    // The push says what the app's feed says, in the shopper's language;
    // worded only for a shopper with a phone that takes pushes, so the
    // writer does no wording for nobody.
    let push_language = match to.push {
        PushLanguage::Read(language) => language,
        PushLanguage::Unread => crate::push::push_language(tx, to.user_id)?,
    };
    let Some(language) = push_language else {
        return Ok(());
    };
    let notification = Notification {
        id: 0,
        kind,
        message: message.into(),
        reference: reference.into(),
        created_at: now,
        facts: facts.clone(),
    };
    let (title, body) = pocket_core::app::ui::notification_words(language, &notification);
    crate::push::queue_for_notification(tx, to.user_id, &notification, &title, &body)
}

/// A shopper's notifications after `after_id`, oldest first (a client polls
/// with the last id it has seen).
pub fn notifications_after(tx: &Db, user_id: &str, after_id: i64) -> Result<Notifications, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT id, kind, message, reference, created_at, facts FROM notifications
         WHERE user_id = ?1 AND id > ?2 ORDER BY id LIMIT 200",
    )?;
    let rows = statement.query_map(params![user_id, after_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut notifications = Vec::new();
    for row in rows {
        let (id, kind, message, reference, created_at, facts) = row?;
        let (created_at, facts) = (parse_time(&created_at)?, serde_json::from_str(&facts)?);
        let kind = NotificationKind::from_name(&kind);
        notifications.push(Notification { id, kind, message, reference, created_at, facts });
    }
    Ok(Notifications { notifications })
}
