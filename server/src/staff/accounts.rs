//! Staff, their roles, signing in (password and TOTP, throttled), their
//! sessions and the CSRF token each session's forms carry.

use chrono::{DateTime, Duration, Utc};
use pocket_core::password::{PasswordHash, SecretHasher};
use serde::Serialize;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::ids::{new_id, random_hex, token_hash};
use crate::params;
use crate::refusals::Refusal;
use crate::service_key::ServiceKey;
use crate::store::{Db, Optional};
use crate::time::parse_time;

/// What a member of staff does; each sees only its own part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffRole {
    /// Support cases and disputes.
    Support,
    /// Identity reviews, freezing an account.
    Compliance,
    /// Late top-ups, refunds to source, the ledger check.
    Finance,
    /// Staff and the partners' keys.
    Admin,
}

impl StaffRole {
    /// Every role.
    pub const ALL: [StaffRole; 4] = [StaffRole::Support, StaffRole::Compliance, StaffRole::Finance, StaffRole::Admin];

    /// Its name, as stored and typed.
    pub fn name(self) -> &'static str {
        match self {
            StaffRole::Support => "support",
            StaffRole::Compliance => "compliance",
            StaffRole::Finance => "finance",
            StaffRole::Admin => "admin",
        }
    }

    /// The role a name names.
    pub fn from_name(name: &str) -> Option<StaffRole> {
        StaffRole::ALL.into_iter().find(|role| role.name() == name)
    }
}

/// What the sealed TOTP secret is sealed for.
const TOTP_PURPOSE: &str = "staff-totp-secret";

/// A member of staff just made: the first password and the TOTP secret are
/// shown this once (the secret as an `otpauth://` link for an authenticator
/// app) and never again.
pub struct NewStaff {
    /// The id.
    pub staff_id: String,
    /// The first password.
    pub password: String,
    /// The TOTP secret, base32 (for a test, or to type in).
    pub totp_secret: String,
    /// `otpauth://totp/Pocket:EMAIL?secret=...`, for an authenticator app.
    pub totp_link: String,
}

fn totp(secret_base32: &str, email: &str) -> Result<TOTP, Refusal> {
    let bytes = Secret::Encoded(secret_base32.to_string()).to_bytes().map_err(Refusal::internal)?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some("Pocket".into()), email.to_string()).map_err(Refusal::internal)
}

/// A random first password and its hash, made before the write that adds
/// the member: hashing is slow, and the writer waits for no one.
#[derive(Clone)]
pub struct FirstPassword {
    password: String,
    hash: PasswordHash,
}

impl FirstPassword {
    /// A new random password, hashed.
    pub fn new(hasher: &SecretHasher) -> Result<FirstPassword, Refusal> {
        let password = random_hex(12);
        let hash = hasher.hash(&password).map_err(Refusal::internal)?;
        Ok(FirstPassword { password, hash })
    }
}

/// Adds a member of staff with `first` as the password and a random TOTP
/// secret.
pub fn add_staff(
    tx: &Db,
    first: &FirstPassword,
    service_key: &ServiceKey,
    email: &str,
    role: StaffRole,
    now: DateTime<Utc>,
) -> Result<NewStaff, Refusal> {
    let email = email.trim().to_lowercase();
    if !email.contains('@') {
        return Err(Refusal::validation("invalid_email", "give the staff member's work email").with_field("email"));
    }
    let taken: Option<String> =
        tx.query_row("SELECT id FROM staff WHERE email = ?1", [&email], |r| r.get(0)).optional()?;
    if taken.is_some() {
        return Err(Refusal::conflict("staff_exists", "this email is already a member of staff"));
    }
    let staff_id = new_id("stf");
    let secret = Secret::generate_secret().to_encoded().to_string();
    let totp_link = totp(&secret, &email)?.get_url();
    tx.execute(
        "INSERT INTO staff (id, email, role, password_hash, totp_secret_sealed, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            staff_id,
            email,
            role.name(),
            first.hash.as_phc(),
            service_key.seal(TOTP_PURPOSE, &staff_id, &secret),
            now.to_rfc3339()
        ],
    )?;
    Ok(NewStaff { staff_id, password: first.password.clone(), totp_secret: secret, totp_link })
}

/// A member of staff as the admin's page lists them.
#[derive(Debug, Serialize)]
pub struct StaffMember {
    /// The id.
    pub id: String,
    /// Their work email.
    pub email: String,
    /// `support`, `compliance`, `finance`, `admin`.
    pub role: String,
    /// When they were added (RFC 3339).
    pub created_at: String,
    /// When they were removed, if they were.
    pub removed_at: Option<String>,
}

/// Every member of staff, present ones first, then by email.
pub fn list_staff(tx: &Db) -> Result<Vec<StaffMember>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT id, email, role, created_at, removed_at FROM staff ORDER BY removed_at IS NOT NULL, email",
    )?;
    let rows = statement.query_map([], |r| r.read::<(String, String, String, String, Option<String>)>())?;
    let mut members = Vec::new();
    for row in rows {
        let (id, email, role, created_at, removed_at) = row?;
        members.push(StaffMember { id, email, role, created_at, removed_at });
    }
    Ok(members)
}

