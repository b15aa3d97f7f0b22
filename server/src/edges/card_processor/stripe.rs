//! Stripe: customers, payment methods attached to them, PaymentIntents
//! confirmed at once (the bank's page when it asks, `return_url` back to the
//! app), refunds, and webhooks signed with the endpoint's secret.
//!
//! Every request that makes something carries an `Idempotency-Key` derived
//! from Pocket's own, so a retry after a lost answer gets Stripe's first
//! answer instead of a second charge.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use pocket_core::contract::cards::CardProcessorKind;
use serde_json::Value;

use super::{
    CardConfirmation, CardProcessor, Charge, ChargeRequest, ChargeState, Decline, PreparedCard, ProcessorError,
    ProcessorEvent, ProcessorEventKind, RefundAccepted, RefundRequest, Tokenization, WebhookRefusal,
};
use crate::edges::http_client;

/// How far a webhook's signature time may be from ours, as Stripe's own
/// libraries allow.
pub const WEBHOOK_TOLERANCE_SECONDS: i64 = 300;

/// Stripe, with the account's keys.
pub struct StripeProcessor {
    api_url: String,
    secret_key: String,
    publishable_key: String,
    webhook_secret: String,
    client: reqwest::Client,
}

impl StripeProcessor {
    /// Stripe at `api_url` (`https://api.stripe.com`).
    pub fn new(api_url: &str, secret_key: &str, publishable_key: &str, webhook_secret: &str) -> StripeProcessor {
        StripeProcessor {
            api_url: api_url.trim_end_matches('/').to_string(),
            secret_key: secret_key.to_string(),
            publishable_key: publishable_key.to_string(),
            webhook_secret: webhook_secret.to_string(),
            client: http_client(),
        }
    }

    /// One call: a form, an idempotency key for what makes something.
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        form: &[(&str, String)],
        idempotency_key: Option<&str>,
    ) -> Result<Value, StripeError> {
        let mut request =
            self.client.request(method.clone(), format!("{}{path}", self.api_url)).bearer_auth(&self.secret_key);
        // Stripe reads every POST as a form, an empty one included.
        if method == reqwest::Method::POST {
            request = request.form(form);
        }
        if let Some(key) = idempotency_key {
            request = request.header("Idempotency-Key", key);
        }
        let answer = request
            .send()
            .await
            .map_err(|error| StripeError::Unreachable(format!("Stripe could not be reached ({error})")))?;
        let status = answer.status();
        let body: Value = answer.json().await.unwrap_or_default();
        if status.is_success() {
            return Ok(body);
        }
        Err(StripeError::Answered { status: status.as_u16(), error: body["error"].clone() })
    }
}

/// What went wrong with one call.
enum StripeError {
    Unreachable(String),
    Answered { status: u16, error: Value },
}

impl StripeError {
    /// As the port says it: a card's refusal, a refusal of the request, or
    /// worth asking again (Stripe's 409 for a key still in flight, 429, 5xx).
    fn into_processor_error(self) -> ProcessorError {
        match self {
            StripeError::Unreachable(why) => ProcessorError::TryLater(why),
            StripeError::Answered { status, error } => {
                let said = format!(
                    "{status} {}: {}",
                    error["code"].as_str().unwrap_or_default(),
                    error["message"].as_str().unwrap_or_default()
                );
                match status {
                    402 if error["type"] == "card_error" => ProcessorError::CardRefused(decline_of(&error)),
                    400 | 404 if error["code"] == "resource_missing" && names_a_payment_method(&error) => {
                        ProcessorError::NoSuchCard
                    }
                    409 | 429 | 500.. => ProcessorError::TryLater(said),
                    _ => ProcessorError::Refused(said),
                }
            }
        }
    }
}

/// Whether a "no such thing" is about a payment method (else about
/// something of Pocket's own making, such as the customer).
fn names_a_payment_method(error: &Value) -> bool {
    error["param"] == "payment_method" || error["message"].as_str().is_some_and(|m| m.contains("PaymentMethod"))
}

