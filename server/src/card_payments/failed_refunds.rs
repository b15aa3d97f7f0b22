//! Refunds the card processor could not send back to the card: the
//! processor's refund failed for good (a closed card, a bank's refusal), so
//! the money sits in the processor's clearing account. Finance lists them
//! and puts each in the shopper's Pocket balance instead, and she is told.

use chrono::{DateTime, Utc};
use pocket_core::cards::CardBrand;
use pocket_core::contract::wallet::{NotificationFacts, NotificationKind};
use pocket_core::money::{Currency, Money};
use serde::Serialize;

use crate::ledger::{post, AccountKey, Journal, JournalCode, Leg};
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};

/// A refund the card processor could not send back to the card: finance's
/// to put in the shopper's Pocket balance instead.
#[derive(Debug, Serialize)]
pub struct FailedRefund {
    /// Pocket's refund id.
    pub id: String,
    /// Whose money.
    pub email: String,
    /// The order it refunds, if it refunds one.
    pub order_id: Option<String>,
    /// How much, in its currency.
    pub amount: String,
    /// The card, by its first 4 and last 4 only.
    pub card: String,
    /// What the processor said.
    pub why: Option<String>,
    /// When it was decided (RFC 3339).
    pub created_at: String,
}

/// Every refund the processor could not send, the oldest first.
pub fn failed_refunds(tx: &Db) -> Result<Vec<FailedRefund>, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT r.id, u.email, r.order_id, r.amount_minor, r.currency, k.brand, k.first4, k.last4,
                r.provider_answer, r.created_at
         FROM card_refunds r
         JOIN card_charges c ON c.id = r.charge_id
         JOIN users u ON u.id = c.user_id
         JOIN cards k ON k.id = c.card_id
         WHERE r.status = 'failed' ORDER BY r.created_at, r.id",
    )?;
    let rows = statement.query_map([], |r| {
        r.read::<(String, String, Option<String>, i64, String, String, String, String, Option<String>, String)>()
    })?;
    let mut failed = Vec::new();
    for row in rows {
        let (id, email, order_id, amount_minor, currency, brand, first4, last4, why, created_at) = row?;
        let amount = Money::from_minor_units(amount_minor, Currency::from_code(&currency)?)?;
        let brand: CardBrand = serde_json::from_value(serde_json::Value::String(brand))?;
        let card = format!("{} {first4} •••• {last4}", brand.display_name());
        failed.push(FailedRefund { id, email, order_id, amount: amount.to_string(), card, why, created_at });
    }
    Ok(failed)
}

/// Puts a refund the processor could not send in the shopper's Pocket
/// balance instead, and tells her.
pub fn refund_to_balance(tx: &Db, refund_id: &str, now: DateTime<Utc>) -> Result<(), Refusal> {
    let row: Option<(String, String, i64, String, Option<String>)> = tx
        .query_row(
            "SELECT r.status, c.user_id, r.amount_minor, r.currency, r.order_id
             FROM card_refunds r JOIN card_charges c ON c.id = r.charge_id WHERE r.id = ?1",
            [refund_id],
            |r| r.read(),
        )
        .optional()?;
    let (status, user_id, amount_minor, currency, order_id) = row.ok_or_else(|| Refusal::not_found("refund"))?;
    if status != "failed" {
        return Err(Refusal::conflict("refund_not_failed", "only a refund the card could not take is moved"));
    }
    let currency = Currency::from_code(&currency)?;
    let amount = Money::from_minor_units(amount_minor, currency)?;
    let reference = order_id.unwrap_or_else(|| refund_id.to_string());
    let leg = Leg {
        debit: AccountKey::CardProcessor { currency },
        credit: AccountKey::UserAvailable { user_id: user_id.clone(), currency },
        amount,
    };
    post(tx, &Journal { code: JournalCode::Refund, reference: reference.clone(), legs: vec![leg], at: now })?;
    tx.execute("UPDATE card_refunds SET status = 'to_balance' WHERE id = ?1", [refund_id])?;
    let facts = NotificationFacts {
        amount: Some(amount),
        refund_to: Some("pocket_balance".into()),
        ..NotificationFacts::default()
    };
    let message = format!("{amount} refunded to your Pocket balance: your card could not take it back");
    notify(tx, &user_id, NotificationKind::Refund, &message, &reference, &facts, now)
}
