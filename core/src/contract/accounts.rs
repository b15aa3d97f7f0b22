//! Signing up, in and out; the profile.

use chrono::{DateTime, Utc};

use super::{redacted, request, wire};
use crate::limits::VerificationLevel;
#[cfg(feature = "schema")]
use crate::text::{
    MAX_ADDRESS_CHARS, MAX_ANSWER_CHARS, MAX_EMAIL_CHARS, MAX_NAME_CHARS, MAX_NATIONAL_ID_CHARS, MAX_PASSWORD_CHARS,
    MAX_PHONE_CHARS, MAX_QUESTION_CHARS, MAX_TOKEN_CHARS, PLAIN_TEXT_PATTERN,
};

wire! {
    /// Always `confirmation_sent`.
    pub enum SignUpStatus {
        /// A link went to the email (or, if the email had an account, a
        /// warning to its owner: the answer does not say which).
        ConfirmationSent,
    }
}

wire! {
    /// `POST /v1/accounts` (202): the same for a new email and a used one.
    pub struct SignUpAccepted {
        /// `confirmation_sent`.
        pub status: SignUpStatus,
        /// The email written to, normalized.
        pub email: String,
        /// What to do next.
        pub message: String,
        /// When the link stops working.
        pub confirmation_expires_at: DateTime<Utc>,
    }
}

wire! {
    /// `POST /v1/accounts/confirm-email`.
    pub struct EmailConfirmed {
        /// The account.
        pub user_id: String,
        /// Its level now.
        pub level: VerificationLevel,
    }
}

wire! {
    /// `POST /v1/accounts/resend-confirmation` (202): the same whether or
    /// not the email has an unconfirmed account.
    pub struct ConfirmationResent {
        /// Always true.
        pub sent: bool,
    }
}

wire! {
    /// `POST /v1/sessions` (201).
    pub struct SessionOpened {
        /// For `Authorization: Bearer`; shown this once.
        pub token: String,
        /// The shopper.
        pub user_id: String,
        /// When the session ends, used or not.
        pub expires_at: DateTime<Utc>,
        /// When it ends if unused (each use moves this on).
        pub idle_expires_at: DateTime<Utc>,
    }
}

wire! {
    /// `DELETE /v1/sessions`: signed out everywhere.
    pub struct SessionsEnded {
        /// How many sessions ended.
        pub sessions_ended: u64,
    }
}

wire! {
    /// `GET /v1/me`.
    #[derive(Eq)]
    pub struct Profile {
        /// The shopper.
        pub user_id: String,
        /// The login.
        pub email: String,
        /// Given name.
        pub given_name: String,
        /// Family name.
        pub family_name: String,
        /// ISO 3166 alpha-2.
        pub country: String,
        /// Interface language.
        pub language: String,
        /// Verification level.
        pub level: VerificationLevel,
        /// When the account was made.
        pub signed_up_at: DateTime<Utc>,
        /// Whole days since then.
        pub account_age_days: u32,
        /// Whether a payment password is set.
        pub has_payment_password: bool,
        /// The security questions (never the answers).
        pub security_questions: Vec<String>,
    }
}

wire! {
    /// `PUT /v1/me/payment-password`.
    pub struct PaymentPasswordSet {
        /// Always true.
        pub payment_password_set: bool,
    }
}

wire! {
    /// `PUT /v1/me/security-questions`.
    pub struct SecurityQuestionsSet {
        /// How many questions are set.
        pub security_questions_set: u64,
    }
}

wire! {
    /// `POST /v1/accounts/password-reset` (202): the same whether or not
    /// the email has an account, so nobody can probe for accounts.
    pub struct PasswordResetSent {
        /// Always true.
        pub sent: bool,
        /// How long the emailed link works, in minutes.
        pub valid_minutes: u32,
    }
}

wire! {
    /// `POST /v1/accounts/password-reset/complete`: the login password is
    /// new and every session of the account has ended.
    pub struct PasswordReset {
        /// The login to sign in with.
        pub email: String,
        /// How many sessions ended (phones signed in before the reset).
        pub sessions_ended: u64,
    }
}

wire! {
    /// `POST /v1/me/payment-password/recovery` (202): a link went to the
    /// shopper's email.
    pub struct RecoveryLinkSent {
        /// Where it went.
        pub email: String,
        /// When it stops working.
        pub expires_at: DateTime<Utc>,
        /// The security questions the shopper will answer with it.
        pub security_questions: Vec<String>,
    }
}

wire! {
    /// `POST /v1/me/payment-password/recovery/complete`: the new payment
    /// password is set and a lock from wrong passwords is lifted.
    pub struct PaymentPasswordRecovered {
        /// Always true.
        pub payment_password_set: bool,
    }
}

wire! {
    /// An identity document a shopper can verify with.
    pub enum IdentityDocument {
        /// A passport.
        Passport,
        /// A national identity card.
        NationalId,
        /// A driving licence.
        DrivingLicence,
    }
}

wire! {
    /// Where a shopper's identity verification stands.
    pub enum VerificationState {
        /// Never asked for.
        NotRequested,
        /// Sent, waiting for review.
        Pending,
        /// Approved: the account is identity-verified.
        Approved,
        /// Declined, with a reason; the shopper may send another.
        Declined,
    }
}

wire! {
    /// `GET /v1/me/verification`, and `POST` (202): the latest request.
    pub struct Verification {
        /// Where it stands.
        pub state: VerificationState,
        /// The account's level now.
        pub level: VerificationLevel,
        /// The latest request, if any.
        pub request_id: Option<String>,
        /// Its document.
        pub document_type: Option<IdentityDocument>,
        /// The document number's last 4 characters (the rest is not kept).
        pub document_last4: Option<String>,
        /// When it was sent.
        pub submitted_at: Option<DateTime<Utc>>,
        /// When it was reviewed.
        pub reviewed_at: Option<DateTime<Utc>>,
        /// Why it was declined.
        pub decline_reason: Option<String>,
    }
}

