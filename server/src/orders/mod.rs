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

pub use escrow::{check_escrow_matches_orders, complete_expired_protections};
pub use pay::PaySource;
pub use routes::{routes, sandbox_routes};
