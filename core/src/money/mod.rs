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

pub use amount::{Money, AMOUNT_PATTERN, MAX_MINOR_UNITS};
pub use currency::{Currency, UnknownCurrencyCode};
pub use error::MoneyError;
pub use fx::{FxQuote, FxRate};

/// Money as it crosses the FFI: the amount as exact text (`"12.50"`) and
/// the currency. A shell never does arithmetic on it; it shows it.
#[cfg(feature = "uniffi")]
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MoneyValue {
    /// The amount, exactly, with the currency's decimals (`"1000"` for JPY).
    pub amount: String,
    /// The currency.
    pub currency: Currency,
}

#[cfg(feature = "uniffi")]
uniffi::custom_type!(Money, MoneyValue, {
    lower: |money| MoneyValue { amount: money.amount().to_string(), currency: money.currency() },
    try_lift: |value| Ok(Money::parse(&value.amount, value.currency)?),
});
