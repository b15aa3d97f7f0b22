//! Sandbox controls, served only when the service runs with `--sandbox`:
//! move the clock, read the emails and SMS codes the service "sent",
//! backdate or verify an account, grant test money, pay a Boleto, hold a
//! transfer at the simulated bank so it is late, and check
//! the ledger. They let a developer beside an emulator walk through days of
//! a shopper's life in minutes.

use crate::params;
use crate::store::Db;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Json;
use chrono::Duration;
use pocket_core::contract::paths;
use pocket_core::contract::sandbox::{
    Backdated, Clock, ClockAdvanced, Granted, IdentityVerified, LedgerCheck, LedgerReport, SentMessages,
};
use pocket_core::contract::wallet::TopUp;
use pocket_core::limits::VerificationLevel;
use pocket_core::money::Money;
use pocket_core::text::{MAX_EMAIL_CHARS, MAX_TOKEN_CHARS};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod processor;

use crate::app::App;
use crate::http::{Access, ApiJson, ApiPath, ApiQuery, IdempotencyKey, Route};
use crate::idempotency::request_hash;
use crate::idempotency::run_idempotent;
use crate::ledger::{post as post_journal, AccountKey, Journal, JournalCode, Leg};
use crate::refusals::Refusal;

/// The sandbox routes.
pub fn routes() -> Vec<Route> {
    let route = |method, path, summary, handler| Route::new(method, path, summary, Access::Sandbox, handler);
    let mut routes = processor::routes();
    routes.extend([
        route("GET", paths::SANDBOX_CLOCK, "The sandbox clock", get(clock_handler)).answers::<Clock>(200),
        route(
            "POST",
            paths::SANDBOX_CLOCK_ADVANCE,
            "Move the sandbox clock forward; due top-ups settle",
            post(advance_handler),
        )
        .body::<AdvanceRequest>()
        .answers::<ClockAdvanced>(200),
        route("GET", paths::SANDBOX_MESSAGES, "Emails and SMS the service sent to a recipient", get(messages_handler))
            .query::<MessagesQuery>()
            .answers::<SentMessages>(200),
        route("POST", paths::SANDBOX_USER_BACKDATE, "Make an account older by some days", post(backdate_handler))
            .body::<BackdateRequest>()
            .answers::<Backdated>(200),
        route(
            "POST",
            paths::SANDBOX_USER_VERIFY_IDENTITY,
            "Mark an account identity-verified",
            post(verify_identity_handler),
        )
        .answers::<IdentityVerified>(200),
        route(
            "POST",
            paths::SANDBOX_VERIFICATION_REVIEW,
            "Review a shopper's identity verification as the reviewer: approve, or decline with a reason",
            post(review_verification_handler),
        )
        .body::<crate::accounts::Review>()
        .answers::<pocket_core::contract::accounts::Verification>(200),
        route("POST", paths::SANDBOX_GRANT, "Credit test money to a shopper's balance", post(grant_handler))
            .moves_money()
            .body::<GrantRequest>()
            .answers::<Granted>(201),
        route(
            "POST",
            paths::SANDBOX_TOP_UP_PAY_BOLETO,
            "Pay a Boleto slip: its top-up arrives",
            post(pay_boleto_handler),
        )
        .answers::<TopUp>(200),
        route(
            "POST",
            paths::SANDBOX_TOP_UP_HOLD,
            "Hold a transfer at the simulated bank: it stays pending past its date, late, until finance credits or declines it in the staff console",
            post(hold_handler),
        )
        .answers::<TopUp>(200),
        route(
            "GET",
            paths::ADMIN_LEDGER_CHECK,
            "Verify the ledger's invariants over the whole database",
            get(check_handler),
        )
        .answers::<LedgerCheck>(200),
    ]);
    routes
}

/// The sandbox clock's offset as stored: the one every process follows.
pub fn stored_clock_offset(tx: &Db) -> Result<i64, Refusal> {
    Ok(tx.query_row("SELECT offset_seconds FROM sandbox_clock WHERE id = 1", [], |r| r.get(0))?)
}

