//! The console's pages and forms. Server-rendered (minijinja templates in
//! `pages/`, words from Fluent), no JavaScript; every POST carries the
//! session's CSRF token, and every page is sent with headers that keep it
//! out of frames, caches and other origins. One module per role's part;
//! this one holds what every page shares: the router, the templates, the
//! session's extractor and the guard of a role's part.

mod admin;
mod compliance;
mod finance;
mod members;
mod shoppers;
mod sign_in;
mod support;

use std::sync::OnceLock;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use minijinja::value::{Kwargs, Value};
use minijinja::{context, Environment};
use serde::Deserialize;

use super::accounts::{same_token, session, StaffRole, StaffSession};
use super::audit_log::{record, AuditEntry};
use super::texts::text;
use super::SESSION_COOKIE;
use crate::app::App;
use crate::refusals::Refusal;
use crate::store::Db;
use chrono::{DateTime, Utc};

/// The console's routes, under `/staff`.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/staff", get(home))
        .merge(sign_in::routes())
        .merge(support::routes())
        .merge(compliance::routes())
        .merge(finance::routes())
        .merge(shoppers::routes())
        .merge(admin::routes())
        .merge(members::routes())
        .with_state(app)
}

/// Every page's template, by name: rendered by `page`, and read by the
/// test that every id a page names has words.
pub(super) const PAGES: [(&str, &str); 17] = [
    ("layout.html", include_str!("pages/layout.html")),
    ("sign_in.html", include_str!("pages/sign_in.html")),
    ("home.html", include_str!("pages/home.html")),
    ("problem.html", include_str!("pages/problem.html")),
    ("cases.html", include_str!("pages/cases.html")),
    ("case.html", include_str!("pages/case.html")),
    ("disputes.html", include_str!("pages/disputes.html")),
    ("dispute.html", include_str!("pages/dispute.html")),
    ("identity.html", include_str!("pages/identity.html")),
    ("partners.html", include_str!("pages/partners.html")),
    ("top_ups.html", include_str!("pages/top_ups.html")),
    ("ledger.html", include_str!("pages/ledger.html")),
    ("shoppers.html", include_str!("pages/shoppers.html")),
    ("shopper.html", include_str!("pages/shopper.html")),
    ("members.html", include_str!("pages/members.html")),
    ("audit.html", include_str!("pages/audit.html")),
    ("refunds.html", include_str!("pages/refunds.html")),
];

fn templates() -> &'static Environment<'static> {
    static TEMPLATES: OnceLock<Environment<'static>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in PAGES {
            env.add_template(name, source).expect("a console template parses");
        }
        // "6 Dec 2026, 09:17 UTC" for a time the page shows.
        env.add_filter("when", |at: String| -> String {
            chrono::DateTime::parse_from_rfc3339(&at)
                .map(|at| at.with_timezone(&chrono::Utc).format("%-d %b %Y, %H:%M UTC").to_string())
                .unwrap_or(at)
        });
        env.add_function("t", |id: String, args: Kwargs| -> Result<String, minijinja::Error> {
            let names: Vec<String> = args.args().map(str::to_string).collect();
            let mut values = Vec::new();
            for name in &names {
                values.push((name.clone(), args.get::<String>(name)?));
            }
            args.assert_all_used()?;
            let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            Ok(text(&id, &pairs))
        });
        env
    })
}

