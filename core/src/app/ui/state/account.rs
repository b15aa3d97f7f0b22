//! What the account flow keeps.

use crate::app::ui::text::Problem;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the sign-up form keeps: what was submitted, minus the password.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SignUpState {
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    pub phone: String,
    pub national_id: String,
    pub country: String,
    pub language: String,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

/// Waiting for the email confirmation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct CheckEmailState {
    pub email: String,
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub resending: bool,
    pub resent: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

/// The sign-in form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SignInState {
    pub email: String,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}
