//! What the orders flow keeps.

use serde::{Deserialize, Serialize};

/// The open order's dialog and the action being sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct OrdersState {
    pub dialog: Option<OrderDialog>,
    /// The order whose action is being sent.
    #[serde(skip)]
    pub acting: Option<String>,
}

/// The dialog open on an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum OrderDialog {
    ConfirmReceipt,
    Cancel,
    Dispute,
    RefundDestination,
}
