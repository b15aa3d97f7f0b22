//! One JSON shape for every error:
//! `{"error": {"type", "code", "message", "field"?, "details"?}}`.
//! `type` groups errors for a client's handling (`validation`, `limit`,
//! `conflict`, ...); `code` names the exact failure; `message` is a sentence
//! that says what to do; `details` carries the figures.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use pocket_core::contract::service::{ErrorBody, ErrorDetail, ErrorKind};
use serde::Serialize;
use serde_json::{json, Value};

/// An error answer.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// The HTTP status (not serialized: it is the response's status).
    #[serde(skip)]
    pub status: StatusCode,
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
    fn new(status: StatusCode, kind: ErrorKind, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
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
    pub fn one_time_code(status: StatusCode, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(status, ErrorKind::OneTimeCode, code, message).with_field("one_time_code").not_final()
    }

    /// 429: too many attempts; `Retry-After` says when to try again.
    pub fn too_many_requests(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::TOO_MANY_REQUESTS, ErrorKind::Throttled, code, message)
    }

    /// 400: the request is wrong; `field` says where.
    pub fn validation(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, ErrorKind::Validation, code, message)
    }

    /// 401: no valid session.
    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            ErrorKind::Unauthorized,
            "session_required",
            "log in first: send the session token as `Authorization: Bearer <token>`",
        )
    }

    /// 403: logged in, but not allowed.
    pub fn forbidden(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, ErrorKind::Forbidden, code, message)
    }

    /// 404: nothing there (also for another user's things: they do not
    /// exist as far as this user can tell).
    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, ErrorKind::NotFound, "not_found", format!("no {what} with that id"))
    }

    /// 409: conflicts with the state of things.
    pub fn conflict(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, ErrorKind::Conflict, code, message)
    }

    /// 410: expired.
    pub fn gone(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::GONE, ErrorKind::Expired, code, message)
    }

    /// 423: locked after too many wrong attempts.
    pub fn locked(code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::LOCKED, ErrorKind::Locked, code, message)
    }

    /// 422: the rules refuse it (limits, parcel rules, insufficient funds).
    pub fn refused(kind: ErrorKind, code: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, kind, code, message)
    }

    /// 500: our fault. The detail is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> ApiError {
        tracing::error!(%detail, "internal error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
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
        let mut response = (self.status, Json(self.body())).into_response();
        if let Some(seconds) = self.retry_after_seconds {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> Self {
        ApiError::internal(error)
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> Self {
        ApiError::internal(error)
    }
}
