//! Sign-up and email confirmation.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Duration, Utc};
use pocket_core::account::{self, SignUpError, SignUpFields};
pub use pocket_core::contract::accounts::SignUpRequest;
use pocket_core::contract::accounts::{ConfirmationResent, EmailConfirmed, SignUpAccepted, SignUpStatus};
use pocket_core::limits::VerificationLevel;
use pocket_core::password::{PasswordHash, PaymentPasswordGuard};

use crate::app::{App, Config};
use crate::ids::{new_id, random_hex, token_hash};
use crate::messages::{queue_letter, Address, LetterTo};
use crate::refusals::Refusal;
pub use crate::time::parse_time;

pub use pocket_core::account::CONFIRMATION_VALID_HOURS;

/// The sign-up rules of `pocket-core`, answered as the API's validation error.
fn check_sign_up(request: &SignUpRequest) -> Result<String, Refusal> {
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
    let email = account::check_sign_up(&fields).map_err(sign_up_refused)?;
    if pocket_core::countries::Countries::shipped().get(&request.country).is_none() {
        let served: Vec<&str> = pocket_core::countries::Countries::shipped().codes().collect();
        return Err(Refusal::validation(
            "country_not_served",
            format!("Pocket is not offered in that country yet; it serves {}", served.join(", ")),
        )
        .with_field("country"));
    }
    if let Some(language) = request.language.as_deref() {
        super::profile::check_language(language)?;
    }
    Ok(email)
}

fn sign_up_refused(error: SignUpError) -> Refusal {
    Refusal::validation(error.code(), error.to_string()).with_field(error.field())
}

/// Signs up: checks the form, hashes the password off the database lock,
/// then creates an unconfirmed account and emails its confirmation link.
/// If the email already has an account, that account's owner is told by
/// email that someone tried to register with it, and the answer is the same
/// as for a new account: nobody learns from it which emails have accounts.
pub async fn sign_up(app: &App, request: SignUpRequest) -> Result<SignUpAccepted, Refusal> {
    let email = check_sign_up(&request)?;
    let password = request.password.clone();
    let login_hash = app.off_the_lock(move |app| app.config.hasher.hash(&password)).await.map_err(Refusal::internal)?;
    let now = app.clock.now();
    let config = app.config.clone();
    let expires_at = now + Duration::hours(CONFIRMATION_VALID_HOURS);
    let answer = SignUpAccepted {
        status: SignUpStatus::ConfirmationSent,
        message: format!(
            "we sent an email to {email}: open its link within {CONFIRMATION_VALID_HOURS} hours to confirm the account"
        ),
        email: email.clone(),
        confirmation_expires_at: expires_at,
    };
    app.store.write(move |tx| create_account(tx, &config, &request, &email, &login_hash, now)).await?;
    Ok(answer)
}

/// Creates the account, or, if the email has one, tells its owner. The new
/// account's id, if one was made.
pub fn create_account(
    tx: &Db,
    config: &Config,
    request: &SignUpRequest,
    email: &str,
    login_hash: &PasswordHash,
    now: DateTime<Utc>,
) -> Result<Option<String>, Refusal> {
    let existing: Option<String> =
        tx.query_row("SELECT id FROM users WHERE email = ?1", [email], |r| r.get(0)).optional()?;
    if let Some(user_id) = existing {
        warn_of_sign_up_attempt(tx, config, &user_id, email, now)?;
        return Ok(None);
    }
    let user_id = new_id("usr");
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
            request.language.as_deref().and_then(pocket_core::text::shopper_language).unwrap_or("en"),
            level_name(VerificationLevel::Unverified),
            now.to_rfc3339(),
            serde_json::to_string(&PaymentPasswordGuard::default())?,
        ],
    )?;
    send_confirmation(tx, config, &user_id, email, now)?;
    Ok(Some(user_id))
}

fn warn_of_sign_up_attempt(
    tx: &Db,
    config: &Config,
    user_id: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let letter = LetterTo { user_id, to: Address::Email(email), id: "email-sign-up-attempt", args: &[] };
    queue_letter(tx, config, &letter, None, now)
}

fn send_confirmation(
    tx: &Db,
    config: &Config,
    user_id: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, Refusal> {
    let token = random_hex(16);
    let expires_at = now + Duration::hours(CONFIRMATION_VALID_HOURS);
    tx.execute(
        "INSERT INTO email_confirmations (token_hash, user_id, expires_at) VALUES (?1, ?2, ?3)",
        params![token_hash(&token), user_id, expires_at.to_rfc3339()],
    )?;
    let args =
        [("link", format!("pocket://confirm-email?token={token}")), ("hours", CONFIRMATION_VALID_HOURS.to_string())];
    let letter = LetterTo { user_id, to: Address::Email(email), id: "email-confirm", args: &args };
    queue_letter(tx, config, &letter, Some(&token), now)?;
    Ok(expires_at)
}

/// Confirms an email with the token from the link.
pub fn confirm_email(tx: &Db, token: &str, now: DateTime<Utc>) -> Result<EmailConfirmed, Refusal> {
    let found: Option<(String, String, Option<String>)> = tx
        .query_row(
            "SELECT user_id, expires_at, used_at FROM email_confirmations WHERE token_hash = ?1",
            [token_hash(token)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (user_id, expires_at, used_at) = found.ok_or_else(|| {
        Refusal::validation("unknown_confirmation_token", "this confirmation link is not valid; request a new one")
            .with_field("token")
    })?;
    if used_at.is_none() && now >= parse_time(&expires_at)? {
        return Err(Refusal::gone(
            "confirmation_link_expired",
            format!(
                "this confirmation link expired {CONFIRMATION_VALID_HOURS} hours after it was sent; request a new one"
            ),
        ));
    }
    tx.execute(
        "UPDATE email_confirmations SET used_at = COALESCE(used_at, ?1) WHERE token_hash = ?2",
        params![now.to_rfc3339(), token_hash(token)],
    )?;
    tx.execute(
        "UPDATE users SET level = ?1 WHERE id = ?2 AND level = ?3",
        params![level_name(VerificationLevel::EmailConfirmed), user_id, level_name(VerificationLevel::Unverified)],
    )?;
    let level = super::profile::load_standing(tx, &user_id)?.level;
    Ok(EmailConfirmed { user_id, level })
}

/// Sends a fresh confirmation link, if the email belongs to an unconfirmed
/// account. Answers the same either way, so nobody can probe for accounts.
pub fn resend_confirmation(
    tx: &Db,
    config: &Config,
    email: &str,
    now: DateTime<Utc>,
) -> Result<ConfirmationResent, Refusal> {
    let email = account::normalize_email(email).map_err(sign_up_refused)?;
    let user: Option<(String, String)> = tx
        .query_row("SELECT id, level FROM users WHERE email = ?1", [&email], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((user_id, level)) = user {
        if level == level_name(VerificationLevel::Unverified) {
            send_confirmation(tx, config, &user_id, &email, now)?;
        }
    }
    Ok(ConfirmationResent { sent: true })
}

/// The stored name of a level.
pub fn level_name(level: VerificationLevel) -> String {
    serde_json::to_value(level)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .expect("a level serializes to a string")
}
