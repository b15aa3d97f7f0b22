//! The service itself: its health, and the one shape of every error.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{request, wire};

wire! {
    /// `{"error": {...}}`: every answer that is not a success.
    pub struct ErrorBody {
        /// What went wrong.
        pub error: ErrorDetail,
    }
}

wire! {
    /// The group an error belongs to, for a client's handling; `code` says
    /// exactly what failed.
    #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
    pub enum ErrorKind {
        /// The request was malformed or broke a rule: fix `field`.
        Validation,
        /// A spending limit refuses it; `details` has the figures.
        Limit,
        /// Refused for good (a parcel Pocket cannot pay for, an order past
        /// its protection).
        Refused,
        /// The card's bank refused the charge.
        Card,
        /// Not enough money in the balance.
        InsufficientFunds,
        /// It clashes with the current state (already paid, key reused).
        Conflict,
        /// No such thing for this shopper.
        NotFound,
        /// No valid session.
        Unauthorized,
        /// Signed in, but not allowed (a wrong payment password).
        Forbidden,
        /// Locked for a while (payments after wrong passwords): `Retry-After`.
        Locked,
        /// Too many attempts: `Retry-After` says when to try again.
        Throttled,
        /// A step of a card's SMS code (send the code, or a new one).
        OneTimeCode,
        /// A link or code that is no longer valid.
        Expired,
        /// The method is not served at that path.
        MethodNotAllowed,
        /// The service's own fault; retrying with the same key is safe.
        Internal,
        /// A kind this version of the app does not know yet.
        #[serde(other)]
        Unknown,
    }
}

wire! {
    /// What went wrong, what to do, and the figures.
    pub struct ErrorDetail {
        /// The group, for a client's handling.
        #[serde(rename = "type")]
        pub kind: ErrorKind,
        /// The exact failure, snake_case.
        pub code: String,
        /// A sentence saying what was wrong and what to do.
        pub message: String,
        /// The request field at fault.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub field: Option<String>,
        /// Figures: limits, amounts, times, tries left, when to retry.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub details: Option<Value>,
    }
}

wire! {
    /// `POST /v1/card-processor/events`: the event was verified and kept.
    pub struct EventReceived {
        /// Always `true`.
        pub received: bool,
        /// The same event came before and was applied then; nothing was
        /// done again.
        pub applied_before: bool,
    }
}

wire! {
    /// `GET /v1/health`.
    pub struct Health {
        /// `ok`.
        pub status: String,
        /// The service's version.
        pub version: String,
        /// Whether it runs as the sandbox.
        pub sandbox: bool,
        /// Its clock (the sandbox's may be ahead).
        pub now: DateTime<Utc>,
    }
}

request! {
    /// The body of a route that takes none: `{}`.
    #[derive(Debug, Default)]
    pub struct Empty {}
}
