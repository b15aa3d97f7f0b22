//! Running a money-moving request exactly once per Idempotency-Key.

use crate::store::Db;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use pocket_core::contract::paths::IDEMPOTENCY_KEY_HEADER;
use serde_json::Value;

use super::{Lookup, StoredResponse};
use crate::accounts::{LegacyPaymentPasswordHash, PasswordStop};
use crate::app::App;
use crate::idempotency;
use crate::refusals::Refusal;

/// Header set on a replayed answer, so a client (and a test) can tell.
pub use pocket_core::contract::paths::REPLAYED_HEADER;

/// What a money-moving request's work came to, inside its one transaction.
pub enum Step<D = std::convert::Infallible> {
    /// The request's answer: kept with the key, with the movement it made,
    /// so the same request again gets it unchanged. (A refusal that is the
    /// answer comes as an `Err` that is a final answer.)
    Answer(StatusCode, Value),
    /// Committed but not the key's answer: a one-time code sent, a wrong
    /// payment password counted. The same key may come again, with the code
    /// or the right password, and go on to run once.
    Interim(Response),
    /// Nothing kept: the caller gets `D` back, to do something off the
    /// database (such as a slow hash) and try again.
    Defer(D),
}

/// A stop at the payment password as the step it is: a refusal answered
/// but not kept, or the request deferred to check an old hash off the lock.
impl<D: From<LegacyPaymentPasswordHash>> From<PasswordStop> for Step<D> {
    fn from(stop: PasswordStop) -> Step<D> {
        match stop {
            PasswordStop::Refused(refusal) => Step::Interim(refusal.into_response()),
            PasswordStop::OldHash(old) => Step::Defer(D::from(old)),
        }
    }
}

/// Runs `work` once for `(scope, key)`, in one write transaction with the
/// stored answer:
/// - a new key: `work` runs; its answer (success or refusal) is stored with
///   the movement it made, atomically;
/// - the same key and request again: the stored answer, unchanged, before
///   anything else is looked at (no password counted twice);
/// - the same key with a different request: 409, nothing runs.
///
/// Internal errors, errors that are not final answers and interim steps are
/// not stored, so a retry with the same key runs the work again.
pub async fn run_idempotent_steps<D, F>(
    app: &App,
    scope: String,
    key: String,
    request_hash: String,
    mut work: F,
) -> Result<Response, D>
where
    D: Send + 'static,
    F: FnMut(&Db, DateTime<Utc>) -> Result<Step<D>, Refusal> + Send + 'static,
{
    let now = app.clock.now();
    let outcome = app
        .store
        .write(move |tx| -> Result<Ran<D>, Refusal> {
            // Money moves count the shopper's spends against her limits.
            tx.claim_shopper(&scope)?;
            match idempotency::lookup(tx, &scope, &key, &request_hash)? {
                Lookup::Replay(stored) => return Ok(Ran::Stored(stored, true)),
                Lookup::Conflict => {
                    return Err(Refusal::conflict(
                        "idempotency_key_reused",
                        "this Idempotency-Key was already used for a different request; create a new key for a new request",
                    )
                    .with_field(IDEMPOTENCY_KEY_HEADER));
                }
                Lookup::Fresh => {}
            }
            // Cached statements, as every money request runs them.
            tx.execute("SAVEPOINT idempotent_work", crate::params![])?;
            let stored = match work(tx, now) {
                Ok(Step::Answer(status, body)) => {
                    tx.execute("RELEASE idempotent_work", crate::params![])?;
                    StoredResponse { status: status.as_u16(), body: body.to_string() }
                }
                Ok(Step::Interim(response)) => {
                    tx.execute("RELEASE idempotent_work", crate::params![])?;
                    return Ok(Ran::Interim(response));
                }
                Ok(Step::Defer(deferred)) => {
                    tx.execute_batch("ROLLBACK TO idempotent_work; RELEASE idempotent_work")?;
                    return Ok(Ran::Deferred(deferred));
                }
                Err(error) if error.is_our_fault() || !error.final_answer => {
                    tx.execute_batch("ROLLBACK TO idempotent_work; RELEASE idempotent_work")?;
                    return Err(error);
                }
                Err(refusal) => {
                    // A refusal is an answer too: undo any partial work, keep the answer.
                    tx.execute_batch("ROLLBACK TO idempotent_work; RELEASE idempotent_work")?;
                    StoredResponse { status: crate::http::status_of(&refusal).as_u16(), body: refusal.body().to_string() }
                }
            };
            idempotency::record(tx, &scope, &key, &request_hash, &stored, now)?;
            Ok(Ran::Stored(stored, false))
        })
        .await;
    match outcome {
        Ok(Ran::Stored(stored, replayed)) => Ok(stored_response(stored, replayed)),
        Ok(Ran::Interim(response)) => Ok(response),
        Ok(Ran::Deferred(deferred)) => Err(deferred),
        Err(error) => Ok(error.into_response()),
    }
}

/// How the transaction of [`run_idempotent_steps`] ended.
enum Ran<D> {
    Stored(StoredResponse, bool),
    Interim(Response),
    Deferred(D),
}

/// [`run_idempotent_steps`] for work whose every success is its answer.
pub async fn run_idempotent<F>(app: &App, scope: String, key: String, request_hash: String, mut work: F) -> Response
where
    F: FnMut(&Db, DateTime<Utc>) -> Result<(StatusCode, Value), Refusal> + Send + 'static,
{
    let ran = run_idempotent_steps(app, scope, key, request_hash, move |tx, now| {
        work(tx, now).map(|(status, body)| Step::<std::convert::Infallible>::Answer(status, body))
    })
    .await;
    match ran {
        Ok(response) => response,
        Err(never) => match never {},
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
