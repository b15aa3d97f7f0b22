//! The payment password and security questions, with the lockout enforced
//! by the service (the phone cannot be trusted to count).
//!
//! A payment password is kept the way payment networks keep PINs: a keyed
//! hash under the service key (which never enters the database), salted and
//! bound to the account, so a copy of the database alone cannot search the
//! million 6-digit passwords; the wrong-attempt lockout is what guards the
//! secret against guessing through the API. Checking it costs microseconds,
//! not a memory-hard hash per payment. A password kept before this (Argon2)
//! is checked off the database lock and replaced by its keyed hash at its
//! next right check. Security answers stay Argon2, off the lock.

use crate::params;
use crate::store::Db;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use pocket_core::password::{
    validate_new_payment_password, FailureOutcome, PasswordHash, PaymentPasswordGuard, SecurityAnswers,
};
use serde_json::json;

use super::profile::{read_payer, Payer, PayerRow};
use crate::app::{App, Config};
use crate::ids::random_hex;
use crate::refusals::Refusal;
use crate::service_key::ServiceKey;
use pocket_core::limits::LimitMethod;

/// Sets the payment password, or changes it: changing needs the current one.
pub async fn set_payment_password(
    app: &App,
    user_id: &str,
    password: &str,
    confirmation: &str,
    current: Option<&str>,
) -> Result<(), Refusal> {
    // The shapes first: a request that cannot be right costs no attempt
    // and is refused as malformed even while payments are locked.
    for secret in [Some(password), Some(confirmation), current].into_iter().flatten() {
        crate::shapes::payment_password(secret)?;
    }
    let has_one = {
        let user_id = user_id.to_string();
        app.store.read(move |tx| Ok::<_, Refusal>(stored_hash(tx, &user_id)?.is_some())).await?
    };
    if has_one {
        let current = current.ok_or_else(|| {
            Refusal::validation("current_password_required", "enter your current payment password to change it")
                .with_field("current_password")
        })?;
        check_payment_password(app, user_id, current).await?;
    }
    check_new_payment_password(password, confirmation)?;
    let stored = keyed_payment_hash(&app.config.service_key, user_id, password);
    let user_id = user_id.to_string();
    app.store.write(move |tx| store_payment_password(tx, &user_id, &stored)).await
}

/// How a keyed payment password hash starts, before `salt$mac`.
const KEYED: &str = "keyed-blake2s$";

/// A new payment password as kept: the keyed hash of the account, a fresh
/// salt and the password.
pub fn keyed_payment_hash(key: &ServiceKey, user_id: &str, password: &str) -> String {
    let salt = random_hex(16);
    let mac = key.hash(&["payment_password", user_id, &salt, password]);
    format!("{KEYED}{salt}${mac}")
}

/// Whether `candidate` is the password kept as the keyed hash `stored`;
/// `None` if `stored` is not a keyed hash (one from before them).
fn keyed_matches(key: &ServiceKey, user_id: &str, stored: &str, candidate: &str) -> Option<bool> {
    let (salt, mac) = stored.strip_prefix(KEYED)?.split_once('$')?;
    let expected = key.hash(&["payment_password", user_id, salt, candidate]);
    // Compared in constant time: how long a wrong guess takes says nothing.
    let differences = expected.bytes().zip(mac.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    Some(expected.len() == mac.len() && differences == 0)
}

/// The rules for a new payment password, answered as the API's validation
/// error on the `password` field.
pub(super) fn check_new_payment_password(password: &str, confirmation: &str) -> Result<(), Refusal> {
    validate_new_payment_password(password, confirmation).map_err(|error| {
        let code = serde_json::to_value(&error).ok().and_then(|v| v["kind"].as_str().map(str::to_string));
        Refusal::validation(&code.unwrap_or_else(|| "invalid_password".into()), error.to_string())
            .with_field("password")
    })
}

/// Keeps a new payment password's keyed hash and clears the wrong-attempt
/// count.
pub fn store_payment_password(tx: &Db, user_id: &str, stored: &str) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE users SET payment_password_hash = ?1, password_guard = ?2 WHERE id = ?3",
        params![stored, serde_json::to_string(&PaymentPasswordGuard::default())?, user_id],
    )?;
    Ok(())
}

