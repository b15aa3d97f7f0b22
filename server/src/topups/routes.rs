//! The top-ups API.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use serde_json::{json, Value};

use super::service::{create_top_up, settle_due, top_up_view, top_up_views, TopUpRequest};
use crate::app::App;
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
    match send_code_if_needed(&app, &session.user_id, &body.value).await {
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

/// A card that asks for a one-time code gets one by SMS first; the shopper
/// then sends the same top-up again with the code and the same key.
async fn send_code_if_needed(app: &App, user_id: &str, request: &TopUpRequest) -> Result<Option<Value>, ApiError> {
    let Some(card_id) = request.card_id.clone() else {
        return Ok(None);
    };
    let now = app.clock.now();
    let user_id = user_id.to_string();
    let reference = format!("top-up:{}", request.card_id_key());
    let has_code = request.one_time_code.is_some();
    app.store
        .write(move |tx| {
            let source = crate::orders::PaySource::Card { card_id };
            let Some(card_id) = crate::orders::needs_one_time_code(tx, &user_id, &source, has_code, now)? else {
                return Ok(None);
            };
            crate::cards::request_one_time_code(tx, &user_id, &reference, &card_id, now)?;
            Ok(Some(json!({
                "status": "one_time_code_required",
                "message": "we sent a code by SMS to your phone; send this top-up again with the code and the same Idempotency-Key",
            })))
        })
        .await
}
