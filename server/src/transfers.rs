//! Transfers between Pocket users: from one shopper's balance to another's,
//! in the same currency, confirmed by the payment password and counted
//! against the sender's balance limits.

use crate::params;
use crate::store::Db;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::{DateTime, Utc};
use pocket_core::contract::paths;
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::contract::wallet::Transfer;
use pocket_core::limits::LimitMethod;
use pocket_core::text::{check_text, MAX_NOTE_CHARS};

use crate::accounts::{guarded_by_payment_password, payment_password_step, LegacyPaymentPasswordHash};
use crate::app::{App, Config};
use crate::http::{Access, ApiJson, IdempotencyKey, Route};
use crate::idempotency::request_hash;
use crate::idempotency::{run_idempotent_steps, Step};
use crate::ids::new_id;
use crate::ledger::{post as post_journal, AccountKey, Journal, JournalCode, Leg};
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::sessions::Session;
use pocket_core::contract::wallet::NotificationFacts;
use std::sync::Arc;

/// The transfer routes.
pub fn routes() -> Vec<Route> {
    vec![Route::new(
        "POST",
        paths::TRANSFERS,
        "Send money from the balance to another Pocket user",
        Access::Session,
        post(transfer_handler),
    )
    .moves_money()
    .body::<TransferRequest>()
    .answers::<Transfer>(201)]
}

pub use pocket_core::contract::wallet::TransferRequest;

fn transfer(
    tx: &Db,
    config: &Config,
    from: &str,
    request: &TransferRequest,
    now: DateTime<Utc>,
) -> Result<Transfer, Refusal> {
    let amount = request.amount.require_positive()?;
    let to = crate::accounts::user_with_email(tx, &request.to_email)?.ok_or_else(|| {
        Refusal::validation("unknown_recipient", "no Pocket user has this email; check it with the recipient")
            .with_field("to_email")
    })?;
    if to == from {
        return Err(Refusal::validation("transfer_to_self", "you cannot send money to yourself").with_field("to_email"));
    }
    let usd = crate::fx::usd_equivalent(amount)?;
    let standing = crate::accounts::standing_to_spend(tx, from)?;
    let spending = crate::spends::spent_by_method(tx, from, LimitMethod::Balance, now)?;
    spending.check(tx, &config.limits, &standing, usd, now)??;
    let id = new_id("trf");
    post_journal(
        tx,
        &Journal {
            code: JournalCode::Transfer,
            reference: id.clone(),
            legs: vec![Leg {
                debit: AccountKey::UserAvailable { user_id: from.into(), currency: amount.currency() },
                credit: AccountKey::UserAvailable { user_id: to.clone(), currency: amount.currency() },
                amount,
            }],
            at: now,
        },
    )?;
    let note = request.note.trim();
    tx.execute(
        "INSERT INTO transfers (id, from_user_id, to_user_id, amount_minor, currency, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, from, to, amount.to_minor_units(), amount.currency().code(), note, now.to_rfc3339()],
    )?;
    spending.record(tx, usd, now)?;
    let sender: String = tx.query_row("SELECT email FROM users WHERE id = ?1", [from], |r| r.get(0))?;
    let received =
        NotificationFacts { amount: Some(amount), counterpart: Some(sender), ..NotificationFacts::default() };
    notify(tx, &to, NotificationKind::TransferReceived, &format!("You received {amount}"), &id, &received, now)?;
    let recipient = request.to_email.trim().to_lowercase();
    let sent = NotificationFacts {
        amount: Some(amount),
        counterpart: Some(recipient.clone()),
        ..NotificationFacts::default()
    };
    notify(tx, from, NotificationKind::TransferSent, &format!("You sent {amount} to {recipient}"), &id, &sent, now)?;
    Ok(Transfer {
        id,
        to_email: request.to_email.trim().to_lowercase(),
        amount,
        note: note.to_string(),
        created_at: now,
    })
}

/// What needs no secret comes first: a malformed transfer is answered
/// before the password is counted.
fn check_before_password(request: &TransferRequest) -> Result<(), Refusal> {
    crate::shapes::payment_password(&request.payment_password)?;
    pocket_core::account::normalize_email(&request.to_email).map_err(|error| {
        Refusal::validation("invalid_email", format!("the recipient's {error}")).with_field("to_email")
    })?;
    request.amount.require_positive()?;
    check_text(&request.note, MAX_NOTE_CHARS)
        .map_err(|problem| Refusal::validation("invalid_note", format!("the note {problem}")).with_field("note"))
}

async fn transfer_handler(
    State(app): State<App>,
    session: Session,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<TransferRequest>,
) -> Response {
    if let Err(error) = check_before_password(&body.value) {
        return error.into_response();
    }
    let hash = request_hash("POST", paths::TRANSFERS, &body.canonical);
    let request = Arc::new(body.value);
    guarded_by_payment_password(&app, &session.user_id, &request.payment_password, || {
        transfer_once(&app, &session.user_id, &key, &hash, request.clone())
    })
    .await
}

/// One transfer, one write transaction: the stored answer if this key was
/// answered already, the payment password (counted), the transfer, and its
/// answer kept with the key.
async fn transfer_once(
    app: &App,
    user_id: &str,
    key: &str,
    request_hash: &str,
    request: Arc<TransferRequest>,
) -> Result<Response, LegacyPaymentPasswordHash> {
    let config = app.config.clone();
    let user_id = user_id.to_string();
    run_idempotent_steps(app, user_id.clone(), key.to_string(), request_hash.to_string(), move |tx, now| {
        if let Some(stop) = payment_password_step(tx, &config, &user_id, &request.payment_password, now)? {
            return Ok(Step::from(stop));
        }
        let sent = transfer(tx, &config, &user_id, &request, now)?;
        Ok(Step::Answer(StatusCode::CREATED, serde_json::to_value(sent)?))
    })
    .await
}
