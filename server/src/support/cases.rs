//! Support cases (docs/PRODUCT.md sections 2, 5 and 7): opened by the
//! shopper about a late top-up, a payment (its receipt attached) or
//! forgotten security answers (with an identity document), answered and
//! closed by support. Every reply and every outcome is a notification.
//!
//! Forgotten security answers, once support resolves the case, clear the
//! payment password and the questions: the shopper sets new ones, with no
//! old password to give.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::support::{
    CaseDocument, SupportAuthor, SupportCase, SupportCases, SupportMessage, SupportStatus, SupportTopic,
};
pub use pocket_core::contract::support::{CaseMessage, OpenCase};
use pocket_core::contract::wallet::NotificationFacts;
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::password::PaymentPasswordGuard;
use pocket_core::text::{MAX_ANY_TEXT_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::accounts::DocumentGiven;
use crate::ids::new_id;
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::time::parse_time;
use crate::wire::{from_wire_name, wire_name};

/// Support's answer (`POST /v1/sandbox/support/cases/{case_id}/reply`).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportReply {
    /// What support says.
    #[schemars(length(min = 1, max = MAX_ANY_TEXT_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub message: String,
    /// Whether this closes the case.
    #[serde(default)]
    pub outcome: ReplyOutcome,
}

/// What a reply does to the case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReplyOutcome {
    /// The case stays open, answered.
    #[default]
    Answer,
    /// Done as asked (forgotten answers: the payment password is reset).
    Resolve,
    /// Not done; the message says why.
    Decline,
}

/// Opens a case; the first message is the shopper's.
pub fn open_case(tx: &Db, user_id: &str, request: &OpenCase, now: DateTime<Utc>) -> Result<SupportCase, Refusal> {
    let message = non_blank(&request.message, "message")?;
    let reference = request.reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let mut receipt = None;
    let mut document = None;
    match request.topic {
        SupportTopic::LateTopUp => check_pending_top_up(tx, user_id, required(reference)?)?,
        SupportTopic::PaymentProblem => {
            let order_id = required(reference)?;
            receipt = Some(crate::orders::shoppers_receipt(tx, user_id, order_id)?.ok_or_else(|| {
                Refusal::conflict("order_not_paid", "this order was never paid: there is no payment to look into")
            })?);
        }
        SupportTopic::ForgottenSecurityAnswers => {
            let given = request.identity_document.as_ref().ok_or_else(|| {
                Refusal::validation("document_required", "give an identity document: support checks it is you")
                    .with_field("identity_document")
            })?;
            document = Some(case_document(given)?);
        }
        SupportTopic::Other => {}
    }
    let id = new_id("case");
    tx.execute(
        "INSERT INTO support_cases (id, user_id, topic, reference, receipt, document, status, opened_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?7)",
        params![
            id,
            user_id,
            wire_name(&request.topic),
            reference,
            receipt.as_ref().map(serde_json::to_string).transpose()?,
            document.as_ref().map(serde_json::to_string).transpose()?,
            now.to_rfc3339()
        ],
    )?;
    add_message(tx, &id, SupportAuthor::Shopper, message, now)?;
    load_case(tx, Some(user_id), &id)
}

/// The shopper's cases, newest first.
pub fn cases_of(tx: &Db, user_id: &str) -> Result<SupportCases, Refusal> {
    let mut statement = tx
        .prepare_cached("SELECT id FROM support_cases WHERE user_id = ?1 ORDER BY opened_at DESC, id DESC LIMIT 100")?;
    let ids: Vec<String> = statement.query_map([user_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let cases = ids.iter().map(|id| load_case(tx, Some(user_id), id)).collect::<Result<_, _>>()?;
    Ok(SupportCases { cases })
}

/// The shopper adds to a case; a closed case opens again.
pub fn add_shopper_message(
    tx: &Db,
    user_id: &str,
    case_id: &str,
    message: &CaseMessage,
    now: DateTime<Utc>,
) -> Result<SupportCase, Refusal> {
    let body = non_blank(&message.message, "message")?;
    load_case(tx, Some(user_id), case_id)?;
    add_message(tx, case_id, SupportAuthor::Shopper, body, now)?;
    set_status(tx, case_id, SupportStatus::Open, now)?;
    load_case(tx, Some(user_id), case_id)
}

/// The cases waiting for support (open or answered), oldest first, for
/// the staff console.
pub fn waiting_cases(tx: &Db) -> Result<Vec<SupportCase>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT id FROM support_cases WHERE status IN ('open', 'answered') ORDER BY updated_at, id LIMIT 200",
    )?;
    let ids: Vec<String> = statement.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    ids.iter().map(|id| load_case(tx, None, id)).collect()
}

/// One case, whoever's, for the staff console.
pub fn staff_case(tx: &Db, case_id: &str) -> Result<SupportCase, Refusal> {
    load_case(tx, None, case_id)
}