request! {
    /// `POST /v1/accounts`. Its `Debug` leaves the password out.
    pub struct SignUpRequest {
        /// The login.
        #[cfg_attr(feature = "schema", schemars(length(min = 3, max = MAX_EMAIL_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub email: String,
        /// The login password: 8 characters or more.
        #[cfg_attr(feature = "schema", schemars(length(min = 8, max = MAX_PASSWORD_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub password: String,
        /// Given name.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub given_name: String,
        /// Family name.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub family_name: String,
        /// The delivery address.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ADDRESS_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub address: String,
        /// The phone for SMS codes, with its country code.
        #[cfg_attr(feature = "schema", schemars(length(min = 7, max = MAX_PHONE_CHARS), pattern(r"^\+?[0-9 ()-]+$")))]
        pub phone: String,
        /// The national identity number.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NATIONAL_ID_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub national_id: String,
        /// ISO 3166 alpha-2, e.g. "BR".
        #[cfg_attr(feature = "schema", schemars(pattern(r"^[A-Z]{2}$")))]
        pub country: String,
        /// The interface language: en, ru, pt-BR, es, tr, id, sw or el; the
        /// country's if left out.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(max = 8)))]
        pub language: Option<String>,
    }
}

impl std::fmt::Debug for SignUpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignUpRequest")
            .field("email", &self.email)
            .field("country", &self.country)
            .finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/sessions`.
    pub struct LoginRequest {
        /// The login.
        #[cfg_attr(feature = "schema", schemars(length(max = MAX_EMAIL_CHARS)))]
        pub email: String,
        /// The login password.
        #[cfg_attr(feature = "schema", schemars(length(max = MAX_PASSWORD_CHARS)))]
        pub password: String,
    }
}

impl std::fmt::Debug for LoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginRequest").field("email", &self.email).finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/accounts/confirm-email`.
    pub struct ConfirmRequest {
        /// The token from the emailed link.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        pub token: String,
    }
}

impl std::fmt::Debug for ConfirmRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "ConfirmRequest")
    }
}

request! {
    /// `POST /v1/accounts/resend-confirmation`.
    #[derive(Debug)]
    pub struct ResendRequest {
        /// The email signed up with.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_EMAIL_CHARS)))]
        pub email: String,
    }
}

request! {
    /// `PATCH /v1/me`.
    #[derive(Debug)]
    pub struct UpdateMeRequest {
        /// The interface language: en, ru, pt-BR, es, tr, id, sw or el.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 8)))]
        pub language: String,
    }
}

request! {
    /// `PUT /v1/me/payment-password`.
    pub struct PaymentPasswordRequest {
        /// The new 6 digits.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub password: String,
        /// The same again.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub confirmation: String,
        /// The current one, to change it.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub current_password: Option<String>,
    }
}

impl std::fmt::Debug for PaymentPasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "PaymentPasswordRequest")
    }
}

request! {
    /// `PUT /v1/me/security-questions`.
    pub struct SecurityQuestionsRequest {
        /// At least three.
        #[cfg_attr(feature = "schema", schemars(length(max = 10)))]
        pub answers: Vec<QuestionAnswer>,
    }
}

impl std::fmt::Debug for SecurityQuestionsRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "SecurityQuestionsRequest")
    }
}

request! {
    /// A question and its answer.
    pub struct QuestionAnswer {
        /// The question.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_QUESTION_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub question: String,
        /// The answer (compared ignoring case and spaces).
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ANSWER_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub answer: String,
    }
}

impl std::fmt::Debug for QuestionAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuestionAnswer").field("question", &self.question).finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/accounts/password-reset/complete`. Its `Debug` hides the
    /// new password.
    pub struct ResetPasswordRequest {
        /// The token from the emailed link.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        pub token: String,
        /// The new login password: 8 characters or more.
        #[cfg_attr(feature = "schema", schemars(length(min = 8, max = MAX_PASSWORD_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub password: String,
    }
}

impl std::fmt::Debug for ResetPasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "ResetPasswordRequest")
    }
}

request! {
    /// `POST /v1/me/payment-password/recovery/complete`. Its `Debug` hides the secrets.
    pub struct RecoverPaymentPasswordRequest {
        /// The token from the emailed link.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        pub token: String,
        /// Every security question with its answer.
        #[cfg_attr(feature = "schema", schemars(length(max = 10)))]
        pub answers: Vec<QuestionAnswer>,
        /// The new 6 digits.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub password: String,
        /// The same again.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub confirmation: String,
    }
}

impl std::fmt::Debug for RecoverPaymentPasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "RecoverPaymentPasswordRequest")
    }
}

request! {
    /// The document's fields.
    pub struct DocumentGiven {
        /// Which document.
        pub document_type: IdentityDocument,
        /// Its number, as printed (letters, digits, spaces and dashes).
        #[cfg_attr(feature = "schema", schemars(length(min = 4, max = 40), pattern(r"^[A-Za-z0-9 -]+$")))]
        pub document_number: String,
        /// The country that issued it (ISO 3166 alpha-2).
        #[cfg_attr(feature = "schema", schemars(pattern(r"^[A-Z]{2}$")))]
        pub issuing_country: String,
        /// The name as printed on it.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub name_on_document: String,
    }
}

impl std::fmt::Debug for DocumentGiven {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentGiven")
            .field("document_type", &self.document_type)
            .field("issuing_country", &self.issuing_country)
            .finish_non_exhaustive()
    }
}
