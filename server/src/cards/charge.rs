//! Charging a card through the (sandbox) card processor, with the SMS code
//! a card may ask for.

use crate::store::Db;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use pocket_core::contract::service::ErrorKind;
use pocket_core::contract::wallet::CodeSent;

use super::service::{after_charge, load_payable_card, TestCardBehaviour};
use crate::app::Config;
use crate::codes::{check_code, send_code, use_checked_code, CodePurpose, CodeScope};
use crate::http::{ApiError, CodeStep};

/// One charge of one card: for what, and the code typed for it, if any.
#[derive(Debug, Clone)]
pub struct CardCharge {
    /// The shopper.
    pub user_id: String,
    /// The card.
    pub card_id: String,
    /// A payment or a top-up.
    pub purpose: CodePurpose,
    /// What a code for it is tied to: the order, or the card and amount.
    pub reference: String,
    /// The SMS code typed by the shopper.
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
}

/// The step before a card charge, inside the charge's transaction: `None`
/// means go on and charge. Otherwise the request stops here with an answer
/// that commits but is not the Idempotency-Key's final one: a card that
/// asks for a code and got none is sent one (202), and a code that came is
/// checked, a wrong one counted. A card that cannot pay is an error that is
/// not final either.
pub fn code_step(
    tx: &Db,
    config: &Config,
    charge: &CardCharge,
    now: DateTime<Utc>,
) -> Result<Option<Response>, ApiError> {
    let card = load_payable_card(tx, &charge.user_id, &charge.card_id, now).map_err(ApiError::not_final)?;
    if card.behaviour != TestCardBehaviour::OneTimeCode {
        return Ok(None);
    }
    let scope = charge.code_scope();
    match charge.one_time_code.as_deref() {
        None => {
            let sent: CodeSent = send_code(tx, config, &scope, now).map_err(ApiError::not_final)?;
            Ok(Some((StatusCode::ACCEPTED, Json(sent)).into_response()))
        }
        Some(code) => {
            match check_code(tx, &config.service_key, &scope, code.trim(), now).map_err(ApiError::not_final)? {
                Ok(()) => Ok(None),
                Err(wrong_code) => Ok(Some(wrong_code.into_response())),
            }
        }
    }
}

/// Asks the card processor to charge the card, in the payment's
/// transaction. A card not saved is used up by it.
pub fn charge_card(tx: &Db, config: &Config, charge: &CardCharge, now: DateTime<Utc>) -> Result<(), ApiError> {
    let card = load_payable_card(tx, &charge.user_id, &charge.card_id, now)?;
    match card.behaviour {
        TestCardBehaviour::Succeeds => {}
        TestCardBehaviour::Declined => {
            return Err(ApiError::refused(
                ErrorKind::Card,
                "card_declined",
                "the card was declined by its bank; pay with another card or your Pocket balance",
            ))
        }
        TestCardBehaviour::InsufficientFunds => {
            return Err(ApiError::refused(
                ErrorKind::Card,
                "card_insufficient_funds",
                "the card has too little money for this payment; pay with another card or your Pocket balance",
            ))
        }
        TestCardBehaviour::OneTimeCode => {
            let code = charge.one_time_code.as_deref().ok_or_else(|| {
                ApiError::one_time_code(
                    CodeStep::Required,
                    "one_time_code_required",
                    "this card confirms payments with a code by SMS: send the request without a code to get one",
                )
            })?;
            use_checked_code(tx, &config.service_key, &charge.code_scope(), code.trim(), now)?;
        }
    }
    after_charge(tx, &card, now)
}
