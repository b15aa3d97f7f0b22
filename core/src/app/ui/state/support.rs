//! What the support flow keeps.

use crate::app::ui::state::document::DocumentDraft;
use crate::app::ui::text::Problem;
use crate::contract::support::SupportTopic;
use serde::{Deserialize, Serialize};

/// The support flow's state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SupportState {
    /// The case being written: its topic, and what it is about.
    pub topic: Option<SupportTopic>,
    pub reference: Option<String>,
    /// Whether the topic was set by where the case started (not chosen).
    pub topic_fixed: bool,
    pub message: String,
    pub document: DocumentDraft,
    #[serde(skip)]
    pub sending: bool,
    /// The case a message is being sent to.
    #[serde(skip)]
    pub writing: Option<String>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}
