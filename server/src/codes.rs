//! One-time codes sent by SMS to confirm a card payment or top-up.
//!
//! There is one live code per (shopper, purpose, reference): asking again
//! replaces it, so an old SMS stops working. A code works for 10 minutes
//! and for 5 wrong tries, then it is void and a new one must be asked for.
//! New codes come at most once a minute per reference and 10 an hour per
//! shopper, which keeps guessing (5 tries per code) hopeless. Codes are kept
//! as a keyed hash ([`ServiceKey`]).
//!
//! Checking a code is a step of its own, committed before the payment, so
//! a wrong try is counted even though nothing is paid; the payment then
//! uses up the checked code in its own transaction. None of these answers
//! is the final answer of an `Idempotency-Key`: the same request with the
//! right code goes on to pay once.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Duration, Utc};
use pocket_core::contract::wallet::{CodeSent, CodeStatus};
use serde_json::json;

use crate::app::Config;
use crate::messages::{queue_letter, Address, LetterTo};
use crate::refusals::{CodeStep, Refusal};
use crate::service_key::ServiceKey;
use crate::time::parse_time;

/// How long a code works.
pub const CODE_VALID_MINUTES: i64 = 10;
/// Wrong tries that void a code.
pub const MAX_WRONG_TRIES: u32 = 5;
/// The shortest wait between two codes for one reference.
pub const RESEND_AFTER_SECONDS: i64 = 60;
/// Codes one shopper may be sent in an hour, across all references.
pub const MAX_CODES_PER_HOUR: i64 = 10;

/// What a code confirms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// Paying an order with a card.
    CardPayment,
    /// Topping up the balance from a card.
    CardTopUp,
}

impl CodePurpose {
    fn as_str(self) -> &'static str {
        match self {
            CodePurpose::CardPayment => "card_payment",
            CodePurpose::CardTopUp => "card_top_up",
        }
    }

    /// The SMS's message id in `server/locales/`.
    fn sms_id(self) -> &'static str {
        match self {
            CodePurpose::CardPayment => "sms-code-card-payment",
            CodePurpose::CardTopUp => "sms-code-card-top-up",
        }
    }
}

/// Which code: whose, for what, about what, with which card.
#[derive(Debug, Clone)]
pub struct CodeScope {
    /// The shopper.
    pub user_id: String,
    /// What it confirms.
    pub purpose: CodePurpose,
    /// The order paid, or the card and amount topped up.
    pub reference: String,
    /// The card charged.
    pub card_id: String,
}

struct LiveCode {
    card_id: String,
    code_hash: String,
    wrong_tries: u32,
    sent_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    verified: bool,
}

impl LiveCode {
    fn works(&self, now: DateTime<Utc>) -> bool {
        now < self.expires_at && self.wrong_tries < MAX_WRONG_TRIES
    }
}

fn load(tx: &Db, scope: &CodeScope) -> Result<Option<LiveCode>, Refusal> {
    let row = tx
        .query_row(
            "SELECT card_id, code_hash, wrong_tries, sent_at, expires_at, verified_at IS NOT NULL FROM one_time_codes
             WHERE user_id = ?1 AND purpose = ?2 AND reference = ?3",
            params![scope.user_id, scope.purpose.as_str(), scope.reference],
            |r| r.read::<(String, String, u32, String, String, bool)>(),
        )
        .optional()?;
    let Some((card_id, code_hash, wrong_tries, sent_at, expires_at, verified)) = row else {
        return Ok(None);
    };
    Ok(Some(LiveCode {
        card_id,
        code_hash,
        wrong_tries,
        sent_at: parse_time(&sent_at)?,
        expires_at: parse_time(&expires_at)?,
        verified,
    }))
}

fn code_hash(key: &ServiceKey, scope: &CodeScope, code: &str) -> String {
    key.hash(&[&scope.user_id, scope.purpose.as_str(), &scope.reference, &scope.card_id, code])
}

