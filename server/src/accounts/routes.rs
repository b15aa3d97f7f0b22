//! The accounts API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::login::{log_in, LoginRequest};
use super::payment_password::{set_payment_password, set_security_questions};
use super::profile::{profile, set_language};
use super::signup::{confirm_email, resend_confirmation, sign_up, SignUpRequest};
use crate::app::App;
use crate::http::{Access, ApiError, ApiJson, ClientAddress, Route, Session};
use crate::sessions;

/// The accounts routes.
pub fn routes() -> Vec<Route> {
    let route =
        |method, path, summary, access, handler| Route { method, path, summary, access, moves_money: false, handler };
    vec![
        route(
            "POST",
            "/v1/accounts",
            "Sign up; emails a confirmation link valid for 24 hours (the answer is the same for an email already used)",
            Access::Public,
            post(sign_up_handler),
        ),
        route(
            "POST",
            "/v1/accounts/confirm-email",
            "Confirm the email with the link's token",
            Access::Public,
            post(confirm_handler),
        ),
        route(
            "POST",
            "/v1/accounts/resend-confirmation",
            "Send a new confirmation link",
            Access::Public,
            post(resend_handler),
        ),
        route(
            "POST",
            "/v1/sessions",
            "Log in; returns a session token. Wrong passwords slow down and then pause sign-in (429, 423 with Retry-After)",
            Access::Public,
            post(log_in_handler),
        ),
        route("DELETE", "/v1/sessions/current", "Log out", Access::Session, delete(log_out_handler)),
        route(
            "DELETE",
            "/v1/sessions",
            "Sign out everywhere: every session of this shopper ends",
            Access::Session,
            delete(log_out_everywhere_handler),
        ),
        route("GET", "/v1/me", "The profile, verification level and account age", Access::Session, get(me_handler)),
        route(
            "PATCH",
            "/v1/me",
            "Change the interface language",
            Access::Session,
            axum::routing::patch(update_me_handler),
        ),
        route(
            "PUT",
            "/v1/me/payment-password",
            "Set or change the 6-digit payment password",
            Access::Session,
            put(payment_password_handler),
        ),
        route(
            "PUT",
            "/v1/me/security-questions",
            "Set at least three security questions",
            Access::Session,
            put(security_questions_handler),
        ),
    ]
}

async fn sign_up_handler(
    State(app): State<App>,
    body: ApiJson<SignUpRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    Ok((StatusCode::ACCEPTED, Json(sign_up(&app, body.value).await?)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfirmRequest {
    token: String,
}

async fn confirm_handler(State(app): State<App>, body: ApiJson<ConfirmRequest>) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    Ok(Json(app.store.write(move |tx| confirm_email(tx, body.value.token.trim(), now)).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResendRequest {
    email: String,
}

async fn resend_handler(
    State(app): State<App>,
    body: ApiJson<ResendRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let now = app.clock.now();
    let config = app.config.clone();
    let sent = app.store.write(move |tx| resend_confirmation(tx, &config, &body.value.email, now)).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

async fn log_in_handler(
    State(app): State<App>,
    ClientAddress(client): ClientAddress,
    body: ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    Ok((StatusCode::CREATED, Json(log_in(&app, &client, body.value).await?)))
}

async fn log_out_handler(State(app): State<App>, session: Session) -> Result<StatusCode, ApiError> {
    app.store.write(move |tx| sessions::sign_out(tx, &session.user_id, &session.token)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn log_out_everywhere_handler(State(app): State<App>, session: Session) -> Result<Json<Value>, ApiError> {
    let ended = app.store.write(move |tx| sessions::sign_out_everywhere(tx, &session.user_id)).await?;
    Ok(Json(json!({ "sessions_ended": ended })))
}

async fn me_handler(State(app): State<App>, session: Session) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| profile(tx, &session.user_id, now)).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateMeRequest {
    language: String,
}

async fn update_me_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<UpdateMeRequest>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let me = app
        .store
        .write(move |tx| {
            set_language(tx, &session.user_id, body.value.language.trim())?;
            profile(tx, &session.user_id, now)
        })
        .await?;
    Ok(Json(me))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PaymentPasswordRequest {
    password: String,
    confirmation: String,
    #[serde(default)]
    current_password: Option<String>,
}

async fn payment_password_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<PaymentPasswordRequest>,
) -> Result<Json<Value>, ApiError> {
    let request = body.value;
    set_payment_password(
        &app,
        &session.user_id,
        &request.password,
        &request.confirmation,
        request.current_password.as_deref(),
    )
    .await?;
    Ok(Json(json!({ "payment_password_set": true })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SecurityQuestionsRequest {
    answers: Vec<QuestionAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionAnswer {
    question: String,
    answer: String,
}

async fn security_questions_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<SecurityQuestionsRequest>,
) -> Result<Json<Value>, ApiError> {
    let pairs: Vec<(String, String)> = body.value.answers.into_iter().map(|qa| (qa.question, qa.answer)).collect();
    let count = pairs.len();
    set_security_questions(&app, &session.user_id, pairs).await?;
    Ok(Json(json!({ "security_questions_set": count })))
}
