//! The outbox: every money-moving action is saved, with the idempotency key
//! it will be sent under, before it is sent. Sending again after a failure
//! or a restart reuses the key, so the service answers the first attempt's
//! answer instead of charging twice.
//!
//! A row's life: `pending` (sending, or waiting to be sent again) →
//! `done` (the service said yes) or `refused` (the service said no: never
//! sent again). A card that asks for a one-time code parks the row in
//! `needs_code` until the shopper types it. A card charge the bank or the
//! processor has not decided yet parks it in `awaiting_charge`: sent again
//! (after the bank's page, or by itself) until the service has its answer.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::events::PocketEvent;
use super::local_store::OutboxRow;
use super::reads::order_in_answer;
use super::service::{retry_with_backoff, Unanswered};
use super::views::{ActionKind, Order, PendingAction, PendingState};
use super::{new_key, Inner, Pocket, PocketError};
use crate::contract::service::{ErrorBody, ErrorKind};
use crate::money::Money;

const PENDING: &str = "pending";
const NEEDS_CODE: &str = "needs_code";
const AWAITING_CHARGE: &str = "awaiting_charge";
const DONE: &str = "done";
const REFUSED: &str = "refused";
/// The states of an action not yet answered for good.
const PENDING_STATES: [&str; 3] = [PENDING, NEEDS_CODE, AWAITING_CHARGE];

/// How many times the caller's own call tries before handing the action to
/// the background resender.
const ATTEMPTS_IN_CALL: u32 = 3;

/// A typed request as the outbox keeps it: the body without `secret_fields`
/// (saved on disk) and those fields apart (kept in the secret store and
/// added back when it is sent).
pub(crate) fn body_and_secrets<R: Serialize>(
    request: &R,
    secret_fields: &[&str],
) -> Result<(Value, Map<String, Value>), PocketError> {
    let mut body = serde_json::to_value(request).map_err(PocketError::internal)?;
    let mut secrets = Map::new();
    if let Some(fields) = body.as_object_mut() {
        for name in secret_fields {
            if let Some(secret) = fields.remove(*name) {
                secrets.insert((*name).to_string(), secret);
            }
        }
    }
    Ok((body, secrets))
}

/// A money action to save and send.
pub(crate) struct NewAction {
    pub kind: ActionKind,
    pub method: Method,
    pub path: String,
    /// The request without secrets (this is what is saved on disk).
    pub body: Value,
    /// Fields added at send time from the secret store (payment password,
    /// one-time code).
    pub secrets: Map<String, Value>,
    /// For the log and the local database: "Pay 3.99 USD for order ...".
    pub summary: String,
    /// What it is about (see `PendingAction::reference`).
    pub reference: Option<String>,
    /// The money it moves, if known.
    pub amount: Option<Money>,
}

/// The service's yes.
pub(crate) enum Accepted {
    /// Done: the answer's body, and the order it carries (read once, for
    /// a payment or an order action).
    Done { body: Value, order: Option<Order> },
    /// The card asks for a one-time code, sent by SMS.
    NeedsCode { action_id: String },
    /// The card's charge waits for the bank's page or the processor.
    ChargeAwaiting { action_id: String, confirmation_url: Option<String> },
}

/// Who is sending an action, which decides who hears what changed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caller {
    /// A call the app awaits: its answer carries the order; the outbox
    /// announces only what outlives the call (an action left pending).
    InCall,
    /// The background resender: nobody awaits it, so every change is
    /// announced to the listener.
    Background,
}

/// Why one attempt did not end in a yes.
enum Failed {
    /// No answer: send again later with the same key.
    Unanswered(String),
    /// A final answer (refusal), or a reason to stop trying now.
    Final(PocketError),
}

fn secret_key(action_id: &str) -> String {
    format!("outbox:{action_id}")
}

impl Inner {
    /// Saves `action` (the row, then nothing else can lose it) and sends it.
    pub(crate) async fn submit(&self, action: NewAction) -> Result<Accepted, PocketError> {
        let user_id = self.user_id()?;
        let id = new_key()?;
        if !action.secrets.is_empty() {
            self.secrets.put(secret_key(&id), Value::Object(action.secrets).to_string())?;
        }
        self.store.add_to_outbox(&OutboxRow {
            id: id.clone(),
            user_id,
            kind: action.kind,
            method: action.method.to_string(),
            path: action.path,
            body: action.body,
            summary: action.summary,
            reference: action.reference,
            amount: action.amount,
            state: PENDING.to_string(),
            attempts: 0,
            last_error: None,
            answer: None,
            created_at: self.now(),
        })?;
        self.send_in_call(&id, false).await
    }

