//! What makes a payment password acceptable (docs/PRODUCT.md section 2).

use serde::Serialize;

/// The number of digits in a payment password.
pub const PAYMENT_PASSWORD_DIGITS: usize = 6;

/// The longest run of one digit allowed: three equal digits in a row is too many.
pub const MAX_SAME_DIGIT_IN_A_ROW: usize = 2;

/// Why a new payment password was refused. Messages never repeat the
/// password: they may be shown on screen or logged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PasswordRuleError {
    /// Not exactly six characters.
    #[error("the payment password must be exactly 6 digits; this one has {length}")]
    WrongLength {
        /// How many characters were entered.
        length: usize,
    },
    /// Something other than the digits 0-9.
    #[error("the payment password may contain only the digits 0 to 9")]
    NotDigits,
    /// Six digits in a strictly ascending or descending run (123456, 654321).
    #[error("digits counting up or down one by one are too easy to guess; choose digits out of order")]
    SequentialRun,
    /// The same digit three or more times in a row (555123).
    #[error("the same digit three times in a row is too easy to guess; use at most two of a digit in a row")]
    RepeatedDigits,
    /// The confirmation differs from the password.
    #[error("the two passwords do not match; enter the same 6 digits twice")]
    ConfirmationMismatch,
}

/// Whether `typed` can be a payment password at all: exactly
/// [`PAYMENT_PASSWORD_DIGITS`] digits. The phone checks it before sending
/// (a typo is told at once, not after a round trip, and not counted).
pub fn is_payment_password_shaped(typed: &str) -> bool {
    typed.len() == PAYMENT_PASSWORD_DIGITS && typed.bytes().all(|b| b.is_ascii_digit())
}

/// Checks a new payment password and its confirmation, in the order a
/// shopper would fix them: length, digits, runs, repeats, confirmation.
pub fn validate_new_payment_password(password: &str, confirmation: &str) -> Result<(), PasswordRuleError> {
    let length = password.chars().count();
    if length != PAYMENT_PASSWORD_DIGITS {
        return Err(PasswordRuleError::WrongLength { length });
    }
    if !password.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PasswordRuleError::NotDigits);
    }
    let digits: Vec<i8> = password.bytes().map(|b| (b - b'0') as i8).collect();
    if is_sequential_run(&digits) {
        return Err(PasswordRuleError::SequentialRun);
    }
    if longest_same_digit_run(&digits) > MAX_SAME_DIGIT_IN_A_ROW {
        return Err(PasswordRuleError::RepeatedDigits);
    }
    if password != confirmation {
        return Err(PasswordRuleError::ConfirmationMismatch);
    }
    Ok(())
}

/// Every step +1 (123456) or every step -1 (654321). 9 does not wrap to 0,
/// so 901234 is not a run.
fn is_sequential_run(digits: &[i8]) -> bool {
    let steps: Vec<i8> = digits.windows(2).map(|pair| pair[1] - pair[0]).collect();
    steps.iter().all(|&step| step == 1) || steps.iter().all(|&step| step == -1)
}

fn longest_same_digit_run(digits: &[i8]) -> usize {
    let mut longest = 0;
    let mut current = 0;
    let mut previous = None;
    for &digit in digits {
        current = if previous == Some(digit) { current + 1 } else { 1 };
        longest = longest.max(current);
        previous = Some(digit);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_six_digits_are_shaped_like_a_payment_password() {
        assert!(is_payment_password_shaped("381947"));
        for typed in ["38194", "3819470", "38194a", "３８１９４７", "381 47", ""] {
            assert!(!is_payment_password_shaped(typed), "{typed:?}");
        }
    }

    fn check(password: &str) -> Result<(), PasswordRuleError> {
        validate_new_payment_password(password, password)
    }

    #[test]
    fn ascending_run_123456_is_refused() {
        assert_eq!(check("123456"), Err(PasswordRuleError::SequentialRun));
        assert_eq!(check("345678"), Err(PasswordRuleError::SequentialRun));
    }

    #[test]
    fn descending_run_654321_is_refused() {
        assert_eq!(check("654321"), Err(PasswordRuleError::SequentialRun));
        assert_eq!(check("987654"), Err(PasswordRuleError::SequentialRun));
    }

    #[test]
    fn three_equal_digits_in_a_row_are_refused() {
        assert_eq!(check("555123"), Err(PasswordRuleError::RepeatedDigits));
        assert_eq!(check("123444"), Err(PasswordRuleError::RepeatedDigits));
        assert_eq!(check("111111"), Err(PasswordRuleError::RepeatedDigits));
    }

    #[test]
    fn pairs_of_equal_digits_112233_are_allowed() {
        assert_eq!(check("112233"), Ok(()));
    }

    #[test]
    fn digits_that_wrap_around_are_not_a_run() {
        assert_eq!(check("901234"), Ok(()));
        assert_eq!(check("098765"), Ok(()));
    }

    #[test]
    fn five_or_seven_digits_are_refused_with_the_count() {
        assert_eq!(check("12345"), Err(PasswordRuleError::WrongLength { length: 5 }));
        assert_eq!(check("1234567"), Err(PasswordRuleError::WrongLength { length: 7 }));
    }

    #[test]
    fn letters_are_refused() {
        assert_eq!(check("12a456"), Err(PasswordRuleError::NotDigits));
        assert_eq!(check("１２３４５６"), Err(PasswordRuleError::NotDigits), "full-width digits are not 0-9");
    }

    #[test]
    fn a_confirmation_that_differs_is_refused() {
        assert_eq!(validate_new_payment_password("381947", "381940"), Err(PasswordRuleError::ConfirmationMismatch));
    }

    #[test]
    fn no_message_repeats_the_password() {
        for password in ["123456", "555123", "12a456", "12345"] {
            let message = check(password).unwrap_err().to_string();
            assert!(!message.contains(password), "{message}");
        }
    }
}
