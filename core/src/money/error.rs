use serde::Serialize;

use super::currency::UnknownCurrencyCode;
use super::Currency;

/// Why an amount of money was refused.
///
/// Amounts in messages are written back as the caller sent them, so the
/// shopper can see which figure to correct.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MoneyError {
    /// The text is not a plain decimal number such as `12.50`.
    #[error("\"{text}\" is not an amount: write a plain decimal number such as 12.50")]
    NotANumber {
        /// The text that was given.
        text: String,
    },
    /// The amount has more decimals than its currency (e.g. `10.5 JPY`).
    #[error("{amount} {currency} has more decimals than {currency} allows ({max_decimals}); round it to {max_decimals} decimals")]
    TooManyDecimals {
        /// The amount as given.
        amount: String,
        /// Its currency.
        currency: Currency,
        /// The currency's minor units.
        max_decimals: u32,
    },
    /// A negative amount where only zero or more makes sense.
    #[error("{amount} {currency} is negative; amounts of money are never below zero")]
    Negative {
        /// The amount as given.
        amount: String,
        /// Its currency.
        currency: Currency,
    },
    /// A payment, top-up or transfer of zero.
    #[error("a payment of 0 {currency} moves no money; enter an amount above zero")]
    NotPositive {
        /// The currency of the zero amount.
        currency: Currency,
    },
    /// The amount is beyond what Pocket represents.
    #[error("{amount} {currency} is larger than Pocket can handle ({max} {currency} at most)")]
    TooLarge {
        /// The amount as given.
        amount: String,
        /// Its currency.
        currency: Currency,
        /// The largest amount allowed, in that currency.
        max: String,
    },
    /// Two amounts in different currencies were combined.
    #[error("cannot combine {left} with {right}: convert one of them first")]
    CurrencyMismatch {
        /// Currency of the first operand.
        left: Currency,
        /// Currency of the second operand.
        right: Currency,
    },
    /// A subtraction would go below zero.
    #[error("{subtrahend} is more than {minuend}")]
    WouldGoNegative {
        /// What was subtracted from, e.g. `"10.00 USD"`.
        minuend: String,
        /// What was subtracted, e.g. `"12.50 USD"`.
        subtrahend: String,
    },
    /// The ISO 4217 code is not one of the 14 supported currencies.
    #[error("\"{code}\" is not a currency Pocket supports; use one of USD, EUR, GBP, JPY, CNY, RUB, BRL, KRW, INR, CAD, AUD, CHF, TRY, KWD")]
    UnknownCurrency {
        /// The code that was given.
        code: String,
    },
    /// An exchange rate of zero or less, or between a currency and itself.
    #[error("the exchange rate {rate} from {from} to {to} is not usable")]
    InvalidRate {
        /// Source currency.
        from: Currency,
        /// Target currency.
        to: Currency,
        /// The rate as given.
        rate: String,
    },
}

impl From<UnknownCurrencyCode> for MoneyError {
    fn from(UnknownCurrencyCode { code }: UnknownCurrencyCode) -> Self {
        MoneyError::UnknownCurrency { code }
    }
}
