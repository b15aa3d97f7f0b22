//! Cards: the number comes in once, is checked by `pocket-core` and swapped
//! for a token; only the token, the mask (first 4, last 4) and the expiry
//! are stored. Up to 5 cards are bound to an account, and only when the
//! shopper chose to save the card; a card not saved pays once, within 30
//! minutes, and is gone.
//!
//! The sandbox's card processor reacts to test numbers in the spirit of
//! Stripe's: see [`TestCardBehaviour`].

mod charge;
mod routes;
mod service;

pub use charge::{charge_card, code_step, CardCharge};
pub use routes::routes;
pub use service::{after_charge, load_payable_card, PayableCard, TestCardBehaviour, UNSAVED_CARD_MINUTES};
