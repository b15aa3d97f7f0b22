//! What the notifications flow keeps.

use serde::{Deserialize, Serialize};

/// Which notifications the shopper has seen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct NotificationsState {
    /// Every notification up to this id has been on screen.
    pub seen_up_to: i64,
    /// What was seen when the list was opened: newer ones show as new
    /// during the visit.
    #[serde(skip)]
    pub new_after: i64,
}
