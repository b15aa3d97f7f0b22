//! Currency conversion with the rounding stated: always in the house's
//! favour, by at most one minor unit.
//!
//! A rate is "how many units of `to` one unit of `from` buys". When the
//! shopper *receives* converted money the result is rounded down; when the
//! shopper *pays* in one currency to cover an amount in another, what they pay
//! is rounded up. Either way the shopper never gets more than the exact
//! conversion, and never loses a whole minor unit more than it.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{Currency, Money, MoneyError};

/// An exchange rate: one unit of `from` buys `to_per_from` units of `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FxRate {
    from: Currency,
    to: Currency,
    to_per_from: Decimal,
}

/// A conversion shown to the shopper before they confirm: what leaves the
/// source balance, what arrives, and at which rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FxQuote {
    /// Debited from the shopper, in the source currency (rounded up).
    pub pay: Money,
    /// What the payment needs, in the target currency.
    pub receive: Money,
    /// The rate applied.
    pub rate: FxRate,
}

impl FxRate {
    /// A rate between two different currencies; it must be above zero.
    pub fn new(from: Currency, to: Currency, to_per_from: Decimal) -> Result<FxRate, MoneyError> {
        if from == to || to_per_from <= Decimal::ZERO {
            return Err(MoneyError::InvalidRate { from, to, rate: to_per_from.to_string() });
        }
        Ok(FxRate { from, to, to_per_from })
    }

    /// The currency converted from.
    pub fn from(&self) -> Currency {
        self.from
    }

    /// The currency converted to.
    pub fn to(&self) -> Currency {
        self.to
    }

    /// Units of `to` per unit of `from`.
    pub fn to_per_from(&self) -> Decimal {
        self.to_per_from
    }

    /// Converts money the shopper will *receive* (a refund into a local
    /// balance, say), rounding down to the target's minor unit.
    pub fn convert_rounding_down(&self, amount: Money) -> Result<Money, MoneyError> {
        self.convert(amount, RoundingStrategy::ToZero)
    }

    /// Converts money the shopper will *pay*, rounding up to the target's
    /// minor unit.
    pub fn convert_rounding_up(&self, amount: Money) -> Result<Money, MoneyError> {
        self.convert(amount, RoundingStrategy::AwayFromZero)
    }

    /// The least amount of `from` that pays for `target` (in `to`): what is
    /// debited from a RUB balance to pay a USD price, say. Rounded up, and
    /// checked: converting the result back (rounding down) covers `target`.
    pub fn quote_to_pay(&self, target: Money) -> Result<FxQuote, MoneyError> {
        self.require_currency(target, self.to)?;
        let exact = target.amount().checked_div(self.to_per_from).ok_or_else(|| self.too_large(target))?;
        let rounded = exact.round_dp_with_strategy(self.from.minor_units(), RoundingStrategy::AwayFromZero);
        let mut pay = Money::new(rounded, self.from)?;
        // Division is exact only to 28 significant digits, so the rounded-up
        // figure can still fall a hair short; one more minor unit always
        // covers it (the bound keeps this a loop that must end).
        for _ in 0..2 {
            if self.convert_rounding_down(pay)? >= target {
                return Ok(FxQuote { pay, receive: target, rate: *self });
            }
            pay = pay.checked_add(Money::from_minor_units(1, self.from)?)?;
        }
        unreachable!("one extra minor unit always covers a rounding shortfall")
    }

    fn convert(&self, amount: Money, strategy: RoundingStrategy) -> Result<Money, MoneyError> {
        self.require_currency(amount, self.from)?;
        let exact = amount.amount().checked_mul(self.to_per_from).ok_or_else(|| self.too_large(amount))?;
        Money::new(exact.round_dp_with_strategy(self.to.minor_units(), strategy), self.to)
    }

    fn require_currency(&self, amount: Money, expected: Currency) -> Result<(), MoneyError> {
        if amount.currency() != expected {
            return Err(MoneyError::CurrencyMismatch { left: expected, right: amount.currency() });
        }
        Ok(())
    }