/// Sets the security questions (at least three); the answers are hashed
/// off the database lock.
pub async fn set_security_questions(app: &App, user_id: &str, pairs: Vec<(String, String)>) -> Result<(), Refusal> {
    let answers =
        app.off_the_lock(move |app| SecurityAnswers::new(&pairs, &app.config.hasher)).await.map_err(|error| {
            let code = serde_json::to_value(&error).ok().and_then(|v| v["kind"].as_str().map(str::to_string));
            Refusal::validation(&code.unwrap_or_else(|| "invalid_security_questions".into()), error.to_string())
                .with_field("answers")
        })?;
    let user_id = user_id.to_string();
    app.store
        .write(move |tx| {
            tx.execute(
                "UPDATE users SET security_answers = ?1 WHERE id = ?2",
                params![serde_json::to_string(&answers)?, user_id],
            )?;
            Ok(())
        })
        .await
}

/// A payment password checked inside the transaction of what it guards.
#[derive(Debug)]
enum PaymentPasswordCheck {
    /// Right: the wrong-attempt count is cleared.
    Right,
    /// Wrong (counted), or payments are locked: the answer to give. The
    /// count must be committed though what it guarded does not happen.
    Refused(Refusal),
    /// Kept as a hash from before keyed hashes: nothing was counted; check
    /// it with [`check_payment_password`], off the lock, which replaces it.
    LegacyHash,
}

/// A password kept as a hash from before keyed hashes, found inside a
/// transaction that cannot run the slow check.
#[derive(Debug)]
pub struct LegacyPaymentPasswordHash;

/// Checks a payment password inside the caller's transaction, in
/// microseconds: a locked wallet is refused before anything is compared;
/// a right or wrong one is counted in the same transaction as the payment
/// it guards, so checks racing each other are counted in the order they
/// commit and a burst of guesses gets no further than guesses in a row.
fn check_payment_password_in(
    tx: &Db,
    config: &Config,
    user_id: &str,
    candidate: &str,
    now: DateTime<Utc>,
) -> Result<PaymentPasswordCheck, Refusal> {
    let (hash, guard_json) =
        tx.query_row("SELECT payment_password_hash, password_guard FROM users WHERE id = ?1", [user_id], |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, String>(1)?))
        })?;
    judge_payment_password(tx, config, user_id, Kept { hash, guard_json }, candidate, now)
}

/// A payment password's hash and wrong-attempt count, as read.
struct Kept {
    hash: Option<String>,
    guard_json: String,
}

/// [`check_payment_password_in`] on what was read of the user already.
fn judge_payment_password(
    tx: &Db,
    config: &Config,
    user_id: &str,
    kept: Kept,
    candidate: &str,
    now: DateTime<Utc>,
) -> Result<PaymentPasswordCheck, Refusal> {
    let Kept { hash, guard_json } = kept;
    let hash = hash.ok_or_else(|| {
        Refusal::forbidden(
            "payment_password_not_set",
            "set a payment password first: every payment is confirmed with it",
        )
        .not_final()
    })?;
    let mut guard: PaymentPasswordGuard = serde_json::from_str(&guard_json)?;
    let guard_before = guard.clone();
    if let Err(locked) = refuse_if_locked(&mut guard, now) {
        return Ok(PaymentPasswordCheck::Refused(locked));
    }
    let Some(right) = keyed_matches(&config.service_key, user_id, &hash, candidate) else {
        return Ok(PaymentPasswordCheck::LegacyHash);
    };
    let check = if right {
        guard.record_success();
        PaymentPasswordCheck::Right
    } else {
        PaymentPasswordCheck::Refused(wrong_password(guard.record_failure(&config.lockout, now)))
    };
    // A right password with no wrong ones before it changes nothing.
    if guard != guard_before {
        save_guard(tx, user_id, &guard)?;
    }
    Ok(check)
}

