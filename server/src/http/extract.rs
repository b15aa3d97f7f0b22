//! Request extractors that turn every malformed request into the one error
//! shape: JSON bodies, the session, the idempotency key.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use pocket_core::contract::paths::IDEMPOTENCY_KEY_HEADER;
use pocket_core::text::{check_text, TextProblem, MAX_ANY_TEXT_CHARS};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::ApiError;
use crate::refusals::Refusal;
use pocket_core::contract::paths::MAX_IDEMPOTENCY_KEY_CHARS;

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

impl<T: DeserializeOwned + JsonSchema + 'static, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        check_json_content_type(request.headers())?;
        let bytes = Bytes::from_request(request, state).await.map_err(body_error)?;
        let json: serde_json::Value = serde_json::from_slice(&bytes).map_err(|error| {
            Refusal::validation("malformed_json", format!("the body is not valid JSON ({error}); send a JSON object"))
        })?;
        check_texts(&json, "")?;
        let canonical = canonical_without_secrets(&json);
        let value = serde_path_to_error::deserialize(&json).map_err(field_error)?;
        super::schema_check::check_against_schema::<T>(&json)?;
        Ok(ApiJson { value, canonical })
    }
}

/// A form body of type `T` (`application/x-www-form-urlencoded`), as the
/// sandbox's card processor takes one in Stripe's shape. Field errors name
/// the field, never its value.
pub struct ApiForm<T>(pub T);

impl<T: DeserializeOwned + 'static, S: Send + Sync> FromRequest<S> for ApiForm<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let is_form = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok()?.parse::<mime::Mime>().ok())
            .is_some_and(|media_type| media_type.essence_str() == mime::APPLICATION_WWW_FORM_URLENCODED.essence_str());
        if !is_form {
            let error = Refusal::validation(
                "unsupported_media_type",
                "send the body as a form, with `Content-Type: application/x-www-form-urlencoded`",
            )
            .with_field("Content-Type");
            return Err(ApiError::with_status(error, StatusCode::UNSUPPORTED_MEDIA_TYPE));
        }
        let bytes = Bytes::from_request(request, state).await.map_err(body_error)?;
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(&bytes));
        let value = serde_path_to_error::deserialize(deserializer).map_err(field_error)?;
        Ok(ApiForm(value))
    }
}

/// Every text in a body, whatever its field: at most
/// [`MAX_ANY_TEXT_CHARS`], no control or text-direction characters. The
/// fields' own limits (a name's 100 characters) are checked by the rules.
fn check_texts(json: &serde_json::Value, path: &str) -> Result<(), Refusal> {
    let at = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match json {
        serde_json::Value::String(text) => check_text(text, MAX_ANY_TEXT_CHARS).map_err(|problem| {
            let code = match problem {
                TextProblem::TooLong { .. } => "text_too_long",
                TextProblem::ForbiddenCharacter => "forbidden_characters",
            };
            let shown = if path.is_empty() { "the body".to_string() } else { format!("`{}`", shorten(path)) };
            Refusal::validation(code, format!("{shown} {problem}")).with_field(shorten(path))
        }),
        serde_json::Value::Array(items) => {
            items.iter().enumerate().try_for_each(|(index, item)| check_texts(item, &at(&index.to_string())))
        }
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(key, value)| {
            check_texts(value, &at(key))?;
            match value.as_str() {
                Some(text) if FREE_TEXT_FIELDS.contains(&key.as_str()) => refuse_card_number(text, &at(key)),
                _ => Ok(()),
            }
        }),
        _ => Ok(()),
    }
}

/// The fields a shopper writes freely and Pocket keeps: names, addresses,
/// notes, messages, questions, reasons. A card number pasted into one is
/// refused, so no number is ever kept (cards are tokenized on the phone).
const FREE_TEXT_FIELDS: [&str; 13] = [
    "address",
    "delivery_address",
    "given_name",
    "family_name",
    "name_on_document",
    "name",
    "note",
    "message",
    "body",
    "title",
    "question",
    "reason",
    "decline_reason",
];

fn refuse_card_number(text: &str, path: &str) -> Result<(), Refusal> {
    if !pocket_core::cards::CardNumber::is_in(text) {
        return Ok(());
    }
    Err(Refusal::validation(
        "card_number_in_text",
        format!(
            "`{}` holds what looks like a card number; Pocket never keeps one: take it out (add a card under Cards)",
            shorten(path)
        ),
    )
    .with_field(shorten(path)))
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

/// A body is read as JSON only when it says it is: `application/json`,
/// UTF-8 if a charset is named. Anything else is 415, never guessed at.
fn check_json_content_type(headers: &HeaderMap) -> Result<(), ApiError> {
    let media_type = headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()?.parse::<mime::Mime>().ok());
    let is_json = media_type.is_some_and(|media_type| {
        media_type.essence_str() == mime::APPLICATION_JSON.essence_str()
            && media_type.get_param(mime::CHARSET).is_none_or(|charset| charset == mime::UTF_8)
    });
    if is_json {
        return Ok(());
    }
    let error = Refusal::validation(
        "unsupported_media_type",
        "the body must be JSON: send it with `Content-Type: application/json`",
    )
    .with_field("Content-Type");
    Err(ApiError::with_status(error, StatusCode::UNSUPPORTED_MEDIA_TYPE))
}

