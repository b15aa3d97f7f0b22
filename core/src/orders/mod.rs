//! Orders with buyer protection (docs/PRODUCT.md section 6).
//!
//! ```text
//! Created --pay--> Paid --ship--> Shipped --deliver--> Delivered
//!    |              |               |   \                 |   \
//!  cancel         cancel       dispute   confirm     dispute   confirm / protection ends
//!    v              v               v       \             v       \
//! Cancelled     Cancelled       Disputed --> Completed   Disputed   Completed
//!                (refund)          |
//!                        full refund -> Refunded; partial refund or rejected -> Completed
//! ```
//!
//! [`Order::apply`] is a pure state machine: it returns the [`EscrowEffect`]s
//! the ledger must post (hold, release to seller, refund to buyer) and makes
//! each of them at most once. An illegal event is a typed [`OrderError`] and
//! leaves the order unchanged.

mod machine;
mod refund;

pub use machine::{
    BuyerAction, DisputeReason, EscrowEffect, Order, OrderError, OrderEvent, OrderStatus, ProtectionPolicy, Resolution,
};
pub use refund::{resolve_refund_route, FundingSource, RefundPreference, RefundRoute};
