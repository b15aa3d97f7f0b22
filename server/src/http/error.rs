//! One JSON shape for every error:
//! `{"error": {"type", "code", "message", "field"?, "details"?}}`.
//! `type` groups errors for a client's handling (`validation`, `limit`,
//! `conflict`, ...); `code` names the exact failure; `message` is a sentence
//! that says what to do; `details` carries the figures.
//!
//! The domains say what went wrong (the kind, and for a one-time code which
//! step); the HTTP status is decided here, in one place ([`ApiError::status`]).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
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

/// An error answer.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// For a one-time code's answer, which step.
    #[serde(skip)]
    pub code_step: Option<CodeStep>,
    /// A status the HTTP layer itself decided (a body over the size limit).
    #[serde(skip)]
    pub(in crate::http) status_override: Option<StatusCode>,
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
}

impl ApiError {
    fn new(kind: ErrorKind, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            code_step: None,
            status_override: None,
            kind,
            code: code.to_string(),
            message: message.into(),
            field: None,
            details: None,
            final_answer: true,
            retry_after_seconds: None,
        }
    }

    /// A step of a card payment's one-time code (wrong, expired, void, too
    /// soon): never the final answer of the Idempotency-Key, so the same
    /// request with the right code still pays.
    pub fn one_time_code(step: CodeStep, code: &str, message: impl Into<String>) -> ApiError {
        let mut error = ApiError::new(ErrorKind::OneTimeCode, code, message).with_field("one_time_code").not_final();
        error.code_step = Some(step);
        error
    }

    /// The HTTP status of this answer: the one place it is decided.
    pub fn status(&self) -> StatusCode {
        if let Some(status) = self.status_override {
            return status;
        }
        match self.kind {
            ErrorKind::Validation => StatusCode::BAD_REQUEST,
            ErrorKind::Limit | ErrorKind::Refused | ErrorKind::Card | ErrorKind::InsufficientFunds => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::Locked => StatusCode::LOCKED,
            ErrorKind::Throttled => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Expired => StatusCode::GONE,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::OneTimeCode => match self.code_step {
                Some(CodeStep::Required) | None => StatusCode::BAD_REQUEST,
                Some(CodeStep::Refused) => StatusCode::FORBIDDEN,
                Some(CodeStep::Expired) => StatusCode::GONE,
                Some(CodeStep::TooSoon) => StatusCode::TOO_MANY_REQUESTS,
            },
            ErrorKind::Internal | ErrorKind::Unknown => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// 429: too many attempts; `Retry-After` says when to try again.
    pub fn too_many_requests(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Throttled, code, message)
    }

    /// 400: the request is wrong; `field` says where.
    pub fn validation(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Validation, code, message)
    }

    /// 401: no valid session.
    pub fn unauthorized() -> ApiError {
        ApiError::new(
            ErrorKind::Unauthorized,
            "session_required",
            "log in first: send the session token as `Authorization: Bearer <token>`",
        )
    }

    /// 403: logged in, but not allowed.
    pub fn forbidden(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Forbidden, code, message)
    }

    /// 404: nothing there (also for another user's things: they do not
    /// exist as far as this user can tell).
    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(ErrorKind::NotFound, "not_found", format!("no {what} with that id"))
    }

    /// 409: conflicts with the state of things.
    pub fn conflict(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Conflict, code, message)
    }

    /// 410: expired.
    pub fn gone(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Expired, code, message)
    }

    /// 423: locked after too many wrong attempts.
    pub fn locked(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorKind::Locked, code, message)
    }

    /// 422: the rules refuse it (limits, parcel rules, insufficient funds).
    pub fn refused(kind: ErrorKind, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(kind, code, message)
    }

    /// 503: a provider the request needs did not answer; nothing is kept
    /// as the request's answer, and the same request may come again in
    /// `Retry-After` seconds.
    pub fn unavailable(code: &str, message: impl Into<String>) -> ApiError {
        let mut error = ApiError::new(ErrorKind::Internal, code, message).not_final();
        error.status_override = Some(StatusCode::SERVICE_UNAVAILABLE);
        error.retry_after_seconds = Some(5);
        error
    }

    /// 500: our fault. The detail is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        tracing::error!(%detail, "internal error");
        ApiError::internal_unlogged()
    }

    /// [`ApiError::internal`] for a failure the store deals with itself (a
    /// transaction it runs again), so it is not logged as a fault.
    fn internal_unlogged() -> ApiError {
        ApiError::new(
            ErrorKind::Internal,
            "internal_error",
            "something went wrong on our side; nothing was charged twice, and retrying with the same Idempotency-Key is safe",
        )
    }

    /// Marks the answer as a step, not the final answer: it is not stored
    /// for the Idempotency-Key, so the retry that completes it is fresh.
    pub fn not_final(mut self) -> ApiError {
        self.final_answer = false;
        self
    }

    /// Says when trying again can succeed: the `Retry-After` header (whole
    /// seconds, at least 1) and `details.retry_after`.
    pub fn with_retry_after(
        mut self,
        until: chrono::DateTime<chrono::Utc>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> ApiError {
        let millis = (until - now).num_milliseconds().max(1) as u64;
        self.retry_after_seconds = Some(millis.div_ceil(1000));
        let mut details = self.details.take().unwrap_or_else(|| json!({}));
        details["retry_after"] = json!(until);
        self.details = Some(details);
        self
    }

    /// Adds the field at fault.
    pub fn with_field(mut self, field: impl Into<String>) -> ApiError {
        self.field = Some(field.into());
        self
    }

    /// Adds figures.
    pub fn with_details(mut self, details: Value) -> ApiError {
        self.details = Some(details);
        self
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        let body = ErrorBody { error: ErrorDetail::from(self.clone()) };
        serde_json::to_value(body).expect("an error body serializes")
    }
}

impl From<ApiError> for ErrorDetail {
    fn from(error: ApiError) -> Self {
        ErrorDetail {
            kind: error.kind,
            code: error.code,
            message: error.message,
            field: error.field,
            details: error.details,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(self.body())).into_response();
        if let Some(seconds) = self.retry_after_seconds {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<crate::store::SqlError> for ApiError {
    fn from(error: crate::store::SqlError) -> Self {
        if error.is_run_again() {
            tracing::debug!(%error, "a transaction to be run again");
            return ApiError::internal_unlogged();
        }
        ApiError::internal(error)
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> Self {
        ApiError::internal(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_time_code_answer_takes_its_status_from_the_step() {
        let status = |step| ApiError::one_time_code(step, "code", "message").status();
        assert_eq!(status(CodeStep::Required), StatusCode::BAD_REQUEST);
        assert_eq!(status(CodeStep::Refused), StatusCode::FORBIDDEN);
        assert_eq!(status(CodeStep::Expired), StatusCode::GONE);
        assert_eq!(status(CodeStep::TooSoon), StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn every_refusal_of_the_rules_is_422_and_only_our_faults_are_5xx() {
        for kind in [ErrorKind::Limit, ErrorKind::Refused, ErrorKind::Card, ErrorKind::InsufficientFunds] {
            assert_eq!(ApiError::refused(kind, "code", "message").status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        assert!(ApiError::internal("a bug").status().is_server_error());
        assert!(!ApiError::locked("code", "message").status().is_server_error());
    }
}
