//! Compliance's part: identity documents waiting for review.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::context;
use minijinja::value::Value;
use serde::Deserialize;
use serde_json::json;

use super::{audited, page, refusal_for, staff_context, Changed};
use crate::accounts::{pending_verifications, review_verification, Review, ReviewDecision};
use crate::app::App;
use crate::http::ApiForm;
use crate::staff::accounts::{StaffRole, StaffSession};

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
    let action = match form.decision {
        ReviewDecision::Approve => "identity.approve",
        ReviewDecision::Decline => "identity.decline",
    };
    let reviewed = audited(&app, &staff, action, move |tx, now| {
        let review = Review { decision: form.decision, reason: Some(form.reason.clone()) };
        let after = review_verification(tx, &check_id, &review, now)?;
        let after = json!({ "verification": after, "reason": form.reason });
        Ok(Changed::of(format!("verification:{check_id}"), json!({ "state": "pending" }), after))
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
