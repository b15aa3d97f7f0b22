//! Signing in. The password is checked with Argon2 off the database lock,
//! so a storm of logins does not slow other shoppers. Every attempt is
//! counted before its password is looked at (attempts racing each other
//! are all counted) and taken back if the password was right; wrong ones
//! slow down and then pause sign-in per account and per client address
//! (`pocket_core::password::ThrottleState`). An unknown email costs the same
//! work and gets the same answer as a wrong password, so nobody can tell
//! which emails have accounts.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
pub use pocket_core::contract::accounts::LoginRequest;
use pocket_core::contract::accounts::SessionOpened;
use pocket_core::password::{Blocked, PasswordHash, ThrottlePolicy, ThrottleState};

use crate::app::{App, Config};
use crate::ids::token_hash;
use crate::refusals::Refusal;
use crate::sessions;
use crate::time::parse_time;

/// Who a throttle counts for: the account named (known or not) and the
/// client's address.
#[derive(Clone)]
struct Subjects {
    account: String,
    address: String,
}

impl Subjects {
    fn of(email: &str, client_address: &str) -> Subjects {
        Subjects { account: account_subject(email), address: format!("address:{client_address}") }
    }

    fn with_policies<'a>(&'a self, config: &'a Config) -> [(&'a str, &'a ThrottlePolicy); 2] {
        [(&self.account, &config.login_per_account), (&self.address, &config.login_per_address)]
    }
}

/// The throttle's name for an account, known or not, by its email.
pub(super) fn account_subject(email: &str) -> String {
    format!("account:{}", token_hash(email))
}

/// A reset password starts the account's count over (the address keeps
/// its own).
pub(super) fn forget_account_failures(tx: &Db, email: &str) -> Result<(), Refusal> {
    tx.execute("DELETE FROM login_throttle WHERE subject = ?1", [account_subject(email)])?;
    Ok(())
}

/// Checks the password and opens a session: `{token, user_id, expires_at,
/// idle_expires_at}`. The token is shown once and kept only as a hash.
pub async fn log_in(app: &App, client_address: &str, request: LoginRequest) -> Result<SessionOpened, Refusal> {
    let email = request.email.trim().to_lowercase();
    let subjects = Subjects::of(&email, client_address);
    let now = app.clock.now();
    let stored = {
        let (config, subjects) = (app.config.clone(), subjects.clone());
        app.store.write(move |tx| begin_attempt(tx, &config, &subjects, &email, now)).await?
    };
    let password = request.password;
    let right_user = app
        .off_the_lock(move |app| match stored {
            Some((user_id, hash)) => {
                app.config.hasher.verify(&PasswordHash::from_phc(hash), &password).then_some(user_id)
            }
            None => {
                app.config.hasher.verify(&app.no_account_hash(), &password);
                None
            }
        })
        .await;
    let Some(user_id) = right_user else {
        return Err(wrong_credentials());
    };
    let config = app.config.clone();
    app.store
        .write(move |tx| {
            forgive(tx, &subjects)?;
            let session = sessions::open(tx, &config.sessions, &user_id, now)?;
            Ok(SessionOpened {
                token: session.token,
                user_id: user_id.clone(),
                expires_at: session.expires_at,
                idle_expires_at: session.idle_expires_at,
            })
        })
        .await
}

/// Counts a sign-in attempt of `account` (the throttle's name for who is
/// signing in: a shopper's account, a member of staff) from
/// `client_address`, or refuses it while either is throttled. The same
/// rules for shoppers and staff.
pub fn count_sign_in(
    tx: &Db,
    config: &Config,
    account: &str,
    client_address: &str,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let subjects = Subjects { account: account.to_string(), address: format!("address:{client_address}") };
    count(tx, config, &subjects, now)
}

/// A right sign-in: `account`'s count starts over, and the address gets
/// back the attempt counted for it.
pub fn forgive_sign_in(tx: &Db, account: &str, client_address: &str) -> Result<(), Refusal> {
    forgive(tx, &Subjects { account: account.to_string(), address: format!("address:{client_address}") })
}

