//! Compliance's part: identity documents waiting for review.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::context;
use minijinja::value::Value;
use serde::Deserialize;

use super::{page, refusal_for, staff_context};
use crate::accounts::{pending_verifications, review_verification, Review, ReviewDecision};
use crate::app::App;
use crate::http::ApiForm;
use crate::staff::accounts::{StaffRole, StaffSession};
use crate::staff::audit_log::{record, AuditEntry};

/// Compliance's pages.
pub(super) fn routes() -> Router<App> {
    Router::new().route("/staff/identity", get(identity)).route("/staff/identity/{check_id}/review", post(review))
}

async fn identity(State(app): State<App>, staff: StaffSession) -> Response {
    identity_page(&app, &staff, StatusCode::OK, None).await
}

async fn identity_page(app: &App, staff: &StaffSession, status: StatusCode, problem_id: Option<&str>) -> Response {
    if let Some(refused) = refusal_for(staff, &[StaffRole::Compliance], None) {
        return refused;
    }
    match app.store.read(pending_verifications).await {
        Ok(checks) => {
            let context = context! {
                staff => staff_context(staff), checks => Value::from_serialize(&checks), problem => problem_id
            };
            page(status, "identity.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct ReviewForm {
    csrf: String,
    decision: ReviewDecision,
    #[serde(default)]
    reason: String,
}

async fn review(
    State(app): State<App>,
    staff: StaffSession,
    Path(check_id): Path<String>,
    ApiForm(form): ApiForm<ReviewForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Compliance], Some(&form.csrf)) {
        return refused;
    }
    let now = app.clock.now();
    let (staff_id, id) = (staff.staff_id.clone(), check_id.clone());
    let reviewed = app
        .store
        .write(move |tx| {
            let review = Review { decision: form.decision, reason: Some(form.reason.clone()) };
            let after = review_verification(tx, &id, &review, now)?;
            let entry = AuditEntry {
                staff_id: &staff_id,
                action: match form.decision {
                    ReviewDecision::Approve => "identity.approve",
                    ReviewDecision::Decline => "identity.decline",
                },
                subject: format!("verification:{id}"),
                before: Some(serde_json::json!({ "state": "pending" })),
                after: Some(serde_json::json!({ "verification": after, "reason": form.reason })),
            };
            record(tx, &entry, now)
        })
        .await;
    match reviewed {
        Ok(()) => Redirect::to("/staff/identity").into_response(),
        Err(refusal) if refusal.code == "reason_required" => {
            identity_page(&app, &staff, StatusCode::BAD_REQUEST, Some("identity-reason-required")).await
        }
        Err(refusal) if refusal.code == "verification_reviewed" => {
            identity_page(&app, &staff, StatusCode::CONFLICT, Some("identity-reviewed")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}
