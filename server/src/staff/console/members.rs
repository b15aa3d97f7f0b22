//! Admin's part, continued: the members of staff (added with a first
//! password and a TOTP link shown once, removed when they leave) and the
//! audit log of everything staff did.

use axum::extract::{Path, Query, State};
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
use crate::http::ApiForm;
use crate::staff::accounts::{add_staff, list_staff, remove_staff, FirstPassword, StaffRole, StaffSession};
use crate::staff::audit_log::latest;

/// How many entries the audit log's page shows.
const AUDIT_SHOWN: i64 = 200;

/// The members' and the audit log's pages.
pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/staff/members", get(members).post(add))
        .route("/staff/members/{staff_id}/remove", post(remove))
        .route("/staff/audit", get(audit))
}

/// A member just added, shown on this one answer.
struct Added {
    email: String,
    password: String,
    totp_link: String,
}

async fn members(State(app): State<App>, staff: StaffSession) -> Response {
    members_page(&app, &staff, StatusCode::OK, None, None).await
}

async fn members_page(
    app: &App,
    staff: &StaffSession,
    status: StatusCode,
    added: Option<Added>,
    problem_id: Option<&str>,
) -> Response {
    if let Some(refused) = refusal_for(staff, &[StaffRole::Admin], None) {
        return refused;
    }
    match app.store.read(list_staff).await {
        Ok(members) => {
            let added = added.map(|a| context! { email => a.email, password => a.password, totp_link => a.totp_link });
            let context = context! {
                staff => staff_context(staff), members => Value::from_serialize(&members), added => added,
                problem => problem_id
            };
            page(status, "members.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct AddForm {
    csrf: String,
    email: String,
    role: String,
}

async fn add(State(app): State<App>, staff: StaffSession, ApiForm(form): ApiForm<AddForm>) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Admin], Some(&form.csrf)) {
        return refused;
    }
    let Some(role) = StaffRole::from_name(&form.role) else {
        return members_page(&app, &staff, StatusCode::BAD_REQUEST, None, Some("members-email-invalid")).await;
    };
    let first = match app.off_the_lock(|app| FirstPassword::new(&app.config.hasher)).await {
        Ok(first) => first,
        Err(refusal) => return refusal.into_response(),
    };
    let service_key = app.config.service_key.clone();
    let email = form.email.trim().to_lowercase();
    let made = audited(&app, &staff, "staff.add", move |tx, now| {
        let new = add_staff(tx, &first, &service_key, &email, role, now)?;
        Ok(Changed {
            subject: format!("staff:{}", new.staff_id),
            before: None,
            after: Some(json!({ "email": email, "role": role.name() })),
            value: Added { email: email.clone(), password: new.password, totp_link: new.totp_link },
        })
    })
    .await;
    match made {
        Ok(added) => members_page(&app, &staff, StatusCode::OK, Some(added), None).await,
        Err(refusal) if refusal.code == "invalid_email" => {
            members_page(&app, &staff, StatusCode::BAD_REQUEST, None, Some("members-email-invalid")).await
        }
        Err(refusal) if refusal.code == "staff_exists" => {
            members_page(&app, &staff, StatusCode::CONFLICT, None, Some("members-exists")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn remove(
    State(app): State<App>,
    staff: StaffSession,
    Path(member_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Admin], Some(&form.csrf)) {
        return refused;
    }
    let by = staff.staff_id.clone();
    let removed = audited(&app, &staff, "staff.remove", move |tx, now| {
        let member = remove_staff(tx, &member_id, &by, now)?;
        let before = json!({ "email": member.email, "role": member.role });
        Ok(Changed::of(format!("staff:{member_id}"), before, json!({ "removed": true })))
    })
    .await;
    match removed {
        Ok(()) => Redirect::to("/staff/members").into_response(),
        Err(refusal) if refusal.code == "staff_self" => {
            members_page(&app, &staff, StatusCode::CONFLICT, None, Some("members-not-yourself")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct AuditQuery {
    #[serde(default)]
    subject: String,
}

/// The latest entries, or those about one subject.
async fn audit(State(app): State<App>, staff: StaffSession, Query(query): Query<AuditQuery>) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Admin], None) {
        return refused;
    }
    let subject = query.subject.trim().to_string();
    let filter = (!subject.is_empty()).then(|| subject.clone());
    match app.store.read(move |tx| latest(tx, filter.as_deref(), AUDIT_SHOWN)).await {
        Ok(entries) => {
            let context = context! {
                staff => staff_context(&staff), entries => Value::from_serialize(&entries), subject => subject
            };
            page(StatusCode::OK, "audit.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}
