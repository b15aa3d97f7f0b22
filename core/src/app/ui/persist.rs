//! The app's state as it is saved on the phone, so an app the system
//! killed in the background opens where the shopper was: the route stack
//! and each flow's state. Never a secret: passwords, card numbers and codes
//! are not in the model at all, and problems are left out.

use serde::{Deserialize, Serialize};

use super::model::{Model, Route};
use super::state::Flows;

/// Bumped when the saved shape changes in a way `serde(default)` cannot
/// absorb; an older save is then ignored, never an error.
const VERSION: u32 = 1;

/// What is saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SavedUi {
    pub version: u32,
    /// Whether a shopper was signed in (a stack is only restored for the
    /// same situation).
    pub signed_in: bool,
    /// The language the shopper chose, if not the phone's.
    pub language: Option<String>,
    pub stack: Vec<Route>,
    pub flows: Flows,
}

impl SavedUi {
    /// What `model` saves.
    pub fn of(model: &Model) -> SavedUi {
        SavedUi {
            version: VERSION,
            signed_in: model.signed_in,
            language: Some(model.texts.language().to_string()),
            stack: model.stack.clone(),
            flows: model.flows.clone(),
        }
    }

    /// As saved.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the app's state serializes")
    }

    /// A save read back; `None` (start fresh) if it is from another
    /// version or unreadable.
    pub fn from_json(text: &str) -> Option<SavedUi> {
        match serde_json::from_str::<SavedUi>(text) {
            Ok(saved) if saved.version == VERSION => Some(saved),
            Ok(_) => None,
            Err(error) => {
                tracing::warn!(%error, "the saved app state cannot be read; starting fresh");
                None
            }
        }
    }
}
