//! The marketplace's door. A partner is a marketplace Pocket serves: its
//! sellers' orders are paid through Pocket, and it tells Pocket what
//! happened to each parcel (shipped, delivered) and what its sellers gave
//! back (a cancel before shipping, a full or partial refund). It hears of
//! its orders at its webhook (`crate::webhooks`) and can list what it was
//! told and have an event sent again. It calls the service with
//! API keys the operator issues (`pocket-server partner ...`), each scoped
//! and revocable, every use recorded.
//!
//! The sandbox's seller routes call the same functions, as the partner of
//! the order's seller (the demo marketplace's, for the seeded catalogue), so
//! what moves an order is written once.

mod keys;
mod orders;
mod routes;

pub use keys::{
    add_partner, issue_key, list_partners, revoke_key, set_webhook, IssuedKey, KeyListing, PartnerCaller,
    PartnerListing, PartnerScope,
};
pub use orders::{cancel, deliver, partner_of_order, refund, ship};
pub use routes::{routes, sandbox_routes, RefundRequest, ShipRequest};

/// The partner the seeded catalogue belongs to (made by the migration that
/// brought partners in).
pub const DEMO_PARTNER_ID: &str = "ptn_demo_marketplace";
