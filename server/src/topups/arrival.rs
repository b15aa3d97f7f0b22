//! How a pending top-up's money arrives, or does not. A slow rail's money
//! (a bank transfer, Western Union, a Boleto) is in the shopper's pending
//! balance until it is seen to arrive:
//! - in the sandbox, a simulated bank brings it in on its expected date
//!   (`settle_due`), unless the developer asked it to hold the transfer, so
//!   that it is late as a real one can be;
//! - outside the sandbox nothing arrives by itself: finance credits it
//!   (`settle`) when the bank shows the money, or declines it (`decline`)
//!   when the money never came or was sent back.
//!
//! Either way the shopper hears of it in her language.

use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::{NotificationFacts, NotificationKind, TopUpStatus};
use pocket_core::limits::LimitMethod;
use pocket_core::money::{Currency, Money};
use pocket_core::topup::TopUpRail;
use serde::Serialize;

use crate::app::App;
use crate::ledger::{post, AccountKey, Journal, JournalCode, Leg};
use crate::messages::notify;
use crate::params;
use crate::refusals::Refusal;
use crate::spends::release_spend;
use crate::store::{Db, Optional};
use crate::time::parse_time;
use crate::wire::from_wire_name;

/// A pending top-up, as read to move it.
struct PendingTopUp {
    user_id: String,
    rail: String,
    amount: Money,
    usd: Money,
    created_at: DateTime<Utc>,
}

/// The top-up `id` if it is still pending; refused if there is none or its
/// money was already credited or declined.
fn pending(tx: &Db, id: &str) -> Result<PendingTopUp, Refusal> {
    let row = tx
        .query_row(
            "SELECT user_id, rail, amount_minor, currency, usd_minor, status, created_at FROM top_ups WHERE id = ?1",
            [id],
            |r| r.read::<(String, String, i64, String, i64, String, String)>(),
        )
        .optional()?;
    let (user_id, rail, amount_minor, currency, usd_minor, status, created_at) =
        row.ok_or_else(|| Refusal::not_found("top-up"))?;
    match from_wire_name(&status)? {
        TopUpStatus::Pending => {}
        TopUpStatus::Declined => {
            return Err(Refusal::conflict("top_up_not_pending", "this top-up was declined already"))
        }
        TopUpStatus::Settled | TopUpStatus::Unknown => {
            return Err(Refusal::conflict("top_up_not_pending", "this top-up has already arrived"))
        }
    }
    Ok(PendingTopUp {
        user_id,
        rail,
        amount: Money::from_minor_units(amount_minor, Currency::from_code(&currency)?)?,
        usd: Money::from_minor_units(usd_minor, Currency::Usd)?,
        created_at: parse_time(&created_at)?,
    })
}

/// Posts the pending top-up's money out of the shopper's pending balance,
/// to `to`.
fn move_pending(
    tx: &Db,
    id: &str,
    top_up: &PendingTopUp,
    code: JournalCode,
    to: AccountKey,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let from = AccountKey::UserPending { user_id: top_up.user_id.clone(), currency: top_up.amount.currency() };
    let legs = vec![Leg { debit: from, credit: to, amount: top_up.amount }];
    post(tx, &Journal { code, reference: id.to_string(), legs, at: now })?;
    Ok(())
}

