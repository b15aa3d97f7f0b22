//! Charging a card through the card processor, for a payment or a top-up,
//! exactly once per `Idempotency-Key`.
//!
//! A request that charges a card runs as transactions with the processor
//! asked between them, never inside one:
//! 1. its transaction checks everything (the payment password, the order
//!    or the top-up's rules, the card, the SMS code a sandbox card asks
//!    for) and, finding no charge for its key, stops to ask for one
//!    ([`Deferred::Charge`], nothing kept);
//! 2. the processor is asked, with an idempotency key derived from the
//!    request's, and its answer kept in `card_charges` with the request
//!    (secrets left out);
//! 3. the transaction runs again and finds the charge: taken, it books the
//!    money and keeps the answer with the key; refused, the refusal is the
//!    answer; waiting for the bank's page or the processor, the phone is
//!    told so (202) and the same request later, or the processor's event
//!    (`events.rs`), books it once.

use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::{ChargeAwaiting, ChargeAwaitingStatus};
use pocket_core::money::{Currency, Money};

use super::service::{declined, load_payable_card, processor_customer};
use crate::app::{App, Config};
use crate::codes::{check_code, send_code, use_checked_code, CodePurpose, CodeScope};
use crate::edges::card_processor::{CardConfirmation, Charge, ChargeRequest, ChargeState, Decline};
use crate::idempotency::Step;
use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;

/// One charge of one card: whose, which card, how much, for what, and the
/// code typed for it, if any.
#[derive(Debug, Clone)]
pub struct CardCharge {
    /// The shopper.
    pub user_id: String,
    /// The card.
    pub card_id: String,
    /// A payment or a top-up.
    pub purpose: CodePurpose,
    /// What it pays: the order, or the card and amount of a top-up.
    pub reference: String,
    /// How much.
    pub amount: Money,
    /// The SMS code typed by the shopper (sandbox cards that ask for one).
    pub one_time_code: Option<String>,
}

impl CardCharge {
    fn code_scope(&self) -> CodeScope {
        CodeScope {
            user_id: self.user_id.clone(),
            purpose: self.purpose,
            reference: self.reference.clone(),
            card_id: self.card_id.clone(),
        }
    }

    fn purpose_name(&self) -> &'static str {
        match self.purpose {
            CodePurpose::CardPayment => "order_payment",
            CodePurpose::CardTopUp => "top_up",
        }
    }

    fn in_words(&self) -> &'static str {
        match self.purpose {
            CodePurpose::CardPayment => "payment",
            CodePurpose::CardTopUp => "top-up",
        }
    }
}

/// The request a charge belongs to: its key, its fingerprint and what it
/// asked (secrets left out), kept with the charge so the processor's later
/// event can book it as the request would have.
#[derive(Debug, Clone)]
pub struct ChargingRequest {
    /// The `Idempotency-Key`.
    pub key: String,
    /// The request's fingerprint (`idempotency::request_hash`).
    pub hash: String,
    /// The request's body, canonical, secrets left out.
    pub canonical: String,
}

/// Why a request with a card charge stopped off the database.
#[derive(Debug)]
pub enum Deferred {
    /// The payment password is kept as a hash from before keyed hashes:
    /// checked off the lock first.
    LegacyPaymentPassword,
    /// The charge is to be asked of the processor.
    Charge(Box<ChargeToAsk>),
    /// The processor is to be asked where the charge stands now.
    Sync {
        /// The charge.
        charge_id: String,
    },
}

impl From<crate::accounts::LegacyPaymentPasswordHash> for Deferred {
    fn from(_: crate::accounts::LegacyPaymentPasswordHash) -> Deferred {
        Deferred::LegacyPaymentPassword
    }
}

/// A charge to ask for, and where to keep its answer.
#[derive(Debug)]
pub struct ChargeToAsk {
    charge: CardCharge,
    request: ChargingRequest,
    payment_method: String,
    customer: Option<String>,
}

/// Where a request's charge stands, as kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeptCharge {
    /// Not asked for yet.
    None,
    /// Asked for; the processor's id and where it stands.
    Asked {
        /// The processor's id.
        id: String,
        /// Where it stands.
        state: ChargeState,
    },
    /// Taken and booked (the request's answer is kept with its key).
    Booked,
}

/// Where the card part of a request leaves it.
pub enum CardStep {
    /// It stops here: to ask for the charge (off the database), to ask
    /// again where it stands, or with an answer that waits (a code, the
    /// bank's page, the processor).
    Stop(Step<Deferred>),
    /// The charge is taken: the caller books what it pays for
    /// (`crate::card_payments::book_charge`, the same path as the
    /// processor's event).
    Taken(Box<ChargeOnRecord>),
}

