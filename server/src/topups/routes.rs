//! The top-ups API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::wallet::{CodeSent, TopUp, TopUps};
use std::convert::Infallible;

use super::service::{create_top_up, settle_due, top_up_card_charge, top_up_view, top_up_views, TopUpRequest};
use crate::app::App;
use crate::cards::code_step;
use crate::http::{Access, ApiError, ApiJson, ApiPath, IdempotencyKey, Route};
use crate::idempotency::request_hash;
use crate::idempotency::{run_idempotent_steps, Step};
use crate::sessions::Session;

/// The top-up routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route::new(
            "POST",
            paths::TOP_UPS,
            "Add funds on a rail (bank card, bank transfer, Western Union, e-wallet, Boleto); a card may ask for an SMS code (202)",
            Access::Session,
            post(create_handler),
        )
        .moves_money()
        .body::<TopUpRequest>()
        .answers::<TopUp>(201)
        .answers::<CodeSent>(202),
        Route::new(
            "GET",
            paths::TOP_UPS,
            "The shopper's top-ups, pending ones with their expected date",
            Access::Session,
            get(list_handler),
        )
        .answers::<TopUps>(200),
        Route::new("GET", paths::TOP_UP, "One top-up", Access::Session, get(show_handler))
            .answers::<TopUp>(200),
    ]
}

async fn create_handler(
    State(app): State<App>,
    session: Session,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<TopUpRequest>,
) -> Response {
    // A malformed request is refused before anything else, replays included.
    if let Err(error) = crate::shapes::one_time_code(body.value.one_time_code.as_deref()) {
        return error.into_response();
    }
    let hash = request_hash("POST", paths::TOP_UPS, &body.canonical);
    let config = app.config.clone();
    let user_id = session.user_id.clone();
    // One write transaction: the stored answer if this key was answered
    // already, the SMS code a card may ask for, the top-up, its answer.
    let ran = run_idempotent_steps(&app, session.user_id, key, hash, move |tx, now| {
        // A card that asks for a code gets one by SMS first (202); the same
        // top-up comes again with the code and the same key.
        if let Some(charge) = top_up_card_charge(&body.value, &user_id) {
            if let Some(interim) = code_step(tx, &config, &charge, now)? {
                return Ok(Step::<Infallible>::Interim(interim));
            }
        }
        let view = create_top_up(tx, &config, &user_id, &body.value, now)?;
        Ok(Step::Answer(StatusCode::CREATED, serde_json::to_value(view)?))
    })
    .await;
    ran.unwrap_or_else(|never| match never {})
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<TopUps>, ApiError> {
    let now = app.clock.now();
    let views = app
        .store
        .write(move |tx| {
            settle_due(tx, now)?;
            top_up_views(tx, &session.user_id, None)
        })
        .await?;
    Ok(Json(TopUps { top_ups: views }))
}

async fn show_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(top_up_id): ApiPath<String>,
) -> Result<Json<TopUp>, ApiError> {
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