async fn clock_handler(State(app): State<App>) -> Json<Clock> {
    Json(Clock { now: app.clock.now(), offset_seconds: app.clock.offset_seconds() })
}

/// `POST /v1/sandbox/clock/advance`: days, hours and minutes, added up
/// (ten years at most).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct AdvanceRequest {
    #[serde(default)]
    days: u32,
    #[serde(default)]
    hours: u32,
    #[serde(default)]
    minutes: u32,
}

async fn advance_handler(
    State(app): State<App>,
    body: ApiJson<AdvanceRequest>,
) -> Result<Json<ClockAdvanced>, Refusal> {
    let AdvanceRequest { days, hours, minutes } = body.value;
    let step = Duration::days(days.into()) + Duration::hours(hours.into()) + Duration::minutes(minutes.into());
    if step > Duration::days(3650) {
        return Err(Refusal::validation("step_too_large", "advance the clock by at most ten years at a time"));
    }
    // Added to the stored offset, not to this process's copy: with several
    // processes on one database, every advance counts once.
    let step_seconds = step.num_seconds();
    let (offset_seconds, now, settled) = app
        .store
        .write(move |tx| {
            tx.execute("UPDATE sandbox_clock SET offset_seconds = offset_seconds + ?1 WHERE id = 1", [step_seconds])?;
            let offset_seconds = stored_clock_offset(tx)?;
            let now = chrono::Utc::now() + Duration::seconds(offset_seconds);
            Ok::<_, Refusal>((offset_seconds, now, crate::audit::settle_everything_due(tx, now, true)?))
        })
        .await?;
    app.clock.set_offset_seconds(offset_seconds);
    let (top_ups_settled, orders_completed) = settled;
    Ok(Json(ClockAdvanced {
        now,
        offset_seconds,
        top_ups_settled: top_ups_settled as u64,
        orders_completed: orders_completed as u64,
    }))
}

/// `GET /v1/sandbox/messages?recipient=maria@example.com`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct MessagesQuery {
    /// An email or a phone number.
    #[schemars(length(min = 1, max = MAX_EMAIL_CHARS), pattern(r"\S"))]
    recipient: String,
}

async fn messages_handler(
    State(app): State<App>,
    ApiQuery(query): ApiQuery<MessagesQuery>,
) -> Result<Json<SentMessages>, Refusal> {
    Ok(Json(app.store.read(move |tx| crate::messages::sent_to(tx, &query.recipient)).await?))
}

/// The furthest an account can be backdated: far enough for any age rule.
const MAX_BACKDATE_DAYS: u32 = 36_500;

/// `POST /v1/sandbox/users/{user_id}/backdate`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct BackdateRequest {
    /// How many days older.
    #[schemars(range(max = MAX_BACKDATE_DAYS))]
    days: u32,
}

async fn backdate_handler(
    State(app): State<App>,
    ApiPath(user_id): ApiPath<String>,
    body: ApiJson<BackdateRequest>,
) -> Result<Json<Backdated>, Refusal> {
    let days = body.value.days;
    if days > MAX_BACKDATE_DAYS {
        return Err(Refusal::validation(
            "backdate_too_far",
            format!("backdate an account by at most {MAX_BACKDATE_DAYS} days (a century)"),
        )
        .with_field("days"));
    }
    let now = app.clock.now();
    let view = app
        .store
        .write(move |tx| {
            let standing = crate::accounts::load_standing(tx, &user_id)?;
            let signed_up_at = standing.signed_up_at - Duration::days(days.into());
            tx.execute(
                "UPDATE users SET signed_up_at = ?1 WHERE id = ?2",
                params![signed_up_at.to_rfc3339(), user_id],
            )?;
            let age = crate::accounts::load_standing(tx, &user_id)?.age_days(now);
            Ok::<_, Refusal>(Backdated { user_id: user_id.clone(), signed_up_at, account_age_days: age })
        })
        .await?;
    Ok(Json(view))
}

