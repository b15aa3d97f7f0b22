//! The card processor: the port, in the shape of Hyperswitch's connector
//! flows (tokenize, authorize and confirm, sync, refund, webhooks), with the
//! sandbox's adapter (`sandbox.rs`, the test cards) and Stripe's
//! (`stripe.rs`).
//!
//! The phone tokenizes: it sends the card number straight to the processor
//! ([`CardProcessor::tokenization`] says where, with which public key) and
//! gives the service only the processor's payment-method id with the brand,
//! first and last four digits and expiry. The service never sees a number.
//!
//! Nothing here runs inside a database transaction: a charge is asked for
//! between the request's transactions (`cards::charge`), keyed by the
//! request's own `Idempotency-Key`, so asking again is never charging again.

mod sandbox;
mod stripe;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use pocket_core::money::Money;

pub use sandbox::{SandboxProcessor, TestCardBehaviour};
pub use stripe::{sign_event as sign_stripe_event, StripeProcessor};

/// Where the phone tokenizes a card: the processor's API, with its public key.
pub use pocket_core::contract::cards::CardProcessorInfo as Tokenization;

/// How a card confirms a charge, as its processor says when it is set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardConfirmation {
    /// The processor confirms (with the bank's page when the bank asks:
    /// [`ChargeState::NeedsConfirmation`]).
    ByProcessor,
    /// Pocket sends a one-time code by SMS and checks it before charging
    /// (the sandbox plays the bank's step this way).
    BySmsCode,
}

impl CardConfirmation {
    /// As stored with the card.
    pub fn as_str(self) -> &'static str {
        match self {
            CardConfirmation::ByProcessor => "none",
            CardConfirmation::BySmsCode => "sms_code",
        }
    }

    /// From its stored form.
    pub fn parse(stored: &str) -> CardConfirmation {
        if stored == "sms_code" {
            CardConfirmation::BySmsCode
        } else {
            CardConfirmation::ByProcessor
        }
    }
}

/// Why a bank refused a card or a charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decline {
    /// Declined, no reason given.
    Declined,
    /// Not enough money on the card.
    InsufficientFunds,
    /// The card has expired.
    ExpiredCard,
    /// Another reason, in the processor's words (its decline code).
    Other(String),
}

impl Decline {
    /// As stored and answered (`card_declined`, `card_insufficient_funds`...).
    pub fn code(&self) -> &'static str {
        match self {
            Decline::Declined | Decline::Other(_) => "card_declined",
            Decline::InsufficientFunds => "card_insufficient_funds",
            Decline::ExpiredCard => "card_expired",
        }
    }

    /// From its stored code.
    pub fn from_code(code: &str) -> Decline {
        match code {
            "card_insufficient_funds" => Decline::InsufficientFunds,
            "card_expired" => Decline::ExpiredCard,
            _ => Decline::Declined,
        }
    }
}

/// A card set up with the processor for the shopper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedCard {
    /// How its charges are confirmed.
    pub confirmation: CardConfirmation,
}

/// One charge to ask for.
#[derive(Debug, Clone)]
pub struct ChargeRequest<'a> {
    /// How much, in which currency.
    pub amount: Money,
    /// The shopper's customer at the processor, for a bound card.
    pub customer: Option<&'a str>,
    /// The card (the processor's payment-method id).
    pub payment_method: &'a str,
    /// The processor's idempotency key, derived from the request's own.
    pub idempotency_key: &'a str,
    /// What it pays (`order:ord_...`, `top_up`), for the processor's records.
    pub reference: &'a str,
    /// Where the bank's confirmation page sends the shopper back.
    pub return_url: &'a str,
}

/// Where a charge stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeState {
    /// The money is taken.
    Succeeded,
    /// The bank wants the shopper to confirm on its page (3-D Secure).
    NeedsConfirmation {
        /// The page, opened in the platform's browser.
        url: String,
    },
    /// Neither taken nor refused yet: the processor's event will say.
    Pending,
    /// Refused.
    Failed(Decline),
}

/// A charge as the processor answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    /// The processor's id for it.
    pub id: String,
    /// Where it stands.
    pub state: ChargeState,
}