/// A page, with the headers every console page carries.
fn page(status: StatusCode, template: &str, context: Value) -> Response {
    let rendered = templates().get_template(template).and_then(|template| template.render(context));
    let html = match rendered {
        Ok(html) => html,
        Err(error) => {
            tracing::error!(%error, template, "a console page did not render");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        ),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn problem(status: StatusCode, staff: Option<&StaffSession>, id: &str) -> Response {
    page(status, "problem.html", context! { staff => staff.map(staff_context), problem => id })
}

/// The refusal page for a member of staff outside the part of `roles`, or
/// for a form whose CSRF token is not the session's; `None` when it may go on.
fn refusal_for(staff: &StaffSession, roles: &[StaffRole], csrf: Option<&str>) -> Option<Response> {
    if !roles.contains(&staff.role) {
        return Some(problem(StatusCode::FORBIDDEN, Some(staff), "not-your-part"));
    }
    match csrf {
        Some(csrf) if !same_token(&staff.csrf_token, csrf) => {
            Some(problem(StatusCode::FORBIDDEN, Some(staff), "form-expired"))
        }
        _ => None,
    }
}

fn staff_context(staff: &StaffSession) -> Value {
    context! {
        id => staff.staff_id, email => staff.email, role => text(&format!("role-{}", staff.role.name()), &[]),
        csrf => staff.csrf_token
    }
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(key, value)| (key == name).then_some(value))
}

/// `HttpOnly; Secure; SameSite=Strict`, for the console's paths only.
fn set_cookie(name: &str, value: &str, max_age_seconds: Option<i64>) -> HeaderValue {
    let age = max_age_seconds.map(|seconds| format!("; Max-Age={seconds}")).unwrap_or_default();
    HeaderValue::from_str(&format!("{name}={value}; HttpOnly; Secure; SameSite=Strict; Path=/staff{age}"))
        .expect("a cookie is a header value")
}

impl FromRequestParts<App> for StaffSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Response> {
        let to_sign_in = || Redirect::to("/staff/sign-in").into_response();
        let token = cookie(&parts.headers, SESSION_COOKIE).ok_or_else(to_sign_in)?.to_string();
        let now = app.clock.now();
        let found = app.store.write(move |tx| session(tx, &token, now)).await.map_err(Refusal::into_response)?;
        found.ok_or_else(to_sign_in)
    }
}

async fn home(staff: StaffSession) -> Response {
    let areas: Vec<Value> = match staff.role {
        StaffRole::Support => vec![
            context! { id => "cases", label => "area-cases", href => "/staff/cases" },
            context! { id => "disputes", label => "area-disputes", href => "/staff/disputes" },
            context! { id => "shoppers", label => "area-shoppers", href => "/staff/shoppers" },
        ],
        StaffRole::Compliance => vec![
            context! { id => "identity", label => "area-identity", href => "/staff/identity" },
            context! { id => "shoppers", label => "area-shoppers", href => "/staff/shoppers" },
        ],
        StaffRole::Finance => vec![
            context! { id => "top-ups", label => "area-top-ups", href => "/staff/top-ups" },
            context! { id => "refunds", label => "area-refunds", href => "/staff/refunds" },
            context! { id => "ledger", label => "area-ledger", href => "/staff/ledger" },
        ],
        StaffRole::Admin => vec![
            context! { id => "partners", label => "area-partners", href => "/staff/partners" },
            context! { id => "members", label => "area-members", href => "/staff/members" },
            context! { id => "audit", label => "area-audit", href => "/staff/audit" },
        ],
    };
    page(StatusCode::OK, "home.html", context! { staff => staff_context(&staff), areas => areas })
}

/// What a member of staff's action changed, for its audit entry, and what
/// it gives back to the page.
struct Changed<T> {
    /// To what: `case:<id>`, `user:<id>`, `order:<id>`...
    subject: String,
    /// How it stood before, if it matters.
    before: Option<serde_json::Value>,
    /// How it stands after.
    after: Option<serde_json::Value>,
    /// What the page shows next.
    value: T,
}

impl Changed<()> {
    /// An action that gives the page nothing back.
    fn of(subject: String, before: serde_json::Value, after: serde_json::Value) -> Changed<()> {
        Changed { subject, before: Some(before), after: Some(after), value: () }
    }
}

/// Runs a member of staff's action and writes its audit entry (who, what,
/// to what, before and after) in the same transaction, so the entry exists
/// exactly when the action does.
async fn audited<T, F>(app: &App, staff: &StaffSession, action: &'static str, mut act: F) -> Result<T, Refusal>
where
    F: FnMut(&Db, DateTime<Utc>) -> Result<Changed<T>, Refusal> + Send + 'static,
    T: Send + 'static,
{
    let (now, staff_id) = (app.clock.now(), staff.staff_id.clone());
    app.store
        .write(move |tx| {
            let Changed { subject, before, after, value } = act(tx, now)?;
            record(tx, &AuditEntry { staff_id: &staff_id, action, subject, before, after }, now)?;
            Ok(value)
        })
        .await
}

/// A form that carries only its CSRF token.
#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}
