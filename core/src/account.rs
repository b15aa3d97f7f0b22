//! The sign-up form's rules (docs/PRODUCT.md section 1): what a new account
//! must give, checked on the phone before sending and by the service when
//! it arrives, with the same code and the same reasons.

use serde::Serialize;

use crate::text::{
    check_text, TextProblem, MAX_ADDRESS_CHARS, MAX_EMAIL_CHARS, MAX_NAME_CHARS, MAX_NATIONAL_ID_CHARS,
    MAX_PASSWORD_CHARS, MAX_PHONE_CHARS,
};

/// The shortest login password accepted.
pub const MIN_LOGIN_PASSWORD_CHARS: usize = 8;

/// How long an email confirmation link works, in hours.
pub const CONFIRMATION_VALID_HOURS: i64 = 24;

/// How long a link to reset the login password or recover the payment
/// password works, in minutes: long enough to open the mail, short enough
/// that an old mailbox is no key to the account.
pub const RECOVERY_LINK_VALID_MINUTES: i64 = 30;

/// The least time between two recovery links for one account, in seconds:
/// nobody can flood a shopper's mailbox.
pub const RECOVERY_LINK_COOLDOWN_SECONDS: i64 = 60;

/// Why a sign-up form was refused: the first problem, in the order a
/// shopper fills the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SignUpError {
    /// Not an address of the form `name@example.com`.
    #[error("enter an email address such as maria@example.com")]
    InvalidEmail,
    /// A login password shorter than [`MIN_LOGIN_PASSWORD_CHARS`].
    #[error("the login password needs at least {min} characters")]
    PasswordTooShort {
        /// The minimum.
        min: usize,
    },
    /// A required field left blank.
    #[error("{} is required", .field.replace('_', " "))]
    MissingField {
        /// The field (`given_name`, `address`, ...).
        field: &'static str,
    },
    /// Not a two-letter country code.
    #[error("country is a two-letter code such as BR or RU")]
    InvalidCountry,
    /// A phone number with other characters than digits, spaces, dashes,
    /// brackets and a leading `+`, or too few digits.
    #[error("enter the phone number with its country code, such as +55 11 99999 0000")]
    InvalidPhone,
    /// A field longer than its kind allows.
    #[error("{} is longer than {max} characters; shorten it", .field.replace('_', " "))]
    TooLong {
        /// The field.
        field: &'static str,
        /// The most characters allowed.
        max: usize,
    },
    /// An email whose letters imitate another address: scripts mixed in one
    /// part (a Cyrillic `а` among Latin letters), a whole part that reads
    /// as a Latin address in another script, or compatibility forms
    /// (full-width `ｍａｒｉａ`). Someone could register it to pass for
    /// another shopper.
    #[error("the email mixes look-alike letters of different alphabets; type it again with one keyboard layout")]
    EmailLooksLikeAnother,
    /// A field holding a control character or a text-direction mark.
    #[error("{} holds an invisible control or text-direction character; type it again without it", .field.replace('_', " "))]
    ForbiddenCharacters {
        /// The field.
        field: &'static str,
    },
}

impl SignUpError {
    /// The form field at fault.
    pub fn field(&self) -> &'static str {
        match self {
            SignUpError::InvalidEmail | SignUpError::EmailLooksLikeAnother => "email",
            SignUpError::PasswordTooShort { .. } => "password",
            SignUpError::MissingField { field } => field,
            SignUpError::InvalidCountry => "country",
            SignUpError::InvalidPhone => "phone",
            SignUpError::TooLong { field, .. } | SignUpError::ForbiddenCharacters { field } => field,
        }
    }

    /// The error's code, the same on the wire and in the app's texts.
    pub fn code(&self) -> &'static str {
        match self {
            SignUpError::InvalidEmail => "invalid_email",
            SignUpError::EmailLooksLikeAnother => "email_looks_like_another",
            SignUpError::PasswordTooShort { .. } => "password_too_short",
            SignUpError::MissingField { .. } => "missing_field",
            SignUpError::InvalidCountry => "invalid_country",
            SignUpError::InvalidPhone => "invalid_phone",
            SignUpError::TooLong { .. } => "too_long",
            SignUpError::ForbiddenCharacters { .. } => "forbidden_characters",
        }
    }
}

