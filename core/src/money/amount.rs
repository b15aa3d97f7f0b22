//! `Money`: a non-negative amount in one currency, exact to its minor unit.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Currency, MoneyError};

/// The largest amount Pocket represents, in minor units of any currency
/// (10^15: ten trillion dollars, or a quadrillion yen). Keeping amounts this
/// far below `i64::MAX` means sums of thousands of them cannot overflow.
pub const MAX_MINOR_UNITS: i64 = 1_000_000_000_000_000;

/// An amount of money in one currency.
///
/// Invariants, checked by every constructor:
/// - never negative (a debit or refund is a positive amount moving the other
///   way, as in a ledger);
/// - never finer than the currency's minor unit (no sub-cent amounts);
/// - at most [`MAX_MINOR_UNITS`] minor units.
///
/// There is deliberately no way to build one from a float. On the wire it is
/// `{"amount": "12.50", "currency": "USD"}` with the amount as a string; at
/// rest it is an integer count of minor units ([`Money::to_minor_units`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "MoneyWire", into = "MoneyWire")]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// Checks an exact decimal amount against the currency's rules.
    ///
    /// Trailing zeros are fine (`12.500 USD` is `12.50 USD`); a non-zero digit
    /// beyond the minor unit is refused (`10.5 JPY`, `1.001 USD`).
    pub fn new(amount: Decimal, currency: Currency) -> Result<Money, MoneyError> {
        let shown = amount.to_string();
        if amount.is_sign_negative() && !amount.is_zero() {
            return Err(MoneyError::Negative { amount: shown, currency });
        }
        let normalized = amount.normalize();
        let max_decimals = currency.minor_units();
        if normalized.scale() > max_decimals {
            return Err(MoneyError::TooManyDecimals { amount: shown, currency, max_decimals });
        }
        // Checked before rescaling: rescaling a huge mantissa could overflow.
        if normalized.abs() > Money::max(currency).amount {
            return Err(MoneyError::TooLarge { amount: shown, currency, max: Money::max(currency).amount.to_string() });
        }
        let mut exact = normalized.abs();
        exact.rescale(max_decimals);
        Ok(Money { amount: exact, currency })
    }

    /// Parses text typed by a shopper or sent by a client: digits with an
    /// optional decimal point, such as `"12.50"` or `"1000"`. Exponents,
    /// thousands separators, signs other than a leading `-` (reported as
    /// negative) and spaces inside the number are refused.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let trimmed = text.trim();
        if !is_plain_decimal(trimmed) {
            return Err(MoneyError::NotANumber { text: text.to_string() });
        }
        let amount = Decimal::from_str(trimmed).map_err(|_| MoneyError::TooLarge {
            amount: trimmed.to_string(),
            currency,
            max: Money::max(currency).amount.to_string(),
        })?;
        Money::new(amount, currency)
    }

    /// Parses an amount sent by a client in a request: exactly the API's
    /// pattern `^[0-9]+(\.[0-9]+)?$` (the shopper's own typing goes through
    /// the more forgiving [`Money::parse`] on the phone).
    pub fn parse_wire(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        if !is_wire_decimal(text) {
            return Err(MoneyError::NotANumber { text: text.to_string() });
        }
        Money::parse(text, currency)
    }

    /// Builds an amount from an integer count of minor units (cents for USD,
    /// yen for JPY), as stored in the database.
    pub fn from_minor_units(minor_units: i64, currency: Currency) -> Result<Money, MoneyError> {
        Money::new(Decimal::new(minor_units, currency.minor_units()), currency)
    }

    /// Zero in `currency`.
    pub fn zero(currency: Currency) -> Money {
        Money { amount: Decimal::new(0, currency.minor_units()), currency }
    }

    /// The largest amount Pocket represents in `currency`.
    pub fn max(currency: Currency) -> Money {
        Money { amount: Decimal::new(MAX_MINOR_UNITS, currency.minor_units()), currency }
    }

    /// The exact amount, with exactly the currency's number of decimals.
    pub fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The amount as an integer count of minor units: the form kept at rest.
    pub fn to_minor_units(&self) -> i64 {
        let minor = self.raw_minor_units();
        // The constructors bound every amount by MAX_MINOR_UNITS.
        i64::try_from(minor.mantissa()).expect("Money is bounded by MAX_MINOR_UNITS")
    }

    fn raw_minor_units(&self) -> Decimal {
        let mut minor = self.amount;
        minor.set_scale(0).expect("scale 0 is always valid");
        // `set_scale(0)` reinterprets the mantissa, which is the minor-unit
        // count because `amount` always has exactly `minor_units` decimals.
        minor
    }

    /// Whether the amount is zero.
    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    /// Returns the amount if it is above zero: what a payment, top-up or
    /// transfer requires.
    pub fn require_positive(self) -> Result<Money, MoneyError> {
        if self.is_zero() {
            return Err(MoneyError::NotPositive { currency: self.currency });
        }
        Ok(self)
    }

    /// Adds two amounts of the same currency.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.require_same_currency(other)?;
        Money::new(self.amount + other.amount, self.currency)
    }

    /// Subtracts `other`, refusing to go below zero.
    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.require_same_currency(other)?;
        if other.amount > self.amount {
            return Err(MoneyError::WouldGoNegative { minuend: self.to_string(), subtrahend: other.to_string() });
        }
        Money::new(self.amount - other.amount, self.currency)
    }

    /// Subtracts `other`, stopping at zero: what is left of a limit.
    pub fn saturating_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.require_same_currency(other)?;
        if other.amount >= self.amount {
            return Ok(Money::zero(self.currency));
        }
        Money::new(self.amount - other.amount, self.currency)
    }

    /// The amount times a quantity: the price of `quantity` identical items.
    pub fn times(self, quantity: u32) -> Result<Money, MoneyError> {
        let product = self.amount.checked_mul(Decimal::from(quantity)).ok_or_else(|| MoneyError::TooLarge {
            amount: format!("{} x {quantity}", self.amount),
            currency: self.currency,
            max: Money::max(self.currency).amount.to_string(),
        })?;
        Money::new(product, self.currency)
    }

    /// Adds up amounts of one currency; an empty list sums to zero.
    pub fn sum<I: IntoIterator<Item = Money>>(currency: Currency, amounts: I) -> Result<Money, MoneyError> {
        amounts.into_iter().try_fold(Money::zero(currency), Money::checked_add)
    }

    /// Refuses to combine amounts in different currencies.
    pub fn require_same_currency(&self, other: Money) -> Result<(), MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency });
        }
        Ok(())
    }
}

