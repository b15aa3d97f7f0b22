//! The payment password and security questions (docs/PRODUCT.md section 2).
//!
//! - A payment password is exactly 6 digits, not a run in order (123456,
//!   654321), with no digit three times in a row, entered twice
//!   ([`validate_new_payment_password`]).
//! - At least three security questions with the shopper's own answers
//!   ([`SecurityAnswers`]).
//! - Both are kept only as salted Argon2id hashes ([`SecretHasher`]).
//! - Wrong passwords are counted; 5 in a row lock payments for 30 minutes
//!   ([`PaymentPasswordGuard`]).
//! - Wrong logins slow the next attempt down and then pause sign-in, per
//!   account and per client address ([`ThrottleState`]).

mod hashing;
mod lockout;
mod questions;
mod rules;
mod throttle;

pub use hashing::{HashingError, PasswordHash, SecretHasher};
pub use lockout::{FailureOutcome, LockedOut, LockoutPolicy, PaymentPasswordGuard};
pub use questions::{SecurityAnswers, SecurityQuestionError, StoredAnswer, MIN_SECURITY_QUESTIONS};
pub use rules::{
    is_payment_password_shaped, validate_new_payment_password, PasswordRuleError, MAX_SAME_DIGIT_IN_A_ROW,
    PAYMENT_PASSWORD_DIGITS,
};
pub use throttle::{Blocked, ThrottlePolicy, ThrottleState};