fn body_too_large() -> ApiError {
    let error =
        Refusal::validation("body_too_large", format!("the body is larger than {MAX_BODY_BYTES} bytes; send less"));
    ApiError::with_status(error, StatusCode::PAYLOAD_TOO_LARGE)
}

fn body_error(rejection: BytesRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return body_too_large();
    }
    if is_timeout(&rejection) {
        let error = Refusal::validation(
            "body_too_slow",
            "the body did not arrive in time; send the whole request again on a steadier connection",
        );
        return ApiError::with_status(error, StatusCode::REQUEST_TIMEOUT);
    }
    Refusal::validation("unreadable_body", format!("the body could not be read: {rejection}")).into()
}

/// Whether reading the body stopped at the body timeout (`http::listen`).
fn is_timeout(rejection: &BytesRejection) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(rejection);
    while let Some(error) = source {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        source = error.source();
    }
    false
}

/// Headers that decide what a request does. Two of one would let a proxy
/// and the service read different requests (the proxy checks one session,
/// the service uses the other), so a request carries each at most once.
const ONE_OF_EACH: [&str; 3] = ["Authorization", IDEMPOTENCY_KEY_HEADER, "Content-Type"];

/// Refuses, before anything reads it, a request that repeats a header of
/// [`ONE_OF_EACH`] (400), or announces a body larger than the service reads
/// (413: no reason to wait for it).
pub(super) async fn one_of_each_header(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let headers = request.headers();
    if let Some(name) = ONE_OF_EACH.into_iter().find(|name| headers.get_all(*name).iter().count() > 1) {
        return Refusal::validation(
            "duplicate_header",
            format!("the request has more than one `{name}` header; send it once"),
        )
        .with_field(name)
        .into_response();
    }
    let announced_bytes = headers.get(CONTENT_LENGTH).and_then(|value| value.to_str().ok()?.parse::<u64>().ok());
    if announced_bytes.is_some_and(|bytes| bytes > MAX_BODY_BYTES as u64) {
        return body_too_large().into_response();
    }
    next.run(request).await
}

fn field_error<E: std::fmt::Display>(error: serde_path_to_error::Error<E>) -> Refusal {
    field_error_from(&error.inner().to_string(), &error.path().to_string())
}

/// The longest piece of a request an error message repeats.
const MAX_ECHO_CHARS: usize = 80;

/// Turns serde's message into a validation error naming the field: the
/// path to it (`amount.amount`), or the unknown or missing field's name.
///
/// serde's own messages quote the value they refused (`invalid type:
/// integer 123456, expected a string`): a payment password sent as a
/// number, or a card number in the wrong field, must not come back. So
/// these say only what was expected. Messages from Pocket's own types
/// (amounts, currencies) say what to fix, with anything that could be a
/// card number hidden.
pub(super) fn field_error_from(serde_message: &str, path: &str) -> Refusal {
    let message = serde_message.split(" at line ").next().unwrap_or(serde_message);
    let path = if path == "." || path.is_empty() { None } else { Some(shorten(path)) };
    let named = message.split('`').nth(1).map(shorten);
    let expected = message.split(", expected ").nth(1).map(shorten);
    let (code, field, text) = if message.starts_with("unknown field") {
        let name = named.unwrap_or_default();
        ("unknown_field", Some(name.clone()), format!("`{name}` is not a field of this request; leave it out"))
    } else if message.starts_with("missing field") {
        let name = named.unwrap_or_default();
        let field = path.map_or(name.clone(), |path| format!("{path}.{name}"));
        ("missing_field", Some(field.clone()), format!("`{field}` is missing; send it"))
    } else if let Some(expected) = expected.filter(|_| is_serde_complaint(message)) {
        let shown = path.clone().unwrap_or_else(|| "the body".into());
        ("invalid_field", path, format!("`{shown}` is not valid: expected {expected}"))
    } else {
        ("invalid_field", path, redact_card_like_numbers(&shorten(message)))
    };
    let error = Refusal::validation(code, format!("the request is not valid: {text}"));
    match field {
        Some(field) => error.with_field(field),
        None => error,
    }
}

/// serde's complaints about a value's type or shape, which quote the value.
fn is_serde_complaint(message: &str) -> bool {
    ["invalid type", "invalid value", "invalid length", "unknown variant", "data did not match"]
        .iter()
        .any(|start| message.starts_with(start))
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_ECHO_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// Replaces every run of 12 or more digits (spaces and dashes between them
/// included) with `<redacted>`: a card number sent in the wrong shape must
/// not come back in an error. A run that is the whole part of a decimal
/// number (`1000000000000.07`) is an amount and stays.
pub fn redact_card_like_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut index = 0;
    while index < chars.len() {
        let start = index;
        while index < chars.len()
            && (chars[index].is_ascii_digit() || (index > start && matches!(chars[index], ' ' | '-')))
        {
            index += 1;
        }
        if index == start {
            out.push(chars[index]);
            index += 1;
            continue;
        }
        let run: String = chars[start..index].iter().collect();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let before_point = chars.get(index) == Some(&'.') && chars.get(index + 1).is_some_and(char::is_ascii_digit);
        let after_point = start > 0 && chars[start - 1] == '.';
        if digits >= 12 && !before_point && !after_point {
            let kept_tail = run.len() - run.trim_end_matches([' ', '-']).len();
            out.push_str("<redacted>");
            out.push_str(&run[run.len() - kept_tail..]);
        } else {
            out.push_str(&run);
        }
    }
    out
}