/// Only digits with at most one decimal point, optionally after a leading
/// minus (so that a negative amount is reported as negative, not as garbage).
fn is_plain_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let mut parts = unsigned.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let has_digits = !whole.is_empty() || fraction.is_some_and(|f| !f.is_empty());
    has_digits && all_digits(whole) && fraction.is_none_or(all_digits)
}

impl PartialOrd for Money {
    /// Amounts compare only within one currency: `None` across currencies.
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        (self.currency == other.currency).then(|| self.amount.cmp(&other.amount))
    }
}

impl std::fmt::Display for Money {
    /// `12.50 USD`, `1000 JPY`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

impl std::fmt::Debug for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Money({self})")
    }
}

/// The API document's pattern for an amount (see [`Money::parse_wire`]).
pub const AMOUNT_PATTERN: &str = r"^[0-9]+(\.[0-9]+)?$";

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An exact amount: a decimal string with at most the currency's minor units, never a JSON number.",
            "type": "object",
            "required": ["amount", "currency"],
            "additionalProperties": false,
            "properties": {
                "amount": {
                    "type": "string",
                    "pattern": AMOUNT_PATTERN,
                    "maxLength": MAX_WIRE_AMOUNT_CHARS,
                    "examples": ["12.50"],
                },
                "currency": generator.subschema_for::<Currency>(),
            },
        })
    }
}

/// The wire form: `{"amount": "12.50", "currency": "USD"}`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MoneyWire {
    amount: AmountText,
    currency: Currency,
}

impl TryFrom<MoneyWire> for Money {
    type Error = MoneyError;
    fn try_from(wire: MoneyWire) -> Result<Self, Self::Error> {
        Money::parse_wire(&wire.amount.0, wire.currency)
    }
}

/// The longest amount text the wire accepts: more digits than any amount
/// Pocket represents, far fewer than would cost anything to check.
const MAX_WIRE_AMOUNT_CHARS: usize = 40;

/// `^[0-9]+(\.[0-9]+)?$`: digits, then optionally a point and digits. No
/// sign, no spaces, no `"1."` or `".5"`.
fn is_wire_decimal(text: &str) -> bool {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    text.len() <= MAX_WIRE_AMOUNT_CHARS
        && match text.split_once('.') {
            Some((whole, fraction)) => digits(whole) && digits(fraction),
            None => digits(text),
        }
}

impl From<Money> for MoneyWire {
    fn from(money: Money) -> Self {
        MoneyWire { amount: AmountText(money.amount.to_string()), currency: money.currency }
    }
}

/// An amount on the wire: only a JSON string is accepted, so a float such as
/// `12.5` can never sneak in and be rounded on the way.
#[derive(Serialize)]
#[serde(transparent)]
struct AmountText(String);

