//! What every flow keeps, below the flows: the model holds these, and a
//! flow that opens another sets the state it starts with without knowing
//! that flow's module.
//!
//! The marks of a request in flight (`sending`, `removing`, `acting`...)
//! are never saved: an app the system killed reopens idle, and a money
//! action is found again in the outbox by its flow.

pub(crate) mod account;
pub(crate) mod cards;
pub(crate) mod document;
pub(crate) mod history;
pub(crate) mod notifications;
pub(crate) mod orders;
pub(crate) mod pay;
pub(crate) mod recovery;
pub(crate) mod security;
pub(crate) mod sending;
pub(crate) mod settings;
pub(crate) mod shop;
pub(crate) mod support;
pub(crate) mod top_up;
pub(crate) mod transfer;
pub(crate) mod verification;

use serde::{Deserialize, Serialize};

/// Every flow's state. Saved as JSON with the route stack; a field added
/// later reads as its default from an older save.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Flows {
    pub sign_up: account::SignUpState,
    pub check_email: account::CheckEmailState,
    pub sign_in: account::SignInState,
    pub payment_password: security::PaymentPasswordState,
    pub questions: security::QuestionsState,
    pub top_up: top_up::TopUpState,
    pub cards: cards::CardsState,
    pub add_card: cards::AddCardState,
    pub shop: shop::ShopState,
    pub pay: pay::PayState,
    pub orders: orders::OrdersState,
    pub history: history::HistoryState,
    pub transfer: transfer::TransferState,
    pub notifications: notifications::NotificationsState,
    pub settings: settings::SettingsState,
    pub reset_password: recovery::ResetPasswordState,
    pub recover_payment: recovery::RecoverPaymentState,
    pub verification: verification::VerificationFormState,
    pub support: support::SupportState,
}
