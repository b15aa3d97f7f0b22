//! The cards API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Json;
use pocket_core::contract::cards::{Card, Cards};
use pocket_core::contract::paths;

use super::service::{add_card, list_cards, remove_card, replace_card, AddCardRequest, ReplaceCardRequest};
use crate::app::App;
use crate::http::{Access, ApiError, ApiJson, ApiPath, Route};
use crate::sessions::Session;

/// The card routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route::new(
            "POST",
            paths::CARDS,
            "Exchange a card number for a token; bind it only if `save` is chosen (else it pays once, within 30 minutes)",
            Access::Session,
            post(add_handler),
        )
        .body::<AddCardRequest>()
        .answers::<Card>(201),
        Route::new(
            "GET",
            paths::CARDS,
            "Bound cards: brand, first 4 and last 4 digits, expiry, status",
            Access::Session,
            get(list_handler),
        )
        .answers::<Cards>(200),
        Route::new("DELETE", paths::CARD, "Remove a bound card", Access::Session, delete(remove_handler))
            .answers_empty(204),
        Route::new(
            "POST",
            paths::CARD_REPLACE,
            "Replace a bound card in one step: the new card is checked and bound before the old one is removed; a failure keeps the old one",
            Access::Session,
            post(replace_handler),
        )
        .body::<ReplaceCardRequest>()
        .answers::<Card>(201),
    ]
}

async fn replace_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(card_id): ApiPath<String>,
    body: ApiJson<ReplaceCardRequest>,
) -> Result<(StatusCode, Json<Card>), ApiError> {
    let now = app.clock.now();
    let card = app.store.write(move |tx| replace_card(tx, &session.user_id, &card_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

async fn add_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<AddCardRequest>,
) -> Result<(StatusCode, Json<Card>), ApiError> {
    let now = app.clock.now();
    let card = app.store.write(move |tx| add_card(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Cards>, ApiError> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| list_cards(tx, &session.user_id, now)).await?))
}

async fn remove_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(card_id): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let now = app.clock.now();
    app.store.write(move |tx| remove_card(tx, &session.user_id, &card_id, now)).await?;
    Ok(StatusCode::NO_CONTENT)
}
