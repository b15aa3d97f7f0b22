//! Pushes: the port, and its adapters for Firebase Cloud Messaging's HTTP v1
//! API (Android; OAuth 2 with the project's service account) and Apple's
//! push service (iPhones; HTTP/2 with a signed provider token).

use std::time::{Duration, Instant};

use async_trait::async_trait;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use pocket_core::contract::wallet::PushPlatform;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio::sync::Mutex;

use super::{http_client, Courier, DeliveryError, Sent, SettingsError};

/// One push to one phone.
pub struct OutgoingPush<'a> {
    /// FCM or APNs.
    pub platform: PushPlatform,
    /// The phone's token.
    pub token: &'a str,
    /// The title shown.
    pub title: &'a str,
    /// The text shown.
    pub body: &'a str,
    /// What it is about (`payment`, `order_shipped`...), for the app to open
    /// the right screen when it is tapped.
    pub kind: &'a str,
    /// The thing it is about (an order id).
    pub reference: &'a str,
}

/// Sends pushes: the port. A token the platform's service no longer knows
/// is [`DeliveryError::RecipientRefused`].
pub type PushGateway = dyn for<'a> Courier<OutgoingPush<'a>>;

/// The real push services, each if configured.
pub struct PhonePushes {
    /// Android phones.
    pub fcm: Option<Fcm>,
    /// iPhones.
    pub apns: Option<Apns>,
}

#[async_trait]
impl<'a> Courier<OutgoingPush<'a>> for PhonePushes {
    async fn send(&self, push: &OutgoingPush<'a>) -> Result<Sent, DeliveryError> {
        match (push.platform, &self.fcm, &self.apns) {
            (PushPlatform::Fcm, Some(fcm), _) => fcm.send(push).await,
            (PushPlatform::Apns, _, Some(apns)) => apns.send(push).await,
            (PushPlatform::Fcm, None, _) => {
                Err(DeliveryError::Refused("pushes to Android need POCKET_FCM_CREDENTIALS_FILE".into()))
            }
            (PushPlatform::Apns, _, None) => Err(DeliveryError::Refused(
                "pushes to iPhones need POCKET_APNS_KEY_FILE, POCKET_APNS_KEY_ID, POCKET_APNS_TEAM_ID and POCKET_APNS_TOPIC"
                    .into(),
            )),
        }
    }
}

/// A bearer token and when to stop using it.
type CachedToken = Mutex<Option<(String, Instant)>>;

async fn cached_or_new<F, Fut>(cache: &CachedToken, make: F) -> Result<String, DeliveryError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(String, Duration), DeliveryError>>,
{
    let mut cached = cache.lock().await;
    if let Some((token, until)) = cached.as_ref() {
        if Instant::now() < *until {
            return Ok(token.clone());
        }
    }
    let (token, usable_for) = make().await?;
    *cached = Some((token.clone(), Instant::now() + usable_for));
    Ok(token)
}

/// The service account file Firebase gives a project (the fields used).
#[derive(Deserialize)]
struct ServiceAccount {
    project_id: String,
    client_email: String,
    private_key: String,
    token_uri: String,
}

/// Firebase Cloud Messaging, HTTP v1.
pub struct Fcm {
    api_url: String,
    project_id: String,
    client_email: String,
    signing_key: EncodingKey,
    token_uri: String,
    access_token: CachedToken,
    client: reqwest::Client,
}

/// What an OAuth 2 access token is asked for.
const FCM_SCOPE: &str = "https://www.googleapis.com/auth/firebase.messaging";

#[derive(Serialize)]
struct GoogleAssertion<'a> {
    iss: &'a str,
    scope: &'a str,
    aud: &'a str,
    iat: u64,
    exp: u64,
}

