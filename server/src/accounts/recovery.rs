//! Forgotten passwords (docs/PRODUCT.md section 2).
//!
//! - A forgotten login password is reset with a link emailed to the
//!   account: it works for [`RECOVERY_LINK_VALID_MINUTES`], once, and the
//!   reset ends every session of the account. Asking for a link answers the
//!   same whether or not the email has an account.
//! - A forgotten payment password is recovered by the signed-in shopper
//!   with a link emailed to them and the security answers. Wrong answers
//!   are counted and locked like the payment password; the new password
//!   lifts a lock left by wrong payment passwords.
//!
//! One live link per account and purpose: a new one voids the old. Links
//! are kept as the hash of their token. Hashing runs off the database lock.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Duration, Utc};
use pocket_core::account::{self, RECOVERY_LINK_COOLDOWN_SECONDS, RECOVERY_LINK_VALID_MINUTES};
use pocket_core::contract::accounts::{PasswordReset, PasswordResetSent, PaymentPasswordRecovered, RecoveryLinkSent};
use pocket_core::limits::VerificationLevel;
use pocket_core::password::{FailureOutcome, PaymentPasswordGuard, SecurityAnswers};
use serde_json::json;

use super::login::forget_account_failures;
use super::payment_password::{
    check_new_payment_password, keyed_payment_hash, load_guard_of, save_guard_of, store_payment_password, Guarded,
};
use super::signup::level_name;
use crate::app::{App, Config};
use crate::ids::{random_hex, token_hash};
use crate::messages::{queue_letter, Address, LetterTo};
use crate::refusals::Refusal;
use crate::sessions;
use crate::time::parse_time;

/// What a link recovers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    LoginPassword,
    PaymentPassword,
}

impl Purpose {
    fn name(self) -> &'static str {
        match self {
            Purpose::LoginPassword => "login_password",
            Purpose::PaymentPassword => "payment_password",
        }
    }

    /// The app link the email carries (`pocket://<path>?token=...`).
    fn link_path(self) -> &'static str {
        match self {
            Purpose::LoginPassword => "reset-password",
            Purpose::PaymentPassword => "recover-payment-password",
        }
    }
}

// ---- the login password ---------------------------------------------------

/// Emails a reset link if `email` has an account and none was sent in the
/// last minute. Answers the same in every case.
pub fn send_password_reset(
    tx: &Db,
    config: &Config,
    email: &str,
    now: DateTime<Utc>,
) -> Result<PasswordResetSent, Refusal> {
    let email = account::normalize_email(email)
        .map_err(|error| Refusal::validation(error.code(), error.to_string()).with_field("email"))?;
    let user: Option<String> =
        tx.query_row("SELECT id FROM users WHERE email = ?1", [&email], |r| r.get(0)).optional()?;
    if let Some(user_id) = user {
        if cooldown_left(tx, &user_id, Purpose::LoginPassword, now)?.is_none() {
            let link = send_link(tx, &user_id, Purpose::LoginPassword, now)?;
            email_link(tx, config, &user_id, &email, "email-reset-password", &link, now)?;
        }
    }
    Ok(PasswordResetSent { sent: true, valid_minutes: RECOVERY_LINK_VALID_MINUTES as u32 })
}

/// Sets a new login password with a reset link's token: the link is used
/// up, every session ends, the account's wrong-login count starts over, and
/// an unconfirmed email counts as confirmed (the link reached it).
pub async fn reset_password(app: &App, token: &str, password: &str) -> Result<PasswordReset, Refusal> {
    account::check_login_password(password)
        .map_err(|error| Refusal::validation(error.code(), error.to_string()).with_field("password"))?;
    let now = app.clock.now();
    {
        let token = token.to_string();
        app.store.read(move |tx| open_link(tx, &token, Purpose::LoginPassword, now)).await?;
    }
    let password = password.to_string();
    let hash = app.off_the_lock(move |app| app.config.hasher.hash(&password)).await.map_err(Refusal::internal)?;
    let (token, config) = (token.to_string(), app.config.clone());
    app.store
        .write(move |tx| {
            let user_id = open_link(tx, &token, Purpose::LoginPassword, now)?;
            use_link(tx, &token, now)?;
            let email: String = tx.query_row("SELECT email FROM users WHERE id = ?1", [&user_id], |r| r.get(0))?;
            tx.execute("UPDATE users SET login_password_hash = ?1 WHERE id = ?2", params![hash.as_phc(), user_id])?;
            tx.execute(
                "UPDATE users SET level = ?1 WHERE id = ?2 AND level = ?3",
                params![
                    level_name(VerificationLevel::EmailConfirmed),
                    user_id,
                    level_name(VerificationLevel::Unverified)
                ],
            )?;
            let sessions_ended = sessions::sign_out_everywhere(tx, &user_id)? as u64;
            forget_account_failures(tx, &email)?;
            let letter =
                LetterTo { user_id: &user_id, to: Address::Email(&email), id: "email-password-changed", args: &[] };
            queue_letter(tx, &config, &letter, None, now)?;
            Ok(PasswordReset { email, sessions_ended })
        })
        .await
}

