//! An identity document as a shopper gives it: to verify their identity,
//! and with a support case about forgotten security answers. Only the
//! number's last 4 characters are ever kept.

pub use pocket_core::contract::accounts::DocumentGiven;

use crate::refusals::Refusal;

/// Checks the fields of a document the schema cannot (a number of at
/// least 4 letters or digits, a name that is not blank); the number's last
/// 4, upper case. `field_prefix` names the fields in the request
/// (`identity_document.`).
pub fn document_last4(document: &DocumentGiven, field_prefix: &str) -> Result<String, Refusal> {
    let number: String = document.document_number.chars().filter(char::is_ascii_alphanumeric).collect();
    if !(4..=40).contains(&number.len()) {
        return Err(Refusal::validation("invalid_document_number", "enter the document number as printed on it")
            .with_field(format!("{field_prefix}document_number")));
    }
    if document.name_on_document.trim().is_empty() {
        return Err(Refusal::validation("required", "enter the name as printed on the document")
            .with_field(format!("{field_prefix}name_on_document")));
    }
    let valid_country =
        document.issuing_country.len() == 2 && document.issuing_country.bytes().all(|b| b.is_ascii_uppercase());
    if !valid_country {
        return Err(Refusal::validation("invalid_country", "choose the country that issued the document")
            .with_field(format!("{field_prefix}issuing_country")));
    }
    Ok(number[number.len() - 4..].to_uppercase())
}