/// One run of a request's card part: the charge it asks for, the request
/// that asks, and whether the processor was asked about a waiting charge
/// during this request already.
pub struct CardAttempt<'a> {
    /// The charge.
    pub charge: &'a CardCharge,
    /// The request, with its key.
    pub request: &'a ChargingRequest,
    /// The processor was asked where a waiting charge stands already.
    pub synced: bool,
}

/// The card part of a money-moving request, in its transaction, after its
/// other checks.
pub fn card_step(tx: &Db, config: &Config, attempt: &CardAttempt, now: DateTime<Utc>) -> Result<CardStep, Refusal> {
    let CardAttempt { charge, request, synced } = *attempt;
    let card = load_payable_card(tx, &charge.user_id, &charge.card_id, now).map_err(Refusal::not_final)?;
    let by_sms = card.confirmation == CardConfirmation::BySmsCode;
    match kept_charge(tx, &charge.user_id, &request.key)? {
        KeptCharge::None => {
            refuse_a_second_charge_for_the_order(tx, charge, &request.key)?;
            if by_sms {
                if let Some(stop) = sms_code_step(tx, config, charge, now)? {
                    return Ok(CardStep::Stop(stop));
                }
            }
            let customer = if card.saved { processor_customer(tx, &charge.user_id)? } else { None };
            let ask = ChargeToAsk {
                charge: charge.clone(),
                request: request.clone(),
                payment_method: card.payment_method,
                customer,
            };
            Ok(CardStep::Stop(Step::Defer(Deferred::Charge(Box::new(ask)))))
        }
        KeptCharge::Asked { id, state } => match state {
            ChargeState::Succeeded => {
                if by_sms {
                    // Checked before the charge; used up with the payment.
                    let code = charge.one_time_code.as_deref().unwrap_or_default().trim();
                    check_code(tx, &config.service_key, &charge.code_scope(), code, now)?.map_err(Refusal::not_final)?;
                    use_checked_code(tx, &config.service_key, &charge.code_scope(), code, now)?;
                }
                let on_record = charge_on_record(tx, &id)?.ok_or_else(|| Refusal::internal("a kept charge vanished"))?;
                Ok(CardStep::Taken(Box::new(on_record)))
            }
            ChargeState::NeedsConfirmation { url } => Ok(awaiting(
                ChargeAwaitingStatus::BankConfirmationRequired,
                "your bank asks you to confirm this charge on its page; open it, then send the same request again",
                Some(url),
            )),
            ChargeState::Pending if !synced => Ok(CardStep::Stop(Step::Defer(Deferred::Sync { charge_id: id }))),
            ChargeState::Pending => Ok(awaiting(
                ChargeAwaitingStatus::Processing,
                "the card processor has not decided yet; we will notify you, or send the same request again in a moment",
                None,
            )),
            ChargeState::Failed(decline) => Err(declined(&decline, charge.in_words())),
        },
        KeptCharge::Booked => Err(Refusal::internal("a booked charge was asked for again without its kept answer")),
    }
}

/// A card that confirms by SMS (the sandbox's test card): a code is sent
/// (202), or the one typed is checked (a wrong one counted); `None` to go on.
fn sms_code_step(
    tx: &Db,
    config: &Config,
    charge: &CardCharge,
    now: DateTime<Utc>,
) -> Result<Option<Step<Deferred>>, Refusal> {
    let scope = charge.code_scope();
    match charge.one_time_code.as_deref() {
        None => {
            let sent = send_code(tx, config, &scope, now).map_err(Refusal::not_final)?;
            Ok(Some(Step::Interim((StatusCode::ACCEPTED, Json(sent)).into_response())))
        }
        Some(code) => {
            match check_code(tx, &config.service_key, &scope, code.trim(), now).map_err(Refusal::not_final)? {
                Ok(()) => Ok(None),
                Err(wrong_code) => Ok(Some(Step::Interim(wrong_code.into_response()))),
            }
        }
    }
}

fn awaiting(status: ChargeAwaitingStatus, message: &str, confirmation_url: Option<String>) -> CardStep {
    let body = ChargeAwaiting { status, message: message.into(), confirmation_url };
    CardStep::Stop(Step::Interim((StatusCode::ACCEPTED, Json(body)).into_response()))
}

