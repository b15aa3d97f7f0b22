//! What a partner tells Pocket about its sellers' orders. Each runs the
//! order's own machine (`orders::apply_event`): the escrow, the protection
//! period and the shopper's notifications are the ones every order has.

use chrono::{DateTime, Utc};
use pocket_core::contract::shop as wire;
use pocket_core::money::Money;
use pocket_core::orders::OrderEvent;

use crate::orders::{apply_event, order_view};
use crate::refusals::Refusal;
use crate::store::{Db, Optional};

/// The partner of the order's seller; 404 for an order that does not exist.
pub fn partner_of_order(tx: &Db, order_id: &str) -> Result<String, Refusal> {
    let partner: Option<Option<String>> = tx
        .query_row(
            "SELECT s.partner_id FROM orders o JOIN sellers s ON s.id = o.seller_id WHERE o.id = ?1",
            [order_id],
            |r| r.get(0),
        )
        .optional()?;
    partner.flatten().ok_or_else(|| Refusal::not_found("order"))
}

/// The seller shipped the parcel with `tracking_number`.
pub fn ship(
    tx: &Db,
    partner_id: &str,
    order_id: &str,
    tracking_number: String,
    now: DateTime<Utc>,
) -> Result<wire::Order, Refusal> {
    sellers_event(tx, partner_id, order_id, OrderEvent::Ship { tracking_number }, now)
}

/// The carrier delivered the parcel: the shopper's protection period starts.
pub fn deliver(tx: &Db, partner_id: &str, order_id: &str, now: DateTime<Utc>) -> Result<wire::Order, Refusal> {
    sellers_event(tx, partner_id, order_id, OrderEvent::Deliver, now)
}

/// The seller cancels before shipping: a paid order is refunded in full to
/// where the shopper chose.
pub fn cancel(tx: &Db, partner_id: &str, order_id: &str, now: DateTime<Utc>) -> Result<wire::Order, Refusal> {
    sellers_event(tx, partner_id, order_id, OrderEvent::SellerCancel, now)
}

/// The seller gives `amount` (USD) back to the shopper out of escrow: all
/// of what is held ends the order as refunded, less leaves it going.
pub fn refund(
    tx: &Db,
    partner_id: &str,
    order_id: &str,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<wire::Order, Refusal> {
    sellers_event(tx, partner_id, order_id, OrderEvent::SellerRefund { amount }, now).map_err(|refusal| {
        // The order's rule names a dispute's amount; here it is the body's.
        if refusal.code == "refund_exceeds_paid" {
            refusal.with_field("amount")
        } else {
            refusal
        }
    })
}

/// Applies a seller's event to one of `partner_id`'s orders. Another
/// partner's order is not found, as if it did not exist.
fn sellers_event(
    tx: &Db,
    partner_id: &str,
    order_id: &str,
    event: OrderEvent,
    now: DateTime<Utc>,
) -> Result<wire::Order, Refusal> {
    if partner_of_order(tx, order_id)? != partner_id {
        return Err(Refusal::not_found("order"));
    }
    let order = apply_event(tx, None, order_id, event, now)?;
    order_view(tx, &order, now)
}
