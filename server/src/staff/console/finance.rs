//! Finance's part: top-ups still waiting for their money (credit what the
//! bank shows arrived, decline what never came), refunds the card could not
//! take (put in the shopper's balance instead) and the ledger's check.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::context;
use minijinja::value::Value;
use serde::Deserialize;
use serde_json::json;

use super::{audited, page, refusal_for, staff_context, Changed, CsrfForm};
use crate::app::App;
use crate::card_payments::{failed_refunds, refund_to_balance};
use crate::http::ApiForm;
use crate::refusals::Refusal;
use crate::staff::accounts::{StaffRole, StaffSession};
use crate::topups::{decline, settle, waiting_top_ups};

/// Finance's pages.
pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/staff/top-ups", get(top_ups))
        .route("/staff/top-ups/{top_up_id}/credit", post(credit))
        .route("/staff/top-ups/{top_up_id}/decline", post(decline_top_up))
        .route("/staff/ledger", get(ledger))
        .route("/staff/refunds", get(refunds))
        .route("/staff/refunds/{refund_id}/to-balance", post(to_balance))
}

async fn top_ups(State(app): State<App>, staff: StaffSession) -> Response {
    top_ups_page(&app, &staff, StatusCode::OK, None).await
}

async fn top_ups_page(app: &App, staff: &StaffSession, status: StatusCode, problem_id: Option<&str>) -> Response {
    if let Some(refused) = refusal_for(staff, &[StaffRole::Finance], None) {
        return refused;
    }
    let now = app.clock.now();
    match app.store.read(move |tx| waiting_top_ups(tx, now)).await {
        Ok(waiting) => {
            let context = context! {
                staff => staff_context(staff), top_ups => Value::from_serialize(&waiting), problem => problem_id
            };
            page(status, "top_ups.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// What finance decided about a top-up, for the audit log.
enum Decision {
    Credit,
    Decline { reason: String },
}

/// Moves the top-up as decided, with its audit entry, in one transaction.
async fn decide(app: &App, staff: &StaffSession, top_up_id: String, decision: Decision) -> Result<(), Refusal> {
    let action = match decision {
        Decision::Credit => "top_up.credit",
        Decision::Decline { .. } => "top_up.decline",
    };
    audited(app, staff, action, move |tx, now| {
        let after = match &decision {
            Decision::Credit => {
                settle(tx, &top_up_id, now)?;
                json!({ "status": "settled" })
            }
            Decision::Decline { reason } => {
                decline(tx, &top_up_id, reason, now)?;
                json!({ "status": "declined", "reason": reason.trim() })
            }
        };
        Ok(Changed::of(format!("top_up:{top_up_id}"), json!({ "status": "pending" }), after))
    })
    .await
}

async fn credit(
    State(app): State<App>,
    staff: StaffSession,
    Path(top_up_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Finance], Some(&form.csrf)) {
        return refused;
    }
    answer(&app, &staff, decide(&app, &staff, top_up_id, Decision::Credit).await).await
}

#[derive(Deserialize)]
struct DeclineForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

async fn decline_top_up(
    State(app): State<App>,
    staff: StaffSession,
    Path(top_up_id): Path<String>,
    ApiForm(form): ApiForm<DeclineForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Finance], Some(&form.csrf)) {
        return refused;
    }
    let decision = Decision::Decline { reason: form.reason };
    answer(&app, &staff, decide(&app, &staff, top_up_id, decision).await).await
}

/// Back to the list, or the list with what stood in the way.
async fn answer(app: &App, staff: &StaffSession, decided: Result<(), Refusal>) -> Response {
    match decided {
        Ok(()) => Redirect::to("/staff/top-ups").into_response(),
        Err(refusal) if refusal.code == "reason_required" => {
            top_ups_page(app, staff, StatusCode::BAD_REQUEST, Some("top-ups-reason-required")).await
        }
        Err(refusal) if refusal.code == "top_up_not_pending" => {
            top_ups_page(app, staff, StatusCode::CONFLICT, Some("top-ups-not-pending")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn refunds(State(app): State<App>, staff: StaffSession) -> Response {
    refunds_page(&app, &staff, StatusCode::OK, None).await
}

async fn refunds_page(app: &App, staff: &StaffSession, status: StatusCode, problem_id: Option<&str>) -> Response {
    if let Some(refused) = refusal_for(staff, &[StaffRole::Finance], None) {
        return refused;
    }
    match app.store.read(failed_refunds).await {
        Ok(failed) => {
            let context = context! {
                staff => staff_context(staff), refunds => Value::from_serialize(&failed), problem => problem_id
            };
            page(status, "refunds.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// A refund the card could not take goes to the shopper's Pocket balance.
async fn to_balance(
    State(app): State<App>,
    staff: StaffSession,
    Path(refund_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Finance], Some(&form.csrf)) {
        return refused;
    }
    let moved = audited(&app, &staff, "refund.to_balance", move |tx, now| {
        refund_to_balance(tx, &refund_id, now)?;
        let (before, after) = (json!({ "status": "failed" }), json!({ "status": "to_balance" }));
        Ok(Changed::of(format!("card_refund:{refund_id}"), before, after))
    })
    .await;
    match moved {
        Ok(()) => Redirect::to("/staff/refunds").into_response(),
        Err(refusal) if refusal.code == "refund_not_failed" => {
            refunds_page(&app, &staff, StatusCode::CONFLICT, Some("refunds-not-failed")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

/// The ledger's invariants over the whole database, as `pocket-server
/// check` prints them.
async fn ledger(State(app): State<App>, staff: StaffSession) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Finance], None) {
        return refused;
    }
    let store = app.store.clone();
    let checked = tokio::task::spawn_blocking(move || store.with_connection(crate::audit::audit)).await;
    match checked {
        Ok(Ok(report)) => {
            let context = context! {
                staff => staff_context(&staff),
                report => context! {
                    healthy => report.is_healthy(), breaks => report.breaks,
                    accounts => report.accounts, journals => report.journals, legs => report.legs
                },
                checked_at => app.clock.now().to_rfc3339()
            };
            page(StatusCode::OK, "ledger.html", context)
        }
        Ok(Err(error)) => Refusal::from(error).into_response(),
        Err(error) => Refusal::internal(error).into_response(),
    }
}
