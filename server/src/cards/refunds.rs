//! Money going back to a card: booked in the ledger when it is decided (in
//! the transaction that decides it), asked of the processor by the outbox
//! worker after the commit, with Pocket's refund id as the processor's
//! idempotency key, so asking twice refunds once. The processor's event
//! tells how it ended.

use chrono::{DateTime, Utc};
use pocket_core::money::{Currency, Money};

use crate::edges::card_processor::{ProcessorError, RefundRequest};
use crate::ids::new_id;
use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};

/// Queues a refund of `amount` through `charge_id` (for `order_id`, when
/// it refunds an order); its id.
pub fn queue_refund(
    tx: &Db,
    charge_id: &str,
    amount: Money,
    order_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let id = new_id("crf");
    tx.execute(
        "INSERT INTO card_refunds (id, charge_id, amount_minor, currency, status, next_attempt_at, created_at, order_id)
         VALUES (?1, ?2, ?3, ?4, 'queued', ?5, ?5, ?6)",
        params![id, charge_id, amount.to_minor_units(), amount.currency().code(), now.to_rfc3339(), order_id],
    )?;
    Ok(id)
}

/// The charge that booked the card top-up `top_up_id`, if it can still give
/// back all of `amount` (in its currency, less what was refunded through
/// it, failed refunds aside).
pub fn charge_that_can_refund(tx: &Db, top_up_id: &str, amount: Money) -> Result<Option<String>, Refusal> {
    let charge: Option<(String, i64, String, i64)> = tx
        .query_row(
            "SELECT c.id, c.amount_minor, c.currency,
                    (SELECT CAST(COALESCE(SUM(r.amount_minor), 0) AS BIGINT) FROM card_refunds r
                     WHERE r.charge_id = c.id AND r.status NOT IN ('failed', 'to_balance'))
             FROM card_charges c WHERE c.purpose = 'top_up' AND c.booked_as = ?1 AND c.status = 'booked'",
            [top_up_id],
            |r| r.read(),
        )
        .optional()?;
    Ok(charge.and_then(|(id, charged_minor, currency, refunded_minor)| {
        let room = currency == amount.currency().code() && charged_minor - refunded_minor >= amount.to_minor_units();
        room.then_some(id)
    }))
}

/// The card charge that paid an order, if it was paid by card.
pub fn charge_that_paid(tx: &Db, order_id: &str) -> Result<Option<String>, Refusal> {
    Ok(tx
        .query_row(
            "SELECT id FROM card_charges WHERE purpose = 'order_payment' AND reference = ?1 AND status = 'booked'",
            [order_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The processor's event that a refund ended.
pub fn refund_settled(tx: &Db, refund_id: &str, succeeded: bool, now: DateTime<Utc>) -> Result<(), Refusal> {
    let status = if succeeded { "succeeded" } else { "failed" };
    // A refund finance already put in the balance stays there: a failed
    // refund is final at the processor, so nothing should follow it.
    let changed = tx.execute(
        "UPDATE card_refunds SET status = ?2, provider_answer = ?3 WHERE id = ?1 AND status <> 'to_balance'",
        params![refund_id, status, format!("the processor's event at {}", now.to_rfc3339())],
    )?;
    if changed == 0 {
        tracing::error!(refund_id, succeeded, "the processor told of a refund Pocket had already settled otherwise");
    }
    if !succeeded {
        tracing::warn!(refund_id, "the card processor could not send a refund back to the card; staff must pay it out");
    }
    Ok(())
}

/// One refund taken by the worker.
pub struct ClaimedRefund {
    id: String,
    charge_id: String,
    amount: Money,
    attempts: i64,
}

/// Takes the refunds due, as the outbox takes messages (`crate::outbox`).
pub fn claim_due_refunds(
    tx: &Db,
    now: DateTime<Utc>,
    claim_until: DateTime<Utc>,
) -> Result<Vec<ClaimedRefund>, Refusal> {
    let skip_locked = if tx.is_postgres() { "FOR UPDATE SKIP LOCKED" } else { "" };
    let due = crate::retries::DUE_AT_1;
    let sql = format!(
        "UPDATE card_refunds SET claimed_until = ?2, attempts = attempts + 1 WHERE id IN (
             SELECT id FROM card_refunds WHERE {due} ORDER BY created_at LIMIT 16 {skip_locked})
         RETURNING id, charge_id, amount_minor, currency, attempts"
    );
    let mut statement = tx.prepare(&sql)?;
    let rows = statement.query_map(params![now.to_rfc3339(), claim_until.to_rfc3339()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get(4)?))
    })?;
    let mut claimed = Vec::new();
    for row in rows {
        let (id, charge_id, amount_minor, currency, attempts) = row?;
        let amount = Money::from_minor_units(amount_minor, Currency::from_code(&currency)?)?;
        claimed.push(ClaimedRefund { id, charge_id, amount, attempts });
    }
    Ok(claimed)
}

/// Asks the processor for one refund and keeps what it said.
pub async fn send_refund(app: &crate::App, refund: ClaimedRefund) -> Result<(), Refusal> {
    let request = RefundRequest { charge_id: &refund.charge_id, amount: refund.amount, idempotency_key: &refund.id };
    let answered = app.edges.processor.refund(&request).await;
    let now = app.clock.now();
    app.store
        .write(move |tx| {
            match &answered {
                Ok(accepted) => tx.execute(
                    "UPDATE card_refunds SET status = 'sent', processor_refund = ?2, provider_answer = ?3, sent_at = ?4,
                                             claimed_until = NULL
                     WHERE id = ?1 AND status = 'queued'",
                    params![refund.id, accepted.id, accepted.status, now.to_rfc3339()],
                )?,
                Err(ProcessorError::TryLater(why)) if refund.attempts < crate::retries::MAX_ATTEMPTS => {
                    let next = now + crate::retries::retry_wait(refund.attempts);
                    tx.execute(
                        "UPDATE card_refunds SET next_attempt_at = ?2, provider_answer = ?3, claimed_until = NULL WHERE id = ?1",
                        params![refund.id, next.to_rfc3339(), why],
                    )?
                }
                Err(error) => {
                    tracing::warn!(refund_id = %refund.id, %error, "a refund to a card was given up; staff must pay it out");
                    tx.execute(
                        "UPDATE card_refunds SET status = 'failed', provider_answer = ?2, claimed_until = NULL WHERE id = ?1",
                        params![refund.id, error.to_string()],
                    )?
                }
            };
            Ok::<_, Refusal>(())
        })
        .await
}
