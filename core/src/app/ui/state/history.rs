//! What the history flow keeps.

use serde::{Deserialize, Serialize};

/// How much of the history is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct HistoryState {
    pub shown: u32,
}

/// How many entries a page of history adds.
pub(crate) const PAGE: u32 = 200;

impl Default for HistoryState {
    fn default() -> Self {
        HistoryState { shown: PAGE }
    }
}
