//! The one error the shells show. Each variant says what happened and what
//! to do; a refusal (final: do not retry) is never confused with a network
//! problem (the core retries by itself).

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use crate::contract::service::{ErrorBody, ErrorDetail, ErrorKind};
use crate::limits::LimitRefusal;
use crate::parcel::ParcelRefusal;

/// Everything a `Pocket` call can fail with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum PocketError {
    /// The input was wrong and nothing was sent or changed: fix `field`.
    #[error("{explanation}")]
    InvalidInput {
        /// The field to fix (`amount`, `payment_password`, `number`, ...).
        field: Option<String>,
        /// A machine-readable reason (`below_rail_minimum`, `ascending_run`, ...).
        code: String,
        /// What was wrong and what to do, for the shopper.
        explanation: String,
    },
    /// A spending limit refuses the amount: the figures say how much is left,
    /// when it resets and what would raise it. Nothing moved.
    #[error("{explanation}")]
    LimitReached {
        /// The rule, the ceiling, what is left, when it resets, what raises it.
        refusal: LimitRefusal,
        /// The service's sentence.
        explanation: String,
    },
    /// Pocket cannot pay for a parcel (heavier than 2 kg, or worth more than
    /// the low-value cap): every reason with its figures, per seller.
    /// Nothing was created.
    #[error("{explanation}")]
    ParcelNotEligible {
        /// One per refused parcel, each with all its reasons.
        refusals: Vec<ParcelRefusal>,
        /// The sentence to show.
        explanation: String,
    },
    /// The service refused the action for good (card declined, order
    /// already shipped, password locked, ...). Nothing moved and the core
    /// will not retry it.
    #[error("{explanation}")]
    Refused {
        /// What kind of refusal (refused, forbidden, conflict, locked, ...).
        kind: ErrorKind,
        /// A machine-readable reason (`card_declined`, `insufficient_funds`, ...).
        code: String,
        /// What happened and what to do, for the shopper.
        explanation: String,
        /// The field at fault, if one is.
        field: Option<String>,
        /// Until when, for a lockout.
        until: Option<DateTime<Utc>>,
        /// Tries left, for a wrong payment password.
        attempts_left: Option<u32>,
    },
    /// No one is signed in, or the session ended: sign in again. A money
    /// action already saved stays in the outbox and is sent after sign-in.
    #[error("sign in to continue")]
    NeedsSignIn,
    /// The service could not be reached (or failed) and this money action is
    /// saved on the phone: it shows as pending and is sent again by itself,
    /// with the same idempotency key, so it can never be charged twice.
    #[error("no connection to Pocket: {reason}; it is saved and will be sent again by itself")]
    WillRetry {
        /// The pending action, as listed by `pending_actions`.
        action_id: String,
        /// Why the last attempt failed.
        reason: String,
    },
    /// The service could not be reached and there is nothing saved on the
    /// phone to show instead. Try again when online.
    #[error("no connection to Pocket: {reason}")]
    Offline {
        /// Why the attempt failed.
        reason: String,
    },
    /// Something on the phone failed (storage, keychain) or the service said
    /// something this version does not understand.
    #[error("something went wrong on this phone: {explanation}")]
    Internal {
        /// What.
        explanation: String,
    },
}

impl PocketError {
    /// Whether the core keeps trying by itself (the action is pending).
    pub fn will_retry(&self) -> bool {
        matches!(self, PocketError::WillRetry { .. })
    }

    pub(crate) fn invalid(field: &str, code: &str, message: impl Into<String>) -> PocketError {
        PocketError::InvalidInput {
            field: Some(field.to_string()),
            code: code.to_string(),
            explanation: message.into(),
        }
    }

    /// A rule of `pocket-core` refused `field` on the phone: its error's
    /// `kind` is the code, its sentence the explanation.
    pub(crate) fn rule_broken<E: serde::Serialize + std::fmt::Display>(field: &str, error: &E) -> PocketError {
        let code = serde_json::to_value(error)
            .ok()
            .and_then(|value| value["kind"].as_str().map(str::to_string))
            .unwrap_or_else(|| "invalid".into());
        PocketError::invalid(field, &code, error.to_string())
    }

    pub(crate) fn internal(message: impl std::fmt::Display) -> PocketError {
        PocketError::Internal { explanation: message.to_string() }
    }

