//! Login sessions: opened by a right password, kept as the hash of their
//! token, ended by signing out (here or everywhere), by a week unused or by
//! 30 days after sign-in (see [`SessionPolicy`]). Each use moves the idle
//! deadline on.

use crate::params;
use crate::store::{Db, Optional};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};

use crate::app::{App, SessionPolicy};
use crate::ids::{random_hex, token_hash};
use crate::refusals::Refusal;
use crate::time::parse_time;

/// How often a session's last use is written down: reads within a minute
/// of each other do not each cost a write.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// A session just opened: the token is shown this once.
#[derive(Debug, Clone)]
pub struct OpenedSession {
    /// `pk_session_...`, for `Authorization: Bearer`.
    pub token: String,
    /// When it ends if unused.
    pub idle_expires_at: DateTime<Utc>,
    /// When it ends regardless.
    pub expires_at: DateTime<Utc>,
}

/// Opens a session for a shopper whose password was right.
pub fn open(tx: &Db, policy: &SessionPolicy, user_id: &str, now: DateTime<Utc>) -> Result<OpenedSession, Refusal> {
    let token = format!("pk_session_{}", random_hex(32));
    tx.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_used_at) VALUES (?1, ?2, ?3, ?3)",
        params![token_hash(&token), user_id, now.to_rfc3339()],
    )?;
    Ok(OpenedSession {
        token,
        idle_expires_at: now + Duration::hours(policy.idle_hours),
        expires_at: now + Duration::days(policy.lifetime_days),
    })
}

struct StoredSession {
    user_id: String,
    created_at: DateTime<Utc>,
    last_used_at: DateTime<Utc>,
}

/// The shopper behind a bearer token, or 401: unknown, signed out, or
/// ended (`session_expired`, so the phone can say why it asks to sign in).
pub async fn authenticate(app: &App, token: &str) -> Result<String, Refusal> {
    let hash = token_hash(token);
    let now = app.clock.now();
    let policy = app.config.sessions;
    let found = {
        let hash = hash.clone();
        app.store.read(move |tx| load(tx, &hash)).await?
    };
    let session = found.ok_or_else(Refusal::unauthorized)?;
    let idle_end = session.last_used_at + Duration::hours(policy.idle_hours);
    let lifetime_end = session.created_at + Duration::days(policy.lifetime_days);
    if now >= idle_end || now >= lifetime_end {
        app.store.write(move |tx| end_one(tx, &hash)).await?;
        return Err(session_expired(now >= lifetime_end));
    }
    if now - session.last_used_at >= Duration::seconds(TOUCH_EVERY_SECONDS) {
        app.store.write(move |tx| touch(tx, &hash, now)).await?;
    }
    Ok(session.user_id)
}

fn load(tx: &Db, hash: &str) -> Result<Option<StoredSession>, Refusal> {
    let row: Option<(String, String, String)> = tx
        .query_row("SELECT user_id, created_at, last_used_at FROM sessions WHERE token_hash = ?1", [hash], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    row.map(|(user_id, created_at, last_used_at)| {
        Ok(StoredSession { user_id, created_at: parse_time(&created_at)?, last_used_at: parse_time(&last_used_at)? })
    })
    .transpose()
}

fn touch(tx: &Db, hash: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute("UPDATE sessions SET last_used_at = ?2 WHERE token_hash = ?1", params![hash, now.to_rfc3339()])?;
    Ok(())
}

fn end_one(tx: &Db, hash: &str) -> Result<(), Refusal> {
    tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [hash])?;
    Ok(())
}

/// Signs this session out.
pub fn sign_out(tx: &Db, user_id: &str, token: &str) -> Result<(), Refusal> {
    tx.execute("DELETE FROM sessions WHERE token_hash = ?1 AND user_id = ?2", params![token_hash(token), user_id])?;
    Ok(())
}

/// Signs every session of the shopper out (a lost phone, a shared one);
/// returns how many ended.
pub fn sign_out_everywhere(tx: &Db, user_id: &str) -> Result<usize, Refusal> {
    Ok(tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?)
}

/// A shopper's session as staff see it: when it was opened and last used,
/// never its token.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionSeen {
    /// When she signed in (RFC 3339).
    pub opened_at: String,
    /// When it was last used, to the minute.
    pub last_used_at: String,
}

/// A shopper's open sessions, the latest used first.
pub fn open_sessions(tx: &Db, user_id: &str) -> Result<Vec<SessionSeen>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT created_at, last_used_at FROM sessions WHERE user_id = ?1 ORDER BY last_used_at DESC, created_at DESC",
    )?;
    let rows = statement.query_map([user_id], |r| r.read::<(String, String)>())?;
    let mut seen = Vec::new();
    for row in rows {
        let (opened_at, last_used_at) = row?;
        seen.push(SessionSeen { opened_at, last_used_at });
    }
    Ok(seen)
}

fn session_expired(lifetime_over: bool) -> Refusal {
    let mut error = Refusal::unauthorized();
    error.code = "session_expired".into();
    error.message = if lifetime_over {
        "you signed in a long time ago: sign in again to go on".into()
    } else {
        "you were away for a while, so you were signed out: sign in again to go on".into()
    };
    error
}

/// The logged-in shopper, from `Authorization: Bearer <token>`.
pub struct Session {
    /// The shopper's id.
    pub user_id: String,
    /// The bearer token (to sign this very session out).
    pub token: String,
}

impl FromRequestParts<App> for Session {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Refusal> {
        let token = crate::http::bearer_token(&parts.headers).ok_or_else(Refusal::unauthorized)?;
        let user_id = authenticate(app, &token).await?;
        Ok(Session { user_id, token })
    }
}
