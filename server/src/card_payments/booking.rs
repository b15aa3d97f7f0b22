//! Booking a charge the processor took, as the request that asked for it
//! would have: one path, whether the request's own next run finds the charge
//! taken or the processor's event says so first.

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use pocket_core::contract::shop::PaySource;
use pocket_core::contract::wallet::TopUpRequest;
use serde_json::Value;

use crate::app::Config;
use crate::cards::{card_step, queue_refund, CardAttempt, CardStep, ChargeOnRecord, Deferred};
use crate::idempotency::Step;
use crate::params;
use crate::refusals::Refusal;
use crate::store::Db;

/// The card part of a payment or a top-up, in its transaction: where
/// `cards::card_step` leaves it, the taken charge booked here.
pub fn charge_step(
    tx: &Db,
    config: &Config,
    attempt: &CardAttempt,
    now: DateTime<Utc>,
) -> Result<Step<Deferred>, Refusal> {
    match card_step(tx, config, attempt, now)? {
        CardStep::Stop(step) => Ok(step),
        CardStep::Taken(charge) => {
            let (status, body) = book_charge(tx, config, &charge, now)?;
            Ok(Step::Answer(status, body))
        }
    }
}

/// Books a taken charge from the request kept with it: the payment into
/// escrow, or the top-up. Its answer (status and body) for the request's
/// key. If the rules refuse it now (the order was paid or cancelled
/// meanwhile, or another spend used up the limit), the refusal is the answer
/// and the money is queued to go back to the card.
pub fn book_charge(
    tx: &Db,
    config: &Config,
    charge: &ChargeOnRecord,
    now: DateTime<Utc>,
) -> Result<(StatusCode, Value), Refusal> {
    let booking = Booking::kept_with(charge)?;
    tx.execute_batch("SAVEPOINT book_charge")?;
    let booked = match booking {
        Booking::Payment { source } => book_payment(tx, config, charge, &source, now),
        Booking::TopUp(request) => book_top_up(tx, config, charge, &request, now),
    };
    match booked {
        Ok(answer) => {
            tx.execute_batch("RELEASE book_charge")?;
            mark(tx, &charge.id, "booked", now)?;
            Ok(answer)
        }
        Err(refusal) if refusal.final_answer && !refusal.is_our_fault() => {
            tx.execute_batch("ROLLBACK TO book_charge; RELEASE book_charge")?;
            tracing::warn!(charge_id = %charge.id, code = %refusal.code, "a taken charge is refused by the rules; it goes back");
            mark(tx, &charge.id, "refused_after_charge", now)?;
            queue_refund(tx, &charge.id, charge.amount, None, now)?;
            Ok((crate::http::status_of(&refusal), refusal.body()))
        }
        Err(error) => {
            tx.execute_batch("ROLLBACK TO book_charge; RELEASE book_charge")?;
            Err(error)
        }
    }
}

fn mark(tx: &Db, charge_id: &str, status: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE card_charges SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![charge_id, status, now.to_rfc3339()],
    )?;
    Ok(())
}

/// What a charge pays for, read from the request kept with it.
enum Booking {
    /// An order's payment (`POST /v1/orders/{id}/pay`); the order is the
    /// charge's reference.
    Payment { source: PaySource },
    /// A top-up (`POST /v1/top-ups`).
    TopUp(TopUpRequest),
}

impl Booking {
    fn kept_with(charge: &ChargeOnRecord) -> Result<Booking, Refusal> {
        let request: Value = serde_json::from_str(&charge.request)?;
        Ok(match charge.purpose.as_str() {
            "order_payment" => Booking::Payment { source: serde_json::from_value(request["source"].clone())? },
            _ => Booking::TopUp(serde_json::from_value(request)?),
        })
    }
}

fn book_payment(
    tx: &Db,
    config: &Config,
    charge: &ChargeOnRecord,
    source: &PaySource,
    now: DateTime<Utc>,
) -> Result<(StatusCode, Value), Refusal> {
    let order = crate::orders::load_order(tx, Some(&charge.user_id), &charge.reference)?;
    let payer = crate::accounts::Payer::load(tx, &charge.user_id, crate::orders::limit_method(source), now)?;
    let paid = crate::orders::pay(tx, config, &payer, order, source, now)?;
    Ok((StatusCode::OK, serde_json::to_value(paid)?))
}

fn book_top_up(
    tx: &Db,
    config: &Config,
    charge: &ChargeOnRecord,
    request: &TopUpRequest,
    now: DateTime<Utc>,
) -> Result<(StatusCode, Value), Refusal> {
    let checked = crate::topups::check_top_up_request(tx, config, &charge.user_id, request, now)?;
    let top_up = crate::topups::book_top_up(tx, &charge.user_id, request, &checked, now)?;
    tx.execute("UPDATE card_charges SET booked_as = ?2 WHERE id = ?1", params![charge.id, top_up.id])?;
    Ok((StatusCode::CREATED, serde_json::to_value(top_up)?))
}
