//! The shopper's profile, standing (level and age) and language.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::accounts::Profile;
use pocket_core::limits::{AccountStanding, LimitMethod, VerificationLevel};
use pocket_core::text::{shopper_language, SHOPPER_LANGUAGES};

use super::signup::parse_time;
use crate::refusals::Refusal;
use crate::spends::{spent_columns, spent_params, SpentByMethod};
use crate::wire::from_wire_name;

/// A user's row, as the rules need it.
#[derive(Debug, Clone)]
pub struct UserRecord {
    /// The id.
    pub id: String,
    /// Email (lower-case).
    pub email: String,
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// ISO 3166 alpha-2.
    pub country: String,
    /// Interface language.
    pub language: String,
    /// Verification level and sign-up time.
    pub standing: AccountStanding,
    /// Whether a payment password is set.
    pub has_payment_password: bool,
    /// Whether compliance froze the account: no money may leave it.
    pub frozen: bool,
}

/// Loads a user, or 404.
pub fn load_user(tx: &Db, user_id: &str) -> Result<UserRecord, Refusal> {
    let row = tx
        .query_row(
            "SELECT id, email, given_name, family_name, country, language, level, signed_up_at,
                    payment_password_hash IS NOT NULL, frozen_at IS NOT NULL
             FROM users WHERE id = ?1",
            [user_id],
            |r| r.read::<(String, String, String, String, String, String, String, String, bool, bool)>(),
        )
        .optional()?;
    let (id, email, given_name, family_name, country, language, level, signed_up_at, has_payment_password, frozen) =
        row.ok_or_else(|| Refusal::not_found("user"))?;
    let level: VerificationLevel = from_wire_name(&level)?;
    Ok(UserRecord {
        id,
        email,
        given_name,
        family_name,
        country,
        language,
        standing: AccountStanding { level, signed_up_at: parse_time(&signed_up_at)? },
        has_payment_password,
        frozen,
    })
}

/// The level and sign-up time that drive the limits.
pub fn load_standing(tx: &Db, user_id: &str) -> Result<AccountStanding, Refusal> {
    Ok(load_user(tx, user_id)?.standing)
}

/// The account with this email (compared as typed at sign-up: trimmed,
/// lower case), if there is one.
pub fn user_with_email(tx: &Db, email: &str) -> Result<Option<String>, Refusal> {
    let email = email.trim().to_lowercase();
    Ok(tx.query_row("SELECT id FROM users WHERE email = ?1", [email], |r| r.get(0)).optional()?)
}

/// The standing that sets the limits of money leaving the account; refused
/// while compliance has the account frozen.
pub fn standing_to_spend(tx: &Db, user_id: &str) -> Result<AccountStanding, Refusal> {
    let user = load_user(tx, user_id)?;
    spendable(user.standing, user.frozen)
}

fn spendable(standing: AccountStanding, frozen: bool) -> Result<AccountStanding, Refusal> {
    if frozen {
        return Err(Refusal::forbidden(
            "account_frozen",
            "your account is frozen, so no money can leave it; write to support to learn why and what to do",
        ));
    }
    Ok(standing)
}

/// The shopper paying, as her payment's transaction reads her once, in one
/// statement: what the limits (her standing, her spending by the payment's
/// method), her payment password and her push need.
#[derive(Debug, Clone)]
pub struct Payer {
    /// The shopper.
    pub user_id: String,
    standing: AccountStanding,
    frozen: bool,
    /// The language to word a push in, if she has a phone that takes pushes.
    pub push_language: Option<&'static str>,
    /// Her spending by the method she pays with, in the limits' windows.
    pub spending: SpentByMethod,
}

/// A payer's row, with her payment password's hash and wrong-attempt count
/// (as stored), read in one statement.
pub(super) struct PayerRow {
    pub(super) payer: Payer,
    pub(super) payment_password_hash: Option<String>,
    pub(super) password_guard: String,
}

impl Payer {
    /// Reads the shopper paying by `method`, or 404.
    pub fn load(tx: &Db, user_id: &str, method: LimitMethod, now: DateTime<Utc>) -> Result<Payer, Refusal> {
        Ok(read_payer(tx, user_id, method, now)?.payer)
    }

    /// Her standing for the limits; refused while her account is frozen.
    pub fn standing_to_spend(&self) -> Result<AccountStanding, Refusal> {
        spendable(self.standing, self.frozen)
    }
}

/// The payer and her password as kept, with her spending by `method`, in
/// one statement; 404 for no such user.
pub(super) fn read_payer(tx: &Db, user_id: &str, method: LimitMethod, now: DateTime<Utc>) -> Result<PayerRow, Refusal> {
    let row = tx
        .query_row(
            concat!(
                "SELECT level, signed_up_at, frozen_at IS NOT NULL, language,
                        EXISTS (SELECT 1 FROM push_tokens WHERE push_tokens.user_id = users.id),
                        payment_password_hash, password_guard, ",
                spent_columns!(),
                " FROM users WHERE id = ?1"
            ),
            spent_params(user_id, method, now),
            |r| {
                r.read::<(
                    String,
                    String,
                    bool,
                    String,
                    bool,
                    Option<String>,
                    String,
                    Option<String>,
                    Option<i64>,
                    Option<i64>,
                    Option<i64>,
                )>()
            },
        )
        .optional()?;
    let (
        level,
        signed_up_at,
        frozen,
        language,
        has_push,
        payment_password_hash,
        password_guard,
        latest_spend_at,
        latest_total,
        total_before_day,
        total_before_month,
    ) = row.ok_or_else(|| Refusal::not_found("user"))?;
    let spent = (latest_spend_at, latest_total, total_before_day, total_before_month);
    let level: VerificationLevel = from_wire_name(&level)?;
    let payer = Payer {
        user_id: user_id.to_string(),
        standing: AccountStanding { level, signed_up_at: parse_time(&signed_up_at)? },
        frozen,
        push_language: has_push.then(|| crate::letters::shopper_language_or_english(&language)),
        spending: SpentByMethod::from_columns(user_id, method, spent)?,
    };
    Ok(PayerRow { payer, payment_password_hash, password_guard })
}

/// `GET /v1/me`.
pub fn profile(tx: &Db, user_id: &str, now: DateTime<Utc>) -> Result<Profile, Refusal> {
    let user = load_user(tx, user_id)?;
    let questions: Option<String> =
        tx.query_row("SELECT security_answers FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    let questions = match questions {
        Some(json) => serde_json::from_str::<pocket_core::password::SecurityAnswers>(&json)?.questions(),
        None => vec![],
    };
    Ok(Profile {
        account_age_days: user.standing.age_days(now),
        user_id: user.id,
        email: user.email,
        given_name: user.given_name,
        family_name: user.family_name,
        country: user.country,
        language: user.language,
        level: user.standing.level,
        signed_up_at: user.standing.signed_up_at,
        has_payment_password: user.has_payment_password,
        security_questions: questions,
    })
}

/// The language as kept (`pt` → `pt-BR`), or a refusal naming the
/// languages Pocket speaks.
pub fn check_language(language: &str) -> Result<&'static str, Refusal> {
    shopper_language(language).ok_or_else(|| {
        Refusal::validation("unsupported_language", format!("choose one of {}", SHOPPER_LANGUAGES.join(", ")))
            .with_field("language")
    })
}

/// Changes the interface language.
pub fn set_language(tx: &Db, user_id: &str, language: &str) -> Result<(), Refusal> {
    let language = check_language(language)?;
    tx.execute("UPDATE users SET language = ?1 WHERE id = ?2", params![language, user_id])?;
    Ok(())
}
