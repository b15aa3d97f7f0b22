//! What the top-up flow keeps.

use crate::app::ui::state::sending::SendState;
use crate::app::ui::text::Problem;
use crate::app::{Card, TopUp};
use crate::money::Currency;
use crate::topup::{EWalletProvider, TopUpRail};
use serde::{Deserialize, Serialize};

/// The top-up form and where its request is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct TopUpState {
    pub rail: Option<TopUpRail>,
    pub currency: Option<Currency>,
    pub provider: Option<EWalletProvider>,
    pub card_id: Option<String>,
    /// A card added for this top-up only (not saved to the account).
    pub one_off_card: Option<Card>,
    pub amount: String,
    /// Where the request is once sent.
    pub sending: SendState,
    /// What the last top-up became (credited, or pending until a date).
    pub done: Option<TopUp>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl TopUpState {
    /// After a card was added for this top-up: it pays.
    pub(crate) fn use_card(&mut self, card: Card) {
        self.card_id = Some(card.id.clone());
        self.one_off_card = (!card.saved).then_some(card);
    }

    pub(crate) fn currency(&self) -> Currency {
        self.currency.unwrap_or(Currency::Usd)
    }

    /// The form can be filled and sent.
    pub(crate) fn editing(&self) -> bool {
        self.sending.is_ready() && self.done.is_none()
    }
}
