//! Signing in (password, then a TOTP code) and out.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use minijinja::context;
use serde::Deserialize;

use super::{cookie, page, problem, set_cookie, CsrfForm};
use crate::app::App;
use crate::http::{ApiForm, ClientAddress};
use crate::ids::random_hex;
use crate::staff::accounts::{end_session, open_session, same_token, staff_by_email, use_totp_code, StaffSession};
use crate::staff::SESSION_COOKIE;

/// Signing in and out.
pub(super) fn routes() -> Router<App> {
    Router::new().route("/staff/sign-in", get(sign_in_page).post(sign_in)).route("/staff/sign-out", post(sign_out))
}

/// The cookie that ties the sign-in form to the browser that asked for it.
const SIGN_IN_COOKIE: &str = "pocket_staff_sign_in";

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