/// A card error's reason, from its code and decline code.
fn decline_of(error: &Value) -> Decline {
    let decline_code = error["decline_code"].as_str().or_else(|| error["code"].as_str()).unwrap_or_default();
    match decline_code {
        "insufficient_funds" => Decline::InsufficientFunds,
        "expired_card" => Decline::ExpiredCard,
        "generic_decline" | "card_declined" | "" => Decline::Declined,
        other => Decline::Other(other.to_string()),
    }
}

/// Whether an intent's last error refused the card: the bank's decline, or
/// a failed confirmation on the bank's page.
fn is_refusal(error: &Value) -> bool {
    error["type"] == "card_error" || error["code"] == "payment_intent_authentication_failure"
}

/// Where a PaymentIntent stands, in the port's words.
fn state_of(intent: &Value) -> ChargeState {
    match intent["status"].as_str().unwrap_or_default() {
        "succeeded" => ChargeState::Succeeded,
        "requires_action" => match intent["next_action"]["redirect_to_url"]["url"].as_str() {
            Some(url) => ChargeState::NeedsConfirmation { url: url.to_string() },
            None => ChargeState::Pending,
        },
        "canceled" => ChargeState::Failed(Decline::Declined),
        // After a confirmation, this status with the card's refusal (or a
        // failed bank confirmation) is a refusal; without one the attempt
        // is not decided yet.
        "requires_payment_method" if is_refusal(&intent["last_payment_error"]) => {
            ChargeState::Failed(decline_of(&intent["last_payment_error"]))
        }
        // processing, requires_capture, requires_confirmation: the
        // processor's event will say.
        _ => ChargeState::Pending,
    }
}

#[async_trait]
impl CardProcessor for StripeProcessor {
    fn tokenization(&self) -> Tokenization {
        Tokenization {
            kind: CardProcessorKind::Stripe,
            api_url: self.api_url.clone(),
            publishable_key: self.publishable_key.clone(),
        }
    }

