//! What the transfer flow keeps.

use crate::app::ui::state::sending::SendState;
use crate::app::ui::text::Problem;
use crate::app::Transfer;
use crate::money::Currency;
use serde::{Deserialize, Serialize};

/// The transfer form and where its request is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct TransferState {
    pub to_email: String,
    pub amount: String,
    pub currency: Option<Currency>,
    pub note: String,
    /// Where the transfer is once sent.
    pub sending: SendState,
    /// The transfer sent.
    pub done: Option<Transfer>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl TransferState {
    /// The form can be filled and sent.
    pub(crate) fn editing(&self) -> bool {
        self.sending.is_ready() && self.done.is_none()
    }
}
