//! Support's part: open cases (read, answer, resolve, decline) and
//! disputes (the order, what the shopper said, and a decision).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::context;
use minijinja::value::Value;
use serde::Deserialize;
use serde_json::json;

use super::{audited, page, problem, refusal_for, staff_context, Changed};
use crate::app::App;
use crate::http::ApiForm;
use crate::orders::{decide_dispute, disputed_orders, load_order, order_view};
use crate::staff::accounts::{StaffRole, StaffSession};
use crate::support::{reply, staff_case, waiting_cases, ReplyOutcome, SupportReply};
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{OrderStatus, Resolution};

/// Support's pages.
pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/staff/cases", get(cases))
        .route("/staff/cases/{case_id}", get(case))
        .route("/staff/cases/{case_id}/reply", post(reply_to_case))
        .route("/staff/disputes", get(disputes))
        .route("/staff/disputes/{order_id}", get(dispute))
        .route("/staff/disputes/{order_id}/decide", post(decide))
}

async fn cases(State(app): State<App>, staff: StaffSession) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], None) {
        return refused;
    }
    match app.store.read(waiting_cases).await {
        Ok(cases) => page(
            StatusCode::OK,
            "cases.html",
            context! { staff => staff_context(&staff), cases => Value::from_serialize(&cases) },
        ),
        Err(refusal) => refusal.into_response(),
    }
}

async fn case(State(app): State<App>, staff: StaffSession, Path(case_id): Path<String>) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], None) {
        return refused;
    }
    case_page(&app, &staff, case_id, StatusCode::OK, None).await
}

async fn case_page(
    app: &App,
    staff: &StaffSession,
    case_id: String,
    status: StatusCode,
    problem_id: Option<&str>,
) -> Response {
    match app.store.read(move |tx| staff_case(tx, &case_id)).await {
        Ok(case) => {
            let open = !matches!(
                case.status,
                pocket_core::contract::support::SupportStatus::Resolved
                    | pocket_core::contract::support::SupportStatus::Declined
            );
            let context = context! {
                staff => staff_context(staff), case => Value::from_serialize(&case), open => open, problem => problem_id
            };
            page(status, "case.html", context)
        }
        Err(refusal) if refusal.code == "not_found" => problem(StatusCode::NOT_FOUND, Some(staff), "not-your-part"),
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct ReplyForm {
    csrf: String,
    message: String,
    outcome: ReplyOutcome,
}

async fn reply_to_case(
    State(app): State<App>,
    staff: StaffSession,
    Path(case_id): Path<String>,
    ApiForm(form): ApiForm<ReplyForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], Some(&form.csrf)) {
        return refused;
    }
    if form.message.trim().is_empty() {
        return case_page(&app, &staff, case_id, StatusCode::BAD_REQUEST, Some("reply-required")).await;
    }
    let (id, outcome) = (case_id.clone(), form.outcome);
    let action = match outcome {
        ReplyOutcome::Answer => "case.answer",
        ReplyOutcome::Resolve => "case.resolve",
        ReplyOutcome::Decline => "case.decline",
    };
    let answered = audited(&app, &staff, action, move |tx, now| {
        let before = staff_case(tx, &id)?;
        let after = reply(tx, &id, &SupportReply { message: form.message.clone(), outcome }, now)?;
        let (before, after) =
            (json!({ "status": before.status }), json!({ "status": after.status, "message": form.message }));
        Ok(Changed::of(format!("case:{id}"), before, after))
    })
    .await;
    match answered {
        Ok(()) => Redirect::to(&format!("/staff/cases/{case_id}")).into_response(),
        Err(refusal) if refusal.code == "case_closed" => {
            case_page(&app, &staff, case_id, StatusCode::CONFLICT, Some("case-closed")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn disputes(State(app): State<App>, staff: StaffSession) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], None) {
        return refused;
    }
    let now = app.clock.now();
    match app.store.read(move |tx| disputed_orders(tx, now)).await {
        Ok(orders) => page(
            StatusCode::OK,
            "disputes.html",
            context! { staff => staff_context(&staff), disputes => Value::from_serialize(&orders) },
        ),
        Err(refusal) => refusal.into_response(),
    }
}

async fn dispute(State(app): State<App>, staff: StaffSession, Path(order_id): Path<String>) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], None) {
        return refused;
    }
    dispute_page(&app, &staff, order_id, StatusCode::OK, None).await
}

async fn dispute_page(
    app: &App,
    staff: &StaffSession,
    order_id: String,
    status: StatusCode,
    problem_id: Option<&str>,
) -> Response {
    let now = app.clock.now();
    match app.store.read(move |tx| order_view(tx, &load_order(tx, None, &order_id)?, now)).await {
        Ok(order) => {
            let open = order.status == OrderStatus::Disputed;
            let context = context! {
                staff => staff_context(staff), order => Value::from_serialize(&order), open => open, problem => problem_id
            };
            page(status, "dispute.html", context)
        }
        Err(refusal) if refusal.code == "not_found" => problem(StatusCode::NOT_FOUND, Some(staff), "not-your-part"),
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct DecisionForm {
    csrf: String,
    decision: String,
    #[serde(default)]
    amount: String,
}

impl DecisionForm {
    /// The decision the form names; `None` for an amount that is not one.
    fn resolution(&self) -> Option<Resolution> {
        match self.decision.as_str() {
            "full_refund" => Some(Resolution::FullRefund),
            "rejected" => Some(Resolution::Rejected),
            "partial_refund" => {
                let amount = Money::parse(self.amount.trim(), Currency::Usd).ok()?;
                Some(Resolution::PartialRefund { amount })
            }
            _ => None,
        }
    }
}

async fn decide(
    State(app): State<App>,
    staff: StaffSession,
    Path(order_id): Path<String>,
    ApiForm(form): ApiForm<DecisionForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Support], Some(&form.csrf)) {
        return refused;
    }
    let Some(resolution) = form.resolution() else {
        return dispute_page(&app, &staff, order_id, StatusCode::BAD_REQUEST, Some("decide-amount-invalid")).await;
    };
    let id = order_id.clone();
    let decided = audited(&app, &staff, "dispute.decide", move |tx, now| {
        let before = order_view(tx, &load_order(tx, None, &id)?, now)?;
        let after = decide_dispute(tx, &id, resolution, now)?;
        let before = json!({ "status": before.status, "held": before.held });
        let after = json!({
            "status": after.status, "resolution": resolution, "refunded": after.refunded, "released": after.released
        });
        Ok(Changed::of(format!("order:{id}"), before, after))
    })
    .await;
    match decided {
        Ok(()) => Redirect::to(&format!("/staff/disputes/{order_id}")).into_response(),
        Err(refusal) if refusal.code == "refund_exceeds_paid" => {
            dispute_page(&app, &staff, order_id, StatusCode::BAD_REQUEST, Some("decide-amount-invalid")).await
        }
        Err(refusal) if refusal.code == "illegal_transition" => {
            dispute_page(&app, &staff, order_id, StatusCode::CONFLICT, Some("decide-not-open")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}
