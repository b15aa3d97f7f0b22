//! The partner API (`/v1/partner/...`, a partner's key) and the sandbox's
//! seller routes, which act as the order's own partner: both call the same
//! functions (`orders.rs`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use pocket_core::contract::partner::{PartnerEventRecord, PartnerEvents};
use pocket_core::contract::paths;
use pocket_core::contract::shop::{self as wire, Product, Seller};
use pocket_core::money::Money;
use pocket_core::text::{MAX_TOKEN_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use super::keys::{PartnerCaller, PartnerScope};
use super::orders::{cancel, deliver, partner_of_order, refund, ship};
use crate::app::App;
use crate::catalogue::{add_product, add_seller, NewProduct, NewSeller};
use crate::http::{Access, ApiJson, ApiPath, IdempotencyKey, Route};
use crate::idempotency::{request_hash, run_idempotent};
use crate::refusals::Refusal;

/// The partner API's routes.
pub fn routes() -> Vec<Route> {
    let partner = |method, path, summary, handler| Route::new(method, path, summary, Access::Partner, handler);
    vec![
        partner(
            "POST",
            paths::PARTNER_ORDER_SHIP,
            "Your seller shipped the order, with the carrier's tracking number (scope: shipping)",
            post(ship_handler),
        )
        .body::<ShipRequest>()
        .answers::<wire::Order>(200),
        partner(
            "POST",
            paths::PARTNER_ORDER_DELIVER,
            "The carrier delivered the order: the shopper's protection period starts (scope: shipping)",
            post(deliver_handler),
        )
        .answers::<wire::Order>(200),
        partner(
            "POST",
            paths::PARTNER_ORDER_CANCEL,
            "Your seller cancels an order before shipping: a paid one is refunded in full (scope: refunds)",
            post(cancel_handler),
        )
        .moves_money()
        .answers::<wire::Order>(200),
        partner(
            "POST",
            paths::PARTNER_ORDER_REFUND,
            "Your seller gives part or all of the held money back to the shopper, before the order ends (scope: refunds)",
            post(refund_handler),
        )
        .moves_money()
        .body::<RefundRequest>()
        .answers::<wire::Order>(200),
        partner(
            "POST",
            paths::PARTNER_SELLERS,
            "Add one of your sellers to the catalogue shoppers see (scope: catalogue)",
            post(seller_handler),
        )
        .body::<NewSeller>()
        .answers::<Seller>(201),
        partner(
            "POST",
            paths::PARTNER_SELLER_PRODUCTS,
            "Add a product to one of your sellers: options, one item's weight in grams, its price in USD (scope: catalogue)",
            post(product_handler),
        )
        .body::<NewProduct>()
        .answers::<Product>(201),
        partner(
            "GET",
            paths::PARTNER_EVENTS,
            "What you were told of your orders, newest first, with how each delivery to your webhook went",
            get(events_handler),
        )
        .answers::<PartnerEvents>(200),
        partner(
            "POST",
            paths::PARTNER_EVENT_RESEND,
            "Send an event to your webhook again, from the first try",
            post(resend_handler),
        )
        .answers::<PartnerEventRecord>(200),
    ]
}

/// The sandbox's seller routes: the same as the partner's, acting as the
/// order's own partner.
pub fn sandbox_routes() -> Vec<Route> {
    let sandbox = |method, path, summary, handler| Route::new(method, path, summary, Access::Sandbox, handler);
    vec![
        sandbox(
            "POST",
            paths::SANDBOX_ORDER_SHIP,
            "As the seller: ship with a tracking number",
            post(sandbox_ship_handler),
        )
        .body::<ShipRequest>()
        .answers::<wire::Order>(200),
        sandbox(
            "POST",
            paths::SANDBOX_ORDER_DELIVER,
            "As the carrier: deliver (protection starts)",
            post(sandbox_deliver_handler),
        )
        .answers::<wire::Order>(200),
    ]
}

/// `POST /v1/partner/orders/{order_id}/ship`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShipRequest {
    /// The carrier's tracking number.
    #[schemars(length(min = 1, max = MAX_TOKEN_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub tracking_number: String,
}

/// `POST /v1/partner/orders/{order_id}/refund`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundRequest {
    /// How much goes back to the shopper, in USD (the order's currency): above
    /// zero, at most what escrow still holds.
    pub amount: Money,
}

