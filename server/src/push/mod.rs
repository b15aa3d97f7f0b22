//! Pushes (docs/PRODUCT.md section 7): a phone registers its push token
//! (FCM on Android, APNs on iPhones) and gets a push for every notification,
//! so news reaches a closed app. The service queues them; a push gateway
//! sends them, and the sandbox shows the queue as it shows emails and SMS.
//! The long poll stays for an app that is open.

use crate::params;
use crate::store::{Db, Optional};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use chrono::{DateTime, Utc};
use pocket_core::contract::paths;
use pocket_core::contract::sandbox::{QueuedPush, QueuedPushes};
use pocket_core::contract::wallet::PushTokenRegistered;
pub use pocket_core::contract::wallet::{RegisterToken, UnregisterToken};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::app::App;
use crate::http::{Access, ApiJson, ApiQuery, Route};
use crate::refusals::Refusal;
use crate::sessions::Session;
use crate::time::parse_time;
use crate::wire::{from_wire_name, wire_name};

/// The shopper's push routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route::new(
            "POST",
            paths::ME_PUSH_TOKENS,
            "Register this phone's push token (FCM or APNs): a push for every notification from now on",
            Access::Session,
            post(register_handler),
        )
        .body::<RegisterToken>()
        .answers::<PushTokenRegistered>(201),
        Route::new(
            "POST",
            paths::ME_PUSH_TOKENS_UNREGISTER,
            "Stop pushes to this phone (signing out)",
            Access::Session,
            post(unregister_handler),
        )
        .body::<UnregisterToken>()
        .answers_empty(204),
    ]
}

/// The sandbox's view of the queue.
pub fn sandbox_routes() -> Vec<Route> {
    vec![Route::new(
        "GET",
        paths::SANDBOX_PUSHES,
        "The pushes queued for a shopper's phones, newest first",
        Access::Sandbox,
        get(queue_handler),
    )
    .query::<PushesQuery>()
    .answers::<QueuedPushes>(200)]
}

/// `GET /v1/sandbox/pushes`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PushesQuery {
    /// The shopper.
    #[schemars(length(min = 1, max = 64), pattern(r"\S"))]
    pub user_id: String,
}

async fn register_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<RegisterToken>,
) -> Result<(StatusCode, Json<PushTokenRegistered>), Refusal> {
    let now = app.clock.now();
    app.store.write(move |tx| register(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::CREATED, Json(PushTokenRegistered { registered: true })))
}

async fn unregister_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<UnregisterToken>,
) -> Result<StatusCode, Refusal> {
    app.store
        .write(move |tx| {
            let token = body.value.token.trim();
            tx.execute("DELETE FROM push_tokens WHERE token = ?1 AND user_id = ?2", params![token, session.user_id])?;
            Ok::<_, Refusal>(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn queue_handler(
    State(app): State<App>,
    ApiQuery(query): ApiQuery<PushesQuery>,
) -> Result<Json<QueuedPushes>, Refusal> {
    Ok(Json(app.store.read(move |tx| queued_for(tx, &query.user_id)).await?))
}

/// Registers a phone's token for the shopper; a token registered for
/// another shopper (the phone's previous account) moves to this one.
pub fn register(tx: &Db, user_id: &str, request: &RegisterToken, now: DateTime<Utc>) -> Result<(), Refusal> {
    let token = request.token.trim();
    if token.is_empty() {
        return Err(Refusal::validation("required", "send the push token the platform gave").with_field("token"));
    }
    tx.execute(
        "INSERT INTO push_tokens (token, platform, user_id, registered_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (token) DO UPDATE SET
             platform = excluded.platform, user_id = excluded.user_id, registered_at = excluded.registered_at",
        params![token, wire_name(&request.platform), user_id, now.to_rfc3339()],
    )?;
    Ok(())
}

/// The language to word a push in, if the shopper has a phone that takes
/// pushes (`None`: nothing to queue). One read for both.
pub fn push_language(tx: &Db, user_id: &str) -> Result<Option<&'static str>, Refusal> {
    let language: Option<String> = tx
        .query_row(
            "SELECT users.language FROM users WHERE users.id = ?1
               AND EXISTS (SELECT 1 FROM push_tokens WHERE push_tokens.user_id = ?1)",
            [user_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(language.as_deref().map(crate::letters::shopper_language_or_english))
}

/// Queues a push to each of the shopper's phones for a notification,
/// worded (`title`, `body`) in her language.
pub fn queue_for_notification(
    tx: &Db,
    user_id: &str,
    notification: &pocket_core::contract::wallet::Notification,
    title: &str,
    body: &str,
) -> Result<(), Refusal> {
    tx.execute_unread(
        "INSERT INTO push_queue (user_id, platform, token, kind, reference, title, body, queued_at, status, next_attempt_at)
         SELECT user_id, platform, token, ?2, ?3, ?4, ?5, ?6, 'queued', ?6 FROM push_tokens WHERE user_id = ?1",
        params![
            user_id,
            notification.kind.name(),
            notification.reference,
            title,
            body,
            notification.created_at.to_rfc3339()
        ],
    )?;
    Ok(())
}

fn queued_for(tx: &Db, user_id: &str) -> Result<QueuedPushes, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT platform, token, kind, reference, title, body, queued_at FROM push_queue
         WHERE user_id = ?1 ORDER BY id DESC LIMIT 100",
    )?;
    let rows =
        statement.query_map([user_id], |r| r.read::<(String, String, String, String, String, String, String)>())?;
    let mut pushes = Vec::new();
    for row in rows {
        let (platform, token, kind, reference, title, body, queued_at) = row?;
        pushes.push(QueuedPush {
            platform: from_wire_name(&platform)?,
            token,
            kind,
            reference,
            title,
            body,
            queued_at: parse_time(&queued_at)?,
        });
    }
    Ok(QueuedPushes { pushes })
}
