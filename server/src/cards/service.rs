//! Tokenizing, listing, removing cards; one-time codes for card payments.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Duration, Utc};
use pocket_core::cards::{check_can_bind, CardError, CardExpiry, CardNumber, SaveCardChoice};
use pocket_core::contract::cards::{Card, CardStatus, Cards};
use pocket_core::contract::service::ErrorKind;
use serde_json::json;

use crate::http::ApiError;
use crate::ids::{new_id, random_hex};
use crate::wire::wire_name;

/// How the sandbox card processor answers for a card, chosen by its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestCardBehaviour {
    /// Every charge succeeds (4242 4242 4242 4242, and any other valid number).
    Succeeds,
    /// Every charge is declined (4000 0000 0000 0002).
    Declined,
    /// Every charge fails for lack of funds (4000 0000 0000 9995).
    InsufficientFunds,
    /// Every charge needs a one-time code sent by SMS (4000 0000 0000 3220).
    OneTimeCode,
}

impl TestCardBehaviour {
    fn of(number: &CardNumber) -> TestCardBehaviour {
        match number.expose_digits() {
            "4000000000000002" => TestCardBehaviour::Declined,
            "4000000000009995" => TestCardBehaviour::InsufficientFunds,
            "4000000000003220" => TestCardBehaviour::OneTimeCode,
            _ => TestCardBehaviour::Succeeds,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            TestCardBehaviour::Succeeds => "succeeds",
            TestCardBehaviour::Declined => "declined",
            TestCardBehaviour::InsufficientFunds => "insufficient_funds",
            TestCardBehaviour::OneTimeCode => "one_time_code",
        }
    }

    fn parse(text: &str) -> TestCardBehaviour {
        match text {
            "declined" => TestCardBehaviour::Declined,
            "insufficient_funds" => TestCardBehaviour::InsufficientFunds,
            "one_time_code" => TestCardBehaviour::OneTimeCode,
            _ => TestCardBehaviour::Succeeds,
        }
    }
}

pub use pocket_core::contract::cards::{AddCardRequest, ReplaceCardRequest};

pub(super) fn card_error(error: CardError) -> ApiError {
    let code = wire_kind(&error);
    let field = match error {
        CardError::BadExpiryFormat | CardError::BadExpiryMonth { .. } | CardError::Expired { .. } => "expiry",
        CardError::TooManyCards { .. } => "save",
        _ => "number",
    };
    let api = ApiError::validation(&code, error.to_string()).with_field(field);
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

/// Checks a card and swaps it for a token. A saved card is bound (the 6th
/// is refused); an unsaved one serves one payment and is not listed.
pub fn add_card(tx: &Db, user_id: &str, request: &AddCardRequest, now: DateTime<Utc>) -> Result<Card, ApiError> {
    let number = CardNumber::parse(&request.number).map_err(card_error)?;
    let expiry = CardExpiry::parse_wire(&request.expiry).map_err(card_error)?;
    expiry.can_pay(now.date_naive()).map_err(card_error)?;
    let saved = request.save == SaveCardChoice::Save;
    if saved {
        tx.claim_shopper(user_id)?;
        let bound: i64 = tx.query_row(
            "SELECT COUNT(*) FROM cards WHERE user_id = ?1 AND saved = 1 AND removed_at IS NULL",
            [user_id],
            |r| r.get(0),
        )?;
        check_can_bind(bound as usize).map_err(card_error)?;
    }
    let id = new_id("card");
    let token = format!("tok_{}", random_hex(16));
    let masked = number.masked();
    tx.execute(
        "INSERT INTO cards (id, user_id, token, brand, first4, last4, exp_month, exp_year, behaviour, saved, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id,
            user_id,
            token,
            wire_name(&masked.brand),
            masked.first4,
            masked.last4,
            expiry.month,
            expiry.year,
            TestCardBehaviour::of(&number).as_str(),
            saved,
            now.to_rfc3339(),
        ],
    )?;
    let mut view = card_view(tx, user_id, &id, now)?;
    view.token = Some(token);
    Ok(view)
}

/// Replaces a bound card in one step: the new card is checked with its bank
/// (a zero-amount check the sandbox plays from the test numbers) and bound,
/// then the old one removed, in one transaction. A failure leaves the old
/// card as it was; the 5-card limit is never crossed on the way.
pub fn replace_card(
    tx: &Db,
    user_id: &str,
    old_card_id: &str,
    request: &ReplaceCardRequest,
    now: DateTime<Utc>,
) -> Result<Card, ApiError> {
    let old = load_card(tx, user_id, old_card_id)?;
    if !old.saved {
        return Err(ApiError::not_found("card"));
    }
    let number = CardNumber::parse(&request.number).map_err(card_error)?;
    verify_with_bank(&number)?;
    remove_card(tx, user_id, old_card_id, now)?;
    let add =
        AddCardRequest { number: request.number.clone(), expiry: request.expiry.clone(), save: SaveCardChoice::Save };
    add_card(tx, user_id, &add, now)
}

