//! Orders at rest.

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::service::ErrorKind;
use pocket_core::contract::shop::{self as wire, OrderItem, PaymentMethod, Receipt, ReceiptCard, RefundReceipt};
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{Order, OrderError};
use serde_json::Value;

use crate::refusals::Refusal;
use crate::time::parse_time;
use crate::webhooks::OrderPartner;
use crate::wire::wire_name;

/// An order row with its state machine.
#[derive(Debug, Clone)]
pub struct StoredOrder {
    /// The buyer.
    pub user_id: String,
    /// The state machine (status, escrow figures).
    pub machine: Order,
    /// What the coupon took off the price.
    pub discount: Money,
    /// The coupon used, if any.
    pub coupon_code: Option<String>,
    /// Total weight.
    pub weight_grams: u32,
    /// The items, as checked out.
    pub items: Vec<OrderItem>,
    /// Where it ships.
    pub delivery_address: String,
    /// When it was created.
    pub created_at: String,
    /// The marketplace partner its seller sells through, if any: who is
    /// told of its steps (read with the order, not once more per step).
    pub partner: Option<OrderPartner>,
}

/// Loads an order of `user_id` (404 for anyone else's), or of anyone when
/// `user_id` is `None` (sandbox seller actions).
pub fn load_order(tx: &Db, user_id: Option<&str>, order_id: &str) -> Result<StoredOrder, Refusal> {
    struct Row {
        user_id: String,
        machine: String,
        discount_minor: i64,
        coupon_code: Option<String>,
        weight_grams: u32,
        items: String,
        delivery_address: String,
        created_at: String,
        partner_id: Option<String>,
        webhook_url: Option<String>,
    }
    let row = tx
        .query_row(
            "SELECT o.user_id, o.machine, o.discount_minor, o.coupon_code, o.weight_grams, o.items, o.delivery_address,
                    o.created_at, p.id, p.webhook_url
             FROM orders o
             LEFT JOIN sellers s ON s.id = o.seller_id
             LEFT JOIN partners p ON p.id = s.partner_id
             WHERE o.id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR o.user_id = ?2)",
            params![order_id, user_id],
            |r| {
                Ok(Row {
                    user_id: r.get(0)?,
                    machine: r.get(1)?,
                    discount_minor: r.get(2)?,
                    coupon_code: r.get(3)?,
                    weight_grams: r.get(4)?,
                    items: r.get(5)?,
                    delivery_address: r.get(6)?,
                    created_at: r.get(7)?,
                    partner_id: r.get(8)?,
                    webhook_url: r.get(9)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| Refusal::not_found("order"))?;
    Ok(StoredOrder {
        user_id: row.user_id,
        machine: serde_json::from_str(&row.machine)?,
        discount: Money::from_minor_units(row.discount_minor, Currency::Usd)?,
        coupon_code: row.coupon_code,
        weight_grams: row.weight_grams,
        items: serde_json::from_str(&row.items)?,
        delivery_address: row.delivery_address,
        created_at: row.created_at,
        partner: row.partner_id.map(|id| OrderPartner { id, webhook_url: row.webhook_url }),
    })
}

/// Saves the state machine after an event.
pub fn save_machine(tx: &Db, order: &Order, now: DateTime<Utc>) -> Result<(), Refusal> {
    tx.execute(
        "UPDATE orders SET machine = ?1, status = ?2, updated_at = ?3 WHERE id = ?4",
        params![serde_json::to_string(order)?, wire_name(&order.status), now.to_rfc3339(), order.id],
    )?;
    Ok(())
}

/// The ids of a shopper's orders, newest first.
pub fn order_ids(tx: &Db, user_id: &str) -> Result<Vec<String>, Refusal> {
    let mut statement =
        tx.prepare_cached("SELECT id FROM orders WHERE user_id = ?1 ORDER BY created_at DESC, id DESC")?;
    let ids = statement.query_map([user_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(ids)
}

/// An order as the shopper sees it, with the buttons that make sense now.
pub fn order_view(tx: &Db, order: &StoredOrder, now: DateTime<Utc>) -> Result<wire::Order, Refusal> {
    order_view_with(order, receipt_of(tx, &order.machine.id)?, now)
}

/// [`order_view`] with its receipt known already (a payment that has just
/// written it need not read it back).
pub fn order_view_with(
    order: &StoredOrder,
    receipt: Option<Receipt>,
    now: DateTime<Utc>,
) -> Result<wire::Order, Refusal> {
    let machine = &order.machine;
    Ok(wire::Order {
        id: machine.id.clone(),
        seller_id: machine.seller_id.clone(),
        status: machine.status,
        price: machine.price,
        discount: order.discount,
        coupon_code: order.coupon_code.clone(),
        weight_grams: order.weight_grams,
        items: order.items.clone(),
        delivery_address: order.delivery_address.clone(),
        tracking_number: machine.tracking_number.clone(),
        delivered_at: machine.delivered_at,
        protection_ends_at: machine.protection_ends_at(),
        dispute_reason: machine.dispute_reason,
        refund_preference: machine.refund_preference,
        held: machine.held,
        refunded: machine.refunded,
        released: machine.released,
        available_actions: machine.available_actions(now),
        created_at: parse_time(&order.created_at)?,
        receipt,
    })
}

/// A payment as kept on its order's row: what its receipt is made of.
pub struct PaymentRow {
    pub id: String,
    pub order_id: String,
    pub method: PaymentMethod,
    pub card_id: Option<String>,
    pub paid: Money,
    pub amount_usd: Money,
    pub fx_rate: Option<String>,
    pub paid_at: DateTime<Utc>,
}

impl PaymentRow {
    /// Saves the paid order: its state machine after the payment, and the
    /// payment, in one statement on the order's row.
    pub fn save_with_machine(&self, tx: &Db, order: &Order, now: DateTime<Utc>) -> Result<(), Refusal> {
        tx.execute_unread(
            "UPDATE orders SET machine = ?1, status = ?2, updated_at = ?3, payment_id = ?4, paid_method = ?5,
                               paid_card_id = ?6, paid_minor = ?7, paid_currency = ?8, paid_usd_minor = ?9,
                               paid_fx_rate = ?10, paid_at = ?11
             WHERE id = ?12",
            params![
                serde_json::to_string(order)?,
                wire_name(&order.status),
                now.to_rfc3339(),
                self.id,
                wire_name(&self.method),
                self.card_id,
                self.paid.to_minor_units(),
                self.paid.currency().code(),
                self.amount_usd.to_minor_units(),
                self.fx_rate,
                self.paid_at.to_rfc3339(),
                self.order_id,
            ],
        )?;
        Ok(())
    }

    /// The receipt: the payment, and the card it was paid with, masked.
    pub fn receipt(self, tx: &Db) -> Result<Receipt, Refusal> {
        let card = match &self.card_id {
            Some(card_id) => tx
                .query_row("SELECT brand, first4, last4 FROM cards WHERE id = ?1", [card_id], |r| {
                    let (brand, first4, last4) = r.read::<(String, String, String)>()?;
                    let masked = format!("{first4} **** **** {last4}");
                    Ok(ReceiptCard { id: card_id.clone(), brand, masked, first4, last4 })
                })
                .optional()?,
            None => None,
        };
        Ok(Receipt {
            payment_id: self.id,
            order_id: self.order_id,
            method: self.method,
            card,
            paid: self.paid,
            amount_usd: self.amount_usd,
            fx_rate: self.fx_rate,
            paid_at: self.paid_at,
        })
    }
}

/// The payment receipt of an order, if paid.
pub fn receipt_of(tx: &Db, order_id: &str) -> Result<Option<Receipt>, Refusal> {
    let row = tx
        .query_row(
            "SELECT payment_id, paid_method, paid_card_id, paid_minor, paid_currency, paid_usd_minor, paid_fx_rate, paid_at
             FROM orders WHERE id = ?1 AND payment_id IS NOT NULL",
            [order_id],
            |r| r.read::<(String, String, Option<String>, i64, String, i64, Option<String>, String)>(),
        )
        .optional()?;
    let Some((id, method, card_id, paid_minor, paid_currency, usd_minor, fx_rate, paid_at)) = row else {
        return Ok(None);
    };
    let payment = PaymentRow {
        id,
        order_id: order_id.to_string(),
        method: if method == "card" { PaymentMethod::Card } else { PaymentMethod::Balance },
        card_id,
        paid: Money::from_minor_units(paid_minor, Currency::from_code(&paid_currency)?)?,
        amount_usd: Money::from_minor_units(usd_minor, Currency::Usd)?,
        fx_rate,
        paid_at: parse_time(&paid_at)?,
    };
    Ok(Some(payment.receipt(tx)?))
}

/// The error answer for a refused order event.
pub fn order_error(error: OrderError) -> Refusal {
    let details = serde_json::to_value(&error).unwrap_or(Value::Null);
    let message = error.to_string();
    let api = match &error {
        OrderError::AlreadyPaid => Refusal::conflict("already_paid", message),
        OrderError::IllegalTransition { .. } => Refusal::conflict("illegal_transition", message),
        OrderError::ProtectionEnded { .. } => Refusal::refused(ErrorKind::Refused, "protection_ended", message),
        OrderError::ProtectionNotEnded { .. } => Refusal::conflict("protection_not_ended", message),
        OrderError::RefundExceedsPaid { .. } => {
            Refusal::validation("refund_exceeds_paid", message).with_field("resolution.amount")
        }
        OrderError::MissingTrackingNumber => {
            Refusal::validation("missing_tracking_number", message).with_field("tracking_number")
        }
    };
    api.with_details(details)
}

/// The latest refund of an order, as its receipt shows it.
pub fn refund_receipt_of(tx: &Db, order_id: &str) -> Result<Option<RefundReceipt>, Refusal> {
    struct Row {
        amount_minor: i64,
        currency: String,
        refunded_to: String,
        top_up_id: Option<String>,
        rail: Option<String>,
        provider: Option<String>,
        refunded_at: String,
    }
    let row = tx
        .query_row(
            "SELECT amount_minor, currency, refunded_to, top_up_id, rail, provider, refunded_at FROM refunds
             WHERE order_id = ?1 ORDER BY id DESC LIMIT 1",
            [order_id],
            |r| {
                Ok(Row {
                    amount_minor: r.get(0)?,
                    currency: r.get(1)?,
                    refunded_to: r.get(2)?,
                    top_up_id: r.get(3)?,
                    rail: r.get(4)?,
                    provider: r.get(5)?,
                    refunded_at: r.get(6)?,
                })
            },
        )
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(RefundReceipt {
        order_id: order_id.to_string(),
        amount: Money::from_minor_units(row.amount_minor, Currency::from_code(&row.currency)?)?,
        refunded_to: row.refunded_to,
        top_up_id: row.top_up_id,
        rail: row.rail,
        provider: row.provider,
        refunded_at: parse_time(&row.refunded_at)?,
    }))
}
