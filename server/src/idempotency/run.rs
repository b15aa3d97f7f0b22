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
/// - a new key: `work` runs; its answer is stored with the movement it
///   made, atomically. A refusal that is the answer undoes the whole
///   transaction (whatever the work wrote before it refused), and is then
///   stored on its own, unless the key was answered meanwhile;
/// - the same key and request again: the stored answer, unchanged, before
///   anything else is looked at (no password counted twice);
/// - the same key with a different request: 409, nothing runs.
///
/// Internal errors, errors that are not final answers and interim steps are
/// not stored, so a retry with the same key runs the work again. No
/// savepoint wraps the work: what it must not keep, the store's own
/// rollback of the write undoes.
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
    let (scope_kept, key_kept, hash_kept) = (scope.clone(), key.clone(), request_hash.clone());
    let outcome = app
        .store
        .write(move |tx| -> Result<Ran, Undone<D>> {
            // Money moves count the shopper's spends against her limits.
            tx.claim_shopper(&scope)?;
            if let Some(stored) = answered_already(tx, &scope, &key, &request_hash)? {
                return Ok(Ran::Stored(stored, true));
            }
            match work(tx, now) {
                Ok(Step::Answer(status, body)) => {
                    let stored = StoredResponse { status: status.as_u16(), body: body.to_string() };
                    idempotency::record(tx, &scope, &key, &request_hash, &stored, now)?;
                    Ok(Ran::Stored(stored, false))
                }
                Ok(Step::Interim(response)) => Ok(Ran::Interim(response)),
                Ok(Step::Defer(deferred)) => Err(Undone::Deferred(deferred)),
                Err(error) if error.is_our_fault() || !error.final_answer => Err(Undone::Failed(error)),
                Err(refusal) => Err(Undone::Refused(refusal)),
            }
        })
        .await;
    match outcome {
        Ok(Ran::Stored(stored, replayed)) => Ok(stored_response(stored, replayed)),
        Ok(Ran::Interim(response)) => Ok(response),
        Err(Undone::Deferred(deferred)) => Err(deferred),
        Err(Undone::Failed(error)) => Ok(error.into_response()),
        Err(Undone::Refused(refusal)) => Ok(keep_refusal(app, scope_kept, key_kept, hash_kept, refusal, now).await),
    }
}

/// The stored answer to replay, or the conflict of a key reused for
/// another request; `None` for a key not seen before.
fn answered_already(tx: &Db, scope: &str, key: &str, request_hash: &str) -> Result<Option<StoredResponse>, Refusal> {
    match idempotency::lookup(tx, scope, key, request_hash)? {
        Lookup::Replay(stored) => Ok(Some(stored)),
        Lookup::Conflict => Err(Refusal::conflict(
            "idempotency_key_reused",
            "this Idempotency-Key was already used for a different request; create a new key for a new request",
        )
        .with_field(IDEMPOTENCY_KEY_HEADER)),
        Lookup::Fresh => Ok(None),
    }
}

/// Keeps a refusal as the key's answer, in a write of its own after the
/// refused one was undone: the key's answer if it still has none.
async fn keep_refusal(
    app: &App,
    scope: String,
    key: String,
    request_hash: String,
    refusal: Refusal,
    now: DateTime<Utc>,
) -> Response {
    let stored = StoredResponse { status: crate::http::status_of(&refusal).as_u16(), body: refusal.body().to_string() };
    let kept = app
        .store
        .write(move |tx| -> Result<(StoredResponse, bool), Refusal> {
            tx.claim_shopper(&scope)?;
            if let Some(answered) = answered_already(tx, &scope, &key, &request_hash)? {
                return Ok((answered, true));
            }
            idempotency::record(tx, &scope, &key, &request_hash, &stored, now)?;
            Ok((stored.clone(), false))
        })
        .await;
    match kept {
        Ok((stored, replayed)) => stored_response(stored, replayed),
        Err(error) => error.into_response(),
    }
}

/// How the transaction of [`run_idempotent_steps`] ended, when it commits.
enum Ran {
    Stored(StoredResponse, bool),
    Interim(Response),
}

/// Why the transaction of [`run_idempotent_steps`] was undone: the store
/// rolls back a write whose work returns an error, so nothing it wrote
/// stays.
enum Undone<D> {
    /// An internal error, or one that is not a final answer: not stored.
    Failed(Refusal),
    /// A refusal that is the key's answer: stored next, on its own.
    Refused(Refusal),
    /// Deferred: the caller does something off the database, then runs again.
    Deferred(D),
}

impl<D> From<Refusal> for Undone<D> {
    fn from(error: Refusal) -> Undone<D> {
        Undone::Failed(error)
    }
}

impl<D> From<crate::store::StoreError> for Undone<D> {
    fn from(error: crate::store::StoreError) -> Undone<D> {
        Undone::Failed(Refusal::from(error))
    }
}

impl<D> From<crate::store::SqlError> for Undone<D> {
    fn from(error: crate::store::SqlError) -> Undone<D> {
        Undone::Failed(Refusal::from(error))
    }
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
