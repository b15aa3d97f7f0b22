//! Cards: tokenized on the phone with the card processor, so only the
//! processor's payment-method id, the mask (first 4, last 4) and the expiry
//! reach the service. Up to 5 cards are bound to an account (attached to the
//! shopper's customer at the processor), and only when the shopper chose
//! to save the card; a card not saved pays once, within 30 minutes, and is
//! gone.
//!
//! Charges go through the processor (`charge.rs`), once per
//! `Idempotency-Key`; what a taken charge pays for is booked above this
//! module (`crate::card_payments`), which also takes the processor's events;
//! refunds go back through the processor (`refunds.rs`).

mod charge;
mod refunds;
mod routes;
mod service;

pub use charge::{
    card_step, charge_on_record, run_charging, update_charge, CardAttempt, CardCharge, CardStep, ChargeOnRecord,
    ChargingRequest, Deferred,
};
pub use refunds::{
    charge_that_can_refund, charge_that_paid, claim_due_refunds, queue_refund, refund_settled, send_refund,
};
pub use routes::routes;
pub use service::declined;
pub use service::{after_charge, list_cards, load_payable_card, PayableCard, UNSAVED_CARD_MINUTES};
