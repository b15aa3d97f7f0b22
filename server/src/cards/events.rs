//! The card processor's events (webhooks): the source of truth for what is
//! decided after the request that asked (a charge taken or refused after
//! the bank's page or a delay, a refund's end, a chargeback). Each event is
//! applied once, in one transaction with what it does.

use chrono::{DateTime, Utc};
use pocket_core::contract::shop::PaySource;
use pocket_core::contract::wallet::TopUpRequest;
use serde_json::Value;

use super::charge::{charge_on_record, update_charge, ChargeOnRecord};
use super::refunds::{queue_refund, refund_settled};
use super::service::declined;
use crate::app::Config;
use crate::edges::card_processor::{ChargeState, ProcessorEvent, ProcessorEventKind};
use crate::http::ApiError;
use crate::idempotency::{self, Lookup, StoredResponse};
use crate::params;
use crate::store::Db;

/// Applies a verified event once; `false` if it was applied before.
pub fn apply_event(tx: &Db, config: &Config, event: &ProcessorEvent, now: DateTime<Utc>) -> Result<bool, ApiError> {
    let first_time = tx.execute(
        "INSERT INTO processor_events (id, kind, received_at) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING",
        params![event.id, event.kind_name, now.to_rfc3339()],
    )? > 0;
    if !first_time {
        return Ok(false);
    }
    match &event.kind {
        ProcessorEventKind::ChargeSucceeded { charge_id } => {
            settle(tx, config, charge_id, &ChargeState::Succeeded, now)?
        }
        ProcessorEventKind::ChargeFailed { charge_id, decline } => {
            settle(tx, config, charge_id, &ChargeState::Failed(decline.clone()), now)?
        }
        ProcessorEventKind::RefundSettled { refund_id, succeeded } => refund_settled(tx, refund_id, *succeeded, now)?,
        ProcessorEventKind::DisputeOpened { charge_id } => {
            tx.execute("UPDATE card_charges SET disputed_at = ?2 WHERE id = ?1", params![charge_id, now.to_rfc3339()])?;
            tracing::warn!(charge_id, "a cardholder disputed a charge with the bank; staff must answer it");
        }
        ProcessorEventKind::Other => {}
    }
    Ok(true)
}

/// A charge decided by the processor: taken, it is booked as its request
/// would have been; refused, the refusal becomes the request's answer.
/// A charge already decided stays as it is.
fn settle(tx: &Db, config: &Config, charge_id: &str, state: &ChargeState, now: DateTime<Utc>) -> Result<(), ApiError> {
    let Some(charge) = charge_on_record(tx, charge_id)? else {
        tracing::warn!(charge_id, "the processor told of a charge Pocket never asked for");
        return Ok(());
    };
    if !update_charge(tx, charge_id, state, now)? {
        return Ok(());
    }
    match state {
        ChargeState::Succeeded => book(tx, config, &charge, now),
        ChargeState::Failed(decline) => {
            let what = if charge.purpose == "top_up" { "top-up" } else { "payment" };
            let refusal = declined(decline, what);
            keep_answer(tx, &charge, refusal.status().as_u16(), refusal.body(), now)
        }
        ChargeState::NeedsConfirmation { .. } | ChargeState::Pending => Ok(()),
    }
}

/// Books a taken charge as its request would have, and keeps the answer
/// for the request's key. If the rules refuse it now (the order was
/// cancelled meanwhile, or another payment used up the limit), the refusal
/// is the answer and the money goes back to the card.
fn book(tx: &Db, config: &Config, charge: &ChargeOnRecord, now: DateTime<Utc>) -> Result<(), ApiError> {
    let request: Value = serde_json::from_str(&charge.request)?;
    tx.execute_batch("SAVEPOINT book_charge")?;
    let booked = match charge.purpose.as_str() {
        "order_payment" => book_payment(tx, config, charge, &request, now),
        _ => book_top_up(tx, config, charge, &request, now),
    };
    match booked {
        Ok((status, body)) => {
            tx.execute_batch("RELEASE book_charge")?;
            tx.execute(
                "UPDATE card_charges SET status = 'booked', updated_at = ?2 WHERE id = ?1",
                params![charge.id, now.to_rfc3339()],
            )?;
            keep_answer(tx, charge, status, body, now)
        }
        Err(refusal) if refusal.final_answer && !refusal.status().is_server_error() => {
            tx.execute_batch("ROLLBACK TO book_charge; RELEASE book_charge")?;
            tracing::warn!(charge_id = %charge.id, code = %refusal.code, "a charge taken late is refused by the rules; it goes back");
            tx.execute(
                "UPDATE card_charges SET status = 'refused_after_charge', updated_at = ?2 WHERE id = ?1",
                params![charge.id, now.to_rfc3339()],
            )?;
            queue_refund(tx, &charge.id, charge.amount, now)?;
            keep_answer(tx, charge, refusal.status().as_u16(), refusal.body(), now)
        }
        Err(error) => {
            tx.execute_batch("ROLLBACK TO book_charge; RELEASE book_charge")?;
            Err(error)
        }
    }
}

fn book_payment(
    tx: &Db,
    config: &Config,
    charge: &ChargeOnRecord,
    request: &Value,
    now: DateTime<Utc>,
) -> Result<(u16, Value), ApiError> {
    let source: PaySource = serde_json::from_value(request["source"].clone())?;
    let order = crate::orders::load_order(tx, Some(&charge.user_id), &charge.reference)?;
    let paid = crate::orders::pay(tx, config, &charge.user_id, order, &source, now)?;
    Ok((200, serde_json::to_value(paid)?))
}

fn book_top_up(
    tx: &Db,
    config: &Config,
    charge: &ChargeOnRecord,
    request: &Value,
    now: DateTime<Utc>,
) -> Result<(u16, Value), ApiError> {
    let request: TopUpRequest = serde_json::from_value(request.clone())?;
    let checked = crate::topups::check_top_up_request(tx, config, &charge.user_id, &request, now)?;
    let top_up = crate::topups::book_top_up(tx, &charge.user_id, &request, &checked, now)?;
    tx.execute("UPDATE card_charges SET booked_as = ?2 WHERE id = ?1", params![charge.id, top_up.id])?;
    Ok((201, serde_json::to_value(top_up)?))
}

/// Keeps `body` as the answer to the charge's request key, unless it has
/// one already (the phone's own request booked it first).
fn keep_answer(tx: &Db, charge: &ChargeOnRecord, status: u16, body: Value, now: DateTime<Utc>) -> Result<(), ApiError> {
    if idempotency::lookup(tx, &charge.user_id, &charge.key, &charge.hash)? == Lookup::Fresh {
        let stored = StoredResponse { status, body: body.to_string() };
        idempotency::record(tx, &charge.user_id, &charge.key, &charge.hash, &stored, now)?;
    }
    Ok(())
}