    /// Maps the service's error body (`{"error": {type, code, message,
    /// field, details}}`) to the shell's error.
    pub(crate) fn from_service(status: u16, body: &Value) -> PocketError {
        let ErrorDetail { kind, code, message, field, details } = match ErrorBody::deserialize(body) {
            Ok(body) => body.error,
            // Not the contract's error shape (a proxy's page, say): the
            // status is all there is.
            Err(_) => ErrorDetail {
                kind: ErrorKind::Unknown,
                code: format!("http_{status}"),
                message: format!("the service answered {status}"),
                field: None,
                details: None,
            },
        };
        let details = details.unwrap_or(Value::Null);
        // A wrong login is a refusal like any other; every other 401 means
        // the session is missing or over.
        if status == 401 && code != "wrong_credentials" {
            return PocketError::NeedsSignIn;
        }
        if kind == ErrorKind::Limit {
            if let Ok(refusal) = LimitRefusal::deserialize(&details) {
                return PocketError::LimitReached { refusal, explanation: message };
            }
        }
        if code == "parcel_not_eligible" {
            if let Ok(refusals) = Vec::<ParcelRefusal>::deserialize(&details["parcels"]) {
                return PocketError::ParcelNotEligible { refusals, explanation: message };
            }
        }
        if kind == ErrorKind::Validation {
            return PocketError::InvalidInput { field, code, explanation: message };
        }
        // A lock says until when; a throttle when to try again.
        let until = [&details["locked_until"], &details["retry_after"]]
            .into_iter()
            .find_map(|at| at.as_str().and_then(|at| at.parse().ok()));
        // Payment passwords count attempts, SMS codes tries.
        let attempts_left =
            [&details["attempts_left"], &details["tries_left"]].into_iter().find_map(|n| n.as_u64().map(|n| n as u32));
        PocketError::Refused { kind, code, explanation: message, field, until, attempts_left }
    }
}

impl From<super::SecretStoreError> for PocketError {
    fn from(error: super::SecretStoreError) -> Self {
        PocketError::internal(error)
    }
}

impl From<rusqlite::Error> for PocketError {
    fn from(error: rusqlite::Error) -> Self {
        PocketError::internal(format!("local storage: {error}"))
    }
}

impl From<crate::money::MoneyError> for PocketError {
    fn from(error: crate::money::MoneyError) -> Self {
        PocketError::invalid("amount", "invalid_amount", error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::PocketError;
    use crate::limits::LimitRule;

    #[test]
    fn a_limit_refusal_from_the_service_keeps_its_figures() {
        let body = json!({ "error": { "type": "limit", "code": "daily_limit", "message": "over the daily limit",
            "details": { "method": "balance", "rule": "per_day",
                "amount": { "amount": "120.00", "currency": "USD" },
                "ceiling": { "amount": "300.00", "currency": "USD" },
                "left": { "amount": "80.00", "currency": "USD" },
                "resets_at": "2026-11-24T10:00:00Z", "how_to_raise": null } } });
        let PocketError::LimitReached { refusal, explanation } = PocketError::from_service(422, &body) else {
            panic!("a limit refusal")
        };
        assert_eq!(refusal.rule, LimitRule::PerDay);
        assert_eq!(refusal.left.amount().to_string(), "80.00");
        assert!(refusal.resets_at.is_some());
        assert_eq!(explanation, "over the daily limit");
    }

    #[test]
    fn a_lockout_says_until_when_and_a_wrong_password_how_many_tries_are_left() {
        let locked = json!({ "error": { "type": "locked", "code": "payment_password_locked", "message": "locked",
            "details": { "locked_until": "2026-11-24T10:30:00Z" } } });
        assert!(matches!(PocketError::from_service(423, &locked), PocketError::Refused { until: Some(_), .. }));
        let wrong = json!({ "error": { "type": "forbidden", "code": "wrong_payment_password", "message": "wrong",
            "field": "payment_password", "details": { "attempts_left": 2 } } });
        assert!(matches!(
            PocketError::from_service(403, &wrong),
            PocketError::Refused { attempts_left: Some(2), field: Some(_), .. }
        ));
    }

    #[test]
    fn a_throttle_says_when_to_try_again_and_a_wrong_code_how_many_tries_are_left() {
        let throttled = json!({ "error": { "type": "throttled", "code": "too_many_login_attempts", "message": "wait",
            "details": { "retry_after": "2026-11-24T10:30:00Z" } } });
        assert!(matches!(PocketError::from_service(429, &throttled), PocketError::Refused { until: Some(_), .. }));
        let wrong = json!({ "error": { "type": "one_time_code", "code": "wrong_one_time_code", "message": "wrong",
            "field": "one_time_code", "details": { "tries_left": 3 } } });
        assert!(matches!(PocketError::from_service(403, &wrong), PocketError::Refused { attempts_left: Some(3), .. }));
        let expired = json!({ "error": { "type": "unauthorized", "code": "session_expired", "message": "away" } });
        assert_eq!(PocketError::from_service(401, &expired), PocketError::NeedsSignIn);
    }

    #[test]
    fn an_expired_session_asks_to_sign_in_and_bad_input_names_the_field() {
        assert_eq!(PocketError::from_service(401, &json!({})), PocketError::NeedsSignIn);
        let invalid = json!({ "error": { "type": "validation", "code": "unknown_currency", "message": "no such currency",
            "field": "amount.currency" } });
        let PocketError::InvalidInput { field, code, .. } = PocketError::from_service(400, &invalid) else { panic!() };
        assert_eq!((field.as_deref(), code.as_str()), (Some("amount.currency"), "unknown_currency"));
    }
}