impl Fcm {
    /// FCM for the project of `service_account_json`, at `api_url`
    /// (`https://fcm.googleapis.com`).
    pub fn new(api_url: &str, service_account_json: &str) -> Result<Fcm, SettingsError> {
        let invalid = |why: String| SettingsError::Invalid { setting: "POCKET_FCM_CREDENTIALS_FILE", why };
        let account: ServiceAccount = serde_json::from_str(service_account_json)
            .map_err(|error| invalid(format!("not a Firebase service account file ({error})")))?;
        let signing_key = EncodingKey::from_rsa_pem(account.private_key.as_bytes())
            .map_err(|error| invalid(format!("its private_key is not an RSA key ({error})")))?;
        Ok(Fcm {
            api_url: api_url.trim_end_matches('/').to_string(),
            project_id: account.project_id,
            client_email: account.client_email,
            signing_key,
            token_uri: account.token_uri,
            access_token: Mutex::new(None),
            client: http_client(),
        })
    }

    /// An OAuth 2 access token for FCM, from Google's token endpoint with a
    /// signed assertion (RFC 7523), kept until a minute before it ends.
    async fn access_token(&self) -> Result<String, DeliveryError> {
        cached_or_new(&self.access_token, || async {
            let now = unix_seconds();
            let claims = GoogleAssertion {
                iss: &self.client_email,
                scope: FCM_SCOPE,
                aud: &self.token_uri,
                iat: now,
                exp: now + 3600,
            };
            let assertion = jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims, &self.signing_key)
                .map_err(|error| DeliveryError::Refused(format!("the FCM assertion could not be signed ({error})")))?;
            let form = [("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), ("assertion", &assertion)];
            let answer = self.client.post(&self.token_uri).form(&form).send().await.map_err(unreachable)?;
            let status = answer.status();
            let body: serde_json::Value = answer.json().await.unwrap_or_default();
            match (status.is_success(), body["access_token"].as_str()) {
                (true, Some(token)) => {
                    let lasts = Duration::from_secs(body["expires_in"].as_u64().unwrap_or(3600).saturating_sub(60));
                    Ok((token.to_string(), lasts))
                }
                _ if status.is_server_error() => {
                    Err(DeliveryError::TryLater(format!("Google's token endpoint: {status}")))
                }
                _ => Err(DeliveryError::Refused(format!("Google refused the service account: {status} {body}"))),
            }
        })
        .await
    }

    async fn send(&self, push: &OutgoingPush<'_>) -> Result<Sent, DeliveryError> {
        let access_token = self.access_token().await?;
        let url = format!("{}/v1/projects/{}/messages:send", self.api_url, self.project_id);
        let message = json!({ "message": {
            "token": push.token,
            "notification": { "title": push.title, "body": push.body },
            "data": { "kind": push.kind, "reference": push.reference },
            "android": { "priority": "high" },
        }});
        let answer =
            self.client.post(url).bearer_auth(&access_token).json(&message).send().await.map_err(unreachable)?;
        let status = answer.status();
        let body: serde_json::Value = answer.json().await.unwrap_or_default();
        let said = || format!("{status}: {}", body["error"]["message"].as_str().unwrap_or_default());
        match status.as_u16() {
            200..=299 => Ok(Sent { provider_answer: body["name"].as_str().unwrap_or_default().to_string() }),
            // UNREGISTERED (404) or a malformed token (400): the phone is gone.
            400 | 404 => Err(DeliveryError::RecipientRefused(said())),
            401 => {
                *self.access_token.lock().await = None;
                Err(DeliveryError::TryLater(said()))
            }
            403 => Err(DeliveryError::Refused(said())),
            _ => Err(DeliveryError::TryLater(said())),
        }
    }
}

/// Apple's push notification service, with token-based authentication.
pub struct Apns {
    api_url: String,
    key_id: String,
    team_id: String,
    topic: String,
    signing_key: EncodingKey,
    provider_token: CachedToken,
    client: reqwest::Client,
}

/// Apple takes a provider token for up to an hour and wants it renewed no
/// more often than every 20 minutes.
const APNS_TOKEN_LASTS: Duration = Duration::from_secs(50 * 60);

#[derive(Serialize)]
struct ApnsClaims<'a> {
    iss: &'a str,
    iat: u64,
}

