//! Where Pocket serves shoppers and what each country gets (docs/PRODUCT.md
//! section 1), as data: `core/data/countries.toml`. The service refuses a
//! rail or e-wallet a shopper's country does not offer; the phone never
//! offers it.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::money::Currency;
use crate::topup::{EWalletProvider, TopUpRail};

/// `core/data/countries.toml`, as JSON (`build.rs`).
const DEFAULT_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.json"));

/// What one country gets.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Country {
    /// ISO 3166 alpha-2.
    pub code: String,
    /// The balance a new shopper sees first.
    pub currency: Currency,
    /// The interface language a new shopper starts in.
    pub language: String,
    /// The top-up rails offered.
    pub rails: Vec<TopUpRail>,
    /// The e-wallets offered on the e-wallet rail.
    #[serde(default)]
    pub e_wallets: Vec<EWalletProvider>,
}

#[derive(Deserialize)]
struct TableFile {
    country: Vec<Country>,
}

/// Why a top-up is not offered where the shopper lives.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotOffered {
    /// The country is not one Pocket serves.
    #[error("Pocket is not offered in {country} yet")]
    Country {
        /// The country.
        country: String,
    },
    /// The rail is not offered there.
    #[error("this way of adding money is not offered in {country}")]
    Rail {
        /// The country.
        country: String,
    },
    /// The e-wallet does not operate there.
    #[error("this e-wallet does not operate in {country}")]
    EWallet {
        /// The country.
        country: String,
    },
}

/// The countries Pocket serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Countries {
    by_code: BTreeMap<String, Country>,
    /// The codes in the table's order (the sign-up form's order).
    order: Vec<String>,
}

impl Countries {
    /// The table Pocket ships (`core/data/countries.toml`), parsed once.
    pub fn shipped() -> &'static Countries {
        static SHIPPED: std::sync::OnceLock<Countries> = std::sync::OnceLock::new();
        SHIPPED
            .get_or_init(|| Countries::from_json(DEFAULT_TABLE).expect("the shipped country table is valid (tested)"))
    }

    /// Loads a country table; every country needs at least one rail, and
    /// e-wallets only with the e-wallet rail.
    /// The table is TOML in `core/data/` and JSON once built (`build.rs`).
    pub fn from_json(text: &str) -> Result<Countries, String> {
        let file: TableFile = serde_json::from_str(text).map_err(|error| error.to_string())?;
        let mut by_code = BTreeMap::new();
        let order = file.country.iter().map(|country| country.code.clone()).collect();
        for country in file.country {
            if country.rails.is_empty() {
                return Err(format!("{} offers no rail", country.code));
            }
            let offers_e_wallets = !country.e_wallets.is_empty();
            if offers_e_wallets != country.rails.contains(&TopUpRail::EWallet) {
                return Err(format!("{} lists e-wallets and the e-wallet rail together or neither", country.code));
            }
            if by_code.insert(country.code.clone(), country).is_some() {
                return Err("a country is listed twice".into());
            }
        }
        Ok(Countries { by_code, order })
    }

    /// A country, if Pocket serves it.
    pub fn get(&self, code: &str) -> Option<&Country> {
        self.by_code.get(code)
    }

    /// Every country served, in the table's order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(String::as_str)
    }

    /// Whether a shopper in `country` may top up on `rail` (with `provider`
    /// for an e-wallet).
    pub fn check_top_up(
        &self,
        country: &str,
        rail: TopUpRail,
        provider: Option<EWalletProvider>,
    ) -> Result<(), NotOffered> {
        let served = self.get(country).ok_or_else(|| NotOffered::Country { country: country.into() })?;
        if !served.rails.contains(&rail) {
            return Err(NotOffered::Rail { country: country.into() });
        }
        match provider {
            Some(provider) if rail == TopUpRail::EWallet && !served.e_wallets.contains(&provider) => {
                Err(NotOffered::EWallet { country: country.into() })
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_loads_and_boleto_is_brazils_alone() {
        let countries = Countries::shipped();
        assert!(countries.check_top_up("BR", TopUpRail::Boleto, None).is_ok());
        for code in countries.codes().filter(|code| *code != "BR") {
            assert_eq!(
                countries.check_top_up(code, TopUpRail::Boleto, None),
                Err(NotOffered::Rail { country: code.into() }),
                "Boleto in {code}"
            );
        }
    }

    #[test]
    fn e_wallets_are_offered_only_where_they_operate() {
        let countries = Countries::shipped();
        assert!(countries.check_top_up("RU", TopUpRail::EWallet, Some(EWalletProvider::Qiwi)).is_ok());
        assert_eq!(
            countries.check_top_up("BY", TopUpRail::EWallet, Some(EWalletProvider::Qiwi)),
            Err(NotOffered::EWallet { country: "BY".into() })
        );
        assert!(countries.check_top_up("TR", TopUpRail::EWallet, Some(EWalletProvider::Qiwi)).is_err());
    }

    #[test]
    fn every_country_starts_in_a_language_the_app_speaks() {
        let countries = Countries::shipped();
        for code in countries.codes() {
            let language = &countries.get(code).unwrap().language;
            assert!(crate::text::SHOPPER_LANGUAGES.contains(&language.as_str()), "{code}: {language}");
        }
    }

    #[test]
    fn a_table_with_a_country_offering_nothing_is_refused() {
        let text = r#"{"country": [{"code": "XX", "currency": "USD", "language": "en", "rails": []}]}"#;
        assert!(Countries::from_json(text).is_err());
    }
}