/// The charge kept for a shopper's request key.
pub fn kept_charge(tx: &Db, user_id: &str, key: &str) -> Result<KeptCharge, Refusal> {
    let row: Option<(String, String, Option<String>, Option<String>)> = tx
        .query_row(
            "SELECT id, status, confirmation_url, decline FROM card_charges WHERE user_id = ?1 AND idempotency_key = ?2",
            params![user_id, key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, status, url, decline)) = row else {
        return Ok(KeptCharge::None);
    };
    let state = match status.as_str() {
        "booked" | "refused_after_charge" => return Ok(KeptCharge::Booked),
        "succeeded" => ChargeState::Succeeded,
        "needs_confirmation" => ChargeState::NeedsConfirmation { url: url.unwrap_or_default() },
        "failed" => ChargeState::Failed(Decline::from_code(decline.as_deref().unwrap_or_default())),
        _ => ChargeState::Pending,
    };
    Ok(KeptCharge::Asked { id, state })
}

fn status_of(state: &ChargeState) -> (&'static str, Option<String>, Option<&'static str>) {
    match state {
        ChargeState::Succeeded => ("succeeded", None, None),
        ChargeState::NeedsConfirmation { url } => ("needs_confirmation", Some(url.clone()), None),
        ChargeState::Pending => ("pending", None, None),
        ChargeState::Failed(decline) => ("failed", None, Some(decline.code())),
    }
}

/// Keeps where a charge stands now (the processor's answer or event); a
/// charge already booked or failed stays as it is.
pub fn update_charge(tx: &Db, charge_id: &str, state: &ChargeState, now: DateTime<Utc>) -> Result<bool, Refusal> {
    let (status, url, decline) = status_of(state);
    let changed = tx.execute(
        "UPDATE card_charges SET status = ?2, confirmation_url = ?3, decline = ?4, updated_at = ?5
         WHERE id = ?1 AND status IN ('pending', 'needs_confirmation')",
        params![charge_id, status, url, decline, now.to_rfc3339()],
    )?;
    Ok(changed > 0)
}

/// One card charge at a time for an order: another request's charge for it
/// that is taken or still waiting (the bank's page, the processor) stops a
/// second one, so an order is never charged twice. Not the key's answer:
/// once that charge is decided, the same request may come again.
fn refuse_a_second_charge_for_the_order(tx: &Db, charge: &CardCharge, key: &str) -> Result<(), Refusal> {
    if charge.purpose != CodePurpose::CardPayment {
        return Ok(());
    }
    let in_flight: i64 = tx.query_row(
        "SELECT COUNT(*) FROM card_charges WHERE purpose = 'order_payment' AND reference = ?1
           AND idempotency_key <> ?2 AND status IN ('pending', 'needs_confirmation', 'succeeded')",
        params![charge.reference, key],
        |r| r.get(0),
    )?;
    if in_flight == 0 {
        return Ok(());
    }
    Err(Refusal::conflict(
        "payment_in_progress",
        "a card payment for this order is already waiting for the bank or the card processor; finish it, or wait for its answer",
    )
    .not_final())
}

/// The processor's idempotency key for a shopper's request key: the same
/// request asks for the same charge, and the key itself is not sent out.
fn processor_key(config: &Config, user_id: &str, key: &str) -> String {
    format!("pocket-charge-{}", &config.service_key.hash(&["processor-idempotency", user_id, key])[..48])
}

/// Asks the processor for the charge and keeps its answer, off the
/// request's transaction; the request then runs again and finds it.
pub async fn ask_for_charge(app: &App, ask: ChargeToAsk) -> Result<(), Refusal> {
    let ChargeToAsk { charge, request, payment_method, customer } = ask;
    let idempotency_key = processor_key(&app.config, &charge.user_id, &request.key);
    let reference = match charge.purpose {
        CodePurpose::CardPayment => format!("order:{}", charge.reference),
        CodePurpose::CardTopUp => "top_up".to_string(),
    };
    let asked = ChargeRequest {
        amount: charge.amount,
        customer: customer.as_deref(),
        payment_method: &payment_method,
        idempotency_key: &idempotency_key,
        reference: &reference,
        return_url: pocket_core::contract::paths::CARD_CONFIRMED_LINK,
    };
    let answered = match app.edges.processor.charge(&asked).await {
        Ok(charge) => charge,
        // A refusal without a charge to show for it: kept under a name of
        // our own, so the same request gets the same refusal.
        Err(crate::edges::card_processor::ProcessorError::CardRefused(decline)) => {
            Charge { id: format!("declined-{idempotency_key}"), state: ChargeState::Failed(decline) }
        }
        Err(error) => return Err(super::service::processor_error(error, charge.in_words())),
    };
    let now = app.clock.now();
    app.store.write(move |tx| keep_charge(tx, &charge, &request, &answered, now)).await
}