/// Money going back to a card.
#[derive(Debug, Clone)]
pub struct RefundRequest<'a> {
    /// The charge it goes back through.
    pub charge_id: &'a str,
    /// How much.
    pub amount: Money,
    /// Pocket's refund id: the processor's idempotency key.
    pub idempotency_key: &'a str,
}

/// The processor took a refund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundAccepted {
    /// The processor's id for it.
    pub id: String,
    /// Its status in the processor's words (`succeeded`, `pending`).
    pub status: String,
}

/// The processor could not be asked, or refused the request itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProcessorError {
    /// Unreachable or failing: asking again (with the same key) is safe.
    #[error("the card processor could not be reached ({0}); try again")]
    TryLater(String),
    /// The bank refused the card.
    #[error("the card was refused ({0:?})")]
    CardRefused(Decline),
    /// The processor has no such payment method (never tokenized there, or
    /// by another account's key).
    #[error("the card processor has no such card")]
    NoSuchCard,
    /// The processor refused the request: a setting or a bug of Pocket's.
    #[error("the card processor refused the request: {0}")]
    Refused(String),
}

/// What a processor's event (a webhook) says happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcessorEventKind {
    /// A charge took the money.
    ChargeSucceeded {
        /// The charge.
        charge_id: String,
    },
    /// A charge was refused.
    ChargeFailed {
        /// The charge.
        charge_id: String,
        /// Why.
        decline: Decline,
    },
    /// A refund reached its end.
    RefundSettled {
        /// Pocket's refund id.
        refund_id: String,
        /// Whether the money went back.
        succeeded: bool,
    },
    /// The cardholder disputed a charge with the bank (a chargeback).
    DisputeOpened {
        /// The charge.
        charge_id: String,
    },
    /// Anything else: recorded, nothing done.
    Other,
}

/// A processor's event, verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessorEvent {
    /// The processor's event id: each is applied once.
    pub id: String,
    /// Its type in the processor's words.
    pub kind_name: String,
    /// What it says.
    pub kind: ProcessorEventKind,
}

/// Why a webhook was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookRefusal {
    /// No signature header.
    #[error("the event is not signed")]
    Unsigned,
    /// The signature is not the processor's for this body.
    #[error("the event's signature does not match")]
    BadSignature,
    /// Signed too long ago (or too far ahead): a replay.
    #[error("the event was signed too long ago")]
    Stale,
    /// Not an event this processor sends.
    #[error("the event cannot be read")]
    Malformed,
    /// This processor sends no events (the sandbox answers at once).
    #[error("this card processor sends no events")]
    NotAccepted,
}

/// The card processor.
#[async_trait]
pub trait CardProcessor: Send + Sync {
    /// Where and how the phone tokenizes a card.
    fn tokenization(&self) -> Tokenization;

    /// The shopper's customer at the processor, made (once per shopper:
    /// keyed by `user_id`) the first time she binds a card.
    async fn create_customer(&self, user_id: &str) -> Result<String, ProcessorError>;

    /// Sets a tokenized card up for the shopper: bound to her customer when
    /// she saves it (`customer`), else only checked to exist.
    async fn prepare_card(&self, payment_method: &str, customer: Option<&str>) -> Result<PreparedCard, ProcessorError>;

    /// Unbinds a card from the shopper's customer.
    async fn release_card(&self, payment_method: &str) -> Result<(), ProcessorError>;

    /// Asks for a charge, confirmed at once.
    async fn charge(&self, request: &ChargeRequest<'_>) -> Result<Charge, ProcessorError>;

    /// Where a charge stands now (after the bank's page, or to catch up).
    async fn charge_state(&self, charge_id: &str) -> Result<ChargeState, ProcessorError>;

    /// Sends money back to the card a charge took it from.
    async fn refund(&self, request: &RefundRequest<'_>) -> Result<RefundAccepted, ProcessorError>;

    /// Verifies an event the processor sent and reads it.
    fn webhook_event(
        &self,
        signature: Option<&str>,
        body: &[u8],
        now: DateTime<Utc>,
    ) -> Result<ProcessorEvent, WebhookRefusal>;
}
