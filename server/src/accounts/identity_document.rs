//! An identity document as a shopper gives it: to verify their identity,
//! and with a support case about forgotten security answers. Only the
//! number's last 4 characters are ever kept.

use pocket_core::contract::accounts::IdentityDocument;
use pocket_core::text::{MAX_NAME_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::http::ApiError;

/// The document's fields.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentGiven {
    /// Which document.
    pub document_type: IdentityDocument,
    /// Its number, as printed (letters, digits, spaces and dashes).
    #[schemars(length(min = 4, max = 40), pattern(r"^[A-Za-z0-9 -]+$"))]
    pub document_number: String,
    /// The country that issued it (ISO 3166 alpha-2).
    #[schemars(pattern(r"^[A-Z]{2}$"))]
    pub issuing_country: String,
    /// The name as printed on it.
    #[schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub name_on_document: String,
}

impl DocumentGiven {
    /// Checks the fields the schema cannot (a number of at least 4 letters
    /// or digits, a name that is not blank); the number's last 4, upper
    /// case. `field_prefix` names the fields in the request (`identity_document.`).
    pub fn last4(&self, field_prefix: &str) -> Result<String, ApiError> {
        let number: String = self.document_number.chars().filter(char::is_ascii_alphanumeric).collect();
        if !(4..=40).contains(&number.len()) {
            return Err(ApiError::validation("invalid_document_number", "enter the document number as printed on it")
                .with_field(format!("{field_prefix}document_number")));
        }
        if self.name_on_document.trim().is_empty() {
            return Err(ApiError::validation("required", "enter the name as printed on the document")
                .with_field(format!("{field_prefix}name_on_document")));
        }
        let valid_country =
            self.issuing_country.len() == 2 && self.issuing_country.bytes().all(|b| b.is_ascii_uppercase());
        if !valid_country {
            return Err(ApiError::validation("invalid_country", "choose the country that issued the document")
                .with_field(format!("{field_prefix}issuing_country")));
        }
        Ok(number[number.len() - 4..].to_uppercase())
    }
}
