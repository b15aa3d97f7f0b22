//! What the settings flow keeps.

use serde::{Deserialize, Serialize};

/// The settings screen's dialogs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SettingsState {
    pub choosing_language: bool,
    /// The language being saved.
    #[serde(skip)]
    pub saving_language: Option<String>,
    pub confirm_sign_out: bool,
    pub confirm_sign_out_everywhere: bool,
    #[serde(skip)]
    pub signing_out: bool,
}
