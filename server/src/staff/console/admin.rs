//! Admin's part: the partners and their API keys.

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
use crate::http::ApiForm;
use crate::partners::{issue_key, list_partners, revoke_key, PartnerScope};
use crate::staff::accounts::{StaffRole, StaffSession};

/// Admin's pages.
pub(super) fn routes() -> Router<App> {
    Router::new()
        .route("/staff/partners", get(partners))
        .route("/staff/partners/{partner_id}/keys", post(issue))
        .route("/staff/partner-keys/{key_id}/revoke", post(revoke))
}

async fn partners(State(app): State<App>, staff: StaffSession) -> Response {
    partners_page(&app, &staff, StatusCode::OK, None, None).await
}

/// The admin's page of partners and keys; `secret`, a key just issued, is
/// shown on this one answer and nowhere else.
async fn partners_page(
    app: &App,
    staff: &StaffSession,
    status: StatusCode,
    secret: Option<String>,
    problem_id: Option<&str>,
) -> Response {
    if let Some(refused) = refusal_for(staff, &[StaffRole::Admin], None) {
        return refused;
    }
    match app.store.read(list_partners).await {
        Ok(partners) => {
            let context = context! {
                staff => staff_context(staff), partners => Value::from_serialize(&partners),
                secret => secret, problem => problem_id
            };
            page(status, "partners.html", context)
        }
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
struct IssueForm {
    csrf: String,
    #[serde(default)]
    catalogue: Option<String>,
    #[serde(default)]
    shipping: Option<String>,
    #[serde(default)]
    refunds: Option<String>,
}

async fn issue(
    State(app): State<App>,
    staff: StaffSession,
    Path(partner_id): Path<String>,
    ApiForm(form): ApiForm<IssueForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Admin], Some(&form.csrf)) {
        return refused;
    }
    let ticked = [
        (form.catalogue.is_some(), PartnerScope::Catalogue),
        (form.shipping.is_some(), PartnerScope::Shipping),
        (form.refunds.is_some(), PartnerScope::Refunds),
    ];
    let scopes: Vec<PartnerScope> = ticked.into_iter().filter_map(|(on, scope)| on.then_some(scope)).collect();
    let issued = audited(&app, &staff, "partner.key.issue", move |tx, now| {
        let key = issue_key(tx, &partner_id, &scopes, now)?;
        let names: Vec<&str> = scopes.iter().map(|scope| scope.name()).collect();
        Ok(Changed {
            subject: format!("partner:{partner_id}"),
            before: None,
            after: Some(json!({ "key_id": key.key_id, "scopes": names })),
            value: key.secret,
        })
    })
    .await;
    match issued {
        Ok(secret) => partners_page(&app, &staff, StatusCode::OK, Some(secret), None).await,
        Err(refusal) if refusal.code == "scope_required" => {
            partners_page(&app, &staff, StatusCode::BAD_REQUEST, None, Some("partners-scope-required")).await
        }
        Err(refusal) => refusal.into_response(),
    }
}

async fn revoke(
    State(app): State<App>,
    staff: StaffSession,
    Path(key_id): Path<String>,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if let Some(refused) = refusal_for(&staff, &[StaffRole::Admin], Some(&form.csrf)) {
        return refused;
    }
    let revoked = audited(&app, &staff, "partner.key.revoke", move |tx, now| {
        revoke_key(tx, &key_id, now)?;
        Ok(Changed { subject: format!("partner_key:{key_id}"), before: None, after: None, value: () })
    })
    .await;
    match revoked {
        Ok(()) => Redirect::to("/staff/partners").into_response(),
        Err(refusal) => refusal.into_response(),
    }
}