fn count(tx: &Db, config: &Config, subjects: &Subjects, now: DateTime<Utc>) -> Result<(), Refusal> {
    forget_old(tx, now)?;
    let mut states = Vec::new();
    for (subject, policy) in subjects.with_policies(config) {
        let state = load(tx, subject)?;
        if let Err(blocked) = state.check(policy, now) {
            return Err(throttled(blocked, now));
        }
        states.push((subject, policy, state));
    }
    for (subject, policy, mut state) in states {
        state.record_failure(policy, now);
        save(tx, subject, &state)?;
    }
    Ok(())
}

/// Refuses a throttled attempt; otherwise counts it and returns the
/// account's id and password hash, if the email has an account.
fn begin_attempt(
    tx: &Db,
    config: &Config,
    subjects: &Subjects,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<(String, String)>, Refusal> {
    count(tx, config, subjects, now)?;
    Ok(tx
        .query_row("SELECT id, login_password_hash FROM users WHERE email = ?1", [email], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// A right password: the account's count starts over, and the address gets
/// back the attempt counted for it.
fn forgive(tx: &Db, subjects: &Subjects) -> Result<(), Refusal> {
    save(tx, &subjects.account, &ThrottleState::default())?;
    let mut address = load(tx, &subjects.address)?;
    address.forgive_one();
    save(tx, &subjects.address, &address)
}

/// Rows untouched for longer than any policy remembers are dropped.
fn forget_old(tx: &Db, now: DateTime<Utc>) -> Result<(), Refusal> {
    let oldest_kept = now - chrono::Duration::hours(24);
    tx.execute("DELETE FROM login_throttle WHERE last_failure_at < ?1", [oldest_kept.to_rfc3339()])?;
    Ok(())
}

fn load(tx: &Db, subject: &str) -> Result<ThrottleState, Refusal> {
    let row: Option<(u32, String, Option<String>)> = tx
        .query_row(
            "SELECT failures, last_failure_at, blocked_until FROM login_throttle WHERE subject = ?1",
            [subject],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((failures, last_failure_at, blocked_until)) = row else {
        return Ok(ThrottleState::default());
    };
    Ok(ThrottleState {
        failures,
        last_failure_at: Some(parse_time(&last_failure_at)?),
        blocked_until: blocked_until.as_deref().map(parse_time).transpose()?,
    })
}

fn save(tx: &Db, subject: &str, state: &ThrottleState) -> Result<(), Refusal> {
    match state.last_failure_at {
        Some(last_failure_at) if !state.is_clear() => {
            tx.execute(
                "INSERT INTO login_throttle (subject, failures, last_failure_at, blocked_until)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures,
                     last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until",
                params![
                    subject,
                    state.failures,
                    last_failure_at.to_rfc3339(),
                    state.blocked_until.map(|at| at.to_rfc3339())
                ],
            )?;
        }
        _ => {
            tx.execute("DELETE FROM login_throttle WHERE subject = ?1", [subject])?;
        }
    }
    Ok(())
}

fn throttled(blocked: Blocked, now: DateTime<Utc>) -> Refusal {
    let error = if blocked.locked {
        Refusal::locked(
            "login_locked",
            format!("too many wrong passwords for this account: signing in is paused until {}", blocked.until),
        )
    } else {
        let seconds = (blocked.until - now).num_seconds().max(1);
        Refusal::too_many_requests(
            "too_many_login_attempts",
            format!("too many wrong passwords: wait {seconds} seconds before trying again"),
        )
    };
    error.with_retry_after(blocked.until, now)
}

fn wrong_credentials() -> Refusal {
    let mut error = Refusal::unauthorized();
    error.code = "wrong_credentials".into();
    error.message = "the email or password is wrong; check both and try again".into();
    error
}
