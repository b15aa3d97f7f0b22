//! The service itself: its health, and the one shape of every error.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::wire;

wire! {
    /// `{"error": {...}}`: every answer that is not a success.
    pub struct ErrorBody {
        /// What went wrong.
        pub error: ErrorDetail,
    }
}

wire! {
    /// What went wrong, what to do, and the figures.
    pub struct ErrorDetail {
        /// The group, for a client's handling: `validation`, `limit`,
        /// `conflict`, `not_found`, `unauthorized`, `forbidden`, `locked`,
        /// `throttled`, `one_time_code`, `insufficient_funds`, `card`,
        /// `expired`, `internal`, ...
        #[serde(rename = "type")]
        pub kind: String,
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
