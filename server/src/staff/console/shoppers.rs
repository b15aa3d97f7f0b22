//! A shopper as support and compliance see her: who she is, her money,
//! limits and history, her cards (first 4 and last 4 only), her identity
//! document (last 4 only) and her sessions. Support can sign her out
//! everywhere; compliance can freeze the account and thaw it.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use minijinja::context;
use minijinja::value::Value;
use serde::Deserialize;
use serde_json::json;

use super::{audited, page, refusal_for, staff_context, Changed, CsrfForm};
use crate::accounts::{freeze, frozen, load_user, thaw, user_with_email, verification};
use crate::app::{App, Config};
use crate::cards::list_cards;
use crate::http::ApiForm;
use crate::refusals::Refusal;
use crate::sessions::{open_sessions, sign_out_everywhere};
use crate::staff::accounts::{StaffRole, StaffSession};
use crate::store::Db;
use crate::wallet::{balances, history, limits};
use crate::wire::wire_name;
use pocket_core::limits::LimitMethod;

/// Who may open a shopper's page.
const READERS: [StaffRole; 2] = [StaffRole::Support, StaffRole::Compliance];

/// How many of her latest movements the page lists.
const HISTORY_SHOWN: usize = 20;

/// The shoppers' pages.
pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/staff/shoppers", get(find))
        .route("/staff/shoppers/{user_id}", get(shopper))
        .route("/staff/shoppers/{user_id}/sign-out", post(sign_out))
        .route("/staff/shoppers/{user_id}/freeze", post(freeze_account))
        .route("/staff/shoppers/{user_id}/thaw", post(thaw_account))
}

#[derive(Deserialize)]
struct FindQuery {
    #[serde(default)]
    email: String,
}

