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
    pub link: LinkStep,
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
    pub link: LinkStep,
}

/// What a recovery by emailed link holds while it runs, never saved: the
/// request for the link or the final step on the wire, the link's token when
/// it was opened on the phone (it can be opened again), the refusal shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct LinkStep {
    pub requesting: bool,
    pub sending: bool,
    pub token: Option<SecretText>,
    pub problem: Option<Problem>,
}

impl LinkStep {
    /// Opened from the link: its token stands in for the typed code.
    pub fn from_link(token: &str) -> LinkStep {
        LinkStep { token: Some(SecretText::new(token.to_string())), ..LinkStep::default() }
    }

    /// A request is on the wire: taps wait for its answer.
    pub fn busy(&self) -> bool {
        self.requesting || self.sending
    }

    /// What proves the shopper read the email: the link's token, else the
    /// code she typed. Neither is a problem on the code field.
    pub fn token_or(&mut self, code: Option<SecretText>) -> Option<SecretText> {
        let token = self.token.clone().or(code).filter(|code| !code.is_blank());
        if token.is_none() {
            self.problem = Some(Problem::Check { field: Some("code"), code: "required" });
        }
        token.map(|token| token.trimmed())
    }
}
