//! Orders: checkout of a cart into one order per seller, payment into
//! escrow from the balance (with FX from another currency) or a card, and
//! everything after: shipping, delivery, confirmation, cancellation,
//! disputes and refunds. The state machine is `pocket-core`'s
//! `orders::Order`; this module stores it and posts the escrow effects it
//! returns to the ledger, in the same transaction.

mod checkout;
mod escrow;
mod pay;
mod routes;
mod store;

pub use escrow::{
    apply_event, check_escrow_matches_orders, complete_expired_protections, decide_dispute, disputed_orders,
};
pub use pay::{limit_method, pay, PaySource};
pub use routes::{routes, sandbox_routes};
pub use store::{load_order, order_view};

/// The receipt of one of the shopper's orders, if it was paid (404 if the
/// order is not theirs).
pub fn shoppers_receipt(
    tx: &crate::store::Db,
    user_id: &str,
    order_id: &str,
) -> Result<Option<pocket_core::contract::shop::Receipt>, crate::refusals::Refusal> {
    store::load_order(tx, Some(user_id), order_id)?;
    store::receipt_of(tx, order_id)
}
