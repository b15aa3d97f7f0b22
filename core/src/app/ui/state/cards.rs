//! What the cards flow keeps.

use crate::app::ui::text::Problem;
use serde::{Deserialize, Serialize};

/// The cards list's dialog and the card being removed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct CardsState {
    /// The card the confirmation dialog asks about.
    pub confirm_remove: Option<String>,
    /// The card being removed.
    #[serde(skip)]
    pub removing: Option<String>,
}

/// Why a card is being added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum AddCardPurpose {
    /// From the cards list.
    #[default]
    Cards,
    /// To pay the order on the pay screen.
    Payment,
    /// To top up with.
    TopUp,
}

/// The add-card form. The number is never kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct AddCardState {
    pub purpose: AddCardPurpose,
    /// The "save this card" box: unticked until the shopper ticks it.
    pub save: bool,
    /// The bound card this one replaces (always saved, then).
    pub replacing: Option<String>,
    pub expiry: String,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl AddCardState {
    pub fn for_purpose(purpose: AddCardPurpose) -> AddCardState {
        AddCardState { purpose, ..AddCardState::default() }
    }
}
