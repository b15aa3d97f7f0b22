//! What a shopper reads about their money: balances per currency (available
//! and pending), limits with what is left, the notification feed, and the
//! exchange rates used for quotes.

use crate::store::{Db, Optional};
use axum::extract::State;
use axum::routing::get;
use axum::Json;
use chrono::{DateTime, Utc};
use pocket_core::contract::paths;
use pocket_core::contract::wallet::{
    Balance, Balances, Direction, History, HistoryEntry, JournalCode, Limits, MovementSource, Notifications, Rate,
    Rates,
};
use pocket_core::limits::LimitMethod;
use pocket_core::money::{Currency, Money};
use pocket_core::window::Spend;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::accounts::load_standing;
use crate::app::{App, Config};
use crate::http::{Access, ApiQuery, Route};
use crate::ledger::{balance_minor, AccountKey};
use crate::refusals::Refusal;
use crate::sessions::Session;
use crate::time::parse_time;
use crate::topups::read_after_arrivals;

/// The wallet routes.
pub fn routes() -> Vec<Route> {
    let route = |path, summary, handler| Route::new("GET", path, summary, Access::Session, handler);
    vec![
        route(paths::BALANCES, "Balances per currency: available and pending", get(balances_handler))
            .answers::<Balances>(200),
        route(paths::LIMITS, "Spending limits per method, what is left today and this month", get(limits_handler))
            .answers::<Limits>(200),
        route(
            paths::NOTIFICATIONS,
            "Notifications after an id: poll with the last id seen, or long-poll with wait_seconds",
            get(notifications_handler),
        )
        .query::<AfterQuery>()
        .answers::<Notifications>(200),
        route(
            paths::HISTORY,
            "Every movement of the shopper's money, newest first, with receipts",
            get(history_handler),
        )
        .answers::<History>(200),
        Route::new(
            "GET",
            paths::FX_RATES,
            "USD per unit of each currency, used for quotes",
            Access::Public,
            get(rates_handler),
        )
        .answers::<Rates>(200),
    ]
}

/// A shopper's balances in every currency they hold or have pending.
pub fn balances(tx: &Db, user_id: &str) -> Result<Balances, Refusal> {
    let mut rows = Vec::new();
    for currency in Currency::ALL {
        let available_key = AccountKey::UserAvailable { user_id: user_id.into(), currency };
        let available = balance_minor(tx, &available_key)?;
        let pending = balance_minor(tx, &AccountKey::UserPending { user_id: user_id.into(), currency })?;
        // A balance once held stays listed at zero: a refund in another
        // currency shows both balances, and one spent to nothing is not lost
        // from view.
        let ever_held =
            tx.query_row("SELECT 1 FROM ledger_accounts WHERE account_key = ?1", [available_key.storage_key()], |_| {
                Ok(())
            })
            .optional()?
            .is_some();
        if ever_held || available != 0 || pending != 0 || currency == Currency::Usd {
            rows.push(Balance {
                currency,
                available: Money::from_minor_units(available, currency)?,
                pending: Money::from_minor_units(pending, currency)?,
            });
        }
    }
    Ok(Balances { balances: rows })
}

async fn balances_handler(State(app): State<App>, session: Session) -> Result<Json<Balances>, Refusal> {
    let view = read_after_arrivals(&app, move |tx| balances(tx, &session.user_id)).await?;
    Ok(Json(view))
}

/// Every method's limits for one shopper, in one answer (one call per screen).
pub fn limits(tx: &Db, config: &Config, user_id: &str, now: DateTime<Utc>) -> Result<Limits, Refusal> {
    let standing = load_standing(tx, user_id)?;
    let mut history: Vec<(LimitMethod, Spend)> = Vec::new();
    for method in LimitMethod::all() {
        for spend in crate::spends::spend_history(tx, user_id, method, now)? {
            history.push((method, spend));
        }
    }
    let summaries = config.limits.summaries_for_all_methods(&standing, &history, now)?;
    Ok(Limits { level: standing.level, account_age_days: standing.age_days(now), limits: summaries })
}

async fn limits_handler(State(app): State<App>, session: Session) -> Result<Json<Limits>, Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    Ok(Json(app.store.read(move |tx| limits(tx, &config, &session.user_id, now)).await?))
}

/// `GET /v1/notifications?after=12&wait_seconds=30`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct AfterQuery {
    /// The last notification id seen (0 for all).
    #[serde(default)]
    #[schemars(range(min = 0))]
    after: i64,
    /// Long poll: hold the request up to this many seconds (at most
    /// [`MAX_WAIT_SECONDS`]) until there is a notification after `after`.
    #[serde(default)]
    #[schemars(range(max = MAX_WAIT_SECONDS))]
    wait_seconds: u64,
}

/// The longest a notification long poll is held, below common proxy and
/// mobile-network idle timeouts.
pub const MAX_WAIT_SECONDS: u64 = 30;

