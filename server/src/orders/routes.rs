//! The orders API: checkout, quote, pay, and the buyer's, seller's and
//! support's actions on an order.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::service::ErrorDetail;
use pocket_core::contract::shop::{self as wire, Checkout, Orders, Paid, Quote, QuoteLimits, Receipt, RefundReceipt};
use pocket_core::contract::shop::{DisputeRequest, RefundDestinationRequest};
use pocket_core::contract::wallet::{ChargeAwaiting, CodeSent};
use pocket_core::limits::LimitMethod;
use pocket_core::money::Currency;
use pocket_core::orders::{OrderEvent, Resolution};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

use super::checkout::{check_out, CheckoutRequest};
use super::escrow::apply_event;
use super::pay::{card_charge, check_payable, limit_method, pay, payment_limits, PayRequest, PaySource};
use super::store::{load_order, order_ids, order_view, receipt_of, refund_receipt_of, StoredOrder};
use crate::accounts::{
    guarded_by_payment_password, payer_with_password, LegacyPaymentPasswordHash, PasswordStop, Payer,
};
use crate::app::{App, Config};
use crate::card_payments::charge_step;
use crate::cards::{run_charging, CardAttempt, ChargingRequest, Deferred};
use crate::fx::quote;
use crate::http::{Access, ApiJson, ApiPath, ApiQuery, IdempotencyKey, Route};
use crate::idempotency::request_hash;
use crate::idempotency::{run_idempotent, run_idempotent_steps, Step};
use crate::refusals::Refusal;
use crate::sessions::Session;
use crate::store::Db;
use chrono::{DateTime, Utc};

/// The shopper's order routes.
pub fn routes() -> Vec<Route> {
    let route = |method, path, summary, handler| Route::new(method, path, summary, Access::Session, handler);
    vec![
        route(
            "POST",
            paths::CHECKOUT,
            "Check out a cart into one order per seller (2 kg and low-value cap checked)",
            post(checkout_handler),
        )
        .body::<CheckoutRequest>()
        .answers::<Checkout>(201),
        route("GET", paths::ORDERS, "The shopper's orders, newest first", get(list_handler)).answers::<Orders>(200),
        route(
            "GET",
            paths::ORDER,
            "One order with tracking, escrow and the actions available now",
            get(show_handler),
        )
        .answers::<wire::Order>(200),
        route(
            "GET",
            paths::ORDER_QUOTE,
            "What paying from a balance in `currency` costs, and the limits after it",
            get(quote_handler),
        )
        .query::<QuoteQuery>()
        .answers::<Quote>(200),
        route(
            "POST",
            paths::ORDER_PAY,
            "Pay into escrow from the balance or a card, with the payment password; a card's charge may wait for the bank's page or the processor, or (sandbox) an SMS code (202)",
            post(pay_handler),
        )
        .moves_money()
        .body::<PayRequest>()
        .answers::<Paid>(200)
        .answers::<CodeSent>(202)
        .answers::<ChargeAwaiting>(202),
        route(
            "POST",
            paths::ORDER_CONFIRM_RECEIPT,
            "Confirm the parcel arrived: escrow goes to the seller",
            post(confirm_handler),
        )
        .moves_money()
        .answers::<wire::Order>(200),
        route("POST", paths::ORDER_CANCEL, "Cancel an unshipped order: full refund", post(cancel_handler))
            .moves_money()
            .answers::<wire::Order>(200),
        route(
            "POST",
            paths::ORDER_DISPUTE,
            "Open a dispute (not received, not as described, wrong item)",
            post(dispute_handler),
        )
        .body::<DisputeRequest>()
        .answers::<wire::Order>(200),
        route(
            "PUT",
            paths::ORDER_REFUND_DESTINATION,
            "Choose where a refund goes",
            put(refund_destination_handler),
        )
        .body::<RefundDestinationRequest>()
        .answers::<wire::Order>(200),
        route("GET", paths::ORDER_RECEIPT, "The payment's receipt", get(receipt_handler))
            .answers::<Receipt>(200),
        route(
            "GET",
            paths::ORDER_REFUND_RECEIPT,
            "The refund's receipt: how much, and where it went (the balance, the card, or the top-up it went back through)",
            get(refund_receipt_handler),
        )
        .answers::<RefundReceipt>(200),
    ]
}

/// The sandbox's support actions (the seller's are the partner's, in
/// `partners`).
pub fn sandbox_routes() -> Vec<Route> {
    let sandbox = |method, path, summary, handler| Route::new(method, path, summary, Access::Sandbox, handler);
    vec![sandbox(
        "POST",
        paths::SANDBOX_ORDER_RESOLVE_DISPUTE,
        "As support: full refund, partial refund or reject",
        post(resolve_handler),
    )
    .moves_money()
    .body::<ResolveRequest>()
    .answers::<wire::Order>(200)]
}