    /// Adds the one-time code to an action waiting for it and sends it: the
    /// service's answer once it accepts.
    pub(crate) async fn submit_code(&self, action_id: &str, code: &str) -> Result<(Value, Option<Order>), PocketError> {
        self.waiting_for_code(action_id)?;
        let code = code.trim();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(PocketError::invalid(
                "one_time_code",
                "invalid_code",
                "type the digits of the code sent by SMS",
            ));
        }
        let mut secrets = self.action_secrets(action_id)?;
        secrets.insert("one_time_code".into(), Value::String(code.to_string()));
        self.secrets.put(secret_key(action_id), Value::Object(secrets).to_string())?;
        self.store.update_outbox(action_id, PENDING, None, None, false, self.now())?;
        match self.send_in_call(action_id, true).await? {
            Accepted::Done { body, order } => Ok((body, order)),
            Accepted::NeedsCode { .. } => Err(PocketError::invalid(
                "one_time_code",
                "code_still_required",
                "the service still asks for the code; type the code from the latest SMS",
            )),
            Accepted::ChargeAwaiting { action_id, .. } => Err(awaiting_bank(action_id)),
        }
    }

    /// Asks the card's bank for a new SMS code for an action waiting for
    /// one: the action is sent again without a code.
    pub(crate) async fn resend_code(&self, action_id: &str) -> Result<(), PocketError> {
        self.waiting_for_code(action_id)?;
        self.forget_code(action_id)?;
        self.store.update_outbox(action_id, PENDING, None, None, false, self.now())?;
        match self.send_in_call(action_id, true).await? {
            Accepted::NeedsCode { .. } => Ok(()),
            Accepted::Done { .. } | Accepted::ChargeAwaiting { .. } => {
                Err(PocketError::internal("the service took the action without the code it asked for"))
            }
        }
    }

    fn waiting_for_code(&self, action_id: &str) -> Result<(), PocketError> {
        let row = self.store.outbox_row(action_id)?.ok_or_else(|| {
            PocketError::invalid("action_id", "unknown_action", "no pending action with that id on this phone")
        })?;
        if row.state != NEEDS_CODE {
            return Err(PocketError::invalid(
                "action_id",
                "not_waiting_for_code",
                "this action is not waiting for a code",
            ));
        }
        Ok(())
    }

    /// Drops the code typed for an action, keeping its other secrets.
    fn forget_code(&self, action_id: &str) -> Result<(), PocketError> {
        let mut secrets = self.action_secrets(action_id)?;
        if secrets.remove("one_time_code").is_some() {
            self.secrets.put(secret_key(action_id), Value::Object(secrets).to_string())?;
        }
        Ok(())
    }

    /// A few attempts with backoff (250 ms, 500 ms); then the action stays
    /// pending for the background resender and the caller hears `WillRetry`.
    /// The pending list is announced when it changed for someone else to
    /// see: the action was listed before (`listed`), or is still pending.
    async fn send_in_call(&self, id: &str, listed: bool) -> Result<Accepted, PocketError> {
        let unanswered = |failed: &Failed| matches!(failed, Failed::Unanswered(_));
        let first_delay = std::time::Duration::from_millis(250);
        let result =
            retry_with_backoff(ATTEMPTS_IN_CALL, first_delay, unanswered, || self.attempt(id, Caller::InCall)).await;
        let still_pending = self.store.outbox_row(id)?.is_some_and(|row| PENDING_STATES.contains(&row.state.as_str()));
        if listed || still_pending {
            self.announce_pending()?;
        }
        match result {
            Ok(accepted) => Ok(accepted),
            Err(Failed::Final(error)) => Err(error),
            Err(Failed::Unanswered(reason)) => {
                self.outbox_wake.notify_one();
                Err(PocketError::WillRetry { action_id: id.to_string(), reason })
            }
        }
    }

    /// Sends every pending action of the signed-in shopper once, oldest
    /// first, stopping at the first that gets no answer (the service is
    /// still away). Returns what is still pending.
    pub(crate) async fn resend_pending(&self) -> Result<Vec<PendingAction>, PocketError> {
        let user_id = self.user_id()?;
        for row in self.store.outbox_in(&[PENDING, AWAITING_CHARGE])? {
            if row.user_id != user_id {
                continue;
            }
            match self.attempt(&row.id, Caller::Background).await {
                Err(Failed::Unanswered(_)) => break,
                Err(Failed::Final(PocketError::NeedsSignIn)) => break,
                Ok(_) | Err(Failed::Final(_)) => {}
            }
        }
        self.pending_actions()
    }

    /// The signed-in shopper's actions not yet answered.
    pub(crate) fn pending_actions(&self) -> Result<Vec<PendingAction>, PocketError> {
        let Ok(user_id) = self.user_id() else {
            return Ok(Vec::new());
        };
        Ok(self
            .store
            .outbox_in(&PENDING_STATES)?
            .into_iter()
            .filter(|row| row.user_id == user_id)
            .map(|row| PendingAction {
                state: match row.state.as_str() {
                    NEEDS_CODE => PendingState::WaitingForCode,
                    AWAITING_CHARGE => PendingState::WaitingForBank,
                    _ => PendingState::Sending,
                },
                confirmation_url: confirmation_url(&row.state, row.answer.as_ref()),
                id: row.id,
                kind: row.kind,
                reference: row.reference,
                amount: row.amount,
                attempts: row.attempts,
                last_error: row.last_error,
                created_at: row.created_at,
            })
            .collect())
    }

    /// One attempt at one row, under the send lock.
    async fn attempt(&self, id: &str, caller: Caller) -> Result<Accepted, Failed> {
        let _one_at_a_time = self.send_lock.lock().await;
        let row = self
            .store
            .outbox_row(id)
            .map_err(Failed::Final)?
            .ok_or_else(|| Failed::Final(PocketError::internal("the outbox lost an action it was sending")))?;
        match row.state.as_str() {
            DONE => {
                let body = row.answer.unwrap_or(Value::Null);
                let order = order_in_answer(row.kind, &body);
                return Ok(Accepted::Done { body, order });
            }
            REFUSED => return Err(Failed::Final(PocketError::from_service(400, &row.answer.unwrap_or(Value::Null)))),
            NEEDS_CODE => return Ok(Accepted::NeedsCode { action_id: row.id }),
            _ => {}
        }
        let token = self.token().map_err(Failed::Final)?;
        let mut body = row.body.clone();
        if let (Some(fields), Some(secrets)) = (body.as_object_mut(), self.action_secrets(id).ok()) {
            fields.extend(secrets);
        }
        let method = Method::from_bytes(row.method.as_bytes()).map_err(|e| Failed::Final(PocketError::internal(e)))?;
        let outcome = self.service.call(method, &row.path, Some(&token), Some(id), Some(&body), None).await;
        drop(body);
        let now = self.now();
        match outcome {
            Err(unanswered) => {
                let reason = unanswered.to_string();
                tracing::info!(action = row.kind.name(), id, %reason, "money action unanswered; it stays pending");
                self.store.update_outbox(id, PENDING, Some(&reason), None, true, now).map_err(Failed::Final)?;
                Err(Failed::Unanswered(reason))
            }
            Ok(answer) if answer.status == 202 && is_code_sent(&answer.body) => {
                self.store.update_outbox(id, NEEDS_CODE, None, None, true, now).map_err(Failed::Final)?;
                self.announce_if(caller == Caller::Background).map_err(Failed::Final)?;
                Ok(Accepted::NeedsCode { action_id: id.to_string() })
            }
            Ok(answer) if answer.status == 202 => {
                // Kept with the row: the bank's page, to open again.
                let waiting = Some(&answer.body);
                self.store.update_outbox(id, AWAITING_CHARGE, None, waiting, true, now).map_err(Failed::Final)?;
                self.announce_if(caller == Caller::Background).map_err(Failed::Final)?;
                let confirmation_url = confirmation_url(AWAITING_CHARGE, waiting);
                Ok(Accepted::ChargeAwaiting { action_id: id.to_string(), confirmation_url })
            }
            Ok(answer) if answer.is_success() => {
                tracing::info!(action = row.kind.name(), id, replayed = answer.replayed, "money action done");
                self.store.update_outbox(id, DONE, None, Some(&answer.body), true, now).map_err(Failed::Final)?;
                self.forget_action_secrets(id);
                self.announce_if(caller == Caller::Background).map_err(Failed::Final)?;
                let order = self.after_money_moved(row.kind, &answer.body, caller == Caller::Background).await;
                Ok(Accepted::Done { body: answer.body, order })
            }
            Ok(answer) if answer.status == 401 => {
                self.store.update_outbox(id, PENDING, Some("signed out"), None, true, now).map_err(Failed::Final)?;
                Err(Failed::Final(PocketError::NeedsSignIn))
            }
            Ok(answer) if is_code_step(&answer.body) => {
                // A wrong, expired or void code, or a new code asked for too
                // soon: the action still waits for a code (the service did
                // not store this as the key's answer).
                let error = PocketError::from_service(answer.status, &answer.body);
                self.forget_code(id).map_err(Failed::Final)?;
                self.store.update_outbox(id, NEEDS_CODE, None, None, true, now).map_err(Failed::Final)?;
                self.announce_if(caller == Caller::Background).map_err(Failed::Final)?;
                Err(Failed::Final(error))
            }
            Ok(answer) => {
                let error = PocketError::from_service(answer.status, &answer.body);
                tracing::info!(
                    action = row.kind.name(),
                    id,
                    status = answer.status,
                    "money action refused; not retried"
                );
                self.store
                    .update_outbox(id, REFUSED, Some(&error.to_string()), Some(&answer.body), true, now)
                    .map_err(Failed::Final)?;
                self.forget_action_secrets(id);
                self.announce_if(caller == Caller::Background).map_err(Failed::Final)?;
                Err(Failed::Final(error))
            }
        }
    }

    fn action_secrets(&self, id: &str) -> Result<Map<String, Value>, PocketError> {
        let stored = self.secrets.get(secret_key(id))?;
        Ok(stored.and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default())
    }

    fn forget_action_secrets(&self, id: &str) {
        if let Err(error) = self.secrets.delete(secret_key(id)) {
            tracing::warn!(%error, "could not delete a finished action's secrets");
        }
    }

    fn announce_if(&self, announce: bool) -> Result<(), PocketError> {
        if announce {
            self.announce_pending()?;
        }
        Ok(())
    }

    fn announce_pending(&self) -> Result<(), PocketError> {
        let actions = self.pending_actions()?;
        self.listeners.emit(PocketEvent::PendingActionsChanged { actions });
        Ok(())
    }
}

