//! What the document flow keeps.

use serde::{Deserialize, Serialize};

/// What is kept of a document between submits (never the number).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct DocumentDraft {
    pub document_type: String,
    pub country: String,
    pub name: String,
}
