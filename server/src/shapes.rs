//! The shape of secrets in a request, checked before any secret is looked
//! at: a payment password or SMS code that cannot be one is a bad request
//! (400), not a wrong guess to count.

use crate::refusals::Refusal;

/// The longest payment password or SMS code the API takes.
pub const MAX_SECRET_CHARS: usize = 16;

/// A payment password: 1 to 16 characters (a wrong one of that shape is
/// counted as a wrong guess).
pub fn payment_password(text: &str) -> Result<(), Refusal> {
    let length = text.chars().count();
    if (1..=MAX_SECRET_CHARS).contains(&length) {
        return Ok(());
    }
    Err(Refusal::validation(
        "invalid_payment_password",
        "the payment password is the 6 digits you chose; type them again",
    )
    .with_field("payment_password"))
}

/// An SMS code, if one came: digits only, at most 16.
pub fn one_time_code(code: Option<&str>) -> Result<(), Refusal> {
    let Some(code) = code.map(str::trim) else { return Ok(()) };
    if !code.is_empty() && code.len() <= MAX_SECRET_CHARS && code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(());
    }
    Err(Refusal::validation("invalid_one_time_code", "type the digits of the code sent by SMS")
        .with_field("one_time_code"))
}
