//! What the account flow keeps.

use crate::account::SignUpFields;
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::text::Problem;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The sign-up form as submitted. Saved with the flow without its
/// password, which is never saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(default)]
#[allow(missing_docs)]
pub struct SignUpInput {
    pub email: String,
    #[serde(skip)]
    pub password: SecretText,
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    pub phone: String,
    pub national_id: String,
    /// The id of the chosen country choice.
    pub country: String,
    /// The id of the chosen language choice.
    pub language: String,
}

impl SignUpInput {
    /// The form as it is kept: the typed text trimmed, the password left out.
    pub(crate) fn kept(&self) -> SignUpInput {
        SignUpInput {
            email: self.email.trim().to_string(),
            password: SecretText::default(),
            given_name: self.given_name.trim().to_string(),
            family_name: self.family_name.trim().to_string(),
            address: self.address.trim().to_string(),
            phone: self.phone.trim().to_string(),
            national_id: self.national_id.trim().to_string(),
            country: self.country.clone(),
            language: self.language.clone(),
        }
    }

    /// The fields the sign-up rules check, with `password` typed apart.
    pub(crate) fn fields<'a>(&'a self, password: &'a str) -> SignUpFields<'a> {
        SignUpFields {
            email: &self.email,
            password,
            given_name: &self.given_name,
            family_name: &self.family_name,
            address: &self.address,
            phone: &self.phone,
            national_id: &self.national_id,
            country: &self.country,
        }
    }
}

/// What the sign-up form keeps: what was submitted, minus the password.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct SignUpState {
    /// What was submitted, kept in the shape it was always saved in.
    #[serde(flatten)]
    pub form: SignUpInput,
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
