//! The sandbox's card processor: test cards in the spirit of Stripe's,
//! remembered by the payment-method id the sandbox's tokenization gave
//! them (`sandbox::processor`), never by their number.
//!
//! | number | behaviour |
//! |---|---|
//! | 4242 4242 4242 4242 (and any other valid number) | every charge succeeds |
//! | 4000 0000 0000 0002 | declined, and refused when bound to an account |
//! | 4000 0000 0000 9995 | charges fail for lack of funds |
//! | 4000 0000 0000 3220 | charges are confirmed with a code Pocket sends by SMS |

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use pocket_core::cards::CardNumber;
use pocket_core::contract::cards::CardProcessorKind;
use pocket_core::contract::paths;

use super::{
    CardConfirmation, CardProcessor, Charge, ChargeRequest, ChargeState, Decline, PreparedCard, ProcessorError,
    ProcessorEvent, RefundAccepted, RefundRequest, Tokenization, WebhookRefusal,
};
use crate::params;
use crate::store::{Optional, Store, StoreError};

/// How the sandbox's processor answers for a card, chosen by its number
/// when it is tokenized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestCardBehaviour {
    /// Every charge succeeds (4242 4242 4242 4242, and any other valid number).
    Succeeds,
    /// Every charge is declined, and so is binding it (4000 0000 0000 0002).
    Declined,
    /// Every charge fails for lack of funds (4000 0000 0000 9995).
    InsufficientFunds,
    /// Every charge needs a one-time code sent by SMS (4000 0000 0000 3220).
    OneTimeCode,
}

impl TestCardBehaviour {
    /// The behaviour of a test card's number.
    pub fn of(number: &CardNumber) -> TestCardBehaviour {
        match number.expose_digits() {
            "4000000000000002" => TestCardBehaviour::Declined,
            "4000000000009995" => TestCardBehaviour::InsufficientFunds,
            "4000000000003220" => TestCardBehaviour::OneTimeCode,
            _ => TestCardBehaviour::Succeeds,
        }
    }

    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            TestCardBehaviour::Succeeds => "succeeds",
            TestCardBehaviour::Declined => "declined",
            TestCardBehaviour::InsufficientFunds => "insufficient_funds",
            TestCardBehaviour::OneTimeCode => "one_time_code",
        }
    }

    fn parse(text: &str) -> TestCardBehaviour {
        match text {
            "declined" => TestCardBehaviour::Declined,
            "insufficient_funds" => TestCardBehaviour::InsufficientFunds,
            "one_time_code" => TestCardBehaviour::OneTimeCode,
            _ => TestCardBehaviour::Succeeds,
        }
    }
}

/// The sandbox's processor, over the service's own database.
pub struct SandboxProcessor {
    store: Store,
}

/// The public key the sandbox hands the phone (it checks nothing).
pub const SANDBOX_PUBLISHABLE_KEY: &str = "pk_sandbox";

impl SandboxProcessor {
    /// The sandbox's processor over `store`.
    pub fn new(store: Store) -> SandboxProcessor {
        SandboxProcessor { store }
    }

    async fn behaviour(&self, payment_method: &str) -> Result<Option<TestCardBehaviour>, ProcessorError> {
        let payment_method = payment_method.to_string();
        self.store
            .read(move |tx| {
                let found = tx
                    .query_row("SELECT behaviour FROM sandbox_payment_methods WHERE id = ?1", [&payment_method], |r| {
                        r.get::<_, String>(0)
                    })
                    .optional()?;
                Ok::<_, StoreError>(found)
            })
            .await
            .map(|found| found.as_deref().map(TestCardBehaviour::parse))
            .map_err(|error| ProcessorError::TryLater(error.to_string()))
    }
}

fn outcome_of(behaviour: TestCardBehaviour) -> ChargeState {
    match behaviour {
        // The SMS code, when the card asks for one, was checked before.
        TestCardBehaviour::Succeeds | TestCardBehaviour::OneTimeCode => ChargeState::Succeeded,
        TestCardBehaviour::Declined => ChargeState::Failed(Decline::Declined),
        TestCardBehaviour::InsufficientFunds => ChargeState::Failed(Decline::InsufficientFunds),
    }
}