async fn checkout_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<CheckoutRequest>,
) -> Result<(StatusCode, Json<Checkout>), Refusal> {
    let now = app.clock.now();
    let view = app.store.write(move |tx| check_out(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

async fn list_handler(State(app): State<App>, session: Session) -> Result<Json<Orders>, Refusal> {
    let now = app.clock.now();
    let view = app
        .store
        .read(move |tx| {
            let orders = order_ids(tx, &session.user_id)?
                .iter()
                .map(|id| order_view(tx, &load_order(tx, Some(&session.user_id), id)?, now))
                .collect::<Result<Vec<_>, Refusal>>()?;
            Ok::<_, Refusal>(Orders { orders })
        })
        .await?;
    Ok(Json(view))
}

async fn show_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
) -> Result<Json<wire::Order>, Refusal> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| order_view(tx, &load_order(tx, Some(&session.user_id), &order_id)?, now)).await?))
}

/// `GET /v1/orders/{order_id}/quote?currency=RUB`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct QuoteQuery {
    /// The balance to pay from.
    currency: Currency,
}

async fn quote_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    ApiQuery(query): ApiQuery<QuoteQuery>,
) -> Result<Json<Quote>, Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    let view = app
        .store
        .read(move |tx| {
            let order = load_order(tx, Some(&session.user_id), &order_id)?;
            let price = order.machine.price;
            let fx = quote(price, query.currency)?;
            let pay = fx.map(|q| q.pay).unwrap_or(price);
            let payer = Payer::load(tx, &session.user_id, LimitMethod::Balance, now)?;
            let limits = payment_limits(tx, &config, &payer, price, now)?;
            let limits = match limits {
                Ok(allowed) => QuoteLimits {
                    allowed: true,
                    left_today_after: Some(allowed.left_today),
                    left_this_month_after: Some(allowed.left_this_month),
                    refusal: None,
                },
                Err(error) => QuoteLimits {
                    allowed: false,
                    left_today_after: None,
                    left_this_month_after: None,
                    refusal: Some(ErrorDetail::from(Refusal::from(error))),
                },
            };
            Ok::<_, Refusal>(Quote {
                order_id,
                price,
                pay,
                rate_usd_per_unit: fx.map(|q| q.rate.to_per_from().to_string()),
                rounding: "the amount paid is rounded up to the currency's minor unit".into(),
                limits,
            })
        })
        .await?;
    Ok(Json(view))
}

async fn pay_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<PayRequest>,
) -> Response {
    // A malformed request is refused before anything else, replays included.
    if let Err(error) = check_shapes(&body.value) {
        return error.into_response();
    }
    let hash = request_hash("POST", &paths::path(paths::ORDER_PAY, &[&order_id]), &body.canonical);
    let charging = ChargingRequest { key, hash, canonical: body.canonical.clone() };
    let request = Arc::new(body.value);
    let (user_id, password) = (&session.user_id, &request.payment_password);
    // From the balance, nothing leaves the database; by card, the card
    // processor is asked between two runs of the payment's transaction.
    match &request.source {
        PaySource::Balance { .. } => {
            guarded_by_payment_password(&app, user_id, password, || {
                pay_from_balance(&app, user_id, &charging, &order_id, request.clone())
            })
            .await
        }
        PaySource::Card { card_id } => {
            run_charging(&app, user_id, Some(password), |synced| {
                pay_by_card(&app, user_id, card_id, &charging, &order_id, request.clone(), synced)
            })
            .await
        }
    }
}

fn check_shapes(request: &PayRequest) -> Result<(), Refusal> {
    crate::shapes::payment_password(&request.payment_password)?;
    crate::shapes::one_time_code(request.one_time_code.as_deref())
}

/// One run of a payment from the balance, its one write transaction after
/// the session read: the stored answer if this key was answered already;
/// the order is the shopper's (before any password is counted); the
/// payment password, counted; the payment with its escrow hold; and its
/// answer, kept with the key.
async fn pay_from_balance(
    app: &App,
    user_id: &str,
    charging: &ChargingRequest,
    order_id: &str,
    request: Arc<PayRequest>,
) -> Result<Response, LegacyPaymentPasswordHash> {
    let config = app.config.clone();
    let (user_id, order_id) = (user_id.to_string(), order_id.to_string());
    let (key, hash) = (charging.key.clone(), charging.hash.clone());
    run_idempotent_steps(app, user_id.clone(), key, hash, move |tx, now| {
        let (order, payer) = match order_and_payer(tx, &config, &user_id, &order_id, &request, now)? {
            Ok(found) => found,
            Err(stop) => return Ok(Step::from(stop)),
        };
        let paid = pay(tx, &config, &payer, order, &request.source, now)?;
        Ok(Step::Answer(StatusCode::OK, serde_json::to_value(paid)?))
    })
    .await
}

