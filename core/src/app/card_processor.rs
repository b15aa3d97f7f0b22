//! Tokenizing a card on the phone: the number goes from here to the card
//! processor only, in the shape of Stripe's `POST /v1/payment_methods` (a
//! form, the processor's public key as the bearer token), and the service
//! gets the processor's id for the card with what the app shows of it. The
//! service says where to tokenize (`GET /v1/card-processor`): Stripe, or the
//! sandbox's processor on the service itself.

use reqwest::Method;
use serde_json::Value;
use zeroize::Zeroizing;

use super::service::{check_service_url, http_client, Unanswered};
use super::{Inner, PocketError};
use crate::cards::{CardExpiry, CardNumber};
use crate::contract::cards::CardProcessorInfo;
use crate::contract::paths;

impl Inner {
    /// Where the service says cards are tokenized.
    async fn card_processor(&self) -> Result<CardProcessorInfo, PocketError> {
        let answer = self.service.read(paths::CARD_PROCESSOR, None).await?;
        serde_json::from_value(answer.into_body()?).map_err(PocketError::internal)
    }

    /// Exchanges the number for the processor's payment-method id. Nothing
    /// of the number is kept, logged or sent anywhere else.
    pub(crate) async fn tokenize(&self, number: &CardNumber, expiry: CardExpiry) -> Result<String, PocketError> {
        let processor = self.card_processor().await?;
        let api_url = if processor.api_url.starts_with('/') {
            self.service.url_of(&processor.api_url)
        } else {
            processor.api_url.trim_end_matches('/').to_string()
        };
        let encrypted = check_service_url(&api_url).map_err(PocketError::internal)?;
        let http = http_client(encrypted)
            .map_err(PocketError::internal)?
            .timeout(self.service.timeout())
            .build()
            .map_err(|error| PocketError::internal(format!("cannot build the HTTP client: {error}")))?;
        let digits = Zeroizing::new(number.expose_digits().to_string());
        let form = [
            ("type", "card".to_string()),
            ("card[number]", digits.to_string()),
            ("card[exp_month]", expiry.month.to_string()),
            ("card[exp_year]", expiry.year.to_string()),
        ];
        let sent = http
            .request(Method::POST, format!("{api_url}/v1/payment_methods"))
            .bearer_auth(&processor.publishable_key)
            .form(&form)
            .send()
            .await;
        drop(form);
        let response = sent.map_err(|error| {
            PocketError::from(Unanswered::Unreachable(format!(
                "the card processor could not be reached ({})",
                error.without_url()
            )))
        })?;
        let status = response.status();
        let body: Value = response.json().await.unwrap_or_default();
        if status.is_success() {
            return body["id"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| PocketError::internal("the card processor answered without a payment method"));
        }
        Err(refused_by_processor(status.as_u16(), &body))
    }
}

/// The processor's refusal of a card as the shopper's error on the field at
/// fault: Stripe's `param` (`card[exp_month]`) or the sandbox's `field`.
fn refused_by_processor(status: u16, body: &Value) -> PocketError {
    let error = &body["error"];
    let code = error["code"].as_str().unwrap_or("card_refused");
    let message =
        error["message"].as_str().unwrap_or("the card processor refused the card; check its number and expiry");
    if status >= 500 {
        return PocketError::from(Unanswered::ServiceFailed(status));
    }
    let at = error["param"].as_str().or_else(|| error["field"].as_str()).unwrap_or_default();
    let field = if at.contains("exp") { "expiry" } else { "number" };
    PocketError::invalid(field, code, message)
}