    fn too_large(&self, amount: Money) -> MoneyError {
        MoneyError::TooLarge {
            amount: amount.amount().to_string(),
            currency: amount.currency(),
            max: Money::max(amount.currency()).amount().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proptest::prelude::*;

    use super::*;

    fn rate(from: Currency, to: Currency, text: &str) -> FxRate {
        FxRate::new(from, to, Decimal::from_str(text).unwrap()).unwrap()
    }

    fn money(text: &str, currency: Currency) -> Money {
        Money::parse(text, currency).unwrap()
    }

    #[test]
    fn receiving_rounds_down_and_paying_rounds_up() {
        // 1 USD = 0.9237 EUR; 10.01 USD = 9.246237 EUR exactly.
        let usd_to_eur = rate(Currency::Usd, Currency::Eur, "0.9237");
        assert_eq!(
            usd_to_eur.convert_rounding_down(money("10.01", Currency::Usd)).unwrap(),
            money("9.24", Currency::Eur)
        );
        assert_eq!(
            usd_to_eur.convert_rounding_up(money("10.01", Currency::Usd)).unwrap(),
            money("9.25", Currency::Eur)
        );
    }

    #[test]
    fn paying_a_usd_price_from_a_rouble_balance_rounds_the_roubles_up() {
        // 1 RUB = 0.010811 USD; 25.00 USD needs 2312.4595... RUB -> 2312.46 RUB.
        let rub_to_usd = rate(Currency::Rub, Currency::Usd, "0.010811");
        let quote = rub_to_usd.quote_to_pay(money("25.00", Currency::Usd)).unwrap();
        assert_eq!(quote.pay, money("2312.46", Currency::Rub));
        assert_eq!(quote.receive, money("25.00", Currency::Usd));
    }

    #[test]
    fn converting_into_yen_drops_the_fraction_of_a_yen() {
        let usd_to_jpy = rate(Currency::Usd, Currency::Jpy, "151.37");
        assert_eq!(
            usd_to_jpy.convert_rounding_down(money("1.99", Currency::Usd)).unwrap(),
            money("301", Currency::Jpy)
        );
    }

    #[test]
    fn a_rate_must_be_positive_and_between_two_currencies() {
        assert!(FxRate::new(Currency::Usd, Currency::Usd, Decimal::ONE).is_err());
        assert!(FxRate::new(Currency::Usd, Currency::Eur, Decimal::ZERO).is_err());
        assert!(FxRate::new(Currency::Usd, Currency::Eur, Decimal::NEGATIVE_ONE).is_err());
    }

    #[test]
    fn converting_the_wrong_currency_is_refused() {
        let usd_to_eur = rate(Currency::Usd, Currency::Eur, "0.9");
        assert!(matches!(
            usd_to_eur.convert_rounding_down(money("1", Currency::Gbp)),
            Err(MoneyError::CurrencyMismatch { .. })
        ));
    }

    fn any_currency() -> impl Strategy<Value = Currency> {
        prop::sample::select(Currency::ALL.to_vec())
    }

    fn any_rate() -> impl Strategy<Value = FxRate> {
        (any_currency(), any_currency(), 1u64..10_000_000_000u64, 0u32..10)
            .prop_filter("two different currencies", |(from, to, _, _)| from != to)
            .prop_map(|(from, to, mantissa, scale)| {
                FxRate::new(from, to, Decimal::new(mantissa as i64, scale + 4)).unwrap()
            })
    }

    proptest! {
        #[test]
        fn rounding_down_never_gives_more_than_the_exact_conversion(rate in any_rate(), minor in 0i64..1_000_000_000_000) {
            let amount = Money::from_minor_units(minor, rate.from()).unwrap();
            if let Ok(received) = rate.convert_rounding_down(amount) {
                let exact = amount.amount() * rate.to_per_from();
                let one_minor = Money::from_minor_units(1, rate.to()).unwrap().amount();
                prop_assert!(received.amount() <= exact);
                prop_assert!(exact - received.amount() < one_minor);
            }
        }

        #[test]
        fn rounding_up_never_charges_a_whole_minor_unit_extra(rate in any_rate(), minor in 0i64..1_000_000_000_000) {
            let amount = Money::from_minor_units(minor, rate.from()).unwrap();
            if let Ok(paid) = rate.convert_rounding_up(amount) {
                let exact = amount.amount() * rate.to_per_from();
                let one_minor = Money::from_minor_units(1, rate.to()).unwrap().amount();
                prop_assert!(paid.amount() >= exact);
                prop_assert!(paid.amount() - exact < one_minor);
            }
        }

        #[test]
        fn a_quote_always_covers_its_target_and_is_the_least_that_does(rate in any_rate(), minor in 1i64..1_000_000_000) {
            let target = Money::from_minor_units(minor, rate.to()).unwrap();
            if let Ok(quote) = rate.quote_to_pay(target) {
                prop_assert!(rate.convert_rounding_down(quote.pay).unwrap() >= target);
                let one_less = quote.pay.checked_sub(Money::from_minor_units(1, rate.from()).unwrap());
                if let Ok(one_less) = one_less {
                    prop_assert!(rate.convert_rounding_down(one_less).unwrap() < target);
                }
            }
        }

        #[test]
        fn converting_there_and_back_never_gains_the_shopper_money(rate in any_rate(), minor in 0i64..1_000_000_000_000) {
            let start = Money::from_minor_units(minor, rate.from()).unwrap();
            let back = FxRate::new(rate.to(), rate.from(), Decimal::ONE / rate.to_per_from());
            if let (Ok(there), Ok(back)) = (rate.convert_rounding_down(start), back) {
                if let Ok(returned) = back.convert_rounding_down(there) {
                    // 1/r is itself rounded to 28 digits, so allow exactly that
                    // and nothing more: the shopper never ends up richer.
                    prop_assert!(returned <= start);
                }
            }
        }

        #[test]
        fn addition_in_minor_units_matches_decimal_addition(a in 0i64..MAX_HALF, b in 0i64..MAX_HALF, currency in any_currency()) {
            let left = Money::from_minor_units(a, currency).unwrap();
            let right = Money::from_minor_units(b, currency).unwrap();
            let sum = left.checked_add(right).unwrap();
            prop_assert_eq!(sum.to_minor_units(), a + b);
            prop_assert_eq!(sum.checked_sub(right).unwrap(), left);
        }

        #[test]
        fn parsing_what_is_displayed_gives_the_same_money(minor in 0i64..crate::money::MAX_MINOR_UNITS, currency in any_currency()) {
            let money = Money::from_minor_units(minor, currency).unwrap();
            let shown = money.amount().to_string();
            prop_assert_eq!(Money::parse(&shown, currency).unwrap(), money);
        }
    }

    const MAX_HALF: i64 = crate::money::MAX_MINOR_UNITS / 2;
}
