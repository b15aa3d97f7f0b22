//! Sending the events: claimed like the outbox's messages (so two
//! processes never send one at once), posted to the partner's webhook with
//! their signature, and kept as sent, to be tried again, or failed.

use std::sync::OnceLock;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::signature::{sign, EVENT_ID_HEADER, SIGNATURE_HEADER};
use super::SECRET_PURPOSE;
use crate::app::App;
use crate::params;
use crate::refusals::Refusal;
use crate::retries::{retry_wait, CLAIM_SECONDS, DUE_AT_1, MAX_ATTEMPTS};
use crate::store::Db;

/// Events taken per claim.
const BATCH: i64 = 16;

/// How long a webhook may take to answer.
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(10);

/// One event taken for sending.
struct Claimed {
    id: String,
    partner_id: String,
    body: String,
    attempts: i64,
    url: String,
    sealed_secret: String,
}

/// Sends the events due now; how many it took.
pub async fn deliver_due(app: &App) -> Result<usize, Refusal> {
    let now = app.clock.now();
    let claimed = app.store.write(move |tx| claim_due(tx, now)).await?;
    let taken = claimed.len();
    for event in claimed {
        let outcome = post(app, &event).await;
        let now = app.clock.now();
        app.store.write(move |tx| record(tx, &event, &outcome, now)).await?;
    }
    Ok(taken)
}

fn claim_due(tx: &Db, now: DateTime<Utc>) -> Result<Vec<Claimed>, Refusal> {
    let (now_text, until) = (now.to_rfc3339(), (now + chrono::Duration::seconds(CLAIM_SECONDS)).to_rfc3339());
    let skip_locked = if tx.is_postgres() { "FOR UPDATE SKIP LOCKED" } else { "" };
    let claim = format!(
        "UPDATE partner_events SET claimed_until = ?2, attempts = attempts + 1 WHERE id IN (
           SELECT id FROM partner_events WHERE {DUE_AT_1} ORDER BY seq LIMIT {BATCH} {skip_locked})
         RETURNING seq, id, partner_id, body, attempts"
    );
    let mut taken: Vec<(i64, String, String, String, i64)> = {
        let mut statement = tx.prepare(&claim)?;
        let rows = statement.query_map(params![now_text, until], |r| r.read())?;
        rows.collect::<Result<_, _>>()?
    };
    // RETURNING gives no order: they are sent in the order they happened.
    taken.sort_by_key(|(seq, ..)| *seq);
    let mut claimed = Vec::new();
    for (_, id, partner_id, body, attempts) in taken {
        let (url, sealed_secret): (Option<String>, Option<String>) = tx.query_row(
            "SELECT webhook_url, webhook_secret_sealed FROM partners WHERE id = ?1",
            [&partner_id],
            |r| r.read(),
        )?;
        match (url, sealed_secret) {
            (Some(url), Some(sealed_secret)) => {
                claimed.push(Claimed { id, partner_id, body, attempts, url, sealed_secret })
            }
            // The webhook was taken away meanwhile: nothing to send it to.
            _ => {
                tx.execute(
                    "UPDATE partner_events SET status = 'no_webhook', claimed_until = NULL WHERE id = ?1",
                    [&id],
                )?;
            }
        }
    }
    Ok(claimed)
}

/// What a try came to.
enum Outcome {
    /// The webhook answered 2xx.
    Delivered(String),
    /// Not delivered: the webhook's status, or why it could not be reached.
    NotDelivered(String),
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(WEBHOOK_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client builds")
    })
}

async fn post(app: &App, event: &Claimed) -> Outcome {
    let Some(secret) = app.config.service_key.open(SECRET_PURPOSE, &event.partner_id, &event.sealed_secret) else {
        return Outcome::NotDelivered("the webhook's secret does not open under this service key".into());
    };
    let signature = sign(&secret, app.clock.now().timestamp(), event.body.as_bytes());
    let sent = client()
        .post(&event.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, signature)
        .header(EVENT_ID_HEADER, &event.id)
        .body(event.body.clone())
        .send()
        .await;
    match sent {
        Ok(answer) if answer.status().is_success() => Outcome::Delivered(answer.status().as_u16().to_string()),
        Ok(answer) => Outcome::NotDelivered(answer.status().as_u16().to_string()),
        // reqwest names the URL, never the body.
        Err(error) => Outcome::NotDelivered(error.without_url().to_string()),
    }
}

fn record(tx: &Db, event: &Claimed, outcome: &Outcome, now: DateTime<Utc>) -> Result<(), Refusal> {
    match outcome {
        Outcome::Delivered(answer) => {
            tx.execute(
                "UPDATE partner_events SET status = 'sent', sent_at = ?2, last_answer = ?3, claimed_until = NULL WHERE id = ?1",
                params![event.id, now.to_rfc3339(), answer],
            )?;
        }
        Outcome::NotDelivered(answer) if event.attempts < MAX_ATTEMPTS => {
            tx.execute(
                "UPDATE partner_events SET next_attempt_at = ?2, last_answer = ?3, claimed_until = NULL WHERE id = ?1",
                params![event.id, (now + retry_wait(event.attempts)).to_rfc3339(), answer],
            )?;
        }
        Outcome::NotDelivered(answer) => {
            tracing::warn!(event = %event.id, attempts = event.attempts, %answer, "a partner's event was given up");
            tx.execute(
                "UPDATE partner_events SET status = 'failed', last_answer = ?2, claimed_until = NULL WHERE id = ?1",
                params![event.id, answer],
            )?;
        }
    }
    Ok(())
}