/// Removes a member of staff: they can no longer sign in, and their
/// sessions end. A member cannot remove themselves, so the last admin
/// stays. The member as they were.
pub fn remove_staff(tx: &Db, staff_id: &str, by_staff_id: &str, now: DateTime<Utc>) -> Result<StaffMember, Refusal> {
    if staff_id == by_staff_id {
        return Err(Refusal::conflict("staff_self", "you cannot remove yourself; ask another admin"));
    }
    let member = list_staff(tx)?
        .into_iter()
        .find(|member| member.id == staff_id && member.removed_at.is_none())
        .ok_or_else(|| Refusal::not_found("member of staff"))?;
    tx.execute("UPDATE staff SET removed_at = ?1 WHERE id = ?2", params![now.to_rfc3339(), staff_id])?;
    tx.execute("DELETE FROM staff_sessions WHERE staff_id = ?1", [staff_id])?;
    Ok(member)
}

/// A member of staff as signing in reads them.
pub(super) struct StoredStaff {
    pub id: String,
    pub password_hash: PasswordHash,
    totp_secret_sealed: String,
    last_totp_step: i64,
}

/// The member of staff an email names, if any.
pub(super) fn staff_by_email(tx: &Db, email: &str) -> Result<Option<StoredStaff>, Refusal> {
    let row: Option<(String, String, String, i64)> = tx
        .query_row(
            "SELECT id, password_hash, totp_secret_sealed, last_totp_step FROM staff
             WHERE email = ?1 AND removed_at IS NULL",
            [email.trim().to_lowercase()],
            |r| r.read(),
        )
        .optional()?;
    Ok(row.map(|(id, hash, totp_secret_sealed, last_totp_step)| StoredStaff {
        id,
        password_hash: PasswordHash::from_phc(hash),
        totp_secret_sealed,
        last_totp_step,
    }))
}

/// Whether `code` is the staff member's TOTP code now (or one step either
/// side, for a clock a little off) and not one used before; a right code is
/// used up.
pub(super) fn use_totp_code(
    tx: &Db,
    service_key: &ServiceKey,
    staff: &StoredStaff,
    email: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, Refusal> {
    let secret = service_key
        .open(TOTP_PURPOSE, &staff.id, &staff.totp_secret_sealed)
        .ok_or_else(|| Refusal::internal("a staff TOTP secret does not open under this service key"))?;
    let totp = totp(&secret, email)?;
    let step_now = now.timestamp() / 30;
    let matched = (step_now - 1..=step_now + 1)
        .filter(|step| *step > staff.last_totp_step)
        .find(|step| totp.generate((step * 30) as u64) == code.trim());
    let Some(step) = matched else {
        return Ok(false);
    };
    tx.execute("UPDATE staff SET last_totp_step = ?2 WHERE id = ?1", params![staff.id, step])?;
    Ok(true)
}

/// A signed-in member of staff, from the session cookie.
#[derive(Debug, Clone)]
pub struct StaffSession {
    /// Who.
    pub staff_id: String,
    /// Their email.
    pub email: String,
    /// Their role.
    pub role: StaffRole,
    /// The token every form of this session carries.
    pub csrf_token: String,
}

/// Opens a session: the cookie's token, shown once and kept as a hash.
pub(super) fn open_session(tx: &Db, staff_id: &str, now: DateTime<Utc>) -> Result<String, Refusal> {
    let (token, csrf) = (random_hex(32), random_hex(32));
    tx.execute(
        "INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, last_used_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![token_hash(&token), staff_id, csrf, now.to_rfc3339()],
    )?;
    Ok(token)
}

/// The session behind a cookie's token, touched; `None` if there is none or
/// it was idle longer than [`super::IDLE_MINUTES`] (then it is ended).
pub(super) fn session(tx: &Db, token: &str, now: DateTime<Utc>) -> Result<Option<StaffSession>, Refusal> {
    let hash = token_hash(token);
    let row: Option<(String, String, String, String, String)> = tx
        .query_row(
            "SELECT s.staff_id, t.email, t.role, s.csrf_token, s.last_used_at
             FROM staff_sessions s JOIN staff t ON t.id = s.staff_id
             WHERE s.token_hash = ?1 AND t.removed_at IS NULL",
            [&hash],
            |r| r.read(),
        )
        .optional()?;
    let Some((staff_id, email, role, csrf_token, last_used_at)) = row else {
        return Ok(None);
    };
    if now - parse_time(&last_used_at)? >= Duration::minutes(super::IDLE_MINUTES) {
        tx.execute("DELETE FROM staff_sessions WHERE token_hash = ?1", [&hash])?;
        return Ok(None);
    }
    tx.execute("UPDATE staff_sessions SET last_used_at = ?2 WHERE token_hash = ?1", params![hash, now.to_rfc3339()])?;
    let role = StaffRole::from_name(&role).ok_or_else(|| Refusal::internal(format!("unknown staff role {role}")))?;
    Ok(Some(StaffSession { staff_id, email, role, csrf_token }))
}

/// Ends the session behind a cookie's token.
pub(super) fn end_session(tx: &Db, token: &str) -> Result<(), Refusal> {
    tx.execute("DELETE FROM staff_sessions WHERE token_hash = ?1", [token_hash(token)])?;
    Ok(())
}

/// Whether two tokens are the same, in time that does not tell how much of
/// them matched.
pub(super) fn same_token(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.as_bytes().ct_eq(b.as_bytes()).into()
}
