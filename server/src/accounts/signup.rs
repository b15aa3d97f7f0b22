//! Sign-up, email confirmation and login.

use chrono::{DateTime, Duration, Utc};
use pocket_core::account::{self, SignUpError, SignUpFields};
use pocket_core::limits::VerificationLevel;
use pocket_core::password::{PaymentPasswordGuard, SecretHasher};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::http::{session_token_hash, ApiError};
use crate::ids::{new_id, random_hex};
use crate::messages::send_message;
pub use crate::time::parse_time;

pub use pocket_core::account::CONFIRMATION_VALID_HOURS;

/// `POST /v1/accounts`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignUpRequest {
    pub email: String,
    pub password: String,
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    pub phone: String,
    pub national_id: String,
    /// ISO 3166 alpha-2, e.g. "BR".
    pub country: String,
    #[serde(default)]
    pub language: Option<String>,
}

/// `POST /v1/sessions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// The sign-up rules of `pocket-core`, answered as the API's validation error.
fn check_sign_up(request: &SignUpRequest) -> Result<String, ApiError> {
    let fields = SignUpFields {
        email: &request.email,
        password: &request.password,
        given_name: &request.given_name,
        family_name: &request.family_name,
        address: &request.address,
        phone: &request.phone,
        national_id: &request.national_id,
        country: &request.country,
    };
    account::check_sign_up(&fields).map_err(sign_up_refused)
}

fn sign_up_refused(error: SignUpError) -> ApiError {
    let code = match error {
        SignUpError::InvalidEmail => "invalid_email",
        SignUpError::PasswordTooShort { .. } => "password_too_short",
        SignUpError::MissingField { .. } => "missing_field",
        SignUpError::InvalidCountry => "invalid_country",
    };
    ApiError::validation(code, error.to_string()).with_field(error.field())
}

/// Creates an unverified account and "sends" the confirmation link.
pub fn sign_up(
    tx: &Transaction,
    hasher: &SecretHasher,
    request: &SignUpRequest,
    now: DateTime<Utc>,
) -> Result<Value, ApiError> {
    let email = check_sign_up(request)?;
    let taken: Option<String> =
        tx.query_row("SELECT id FROM users WHERE email = ?1", [&email], |r| r.get(0)).optional()?;
    if taken.is_some() {
        return Err(ApiError::conflict(
            "email_taken",
            "an account with this email exists; log in, or reset your password",
        )
        .with_field("email"));
    }
    let user_id = new_id("usr");
    let login_hash = hasher.hash(&request.password).map_err(ApiError::internal)?;
    tx.execute(
        "INSERT INTO users (id, email, login_password_hash, given_name, family_name, address, phone, national_id,
                            country, language, level, signed_up_at, password_guard)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            user_id,
            email,
            login_hash.as_phc(),
            request.given_name.trim(),
            request.family_name.trim(),
            request.address.trim(),
            request.phone.trim(),
            request.national_id.trim(),
            request.country,
            request.language.clone().unwrap_or_else(|| "en".into()),
            level_name(VerificationLevel::Unverified),
            now.to_rfc3339(),
            serde_json::to_string(&PaymentPasswordGuard::default())?,
        ],
    )?;
    let expires_at = send_confirmation(tx, &user_id, &email, now)?;
    Ok(json!({ "user_id": user_id, "email": email, "level": "unverified", "confirmation_expires_at": expires_at }))
}

fn send_confirmation(
    tx: &Transaction,
    user_id: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, ApiError> {
    let token = random_hex(16);
    let expires_at = now + Duration::hours(CONFIRMATION_VALID_HOURS);
    tx.execute(
        "INSERT INTO email_confirmations (token, user_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token, user_id, expires_at.to_rfc3339()],
    )?;
    let body = format!("Confirm your Pocket account: pocket://confirm-email?token={token} (valid for {CONFIRMATION_VALID_HOURS} hours)");
    send_message(tx, user_id, "email", email, "Confirm your email", &body, Some(&token), now)?;
    Ok(expires_at)
}

/// Confirms an email with the token from the link.
pub fn confirm_email(tx: &Transaction, token: &str, now: DateTime<Utc>) -> Result<Value, ApiError> {
    let found: Option<(String, String, Option<String>)> = tx
        .query_row("SELECT user_id, expires_at, used_at FROM email_confirmations WHERE token = ?1", [token], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let (user_id, expires_at, used_at) = found.ok_or_else(|| {
        ApiError::validation("unknown_confirmation_token", "this confirmation link is not valid; request a new one")
            .with_field("token")
    })?;
    if used_at.is_none() && now >= parse_time(&expires_at)? {
        return Err(ApiError::gone(
            "confirmation_link_expired",
            format!(
                "this confirmation link expired {CONFIRMATION_VALID_HOURS} hours after it was sent; request a new one"
            ),
        ));
    }
    tx.execute(
        "UPDATE email_confirmations SET used_at = IFNULL(used_at, ?1) WHERE token = ?2",
        params![now.to_rfc3339(), token],
    )?;
    tx.execute(
        "UPDATE users SET level = ?1 WHERE id = ?2 AND level = ?3",
        params![level_name(VerificationLevel::EmailConfirmed), user_id, level_name(VerificationLevel::Unverified)],
    )?;
    let level: String = tx.query_row("SELECT level FROM users WHERE id = ?1", [&user_id], |r| r.get(0))?;
    Ok(json!({ "user_id": user_id, "level": level }))
}

/// Sends a fresh confirmation link, if the email belongs to an unconfirmed
/// account. Answers the same either way, so nobody can probe for accounts.
pub fn resend_confirmation(tx: &Transaction, email: &str, now: DateTime<Utc>) -> Result<Value, ApiError> {
    let email = account::normalize_email(email).map_err(sign_up_refused)?;
    let user: Option<(String, String)> = tx
        .query_row("SELECT id, level FROM users WHERE email = ?1", [&email], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((user_id, level)) = user {
        if level == level_name(VerificationLevel::Unverified) {
            send_confirmation(tx, &user_id, &email, now)?;
        }
    }
    Ok(json!({ "sent": true }))
}

/// Checks email and password and opens a session. The token is returned
/// once and kept only as a hash.
pub fn log_in(
    tx: &Transaction,
    hasher: &SecretHasher,
    request: &LoginRequest,
    now: DateTime<Utc>,
) -> Result<Value, ApiError> {
    let wrong = || {
        let mut error = ApiError::unauthorized();
        error.code = "wrong_credentials".into();
        error.message = "the email or password is wrong; check them, or reset your password".into();
        error
    };
    let email = request.email.trim().to_lowercase();
    let user: Option<(String, String)> = tx
        .query_row("SELECT id, login_password_hash FROM users WHERE email = ?1", [&email], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (user_id, hash) = user.ok_or_else(wrong)?;
    if !hasher.verify(&pocket_core::password::PasswordHash::from_phc(hash), &request.password) {
        return Err(wrong());
    }
    let token = format!("pk_session_{}", random_hex(32));
    tx.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at) VALUES (?1, ?2, ?3)",
        params![session_token_hash(&token), user_id, now.to_rfc3339()],
    )?;
    Ok(json!({ "token": token, "user_id": user_id }))
}

/// The stored name of a level.
pub fn level_name(level: VerificationLevel) -> String {
    serde_json::to_value(level)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .expect("a level serializes to a string")
}
