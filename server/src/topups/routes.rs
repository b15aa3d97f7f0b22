//! The top-ups API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::wallet::{ChargeAwaiting, CodeSent, TopUp, TopUps};
use std::sync::Arc;

use super::arrival::read_after_arrivals;
use super::service::{book_top_up, check_top_up_request, top_up_card_charge, top_up_view, top_up_views, TopUpRequest};
use crate::app::App;
use crate::card_payments::charge_step;
use crate::cards::{run_charging, CardAttempt, ChargingRequest, Deferred};
use crate::http::{Access, ApiJson, ApiPath, IdempotencyKey, Route};
use crate::idempotency::request_hash;
use crate::idempotency::{run_idempotent_steps, Step};
use crate::refusals::Refusal;
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
        .answers::<CodeSent>(202)
        .answers::<ChargeAwaiting>(202),
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
    let charging = ChargingRequest { key, hash, canonical: body.canonical.clone() };
    let request = Arc::new(body.value);
    run_charging(&app, &session.user_id, None, |synced| {
        top_up_once(&app, &session.user_id, &charging, request.clone(), synced)
    })
    .await
}

/// One run of a top-up's write transaction: the stored answer if this key
/// was answered already; the rules; a card's charge (`cards::card_step`);
/// the top-up booked; its answer, kept with the key.
async fn top_up_once(
    app: &App,
    user_id: &str,
    charging: &ChargingRequest,
    request: Arc<TopUpRequest>,
    synced: bool,
) -> Result<Response, Deferred> {
    let config = app.config.clone();
    let (user_id, charging) = (user_id.to_string(), charging.clone());
    let (key, hash) = (charging.key.clone(), charging.hash.clone());
    run_idempotent_steps(app, user_id.clone(), key, hash, move |tx, now| {
        let checked = check_top_up_request(tx, &config, &user_id, &request, now)?;
        if let Some(charge) = top_up_card_charge(&request, &user_id) {
            return charge_step(tx, &config, &CardAttempt { charge: &charge, request: &charging, synced }, now);
        }
        let view = book_top_up(tx, &user_id, &request, &checked, now)?;
        Ok(Step::Answer(StatusCode::CREATED, serde_json::to_value(view)?))
    })
    .await
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<TopUps>, Refusal> {
    let views = read_after_arrivals(&app, move |tx| top_up_views(tx, &session.user_id, None)).await?;
    Ok(Json(TopUps { top_ups: views }))
}

async fn show_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(top_up_id): ApiPath<String>,
) -> Result<Json<TopUp>, Refusal> {
    let view = read_after_arrivals(&app, move |tx| top_up_view(tx, &session.user_id, &top_up_id)).await?;
    Ok(Json(view))
}
