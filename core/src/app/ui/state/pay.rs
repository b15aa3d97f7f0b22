//! What the pay flow keeps.

use crate::app::ui::state::sending::SendState;
use crate::app::ui::text::Problem;
use crate::app::{Card, Order, Quote};
use crate::money::Currency;
use crate::orders::OrderStatus;
use serde::{Deserialize, Serialize};

/// What pays the order: sent back by the shell from a `SourceView`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PaymentChoice {
    /// A Pocket balance.
    Balance {
        /// Which.
        currency: Currency,
    },
    /// A card, bound or added for this payment.
    Card {
        /// Its id.
        card_id: String,
    },
}

/// The orders being paid and where the current one's payment is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct PayState {
    pub order_ids: Vec<String>,
    pub index: usize,
    pub choice: Option<PaymentChoice>,
    /// A card added for this payment only (not saved to the account).
    pub one_off_card: Option<Card>,
    /// Where the current order's payment is.
    pub sending: SendState,
    /// The current order is paid.
    pub paid: bool,
    /// The FX quote and limits for the chosen balance (asked for again
    /// after a restart).
    #[serde(skip)]
    pub quote: Option<Quote>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl PayState {
    /// After a card was added for this payment: it pays.
    pub(crate) fn use_card(&mut self, card: Card) {
        self.choice = Some(PaymentChoice::Card { card_id: card.id.clone() });
        self.quote = None;
        self.one_off_card = (!card.saved).then_some(card);
    }

    /// The order changed (an event, a read, the payment's answer): once it
    /// is paid, the payment shows as paid, however it got there.
    pub(crate) fn order_changed(&mut self, order: &Order) {
        if self.order_id() == Some(order.id.as_str()) && order.status != OrderStatus::Created {
            self.paid = true;
            self.sending = SendState::Ready;
            self.one_off_card = None;
        }
    }

    pub(crate) fn order_id(&self) -> Option<&str> {
        self.order_ids.get(self.index).map(String::as_str)
    }

    /// The source can be chosen and the payment sent.
    pub(crate) fn choosing(&self) -> bool {
        self.sending.is_ready() && !self.paid
    }
}
