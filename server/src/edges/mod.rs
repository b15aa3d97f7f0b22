//! The service's edges to the world: the card processor, email, SMS and
//! pushes, each a port (a trait: [`CardProcessor`], and a [`Courier`] for
//! each kind of message) with two adapters. The sandbox's keeps what would
//! be sent for the developer to read (`/v1/sandbox/messages`,
//! `/v1/sandbox/pushes`) and sends nothing (its card processor plays test
//! cards); the real one hands it to a provider: Stripe, SMTP, an SMS
//! gateway of Twilio's shape, Firebase and Apple.
//!
//! Outside `--sandbox` the service runs only with real adapters, from the
//! settings in its environment ([`Edges::from_settings`]); it refuses to
//! start while a required one is missing, naming it. Nothing here is called
//! inside a database transaction: the outbox worker (`crate::outbox`) sends
//! after the commit that queued the message.

pub mod card_processor;
mod mail;
mod push;
mod sms;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use crate::store::Store;

pub use card_processor::{CardProcessor, SandboxProcessor, StripeProcessor};
pub use mail::{Mailer, OutgoingEmail, SmtpMailer};
pub use push::{Apns, Fcm, OutgoingPush, PhonePushes, PushGateway};
pub use sms::{OutgoingSms, SmsGateway, TwilioSms};

/// A port that hands messages of one kind to a provider: email
/// ([`OutgoingEmail`], port [`Mailer`]), SMS ([`OutgoingSms`], port
/// [`SmsGateway`]) or pushes ([`OutgoingPush`], port [`PushGateway`]).
#[async_trait]
pub trait Courier<Message: Sync>: Send + Sync {
    /// Hands one message to the provider.
    async fn send(&self, message: &Message) -> Result<Sent, DeliveryError>;
}

/// The provider took it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// What the provider said (its id for the message), kept with it.
    pub provider_answer: String,
}

/// The provider did not take it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// Unreachable, busy or failing: the worker tries again later.
    #[error("try later: {0}")]
    TryLater(String),
    /// This address, number or phone cannot receive it; trying again will
    /// not help (a push token the platform no longer knows is dropped).
    #[error("the recipient was refused: {0}")]
    RecipientRefused(String),
    /// The provider refused the service itself (its settings or
    /// credentials): trying again will not help until they are fixed.
    #[error("refused: {0}")]
    Refused(String),
}

/// A setting the service cannot run with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// Required outside the sandbox and not set.
    #[error("{what} is not configured: set {settings}")]
    Missing {
        /// What it is for.
        what: &'static str,
        /// The environment variables that configure it.
        settings: &'static str,
    },
    /// Set, but not usable.
    #[error("{setting} is not usable: {why}")]
    Invalid {
        /// The environment variable.
        setting: &'static str,
        /// What is wrong with it.
        why: String,
    },
}

/// How long one call to a provider may take.
pub(crate) const PROVIDER_TIMEOUT: Duration = Duration::from_secs(20);

/// A client for providers' HTTP APIs: rustls, a timeout on every call.
pub(crate) fn http_client() -> reqwest::Client {
    reqwest::Client::builder().timeout(PROVIDER_TIMEOUT).build().expect("the HTTP client builds")
}

/// Every edge of the service, as one running service uses them.
#[derive(Clone)]
pub struct Edges {
    /// The card processor.
    pub processor: Arc<dyn CardProcessor>,
    /// Email.
    pub mail: Arc<Mailer>,
    /// SMS.
    pub sms: Arc<SmsGateway>,
    /// Pushes.
    pub push: Arc<PushGateway>,
}

impl Edges {
    /// The sandbox's: everything is kept for the developer to read, nothing
    /// leaves; the card processor is the sandbox's test cards, kept in
    /// `store`.
    pub fn sandbox(store: Store) -> Edges {
        Edges {
            processor: Arc::new(SandboxProcessor::new(store)),
            mail: Arc::new(KeptInTheSandbox),
            sms: Arc::new(KeptInTheSandbox),
            push: Arc::new(KeptInTheSandbox),
        }
    }

