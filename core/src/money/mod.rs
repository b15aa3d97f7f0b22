//! Money: amounts exact to each currency's minor unit, and conversion
//! between currencies with the rounding stated.
//!
//! - [`Money`] is a non-negative `rust_decimal::Decimal` amount in a
//!   [`Currency`]; it cannot be built from a float and never holds a fraction
//!   of a minor unit. At rest it is an integer count of minor units.
//! - [`FxRate`] converts, always rounding in the house's favour by less than
//!   one minor unit; [`FxQuote`] is what the shopper sees before confirming.

mod amount;
mod currency;
mod error;
mod fx;

pub use amount::{Money, MAX_MINOR_UNITS};
pub use currency::Currency;
pub use error::MoneyError;
pub use fx::{FxQuote, FxRate};
