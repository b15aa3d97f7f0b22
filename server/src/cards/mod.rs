//! Cards: the number comes in once, is checked by `pocket-core` and swapped
//! for a token; only the token, the mask (first 4, last 4) and the expiry
//! are stored. Up to 5 cards are bound to an account, and only when the
//! shopper chose to save the card.
//!
//! The sandbox's card processor reacts to test numbers in the spirit of
//! Stripe's: see [`TestCardBehaviour`].

mod routes;
mod service;

pub use routes::routes;
pub use service::{load_payable_card, request_one_time_code, verify_one_time_code, PayableCard, TestCardBehaviour};
