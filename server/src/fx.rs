//! Exchange rates. The sandbox quotes fixed rates (USD per unit of each
//! currency), so quotes in tests and demos are stable; a deployment would
//! feed these from its rate provider.

use std::str::FromStr;

use pocket_core::money::{Currency, FxRate, Money, MoneyError};
use rust_decimal::Decimal;

/// USD per one unit of `currency`, as text (exact decimals).
fn usd_per_unit(currency: Currency) -> &'static str {
    match currency {
        Currency::Usd => "1",
        Currency::Eur => "1.0812",
        Currency::Gbp => "1.2695",
        Currency::Jpy => "0.006611",
        Currency::Cny => "0.13812",
        Currency::Rub => "0.010811",
        Currency::Brl => "0.17952",
        Currency::Krw => "0.000718",
        Currency::Inr => "0.011843",
        Currency::Cad => "0.7291",
        Currency::Aud => "0.6547",
        Currency::Chf => "1.1309",
        Currency::Try => "0.02907",
        Currency::Kwd => "3.2468",
    }
}

/// The rate from `currency` to USD; `None` for USD itself.
pub fn rate_to_usd(currency: Currency) -> Option<FxRate> {
    if currency == Currency::Usd {
        return None;
    }
    let rate = Decimal::from_str(usd_per_unit(currency)).expect("constant rates parse");
    Some(FxRate::new(currency, Currency::Usd, rate).expect("constant rates are positive"))
}

/// What paying `price` (USD) from a `currency` balance costs: the FX quote
/// (rounded up for the shopper), or `None` for USD.
pub fn quote(price: Money, currency: Currency) -> Result<Option<pocket_core::money::FxQuote>, MoneyError> {
    match rate_to_usd(currency) {
        None => Ok(None),
        Some(rate) => Ok(Some(rate.quote_to_pay(price)?)),
    }
}

/// The USD equivalent of `amount`, rounded up: what counts against limits
/// (rounding up never lets a shopper exceed a limit by a fraction).
pub fn usd_equivalent(amount: Money) -> Result<Money, MoneyError> {
    match rate_to_usd(amount.currency()) {
        None => Ok(amount),
        Some(rate) => rate.convert_rounding_up(amount),
    }
}

/// Every rate, for `GET /v1/fx/rates`.
pub fn all_rates() -> Vec<(Currency, Decimal)> {
    Currency::ALL.iter().map(|c| (*c, Decimal::from_str(usd_per_unit(*c)).expect("constant rates parse"))).collect()
}
