//! Running a money-moving request exactly once per Idempotency-Key.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde_json::Value;

use super::ApiError;
use crate::app::App;
use crate::idempotency::{self, Lookup, StoredResponse};

/// Header set on a replayed answer, so a client (and a test) can tell.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";

/// Runs `work` once for `(scope, key)`, in one transaction with the stored
/// answer:
/// - a new key: `work` runs; its answer (success or refusal) is stored with
///   the movement it made, atomically;
/// - the same key and request again: the stored answer, unchanged;
/// - the same key with a different request: 409, nothing runs.
///
/// Internal errors and steps that ask for more (a one-time code) are not
/// stored, so a retry with the same key runs the work again.
pub async fn run_idempotent<F>(app: &App, scope: String, key: String, request_hash: String, work: F) -> Response
where
    F: FnOnce(&Transaction, DateTime<Utc>) -> Result<(StatusCode, Value), ApiError> + Send + 'static,
{
    let now = app.clock.now();
    let outcome = app
        .store
        .write(move |tx| -> Result<(StoredResponse, bool), ApiError> {
            match idempotency::lookup(tx, &scope, &key, &request_hash)? {
                Lookup::Replay(stored) => return Ok((stored, true)),
                Lookup::Conflict => {
                    return Err(ApiError::conflict(
                        "idempotency_key_reused",
                        "this Idempotency-Key was already used for a different request; create a new key for a new request",
                    )
                    .with_field("Idempotency-Key"));
                }
                Lookup::Fresh => {}
            }
            tx.execute_batch("SAVEPOINT idempotent_work")?;
            let stored = match work(tx, now) {
                Ok((status, body)) => {
                    tx.execute_batch("RELEASE idempotent_work")?;
                    StoredResponse { status: status.as_u16(), body: body.to_string() }
                }
                Err(error) if error.status.is_server_error() || !error.final_answer => {
                    tx.execute_batch("ROLLBACK TO idempotent_work; RELEASE idempotent_work")?;
                    return Err(error);
                }
                Err(refusal) => {
                    // A refusal is an answer too: undo any partial work, keep the answer.
                    tx.execute_batch("ROLLBACK TO idempotent_work; RELEASE idempotent_work")?;
                    StoredResponse { status: refusal.status.as_u16(), body: refusal.body().to_string() }
                }
            };
            idempotency::record(tx, &scope, &key, &request_hash, &stored, now)?;
            Ok((stored, false))
        })
        .await;
    match outcome {
        Ok((stored, replayed)) => stored_response(stored, replayed),
        Err(error) => error.into_response(),
    }
}

/// The stored answer for `(scope, key)` if this very request was answered
/// before. Lets a handler skip steps that must not repeat on a replay (such
/// as counting a payment password attempt).
pub async fn replay_if_seen(app: &App, scope: &str, key: &str, request_hash: &str) -> Option<Response> {
    let (scope, key, request_hash) = (scope.to_string(), key.to_string(), request_hash.to_string());
    let seen =
        app.store.read(move |tx| idempotency::lookup(tx, &scope, &key, &request_hash).map_err(ApiError::from)).await;
    match seen {
        Ok(Lookup::Replay(stored)) => Some(stored_response(stored, true)),
        _ => None,
    }
}

fn stored_response(stored: StoredResponse, replayed: bool) -> Response {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response =
        (status, [(axum::http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], stored.body)
            .into_response();
    if replayed {
        response.headers_mut().insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    }
    response
}
