//! Support cases: a late top-up, a payment that went wrong (with its
//! receipt), forgotten security answers (with an identity document), or
//! anything else; answered by a person (in the sandbox, the developer).

use chrono::{DateTime, Utc};

use super::accounts::{DocumentGiven, IdentityDocument};
use super::shop::Receipt;
use super::{redacted, request, wire};
#[cfg(feature = "schema")]
use crate::text::{MAX_ANY_TEXT_CHARS, PLAIN_TEXT_PATTERN};

wire! {
    /// What a case is about.
    pub enum SupportTopic {
        /// A top-up that has not arrived when expected (names the top-up).
        LateTopUp,
        /// A payment charged twice or never charged (names the order; its
        /// receipt is attached).
        PaymentProblem,
        /// The security answers are forgotten too: the payment password is
        /// reset after an identity check.
        ForgottenSecurityAnswers,
        /// Anything else.
        Other,
    }
}

wire! {
    /// Where a case stands.
    pub enum SupportStatus {
        /// Waiting for support.
        Open,
        /// Support replied; waiting for the shopper or for more work.
        Answered,
        /// Done as asked.
        Resolved,
        /// Support could not do what was asked (the last reply says why).
        Declined,
    }
}

wire! {
    /// Who wrote a message.
    pub enum SupportAuthor {
        /// The shopper.
        Shopper,
        /// Pocket's support.
        Support,
    }
}

wire! {
    /// One message of a case.
    pub struct SupportMessage {
        /// Who wrote it.
        pub author: SupportAuthor,
        /// What it says.
        pub body: String,
        /// When.
        pub sent_at: DateTime<Utc>,
    }
}

wire! {
    /// The identity document given with a case (only the number's last 4
    /// are kept).
    pub struct CaseDocument {
        /// Which document.
        pub document_type: IdentityDocument,
        /// The number's last 4 characters.
        pub document_last4: String,
        /// The issuing country.
        pub issuing_country: String,
    }
}

wire! {
    /// A support case, with its messages.
    pub struct SupportCase {
        /// Its id.
        pub id: String,
        /// What it is about.
        pub topic: SupportTopic,
        /// The top-up or order it is about.
        pub reference: Option<String>,
        /// Where it stands.
        pub status: SupportStatus,
        /// When it was opened.
        pub opened_at: DateTime<Utc>,
        /// When it last changed.
        pub updated_at: DateTime<Utc>,
        /// The messages, oldest first.
        pub messages: Vec<SupportMessage>,
        /// The payment's receipt, for a payment problem.
        pub receipt: Option<Receipt>,
        /// The identity document, for forgotten security answers.
        pub document: Option<CaseDocument>,
    }
}

wire! {
    /// `GET /v1/support/cases`: newest first.
    pub struct SupportCases {
        /// The cases.
        pub cases: Vec<SupportCase>,
    }
}

request! {
    /// `POST /v1/support/cases`.
    pub struct OpenCase {
        /// What it is about.
        pub topic: SupportTopic,
        /// The top-up (late top-up) or order (payment problem) it is about.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
        pub reference: Option<String>,
        /// What happened, in the shopper's words.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ANY_TEXT_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub message: String,
        /// For forgotten security answers: the identity document.
        #[serde(default)]
        pub identity_document: Option<DocumentGiven>,
    }
}

impl std::fmt::Debug for OpenCase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenCase")
            .field("topic", &self.topic)
            .field("reference", &self.reference)
            .finish_non_exhaustive()
    }
}

request! {
    /// A message to a case (`POST /v1/support/cases/{case_id}/messages`).
    pub struct CaseMessage {
        /// What to add.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_ANY_TEXT_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub message: String,
    }
}

impl std::fmt::Debug for CaseMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "CaseMessage")
    }
}
