//! SMS: the port, and its adapter for an HTTP gateway of Twilio's Messages
//! API shape (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, basic
//! auth with the account and its token, a form with `To`, `From`, `Body`).

use async_trait::async_trait;

use super::{http_client, Courier, DeliveryError, Sent};

/// One SMS, worded, its code in it. Never printed.
pub struct OutgoingSms<'a> {
    /// The phone number, with its country code.
    pub to: &'a str,
    /// The text.
    pub text: &'a str,
}

/// Sends SMS: the port.
pub type SmsGateway = dyn for<'a> Courier<OutgoingSms<'a>>;

/// A gateway speaking Twilio's Messages API.
pub struct TwilioSms {
    /// `https://api.twilio.com` (another host for a compatible gateway).
    pub api_url: String,
    /// The account (`AC...`).
    pub account_sid: String,
    /// The account's auth token.
    pub auth_token: String,
    /// The sending number, or a messaging service (`MG...`).
    pub from: String,
    /// The HTTP client.
    pub client: reqwest::Client,
}

impl TwilioSms {
    /// The gateway with these settings.
    pub fn new(api_url: &str, account_sid: &str, auth_token: &str, from: &str) -> TwilioSms {
        TwilioSms {
            api_url: api_url.trim_end_matches('/').to_string(),
            account_sid: account_sid.to_string(),
            auth_token: auth_token.to_string(),
            from: from.to_string(),
            client: http_client(),
        }
    }
}

#[async_trait]
impl<'a> Courier<OutgoingSms<'a>> for TwilioSms {
    async fn send(&self, sms: &OutgoingSms<'a>) -> Result<Sent, DeliveryError> {
        let url = format!("{}/2010-04-01/Accounts/{}/Messages.json", self.api_url, self.account_sid);
        let sender = if self.from.starts_with("MG") { "MessagingServiceSid" } else { "From" };
        let to: String = sms.to.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        let form = [("To", to.as_str()), (sender, self.from.as_str()), ("Body", sms.text)];
        let answer = self
            .client
            .post(url)
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .form(&form)
            .send()
            .await
            .map_err(|error| DeliveryError::TryLater(format!("the SMS gateway could not be reached ({error})")))?;
        let status = answer.status();
        let body: serde_json::Value = answer.json().await.unwrap_or_default();
        let said = |field: &str| body[field].as_str().unwrap_or_default().to_string();
        match status.as_u16() {
            200..=299 => Ok(Sent { provider_answer: format!("{} {}", said("sid"), said("status")) }),
            // Twilio answers 400 for a number it cannot send to.
            400 | 404 => {
                Err(DeliveryError::RecipientRefused(format!("{status}: {} {}", body["code"], said("message"))))
            }
            401 | 403 => Err(DeliveryError::Refused(format!("{status}: the gateway refused our credentials"))),
            _ => Err(DeliveryError::TryLater(format!("{status}: {}", said("message")))),
        }
    }
}
