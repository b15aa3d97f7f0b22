//! What the verification flow keeps.

use crate::app::ui::state::document::DocumentDraft;
use crate::app::ui::text::Problem;
use serde::{Deserialize, Serialize};

/// The form as last sent (the document number is not kept).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct VerificationFormState {
    pub document: DocumentDraft,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}
