//! What the recovery flow keeps.

use crate::app::ui::secret_text::SecretText;
use crate::app::ui::text::Problem;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The login password reset: asking for the link, then the new password.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct ResetPasswordState {
    pub email: String,
    /// The link went out (minutes it works), so the code and the new
    /// password are asked for.
    pub sent_valid_minutes: Option<u32>,
    #[serde(skip)]
    pub requesting: bool,
    #[serde(skip)]
    pub sending: bool,
    /// From a link opened on the phone; never saved (the link can be
    /// opened again).
    #[serde(skip)]
    pub token: Option<SecretText>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

/// The payment password recovery: asking for the link, then the answers
/// and the new password.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct RecoverPaymentState {
    /// Where the link went, once it went.
    pub sent_to: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(skip)]
    pub requesting: bool,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub token: Option<SecretText>,
    #[serde(skip)]
    pub problem: Option<Problem>,
}
