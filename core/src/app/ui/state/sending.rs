//! What the sending flow keeps.

use crate::app::ui::secret_text::SecretText;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{Order, PaymentOutcome, PendingAction, PendingState, PocketError, TopUp, TopUpOutcome};
use serde::{Deserialize, Serialize};

/// The phases of a money action a card may confirm with an SMS code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub(crate) enum SendState {
    /// Not sent: the form can be filled and sent.
    #[default]
    Ready,
    /// On the wire.
    Sending,
    /// The card's bank sent a code by SMS; the action waits for it.
    NeedsCode { action_id: String },
    /// The code is on the wire.
    SendingCode { action_id: String },
    /// A new code is being asked for.
    ResendingCode { action_id: String },
    /// No answer: saved on the phone, sent again by itself, charged once.
    Saved { action_id: String },
    /// The card processor has not decided the charge yet: sent again by
    /// itself until it has.
    Processing { action_id: String },
    /// The card's bank asks the shopper to confirm the charge on its page;
    /// the action is sent again when she comes back (and by itself).
    AwaitingBank { action_id: String, confirmation_url: String },
}

/// A first answer that went through.
pub(crate) enum Outcome<T> {
    /// Done.
    Done(T),
    /// The card's bank asks for the code it sent by SMS.
    NeedsCode { action_id: String },
    /// The card's charge waits for the bank's page (`confirmation_url`) or
    /// the card processor.
    AwaitingCharge { action_id: String, confirmation_url: Option<String> },
}

impl From<PaymentOutcome> for Outcome<Order> {
    fn from(outcome: PaymentOutcome) -> Outcome<Order> {
        match outcome {
            PaymentOutcome::Paid { order } => Outcome::Done(order),
            PaymentOutcome::NeedsOneTimeCode { action_id } => Outcome::NeedsCode { action_id },
            PaymentOutcome::AwaitingCharge { action_id, confirmation_url } => {
                Outcome::AwaitingCharge { action_id, confirmation_url }
            }
        }
    }
}

impl From<TopUpOutcome> for Outcome<TopUp> {
    fn from(outcome: TopUpOutcome) -> Outcome<TopUp> {
        match outcome {
            TopUpOutcome::Created { top_up } => Outcome::Done(top_up),
            TopUpOutcome::NeedsOneTimeCode { action_id } => Outcome::NeedsCode { action_id },
            TopUpOutcome::AwaitingCharge { action_id, confirmation_url } => {
                Outcome::AwaitingCharge { action_id, confirmation_url }
            }
        }
    }
}

impl SendState {
    /// Nothing is under way: the form can be sent.
    pub fn is_ready(&self) -> bool {
        *self == SendState::Ready
    }

    /// A request is on the wire (show progress).
    pub fn is_busy(&self) -> bool {
        matches!(self, SendState::Sending | SendState::SendingCode { .. } | SendState::ResendingCode { .. })
    }

    /// The screen asks for the SMS code.
    pub fn shows_code(&self) -> bool {
        matches!(self, SendState::NeedsCode { .. } | SendState::SendingCode { .. } | SendState::ResendingCode { .. })
    }

    /// A new code is being asked for.
    pub fn is_resending(&self) -> bool {
        matches!(self, SendState::ResendingCode { .. })
    }

    /// "Confirm" with the SMS code: the action it completes, if a code is
    /// awaited and one was typed (else `problem` says it is required).
    pub fn submit_code(&mut self, code: &SecretText, problem: &mut Option<Problem>) -> Option<String> {
        let action_id = self.awaits_code()?.to_string();
        if code.is_blank() {
            *problem = Some(Problem::Check { field: Some("one_time_code"), code: "required" });
            return None;
        }
        *problem = None;
        *self = SendState::SendingCode { action_id: action_id.clone() };
        Some(action_id)
    }

    /// "Send a new code": the task that asks for it, if a code is awaited.
    pub fn resend_code(&mut self) -> Option<String> {
        let action_id = self.awaits_code()?.to_string();
        *self = SendState::ResendingCode { action_id: action_id.clone() };
        Some(action_id)
    }

    /// Whether `action_id` is the action whose new code is being asked for.
    pub fn resending(&self, action_id: &str) -> bool {
        matches!(self, SendState::ResendingCode { action_id: id } if id == action_id)
    }

