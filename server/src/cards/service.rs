//! Cards as the database keeps them: the processor's payment-method id, the
//! mask (first 4, last 4), the expiry, how a charge is confirmed. Never the
//! number: it went from the phone to the processor only.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Duration, Utc};
use pocket_core::cards::{check_can_bind, CardBrand, CardError, CardExpiry, SaveCardChoice};
use pocket_core::contract::cards::{Card, CardStatus, Cards};
use pocket_core::contract::service::ErrorKind;
use serde_json::json;

use crate::edges::card_processor::{CardConfirmation, Decline, PreparedCard, ProcessorError};
use crate::ids::new_id;
use crate::refusals::Refusal;
use crate::wire::wire_name;

pub use pocket_core::contract::cards::{AddCardRequest, ReplaceCardRequest};

pub(super) fn card_error(error: CardError) -> Refusal {
    let code = wire_kind(&error);
    let field = match error {
        CardError::BadExpiryFormat | CardError::BadExpiryMonth { .. } | CardError::Expired { .. } => "expiry",
        CardError::TooManyCards { .. } => "save",
        _ => "number",
    };
    let api = Refusal::validation(&code, error.to_string()).with_field(field);
    match error {
        CardError::TooManyCards { max_cards } => {
            let mut api = api.with_details(json!({ "max_cards": max_cards }));
            api.kind = ErrorKind::Conflict;
            api
        }
        CardError::Expired { .. } => {
            let mut api = api;
            api.kind = ErrorKind::Refused;
            api
        }
        _ => api,
    }
}

fn wire_kind(error: &CardError) -> String {
    serde_json::to_value(error)
        .ok()
        .and_then(|v| v["kind"].as_str().map(str::to_string))
        .unwrap_or_else(|| "invalid_card".into())
}

/// A bank's refusal, as the shopper is told it.
pub fn declined(decline: &Decline, what: &str) -> Refusal {
    let message = match decline {
        Decline::InsufficientFunds => {
            format!("the card has too little money for this {what}; use another card or your Pocket balance")
        }
        Decline::ExpiredCard => "the card has expired; use another card".to_string(),
        Decline::Declined | Decline::Other(_) => {
            format!("the card was declined by its bank for this {what}; use another card or your Pocket balance")
        }
    };
    Refusal::refused(ErrorKind::Card, decline.code(), message)
}

/// A processor that could not set the card up, as the shopper is told it.
pub fn processor_error(error: ProcessorError, what: &str) -> Refusal {
    match error {
        ProcessorError::CardRefused(decline) => declined(&decline, what),
        ProcessorError::NoSuchCard => Refusal::validation(
            "unknown_payment_method",
            "the card processor does not know this card; tokenize the card again and send its new id",
        )
        .with_field("payment_method"),
        ProcessorError::TryLater(why) => {
            tracing::warn!(%why, "the card processor could not be reached");
            Refusal::unavailable(
                "card_processor_unavailable",
                "the card processor did not answer; try again in a moment (a retry with the same Idempotency-Key never charges twice)",
            )
        }
        ProcessorError::Refused(why) => {
            tracing::error!(%why, "the card processor refused a request of Pocket's");
            Refusal::internal("the card processor refused the request")
        }
    }
}

/// The checks of a tokenized card's details before anything is asked of the
/// processor: its expiry lets it pay today.
pub fn check_card_details(expiry: &str, now: DateTime<Utc>) -> Result<CardExpiry, Refusal> {
    let expiry = CardExpiry::parse_wire(expiry).map_err(card_error)?;
    expiry.can_pay(now.date_naive()).map_err(card_error)?;
    Ok(expiry)
}

/// How many cards the shopper has bound: the 6th is refused.
pub fn check_room_for_a_card(tx: &Db, user_id: &str) -> Result<(), Refusal> {
    let bound: i64 = tx.query_row(
        "SELECT COUNT(*) FROM cards WHERE user_id = ?1 AND saved = 1 AND removed_at IS NULL",
        [user_id],
        |r| r.get(0),
    )?;
    check_can_bind(bound as usize).map_err(card_error)
}