    async fn create_customer(&self, user_id: &str) -> Result<String, ProcessorError> {
        let form = [("metadata[pocket_user_id]", user_id.to_string())];
        let customer = self
            .call(reqwest::Method::POST, "/v1/customers", &form, Some(&format!("pocket-customer-{user_id}")))
            .await
            .map_err(StripeError::into_processor_error)?;
        customer["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| ProcessorError::Refused("a customer without an id".into()))
    }

    async fn prepare_card(&self, payment_method: &str, customer: Option<&str>) -> Result<PreparedCard, ProcessorError> {
        let path = format!("/v1/payment_methods/{payment_method}");
        match customer {
            Some(customer) => {
                let form = [("customer", customer.to_string())];
                self.call(reqwest::Method::POST, &format!("{path}/attach"), &form, None).await
            }
            None => self.call(reqwest::Method::GET, &path, &[], None).await,
        }
        .map_err(StripeError::into_processor_error)?;
        Ok(PreparedCard { confirmation: CardConfirmation::ByProcessor })
    }

    async fn release_card(&self, payment_method: &str) -> Result<(), ProcessorError> {
        let path = format!("/v1/payment_methods/{payment_method}/detach");
        self.call(reqwest::Method::POST, &path, &[], None).await.map_err(StripeError::into_processor_error)?;
        Ok(())
    }

    async fn charge(&self, request: &ChargeRequest<'_>) -> Result<Charge, ProcessorError> {
        let mut form = vec![
            ("amount", request.amount.to_minor_units().to_string()),
            ("currency", request.amount.currency().code().to_lowercase()),
            ("payment_method", request.payment_method.to_string()),
            ("payment_method_types[]", "card".to_string()),
            ("confirm", "true".to_string()),
            ("return_url", request.return_url.to_string()),
            ("metadata[pocket_reference]", request.reference.to_string()),
        ];
        if let Some(customer) = request.customer {
            form.push(("customer", customer.to_string()));
        }
        match self.call(reqwest::Method::POST, "/v1/payment_intents", &form, Some(request.idempotency_key)).await {
            Ok(intent) => {
                let id =
                    intent["id"].as_str().ok_or_else(|| ProcessorError::Refused("an intent without an id".into()))?;
                Ok(Charge { id: id.to_string(), state: state_of(&intent) })
            }
            // A decline answers 402 with the intent it refused.
            Err(StripeError::Answered { status: 402, error }) if error["payment_intent"]["id"].is_string() => {
                Ok(Charge {
                    id: error["payment_intent"]["id"].as_str().unwrap_or_default().to_string(),
                    state: ChargeState::Failed(decline_of(&error)),
                })
            }
            Err(error) => Err(error.into_processor_error()),
        }
    }

    async fn charge_state(&self, charge_id: &str) -> Result<ChargeState, ProcessorError> {
        let intent = self
            .call(reqwest::Method::GET, &format!("/v1/payment_intents/{charge_id}"), &[], None)
            .await
            .map_err(StripeError::into_processor_error)?;
        Ok(state_of(&intent))
    }

    async fn refund(&self, request: &RefundRequest<'_>) -> Result<RefundAccepted, ProcessorError> {
        let form = [
            ("payment_intent", request.charge_id.to_string()),
            ("amount", request.amount.to_minor_units().to_string()),
            ("metadata[pocket_refund_id]", request.idempotency_key.to_string()),
        ];
        let refund = self
            .call(reqwest::Method::POST, "/v1/refunds", &form, Some(request.idempotency_key))
            .await
            .map_err(StripeError::into_processor_error)?;
        Ok(RefundAccepted {
            id: refund["id"].as_str().unwrap_or_default().to_string(),
            status: refund["status"].as_str().unwrap_or_default().to_string(),
        })
    }

    fn webhook_event(
        &self,
        signature: Option<&str>,
        body: &[u8],
        now: DateTime<Utc>,
    ) -> Result<ProcessorEvent, WebhookRefusal> {
        verify_signature(&self.webhook_secret, signature.ok_or(WebhookRefusal::Unsigned)?, body, now)?;
        let event: Value = serde_json::from_slice(body).map_err(|_| WebhookRefusal::Malformed)?;
        let id = event["id"].as_str().ok_or(WebhookRefusal::Malformed)?.to_string();
        let kind_name = event["type"].as_str().ok_or(WebhookRefusal::Malformed)?.to_string();
        let object = &event["data"]["object"];
        let text = |value: &Value| value.as_str().map(str::to_string).ok_or(WebhookRefusal::Malformed);
        let kind = match kind_name.as_str() {
            "payment_intent.succeeded" => ProcessorEventKind::ChargeSucceeded { charge_id: text(&object["id"])? },
            "payment_intent.payment_failed" | "payment_intent.canceled" => ProcessorEventKind::ChargeFailed {
                charge_id: text(&object["id"])?,
                decline: decline_of(&object["last_payment_error"]),
            },
            "refund.updated" | "refund.failed" => match object["status"].as_str() {
                Some(status @ ("succeeded" | "failed" | "canceled")) => ProcessorEventKind::RefundSettled {
                    refund_id: text(&object["metadata"]["pocket_refund_id"])?,
                    succeeded: status == "succeeded",
                },
                _ => ProcessorEventKind::Other,
            },
            "charge.dispute.created" => {
                ProcessorEventKind::DisputeOpened { charge_id: text(&object["payment_intent"])? }
            }
            _ => ProcessorEventKind::Other,
        };
        Ok(ProcessorEvent { id, kind_name, kind })
    }
}

/// Stripe's signature: `Stripe-Signature: t=TIMESTAMP,v1=HEX[,v1=...]`, HEX
/// the HMAC-SHA256 of `TIMESTAMP.BODY` under the endpoint's secret, compared
/// in constant time; the timestamp within [`WEBHOOK_TOLERANCE_SECONDS`].
pub fn verify_signature(secret: &str, header: &str, body: &[u8], now: DateTime<Utc>) -> Result<(), WebhookRefusal> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
            Some(("v1", value)) => signatures.extend(hex::decode(value).ok()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(WebhookRefusal::Malformed)?;
    if signatures.is_empty() {
        return Err(WebhookRefusal::Unsigned);
    }
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    let signed = [timestamp.to_string().as_bytes(), b".", body].concat();
    if !signatures.iter().any(|signature| ring::hmac::verify(&key, &signed, signature).is_ok()) {
        return Err(WebhookRefusal::BadSignature);
    }
    if (now.timestamp() - timestamp).abs() > WEBHOOK_TOLERANCE_SECONDS {
        return Err(WebhookRefusal::Stale);
    }
    Ok(())
}

/// The `Stripe-Signature` header Stripe would send for `body` at `timestamp`:
/// what the tests sign their events with. Pocket signs its partners' events
/// the same way, so the one signer serves both.
pub fn sign_event(secret: &str, body: &[u8], timestamp: i64) -> String {
    crate::webhooks::sign(secret, timestamp, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_webhook_is_taken_only_signed_by_the_endpoints_secret_within_five_minutes() {
        let (secret, body, now) = ("whsec_test", br#"{"id":"evt_1"}"#.as_slice(), Utc::now());
        let signed = sign_event(secret, body, now.timestamp());
        assert_eq!(verify_signature(secret, &signed, body, now), Ok(()));
        assert_eq!(verify_signature("whsec_other", &signed, body, now), Err(WebhookRefusal::BadSignature));
        assert_eq!(verify_signature(secret, &signed, br#"{"id":"evt_2"}"#, now), Err(WebhookRefusal::BadSignature));
        let old = sign_event(secret, body, now.timestamp() - WEBHOOK_TOLERANCE_SECONDS - 1);
        assert_eq!(verify_signature(secret, &old, body, now), Err(WebhookRefusal::Stale));
        assert_eq!(
            verify_signature(secret, &format!("t={}", now.timestamp()), body, now),
            Err(WebhookRefusal::Unsigned)
        );
        // A rolled secret: Stripe signs with both for a while; either passes.
        let both = format!("{signed},v1={}", "00".repeat(32));
        assert_eq!(verify_signature(secret, &both, body, now), Ok(()));
    }

    #[test]
    fn an_intents_status_is_read_as_the_port_says_it() {
        let intent = |json: Value| state_of(&json);
        assert_eq!(intent(serde_json::json!({ "status": "succeeded" })), ChargeState::Succeeded);
        assert_eq!(
            intent(
                serde_json::json!({ "status": "requires_action", "next_action": { "type": "redirect_to_url", "redirect_to_url": { "url": "https://hooks.stripe.com/3ds" } } })
            ),
            ChargeState::NeedsConfirmation { url: "https://hooks.stripe.com/3ds".into() }
        );
        assert_eq!(intent(serde_json::json!({ "status": "processing" })), ChargeState::Pending);
        assert_eq!(
            intent(
                serde_json::json!({ "status": "requires_payment_method", "last_payment_error": { "type": "card_error", "decline_code": "insufficient_funds" } })
            ),
            ChargeState::Failed(Decline::InsufficientFunds)
        );
        assert_eq!(intent(serde_json::json!({ "status": "requires_payment_method" })), ChargeState::Pending);
        let other_error = serde_json::json!({ "status": "requires_payment_method", "last_payment_error": { "type": "idempotency_error" } });
        assert_eq!(intent(other_error), ChargeState::Pending, "not the card's refusal");
        let failed_3ds = serde_json::json!({ "status": "requires_payment_method", "last_payment_error": { "type": "invalid_request_error", "code": "payment_intent_authentication_failure" } });
        assert_eq!(
            intent(failed_3ds),
            ChargeState::Failed(Decline::Other("payment_intent_authentication_failure".into()))
        );
    }
}
