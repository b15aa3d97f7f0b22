//! The console's pages and forms: signing in and out, the home page of a
//! role, and support's cases. Server-rendered (minijinja templates in
//! `pages/`, words from Fluent), no JavaScript; every POST carries the
//! session's CSRF token, and every page is sent with headers that keep it
//! out of frames, caches and other origins.

use std::sync::OnceLock;

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::value::{Kwargs, Value};
use minijinja::{context, Environment};
use serde::Deserialize;

use super::accounts::{
    end_session, open_session, same_token, session, staff_by_email, use_totp_code, StaffRole, StaffSession,
};
use super::audit_log::{record, AuditEntry};
use super::texts::text;
use super::SESSION_COOKIE;
use crate::accounts::{pending_verifications, review_verification, Review, ReviewDecision};
use crate::app::App;
use crate::http::{ApiForm, ClientAddress};
use crate::ids::random_hex;
use crate::orders::{decide_dispute, disputed_orders, load_order, order_view};
use crate::partners::{issue_key, list_partners, revoke_key, PartnerScope};
use crate::refusals::Refusal;
use crate::support::{reply, staff_case, waiting_cases, ReplyOutcome, SupportReply};
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{OrderStatus, Resolution};

/// The cookie that ties the sign-in form to the browser that asked for it.
const SIGN_IN_COOKIE: &str = "pocket_staff_sign_in";

/// The console's routes, under `/staff`.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/staff", get(home))
        .route("/staff/sign-in", get(sign_in_page).post(sign_in))
        .route("/staff/sign-out", post(sign_out))
        .route("/staff/cases", get(cases))
        .route("/staff/cases/{case_id}", get(case))
        .route("/staff/cases/{case_id}/reply", post(reply_to_case))
        .route("/staff/identity", get(identity))
        .route("/staff/identity/{check_id}/review", post(review))
        .route("/staff/partners", get(partners))
        .route("/staff/partners/{partner_id}/keys", post(issue))
        .route("/staff/partner-keys/{key_id}/revoke", post(revoke))
        .route("/staff/disputes", get(disputes))
        .route("/staff/disputes/{order_id}", get(dispute))
        .route("/staff/disputes/{order_id}/decide", post(decide))
        .with_state(app)
}

fn templates() -> &'static Environment<'static> {
    static TEMPLATES: OnceLock<Environment<'static>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("layout.html", include_str!("pages/layout.html")),
            ("sign_in.html", include_str!("pages/sign_in.html")),
            ("home.html", include_str!("pages/home.html")),
            ("problem.html", include_str!("pages/problem.html")),
            ("cases.html", include_str!("pages/cases.html")),
            ("case.html", include_str!("pages/case.html")),
            ("disputes.html", include_str!("pages/disputes.html")),
            ("identity.html", include_str!("pages/identity.html")),
            ("partners.html", include_str!("pages/partners.html")),
            ("dispute.html", include_str!("pages/dispute.html")),
        ] {
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

/// The refusal page for a member of staff outside `role`'s part, or for a
/// form whose CSRF token is not the session's; `None` when it may go on.
fn refusal_for(staff: &StaffSession, role: StaffRole, csrf: Option<&str>) -> Option<Response> {
    if staff.role != role {
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
    context! { email => staff.email, role => text(&format!("role-{}", staff.role.name()), &[]), csrf => staff.csrf_token }
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
        ],
        StaffRole::Compliance => {
            vec![context! { id => "identity", label => "area-identity", href => "/staff/identity" }]
        }
        StaffRole::Finance => vec![context! { id => "top-ups", label => "area-top-ups" }],
        StaffRole::Admin => vec![context! { id => "partners", label => "area-partners", href => "/staff/partners" }],
    };
    page(StatusCode::OK, "home.html", context! { staff => staff_context(&staff), areas => areas })
}

fn sign_in_form(status: StatusCode, email: &str, problem: Option<&str>) -> Response {
    let csrf = random_hex(32);
    let mut response = page(status, "sign_in.html", context! { csrf => csrf, email => email, problem => problem });
    response.headers_mut().append(header::SET_COOKIE, set_cookie(SIGN_IN_COOKIE, &csrf, None));
    response
}

