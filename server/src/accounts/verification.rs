//! Identity verification asked for by the shopper (docs/PRODUCT.md section
//! 1): a document's type, number, issuing country and the name on it. It
//! waits for a person's review (in the sandbox, the developer's); approval
//! raises the account to identity-verified at once, and the limits with it.
//! Only the number's last 4 characters are kept.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::accounts::{IdentityDocument, Verification, VerificationState};
use pocket_core::contract::wallet::NotificationFacts;
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::limits::VerificationLevel;
use pocket_core::text::{MAX_NOTE_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use super::profile::load_standing;
use super::signup::level_name;
use crate::ids::new_id;
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::time::parse_time;
use crate::wire::{from_wire_name, wire_name};

/// `POST /v1/me/verification`: the document to review.
pub type VerificationRequest = super::identity_document::DocumentGiven;

/// A reviewer's decision (`POST /v1/sandbox/verifications/{id}/review`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Approve or decline.
    pub decision: ReviewDecision,
    /// Why it was declined (shown to the shopper).
    #[serde(default)]
    #[schemars(length(max = MAX_NOTE_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub reason: Option<String>,
}

/// Approve or decline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    /// The document is good: the account becomes identity-verified.
    Approve,
    /// It is not (a reason is required).
    Decline,
}

/// Sends a verification for review. Needs a confirmed email, and none
/// already waiting; an identity-verified account needs none.
pub fn request_verification(
    tx: &Db,
    user_id: &str,
    request: &VerificationRequest,
    now: DateTime<Utc>,
) -> Result<Verification, Refusal> {
    let last4 = super::identity_document::document_last4(request, "")?;
    match load_standing(tx, user_id)?.level {
        VerificationLevel::Unverified => {
            return Err(Refusal::conflict("email_not_confirmed", "confirm your email before verifying your identity"))
        }
        VerificationLevel::IdentityVerified => {
            return Err(Refusal::conflict("already_verified", "your identity is verified already"))
        }
        VerificationLevel::EmailConfirmed => {}
    }
    if latest(tx, user_id)?.is_some_and(|check| check.state == VerificationState::Pending) {
        return Err(Refusal::conflict(
            "verification_pending",
            "a verification is waiting for review already: you will be told when it is reviewed",
        ));
    }
    tx.execute(
        "INSERT INTO identity_checks (id, user_id, document_type, document_last4, issuing_country, name_on_document,
                                      state, submitted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)",
        params![
            new_id("idv"),
            user_id,
            wire_name(&request.document_type),
            last4,
            request.issuing_country,
            request.name_on_document.trim(),
            now.to_rfc3339()
        ],
    )?;
    verification(tx, user_id)
}

/// The latest verification of a shopper, and the level now.
pub fn verification(tx: &Db, user_id: &str) -> Result<Verification, Refusal> {
    let level = load_standing(tx, user_id)?.level;
    Ok(match latest(tx, user_id)? {
        None => Verification {
            state: if level == VerificationLevel::IdentityVerified {
                VerificationState::Approved
            } else {
                VerificationState::NotRequested
            },
            level,
            request_id: None,
            document_type: None,
            document_last4: None,
            submitted_at: None,
            reviewed_at: None,
            decline_reason: None,
        },
        Some(check) => Verification {
            state: check.state,
            level,
            request_id: Some(check.id),
            document_type: Some(check.document_type),
            document_last4: Some(check.last4),
            submitted_at: Some(check.submitted_at),
            reviewed_at: check.reviewed_at,
            decline_reason: check.decline_reason,
        },
    })
}

