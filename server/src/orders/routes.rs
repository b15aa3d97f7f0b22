//! The orders API: checkout, quote, pay, and the buyer's, seller's and
//! support's actions on an order.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Json;
use pocket_core::money::Currency;
use pocket_core::orders::{DisputeReason, OrderEvent, RefundPreference, Resolution};
use serde::Deserialize;
use serde_json::{json, Value};

use super::checkout::{check_out, CheckoutRequest};
use super::escrow::apply_event;
use super::pay::{card_charge, pay, quote, PayRequest};
use super::store::{load_order, order_ids, order_view, receipt_of};
use crate::app::App;
use crate::cards::code_step;
use crate::http::{replay_if_seen, run_idempotent, Access, ApiError, ApiJson, IdempotencyKey, Route, Session};
use crate::idempotency::request_hash;

fn route(
    method: &'static str,
    path: &'static str,
    summary: &'static str,
    moves_money: bool,
    handler: axum::routing::MethodRouter<App>,
) -> Route {
    Route { method, path, summary, access: Access::Session, moves_money, handler }
}

/// The shopper's order routes.
pub fn routes() -> Vec<Route> {
    vec![
        route(
            "POST",
            "/v1/checkout",
            "Check out a cart into one order per seller (2 kg and low-value cap checked)",
            false,
            post(checkout_handler),
        ),
        route("GET", "/v1/orders", "The shopper's orders, newest first", false, get(list_handler)),
        route(
            "GET",
            "/v1/orders/{order_id}",
            "One order with tracking, escrow and the actions available now",
            false,
            get(show_handler),
        ),
        route(
            "GET",
            "/v1/orders/{order_id}/quote",
            "What paying from a balance in `currency` costs, and the limits after it",
            false,
            get(quote_handler),
        ),
        route(
            "POST",
            "/v1/orders/{order_id}/pay",
            "Pay into escrow from the balance or a card, with the payment password",
            true,
            post(pay_handler),
        ),
        route(
            "POST",
            "/v1/orders/{order_id}/confirm-receipt",
            "Confirm the parcel arrived: escrow goes to the seller",
            true,
            post(confirm_handler),
        ),
        route(
            "POST",
            "/v1/orders/{order_id}/cancel",
            "Cancel an unshipped order: full refund",
            true,
            post(cancel_handler),
        ),
        route(
            "POST",
            "/v1/orders/{order_id}/dispute",
            "Open a dispute (not received, not as described, wrong item)",
            false,
            post(dispute_handler),
        ),
        route(
            "PUT",
            "/v1/orders/{order_id}/refund-destination",
            "Choose where a refund goes",
            false,
            put(refund_destination_handler),
        ),
        route("GET", "/v1/orders/{order_id}/receipt", "The payment's receipt", false, get(receipt_handler)),
    ]
}

/// The sandbox's seller and support actions.
pub fn sandbox_routes() -> Vec<Route> {
    let sandbox = |method, path, summary, moves_money, handler| Route {
        method,
        path,
        summary,
        access: Access::Sandbox,
        moves_money,
        handler,
    };
    vec![
        sandbox(
            "POST",
            "/v1/sandbox/orders/{order_id}/ship",
            "As the seller: ship with a tracking number",
            false,
            post(ship_handler),
        ),
        sandbox(
            "POST",
            "/v1/sandbox/orders/{order_id}/deliver",
            "As the carrier: deliver (protection starts)",
            false,
            post(deliver_handler),
        ),
        sandbox(
            "POST",
            "/v1/sandbox/orders/{order_id}/resolve-dispute",
            "As support: full refund, partial refund or reject",
            true,
            post(resolve_handler),
        ),
    ]
}

async fn checkout_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<CheckoutRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let now = app.clock.now();
    let view = app.store.write(move |tx| check_out(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let view = app
        .store
        .read(move |tx| {
            let orders = order_ids(tx, &session.user_id)?
                .iter()
                .map(|id| order_view(tx, &load_order(tx, Some(&session.user_id), id)?, now))
                .collect::<Result<Vec<_>, ApiError>>()?;
            Ok::<_, ApiError>(json!({ "orders": orders }))
        })
        .await?;
    Ok(Json(view))
}

async fn show_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| order_view(tx, &load_order(tx, Some(&session.user_id), &order_id)?, now)).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteQuery {
    currency: Currency,
}

async fn quote_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    Query(query): Query<QuoteQuery>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let config = app.config.clone();
    let view = app
        .store
        .read(move |tx| {
            let order = load_order(tx, Some(&session.user_id), &order_id)?;
            let price = order.machine.price;
            let fx = quote(price, query.currency)?;
            let pay = fx.map(|q| q.pay).unwrap_or(price);
            let standing = crate::accounts::load_standing(tx, &session.user_id)?;
            let history = crate::topups::spend_history_for(tx, &session.user_id, pocket_core::limits::LimitMethod::Balance)?;
            let limits = config.limits.evaluate(&standing, pocket_core::limits::LimitMethod::Balance, price, &history, now);
            let limits = match limits {
                Ok(allowed) => json!({ "allowed": true, "left_today_after": allowed.left_today, "left_this_month_after": allowed.left_this_month }),
                Err(error) => json!({ "allowed": false, "refusal": ApiError::from(error) }),
            };
            Ok::<_, ApiError>(json!({
                "order_id": order_id, "price": price, "pay": pay,
                "rate_usd_per_unit": fx.map(|q| q.rate.to_per_from().to_string()),
                "rounding": "the amount paid is rounded up to the currency's minor unit",
                "limits": limits,
            }))
        })
        .await?;
    Ok(Json(view))
}

