//! A refusal as an HTTP answer: its status, decided here in one place
//! ([`status_of`]), its JSON body, and `Retry-After`. The HTTP layer's own
//! refusals (a body too large, a wrong media type, too slow) carry the status
//! it decided.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use pocket_core::contract::service::ErrorKind;

use crate::refusals::{CodeStep, Refusal};

/// An answer the HTTP layer sends for a refusal.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// What was refused and why.
    pub refusal: Refusal,
    /// A status the HTTP layer itself decided (a body over the size limit).
    pub(in crate::http) status_override: Option<StatusCode>,
}

impl ApiError {
    /// A refusal the HTTP layer answers with a status of its own choosing.
    pub(in crate::http) fn with_status(refusal: Refusal, status: StatusCode) -> ApiError {
        ApiError { refusal, status_override: Some(status) }
    }

    /// The HTTP status of this answer.
    pub fn status(&self) -> StatusCode {
        self.status_override.unwrap_or_else(|| status_of(&self.refusal))
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> ApiError {
        ApiError { refusal, status_override: None }
    }
}

/// The HTTP status of a refusal: the one place it is decided.
pub fn status_of(refusal: &Refusal) -> StatusCode {
    if refusal.provider_unavailable {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    match refusal.kind {
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
        ErrorKind::OneTimeCode => match refusal.code_step {
            Some(CodeStep::Required) | None => StatusCode::BAD_REQUEST,
            Some(CodeStep::Refused) => StatusCode::FORBIDDEN,
            Some(CodeStep::Expired) => StatusCode::GONE,
            Some(CodeStep::TooSoon) => StatusCode::TOO_MANY_REQUESTS,
        },
        ErrorKind::Internal | ErrorKind::Unknown => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut response = (status, Json(self.refusal.body())).into_response();
        if let Some(seconds) = self.refusal.retry_after_seconds {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        ApiError::from(self).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_time_code_answer_takes_its_status_from_the_step() {
        let status = |step| status_of(&Refusal::one_time_code(step, "code", "message"));
        assert_eq!(status(CodeStep::Required), StatusCode::BAD_REQUEST);
        assert_eq!(status(CodeStep::Refused), StatusCode::FORBIDDEN);
        assert_eq!(status(CodeStep::Expired), StatusCode::GONE);
        assert_eq!(status(CodeStep::TooSoon), StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn every_refusal_of_the_rules_is_422_and_only_our_faults_are_5xx() {
        for kind in [ErrorKind::Limit, ErrorKind::Refused, ErrorKind::Card, ErrorKind::InsufficientFunds] {
            assert_eq!(status_of(&Refusal::refused(kind, "code", "message")), StatusCode::UNPROCESSABLE_ENTITY);
        }
        assert!(status_of(&Refusal::internal("a bug")).is_server_error());
        assert!(!status_of(&Refusal::locked("code", "message")).is_server_error());
    }
}
