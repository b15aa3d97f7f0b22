//! The 14 currencies the payment service accepts, with their ISO 4217 minor
//! units.

use serde::{Deserialize, Serialize};

/// A currency the payment service accepts.
///
/// USD is the settlement currency: sellers are paid in it and limits are
/// expressed in it. The others may be held as Pocket balances and are
/// converted to USD at the quoted rate when the shopper pays.
///
/// On the wire and at rest a currency is its ISO 4217 code (`"USD"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "CurrencyCode", into = "&'static str")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Currency {
    /// US dollar, 2 decimals. The settlement currency.
    Usd,
    /// Euro, 2 decimals.
    Eur,
    /// Pound sterling, 2 decimals.
    Gbp,
    /// Japanese yen, no decimals.
    Jpy,
    /// Chinese yuan renminbi, 2 decimals.
    Cny,
    /// Russian rouble, 2 decimals.
    Rub,
    /// Brazilian real, 2 decimals (Boleto top-ups).
    Brl,
    /// South Korean won, no decimals.
    Krw,
    /// Indian rupee, 2 decimals.
    Inr,
    /// Canadian dollar, 2 decimals.
    Cad,
    /// Australian dollar, 2 decimals.
    Aud,
    /// Swiss franc, 2 decimals.
    Chf,
    /// Turkish lira, 2 decimals.
    Try,
    /// Kuwaiti dinar, 3 decimals.
    Kwd,
}

impl Currency {
    /// Every supported currency, settlement currency first.
    pub const ALL: [Currency; 14] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Jpy,
        Currency::Cny,
        Currency::Rub,
        Currency::Brl,
        Currency::Krw,
        Currency::Inr,
        Currency::Cad,
        Currency::Aud,
        Currency::Chf,
        Currency::Try,
        Currency::Kwd,
    ];

    /// The currency sellers are paid in and limits are counted in.
    pub const SETTLEMENT: Currency = Currency::Usd;

    /// The ISO 4217 alphabetic code, e.g. `"USD"`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Jpy => "JPY",
            Currency::Cny => "CNY",
            Currency::Rub => "RUB",
            Currency::Brl => "BRL",
            Currency::Krw => "KRW",
            Currency::Inr => "INR",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Chf => "CHF",
            Currency::Try => "TRY",
            Currency::Kwd => "KWD",
        }
    }

    /// How many decimals the currency has (ISO 4217 minor units):
    /// 2 for USD (cents), 0 for JPY, 3 for KWD.
    pub const fn minor_units(self) -> u32 {
        match self {
            Currency::Jpy | Currency::Krw => 0,
            Currency::Kwd => 3,
            _ => 2,
        }
    }

    /// Looks a currency up by its ISO 4217 code (case-insensitive).
    pub fn from_code(code: &str) -> Result<Currency, UnknownCurrencyCode> {
        Currency::ALL
            .into_iter()
            .find(|currency| currency.code().eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| UnknownCurrencyCode { code: code.to_string() })
    }
}

/// A code that names none of the currencies Pocket holds. A
/// [`MoneyError::UnknownCurrency`](super::MoneyError::UnknownCurrency) where
/// money is computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{code}\" is not a currency Pocket supports; use one of USD, EUR, GBP, JPY, CNY, RUB, BRL, KRW, INR, CAD, AUD, CHF, TRY, KWD")]
pub struct UnknownCurrencyCode {
    /// The code that was given.
    pub code: String,
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Currency {
    type Err = UnknownCurrencyCode;
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Currency::from_code(code)
    }
}

impl TryFrom<String> for Currency {
    type Error = UnknownCurrencyCode;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Currency::from_code(&code)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Currency::ALL.iter().map(|currency| currency.code()).collect();
        schemars::json_schema!({
            "description": "An ISO 4217 code, upper case, of a currency Pocket holds.",
            "type": "string",
            "enum": codes,
        })
    }
}

/// A currency as a request carries it: exactly the uppercase ISO code, so
/// `"usd"` or `" USD"` is refused rather than guessed at (a shopper's own
/// typing goes through the forgiving [`Currency::from_code`]).
#[derive(Deserialize)]
#[serde(transparent)]
struct CurrencyCode(String);

impl TryFrom<CurrencyCode> for Currency {
    type Error = UnknownCurrencyCode;
    fn try_from(CurrencyCode(code): CurrencyCode) -> Result<Self, Self::Error> {
        Currency::ALL.into_iter().find(|currency| currency.code() == code).ok_or(UnknownCurrencyCode { code })
    }
}

impl From<Currency> for &'static str {
    fn from(currency: Currency) -> Self {
        currency.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_fourteen_distinct_currencies() {
        let mut codes: Vec<_> = Currency::ALL.iter().map(|c| c.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 14);
    }

    #[test]
    fn every_code_round_trips() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.code()), Ok(currency));
        }
    }

    #[test]
    fn yen_and_won_have_no_decimals_and_dinar_has_three() {
        assert_eq!(Currency::Jpy.minor_units(), 0);
        assert_eq!(Currency::Krw.minor_units(), 0);
        assert_eq!(Currency::Kwd.minor_units(), 3);
        assert_eq!(Currency::Usd.minor_units(), 2);
    }

    #[test]
    fn unknown_code_is_a_typed_error_naming_it() {
        let error = Currency::from_code("XYZ").unwrap_err();
        assert_eq!(error, UnknownCurrencyCode { code: "XYZ".into() });
        assert!(error.to_string().contains("XYZ"));
    }

    #[test]
    fn serde_uses_the_iso_code() {
        assert_eq!(serde_json::to_string(&Currency::Jpy).unwrap(), "\"JPY\"");
        assert_eq!(serde_json::from_str::<Currency>("\"EUR\"").unwrap(), Currency::Eur);
        assert!(serde_json::from_str::<Currency>("\"eur\"").is_err(), "the wire takes the exact code");
        assert!(serde_json::from_str::<Currency>("\" EUR\"").is_err());
        assert!(serde_json::from_str::<Currency>("\"DOGE\"").is_err());
    }
}
