//! A queued message's secret (a link token, a one-time code): sealed under
//! the service key while the message waits, put back only as it is sent.

/// The purpose a message's secret is sealed for (`ServiceKey::seal`).
pub const SEALED_PURPOSE: &str = "outbox-message";

/// What a queued message's body holds in place of its secret.
pub const SECRET_PLACEHOLDER: &str = "<secret: sealed until sent, then erased>";
