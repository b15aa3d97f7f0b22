//! The support API, and support's own routes in the sandbox.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::support::{SupportCase, SupportCases};

use super::cases::{add_shopper_message, cases_of, open_case, reply, CaseMessage, OpenCase, SupportReply};
use crate::app::App;
use crate::http::{Access, ApiJson, ApiPath, Route};
use crate::refusals::Refusal;
use crate::sessions::Session;

/// The shopper's support routes.
pub fn routes() -> Vec<Route> {
    let route = |method, path, summary, handler| Route::new(method, path, summary, Access::Session, handler);
    vec![
        route(
            "POST",
            paths::SUPPORT_CASES,
            "Open a support case: a late top-up, a payment (its receipt is attached), forgotten security answers (with an identity document), or anything else",
            post(open_handler),
        )
        .body::<OpenCase>()
        .answers::<SupportCase>(201),
        route("GET", paths::SUPPORT_CASES, "The shopper's support cases with their messages, newest first", get(list_handler))
            .answers::<SupportCases>(200),
        route(
            "POST",
            paths::SUPPORT_CASE_MESSAGES,
            "Write to a case; a closed case opens again",
            post(message_handler),
        )
        .body::<CaseMessage>()
        .answers::<SupportCase>(200),
    ]
}

/// Support's side, in the sandbox.
pub fn sandbox_routes() -> Vec<Route> {
    vec![Route::new(
        "POST",
        paths::SANDBOX_SUPPORT_CASE_REPLY,
        "Answer a case as support, and resolve or decline it; resolving forgotten security answers resets the payment password",
        Access::Sandbox,
        post(reply_handler),
    )
    .body::<SupportReply>()
    .answers::<SupportCase>(200)]
}

async fn open_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<OpenCase>,
) -> Result<(StatusCode, Json<SupportCase>), Refusal> {
    let now = app.clock.now();
    let case = app.store.write(move |tx| open_case(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(case)))
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<SupportCases>, Refusal> {
    Ok(Json(app.store.read(move |tx| cases_of(tx, &session.user_id)).await?))
}

async fn message_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(case_id): ApiPath<String>,
    body: ApiJson<CaseMessage>,
) -> Result<Json<SupportCase>, Refusal> {
    let now = app.clock.now();
    let case = app.store.write(move |tx| add_shopper_message(tx, &session.user_id, &case_id, &body.value, now)).await?;
    Ok(Json(case))
}

async fn reply_handler(
    State(app): State<App>,
    ApiPath(case_id): ApiPath<String>,
    body: ApiJson<SupportReply>,
) -> Result<Json<SupportCase>, Refusal> {
    let now = app.clock.now();
    Ok(Json(app.store.write(move |tx| reply(tx, &case_id, &body.value, now)).await?))
}
