//! Delivery through a durable outbox. An email, SMS, push or refund to a
//! card is written in the same transaction as what caused it (`messages::queue_letter`,
//! `push::queue_for_notification`, `cards::queue_refund`), so it exists
//! exactly when its cause does; this worker sends it after the commit,
//! through the service's edges
//! (`crate::edges`), and keeps what happened: `sent` with the provider's
//! answer, or tried again with a growing wait, or `failed` with the
//! provider's refusal.
//!
//! Claims, not locks, keep two workers (several processes on one database)
//! from sending one message at once: a worker marks the rows it takes as
//! claimed for [`CLAIM_SECONDS`], in a transaction that on PostgreSQL skips
//! rows another worker is claiming (`FOR UPDATE SKIP LOCKED`), and sends
//! them after that commits. A worker killed between its claim and the record
//! of the send leaves a claim that runs out; the message is then sent again,
//! so delivery is at least once, and a process killed before the claim
//! (right after the commit that queued it) sends it once after restart.
//!
//! A message's secret (a link token, a code) is sealed under the service
//! key while it waits and erased once the message is sent or given up.

use std::time::Duration;

use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::PushPlatform;
use tokio::task::JoinHandle;

use crate::app::App;
use crate::edges::{DeliveryError, OutgoingEmail, OutgoingPush, OutgoingSms, Sent};
use crate::params;
use crate::refusals::Refusal;
use crate::retries::{retry_wait, CLAIM_SECONDS, DUE_AT_1, MAX_ATTEMPTS};
use crate::store::Db;
use crate::wire::from_wire_name;

mod address;
mod sealed;

pub use address::Address;
pub use sealed::{SEALED_PURPOSE, SECRET_PLACEHOLDER};

/// Rows taken per claim.
const BATCH: i64 = 16;

/// Where a row stands.
pub mod status {
    /// Waiting to be sent (again).
    pub const QUEUED: &str = "queued";
    /// The provider took it.
    pub const SENT: &str = "sent";
    /// Given up: refused, or tried [`crate::retries::MAX_ATTEMPTS`] times.
    pub const FAILED: &str = "failed";
}

/// Starts the worker: it sends what is due, then waits for the next commit
/// (or a second, for retries coming due) and looks again.
pub fn spawn_delivery(app: App) -> JoinHandle<()> {
    tokio::spawn(async move {
        let changes = app.store.changes();
        loop {
            // Registered before looking, so a commit while we look is not missed.
            let woken = changes.notified();
            tokio::pin!(woken);
            woken.as_mut().enable();
            match deliver_due(&app).await {
                Ok(0) => {}
                Ok(_) => continue,
                Err(error) => tracing::warn!(code = %error.code, "the outbox could not be read"),
            }
            tokio::select! {
                () = woken => {}
                () = tokio::time::sleep(Duration::from_secs(1)) => {}
            }
        }
    })
}

/// One row taken for sending.
enum Claimed {
    Message {
        id: i64,
        channel: String,
        recipient: String,
        subject: String,
        body: String,
        sealed: Option<String>,
        attempts: i64,
    },
    Push {
        id: i64,
        platform: String,
        token: String,
        kind: String,
        reference: String,
        title: String,
        body: String,
        attempts: i64,
    },
}

/// Sends what is due now; how many rows it took.
pub async fn deliver_due(app: &App) -> Result<usize, Refusal> {
    let now = app.clock.now();
    if !app.store.read(move |db| anything_due(db, now)).await? {
        return Ok(0);
    }
    let claimed = app.store.write(move |tx| claim_due(tx, now)).await?;
    let mut taken = claimed.len();
    for row in claimed {
        let outcome = send(app, &row).await;
        let now = app.clock.now();
        app.store.write(move |tx| record(tx, &row, &outcome, now)).await?;
    }
    let until = now + chrono::Duration::seconds(CLAIM_SECONDS);
    let refunds = app.store.write(move |tx| crate::cards::claim_due_refunds(tx, now, until)).await?;
    taken += refunds.len();
    for refund in refunds {
        crate::cards::send_refund(app, refund).await?;
    }
    taken += crate::webhooks::deliver_due(app).await?;
    Ok(taken)
}

/// The tables whose due rows the worker claims: messages, pushes, card
/// refunds and partners' webhook events, all with the same due condition.
const OUTBOX_TABLES: [&str; 4] = ["sent_messages", "push_queue", "card_refunds", "partner_events"];

/// Whether any row is due now, looked up on a reader. The worker wakes at
/// every commit; without this look its claims, write transactions, would
/// put three empty commits on the one writer after each payment.
fn anything_due(db: &Db, now: DateTime<Utc>) -> Result<bool, Refusal> {
    let due = OUTBOX_TABLES.map(|table| format!("EXISTS (SELECT 1 FROM {table} WHERE {DUE_AT_1})"));
    let sql = format!("SELECT CAST(CASE WHEN {} THEN 1 ELSE 0 END AS BIGINT)", due.join(" OR "));
    let found: i64 = db.query_row(&sql, params![now.to_rfc3339()], |r| r.get(0))?;
    Ok(found == 1)
}

