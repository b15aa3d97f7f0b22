//! The top-ups API.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use serde_json::{json, Value};

use super::service::{create_top_up, settle_due, top_up_view, top_up_views, TopUpRequest};
use crate::app::App;
use crate::cards::code_step;
use crate::http::{replay_if_seen, run_idempotent, Access, ApiError, ApiJson, IdempotencyKey, Route, Session};
use crate::idempotency::request_hash;

/// The top-up routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route {
            method: "POST",
            path: "/v1/top-ups",
            summary: "Add funds on a rail (bank transfer, Western Union, e-wallet, Boleto)",
            access: Access::Session,
            moves_money: true,
            handler: post(create_handler),
        },
        Route {
            method: "GET",
            path: "/v1/top-ups",
            summary: "The shopper's top-ups, pending ones with their expected date",
            access: Access::Session,
            moves_money: false,
            handler: get(list_handler),
        },
        Route {
            method: "GET",
            path: "/v1/top-ups/{top_up_id}",
            summary: "One top-up",
            access: Access::Session,
            moves_money: false,
            handler: get(show_handler),
        },
    ]
}

async fn create_handler(
    State(app): State<App>,
    session: Session,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<TopUpRequest>,
) -> Response {
    let hash = request_hash("POST", "/v1/top-ups", &body.canonical);
    if let Some(replayed) = replay_if_seen(&app, &session.user_id, &key, &hash).await {
        return replayed;
    }
    match code_step_for_top_up(&app, &session.user_id, &body.value).await {
        Ok(Some(sent)) => return (StatusCode::ACCEPTED, Json(sent)).into_response(),
        Ok(None) => {}
        Err(error) => return error.into_response(),
    }
    let config = app.config.clone();
    let user_id = session.user_id.clone();
    run_idempotent(&app, session.user_id, key, hash, move |tx, now| {
        let view = create_top_up(tx, &config, &user_id, &body.value, now)?;
        Ok((StatusCode::CREATED, view))
    })
    .await
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let views = app
        .store
        .write(move |tx| {
            settle_due(tx, now)?;
            top_up_views(tx, &session.user_id, None)
        })
        .await?;
    Ok(Json(json!({ "top_ups": views })))
}

async fn show_handler(
    State(app): State<App>,
    session: Session,
    Path(top_up_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let view = app
        .store
        .write(move |tx| {
            settle_due(tx, now)?;
            top_up_view(tx, &session.user_id, &top_up_id)
        })
        .await?;
    Ok(Json(view))
}

/// A card that asks for a one-time code gets one by SMS first (202); the
/// shopper then sends the same top-up again with the code and the same
/// key, and the code is checked (a wrong one counted) before the top-up.
async fn code_step_for_top_up(app: &App, user_id: &str, request: &TopUpRequest) -> Result<Option<Value>, ApiError> {
    let Some(charge) = request.card_charge(user_id) else {
        return Ok(None);
    };
    let now = app.clock.now();
    let config = app.config.clone();
    let step = app.store.write(move |tx| code_step(tx, &config, &charge, now)).await?;
    Ok(step?.map(|sent| json!(sent)))
}