/// The search by email; a shopper found opens her page.
async fn find(State(app): State<App>, staff: StaffSession, Query(query): Query<FindQuery>) -> Response {
    if let Some(refused) = refusal_for(&staff, &READERS, None) {
        return refused;
    }
    if query.email.trim().is_empty() {
        return page(StatusCode::OK, "shoppers.html", context! { staff => staff_context(&staff) });
    }
    let email = query.email.clone();
    match app.store.read(move |tx| user_with_email(tx, &email)).await {
        Ok(Some(user_id)) => Redirect::to(&format!("/staff/shoppers/{user_id}")).into_response(),
        Ok(None) => {
            let context =
                context! { staff => staff_context(&staff), email => query.email, problem => "shopper-not-found" };
            page(StatusCode::NOT_FOUND, "shoppers.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn shopper(State(app): State<App>, staff: StaffSession, Path(user_id): Path<String>) -> Response {
    shopper_page(&app, &staff, user_id, StatusCode::OK, None).await
}

async fn shopper_page(
    app: &App,
    staff: &StaffSession,
    user_id: String,
    status: StatusCode,
    problem_id: Option<&str>,
) -> Response {
    if let Some(refused) = refusal_for(staff, &READERS, None) {
        return refused;
    }
    let (config, now) = (app.config.clone(), app.clock.now());
    match app.store.read(move |tx| shopper_file(tx, &config, &user_id, now)).await {
        Ok(file) => {
            let context = context! {
                staff => staff_context(staff), shopper => Value::from_serialize(&file), problem => problem_id,
                may_sign_out => staff.role == StaffRole::Support, may_freeze => staff.role == StaffRole::Compliance
            };
            page(status, "shopper.html", context)
        }
        Err(refusal) if refusal.code == "not_found" => {
            let context = context! { staff => staff_context(staff), problem => "shopper-not-found" };
            page(StatusCode::NOT_FOUND, "shoppers.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// Everything the page shows, read in one transaction; money as words
/// (`12.50 USD`), a card as its first 4 and last 4, a document as its last 4.
fn shopper_file(tx: &Db, config: &Config, user_id: &str, now: DateTime<Utc>) -> Result<serde_json::Value, Refusal> {
    let user = load_user(tx, user_id)?;
    let balances: Vec<_> = balances(tx, user_id)?
        .balances
        .iter()
        .map(|b| json!({ "available": b.available.to_string(), "pending": b.pending.to_string() }))
        .collect();
    let limits: Vec<_> = limits(tx, config, user_id, now)?
        .limits
        .iter()
        .map(|l| {
            let (method, rail) = match l.method {
                LimitMethod::Balance => ("balance", None),
                LimitMethod::Card => ("card", None),
                LimitMethod::TopUp(rail) => ("top_up", Some(wire_name(&rail))),
            };
            json!({
                "method": method, "rail": rail, "per_payment": l.ceilings.per_payment.to_string(),
                "left_today": l.left_today.to_string(), "left_this_month": l.left_this_month.to_string(),
            })
        })
        .collect();
    let movements: Vec<_> = history(tx, user_id)?
        .entries
        .iter()
        .take(HISTORY_SHOWN)
        .map(|e| {
            json!({
                "at": e.at.to_rfc3339(), "kind": e.kind.name(), "reference": e.reference,
                "amount": e.amount.to_string(), "direction": e.direction,
            })
        })
        .collect();
    let cards: Vec<_> = list_cards(tx, user_id, now)?
        .cards
        .iter()
        .map(|c| json!({ "brand": c.brand.display_name(), "first4": c.first4, "last4": c.last4, "expiry": c.expiry, "status": c.status }))
        .collect();
    let identity = verification(tx, user_id)?;
    Ok(json!({
        "id": user.id, "email": user.email, "name": format!("{} {}", user.given_name, user.family_name),
        "country": user.country, "language": user.language, "level": user.standing.level,
        "signed_up_at": user.standing.signed_up_at.to_rfc3339(), "age_days": user.standing.age_days(now),
        "identity": { "state": identity.state, "document_type": identity.document_type, "document_last4": identity.document_last4 },
        "frozen": frozen(tx, user_id)?,
        "balances": balances, "limits": limits, "history": movements, "cards": cards,
        "sessions": open_sessions(tx, user_id)?,
    }))
}

async fn sign_out(
    State(app): State<App>,
    staff: StaffSession,
    Path(user_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], Some(&form.csrf)) {
        return refused;
    }
    let id = user_id.clone();
    let signed_out = audited(&app, &staff, "shopper.sign_out", move |tx, _| {
        load_user(tx, &id)?;
        let ended = sign_out_everywhere(tx, &id)?;
        Ok(Changed::of(format!("user:{id}"), json!({ "sessions": ended }), json!({ "sessions": 0 })))
    })
    .await;
    after_action(&app, &staff, user_id, signed_out).await
}

#[derive(Deserialize)]
struct FreezeForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

async fn freeze_account(
    State(app): State<App>,
    staff: StaffSession,
    Path(user_id): Path<String>,
    ApiForm(form): ApiForm<FreezeForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Compliance], Some(&form.csrf)) {
        return refused;
    }
    let id = user_id.clone();
    let frozen = audited(&app, &staff, "shopper.freeze", move |tx, now| {
        let after = freeze(tx, &id, &form.reason, now)?;
        Ok(Changed::of(
            format!("user:{id}"),
            json!({ "frozen": false }),
            json!({ "frozen": true, "reason": after.reason }),
        ))
    })
    .await;
    after_action(&app, &staff, user_id, frozen).await
}

async fn thaw_account(
    State(app): State<App>,
    staff: StaffSession,
    Path(user_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Compliance], Some(&form.csrf)) {
        return refused;
    }
    let id = user_id.clone();
    let thawed = audited(&app, &staff, "shopper.thaw", move |tx, now| {
        let was = thaw(tx, &id, now)?;
        Ok(Changed::of(
            format!("user:{id}"),
            json!({ "frozen": true, "reason": was.reason }),
            json!({ "frozen": false }),
        ))
    })
    .await;
    after_action(&app, &staff, user_id, thawed).await
}

/// Back to her page, or her page with what stood in the way.
async fn after_action(app: &App, staff: &StaffSession, user_id: String, done: Result<(), Refusal>) -> Response {
    let (status, problem_id) = match done {
        Ok(()) => return Redirect::to(&format!("/staff/shoppers/{user_id}")).into_response(),
        Err(refusal) => match refusal.code.as_str() {
            "reason_required" => (StatusCode::BAD_REQUEST, "shopper-freeze-reason-required"),
            "account_frozen_already" | "account_not_frozen" => (StatusCode::CONFLICT, "shopper-freeze-changed"),
            _ => return refusal.into_response(),
        },
    };
    shopper_page(app, staff, user_id, status, Some(problem_id)).await
}