/// Why a money-moving request stops at its payment password.
#[derive(Debug)]
pub enum PasswordStop {
    /// Wrong (counted) or locked: the refusal to answer. It commits, but
    /// it is not the request key's answer: the same key with the right
    /// password goes on.
    Refused(Refusal),
    /// Kept as a hash from before keyed hashes: checked off the lock first
    /// (`check_legacy_payment_password`), then the request runs again.
    OldHash(LegacyPaymentPasswordHash),
}

/// The payment password as a step of a money-moving request's one
/// transaction: `None` to go on; else why the request stops here.
pub fn payment_password_step(
    tx: &Db,
    config: &Config,
    user_id: &str,
    candidate: &str,
    now: DateTime<Utc>,
) -> Result<Option<PasswordStop>, Refusal> {
    Ok(check_payment_password_in(tx, config, user_id, candidate, now)?.stop())
}

impl PaymentPasswordCheck {
    /// Why a money-moving request stops at this check; `None` to go on.
    fn stop(self) -> Option<PasswordStop> {
        match self {
            PaymentPasswordCheck::Right => None,
            PaymentPasswordCheck::Refused(refusal) => Some(PasswordStop::Refused(refusal)),
            PaymentPasswordCheck::LegacyHash => Some(PasswordStop::OldHash(LegacyPaymentPasswordHash)),
        }
    }
}

/// The payment password as the first step of a payment's one
/// transaction, with the shopper and her spending by `method` read in the
/// same statement: the payer to go on with, or why the payment stops here.
pub fn payer_with_password(
    tx: &Db,
    config: &Config,
    user_id: &str,
    candidate: &str,
    method: LimitMethod,
    now: DateTime<Utc>,
) -> Result<Result<Payer, PasswordStop>, Refusal> {
    let PayerRow { payer, payment_password_hash, password_guard } = read_payer(tx, user_id, method, now)?;
    let kept = Kept { hash: payment_password_hash, guard_json: password_guard };
    Ok(match judge_payment_password(tx, config, user_id, kept, candidate, now)?.stop() {
        None => Ok(payer),
        Some(stop) => Err(stop),
    })
}

/// Checks a payment password in a transaction of its own (for changing it;
/// a payment checks it in its own transaction). One kept from before keyed
/// hashes is checked off the database lock and, when right, replaced.
pub async fn check_payment_password(app: &App, user_id: &str, candidate: &str) -> Result<(), Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    let (user, typed) = (user_id.to_string(), candidate.to_string());
    let check = app.store.write(move |tx| check_payment_password_in(tx, &config, &user, &typed, now)).await?;
    match check {
        PaymentPasswordCheck::Right => Ok(()),
        PaymentPasswordCheck::Refused(refusal) => Err(refusal),
        PaymentPasswordCheck::LegacyHash => check_legacy_payment_password(app, user_id, candidate).await,
    }
}

/// Runs a request guarded by the payment password as one transaction
/// (`attempt`); if the password is still kept as a hash from before keyed
/// hashes, it is first checked off the lock and replaced, and the request
/// runs again (now in microseconds).
pub async fn guarded_by_payment_password<Attempt, Ran>(
    app: &App,
    user_id: &str,
    candidate: &str,
    attempt: Attempt,
) -> Response
where
    Attempt: Fn() -> Ran,
    Ran: std::future::Future<Output = Result<Response, LegacyPaymentPasswordHash>>,
{
    if let Ok(response) = attempt().await {
        return response;
    }
    if let Err(refusal) = check_legacy_payment_password(app, user_id, candidate).await {
        return refusal.into_response();
    }
    attempt().await.unwrap_or_else(|LegacyPaymentPasswordHash| {
        Refusal::internal("the payment password was still an old hash after its upgrade").into_response()
    })
}