/// Whether a 202 says an SMS code was sent (else a charge waits).
fn is_code_sent(body: &Value) -> bool {
    body["status"] == "one_time_code_required"
}

/// The bank's page an action waiting for its charge keeps, if any.
fn confirmation_url(state: &str, answer: Option<&Value>) -> Option<String> {
    let answer = answer.filter(|_| state == AWAITING_CHARGE)?;
    answer["confirmation_url"].as_str().map(str::to_string)
}

/// What an action waiting for its charge answers a call that expected a
/// decision: it stays pending and is sent again by itself.
pub(crate) fn awaiting_bank(action_id: String) -> PocketError {
    PocketError::WillRetry { action_id, reason: "the card's bank or processor has not decided yet".into() }
}

/// Whether a refusal is a step of a card's SMS code (the service's
/// `one_time_code` errors): never final, the action waits for a code again.
fn is_code_step(body: &Value) -> bool {
    ErrorBody::deserialize(body).is_ok_and(|body| body.error.kind == ErrorKind::OneTimeCode)
}

impl From<Unanswered> for PocketError {
    fn from(unanswered: Unanswered) -> Self {
        PocketError::Offline { reason: unanswered.to_string() }
    }
}

impl Pocket {
    /// Money actions saved on this phone that the service has not answered
    /// yet (no connection, or waiting for a one-time code). Shown as
    /// "pending" on the wallet screen.
    pub fn pending_actions(&self) -> Result<Vec<PendingAction>, PocketError> {
        self.inner.pending_actions()
    }

    /// Asks for a new SMS code for a payment or top-up waiting for one (the
    /// code expired, was mistyped too often, or never arrived). The service
    /// sends at most one a minute.
    pub async fn resend_code(&self, action_id: String) -> Result<(), PocketError> {
        self.inner.resend_code(&action_id).await
    }

    /// Sends every pending action now (the shell calls this when the
    /// network comes back or the app returns to the foreground; the
    /// background work does it too). Returns what is still pending.
    pub async fn resend_pending(&self) -> Result<Vec<PendingAction>, PocketError> {
        self.inner.resend_pending().await
    }
}
