//! The card processor's events (webhooks): the source of truth for what is
//! decided after the request that asked (a charge taken or refused after
//! the bank's page or a delay, a refund's end, a chargeback). Each event is
//! applied once, in one transaction with what it does.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::booking::book_charge;
use crate::app::Config;
use crate::cards::{charge_on_record, declined, refund_settled, update_charge, ChargeOnRecord};
use crate::edges::card_processor::{ChargeState, ProcessorEvent, ProcessorEventKind};
use crate::idempotency::{self, Lookup, StoredResponse};
use crate::params;
use crate::refusals::Refusal;
use crate::store::Db;

/// Applies a verified event once; `false` if it was applied before.
pub fn apply_event(tx: &Db, config: &Config, event: &ProcessorEvent, now: DateTime<Utc>) -> Result<bool, Refusal> {
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
fn settle(tx: &Db, config: &Config, charge_id: &str, state: &ChargeState, now: DateTime<Utc>) -> Result<(), Refusal> {
    let Some(charge) = charge_on_record(tx, charge_id)? else {
        tracing::warn!(charge_id, "the processor told of a charge Pocket never asked for");
        return Ok(());
    };
    // Taken but not booked yet (the request that asked stopped before it
    // could), or waiting until now.
    let book_now = charge.status == "succeeded" && *state == ChargeState::Succeeded;
    if !update_charge(tx, charge_id, state, now)? && !book_now {
        return Ok(());
    }
    match state {
        ChargeState::Succeeded => {
            let (status, body) = book_charge(tx, config, &charge, now)?;
            keep_answer(tx, &charge, status.as_u16(), body, now)
        }
        ChargeState::Failed(decline) => {
            let what = if charge.purpose == "top_up" { "top-up" } else { "payment" };
            let refusal = declined(decline, what);
            keep_answer(tx, &charge, crate::http::status_of(&refusal).as_u16(), refusal.body(), now)
        }
        ChargeState::NeedsConfirmation { .. } | ChargeState::Pending => Ok(()),
    }
}

/// Keeps `body` as the answer to the charge's request key, unless it has
/// one already (the phone's own request booked it first).
fn keep_answer(tx: &Db, charge: &ChargeOnRecord, status: u16, body: Value, now: DateTime<Utc>) -> Result<(), Refusal> {
    if idempotency::lookup(tx, &charge.user_id, &charge.key, &charge.hash)? == Lookup::Fresh {
        let stored = StoredResponse { status, body: body.to_string() };
        idempotency::record(tx, &charge.user_id, &charge.key, &charge.hash, &stored, now)?;
    }
    Ok(())
}
