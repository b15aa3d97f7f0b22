//! Bank cards (docs/PRODUCT.md section 3).
//!
//! - [`CardNumber`] checks length, the Luhn digit and the brand, prints only
//!   its mask (`4242 **** **** 4242`), cannot be serialized, and is wiped
//!   from memory on drop: it lives only until the payment service swaps it
//!   for a [`CardToken`].
//! - [`CardExpiry`]: a card pays through the last day of its expiry month.
//! - At most [`MAX_BOUND_CARDS`] cards per account; saving a card is opt-in
//!   ([`SaveCardChoice`] defaults to not saving).

mod error;
mod expiry;
mod number;
mod wallet;

pub use error::CardError;
pub use expiry::CardExpiry;
pub use number::{CardBrand, CardNumber, MaskedCard};
pub use wallet::{check_can_bind, BoundCard, CardStatus, CardToken, SaveCardChoice, MAX_BOUND_CARDS};