async fn sign_in_page() -> Response {
    sign_in_form(StatusCode::OK, "", None)
}

#[derive(Deserialize)]
struct SignInForm {
    csrf: String,
    email: String,
    password: String,
    code: String,
}

async fn sign_in(
    State(app): State<App>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiForm(form): ApiForm<SignInForm>,
) -> Response {
    let issued = cookie(&headers, SIGN_IN_COOKIE).unwrap_or_default();
    if issued.is_empty() || !same_token(issued, &form.csrf) {
        return sign_in_form(StatusCode::FORBIDDEN, &form.email, Some("form-expired"));
    }
    let now = app.clock.now();
    let email = form.email.trim().to_lowercase();
    let counted = {
        let (config, email, address) = (app.config.clone(), email.clone(), address.clone());
        app.store
            .write(move |tx| {
                crate::accounts::count_sign_in(tx, &config, &staff_subject(&email), &address, now)?;
                staff_by_email(tx, &email)
            })
            .await
    };
    let stored = match counted {
        Ok(stored) => stored,
        Err(refusal) if matches!(refusal.code.as_str(), "too_many_login_attempts" | "login_locked") => {
            return sign_in_form(StatusCode::TOO_MANY_REQUESTS, &form.email, Some("sign-in-throttled"));
        }
        Err(refusal) => return refusal.into_response(),
    };
    let password = form.password.clone();
    let right_password = app
        .off_the_lock(move |app| match stored {
            Some(staff) => app.config.hasher.verify(&staff.password_hash, &password).then_some(staff),
            None => {
                app.config.hasher.verify(&app.no_account_hash(), &password);
                None
            }
        })
        .await;
    let Some(staff) = right_password else {
        return sign_in_form(StatusCode::UNAUTHORIZED, &form.email, Some("sign-in-refused"));
    };
    let (service_key, code) = (app.config.service_key.clone(), form.code.clone());
    let opened = app
        .store
        .write(move |tx| {
            if !use_totp_code(tx, &service_key, &staff, &email, &code, now)? {
                return Ok(None);
            }
            crate::accounts::forgive_sign_in(tx, &staff_subject(&email), &address)?;
            open_session(tx, &staff.id, now).map(Some)
        })
        .await;
    match opened {
        Ok(Some(token)) => {
            let mut response = Redirect::to("/staff").into_response();
            let headers = response.headers_mut();
            headers.append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, &token, None));
            headers.append(header::SET_COOKIE, set_cookie(SIGN_IN_COOKIE, "", Some(0)));
            response
        }
        Ok(None) => sign_in_form(StatusCode::UNAUTHORIZED, &form.email, Some("sign-in-refused")),
        Err(refusal) => refusal.into_response(),
    }
}

/// The throttle's name for a member of staff, apart from shoppers'.
fn staff_subject(email: &str) -> String {
    format!("staff:{}", crate::ids::token_hash(email))
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn sign_out(
    State(app): State<App>,
    staff: StaffSession,
    headers: HeaderMap,
    ApiForm(form): ApiForm<CsrfForm>,
) -> Response {
    if !same_token(&staff.csrf_token, &form.csrf) {
        return problem(StatusCode::FORBIDDEN, Some(&staff), "form-expired");
    }
    let token = cookie(&headers, SESSION_COOKIE).unwrap_or_default().to_string();
    if let Err(refusal) = app.store.write(move |tx| end_session(tx, &token)).await {
        return refusal.into_response();
    }
    let mut response = Redirect::to("/staff/sign-in").into_response();
    response.headers_mut().append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, "", Some(0)));
    response
}