impl<'de> Deserialize<'de> for AmountText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AmountText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an amount as a decimal string such as \"12.50\" (JSON numbers are refused)")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<AmountText, E> {
                Ok(AmountText(text.to_string()))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    #[test]
    fn the_wire_takes_only_digits_with_an_optional_fraction() {
        for good in ["0", "12", "12.5", "12.50", "0.01"] {
            assert!(Money::parse_wire(good, Currency::Usd).is_ok(), "{good}");
        }
        for bad in ["1.", ".5", "-1", "+1", " 1", "1 ", "1e3", "1,00", "", "٣"] {
            assert!(matches!(Money::parse_wire(bad, Currency::Usd), Err(MoneyError::NotANumber { .. })), "{bad:?}");
        }
        let json = |amount: &str| format!(r#"{{"amount":"{amount}","currency":"USD"}}"#);
        assert!(serde_json::from_str::<Money>(&json("1.")).is_err());
        assert!(serde_json::from_str::<Money>(&json("2.50")).is_ok());
    }

    #[test]
    fn usd_amount_keeps_exactly_two_decimals() {
        assert_eq!(usd("12.5").to_string(), "12.50 USD");
        assert_eq!(usd("12.500").to_minor_units(), 1250);
    }

    #[test]
    fn jpy_amount_with_decimals_is_refused() {
        let error = Money::parse("100.5", Currency::Jpy).unwrap_err();
        assert_eq!(
            error,
            MoneyError::TooManyDecimals { amount: "100.5".into(), currency: Currency::Jpy, max_decimals: 0 }
        );
        assert!(error.to_string().contains("round it to 0 decimals"));
    }

    #[test]
    fn jpy_amount_with_only_zero_decimals_is_the_whole_amount() {
        assert_eq!(Money::parse("100.0", Currency::Jpy).unwrap().to_minor_units(), 100);
    }

    #[test]
    fn sub_cent_usd_is_refused() {
        assert!(matches!(Money::parse("0.001", Currency::Usd), Err(MoneyError::TooManyDecimals { .. })));
    }

    #[test]
    fn dinar_takes_three_decimals() {
        assert_eq!(Money::parse("1.234", Currency::Kwd).unwrap().to_minor_units(), 1234);
    }

    #[test]
    fn negative_amount_is_refused() {
        assert_eq!(
            Money::parse("-5.00", Currency::Usd),
            Err(MoneyError::Negative { amount: "-5.00".into(), currency: Currency::Usd })
        );
    }

    #[test]
    fn zero_is_money_but_not_a_payment() {
        let zero = usd("0");
        assert!(zero.is_zero());
        assert_eq!(zero.require_positive(), Err(MoneyError::NotPositive { currency: Currency::Usd }));
    }

    #[test]
    fn garbage_and_exponents_are_not_numbers() {
        for text in ["", ".", "abc", "1e5", "1,000.00", "+5", "1 000", "NaN", "12.50.1", "0x10"] {
            assert!(
                matches!(Money::parse(text, Currency::Usd), Err(MoneyError::NotANumber { .. })),
                "{text:?} should not parse"
            );
        }
    }

    #[test]
    fn amounts_beyond_the_maximum_are_refused() {
        assert!(matches!(Money::parse("10000000000000.01", Currency::Usd), Err(MoneyError::TooLarge { .. })));
        assert!(Money::parse("10000000000000.00", Currency::Usd).is_ok());
        assert!(matches!(
            Money::parse("99999999999999999999999999999999", Currency::Usd),
            Err(MoneyError::TooLarge { .. })
        ));
    }

    #[test]
    fn minor_units_round_trip() {
        let money = Money::from_minor_units(123_456, Currency::Usd).unwrap();
        assert_eq!(money.to_string(), "1234.56 USD");
        assert_eq!(money.to_minor_units(), 123_456);
        assert_eq!(Money::from_minor_units(500, Currency::Jpy).unwrap().to_string(), "500 JPY");
    }

    #[test]
    fn adding_different_currencies_is_refused() {
        let euros = Money::parse("1", Currency::Eur).unwrap();
        assert_eq!(
            usd("1").checked_add(euros),
            Err(MoneyError::CurrencyMismatch { left: Currency::Usd, right: Currency::Eur })
        );
    }

    #[test]
    fn subtraction_never_goes_below_zero() {
        assert!(matches!(usd("10").checked_sub(usd("12.50")), Err(MoneyError::WouldGoNegative { .. })));
        assert_eq!(usd("10").saturating_sub(usd("12.50")).unwrap(), usd("0"));
        assert_eq!(usd("10").checked_sub(usd("2.50")).unwrap(), usd("7.50"));
    }

    #[test]
    fn price_times_quantity_is_exact() {
        assert_eq!(usd("19.99").times(3).unwrap(), usd("59.97"));
    }

    #[test]
    fn amounts_of_different_currencies_do_not_compare() {
        assert_eq!(usd("1").partial_cmp(&Money::parse("1", Currency::Eur).unwrap()), None);
        assert!(usd("1") < usd("1.01"));
    }

    #[test]
    fn wire_form_is_a_string_amount_and_a_code() {
        let json = serde_json::to_string(&usd("12.5")).unwrap();
        assert_eq!(json, r#"{"amount":"12.50","currency":"USD"}"#);
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), usd("12.50"));
    }

    #[test]
    fn wire_form_refuses_json_numbers() {
        let error = serde_json::from_str::<Money>(r#"{"amount":12.5,"currency":"USD"}"#).unwrap_err();
        assert!(error.to_string().contains("JSON numbers are refused"), "{error}");
        assert!(serde_json::from_str::<Money>(r#"{"amount":12,"currency":"USD"}"#).is_err());
    }

    #[test]
    fn wire_form_applies_the_currency_rules() {
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1.5","currency":"JPY"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"-1","currency":"USD"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1","currency":"XXX"}"#).is_err());
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1","currency":"USD","x":1}"#).is_err());
    }
}