async fn pay_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<PayRequest>,
) -> Response {
    let hash = request_hash("POST", &format!("/v1/orders/{order_id}/pay"), &body.canonical);
    if let Some(replayed) = replay_if_seen(&app, &session.user_id, &key, &hash).await {
        return replayed;
    }
    // The password is checked in its own transaction so a wrong one is
    // counted even though the payment does not happen.
    if let Err(error) =
        crate::accounts::check_payment_password(&app, &session.user_id, &body.value.payment_password).await
    {
        return error.into_response();
    }
    match code_step_for_payment(&app, &session.user_id, &order_id, &body.value).await {
        Ok(Some(sent)) => return (StatusCode::ACCEPTED, Json(sent)).into_response(),
        Ok(None) => {}
        Err(error) => return error.into_response(),
    }
    let config = app.config.clone();
    let user_id = session.user_id.clone();
    run_idempotent(&app, session.user_id, key, hash, move |tx, now| {
        Ok((StatusCode::OK, pay(tx, &config, &user_id, &order_id, &body.value, now)?))
    })
    .await
}

/// A card that asks for a one-time code gets one by SMS (202); the shopper
/// then sends the same payment again with the code and the same key, and
/// the code is checked (a wrong one counted) before the payment runs.
async fn code_step_for_payment(
    app: &App,
    user_id: &str,
    order_id: &str,
    request: &PayRequest,
) -> Result<Option<Value>, ApiError> {
    let Some(charge) = card_charge(user_id, order_id, request) else {
        return Ok(None);
    };
    let now = app.clock.now();
    let config = app.config.clone();
    let (user_id, order_id) = (user_id.to_string(), order_id.to_string());
    let step = app
        .store
        .write(move |tx| {
            let order = load_order(tx, Some(&user_id), &order_id)?;
            if order.machine.funding.is_some() {
                return Err(super::store::order_error(pocket_core::orders::OrderError::AlreadyPaid));
            }
            code_step(tx, &config, &charge, now)
        })
        .await?;
    Ok(step?.map(|sent| json!(sent)))
}

async fn buyer_event(
    app: App,
    session: Session,
    order_id: String,
    key: String,
    path: &str,
    event: OrderEvent,
) -> Response {
    let hash = request_hash("POST", &format!("/v1/orders/{order_id}/{path}"), "{}");
    let user_id = session.user_id.clone();
    run_idempotent(&app, session.user_id, key, hash, move |tx, now| {
        let order = apply_event(tx, Some(&user_id), &order_id, event, now)?;
        Ok((StatusCode::OK, order_view(tx, &order, now)?))
    })
    .await
}

async fn confirm_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Response {
    buyer_event(app, session, order_id, key, "confirm-receipt", OrderEvent::ConfirmReceipt).await
}

async fn cancel_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Response {
    buyer_event(app, session, order_id, key, "cancel", OrderEvent::Cancel).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisputeRequest {
    reason: DisputeReason,
}

async fn dispute_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    body: ApiJson<DisputeRequest>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let view = app
        .store
        .write(move |tx| {
            let order = apply_event(
                tx,
                Some(&session.user_id),
                &order_id,
                OrderEvent::OpenDispute { reason: body.value.reason },
                now,
            )?;
            order_view(tx, &order, now)
        })
        .await?;
    Ok(Json(view))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RefundDestinationRequest {
    preference: RefundPreference,
}

async fn refund_destination_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
    body: ApiJson<RefundDestinationRequest>,
) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let event = OrderEvent::ChooseRefundDestination { preference: body.value.preference };
    let view = app
        .store
        .write(move |tx| {
            let order = apply_event(tx, Some(&session.user_id), &order_id, event, now)?;
            order_view(tx, &order, now)
        })
        .await?;
    Ok(Json(view))
}

async fn receipt_handler(
    State(app): State<App>,
    session: Session,
    Path(order_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let view = app
        .store
        .read(move |tx| {
            load_order(tx, Some(&session.user_id), &order_id)?;
            receipt_of(tx, &order_id)?.ok_or_else(|| ApiError::not_found("receipt (the order is not paid)"))
        })
        .await?;
    Ok(Json(view))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShipRequest {
    tracking_number: String,
}

async fn ship_handler(
    State(app): State<App>,
    Path(order_id): Path<String>,
    body: ApiJson<ShipRequest>,
) -> Result<Json<Value>, ApiError> {
    seller_event(app, order_id, OrderEvent::Ship { tracking_number: body.value.tracking_number }).await
}

async fn deliver_handler(State(app): State<App>, Path(order_id): Path<String>) -> Result<Json<Value>, ApiError> {
    seller_event(app, order_id, OrderEvent::Deliver).await
}

async fn seller_event(app: App, order_id: String, event: OrderEvent) -> Result<Json<Value>, ApiError> {
    let now = app.clock.now();
    let view = app
        .store
        .write(move |tx| {
            let order = apply_event(tx, None, &order_id, event, now)?;
            order_view(tx, &order, now)
        })
        .await?;
    Ok(Json(view))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolveRequest {
    resolution: Resolution,
}

async fn resolve_handler(
    State(app): State<App>,
    Path(order_id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<ResolveRequest>,
) -> Response {
    let hash = request_hash("POST", &format!("/v1/sandbox/orders/{order_id}/resolve-dispute"), &body.canonical);
    let resolution = body.value.resolution;
    run_idempotent(&app, "sandbox".into(), key, hash, move |tx, now| {
        let order = apply_event(tx, None, &order_id, OrderEvent::ResolveDispute { resolution }, now)?;
        Ok((StatusCode::OK, order_view(tx, &order, now)?))
    })
    .await
}