async fn notifications_handler(
    State(app): State<App>,
    session: Session,
    ApiQuery(query): ApiQuery<AfterQuery>,
) -> Result<Json<Notifications>, Refusal> {
    if query.wait_seconds > MAX_WAIT_SECONDS || query.after < 0 {
        return Err(Refusal::validation(
            "invalid_query",
            format!("`after` is a notification id (0 or more) and `wait_seconds` at most {MAX_WAIT_SECONDS}"),
        )
        .with_field(if query.after < 0 { "after" } else { "wait_seconds" }));
    }
    let wait = std::time::Duration::from_secs(query.wait_seconds);
    let deadline = tokio::time::Instant::now() + wait;
    let changes = app.store.changes();
    loop {
        let changed = changes.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        let user_id = session.user_id.clone();
        let view = read_after_arrivals(&app, move |tx| crate::messages::notifications_after(tx, &user_id, query.after))
            .await?;
        let has_news = !view.notifications.is_empty();
        if has_news || tokio::time::Instant::now() >= deadline {
            return Ok(Json(view));
        }
        // Woken by any commit (or the deadline), then look again.
        let _ = tokio::time::timeout_at(deadline, changed).await;
    }
}

async fn rates_handler() -> Json<Rates> {
    let rates = crate::fx::all_rates()
        .into_iter()
        .map(|(currency, usd_per_unit)| Rate { currency, usd_per_unit: usd_per_unit.to_string() })
        .collect();
    Json(Rates { base: Currency::Usd, rates })
}

/// Every ledger movement of the shopper's money, newest first: their
/// balances, and their orders paid or refunded by card. A charged-twice or
/// never-charged payment shows here, with its receipt.
pub fn history(tx: &Db, user_id: &str) -> Result<History, Refusal> {
    let prefix = format!("user:{user_id}:%");
    let mut statement = tx.prepare_cached(
        "SELECT j.id, j.code, j.reference, j.created_at, l.amount_minor, l.currency,
                d.account_key LIKE ?1 AS out_of_user, c.account_key LIKE ?1 AS into_user,
                d.account_key, c.account_key
         FROM ledger_legs l
         JOIN ledger_journals j ON j.id = l.journal_id
         JOIN ledger_accounts d ON d.id = l.debit_account_id
         JOIN ledger_accounts c ON c.id = l.credit_account_id
         WHERE d.account_key LIKE ?1 OR c.account_key LIKE ?1
            OR ((d.account_key LIKE 'card_processor:%' OR c.account_key LIKE 'card_processor:%'
                 OR (j.code = 'refund' AND c.account_key LIKE 'rail:%'))
                AND j.reference IN (SELECT id FROM orders WHERE user_id = ?2))
         ORDER BY j.id DESC, l.id DESC LIMIT 500",
    )?;
    let rows = statement.query_map([&prefix, user_id], |r| {
        r.read::<(i64, String, String, String, i64, String, bool, bool, String, String)>()
    })?;
    let mut entries = Vec::new();
    for row in rows {
        let (journal_id, code, reference, at, amount_minor, currency, out_of_user, into_user, debit, credit) = row?;
        if out_of_user && into_user {
            // A top-up settling moves money between the shopper's own
            // pending and available balances.
            if !(debit.contains(":pending:") && credit.contains(":available:")) {
                continue;
            }
        }
        let currency = Currency::from_code(&currency)?;
        let code = JournalCode::from_name(&code);
        let receipt = match code {
            JournalCode::Payment => Some(paths::path(paths::ORDER_RECEIPT, &[&reference])),
            JournalCode::Refund => Some(paths::path(paths::ORDER_REFUND_RECEIPT, &[&reference])),
            _ => None,
        };
        // An order paid by card leaves the card and a refund returns to it;
        // a refund the card could not take, put in her balance by finance,
        // arrives in the balance.
        let card_leg = debit.starts_with("card_processor:") || credit.starts_with("card_processor:");
        let by_card = card_leg && !(code == JournalCode::Refund && into_user);
        // A refund sent back to the top-up's bank or wallet returns to the
        // shopper, outside Pocket.
        let to_top_up_source = code == JournalCode::Refund && credit.starts_with("rail:");
        let (out_of_user, into_user) = if by_card && !out_of_user && !into_user {
            (debit.starts_with("card_processor:"), credit.starts_with("card_processor:"))
        } else if to_top_up_source {
            (false, true)
        } else {
            (out_of_user, into_user)
        };
        let direction = match (into_user, out_of_user) {
            (true, false) => Direction::In,
            (false, true) => Direction::Out,
            _ => Direction::Settled,
        };
        entries.push(HistoryEntry {
            journal_id,
            kind: code,
            reference,
            at: parse_time(&at)?,
            amount: Money::from_minor_units(amount_minor, currency)?,
            direction,
            receipt,
            source: if by_card {
                MovementSource::Card
            } else if to_top_up_source {
                MovementSource::TopUpSource
            } else {
                MovementSource::Balance
            },
        });
    }
    Ok(History { entries })
}

async fn history_handler(State(app): State<App>, session: Session) -> Result<Json<History>, Refusal> {
    Ok(Json(app.store.read(move |tx| history(tx, &session.user_id)).await?))
}
