//! Why a request is refused: the one error shape every domain returns
//! (`Refusal`), and how the rules' own errors become one
//! (`from_rules.rs`). The HTTP layer renders a refusal as a status and a
//! body (`http::status_of`); a domain never names a status.
//!
//! `{"error": {"type", "code", "message", "field"?, "details"?}}`: `type`
//! groups errors for a client's handling (`validation`, `limit`,
//! `conflict`, ...); `code` names the exact failure; `message` is a sentence
//! that says what to do; `details` carries the figures.

mod from_rules;

use pocket_core::contract::service::{ErrorBody, ErrorDetail, ErrorKind};
use serde::Serialize;
use serde_json::{json, Value};

/// Where a card's one-time code stands, when that is what an answer is
/// about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeStep {
    /// The card asks for a code and none came.
    Required,
    /// The code is wrong, or void after too many wrong ones.
    Refused,
    /// The code is out of date.
    Expired,
    /// A new code was asked for too soon, or too often.
    TooSoon,
}

/// Why a request is refused, as the domains say it: its kind, the exact
/// code, what to do, the field and the figures. The HTTP layer turns it into
/// a status and a body (`http::status_of`); nothing here knows HTTP.
#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    /// For a one-time code's answer, which step.
    #[serde(skip)]
    pub code_step: Option<CodeStep>,
    /// The group, for a client's handling.
    #[serde(rename = "type")]
    pub kind: ErrorKind,
    /// The exact failure, snake_case.
    pub code: String,
    /// What was wrong and what to do.
    pub message: String,
    /// The request field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Figures: limits, amounts, times.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
    /// Whether this is the request's final answer, stored for its
    /// Idempotency-Key. Not for a step that asks for more (a one-time code).
    #[serde(skip)]
    pub final_answer: bool,
    /// Seconds until a retry can succeed, sent as `Retry-After` (a throttle
    /// or a lock).
    #[serde(skip)]
    pub retry_after_seconds: Option<u64>,
    /// A provider the request needs did not answer: nothing is kept as the
    /// answer, and the same request may come again.
    #[serde(skip)]
    pub provider_unavailable: bool,
}

impl Refusal {
    fn new(kind: ErrorKind, code: &str, message: impl Into<String>) -> Refusal {
        Refusal {
            code_step: None,
            kind,
            code: code.to_string(),
            message: message.into(),
            field: None,
            details: None,
            final_answer: true,
            retry_after_seconds: None,
            provider_unavailable: false,
        }
    }

    /// A step of a card payment's one-time code (wrong, expired, void, too
    /// soon): never the final answer of the Idempotency-Key, so the same
    /// request with the right code still pays.
    pub fn one_time_code(step: CodeStep, code: &str, message: impl Into<String>) -> Refusal {
        let mut error = Refusal::new(ErrorKind::OneTimeCode, code, message).with_field("one_time_code").not_final();
        error.code_step = Some(step);
        error
    }

    /// 429: too many attempts; `Retry-After` says when to try again.
    pub fn too_many_requests(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Throttled, code, message)
    }

    /// 400: the request is wrong; `field` says where.
    pub fn validation(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Validation, code, message)
    }

    /// 401: no valid session.
    pub fn unauthorized() -> Refusal {
        Refusal::new(
            ErrorKind::Unauthorized,
            "session_required",
            "log in first: send the session token as `Authorization: Bearer <token>`",
        )
    }

    /// 401: a credential other than a shopper's session is missing or no
    /// longer good (a partner's API key); `code` and `message` say which.
    pub fn unauthenticated(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Unauthorized, code, message)
    }

    /// 403: logged in, but not allowed.
    pub fn forbidden(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Forbidden, code, message)
    }

    /// 404: nothing there (also for another user's things: they do not
    /// exist as far as this user can tell).
    pub fn not_found(what: &str) -> Refusal {
        Refusal::new(ErrorKind::NotFound, "not_found", format!("no {what} with that id"))
    }

    /// 409: conflicts with the state of things.
    pub fn conflict(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Conflict, code, message)
    }

    /// 410: expired.
    pub fn gone(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Expired, code, message)
    }

    /// 423: locked after too many wrong attempts.
    pub fn locked(code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(ErrorKind::Locked, code, message)
    }

    /// 422: the rules refuse it (limits, parcel rules, insufficient funds).
    pub fn refused(kind: ErrorKind, code: &str, message: impl Into<String>) -> Refusal {
        Refusal::new(kind, code, message)
    }

    /// 503: a provider the request needs did not answer; nothing is kept
    /// as the request's answer, and the same request may come again in
    /// `Retry-After` seconds.
    pub fn unavailable(code: &str, message: impl Into<String>) -> Refusal {
        let mut error = Refusal::new(ErrorKind::Internal, code, message).not_final();
        error.provider_unavailable = true;
        error.retry_after_seconds = Some(5);
        error
    }

    /// 500: our fault. The detail is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> Refusal {
        tracing::error!(%detail, "internal error");
        Refusal::internal_unlogged()
    }

    /// [`Refusal::internal`] for a failure the store deals with itself (a
    /// transaction it runs again), so it is not logged as a fault.
    fn internal_unlogged() -> Refusal {
        Refusal::new(
            ErrorKind::Internal,
            "internal_error",
            "something went wrong on our side; nothing was charged twice, and retrying with the same Idempotency-Key is safe",
        )
    }

    /// Our fault or a provider's, not the request's: never kept as a key's
    /// answer, since the same request may succeed later.
    pub fn is_our_fault(&self) -> bool {
        self.provider_unavailable || matches!(self.kind, ErrorKind::Internal | ErrorKind::Unknown)
    }

    /// Marks the answer as a step, not the final answer: it is not stored
    /// for the Idempotency-Key, so the retry that completes it is fresh.
    pub fn not_final(mut self) -> Refusal {
        self.final_answer = false;
        self
    }

    /// Says when trying again can succeed: the `Retry-After` header (whole
    /// seconds, at least 1) and `details.retry_after`.
    pub fn with_retry_after(
        mut self,
        until: chrono::DateTime<chrono::Utc>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Refusal {
        let millis = (until - now).num_milliseconds().max(1) as u64;
        self.retry_after_seconds = Some(millis.div_ceil(1000));
        let mut details = self.details.take().unwrap_or_else(|| json!({}));
        details["retry_after"] = json!(until);
        self.details = Some(details);
        self
    }

    /// Adds the field at fault.
    pub fn with_field(mut self, field: impl Into<String>) -> Refusal {
        self.field = Some(field.into());
        self
    }

    /// Adds figures.
    pub fn with_details(mut self, details: Value) -> Refusal {
        self.details = Some(details);
        self
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        let body = ErrorBody { error: ErrorDetail::from(self.clone()) };
        serde_json::to_value(body).expect("an error body serializes")
    }
}

impl From<Refusal> for ErrorDetail {
    fn from(error: Refusal) -> Self {
        ErrorDetail {
            kind: error.kind,
            code: error.code,
            message: error.message,
            field: error.field,
            details: error.details,
        }
    }
}

impl From<crate::store::SqlError> for Refusal {
    fn from(error: crate::store::SqlError) -> Self {
        if error.is_run_again() {
            tracing::debug!(%error, "a transaction to be run again");
            return Refusal::internal_unlogged();
        }
        Refusal::internal(error)
    }
}

impl From<serde_json::Error> for Refusal {
    fn from(error: serde_json::Error) -> Self {
        Refusal::internal(error)
    }
}