/// The sandbox's simulated bank: every pending top-up whose date has come
/// arrives (all shoppers), except those it was asked to hold. Outside the
/// sandbox it is never called.
pub fn settle_due(tx: &Db, now: DateTime<Utc>) -> Result<usize, Refusal> {
    let due: Vec<String> = {
        let mut statement = tx.prepare_cached(
            "SELECT id FROM top_ups
             WHERE status = 'pending' AND expected_by IS NOT NULL AND expected_by <= ?1 AND held_by_bank = 0",
        )?;
        let rows = statement.query_map([now.to_rfc3339()], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for id in &due {
        settle(tx, id, now)?;
    }
    Ok(due.len())
}

/// Reads what a shopper sees of her money. In the sandbox the simulated
/// bank first brings in what is due, so a clock moved forward shows at once;
/// outside it this is a plain read, and nothing arrives by itself.
pub async fn read_after_arrivals<T, F>(app: &App, read: F) -> Result<T, Refusal>
where
    F: Fn(&Db) -> Result<T, Refusal> + Send + 'static,
    T: Send + 'static,
{
    if !app.config.sandbox {
        return app.store.read(read).await;
    }
    let now = app.clock.now();
    app.store
        .write(move |tx| {
            settle_due(tx, now)?;
            read(tx)
        })
        .await
}

/// Sandbox only: the simulated bank holds the transfer past its date, so it
/// is late until finance credits or declines it.
pub fn hold(tx: &Db, id: &str) -> Result<(), Refusal> {
    pending(tx, id)?;
    tx.execute("UPDATE top_ups SET held_by_bank = 1 WHERE id = ?1", [id])?;
    Ok(())
}

/// The money of a pending top-up arrived: it moves to the available balance.
pub fn settle(tx: &Db, id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    let top_up = pending(tx, id)?;
    let to = AccountKey::UserAvailable { user_id: top_up.user_id.clone(), currency: top_up.amount.currency() };
    move_pending(tx, id, &top_up, JournalCode::TopUpSettled, to, now)?;
    let PendingTopUp { user_id, amount, .. } = top_up;
    tx.execute("UPDATE top_ups SET status = 'settled', settled_at = ?1 WHERE id = ?2", params![now.to_rfc3339(), id])?;
    let facts = NotificationFacts { amount: Some(amount), ..NotificationFacts::default() };
    let message = format!("{amount} arrived in your Pocket balance");
    notify(tx, &user_id, NotificationKind::TopUpSettled, &message, id, &facts, now)
}

/// The money of a pending top-up never arrived, or was sent back: it leaves
/// the pending balance for the rail it came by, the spend it counted
/// against the limits is given back, and the shopper reads `reason`.
pub fn decline(tx: &Db, id: &str, reason: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Refusal::validation("reason_required", "say why the top-up is declined: the shopper reads it")
            .with_field("reason"));
    }
    let top_up = pending(tx, id)?;
    let to = AccountKey::RailClearing { rail: top_up.rail.clone(), currency: top_up.amount.currency() };
    move_pending(tx, id, &top_up, JournalCode::TopUpDeclined, to, now)?;
    let PendingTopUp { user_id, rail, amount, usd, created_at } = top_up;
    tx.execute("UPDATE top_ups SET status = 'declined', declined_reason = ?1 WHERE id = ?2", params![reason, id])?;
    let rail: TopUpRail = from_wire_name(&rail)?;
    release_spend(tx, &user_id, LimitMethod::TopUp(rail), usd, created_at)?;
    let facts =
        NotificationFacts { amount: Some(amount), note: Some(reason.to_string()), ..NotificationFacts::default() };
    let message = format!("Your top-up of {amount} did not reach Pocket: {reason}");
    notify(tx, &user_id, NotificationKind::TopUpDeclined, &message, id, &facts, now)
}

/// A top-up still waiting for its money, as finance sees it.
#[derive(Debug, Serialize)]
pub struct WaitingTopUp {
    /// The top-up.
    pub id: String,
    /// Whose.
    pub user_id: String,
    /// Her email, to find her.
    pub email: String,
    /// `bank_transfer`, `western_union`, `boleto`.
    pub rail: String,
    /// How much, in its currency.
    pub amount: String,
    /// When she started it.
    pub created_at: String,
    /// When it was expected (none for a Boleto not yet paid).
    pub expected_by: Option<String>,
    /// Whole days past `expected_by`; `None` while it is not late.
    pub days_late: Option<i64>,
    /// Her open support case about it, if she raised one.
    pub case_id: Option<String>,
}

/// Every top-up still waiting for its money, the latest-expected last and
/// the late ones first.
pub fn waiting_top_ups(tx: &Db, now: DateTime<Utc>) -> Result<Vec<WaitingTopUp>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT t.id, t.user_id, u.email, t.rail, t.amount_minor, t.currency, t.created_at, t.expected_by,
                (SELECT c.id FROM support_cases c
                 WHERE c.reference = t.id AND c.topic = 'late_top_up' AND c.status IN ('open', 'answered')
                 ORDER BY c.opened_at LIMIT 1)
         FROM top_ups t JOIN users u ON u.id = t.user_id
         WHERE t.status = 'pending'
         ORDER BY t.expected_by IS NULL, t.expected_by, t.created_at, t.id",
    )?;
    let rows = statement.query_map([], |r| {
        r.read::<(String, String, String, String, i64, String, String, Option<String>, Option<String>)>()
    })?;
    let mut waiting = Vec::new();
    for row in rows {
        let (id, user_id, email, rail, amount_minor, currency, created_at, expected_by, case_id) = row?;
        let amount = Money::from_minor_units(amount_minor, Currency::from_code(&currency)?)?;
        let days_late = match expected_by.as_deref().map(parse_time).transpose()? {
            Some(expected) if expected < now => Some((now - expected).num_days()),
            _ => None,
        };
        waiting.push(WaitingTopUp {
            id,
            user_id,
            email,
            rail,
            amount: amount.to_string(),
            created_at,
            expected_by,
            days_late,
            case_id,
        });
    }
    Ok(waiting)
}