/// Whether a client's key is usable: 1 to 255 visible ASCII characters.
fn is_valid_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= MAX_IDEMPOTENCY_KEY_CHARS && key.bytes().all(|b| b.is_ascii_graphic())
}

/// A path parameter (an id); a malformed one is answered in the error
/// shape, as "not found".
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(_) => {
                let mut error = Refusal::not_found("thing");
                error.message = "the id in the path is not one the service gave out".into();
                Err(error.into())
            }
        }
    }
}

/// Query parameters of type `T`; a bad one is a validation error naming it.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned + Serialize + JsonSchema + 'static,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        let value: T = serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let field = error.path().to_string();
            let mut api = field_error_from(&error.inner().to_string(), &field);
            api.code = format!("invalid_query_{}", api.code.trim_start_matches("invalid_").trim_end_matches("_field"));
            api
        })?;
        // Held to the schema the API document states, as bodies are.
        let as_json = serde_json::to_value(&value).map_err(Refusal::internal)?;
        super::schema_check::check_against_schema::<T>(&as_json).map_err(|mut api| {
            api.code = format!("invalid_query_{}", api.code.trim_start_matches("invalid_"));
            api
        })?;
        Ok(ApiQuery(value))
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

/// The credential in `Authorization: Bearer <token>`, trimmed: a shopper's
/// session token or a partner's key.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    Some(value.strip_prefix("Bearer ")?.trim().to_string())
}

/// The `Idempotency-Key` header every money-moving request must carry.
pub struct IdempotencyKey(pub String);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let key = parts.headers.get(IDEMPOTENCY_KEY_HEADER).and_then(|value| value.to_str().ok()).ok_or_else(|| {
            Refusal::validation(
                "missing_idempotency_key",
                "this request moves money: send an Idempotency-Key header, created and saved before the first try and reused on every retry",
            )
            .with_field(IDEMPOTENCY_KEY_HEADER)
        })?;
        if !is_valid_key(key) {
            return Err(Refusal::validation(
                "invalid_idempotency_key",
                "the Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID",
            )
            .with_field(IDEMPOTENCY_KEY_HEADER)
            .into());
        }
        Ok(IdempotencyKey(key.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::{canonical_without_secrets, field_error_from, is_valid_key, redact_card_like_numbers};
    use serde_json::json;

    #[test]
    fn keys_are_visible_ascii_up_to_255_characters() {
        assert!(is_valid_key("pay-7f3a2c"));
        assert!(!is_valid_key(""));
        assert!(!is_valid_key("has space"));
        assert!(!is_valid_key("ключ"));
        assert!(is_valid_key(&"k".repeat(255)));
        assert!(!is_valid_key(&"k".repeat(256)));
    }

    #[test]
    fn card_numbers_are_hidden_but_large_amounts_are_not_mangled() {
        assert_eq!(redact_card_like_numbers("number 4242 4242 4242 4242 is bad"), "number <redacted> is bad");
        assert_eq!(redact_card_like_numbers("4000-0000-0000-3220"), "<redacted>");
        assert_eq!(
            redact_card_like_numbers("1000000000000.07 USD is larger than Pocket can handle"),
            "1000000000000.07 USD is larger than Pocket can handle"
        );
        assert_eq!(redact_card_like_numbers("order 12345 of 2026"), "order 12345 of 2026");
    }

    #[test]
    fn a_refused_value_never_comes_back_in_the_message() {
        let password_as_number = "invalid type: integer `381947`, expected a string at line 1 column 30";
        let error = field_error_from(password_as_number, "payment_password");
        assert!(!error.message.contains("381947"), "{}", error.message);
        assert!(error.message.contains("expected a string"), "{}", error.message);
        assert_eq!(error.field.as_deref(), Some("payment_password"));

        let variant = "unknown variant `4242424242424242`, expected `balance` or `card`";
        let error = field_error_from(variant, "source.kind");
        assert!(!error.message.contains("4242") && error.message.contains("`balance` or `card`"));

        let long_field = format!("unknown field `{}`, expected one of `email`", "x".repeat(5000));
        assert!(field_error_from(&long_field, ".").message.len() < 300);
    }

    #[test]
    fn the_idempotency_fingerprint_leaves_the_payment_password_and_code_out() {
        let body = json!({ "payment_password": "381947", "one_time_code": "918273", "source": { "kind": "balance" } });
        let canonical = canonical_without_secrets(&body);
        assert!(!canonical.contains("381947") && !canonical.contains("918273"), "{canonical}");
        assert!(canonical.contains("balance"));
    }
}