/// Support answers a case, and may close it; the shopper is told.
pub fn reply(tx: &Db, case_id: &str, reply: &SupportReply, now: DateTime<Utc>) -> Result<SupportCase, Refusal> {
    let body = non_blank(&reply.message, "message")?;
    let case = load_case(tx, None, case_id)?;
    if matches!(case.status, SupportStatus::Resolved | SupportStatus::Declined) {
        return Err(Refusal::conflict("case_closed", "this case is closed; the shopper can write to open it again"));
    }
    let user_id: String = tx.query_row("SELECT user_id FROM support_cases WHERE id = ?1", [case_id], |r| r.get(0))?;
    add_message(tx, case_id, SupportAuthor::Support, body, now)?;
    let (status, kind) = match reply.outcome {
        ReplyOutcome::Answer => (SupportStatus::Answered, NotificationKind::SupportReply),
        ReplyOutcome::Resolve => (SupportStatus::Resolved, NotificationKind::SupportResolved),
        ReplyOutcome::Decline => (SupportStatus::Declined, NotificationKind::SupportDeclined),
    };
    if status == SupportStatus::Resolved && case.topic == SupportTopic::ForgottenSecurityAnswers {
        reset_payment_password(tx, &user_id)?;
    }
    set_status(tx, case_id, status, now)?;
    let facts = NotificationFacts { note: Some(shorten(body)), ..NotificationFacts::default() };
    notify(tx, &user_id, kind, &format!("Support: {}", shorten(body)), case_id, &facts, now)?;
    load_case(tx, None, case_id)
}

/// Clears the payment password, its lock and the security answers: the
/// shopper sets new ones (support checked it is them).
fn reset_payment_password(tx: &Db, user_id: &str) -> Result<(), Refusal> {
    let clear = serde_json::to_string(&PaymentPasswordGuard::default())?;
    tx.execute(
        "UPDATE users SET payment_password_hash = NULL, security_answers = NULL, password_guard = ?1, answers_guard = ?1
         WHERE id = ?2",
        params![clear, user_id],
    )?;
    Ok(())
}

fn check_pending_top_up(tx: &Db, user_id: &str, top_up_id: &str) -> Result<(), Refusal> {
    let status: Option<String> = tx
        .query_row("SELECT status FROM top_ups WHERE id = ?1 AND user_id = ?2", params![top_up_id, user_id], |r| {
            r.get(0)
        })
        .optional()?;
    match status.as_deref() {
        None => Err(Refusal::not_found("top-up")),
        Some("pending") => Ok(()),
        Some(_) => Err(Refusal::conflict("top_up_arrived", "this top-up has arrived in your balance already")),
    }
}

fn case_document(given: &DocumentGiven) -> Result<CaseDocument, Refusal> {
    Ok(CaseDocument {
        document_type: given.document_type,
        document_last4: crate::accounts::document_last4(given, "identity_document.")?,
        issuing_country: given.issuing_country.clone(),
    })
}

fn required(reference: Option<&str>) -> Result<&str, Refusal> {
    reference.ok_or_else(|| {
        Refusal::validation("reference_required", "name the top-up or order the case is about").with_field("reference")
    })
}

fn non_blank<'a>(text: &'a str, field: &str) -> Result<&'a str, Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Refusal::validation("required", "write what happened").with_field(field));
    }
    Ok(text)
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(120).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

fn add_message(tx: &Db, case_id: &str, author: SupportAuthor, body: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "INSERT INTO support_messages (case_id, author, body, sent_at) VALUES (?1, ?2, ?3, ?4)",
        params![case_id, wire_name(&author), body, now.to_rfc3339()],
    )?;
    Ok(())
}

fn set_status(tx: &Db, case_id: &str, status: SupportStatus, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE support_cases SET status = ?1, updated_at = ?2 WHERE id = ?3",
        params![wire_name(&status), now.to_rfc3339(), case_id],
    )?;
    Ok(())
}

/// A case, if it is `user_id`'s (any case for support).
fn load_case(tx: &Db, user_id: Option<&str>, case_id: &str) -> Result<SupportCase, Refusal> {
    struct Row {
        owner: String,
        topic: String,
        reference: Option<String>,
        receipt: Option<String>,
        document: Option<String>,
        status: String,
        opened_at: String,
        updated_at: String,
    }
    let row = tx
        .query_row(
            "SELECT user_id, topic, reference, receipt, document, status, opened_at, updated_at
             FROM support_cases WHERE id = ?1",
            [case_id],
            |r| {
                Ok(Row {
                    owner: r.get(0)?,
                    topic: r.get(1)?,
                    reference: r.get(2)?,
                    receipt: r.get(3)?,
                    document: r.get(4)?,
                    status: r.get(5)?,
                    opened_at: r.get(6)?,
                    updated_at: r.get(7)?,
                })
            },
        )
        .optional()?
        .filter(|row| user_id.is_none_or(|user| user == row.owner))
        .ok_or_else(|| Refusal::not_found("support case"))?;
    Ok(SupportCase {
        id: case_id.to_string(),
        topic: from_wire_name(&row.topic)?,
        reference: row.reference,
        status: from_wire_name(&row.status)?,
        opened_at: parse_time(&row.opened_at)?,
        updated_at: parse_time(&row.updated_at)?,
        messages: messages_of(tx, case_id)?,
        receipt: row.receipt.as_deref().map(serde_json::from_str).transpose()?,
        document: row.document.as_deref().map(serde_json::from_str).transpose()?,
    })
}

fn messages_of(tx: &Db, case_id: &str) -> Result<Vec<SupportMessage>, Refusal> {
    let mut statement =
        tx.prepare_cached("SELECT author, body, sent_at FROM support_messages WHERE case_id = ?1 ORDER BY id")?;
    let rows = statement
        .query_map([case_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut messages = Vec::new();
    for row in rows {
        let (author, body, sent_at) = row?;
        messages.push(SupportMessage { author: from_wire_name(&author)?, body, sent_at: parse_time(&sent_at)? });
    }
    Ok(messages)
}