/// The check of a password kept before keyed hashes: Argon2, off the
/// database lock; the outcome is then recorded (the lock looked at again,
/// as a race may have locked it meanwhile) and a right one replaced by its
/// keyed hash.
pub async fn check_legacy_payment_password(app: &App, user_id: &str, candidate: &str) -> Result<(), Refusal> {
    let now = app.clock.now();
    let hash = {
        let user_id = user_id.to_string();
        app.store
            .read(move |tx| {
                stored_hash(tx, &user_id)?.ok_or_else(|| Refusal::internal("the payment password vanished"))
            })
            .await?
    };
    let (legacy, typed) = (PasswordHash::from_phc(hash), candidate.to_string());
    let right = app.off_the_lock(move |app| app.config.hasher.verify(&legacy, &typed)).await;
    let upgrade = right.then(|| keyed_payment_hash(&app.config.service_key, user_id, candidate));
    let (user_id, lockout) = (user_id.to_string(), app.config.lockout);
    app.store
        .write(move |tx| {
            let mut guard = load_guard(tx, &user_id)?;
            let outcome = match refuse_if_locked(&mut guard, now) {
                Err(locked) => Err(locked),
                Ok(()) => match &upgrade {
                    Some(keyed) => {
                        guard.record_success();
                        tx.execute(
                            "UPDATE users SET payment_password_hash = ?1 WHERE id = ?2",
                            params![keyed, user_id],
                        )?;
                        Ok(())
                    }
                    None => Err(wrong_password(guard.record_failure(&lockout, now))),
                },
            };
            save_guard(tx, &user_id, &guard)?;
            Ok::<_, Refusal>(outcome)
        })
        .await?
}

fn refuse_if_locked(guard: &mut PaymentPasswordGuard, now: DateTime<Utc>) -> Result<(), Refusal> {
    guard.check_can_attempt(now).map_err(|locked| {
        Refusal::locked("payment_password_locked", locked.to_string())
            .with_details(json!({ "locked_until": locked.until }))
            .with_retry_after(locked.until, now)
    })
}

fn wrong_password(outcome: FailureOutcome) -> Refusal {
    match outcome {
        FailureOutcome::AttemptsLeft { attempts_left } => Refusal::forbidden(
            "wrong_payment_password",
            format!("the payment password is wrong; {attempts_left} attempts left before payments lock"),
        )
        .with_field("payment_password")
        .with_details(json!({ "attempts_left": attempts_left })),
        FailureOutcome::Locked { until } => Refusal::locked(
            "payment_password_locked",
            format!("the payment password is wrong, and payments are now locked until {until}; try again then"),
        )
        .with_details(json!({ "locked_until": until })),
    }
}

fn stored_hash(tx: &Db, user_id: &str) -> Result<Option<String>, Refusal> {
    let hash: Option<String> =
        tx.query_row("SELECT payment_password_hash FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    Ok(hash)
}

/// Which wrong-attempt count: the payment password's, or the security
/// answers' (counted apart, so guessing one never locks the other).
#[derive(Debug, Clone, Copy)]
pub(super) enum Guarded {
    PaymentPassword,
    SecurityAnswers,
}

impl Guarded {
    fn column(self) -> &'static str {
        match self {
            Guarded::PaymentPassword => "password_guard",
            Guarded::SecurityAnswers => "answers_guard",
        }
    }
}

fn load_guard(tx: &Db, user_id: &str) -> Result<PaymentPasswordGuard, Refusal> {
    load_guard_of(tx, user_id, Guarded::PaymentPassword)
}

fn save_guard(tx: &Db, user_id: &str, guard: &PaymentPasswordGuard) -> Result<(), Refusal> {
    save_guard_of(tx, user_id, Guarded::PaymentPassword, guard)
}

/// A wrong-attempt count as stored.
pub(super) fn load_guard_of(tx: &Db, user_id: &str, guarded: Guarded) -> Result<PaymentPasswordGuard, Refusal> {
    let sql = format!("SELECT {} FROM users WHERE id = ?1", guarded.column());
    let guard: String = tx.query_row(&sql, [user_id], |r| r.get(0))?;
    Ok(serde_json::from_str(&guard)?)
}

/// Stores a wrong-attempt count.
pub(super) fn save_guard_of(
    tx: &Db,
    user_id: &str,
    guarded: Guarded,
    guard: &PaymentPasswordGuard,
) -> Result<(), Refusal> {
    let sql = format!("UPDATE users SET {} = ?1 WHERE id = ?2", guarded.column());
    tx.execute(&sql, params![serde_json::to_string(guard)?, user_id])?;
    Ok(())
}
