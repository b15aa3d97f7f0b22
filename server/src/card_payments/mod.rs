//! What a card charge pays for: the order's payment into escrow, or the
//! top-up. Booked in one place (`booking.rs`), whether the request's own
//! next run finds the charge taken or the card processor's event says so
//! first (`events.rs`, `POST /v1/card-processor/events`); and a refund the
//! card could not take, put in the shopper's balance (`failed_refunds.rs`).
//! Above `cards`, `orders` and `topups`, which it joins: none of them knows
//! this module.

mod booking;
mod events;
mod failed_refunds;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::service::EventReceived;

pub use booking::{book_charge, charge_step};
pub use events::apply_event;
pub use failed_refunds::{failed_refunds, refund_to_balance, FailedRefund};

use crate::app::App;
use crate::edges::card_processor::WebhookRefusal;
use crate::http::{Access, Route};
use crate::refusals::Refusal;

/// The processor's events route.
pub fn routes() -> Vec<Route> {
    vec![Route::new(
        "POST",
        paths::CARD_PROCESSOR_EVENTS,
        "The card processor's events (Stripe's webhooks, signed with the endpoint's secret): charges taken or refused, refunds, disputes; each applied once",
        Access::Public,
        post(events_handler),
    )
    .answers::<EventReceived>(200)]
}

/// The processor's header with its signature (Stripe's name).
const SIGNATURE_HEADER: &str = "Stripe-Signature";

async fn events_handler(
    State(app): State<App>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<EventReceived>, Refusal> {
    let now = app.clock.now();
    let signature = headers.get(SIGNATURE_HEADER).and_then(|value| value.to_str().ok());
    let event = app.edges.processor.webhook_event(signature, &body, now).map_err(webhook_refusal)?;
    let config = app.config.clone();
    let applied = app.store.write(move |tx| apply_event(tx, &config, &event, now)).await?;
    Ok(Json(EventReceived { received: true, applied_before: !applied }))
}

fn webhook_refusal(refusal: WebhookRefusal) -> Refusal {
    let code = match refusal {
        WebhookRefusal::Unsigned => "event_unsigned",
        WebhookRefusal::BadSignature => "event_signature_mismatch",
        WebhookRefusal::Stale => "event_stale",
        WebhookRefusal::Malformed => "event_malformed",
        WebhookRefusal::NotAccepted => {
            return Refusal::not_found("card processor events (the sandbox's processor sends none)")
        }
    };
    Refusal::validation(code, format!("{refusal}; nothing was applied")).with_field(SIGNATURE_HEADER)
}