fn check_field(field: &'static str, value: &str, max_chars: usize) -> Result<(), SignUpError> {
    check_text(value, max_chars).map_err(|problem| match problem {
        TextProblem::TooLong { max } => SignUpError::TooLong { field, max },
        TextProblem::ForbiddenCharacter => SignUpError::ForbiddenCharacters { field },
    })
}

/// The fewest digits a phone number with its country code has.
const MIN_PHONE_DIGITS: usize = 7;

fn check_phone(phone: &str) -> Result<(), SignUpError> {
    let phone = phone.trim();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let allowed = body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if allowed && digits >= MIN_PHONE_DIGITS {
        Ok(())
    } else {
        Err(SignUpError::InvalidPhone)
    }
}

/// A sign-up form's fields, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct SignUpFields<'a> {
    /// The login.
    pub email: &'a str,
    /// The login password (never printed).
    pub password: &'a str,
    /// Given name.
    pub given_name: &'a str,
    /// Family name.
    pub family_name: &'a str,
    /// Delivery address.
    pub address: &'a str,
    /// Phone, for SMS codes.
    pub phone: &'a str,
    /// National id number.
    pub national_id: &'a str,
    /// ISO 3166 alpha-2.
    pub country: &'a str,
}

/// The email as Pocket keeps it (trimmed, lower case), or why it is not one.
/// Addresses in any script pass (`иван@почта.рф`); invisible characters and
/// look-alikes do not ([`check_email_characters`]).
pub fn normalize_email(email: &str) -> Result<String, SignUpError> {
    check_field("email", email, MAX_EMAIL_CHARS)?;
    let email = email.trim().to_lowercase();
    let Some((local, domain)) = email.rsplit_once('@') else {
        return Err(SignUpError::InvalidEmail);
    };
    if local.is_empty() || !domain.contains('.') || domain.split('.').any(str::is_empty) {
        return Err(SignUpError::InvalidEmail);
    }
    check_email_characters(local, domain)?;
    Ok(email)
}

/// The punctuation an address's local part may hold besides letters and
/// digits (RFC 5322's `atext`, and the dot).
const EMAIL_PUNCTUATION: &str = ".!#$%&'*+/=?^_`{|}~-";

/// Unicode's own security rules (UTS #39, through `unicode-security`), not a
/// list of our own: every letter must be one identifiers may use (which
/// leaves out zero-width and other invisible characters); the local part and
/// each label of the domain must be in one script; no part may read as a
/// Latin one written in other letters (its confusable skeleton is plain
/// ASCII while it is not); no compatibility forms (NFKC changes nothing), checked first: full-width
/// letters are look-alikes, not invisible.
fn check_email_characters(local: &str, domain: &str) -> Result<(), SignUpError> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_security::{GeneralSecurityProfile, MixedScript};
    if local.nfkc().ne(local.chars()) || domain.nfkc().ne(domain.chars()) {
        return Err(SignUpError::EmailLooksLikeAnother);
    }
    let allowed = |c: char| c.identifier_allowed() || EMAIL_PUNCTUATION.contains(c);
    if !local.chars().chain(domain.chars()).all(allowed) {
        return Err(SignUpError::ForbiddenCharacters { field: "email" });
    }
    let looks_like_latin = |part: &str| !part.is_ascii() && unicode_security::skeleton(part).all(|c| c.is_ascii());
    let mut parts = std::iter::once(local).chain(domain.split('.'));
    if parts.any(|part| !part.is_single_script() || looks_like_latin(part)) {
        return Err(SignUpError::EmailLooksLikeAnother);
    }
    Ok(())
}

/// Checks a new login password (at sign-up and when it is reset).
pub fn check_login_password(password: &str) -> Result<(), SignUpError> {
    if password.chars().count() < MIN_LOGIN_PASSWORD_CHARS {
        return Err(SignUpError::PasswordTooShort { min: MIN_LOGIN_PASSWORD_CHARS });
    }
    check_field("password", password, MAX_PASSWORD_CHARS)
}