/// The bank's answer to a zero-amount check of a new card (the sandbox's,
/// from the test numbers).
fn verify_with_bank(number: &CardNumber) -> Result<(), ApiError> {
    match TestCardBehaviour::of(number) {
        TestCardBehaviour::Declined => Err(ApiError::refused(
            ErrorKind::Card,
            "card_declined",
            "the new card was declined by its bank; your current card is kept",
        )),
        _ => Ok(()),
    }
}

/// The shopper's bound cards, with expired ones marked.
pub fn list_cards(tx: &Db, user_id: &str, now: DateTime<Utc>) -> Result<Cards, ApiError> {
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

/// Removes a bound card (the phone asks the shopper to confirm first).
pub fn remove_card(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<(), ApiError> {
    let changed = tx.execute(
        "UPDATE cards SET removed_at = ?1 WHERE id = ?2 AND user_id = ?3 AND removed_at IS NULL",
        params![now.to_rfc3339(), card_id, user_id],
    )?;
    if changed == 0 {
        return Err(ApiError::not_found("card"));
    }
    Ok(())
}

fn card_view(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<Card, ApiError> {
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
    /// Brand name.
    pub brand: String,
    /// First four digits.
    pub first4: String,
    /// Last four digits.
    pub last4: String,
    /// Expiry.
    pub expiry: CardExpiry,
    /// How the sandbox processor answers.
    pub behaviour: TestCardBehaviour,
    /// Bound to the account.
    pub saved: bool,
}

fn load_card(tx: &Db, user_id: &str, card_id: &str) -> Result<PayableCard, ApiError> {
    match load_card_record(tx, user_id, card_id)? {
        (card, _, false) => Ok(card),
        _ => Err(ApiError::not_found("card")),
    }
}

/// The card, when it was added, and whether it is gone (removed, or used up).
fn load_card_record(tx: &Db, user_id: &str, card_id: &str) -> Result<(PayableCard, DateTime<Utc>, bool), ApiError> {
    let row = tx
        .query_row(
            "SELECT id, brand, first4, last4, exp_month, exp_year, behaviour, saved, created_at, removed_at IS NOT NULL
             FROM cards WHERE id = ?1 AND user_id = ?2",
            params![card_id, user_id],
            |r| {
                let card = PayableCard {
                    id: r.get(0)?,
                    brand: r.get(1)?,
                    first4: r.get(2)?,
                    last4: r.get(3)?,
                    expiry: CardExpiry { month: r.get(4)?, year: r.get(5)? },
                    behaviour: TestCardBehaviour::parse(&r.get::<_, String>(6)?),
                    saved: r.get(7)?,
                };
                Ok((card, r.get::<_, String>(8)?, r.get::<_, bool>(9)?))
            },
        )
        .optional()?
        .ok_or_else(|| ApiError::not_found("card"))?;
    let (card, created_at, removed) = row;
    Ok((card, crate::time::parse_time(&created_at)?, removed))
}

/// How long a card added without saving stays usable for the payment it was
/// added for.
pub const UNSAVED_CARD_MINUTES: i64 = 30;

/// A card that may pay today: the shopper's own, not removed, not expired;
/// one not saved only within [`UNSAVED_CARD_MINUTES`] of being added and
/// only once.
pub fn load_payable_card(tx: &Db, user_id: &str, card_id: &str, now: DateTime<Utc>) -> Result<PayableCard, ApiError> {
    let (card, created_at, removed) = load_card_record(tx, user_id, card_id)?;
    if !card.saved && (removed || now >= created_at + Duration::minutes(UNSAVED_CARD_MINUTES)) {
        return Err(ApiError::gone(
            "unsaved_card_used",
            format!(
                "a card you chose not to save pays once, within {UNSAVED_CARD_MINUTES} minutes of adding it; add the card again, or save it to pay with it again"
            ),
        )
        .with_field("card_id"));
    }
    if removed {
        return Err(ApiError::not_found("card"));
    }
    card.expiry.can_pay(now.date_naive()).map_err(card_error)?;
    Ok(card)
}

/// After a card has paid: a card not saved is used up (it served the one
/// payment it was added for).
pub fn after_charge(tx: &Db, card: &PayableCard, now: DateTime<Utc>) -> Result<(), ApiError> {
    if !card.saved {
        tx.execute(
            "UPDATE cards SET removed_at = ?1 WHERE id = ?2 AND saved = 0 AND removed_at IS NULL",
            params![now.to_rfc3339(), card.id],
        )?;
    }
    Ok(())
}