/// One run of a payment by card: as [`pay_from_balance`], but the order and
/// the limits are checked before the card is charged, then the charge
/// (`cards::card_step`), which books the payment once it is taken.
async fn pay_by_card(
    app: &App,
    user_id: &str,
    card_id: &str,
    charging: &ChargingRequest,
    order_id: &str,
    request: Arc<PayRequest>,
    synced: bool,
) -> Result<Response, Deferred> {
    let config = app.config.clone();
    let (user_id, card_id, order_id, charging) =
        (user_id.to_string(), card_id.to_string(), order_id.to_string(), charging.clone());
    let (key, hash) = (charging.key.clone(), charging.hash.clone());
    run_idempotent_steps(app, user_id.clone(), key, hash, move |tx, now| {
        let (order, payer) = match order_and_payer(tx, &config, &user_id, &order_id, &request, now)? {
            Ok(found) => found,
            Err(stop) => return Ok(Step::from(stop)),
        };
        if order.machine.funding.is_some() {
            return Err(super::store::order_error(pocket_core::orders::OrderError::AlreadyPaid).not_final());
        }
        check_payable(tx, &config, &payer, &order, &request.source, now)?;
        let charge = card_charge(&user_id, &card_id, &order, &request);
        charge_step(tx, &config, &CardAttempt { charge: &charge, request: &charging, synced }, now)
    })
    .await
}

/// The order (the shopper's, or 404 before any password is counted) and
/// the payer, her payment password counted: what both kinds of payment
/// begin with.
fn order_and_payer(
    tx: &Db,
    config: &Config,
    user_id: &str,
    order_id: &str,
    request: &PayRequest,
    now: DateTime<Utc>,
) -> Result<Result<(StoredOrder, Payer), PasswordStop>, Refusal> {
    let order = load_order(tx, Some(user_id), order_id).map_err(Refusal::not_final)?;
    let method = limit_method(&request.source);
    Ok(payer_with_password(tx, config, user_id, &request.payment_password, method, now)?.map(|payer| (order, payer)))
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
        let order = apply_event(tx, Some(&user_id), &order_id, event.clone(), now)?;
        Ok((StatusCode::OK, serde_json::to_value(order_view(tx, &order, now)?)?))
    })
    .await
}

async fn confirm_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Response {
    buyer_event(app, session, order_id, key, "confirm-receipt", OrderEvent::ConfirmReceipt).await
}

async fn cancel_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Response {
    buyer_event(app, session, order_id, key, "cancel", OrderEvent::Cancel).await
}

async fn dispute_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    body: ApiJson<DisputeRequest>,
) -> Result<Json<wire::Order>, Refusal> {
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

async fn refund_destination_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
    body: ApiJson<RefundDestinationRequest>,
) -> Result<Json<wire::Order>, Refusal> {
    let now = app.clock.now();
    let event = OrderEvent::ChooseRefundDestination { preference: body.value.preference };
    let view = app
        .store
        .write(move |tx| {
            let order = apply_event(tx, Some(&session.user_id), &order_id, event.clone(), now)?;
            order_view(tx, &order, now)
        })
        .await?;
    Ok(Json(view))
}

async fn refund_receipt_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
) -> Result<Json<RefundReceipt>, Refusal> {
    let view = app
        .store
        .read(move |tx| {
            load_order(tx, Some(&session.user_id), &order_id)?;
            refund_receipt_of(tx, &order_id)?.ok_or_else(|| Refusal::not_found("refund (the order was not refunded)"))
        })
        .await?;
    Ok(Json(view))
}

async fn receipt_handler(
    State(app): State<App>,
    session: Session,
    ApiPath(order_id): ApiPath<String>,
) -> Result<Json<Receipt>, Refusal> {
    let view = app
        .store
        .read(move |tx| {
            load_order(tx, Some(&session.user_id), &order_id)?;
            receipt_of(tx, &order_id)?.ok_or_else(|| Refusal::not_found("receipt (the order is not paid)"))
        })
        .await?;
    Ok(Json(view))
}

/// `POST /v1/sandbox/orders/{order_id}/resolve-dispute`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ResolveRequest {
    /// Full refund, partial refund, or rejected.
    resolution: Resolution,
}

async fn resolve_handler(
    State(app): State<App>,
    ApiPath(order_id): ApiPath<String>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<ResolveRequest>,
) -> Response {
    let hash = request_hash("POST", &paths::path(paths::SANDBOX_ORDER_RESOLVE_DISPUTE, &[&order_id]), &body.canonical);
    let resolution = body.value.resolution;
    run_idempotent(&app, "sandbox".into(), key, hash, move |tx, now| {
        Ok((StatusCode::OK, serde_json::to_value(super::escrow::decide_dispute(tx, &order_id, resolution, now)?)?))
    })
    .await
}