/// A reviewer's decision on a waiting verification; the shopper is told.
pub fn review_verification(
    tx: &Db,
    request_id: &str,
    review: &Review,
    now: DateTime<Utc>,
) -> Result<Verification, Refusal> {
    let found: Option<(String, String)> = tx
        .query_row("SELECT user_id, state FROM identity_checks WHERE id = ?1", [request_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (user_id, state) = found.ok_or_else(|| Refusal::not_found("verification"))?;
    if state != "pending" {
        return Err(Refusal::conflict("verification_reviewed", "this verification was reviewed already"));
    }
    let reason = review.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    match review.decision {
        ReviewDecision::Approve => {
            tx.execute(
                "UPDATE identity_checks SET state = 'approved', reviewed_at = ?1 WHERE id = ?2",
                params![now.to_rfc3339(), request_id],
            )?;
            tx.execute(
                "UPDATE users SET level = ?1 WHERE id = ?2",
                params![level_name(VerificationLevel::IdentityVerified), user_id],
            )?;
            let message = "Your identity is verified: your limits are raised.";
            notify(
                tx,
                &user_id,
                NotificationKind::VerificationApproved,
                message,
                request_id,
                &NotificationFacts::default(),
                now,
            )?;
        }
        ReviewDecision::Decline => {
            let reason = reason.ok_or_else(|| {
                Refusal::validation("reason_required", "say why the verification is declined").with_field("reason")
            })?;
            tx.execute(
                "UPDATE identity_checks SET state = 'declined', reviewed_at = ?1, decline_reason = ?2 WHERE id = ?3",
                params![now.to_rfc3339(), reason, request_id],
            )?;
            let message = format!("Your identity verification was declined: {reason}");
            let facts = NotificationFacts { note: Some(reason.to_string()), ..NotificationFacts::default() };
            notify(tx, &user_id, NotificationKind::VerificationDeclined, &message, request_id, &facts, now)?;
        }
    }
    verification(tx, &user_id)
}

/// An identity verification waiting for review, as compliance sees it:
/// the document's number only as its last 4 characters.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PendingCheck {
    /// The verification's id.
    pub id: String,
    /// The shopper's name, as she gave it at sign-up.
    pub shopper_name: String,
    /// Which document.
    pub document_type: String,
    /// Its number's last 4 characters.
    pub document_last4: String,
    /// Where it was issued.
    pub issuing_country: String,
    /// The name printed on it.
    pub name_on_document: String,
    /// When it was sent.
    pub submitted_at: String,
}

/// The verifications waiting for review, oldest first.
pub fn pending_verifications(tx: &Db) -> Result<Vec<PendingCheck>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT c.id, u.given_name || ' ' || u.family_name, c.document_type, c.document_last4, c.issuing_country,
                c.name_on_document, c.submitted_at
         FROM identity_checks c JOIN users u ON u.id = c.user_id
         WHERE c.state = 'pending' ORDER BY c.submitted_at, c.id LIMIT 200",
    )?;
    let rows = statement.query_map([], |r| r.read::<(String, String, String, String, String, String, String)>())?;
    let mut checks = Vec::new();
    for row in rows {
        let (id, shopper_name, document_type, document_last4, issuing_country, name_on_document, submitted_at) = row?;
        checks.push(PendingCheck {
            id,
            shopper_name,
            document_type,
            document_last4,
            issuing_country,
            name_on_document,
            submitted_at,
        });
    }
    Ok(checks)
}

struct StoredCheck {
    id: String,
    document_type: IdentityDocument,
    last4: String,
    state: VerificationState,
    submitted_at: DateTime<Utc>,
    reviewed_at: Option<DateTime<Utc>>,
    decline_reason: Option<String>,
}

/// A row as stored: names and times as text.
struct CheckRow {
    id: String,
    document_type: String,
    last4: String,
    state: String,
    submitted_at: String,
    reviewed_at: Option<String>,
    decline_reason: Option<String>,
}

fn latest(tx: &Db, user_id: &str) -> Result<Option<StoredCheck>, Refusal> {
    let row = tx
        .query_row(
            "SELECT id, document_type, document_last4, state, submitted_at, reviewed_at, decline_reason
             FROM identity_checks WHERE user_id = ?1 ORDER BY submitted_at DESC, id DESC LIMIT 1",
            [user_id],
            |r| {
                Ok(CheckRow {
                    id: r.get(0)?,
                    document_type: r.get(1)?,
                    last4: r.get(2)?,
                    state: r.get(3)?,
                    submitted_at: r.get(4)?,
                    reviewed_at: r.get(5)?,
                    decline_reason: r.get(6)?,
                })
            },
        )
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(StoredCheck {
        id: row.id,
        document_type: from_wire_name(&row.document_type)?,
        last4: row.last4,
        state: from_wire_name(&row.state)?,
        submitted_at: parse_time(&row.submitted_at)?,
        reviewed_at: row.reviewed_at.as_deref().map(parse_time).transpose()?,
        decline_reason: row.decline_reason,
    }))
}
