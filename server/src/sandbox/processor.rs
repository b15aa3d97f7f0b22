//! The sandbox's card processor plays Stripe's tokenization at a route of
//! its own (`POST /v1/sandbox/processor/v1/payment_methods`, a form in
//! Stripe's shape), so the phone speaks to it as it would to Stripe. It
//! keeps how the test card will answer (see
//! `edges::card_processor::TestCardBehaviour`), never the number.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Json;
use pocket_core::cards::{CardExpiry, CardNumber};
use pocket_core::contract::paths;
use pocket_core::contract::sandbox::{SandboxCardDetails, SandboxPaymentMethod};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::app::App;
use crate::edges::card_processor::TestCardBehaviour;
use crate::http::{Access, ApiForm, Route};
use crate::params;
use crate::refusals::Refusal;
use crate::wire::wire_name;

/// The route.
pub fn routes() -> Vec<Route> {
    vec![Route::new(
        "POST",
        paths::SANDBOX_PROCESSOR_PAYMENT_METHODS,
        "As the card processor (Stripe's shape): tokenize a test card; the number stays here, the phone gets a payment-method id",
        Access::Sandbox,
        post(tokenize_handler),
    )
    .form_body::<TokenizeForm>()
    .answers::<SandboxPaymentMethod>(200)]
}

/// Stripe's `POST /v1/payment_methods` form for a card.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TokenizeForm {
    /// `card`.
    #[serde(rename = "type")]
    #[schemars(pattern(r"^card$"))]
    kind: String,
    /// The card number.
    #[serde(rename = "card[number]")]
    #[schemars(length(min = 12, max = 23), pattern(r"^[0-9][0-9 -]*[0-9]$"))]
    number: String,
    /// The expiry's month, 1 to 12.
    #[serde(rename = "card[exp_month]")]
    #[schemars(range(min = 1, max = 12))]
    exp_month: u8,
    /// The expiry's year, four digits.
    #[serde(rename = "card[exp_year]")]
    #[schemars(range(min = 2000, max = 2099))]
    exp_year: u16,
    /// The security code: taken, never kept.
    #[serde(rename = "card[cvc]", default)]
    #[schemars(length(min = 3, max = 4), pattern(r"^[0-9]+$"))]
    cvc: Option<String>,
}

async fn tokenize_handler(
    State(app): State<App>,
    headers: HeaderMap,
    ApiForm(form): ApiForm<TokenizeForm>,
) -> Result<(StatusCode, Json<SandboxPaymentMethod>), Refusal> {
    let public_key = headers.get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    if !public_key.is_some_and(|key| key.starts_with("pk_")) {
        return Err(Refusal::unauthorized().with_field("Authorization"));
    }
    if form.kind != "card" {
        return Err(Refusal::validation("invalid_type", "the sandbox's processor tokenizes cards only: type=card")
            .with_field("type"));
    }
    drop(form.cvc);
    let number = CardNumber::parse(&form.number)
        .map_err(|error| Refusal::validation("incorrect_number", error.to_string()).with_field("card[number]"))?;
    drop(form.number);
    let expiry = CardExpiry { month: form.exp_month, year: form.exp_year };
    let month_exists = (1..=12).contains(&expiry.month);
    month_exists
        .then_some(())
        .ok_or(pocket_core::cards::CardError::BadExpiryMonth { month: expiry.month.into() })
        .and_then(|()| expiry.can_pay(app.clock.now().date_naive()))
        .map_err(|error| Refusal::validation("invalid_expiry", error.to_string()).with_field("card[exp_month]"))?;
    let masked = number.masked();
    let behaviour = TestCardBehaviour::of(&number);
    drop(number);
    let id = format!("pm_sandbox_{}", crate::ids::random_hex(12));
    let (brand, last4) = (wire_name(&masked.brand), masked.last4.clone());
    let now = app.clock.now();
    let kept = (id.clone(), brand.clone(), last4.clone());
    app.store
        .write(move |tx| {
            tx.execute(
                "INSERT INTO sandbox_payment_methods (id, behaviour, brand, last4, exp_month, exp_year, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![kept.0, behaviour.as_str(), kept.1, kept.2, expiry.month, expiry.year, now.to_rfc3339()],
            )?;
            Ok::<_, Refusal>(())
        })
        .await?;
    let card = SandboxCardDetails { brand, last4, exp_month: form.exp_month.into(), exp_year: form.exp_year.into() };
    Ok((StatusCode::OK, Json(SandboxPaymentMethod { id, object: "payment_method".into(), kind: "card".into(), card })))
}