async fn cases(State(app): State<App>, staff: StaffSession) -> Response {
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, Some(&form.csrf)) {
        return refused;
    }
    if form.message.trim().is_empty() {
        return case_page(&app, &staff, case_id, StatusCode::BAD_REQUEST, Some("reply-required")).await;
    }
    let now = app.clock.now();
    let (staff_id, id) = (staff.staff_id.clone(), case_id.clone());
    let outcome = form.outcome;
    let answered = app
        .store
        .write(move |tx| {
            let before = staff_case(tx, &id)?;
            let after = reply(tx, &id, &SupportReply { message: form.message.clone(), outcome }, now)?;
            let action = match outcome {
                ReplyOutcome::Answer => "case.answer",
                ReplyOutcome::Resolve => "case.resolve",
                ReplyOutcome::Decline => "case.decline",
            };
            let entry = AuditEntry {
                staff_id: &staff_id,
                action,
                subject: format!("case:{id}"),
                before: Some(serde_json::json!({ "status": before.status })),
                after: Some(serde_json::json!({ "status": after.status, "message": form.message })),
            };
            record(tx, &entry, now)
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Support, Some(&form.csrf)) {
        return refused;
    }
    let Some(resolution) = form.resolution() else {
        return dispute_page(&app, &staff, order_id, StatusCode::BAD_REQUEST, Some("decide-amount-invalid")).await;
    };
    let now = app.clock.now();
    let (staff_id, id) = (staff.staff_id.clone(), order_id.clone());
    let decided = app
        .store
        .write(move |tx| {
            let before = order_view(tx, &load_order(tx, None, &id)?, now)?;
            let after = decide_dispute(tx, &id, resolution, now)?;
            let entry = AuditEntry {
                staff_id: &staff_id,
                action: "dispute.decide",
                subject: format!("order:{id}"),
                before: Some(serde_json::json!({ "status": before.status, "held": before.held })),
                after: Some(serde_json::json!({
                    "status": after.status, "resolution": resolution, "refunded": after.refunded, "released": after.released
                })),
            };
            record(tx, &entry, now)
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

async fn identity(State(app): State<App>, staff: StaffSession) -> Response {
    identity_page(&app, &staff, StatusCode::OK, None).await
}

async fn identity_page(app: &App, staff: &StaffSession, status: StatusCode, problem_id: Option<&str>) -> Response {
    if let Some(refused) = refusal_for(staff, StaffRole::Compliance, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Compliance, Some(&form.csrf)) {
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
    if let Some(refused) = refusal_for(staff, StaffRole::Admin, None) {
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Admin, Some(&form.csrf)) {
        return refused;
    }
    let ticked = [
        (form.catalogue.is_some(), PartnerScope::Catalogue),
        (form.shipping.is_some(), PartnerScope::Shipping),
        (form.refunds.is_some(), PartnerScope::Refunds),
    ];
    let scopes: Vec<PartnerScope> = ticked.into_iter().filter_map(|(on, scope)| on.then_some(scope)).collect();
    let now = app.clock.now();
    let staff_id = staff.staff_id.clone();
    let issued = app
        .store
        .write(move |tx| {
            let key = issue_key(tx, &partner_id, &scopes, now)?;
            let names: Vec<&str> = scopes.iter().map(|scope| scope.name()).collect();
            let entry = AuditEntry {
                staff_id: &staff_id,
                action: "partner.key.issue",
                subject: format!("partner:{partner_id}"),
                before: None,
                after: Some(serde_json::json!({ "key_id": key.key_id, "scopes": names })),
            };
            record(tx, &entry, now)?;
            Ok::<_, Refusal>(key.secret)
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
    if let Some(refused) = refusal_for(&staff, StaffRole::Admin, Some(&form.csrf)) {
        return refused;
    }
    let now = app.clock.now();
    let staff_id = staff.staff_id.clone();
    let revoked = app
        .store
        .write(move |tx| {
            revoke_key(tx, &key_id, now)?;
            let entry = AuditEntry {
                staff_id: &staff_id,
                action: "partner.key.revoke",
                subject: format!("partner_key:{key_id}"),
                before: None,
                after: None,
            };
            record(tx, &entry, now)
        })
        .await;
    match revoked {
        Ok(()) => Redirect::to("/staff/partners").into_response(),
        Err(refusal) => refusal.into_response(),
    }
}