impl Apns {
    /// APNs at `api_url` (`https://api.push.apple.com`, or
    /// `https://api.sandbox.push.apple.com` for development builds), with
    /// the team's `.p8` key.
    pub fn new(api_url: &str, key_p8: &str, key_id: &str, team_id: &str, topic: &str) -> Result<Apns, SettingsError> {
        let signing_key = EncodingKey::from_ec_pem(key_p8.as_bytes()).map_err(|error| SettingsError::Invalid {
            setting: "POCKET_APNS_KEY_FILE",
            why: format!("not an APNs .p8 key ({error})"),
        })?;
        let api_url = api_url.trim_end_matches('/').to_string();
        // Apple speaks HTTP/2 only; over TLS it is agreed on, and a plain
        // http:// receiver (a test's, on this machine) gets it directly.
        let client = match api_url.starts_with("http://") {
            true => reqwest::Client::builder().http2_prior_knowledge().timeout(super::PROVIDER_TIMEOUT).build(),
            false => reqwest::Client::builder().timeout(super::PROVIDER_TIMEOUT).build(),
        }
        .expect("the HTTP client builds");
        Ok(Apns {
            api_url,
            key_id: key_id.to_string(),
            team_id: team_id.to_string(),
            topic: topic.to_string(),
            signing_key,
            provider_token: Mutex::new(None),
            client,
        })
    }

    async fn provider_token(&self) -> Result<String, DeliveryError> {
        cached_or_new(&self.provider_token, || async {
            let mut header = Header::new(Algorithm::ES256);
            header.kid = Some(self.key_id.clone());
            let claims = ApnsClaims { iss: &self.team_id, iat: unix_seconds() };
            let token = jsonwebtoken::encode(&header, &claims, &self.signing_key)
                .map_err(|error| DeliveryError::Refused(format!("the APNs token could not be signed ({error})")))?;
            Ok((token, APNS_TOKEN_LASTS))
        })
        .await
    }

    async fn send(&self, push: &OutgoingPush<'_>) -> Result<Sent, DeliveryError> {
        let token = self.provider_token().await?;
        let payload = json!({
            "aps": { "alert": { "title": push.title, "body": push.body }, "sound": "default" },
            "kind": push.kind,
            "reference": push.reference,
        });
        let answer = self
            .client
            .post(format!("{}/3/device/{}", self.api_url, push.token))
            .bearer_auth(token)
            .header("apns-topic", &self.topic)
            .header("apns-push-type", "alert")
            .header("apns-priority", "10")
            .json(&payload)
            .send()
            .await
            .map_err(unreachable)?;
        let status = answer.status();
        let apns_id = answer.headers().get("apns-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let body: serde_json::Value = answer.json().await.unwrap_or_default();
        let reason = body["reason"].as_str().unwrap_or_default().to_string();
        match status.as_u16() {
            200 => Ok(Sent { provider_answer: apns_id }),
            // BadDeviceToken, DeviceTokenNotForTopic (400), Unregistered (410).
            400 | 410 if reason.contains("DeviceToken") || reason == "Unregistered" => {
                Err(DeliveryError::RecipientRefused(format!("{status}: {reason}")))
            }
            403 if reason == "ExpiredProviderToken" => {
                *self.provider_token.lock().await = None;
                Err(DeliveryError::TryLater(format!("{status}: {reason}")))
            }
            400 | 403 | 405 | 413 => Err(DeliveryError::Refused(format!("{status}: {reason}"))),
            _ => Err(DeliveryError::TryLater(format!("{status}: {reason}"))),
        }
    }
}

fn unreachable(error: reqwest::Error) -> DeliveryError {
    DeliveryError::TryLater(format!("the push service could not be reached ({error})"))
}

fn unix_seconds() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}
