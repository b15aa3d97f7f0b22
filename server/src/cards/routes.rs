//! The cards API.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::Json;
use serde_json::Value;

use super::service::{add_card, list_cards, remove_card, AddCardRequest};
use crate::app::App;
use crate::http::{Access, ApiError, ApiJson, Route, Session};

/// The card routes.
pub fn routes() -> Vec<Route> {
    let route = |method, path, summary, handler| Route {
        method,
        path,
        summary,
        access: Access::Session,
        moves_money: false,
        handler,
    };
    vec![
        route(
            "POST",
            "/v1/cards",
            "Exchange a card number for a token; bind it only if `save` is chosen",
            post(add_handler),
        ),
        route("GET", "/v1/cards", "Bound cards: brand, first 4 and last 4 digits, expiry, status", get(list_handler)),
        route("DELETE", "/v1/cards/{card_id}", "Remove a bound card", delete(remove_handler)),
    ]
}

async fn add_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<AddCardRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let now = app.clock.now();
    let card = app.store.write(move |tx| add_card(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(card)))
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| list_cards(tx, &session.user_id, now)).await?))
}

async fn remove_handler(
    State(app): State<App>,
    session: Session,
    Path(card_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let now = app.clock.now();
    app.store.write(move |tx| remove_card(tx, &session.user_id, &card_id, now)).await?;
    Ok(StatusCode::NO_CONTENT)
}