/// Checks a whole form; the normalized email when it passes.
pub fn check_sign_up(form: &SignUpFields<'_>) -> Result<String, SignUpError> {
    let email = normalize_email(form.email)?;
    check_login_password(form.password)?;
    for (value, field, max_chars) in [
        (form.given_name, "given_name", MAX_NAME_CHARS),
        (form.family_name, "family_name", MAX_NAME_CHARS),
        (form.address, "address", MAX_ADDRESS_CHARS),
        (form.phone, "phone", MAX_PHONE_CHARS),
        (form.national_id, "national_id", MAX_NATIONAL_ID_CHARS),
    ] {
        if value.trim().is_empty() {
            return Err(SignUpError::MissingField { field });
        }
        check_field(field, value, max_chars)?;
    }
    check_phone(form.phone)?;
    let country_ok = form.country.len() == 2 && form.country.bytes().all(|b| b.is_ascii_uppercase());
    if !country_ok {
        return Err(SignUpError::InvalidCountry);
    }
    Ok(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_in_any_one_script_pass() {
        for email in [
            "maria@example.com",
            "o'brien+shop@mail.example.co.uk",
            "иван@почта.рф",
            "ayşe@örnek.com.tr",
            "δοκιμή@παράδειγμα.gr",
            "たなか@例え.jp",
        ] {
            assert_eq!(normalize_email(email).as_deref(), Ok(email), "{email}");
        }
    }

    #[test]
    fn an_email_with_an_invisible_character_is_refused() {
        for email in [
            "ma\u{200B}ria@example.com",
            "maria@exa\u{200D}mple.com",
            "ma\u{AD}ria@example.com",
            "maria\u{FEFF}@example.com",
        ] {
            assert_eq!(normalize_email(email), Err(SignUpError::ForbiddenCharacters { field: "email" }), "{email:?}");
        }
    }

    #[test]
    fn an_email_that_imitates_another_is_refused() {
        // A Cyrillic а among Latin letters; an all-Cyrillic "paypal" that
        // reads as Latin; a Greek ο in the domain; full-width letters.
        for email in [
            "m\u{430}ria@example.com",
            "\u{440}\u{430}\u{443}\u{440}\u{430}\u{04CF}@example.com",
            "maria@g\u{3BF}\u{3BF}gle.com",
            "\u{FF4D}\u{FF41}\u{FF52}\u{FF49}\u{FF41}@example.com",
        ] {
            assert_eq!(normalize_email(email), Err(SignUpError::EmailLooksLikeAnother), "{email:?}");
        }
    }

    fn form<'a>() -> SignUpFields<'a> {
        SignUpFields {
            email: " Maria@Example.com ",
            password: "correct horse",
            given_name: "Maria",
            family_name: "Souza",
            address: "Rua Augusta 1500",
            phone: "+5511900000001",
            national_id: "123",
            country: "BR",
        }
    }

    #[test]
    fn a_complete_form_passes_with_the_email_normalized() {
        assert_eq!(check_sign_up(&form()).unwrap(), "maria@example.com");
    }

    #[test]
    fn each_problem_names_its_field_in_the_order_the_form_is_filled() {
        let bad_email = SignUpFields { email: "maria", ..form() };
        assert_eq!(check_sign_up(&bad_email).unwrap_err(), SignUpError::InvalidEmail);
        let short = SignUpFields { password: "short", ..form() };
        assert_eq!(check_sign_up(&short).unwrap_err().field(), "password");
        let no_phone = SignUpFields { phone: "  ", ..form() };
        assert_eq!(check_sign_up(&no_phone).unwrap_err(), SignUpError::MissingField { field: "phone" });
        let country = SignUpFields { country: "br", ..form() };
        assert_eq!(check_sign_up(&country).unwrap_err(), SignUpError::InvalidCountry);
    }

    #[test]
    fn long_names_hidden_characters_and_letters_in_the_phone_are_refused() {
        let long_name = "M".repeat(60_000);
        let long = SignUpFields { given_name: &long_name, ..form() };
        assert_eq!(check_sign_up(&long).unwrap_err(), SignUpError::TooLong { field: "given_name", max: 100 });
        let reversed = SignUpFields { family_name: "Souza\u{202E}", ..form() };
        assert_eq!(check_sign_up(&reversed).unwrap_err(), SignUpError::ForbiddenCharacters { field: "family_name" });
        let nul = SignUpFields { address: "Rua\u{0}Augusta", ..form() };
        assert_eq!(check_sign_up(&nul).unwrap_err().code(), "forbidden_characters");
        let letters = SignUpFields { phone: "call me maybe", ..form() };
        assert_eq!(check_sign_up(&letters).unwrap_err(), SignUpError::InvalidPhone);
        let spaced = SignUpFields { phone: "+55 (11) 99999-0000", ..form() };
        assert!(check_sign_up(&spaced).is_ok());
    }
}
