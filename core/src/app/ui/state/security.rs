//! What the security flow keeps.

use crate::app::ui::text::Problem;
use crate::password::MIN_SECURITY_QUESTIONS;
use serde::{Deserialize, Serialize};

/// The questions offered, as message ids; the shopper's language words them.
pub(crate) const QUESTIONS: [&str; 8] = [
    "question-first-pet",
    "question-birth-city",
    "question-first-school",
    "question-childhood-friend",
    "question-first-street",
    "question-favourite-teacher",
    "question-first-job",
    "question-grandmother-name",
];

/// First setup, or a change from settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Purpose {
    #[default]
    Setup,
    Change,
}

/// The payment password form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct PaymentPasswordState {
    pub purpose: Purpose,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl PaymentPasswordState {
    pub fn setup() -> PaymentPasswordState {
        PaymentPasswordState::default()
    }

    pub fn change() -> PaymentPasswordState {
        PaymentPasswordState { purpose: Purpose::Change, ..PaymentPasswordState::default() }
    }
}

/// The security questions form: which question each slot asks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct QuestionsState {
    pub purpose: Purpose,
    /// A message id from [`QUESTIONS`] per slot.
    pub chosen: Vec<String>,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

impl QuestionsState {
    pub fn setup() -> QuestionsState {
        QuestionsState {
            chosen: QUESTIONS.iter().take(MIN_SECURITY_QUESTIONS).map(|q| q.to_string()).collect(),
            ..QuestionsState::default()
        }
    }

    pub fn change() -> QuestionsState {
        QuestionsState { purpose: Purpose::Change, ..QuestionsState::setup() }
    }
}
