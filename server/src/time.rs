//! Times at rest are RFC 3339 text in UTC, which sorts as it compares.

use chrono::{DateTime, Utc};

use crate::refusals::Refusal;

/// Parses a stored time.
pub fn parse_time(text: &str) -> Result<DateTime<Utc>, Refusal> {
    DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc)).map_err(Refusal::internal)
}