    /// Takes the answer to "send a new code": waiting for a code again
    /// either way; `true` when a code was sent, the refusal (too soon, too
    /// many) to show otherwise.
    pub fn code_resent(&mut self, result: Result<(), PocketError>) -> Result<bool, PocketError> {
        let SendState::ResendingCode { action_id } = self.clone() else { return Ok(false) };
        match result {
            Ok(()) => {
                *self = SendState::NeedsCode { action_id };
                Ok(true)
            }
            Err(PocketError::WillRetry { action_id, .. }) => {
                *self = SendState::Saved { action_id };
                Ok(false)
            }
            Err(error) => {
                *self = SendState::NeedsCode { action_id };
                Err(error)
            }
        }
    }

    /// The action a code is awaited for.
    pub fn awaits_code(&self) -> Option<&str> {
        match self {
            SendState::NeedsCode { action_id } => Some(action_id),
            _ => None,
        }
    }

    /// The action saved on the phone, if it is.
    pub fn saved(&self) -> Option<&str> {
        match self {
            SendState::Saved { action_id } => Some(action_id),
            _ => None,
        }
    }

    /// The bank's page the charge waits on, if it does.
    pub fn bank_page(&self) -> Option<&str> {
        match self {
            SendState::AwaitingBank { confirmation_url, .. } => Some(confirmation_url),
            _ => None,
        }
    }

    /// The action that waits in the outbox to be answered, if one does.
    pub(crate) fn waiting(&self) -> Option<&str> {
        match self {
            SendState::Saved { action_id }
            | SendState::Processing { action_id }
            | SendState::AwaitingBank { action_id, .. } => Some(action_id),
            _ => None,
        }
    }

    /// Where a charge the processor has not decided yet leaves the action.
    pub(crate) fn awaiting_charge(action_id: String, confirmation_url: Option<String>) -> SendState {
        match confirmation_url {
            Some(confirmation_url) => SendState::AwaitingBank { action_id, confirmation_url },
            None => SendState::Processing { action_id },
        }
    }

    /// What the screen says of an action waiting in the outbox: saved for
    /// lack of a connection, or a charge being decided.
    pub fn waiting_message(&self, t: &Texts) -> Option<String> {
        match self {
            SendState::Saved { .. } => Some(t.get("money-action-saved")),
            SendState::Processing { .. } => Some(t.get("money-action-processing")),
            _ => None,
        }
    }

    /// Takes the first answer: the result when done; on a refusal, ready
    /// again and the refusal to show.
    pub fn answered<T>(&mut self, result: Result<Outcome<T>, PocketError>) -> Result<Option<T>, PocketError> {
        match result {
            Ok(Outcome::Done(value)) => {
                *self = SendState::Ready;
                Ok(Some(value))
            }
            Ok(Outcome::NeedsCode { action_id }) => {
                *self = SendState::NeedsCode { action_id };
                Ok(None)
            }
            Ok(Outcome::AwaitingCharge { action_id, confirmation_url }) => {
                *self = SendState::awaiting_charge(action_id, confirmation_url);
                Ok(None)
            }
            Err(PocketError::WillRetry { action_id, .. }) => {
                *self = SendState::Saved { action_id };
                Ok(None)
            }
            Err(error) => {
                *self = SendState::Ready;
                Err(error)
            }
        }
    }

    /// Takes the answer to the code: the result when done; on a refusal
    /// (a wrong code), waiting for a code again and the refusal to show.
    pub fn code_answered<T>(&mut self, result: Result<T, PocketError>) -> Result<Option<T>, PocketError> {
        let SendState::SendingCode { action_id } = self.clone() else { return Ok(None) };
        match result {
            Ok(value) => {
                *self = SendState::Ready;
                Ok(Some(value))
            }
            Err(PocketError::WillRetry { action_id, .. }) => {
                *self = SendState::Saved { action_id };
                Ok(None)
            }
            Err(error) => {
                *self = SendState::NeedsCode { action_id };
                Err(error)
            }
        }
    }

    /// After the app was killed: an action that was on the wire is in the
    /// outbox (`pending`, saved or waiting for its code), or it never left
    /// the phone. Neither ever shows as ready to send twice.
    pub fn restore(&mut self, pending: Option<&PendingAction>) {
        if !self.is_busy() {
            return;
        }
        *self = match pending {
            Some(action) if action.state == PendingState::WaitingForCode => {
                SendState::NeedsCode { action_id: action.id.clone() }
            }
            Some(action) if action.state == PendingState::WaitingForBank => {
                SendState::awaiting_charge(action.id.clone(), action.confirmation_url.clone())
            }
            Some(action) => SendState::Saved { action_id: action.id.clone() },
            None => SendState::Ready,
        };
    }

    /// Whether the saved action has left the outbox (answered, one way or
    /// the other).
    pub fn left_outbox(&self, pending: &[PendingAction]) -> bool {
        self.waiting().is_some_and(|id| !pending.iter().any(|action| action.id == id))
    }
}