/// The shopper's customer at the processor, if she has one yet.
pub fn processor_customer(tx: &Db, user_id: &str) -> Result<Option<String>, Refusal> {
    Ok(tx.query_row("SELECT processor_customer FROM users WHERE id = ?1", [user_id], |r| r.get(0))?)
}

/// Keeps the shopper's customer at the processor.
pub fn keep_processor_customer(tx: &Db, user_id: &str, customer: &str) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE users SET processor_customer = ?2 WHERE id = ?1 AND processor_customer IS NULL",
        params![user_id, customer],
    )?;
    Ok(())
}

/// A tokenized card the processor set up, with what the app shows of it.
pub struct NewCard<'a> {
    /// The processor's payment-method id.
    pub payment_method: &'a str,
    /// Its brand.
    pub brand: CardBrand,
    /// First four digits.
    pub first4: &'a str,
    /// Last four digits.
    pub last4: &'a str,
    /// Its expiry.
    pub expiry: CardExpiry,
    /// Bound to the account (else it pays once).
    pub save: SaveCardChoice,
    /// What the processor said when it set it up.
    pub prepared: PreparedCard,
}

/// Keeps a card the processor set up. A saved card is bound (the 6th is
/// refused, looked at again here under the shopper's claim); an unsaved one
/// serves one payment and is not listed.
pub fn add_card(tx: &Db, user_id: &str, card: &NewCard, now: DateTime<Utc>) -> Result<Card, Refusal> {
    let saved = card.save == SaveCardChoice::Save;
    if saved {
        tx.claim_shopper(user_id)?;
        check_room_for_a_card(tx, user_id)?;
    }
    let taken: Option<String> =
        tx.query_row("SELECT id FROM cards WHERE token = ?1", [card.payment_method], |r| r.get(0)).optional()?;
    if taken.is_some() {
        return Err(Refusal::conflict(
            "card_already_added",
            "this tokenized card was added already; tokenize the card again to add it once more",
        )
        .with_field("payment_method"));
    }
    let id = new_id("card");
    tx.execute(
        "INSERT INTO cards (id, user_id, token, brand, first4, last4, exp_month, exp_year, confirmation, saved, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id,
            user_id,
            card.payment_method,
            wire_name(&card.brand),
            card.first4,
            card.last4,
            card.expiry.month,
            card.expiry.year,
            card.prepared.confirmation.as_str(),
            saved,
            now.to_rfc3339(),
        ],
    )?;
    let mut view = card_view(tx, user_id, &id, now)?;
    view.token = Some(card.payment_method.to_string());
    Ok(view)
}

/// The processor's id of a bound card the shopper may replace or remove.
pub fn bound_payment_method(tx: &Db, user_id: &str, card_id: &str) -> Result<String, Refusal> {
    let card = load_card(tx, user_id, card_id)?;
    if !card.saved {
        return Err(Refusal::not_found("card"));
    }
    Ok(card.payment_method)
}