fn keep_charge(
    tx: &Db,
    charge: &CardCharge,
    request: &ChargingRequest,
    answered: &Charge,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let (status, url, decline) = status_of(&answered.state);
    tx.execute(
        "INSERT INTO card_charges (id, user_id, idempotency_key, request_hash, purpose, reference, request, card_id,
                                   amount_minor, currency, status, confirmation_url, decline, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)
         ON CONFLICT (id) DO NOTHING",
        params![
            answered.id,
            charge.user_id,
            request.key,
            request.hash,
            charge.purpose_name(),
            charge.reference,
            request.canonical,
            charge.card_id,
            charge.amount.to_minor_units(),
            charge.amount.currency().code(),
            status,
            url,
            decline,
            now.to_rfc3339(),
        ],
    )?;
    Ok(())
}

/// Asks the processor where a waiting charge stands and keeps it.
pub async fn sync_charge(app: &App, charge_id: String) -> Result<(), Refusal> {
    let state = app
        .edges
        .processor
        .charge_state(&charge_id)
        .await
        .map_err(|error| super::service::processor_error(error, "charge"))?;
    let now = app.clock.now();
    app.store.write(move |tx| update_charge(tx, &charge_id, &state, now).map(drop)).await
}

/// A charge as the processor's event finds it: who, for what, with what.
#[derive(Debug, Clone)]
pub struct ChargeOnRecord {
    /// The processor's id.
    pub id: String,
    /// The shopper.
    pub user_id: String,
    /// The request's key and fingerprint.
    pub key: String,
    /// The request's fingerprint.
    pub hash: String,
    /// `order_payment` or `top_up`.
    pub purpose: String,
    /// The order, or the card and amount of a top-up.
    pub reference: String,
    /// The request, secrets left out.
    pub request: String,
    /// How much.
    pub amount: Money,
    /// Where it stands (`pending`, `succeeded`, `booked`...).
    pub status: String,
}

/// The charge the processor's id names.
pub fn charge_on_record(tx: &Db, charge_id: &str) -> Result<Option<ChargeOnRecord>, Refusal> {
    let row = tx
        .query_row(
            "SELECT id, user_id, idempotency_key, request_hash, purpose, reference, request, amount_minor, currency,
                    status
             FROM card_charges WHERE id = ?1",
            [charge_id],
            |r| r.read::<(String, String, String, String, String, String, String, i64, String, String)>(),
        )
        .optional()?;
    let Some((id, user_id, key, hash, purpose, reference, request, amount_minor, currency, status)) = row else {
        return Ok(None);
    };
    let amount = Money::from_minor_units(amount_minor, Currency::from_code(&currency)?)?;
    Ok(Some(ChargeOnRecord { id, user_id, key, hash, purpose, reference, request, amount, status }))
}

/// How often one request may stop off the database: once for an old
/// payment password hash, once to charge, once to ask where a charge stands.
const MOST_STOPS: usize = 3;

/// Runs a money-moving request that may charge a card: `attempt(synced)`
/// is its one transaction (`idempotency::run_idempotent_steps`); between
/// runs, what it stopped for is done off the database (an old payment
/// password checked, the charge asked for, a waiting charge looked up) and
/// it runs again.
pub async fn run_charging<Attempt, Ran>(
    app: &App,
    user_id: &str,
    payment_password: Option<&str>,
    attempt: Attempt,
) -> axum::response::Response
where
    Attempt: Fn(bool) -> Ran,
    Ran: std::future::Future<Output = Result<axum::response::Response, Deferred>>,
{
    let mut synced = false;
    for _ in 0..=MOST_STOPS {
        let stopped = match attempt(synced).await {
            Ok(response) => return response,
            Err(deferred) => deferred,
        };
        let done = match stopped {
            Deferred::LegacyPaymentPassword => {
                let candidate = payment_password.unwrap_or_default();
                crate::accounts::check_legacy_payment_password(app, user_id, candidate).await
            }
            Deferred::Charge(ask) => ask_for_charge(app, *ask).await,
            Deferred::Sync { charge_id } => {
                synced = true;
                sync_charge(app, charge_id).await
            }
        };
        if let Err(refusal) = done {
            return refusal.into_response();
        }
    }
    Refusal::internal("a card request stopped more often than it can").into_response()
}