    /// The real edges from the service's settings (`setting` looks one up:
    /// the environment, in `main`). The card processor and email are
    /// required; SMS and pushes are optional (without them, SMS and pushes
    /// are marked failed, naming the missing settings). Every missing or
    /// unusable setting is named at once.
    pub fn from_settings(setting: impl Fn(&str) -> Option<String>) -> Result<Edges, Vec<SettingsError>> {
        let setting = |name: &str| setting(name).filter(|value| !value.trim().is_empty());
        let file = |name: &'static str| -> Result<Option<String>, SettingsError> {
            setting(name)
                .map(|path| {
                    std::fs::read_to_string(&path).map_err(|error| SettingsError::Invalid {
                        setting: name,
                        why: format!("cannot read {path} ({error})"),
                    })
                })
                .transpose()
        };
        let mut problems = Vec::new();
        let processor = match (
            setting("POCKET_STRIPE_SECRET_KEY"),
            setting("POCKET_STRIPE_PUBLISHABLE_KEY"),
            setting("POCKET_STRIPE_WEBHOOK_SECRET"),
        ) {
            (Some(secret_key), Some(publishable_key), Some(webhook_secret)) => {
                let api = setting("POCKET_STRIPE_API_URL").unwrap_or_else(|| "https://api.stripe.com".into());
                Some(Arc::new(StripeProcessor::new(&api, &secret_key, &publishable_key, &webhook_secret))
                    as Arc<dyn CardProcessor>)
            }
            _ => {
                problems.push(SettingsError::Missing {
                    what: "the card processor",
                    settings: "POCKET_STRIPE_SECRET_KEY (sk_...), POCKET_STRIPE_PUBLISHABLE_KEY (pk_...) and POCKET_STRIPE_WEBHOOK_SECRET (whsec_...)",
                });
                None
            }
        };
        let mail = match (setting("POCKET_SMTP_URL"), setting("POCKET_MAIL_FROM")) {
            (Some(url), Some(from)) => match file("POCKET_SMTP_CA_FILE")
                .and_then(|ca| SmtpMailer::new(&url, &from, ca.as_deref().map(str::as_bytes)))
            {
                Ok(mailer) => Some(Arc::new(mailer) as Arc<Mailer>),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            },
            _ => {
                problems.push(SettingsError::Missing {
                    what: "email",
                    settings: "POCKET_SMTP_URL (smtps://USER:PASSWORD@HOST:465) and POCKET_MAIL_FROM (Pocket <no-reply@example.com>)",
                });
                None
            }
        };
        let sms: Arc<SmsGateway> =
            match (setting("POCKET_SMS_ACCOUNT_SID"), setting("POCKET_SMS_AUTH_TOKEN"), setting("POCKET_SMS_FROM")) {
                (Some(account), Some(token), Some(from)) => {
                    let api = setting("POCKET_SMS_API_URL").unwrap_or_else(|| "https://api.twilio.com".into());
                    Arc::new(TwilioSms::new(&api, &account, &token, &from))
                }
                _ => Arc::new(NotConfigured(
                    "SMS needs POCKET_SMS_ACCOUNT_SID, POCKET_SMS_AUTH_TOKEN and POCKET_SMS_FROM",
                )),
            };
        let fcm = match file("POCKET_FCM_CREDENTIALS_FILE") {
            Ok(Some(account)) => {
                let api = setting("POCKET_FCM_API_URL").unwrap_or_else(|| "https://fcm.googleapis.com".into());
                Fcm::new(&api, &account).map_err(|problem| problems.push(problem)).ok()
            }
            Ok(None) => None,
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        let apns_ids = (setting("POCKET_APNS_KEY_ID"), setting("POCKET_APNS_TEAM_ID"), setting("POCKET_APNS_TOPIC"));
        let apns = match (file("POCKET_APNS_KEY_FILE"), apns_ids) {
            (Ok(Some(key)), (Some(key_id), Some(team_id), Some(topic))) => {
                let api = setting("POCKET_APNS_API_URL").unwrap_or_else(|| "https://api.push.apple.com".into());
                Apns::new(&api, &key, &key_id, &team_id, &topic).map_err(|problem| problems.push(problem)).ok()
            }
            (Ok(Some(_)), _) => {
                problems.push(SettingsError::Missing {
                    what: "pushes to iPhones",
                    settings:
                        "POCKET_APNS_KEY_ID, POCKET_APNS_TEAM_ID and POCKET_APNS_TOPIC beside POCKET_APNS_KEY_FILE",
                });
                None
            }
            (Ok(None), _) => None,
            (Err(problem), _) => {
                problems.push(problem);
                None
            }
        };
        match (processor, mail, problems.is_empty()) {
            (Some(processor), Some(mail), true) => {
                Ok(Edges { processor, mail, sms, push: Arc::new(PhonePushes { fcm, apns }) })
            }
            _ => Err(problems),
        }
    }
}