fn stored_state(outcome: &str) -> ChargeState {
    match outcome {
        "succeeded" => ChargeState::Succeeded,
        decline => ChargeState::Failed(Decline::from_code(decline)),
    }
}

fn state_text(state: &ChargeState) -> &'static str {
    match state {
        ChargeState::Failed(decline) => decline.code(),
        _ => "succeeded",
    }
}

#[async_trait]
impl CardProcessor for SandboxProcessor {
    fn tokenization(&self) -> Tokenization {
        Tokenization {
            kind: CardProcessorKind::Sandbox,
            api_url: paths::SANDBOX_PROCESSOR.into(),
            publishable_key: SANDBOX_PUBLISHABLE_KEY.into(),
        }
    }

    async fn create_customer(&self, user_id: &str) -> Result<String, ProcessorError> {
        Ok(format!("cus_sandbox_{user_id}"))
    }

    async fn prepare_card(&self, payment_method: &str, customer: Option<&str>) -> Result<PreparedCard, ProcessorError> {
        let behaviour = self.behaviour(payment_method).await?.ok_or(ProcessorError::NoSuchCard)?;
        if customer.is_some() && behaviour == TestCardBehaviour::Declined {
            return Err(ProcessorError::CardRefused(Decline::Declined));
        }
        let confirmation = match behaviour {
            TestCardBehaviour::OneTimeCode => CardConfirmation::BySmsCode,
            _ => CardConfirmation::ByProcessor,
        };
        Ok(PreparedCard { confirmation })
    }

    async fn release_card(&self, _payment_method: &str) -> Result<(), ProcessorError> {
        Ok(())
    }

    async fn charge(&self, request: &ChargeRequest<'_>) -> Result<Charge, ProcessorError> {
        let behaviour = self.behaviour(request.payment_method).await?.ok_or(ProcessorError::NoSuchCard)?;
        let (key, amount) = (request.idempotency_key.to_string(), request.amount);
        let state = outcome_of(behaviour);
        let new_id = format!("pi_sandbox_{}", crate::ids::random_hex(12));
        let now = Utc::now().to_rfc3339();
        // One key, one charge: asked again, the first answer.
        self.store
            .write(move |tx| {
                tx.execute(
                    "INSERT INTO sandbox_charges (idempotency_key, charge_id, outcome, amount_minor, currency, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (idempotency_key) DO NOTHING",
                    params![key, new_id, state_text(&state), amount.to_minor_units(), amount.currency().code(), now],
                )?;
                let kept = tx
                    .query_row("SELECT charge_id, outcome FROM sandbox_charges WHERE idempotency_key = ?1", [&key], |r| {
                        Ok(Charge { id: r.get(0)?, state: stored_state(&r.get::<_, String>(1)?) })
                    })?;
                Ok::<_, StoreError>(kept)
            })
            .await
            .map_err(|error| ProcessorError::TryLater(error.to_string()))
    }

    async fn charge_state(&self, charge_id: &str) -> Result<ChargeState, ProcessorError> {
        let charge_id = charge_id.to_string();
        self.store
            .read(move |tx| {
                let outcome = tx
                    .query_row("SELECT outcome FROM sandbox_charges WHERE charge_id = ?1", [&charge_id], |r| {
                        r.get::<_, String>(0)
                    })
                    .optional()?;
                Ok::<_, StoreError>(outcome)
            })
            .await
            .map_err(|error| ProcessorError::TryLater(error.to_string()))?
            .map(|outcome| stored_state(&outcome))
            .ok_or_else(|| ProcessorError::Refused("the sandbox processor has no such charge".into()))
    }

    async fn refund(&self, request: &RefundRequest<'_>) -> Result<RefundAccepted, ProcessorError> {
        Ok(RefundAccepted { id: format!("re_sandbox_{}", request.idempotency_key), status: "succeeded".into() })
    }

    fn webhook_event(&self, _: Option<&str>, _: &[u8], _: DateTime<Utc>) -> Result<ProcessorEvent, WebhookRefusal> {
        Err(WebhookRefusal::NotAccepted)
    }
}