fn claim_due(tx: &Db, now: DateTime<Utc>) -> Result<Vec<Claimed>, Refusal> {
    let (now_text, until) = (now.to_rfc3339(), (now + chrono::Duration::seconds(CLAIM_SECONDS)).to_rfc3339());
    // PostgreSQL: rows another worker's claim holds are skipped, not waited on.
    let skip_locked = if tx.is_postgres() { "FOR UPDATE SKIP LOCKED" } else { "" };
    let due = |table: &str| format!("SELECT id FROM {table} WHERE {DUE_AT_1} ORDER BY id LIMIT {BATCH} {skip_locked}");
    let mut claimed = Vec::new();
    let messages = format!(
        "UPDATE sent_messages SET claimed_until = ?2, attempts = attempts + 1 WHERE id IN ({})
         RETURNING id, channel, recipient, subject, body, sealed_secret, attempts",
        due("sent_messages")
    );
    let mut statement = tx.prepare(&messages)?;
    for row in statement.query_map(params![now_text, until], |r| {
        Ok(Claimed::Message {
            id: r.get(0)?,
            channel: r.get(1)?,
            recipient: r.get(2)?,
            subject: r.get(3)?,
            body: r.get(4)?,
            sealed: r.get(5)?,
            attempts: r.get(6)?,
        })
    })? {
        claimed.push(row?);
    }
    let pushes = format!(
        "UPDATE push_queue SET claimed_until = ?2, attempts = attempts + 1 WHERE id IN ({})
         RETURNING id, platform, token, kind, reference, title, body, attempts",
        due("push_queue")
    );
    let mut statement = tx.prepare(&pushes)?;
    for row in statement.query_map(params![now_text, until], |r| {
        Ok(Claimed::Push {
            id: r.get(0)?,
            platform: r.get(1)?,
            token: r.get(2)?,
            kind: r.get(3)?,
            reference: r.get(4)?,
            title: r.get(5)?,
            body: r.get(6)?,
            attempts: r.get(7)?,
        })
    })? {
        claimed.push(row?);
    }
    Ok(claimed)
}

async fn send(app: &App, row: &Claimed) -> Result<Sent, DeliveryError> {
    match row {
        Claimed::Message { channel, recipient, subject, body, sealed, .. } => {
            let text = match sealed {
                None => body.clone(),
                Some(sealed) => {
                    let secret = app.config.service_key.open(SEALED_PURPOSE, recipient, sealed).ok_or_else(|| {
                        DeliveryError::Refused("the message's secret does not open under this service key".into())
                    })?;
                    body.replace(SECRET_PLACEHOLDER, &secret)
                }
            };
            match Address::from_kept(channel, recipient) {
                Some(Address::Email(to)) => app.edges.mail.send(&OutgoingEmail { to, subject, text: &text }).await,
                Some(Address::Sms(to)) => app.edges.sms.send(&OutgoingSms { to, text: &text }).await,
                None => Err(DeliveryError::Refused(format!("no channel {channel}"))),
            }
        }
        Claimed::Push { platform, token, kind, reference, title, body, .. } => {
            let platform: PushPlatform =
                from_wire_name(platform).map_err(|_| DeliveryError::Refused(format!("no push platform {platform}")))?;
            let push = OutgoingPush { platform, token, title, body, kind, reference };
            app.edges.push.send(&push).await
        }
    }
}

fn record(tx: &Db, row: &Claimed, outcome: &Result<Sent, DeliveryError>, now: DateTime<Utc>) -> Result<(), Refusal> {
    let (table, id, attempts) = match row {
        Claimed::Message { id, attempts, .. } => ("sent_messages", *id, *attempts),
        Claimed::Push { id, attempts, .. } => ("push_queue", *id, *attempts),
    };
    // Only messages carry a sealed secret; a push row has none to erase.
    let erase = if table == "sent_messages" { ", sealed_secret = NULL" } else { "" };
    match outcome {
        Ok(sent) => {
            let sql = format!(
                "UPDATE {table} SET status = 'sent', sent_at = ?2, provider_answer = ?3, claimed_until = NULL{erase} WHERE id = ?1"
            );
            tx.execute(&sql, params![id, now.to_rfc3339(), sent.provider_answer])?;
        }
        Err(DeliveryError::TryLater(answer)) if attempts < MAX_ATTEMPTS => {
            let next = now + retry_wait(attempts);
            let sql = format!(
                "UPDATE {table} SET next_attempt_at = ?2, provider_answer = ?3, claimed_until = NULL WHERE id = ?1"
            );
            tx.execute(&sql, params![id, next.to_rfc3339(), answer])?;
        }
        Err(error) => {
            tracing::warn!(table, id, attempts, %error, "a message was given up");
            let sql = format!(
                "UPDATE {table} SET status = 'failed', provider_answer = ?2, claimed_until = NULL{erase} WHERE id = ?1"
            );
            tx.execute(&sql, params![id, error.to_string()])?;
            if let (DeliveryError::RecipientRefused(_), Claimed::Push { token, .. }) = (error, row) {
                // The platform no longer knows this phone: stop pushing to it.
                tx.execute("DELETE FROM push_tokens WHERE token = ?1", [token])?;
            }
        }
    }
    Ok(())
}