async fn ship_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(order_id): ApiPath<String>,
    body: ApiJson<ShipRequest>,
) -> Result<Json<wire::Order>, Refusal> {
    caller.require(PartnerScope::Shipping)?;
    let (now, tracking_number) = (app.clock.now(), body.value.tracking_number);
    let order =
        app.store.write(move |tx| ship(tx, &caller.partner_id, &order_id, tracking_number.clone(), now)).await?;
    Ok(Json(order))
}

async fn deliver_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(order_id): ApiPath<String>,
) -> Result<Json<wire::Order>, Refusal> {
    caller.require(PartnerScope::Shipping)?;
    let now = app.clock.now();
    let order = app.store.write(move |tx| deliver(tx, &caller.partner_id, &order_id, now)).await?;
    Ok(Json(order))
}

async fn cancel_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Response {
    if let Err(refusal) = caller.require(PartnerScope::Refunds) {
        return refusal.into_response();
    }
    let hash = request_hash("POST", &paths::path(paths::PARTNER_ORDER_CANCEL, &[&order_id]), "{}");
    let partner_id = caller.partner_id.clone();
    run_idempotent(&app, idempotency_scope(&caller), key, hash, move |tx, now| {
        Ok((StatusCode::OK, serde_json::to_value(cancel(tx, &partner_id, &order_id, now)?)?))
    })
    .await
}

async fn refund_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<RefundRequest>,
) -> Response {
    if let Err(refusal) = caller.require(PartnerScope::Refunds) {
        return refusal.into_response();
    }
    let hash = request_hash("POST", &paths::path(paths::PARTNER_ORDER_REFUND, &[&order_id]), &body.canonical);
    let (partner_id, amount) = (caller.partner_id.clone(), body.value.amount);
    run_idempotent(&app, idempotency_scope(&caller), key, hash, move |tx, now| {
        Ok((StatusCode::OK, serde_json::to_value(refund(tx, &partner_id, &order_id, amount, now)?)?))
    })
    .await
}

async fn seller_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    body: ApiJson<NewSeller>,
) -> Result<(StatusCode, Json<Seller>), Refusal> {
    caller.require(PartnerScope::Catalogue)?;
    let seller = app.store.write(move |tx| add_seller(tx, &caller.partner_id, &body.value)).await?;
    Ok((StatusCode::CREATED, Json(seller)))
}

async fn product_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(seller_id): ApiPath<String>,
    body: ApiJson<NewProduct>,
) -> Result<(StatusCode, Json<Product>), Refusal> {
    caller.require(PartnerScope::Catalogue)?;
    let product = app.store.write(move |tx| add_product(tx, &caller.partner_id, &seller_id, &body.value)).await?;
    Ok((StatusCode::CREATED, Json(product)))
}

async fn events_handler(State(app): State<App>, caller: PartnerCaller) -> Result<Json<PartnerEvents>, Refusal> {
    let events = app.store.read(move |tx| crate::webhooks::list_events(tx, &caller.partner_id)).await?;
    Ok(Json(events))
}

async fn resend_handler(
    State(app): State<App>,
    caller: PartnerCaller,
    ApiPath(event_id): ApiPath<String>,
) -> Result<Json<PartnerEventRecord>, Refusal> {
    let now = app.clock.now();
    let record =
        app.store.write(move |tx| crate::webhooks::resend_event(tx, &caller.partner_id, &event_id, now)).await?;
    Ok(Json(record))
}

/// A partner's Idempotency-Keys are its own: another partner's or a
/// shopper's same key is another request.
fn idempotency_scope(caller: &PartnerCaller) -> String {
    format!("partner:{}", caller.partner_id)
}

async fn sandbox_ship_handler(
    State(app): State<App>,
    ApiPath(order_id): ApiPath<String>,
    body: ApiJson<ShipRequest>,
) -> Result<Json<wire::Order>, Refusal> {
    let (now, tracking_number) = (app.clock.now(), body.value.tracking_number);
    let order = app
        .store
        .write(move |tx| ship(tx, &partner_of_order(tx, &order_id)?, &order_id, tracking_number.clone(), now))
        .await?;
    Ok(Json(order))
}

async fn sandbox_deliver_handler(
    State(app): State<App>,
    ApiPath(order_id): ApiPath<String>,
) -> Result<Json<wire::Order>, Refusal> {
    let now = app.clock.now();
    let order = app.store.write(move |tx| deliver(tx, &partner_of_order(tx, &order_id)?, &order_id, now)).await?;
    Ok(Json(order))
}
