//! Request extractors that turn every malformed request into the one error
//! shape: JSON bodies, the session, the idempotency key.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::ApiError;
use crate::app::App;
use crate::idempotency;

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A JSON body of type `T`, refusing unknown fields (the request types say
/// `deny_unknown_fields`), with its canonical form kept for idempotency.
pub struct ApiJson<T> {
    /// The parsed body.
    pub value: T,
    /// The body re-serialized with sorted keys (equal requests, equal text),
    /// secrets left out: this text is hashed into the idempotency record,
    /// and a fast hash of a 6-digit password would give the password away.
    pub canonical: String,
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(request, state).await.map_err(body_error)?;
        let json: serde_json::Value = serde_json::from_slice(&bytes).map_err(|error| {
            ApiError::validation("malformed_json", format!("the body is not valid JSON ({error}); send a JSON object"))
        })?;
        let canonical = canonical_without_secrets(&json);
        let value = serde_path_to_error::deserialize(json).map_err(field_error)?;
        Ok(ApiJson { value, canonical })
    }
}

/// Body fields that are secrets: never part of the idempotency hash.
const SECRET_FIELDS: [&str; 3] = ["payment_password", "password", "one_time_code"];

fn canonical_without_secrets(json: &serde_json::Value) -> String {
    let mut json = json.clone();
    if let Some(object) = json.as_object_mut() {
        for field in SECRET_FIELDS {
            object.remove(field);
        }
    }
    json.to_string()
}

fn body_error(rejection: BytesRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let mut error = ApiError::validation(
            "body_too_large",
            format!("the body is larger than {MAX_BODY_BYTES} bytes; send less"),
        );
        error.status = StatusCode::PAYLOAD_TOO_LARGE;
        return error;
    }
    ApiError::validation("unreadable_body", format!("the body could not be read: {rejection}"))
}

/// Turns serde's message into a validation error naming the field: the
/// path to it (`amount.amount`), or the unknown or missing field's name.
fn field_error(error: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = error.path().to_string();
    let message = error.inner().to_string();
    let named = message.split('`').nth(1).map(str::to_string);
    let (code, field) = if message.starts_with("unknown field") {
        ("unknown_field", named)
    } else if message.starts_with("missing field") {
        ("missing_field", named.map(|name| if path == "." { name } else { format!("{path}.{name}") }))
    } else {
        ("invalid_field", (path != ".").then_some(path))
    };
    let error = ApiError::validation(code, format!("the request is not valid: {}", redact_card_like_numbers(&message)));
    match field {
        Some(field) => error.with_field(field),
        None => error,
    }
}

/// Replaces every run of 12 or more digits (spaces and dashes between them
/// included) with `<redacted>`: serde quotes the offending value, and a card
/// number sent in the wrong shape must not come back in an error.
pub fn redact_card_like_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let mut digits = 0;
    let flush = |out: &mut String, run: &mut String, digits: &mut usize| {
        if *digits >= 12 {
            out.push_str("<redacted>");
        } else {
            out.push_str(run);
        }
        run.clear();
        *digits = 0;
    };
    for c in text.chars() {
        if c.is_ascii_digit() || (!run.is_empty() && (c == ' ' || c == '-')) {
            run.push(c);
            digits += usize::from(c.is_ascii_digit());
        } else {
            flush(&mut out, &mut run, &mut digits);
            out.push(c);
        }
    }
    flush(&mut out, &mut run, &mut digits);
    out
}

/// The logged-in shopper, from `Authorization: Bearer <token>`.
pub struct Session {
    /// The shopper's id.
    pub user_id: String,
    /// The bearer token (to sign this very session out).
    pub token: String,
}

impl FromRequestParts<App> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or_else(ApiError::unauthorized)?;
        let token = token.trim().to_string();
        let user_id = crate::sessions::authenticate(app, &token).await?;
        Ok(Session { user_id, token })
    }
}

/// The address the request came from, for the login throttle. The peer of
/// the connection: a deployment behind a proxy must make the proxy keep
/// the client's address (forwarded headers are not trusted, since anyone
/// can write them).
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        Ok(ClientAddress(peer.map(|info| info.0.ip().to_string()).unwrap_or_else(|| "unknown".into())))
    }
}

/// The `Idempotency-Key` header every money-moving request must carry.
pub struct IdempotencyKey(pub String);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let key = parts.headers.get("idempotency-key").and_then(|value| value.to_str().ok()).ok_or_else(|| {
            ApiError::validation(
                "missing_idempotency_key",
                "this request moves money: send an Idempotency-Key header, created and saved before the first try and reused on every retry",
            )
            .with_field("Idempotency-Key")
        })?;
        if !idempotency::is_valid_key(key) {
            return Err(ApiError::validation(
                "invalid_idempotency_key",
                "the Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID",
            )
            .with_field("Idempotency-Key"));
        }
        Ok(IdempotencyKey(key.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_without_secrets;
    use serde_json::json;

    #[test]
    fn the_idempotency_fingerprint_leaves_the_payment_password_and_code_out() {
        let body = json!({ "payment_password": "381947", "one_time_code": "918273", "source": { "kind": "balance" } });
        let canonical = canonical_without_secrets(&body);
        assert!(!canonical.contains("381947") && !canonical.contains("918273"), "{canonical}");
        assert!(canonical.contains("balance"));
    }
}
