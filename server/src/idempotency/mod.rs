//! Stored answers to money-moving requests.
//!
//! The phone creates an `Idempotency-Key` and saves it before sending a
//! request that moves money. The first answer is stored in the same
//! transaction as the movement and replayed for every retry; the same key
//! with a different request is refused, so a retry can never charge twice
//! and a confused client cannot reuse a key for another payment.

mod run;

pub use run::{run_idempotent, run_idempotent_steps, Step, REPLAYED_HEADER};

use crate::params;
use crate::store::{Db, Optional};
use blake2::{Blake2s256, Digest};
use chrono::{DateTime, Utc};

/// An answer as stored: status code and JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    /// HTTP status.
    pub status: u16,
    /// JSON body.
    pub body: String,
}

/// What a key means for an incoming request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Never seen: do the work.
    Fresh,
    /// Seen with this very request: answer as the first time.
    Replay(StoredResponse),
    /// Seen with a different request: refuse.
    Conflict,
}

/// A fingerprint of the request: method, path and canonical JSON body.
pub fn request_hash(method: &str, path: &str, canonical_body: &str) -> String {
    let mut hasher = Blake2s256::new();
    for part in [method, path, canonical_body] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Looks a key up within `scope` (the user it belongs to).
pub fn lookup(tx: &Db, scope: &str, key: &str, request_hash: &str) -> Result<Lookup, crate::store::SqlError> {
    let stored = tx
        .query_row(
            "SELECT request_hash, status, body FROM idempotent_responses WHERE scope = ?1 AND key = ?2",
            params![scope, key],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, u16>(1)?, row.get::<_, String>(2)?)),
        )
        .optional()?;
    Ok(match stored {
        None => Lookup::Fresh,
        Some((hash, status, body)) if hash == request_hash => Lookup::Replay(StoredResponse { status, body }),
        Some(_) => Lookup::Conflict,
    })
}

/// Stores the first answer for a key.
pub fn record(
    tx: &Db,
    scope: &str,
    key: &str,
    request_hash: &str,
    response: &StoredResponse,
    now: DateTime<Utc>,
) -> Result<(), crate::store::SqlError> {
    tx.execute_unread(
        "INSERT INTO idempotent_responses (scope, key, request_hash, status, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![scope, key, request_hash, response.status, response.body, now.to_rfc3339()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn the_hash_tells_requests_apart() {
        let base = request_hash("POST", "/v1/top-ups", r#"{"a":1}"#);
        assert_eq!(base, request_hash("POST", "/v1/top-ups", r#"{"a":1}"#));
        assert_ne!(base, request_hash("POST", "/v1/top-ups", r#"{"a":2}"#));
        assert_ne!(base, request_hash("POST", "/v1/transfers", r#"{"a":1}"#));
    }

    #[test]
    fn a_key_replays_for_the_same_request_and_conflicts_for_another() {
        let store = Store::open_in_memory().unwrap();
        store.with_connection(|tx| {
            assert_eq!(lookup(tx, "usr_1", "k1", "h1").unwrap(), Lookup::Fresh);
            let response = StoredResponse { status: 201, body: "{}".into() };
            record(tx, "usr_1", "k1", "h1", &response, Utc::now()).unwrap();
            assert_eq!(lookup(tx, "usr_1", "k1", "h1").unwrap(), Lookup::Replay(response));
            assert_eq!(lookup(tx, "usr_1", "k1", "h2").unwrap(), Lookup::Conflict);
            assert_eq!(lookup(tx, "usr_2", "k1", "h2").unwrap(), Lookup::Fresh, "keys are per user");
        });
    }
}