// ---- the payment password -------------------------------------------------

/// Emails the signed-in shopper a link to recover the payment password.
/// Needs security questions (they are half of the proof); a minute must
/// pass between links.
pub fn send_payment_password_recovery(
    tx: &Db,
    config: &Config,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<RecoveryLinkSent, Refusal> {
    let questions = stored_answers(tx, user_id)?.questions();
    if let Some(until) = cooldown_left(tx, user_id, Purpose::PaymentPassword, now)? {
        let seconds = (until - now).num_seconds().max(1);
        return Err(Refusal::too_many_requests(
            "recovery_link_cooldown",
            format!("a link was sent less than a minute ago: open the latest email, or ask again in {seconds} seconds"),
        )
        .with_retry_after(until, now));
    }
    let email: String = tx.query_row("SELECT email FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    let link = send_link(tx, user_id, Purpose::PaymentPassword, now)?;
    email_link(tx, config, user_id, &email, "email-recover-payment-password", &link, now)?;
    Ok(RecoveryLinkSent {
        email,
        expires_at: now + Duration::minutes(RECOVERY_LINK_VALID_MINUTES),
        security_questions: questions,
    })
}

/// What the shopper sends to recover the payment password. No `Debug`: it
/// holds secrets.
pub struct PaymentRecovery {
    /// The emailed link's token.
    pub token: String,
    /// Each security question with its answer.
    pub answers: Vec<(String, String)>,
    /// The new payment password.
    pub password: String,
    /// The same again.
    pub confirmation: String,
}

/// Sets a new payment password with the emailed link and the security
/// answers. A wrong answer is counted (the link stays usable); right ones
/// use up the link, set the password and lift a payment lock.
pub async fn recover_payment_password(
    app: &App,
    user_id: &str,
    recovery: PaymentRecovery,
) -> Result<PaymentPasswordRecovered, Refusal> {
    check_new_payment_password(&recovery.password, &recovery.confirmation)?;
    for (question, answer) in &recovery.answers {
        if question.trim().is_empty() || answer.trim().is_empty() {
            return Err(
                Refusal::validation("answer_every_question", "answer every security question").with_field("answers")
            );
        }
    }
    let now = app.clock.now();
    let stored = {
        let (user_id, token) = (user_id.to_string(), recovery.token.clone());
        app.store
            .read(move |tx| {
                own_link(tx, &token, &user_id, now)?;
                refuse_if_answers_locked(&mut load_guard_of(tx, &user_id, Guarded::SecurityAnswers)?, now)?;
                stored_answers(tx, &user_id)
            })
            .await?
    };
    let PaymentRecovery { token, answers, password, .. } = recovery;
    let right = app.off_the_lock(move |app| stored.verify(&answers, &app.config.hasher)).await;
    let new_hash = right.then(|| keyed_payment_hash(&app.config.service_key, user_id, &password));
    let (user_id, config) = (user_id.to_string(), app.config.clone());
    app.store
        .write(move |tx| {
            own_link(tx, &token, &user_id, now)?;
            let mut guard = load_guard_of(tx, &user_id, Guarded::SecurityAnswers)?;
            let outcome = match (refuse_if_answers_locked(&mut guard, now), new_hash.clone()) {
                (Err(locked), _) => Err(locked),
                (Ok(()), None) => Err(wrong_answers(guard.record_failure(&config.lockout, now))),
                (Ok(()), Some(hash)) => {
                    guard.record_success();
                    use_link(tx, &token, now)?;
                    store_payment_password(tx, &user_id, &hash)?;
                    tell_payment_password_changed(tx, &config, &user_id, now)?;
                    Ok(PaymentPasswordRecovered { payment_password_set: true })
                }
            };
            save_guard_of(tx, &user_id, Guarded::SecurityAnswers, &guard)?;
            Ok::<_, Refusal>(outcome)
        })
        .await?
}

fn stored_answers(tx: &Db, user_id: &str) -> Result<SecurityAnswers, Refusal> {
    let json: Option<String> =
        tx.query_row("SELECT security_answers FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    let json = json.ok_or_else(|| {
        Refusal::conflict(
            "security_questions_not_set",
            "you have no security questions to answer, so the payment password cannot be recovered by email: \
             open a support case with your identity document",
        )
    })?;
    Ok(serde_json::from_str(&json)?)
}

fn refuse_if_answers_locked(guard: &mut PaymentPasswordGuard, now: DateTime<Utc>) -> Result<(), Refusal> {
    guard.check_can_attempt(now).map_err(|locked| answers_locked(locked.until).with_retry_after(locked.until, now))
}

fn answers_locked(until: DateTime<Utc>) -> Refusal {
    Refusal::locked(
        "security_answers_locked",
        format!("too many wrong security answers: recovering the payment password is paused until {until}"),
    )
    .with_details(json!({ "locked_until": until }))
}

fn wrong_answers(outcome: FailureOutcome) -> Refusal {
    match outcome {
        FailureOutcome::AttemptsLeft { attempts_left } => Refusal::forbidden(
            "wrong_security_answers",
            format!(
                "at least one security answer is wrong; {attempts_left} attempts left before recovery pauses \
                 (answers are compared ignoring case and extra spaces)"
            ),
        )
        .with_field("answers")
        .with_details(json!({ "attempts_left": attempts_left })),
        FailureOutcome::Locked { until } => answers_locked(until),
    }
}

fn tell_payment_password_changed(tx: &Db, config: &Config, user_id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    let email: String = tx.query_row("SELECT email FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    let letter = LetterTo { user_id, to: Address::Email(&email), id: "email-payment-password-changed", args: &[] };
    queue_letter(tx, config, &letter, None, now)
}

// ---- links ----------------------------------------------------------------

/// When the next link may be sent, if the last one is too recent.
fn cooldown_left(
    tx: &Db,
    user_id: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Refusal> {
    let last: Option<String> = tx.query_row(
        "SELECT MAX(sent_at) FROM recovery_links WHERE user_id = ?1 AND purpose = ?2",
        params![user_id, purpose.name()],
        |r| r.get(0),
    )?;
    let Some(last) = last else { return Ok(None) };
    let next = parse_time(&last)? + Duration::seconds(RECOVERY_LINK_COOLDOWN_SECONDS);
    Ok((now < next).then_some(next))
}

/// Voids the account's live link of `purpose` and records a new one; the
/// app link to email.
fn send_link(tx: &Db, user_id: &str, purpose: Purpose, now: DateTime<Utc>) -> Result<String, Refusal> {
    tx.execute(
        "UPDATE recovery_links SET voided_at = ?1
         WHERE user_id = ?2 AND purpose = ?3 AND used_at IS NULL AND voided_at IS NULL",
        params![now.to_rfc3339(), user_id, purpose.name()],
    )?;
    let token = random_hex(16);
    tx.execute(
        "INSERT INTO recovery_links (token_hash, user_id, purpose, sent_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            token_hash(&token),
            user_id,
            purpose.name(),
            now.to_rfc3339(),
            (now + Duration::minutes(RECOVERY_LINK_VALID_MINUTES)).to_rfc3339()
        ],
    )?;
    Ok(format!("pocket://{}?token={token}", purpose.link_path()))
}

/// Emails a link, worded by `letter_id` in the shopper's language; the
/// sandbox keeps its token for developers to read.
fn email_link(
    tx: &Db,
    config: &Config,
    user_id: &str,
    email: &str,
    letter_id: &str,
    link: &str,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let token = link.rsplit("token=").next().unwrap_or_default();
    let args = [("link", link.to_string()), ("minutes", RECOVERY_LINK_VALID_MINUTES.to_string())];
    let letter = LetterTo { user_id, to: Address::Email(email), id: letter_id, args: &args };
    queue_letter(tx, config, &letter, Some(token), now)
}

/// The account a live link of `purpose` belongs to, or why it cannot be used.
fn open_link(tx: &Db, token: &str, purpose: Purpose, now: DateTime<Utc>) -> Result<String, Refusal> {
    let found: Option<(String, String, Option<String>, Option<String>)> = tx
        .query_row(
            "SELECT user_id, expires_at, used_at, voided_at FROM recovery_links WHERE token_hash = ?1 AND purpose = ?2",
            params![token_hash(token.trim()), purpose.name()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((user_id, expires_at, used_at, voided_at)) = found else { return Err(unknown_link()) };
    if used_at.is_some() {
        return Err(Refusal::gone("recovery_link_used", "this link was used already: ask for a new one"));
    }
    if voided_at.is_some() {
        return Err(Refusal::gone(
            "recovery_link_replaced",
            "a newer link was sent after this one: open the latest email",
        ));
    }
    if now >= parse_time(&expires_at)? {
        return Err(Refusal::gone(
            "recovery_link_expired",
            format!(
                "this link stopped working {RECOVERY_LINK_VALID_MINUTES} minutes after it was sent: ask for a new one"
            ),
        ));
    }
    Ok(user_id)
}

/// A live payment-password link of the signed-in shopper: another
/// account's link is as unknown as a made-up one.
fn own_link(tx: &Db, token: &str, user_id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    if open_link(tx, token, Purpose::PaymentPassword, now)? == user_id {
        Ok(())
    } else {
        Err(unknown_link())
    }
}

fn unknown_link() -> Refusal {
    Refusal::validation("unknown_recovery_link", "this link is not valid: ask for a new one from the app")
        .with_field("token")
}

fn use_link(tx: &Db, token: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE recovery_links SET used_at = ?1 WHERE token_hash = ?2",
        params![now.to_rfc3339(), token_hash(token.trim())],
    )?;
    Ok(())
}