/// Sends a new code by SMS, replacing the live one, unless one was sent in
/// the last minute (then that one still stands and nothing is sent).
pub fn send_code(tx: &Db, config: &Config, scope: &CodeScope, now: DateTime<Utc>) -> Result<CodeSent, Refusal> {
    let resend_wait = Duration::seconds(RESEND_AFTER_SECONDS);
    if let Some(live) = load(tx, scope)? {
        let resend_after = live.sent_at + resend_wait;
        if now < resend_after {
            if live.works(now) && live.card_id == scope.card_id {
                return Ok(code_sent("we sent a code by SMS a moment ago; enter it", live.expires_at, resend_after));
            }
            return Err(wait_for_code(resend_after, now));
        }
    }
    let hour_ago = (now - Duration::hours(1)).to_rfc3339();
    let (sent_this_hour, oldest): (i64, Option<String>) = tx.query_row(
        "SELECT COUNT(*), MIN(created_at) FROM sent_messages WHERE user_id = ?1 AND channel = 'sms' AND created_at > ?2",
        params![scope.user_id, hour_ago],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if let (true, Some(oldest)) = (sent_this_hour >= MAX_CODES_PER_HOUR, oldest) {
        return Err(too_many_codes(parse_time(&oldest)? + Duration::hours(1), now));
    }
    let code = crate::ids::one_time_code();
    let expires_at = now + Duration::minutes(CODE_VALID_MINUTES);
    tx.execute(
        "INSERT INTO one_time_codes
             (user_id, purpose, reference, card_id, code_hash, wrong_tries, sent_at, expires_at, verified_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, NULL)
         ON CONFLICT (user_id, purpose, reference) DO UPDATE SET
             card_id = excluded.card_id, code_hash = excluded.code_hash, wrong_tries = 0,
             sent_at = excluded.sent_at, expires_at = excluded.expires_at, verified_at = NULL",
        params![
            scope.user_id,
            scope.purpose.as_str(),
            scope.reference,
            scope.card_id,
            code_hash(&config.service_key, scope, &code),
            now.to_rfc3339(),
            expires_at.to_rfc3339(),
        ],
    )?;
    let phone: String = tx.query_row("SELECT phone FROM users WHERE id = ?1", [&scope.user_id], |r| r.get(0))?;
    let args = [("code", code.clone()), ("minutes", CODE_VALID_MINUTES.to_string())];
    let letter =
        LetterTo { user_id: &scope.user_id, to: Address::Sms(&phone), id: scope.purpose.sms_id(), args: &args };
    queue_letter(tx, config, &letter, Some(&code), now)?;
    Ok(code_sent(
        "we sent a code by SMS to your phone; send the request again with the code and the same Idempotency-Key",
        expires_at,
        now + resend_wait,
    ))
}

fn code_sent(message: &str, expires_at: DateTime<Utc>, resend_after: DateTime<Utc>) -> CodeSent {
    CodeSent { status: CodeStatus::OneTimeCodeRequired, message: message.into(), expires_at, resend_after }
}

/// Checks the code typed by the shopper and counts a wrong one. Call in a
/// transaction of its own that commits whatever this returns.
pub fn check_code(
    tx: &Db,
    key: &ServiceKey,
    scope: &CodeScope,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Result<(), Refusal>, Refusal> {
    let live = match load(tx, scope)? {
        Some(live) if live.card_id == scope.card_id && now < live.expires_at => live,
        _ => return Ok(Err(no_live_code())),
    };
    if live.wrong_tries >= MAX_WRONG_TRIES {
        return Ok(Err(code_void()));
    }
    if live.code_hash == code_hash(key, scope, code) {
        if !live.verified {
            tx.execute(
                "UPDATE one_time_codes SET verified_at = ?4 WHERE user_id = ?1 AND purpose = ?2 AND reference = ?3",
                params![scope.user_id, scope.purpose.as_str(), scope.reference, now.to_rfc3339()],
            )?;
        }
        return Ok(Ok(()));
    }
    let wrong_tries = live.wrong_tries + 1;
    tx.execute(
        "UPDATE one_time_codes SET wrong_tries = ?4, verified_at = NULL
         WHERE user_id = ?1 AND purpose = ?2 AND reference = ?3",
        params![scope.user_id, scope.purpose.as_str(), scope.reference, wrong_tries],
    )?;
    if wrong_tries >= MAX_WRONG_TRIES {
        return Ok(Err(code_void()));
    }
    let tries_left = MAX_WRONG_TRIES - wrong_tries;
    Ok(Err(Refusal::one_time_code(
        CodeStep::Refused,
        "wrong_one_time_code",
        format!("the code is wrong; check the latest SMS ({tries_left} tries left for this code)"),
    )
    .with_details(json!({ "tries_left": tries_left, "expires_at": live.expires_at }))))
}

/// Uses up a code [`check_code`] accepted, in the payment's transaction.
pub fn use_checked_code(
    tx: &Db,
    key: &ServiceKey,
    scope: &CodeScope,
    code: &str,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let checked = load(tx, scope)?.is_some_and(|live| {
        live.verified
            && live.works(now)
            && live.card_id == scope.card_id
            && live.code_hash == code_hash(key, scope, code)
    });
    if !checked {
        return Err(no_live_code());
    }
    tx.execute(
        "DELETE FROM one_time_codes WHERE user_id = ?1 AND purpose = ?2 AND reference = ?3",
        params![scope.user_id, scope.purpose.as_str(), scope.reference],
    )?;
    Ok(())
}

fn no_live_code() -> Refusal {
    Refusal::one_time_code(
        CodeStep::Expired,
        "one_time_code_expired",
        format!(
            "this code has expired or was replaced by a newer one; send the request without a code to get a new one, and enter it within {CODE_VALID_MINUTES} minutes"
        ),
    )
}

fn code_void() -> Refusal {
    Refusal::one_time_code(
        CodeStep::Refused,
        "one_time_code_void",
        format!("{MAX_WRONG_TRIES} wrong codes: this code no longer works; send the request without a code to get a new one"),
    )
}

fn wait_for_code(until: DateTime<Utc>, now: DateTime<Utc>) -> Refusal {
    Refusal::one_time_code(
        CodeStep::TooSoon,
        "one_time_code_cooldown",
        format!("a new code can be sent from {until}; wait a moment"),
    )
    .with_details(json!({ "resend_after": until }))
    .with_retry_after(until, now)
}

fn too_many_codes(until: DateTime<Utc>, now: DateTime<Utc>) -> Refusal {
    Refusal::one_time_code(
        CodeStep::TooSoon,
        "too_many_one_time_codes",
        format!("{MAX_CODES_PER_HOUR} codes were sent in the last hour; new codes can be sent again later"),
    )
    .with_details(json!({ "resend_after": until }))
    .with_retry_after(until, now)
}
