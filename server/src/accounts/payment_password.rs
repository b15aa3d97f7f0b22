//! The payment password and security questions, with the lockout enforced
//! by the service (the phone cannot be trusted to count).

use chrono::{DateTime, Utc};
use pocket_core::password::{
    validate_new_payment_password, FailureOutcome, PasswordHash, PaymentPasswordGuard, SecurityAnswers,
};
use rusqlite::{params, Transaction};
use serde_json::json;

use crate::app::App;
use crate::http::ApiError;

/// Sets or changes the payment password. Changing needs the current one.
pub fn set_payment_password(
    app: &App,
    tx: &Transaction,
    user_id: &str,
    password: &str,
    confirmation: &str,
    current: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let existing: Option<String> =
        tx.query_row("SELECT payment_password_hash FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    if existing.is_some() {
        let current = current.ok_or_else(|| {
            ApiError::validation("current_password_required", "enter your current payment password to change it")
                .with_field("current_password")
        })?;
        verify_in_transaction(app, tx, user_id, current, now)?;
    }
    validate_new_payment_password(password, confirmation).map_err(|error| {
        let code = serde_json::to_value(&error).ok().and_then(|v| v["kind"].as_str().map(str::to_string));
        ApiError::validation(&code.unwrap_or_else(|| "invalid_password".into()), error.to_string())
            .with_field("password")
    })?;
    let hash = app.config.hasher.hash(password).map_err(ApiError::internal)?;
    tx.execute(
        "UPDATE users SET payment_password_hash = ?1, password_guard = ?2 WHERE id = ?3",
        params![hash.as_phc(), serde_json::to_string(&PaymentPasswordGuard::default())?, user_id],
    )?;
    Ok(())
}

/// Sets the security questions (at least three).
pub fn set_security_questions(
    app: &App,
    tx: &Transaction,
    user_id: &str,
    pairs: &[(String, String)],
) -> Result<(), ApiError> {
    let answers = SecurityAnswers::new(pairs, &app.config.hasher).map_err(|error| {
        let code = serde_json::to_value(&error).ok().and_then(|v| v["kind"].as_str().map(str::to_string));
        ApiError::validation(&code.unwrap_or_else(|| "invalid_security_questions".into()), error.to_string())
            .with_field("answers")
    })?;
    tx.execute(
        "UPDATE users SET security_answers = ?1 WHERE id = ?2",
        params![serde_json::to_string(&answers)?, user_id],
    )?;
    Ok(())
}

/// Verifies a payment password in its own transaction, so a wrong attempt
/// is counted even though the payment it guarded does not happen.
pub async fn check_payment_password(app: &App, user_id: &str, candidate: &str) -> Result<(), ApiError> {
    let app_for_work = app.clone();
    let user_id = user_id.to_string();
    let candidate = candidate.to_string();
    let now = app.clock.now();
    let outcome: Result<Result<(), ApiError>, ApiError> =
        app.store.write(move |tx| Ok(verify_in_transaction(&app_for_work, tx, &user_id, &candidate, now))).await;
    outcome?
}

/// Verifies within the caller's transaction and updates the counter there.
/// The counter update is committed only if the caller commits.
fn verify_in_transaction(
    app: &App,
    tx: &Transaction,
    user_id: &str,
    candidate: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let (hash, guard): (Option<String>, String) =
        tx.query_row("SELECT payment_password_hash, password_guard FROM users WHERE id = ?1", [user_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let hash = hash.ok_or_else(|| {
        ApiError::forbidden(
            "payment_password_not_set",
            "set a payment password first: every payment is confirmed with it",
        )
    })?;
    let mut guard: PaymentPasswordGuard = serde_json::from_str(&guard)?;
    let result = match guard.check_can_attempt(now) {
        Err(locked) => Err(ApiError::locked("payment_password_locked", locked.to_string())
            .with_details(json!({ "locked_until": locked.until }))),
        Ok(()) if app.config.hasher.verify(&PasswordHash::from_phc(hash), candidate) => {
            guard.record_success();
            Ok(())
        }
        Ok(()) => Err(match guard.record_failure(&app.config.lockout, now) {
            FailureOutcome::AttemptsLeft { attempts_left } => ApiError::forbidden(
                "wrong_payment_password",
                format!("the payment password is wrong; {attempts_left} attempts left before payments lock"),
            )
            .with_field("payment_password")
            .with_details(json!({ "attempts_left": attempts_left })),
            FailureOutcome::Locked { until } => ApiError::locked(
                "payment_password_locked",
                format!("the payment password is wrong, and payments are now locked until {until}; tap \"Forgot payment password\" to reset it"),
            )
            .with_details(json!({ "locked_until": until })),
        }),
    };
    tx.execute("UPDATE users SET password_guard = ?1 WHERE id = ?2", params![serde_json::to_string(&guard)?, user_id])?;
    result
}