async fn verify_identity_handler(
    State(app): State<App>,
    ApiPath(user_id): ApiPath<String>,
) -> Result<Json<IdentityVerified>, Refusal> {
    let view = app
        .store
        .write(move |tx| {
            crate::accounts::load_standing(tx, &user_id)?;
            let level = VerificationLevel::IdentityVerified;
            let stored = serde_json::to_value(level)?;
            tx.execute("UPDATE users SET level = ?1 WHERE id = ?2", params![stored.as_str(), user_id])?;
            Ok::<_, Refusal>(IdentityVerified { user_id: user_id.clone(), level })
        })
        .await?;
    Ok(Json(view))
}

async fn review_verification_handler(
    State(app): State<App>,
    ApiPath(request_id): ApiPath<String>,
    body: ApiJson<crate::accounts::Review>,
) -> Result<Json<pocket_core::contract::accounts::Verification>, Refusal> {
    let now = app.clock.now();
    let reviewed =
        app.store.write(move |tx| crate::accounts::review_verification(tx, &request_id, &body.value, now)).await?;
    Ok(Json(reviewed))
}

/// `POST /v1/sandbox/grant`.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct GrantRequest {
    /// Whom to credit.
    #[schemars(length(min = 1, max = MAX_TOKEN_CHARS))]
    user_id: String,
    /// How much.
    amount: Money,
}

async fn grant_handler(
    State(app): State<App>,
    IdempotencyKey(key): IdempotencyKey,
    body: ApiJson<GrantRequest>,
) -> Response {
    let hash = request_hash("POST", paths::SANDBOX_GRANT, &body.canonical);
    let GrantRequest { user_id, amount } = body.value;
    run_idempotent(&app, "sandbox".into(), key, hash, move |tx, now| {
        crate::accounts::load_standing(tx, &user_id)?;
        let amount = amount.require_positive()?;
        post_journal(
            tx,
            &Journal {
                code: JournalCode::SandboxGrant,
                reference: format!("grant:{user_id}"),
                legs: vec![Leg {
                    debit: AccountKey::RailClearing { rail: "sandbox_grant".into(), currency: amount.currency() },
                    credit: AccountKey::UserAvailable { user_id: user_id.clone(), currency: amount.currency() },
                    amount,
                }],
                at: now,
            },
        )?;
        Ok((StatusCode::CREATED, serde_json::to_value(Granted { user_id: user_id.clone(), granted: amount })?))
    })
    .await
}

async fn pay_boleto_handler(
    State(app): State<App>,
    ApiPath(top_up_id): ApiPath<String>,
) -> Result<Json<TopUp>, Refusal> {
    let now = app.clock.now();
    let view = app
        .store
        .write(move |tx| {
            let user_id = crate::topups::top_up_owner(tx, &top_up_id)?;
            let rail: String = tx.query_row("SELECT rail FROM top_ups WHERE id = ?1", [&top_up_id], |r| r.get(0))?;
            if rail != "boleto" {
                return Err(Refusal::conflict("not_a_boleto", "only a Boleto top-up is paid at a bank"));
            }
            crate::topups::settle(tx, &top_up_id, now)?;
            crate::topups::top_up_view(tx, &user_id, &top_up_id)
        })
        .await?;
    Ok(Json(view))
}

async fn hold_handler(State(app): State<App>, ApiPath(top_up_id): ApiPath<String>) -> Result<Json<TopUp>, Refusal> {
    let view = app
        .store
        .write(move |tx| {
            crate::topups::hold(tx, &top_up_id)?;
            crate::topups::top_up_view(tx, &crate::topups::top_up_owner(tx, &top_up_id)?, &top_up_id)
        })
        .await?;
    Ok(Json(view))
}

async fn check_handler(State(app): State<App>) -> Result<Json<LedgerCheck>, Refusal> {
    let store = app.store.clone();
    let report = tokio::task::spawn_blocking(move || store.with_connection(crate::audit::audit))
        .await
        .map_err(Refusal::internal)??;
    Ok(Json(LedgerCheck {
        healthy: report.is_healthy(),
        report: LedgerReport {
            accounts: report.accounts,
            journals: report.journals,
            legs: report.legs,
            breaks: report.breaks,
        },
    }))
}