/// The shopper's bound cards, with expired ones marked.
pub fn list_cards(tx: &Db, user_id: &str, now: DateTime<Utc>) -> Result<Cards, Refusal> {
    let ids: Vec<String> = {
        let mut statement = tx.prepare_cached(
            "SELECT id FROM cards WHERE user_id = ?1 AND saved = 1 AND removed_at IS NULL ORDER BY created_at, id",
        )?;
        let rows = statement.query_map([user_id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let cards = ids.iter().map(|id| card_view(tx, user_id, id, now)).collect::<Result<Vec<_>, _>>()?;
    Ok(Cards { cards, max_cards: pocket_core::cards::MAX_BOUND_CARDS as u64 })
}

/// Removes a bound card (the phone asks the shopper to confirm first);
/// returns its payment-method id, to release at the processor.
pub fn remove_card(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<String, Refusal> {
    let payment_method = bound_payment_method(tx, user_id, card_id)?;
    let changed = tx.execute(
        "UPDATE cards SET removed_at = ?1 WHERE id = ?2 AND user_id = ?3 AND removed_at IS NULL",
        params![now.to_rfc3339(), card_id, user_id],
    )?;
    if changed == 0 {
        return Err(Refusal::not_found("card"));
    }
    Ok(payment_method)
}

fn card_view(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<Card, Refusal> {
    let card = load_card(tx, user_id, card_id)?;
    let status = if card.expiry.is_expired(now.date_naive()) { CardStatus::Expired } else { CardStatus::Active };
    Ok(Card {
        masked: format!("{} **** **** {}", card.first4, card.last4),
        expiry: card.expiry.to_string(),
        id: card.id,
        brand: crate::wire::from_wire_name(&card.brand)?,
        first4: card.first4,
        last4: card.last4,
        status,
        saved: card.saved,
        token: None,
    })
}

/// A card as a payment needs it.
#[derive(Debug, Clone)]
pub struct PayableCard {
    /// Its id.
    pub id: String,
    /// The processor's payment-method id.
    pub payment_method: String,
    /// Brand name.
    pub brand: String,
    /// First four digits.
    pub first4: String,
    /// Last four digits.
    pub last4: String,
    /// Expiry.
    pub expiry: CardExpiry,
    /// How its charges are confirmed.
    pub confirmation: CardConfirmation,
    /// Bound to the account.
    pub saved: bool,
}

fn load_card(tx: &Db, user_id: &str, card_id: &str) -> Result<PayableCard, Refusal> {
    match load_card_record(tx, user_id, card_id)? {
        (card, _, false) => Ok(card),
        _ => Err(Refusal::not_found("card")),
    }
}

/// The card, when it was added, and whether it is gone (removed, or used up).
fn load_card_record(tx: &Db, user_id: &str, card_id: &str) -> Result<(PayableCard, DateTime<Utc>, bool), Refusal> {
    let row = tx
        .query_row(
            "SELECT id, token, brand, first4, last4, exp_month, exp_year, confirmation, saved, created_at,
                    removed_at IS NOT NULL
             FROM cards WHERE id = ?1 AND user_id = ?2",
            params![card_id, user_id],
            |r| {
                let card = PayableCard {
                    id: r.get(0)?,
                    payment_method: r.get(1)?,
                    brand: r.get(2)?,
                    first4: r.get(3)?,
                    last4: r.get(4)?,
                    expiry: CardExpiry { month: r.get(5)?, year: r.get(6)? },
                    confirmation: CardConfirmation::parse(&r.get::<_, String>(7)?),
                    saved: r.get(8)?,
                };
                Ok((card, r.get::<_, String>(9)?, r.get::<_, bool>(10)?))
            },
        )
        .optional()?
        .ok_or_else(|| Refusal::not_found("card"))?;
    let (card, created_at, removed) = row;
    Ok((card, crate::time::parse_time(&created_at)?, removed))
}

/// How long a card added without saving stays usable for the payment it was
/// added for.
pub const UNSAVED_CARD_MINUTES: i64 = 30;

/// A card that may pay today: the shopper's own, not removed, not expired;
/// one not saved only within [`UNSAVED_CARD_MINUTES`] of being added and
/// only once.
pub fn load_payable_card(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<PayableCard, Refusal> {
    let (card, created_at, removed) = load_card_record(tx, user_id, card_id)?;
    if !card.saved && (removed || now >= created_at + Duration::minutes(UNSAVED_CARD_MINUTES)) {
        return Err(Refusal::gone(
            "unsaved_card_used",
            format!(
                "a card you chose not to save pays once, within {UNSAVED_CARD_MINUTES} minutes of adding it; add the card again, or save it to pay with it again"
            ),
        )
        .with_field("card_id"));
    }
    if removed {
        return Err(Refusal::not_found("card"));
    }
    card.expiry.can_pay(now.date_naive()).map_err(card_error)?;
    Ok(card)
}

/// After a card has paid: a card not saved is used up (it served the one
/// payment it was added for).
pub fn after_charge(tx: &Db, card_id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE cards SET removed_at = ?1 WHERE id = ?2 AND saved = 0 AND removed_at IS NULL",
        params![now.to_rfc3339(), card_id],
    )?;
    Ok(())
}
