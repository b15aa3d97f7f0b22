//! Events to the partners' webhooks. What happens to an order (paid,
//! cancelled, refunded, a dispute opened or decided, protection ended) is
//! written as an event of the seller's partner in the transaction that made
//! it happen (`queue_order_events`, from the order's own steps), so an
//! event exists exactly when its cause does. The outbox worker sends it
//! after the commit (`delivery.rs`), signed with the partner's secret, tried
//! again with the outbox's doubling waits, and keeps how it went; the
//! partner can list its events and have one sent again.
//!
//! Below `orders` and `partners`: it knows orders only as `pocket-core`'s
//! machine, and partners only as rows.

mod delivery;
mod events;
mod signature;

pub use delivery::deliver_due;
pub use events::{list_events, queue_order_events, resend_event, OrderPartner};
pub use signature::{sign, EVENT_ID_HEADER, SIGNATURE_HEADER};

/// What the partner's webhook secret is sealed for (`ServiceKey::seal`).
pub const SECRET_PURPOSE: &str = "partner-webhook-secret";