/// The sandbox's adapter for every channel: what is sent stays in the
/// database for the sandbox's pages.
pub struct KeptInTheSandbox;

const KEPT: &str = "kept in the sandbox, not sent";

#[async_trait]
impl<Message: Sync> Courier<Message> for KeptInTheSandbox {
    async fn send(&self, _: &Message) -> Result<Sent, DeliveryError> {
        Ok(Sent { provider_answer: KEPT.into() })
    }
}

/// A channel a deployment chose not to set up: each message is refused,
/// naming the settings that would send it.
pub struct NotConfigured(pub &'static str);

#[async_trait]
impl<Message: Sync> Courier<Message> for NotConfigured {
    async fn send(&self, _: &Message) -> Result<Sent, DeliveryError> {
        Err(DeliveryError::Refused(self.0.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    const STRIPE: [(&str, &str); 3] = [
        ("POCKET_STRIPE_SECRET_KEY", "sk_test_123"),
        ("POCKET_STRIPE_PUBLISHABLE_KEY", "pk_test_123"),
        ("POCKET_STRIPE_WEBHOOK_SECRET", "whsec_123"),
    ];

    #[tokio::test]
    async fn without_a_processor_and_a_mailer_the_real_edges_name_what_is_missing() {
        let problems = Edges::from_settings(settings(&[])).err().expect("both are required");
        assert_eq!(problems.len(), 2);
        assert!(problems[0].to_string().contains("POCKET_STRIPE_SECRET_KEY"), "{}", problems[0]);
        assert!(problems[1].to_string().contains("POCKET_SMTP_URL"), "{}", problems[1]);
    }

    #[tokio::test]
    async fn every_unusable_setting_is_named_at_once() {
        let problems = Edges::from_settings(settings(&[
            STRIPE[0],
            STRIPE[1],
            STRIPE[2],
            ("POCKET_SMTP_URL", "smtp://smtp.example.com:25"),
            ("POCKET_MAIL_FROM", "Pocket <no-reply@pocket.example>"),
            ("POCKET_FCM_CREDENTIALS_FILE", "/no/such/file.json"),
            ("POCKET_APNS_KEY_FILE", "/no/such/key.p8"),
        ]))
        .err()
        .expect("nothing here is usable");
        let named: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(named.len(), 3, "{named:?}");
        assert!(named[0].contains("POCKET_SMTP_URL") && named[0].contains("plain smtp://"), "{named:?}");
        assert!(named[1].contains("POCKET_FCM_CREDENTIALS_FILE") && named[2].contains("POCKET_APNS_KEY_FILE"));
    }

    #[tokio::test]
    async fn a_processor_and_email_are_enough_to_run() {
        let edges = Edges::from_settings(settings(&[
            STRIPE[0],
            STRIPE[1],
            STRIPE[2],
            ("POCKET_SMTP_URL", "smtps://pocket:secret@smtp.example.com:465"),
            ("POCKET_MAIL_FROM", "Pocket <no-reply@pocket.example>"),
        ]));
        assert!(edges.is_ok());
    }
}
