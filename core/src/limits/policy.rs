//! The limit table: data, loaded from TOML.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money};
use crate::topup::TopUpRail;

/// How far the shopper has verified who they are.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationLevel {
    /// Email not confirmed yet.
    Unverified,
    /// Email confirmed.
    EmailConfirmed,
    /// Identity documents checked.
    IdentityVerified,
}

/// What a limit applies to: paying from the balance, paying by card, or
/// adding funds on a top-up rail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LimitMethod {
    /// Paying an order from the Pocket balance.
    Balance,
    /// Paying an order with a bound card.
    Card,
    /// Adding funds on a rail.
    TopUp(TopUpRail),
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for LimitMethod {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LimitMethod".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<String> = LimitMethod::all().into_iter().map(String::from).collect();
        schemars::json_schema!({
            "description": "How money moves: paying from the balance, by card, or a top-up rail (`top_up:<rail>`).",
            "type": "string",
            "enum": names,
        })
    }
}

impl LimitMethod {
    /// Every method, in a stable order: for a "your limits" screen.
    pub fn all() -> Vec<LimitMethod> {
        let mut methods = vec![LimitMethod::Balance, LimitMethod::Card];
        methods.extend(TopUpRail::ALL.map(LimitMethod::TopUp));
        methods
    }

    /// How the shopper calls it: "balance payments", "bank transfer top-ups".
    pub fn display_name(self) -> String {
        match self {
            LimitMethod::Balance => "balance payments".to_string(),
            LimitMethod::Card => "card payments".to_string(),
            LimitMethod::TopUp(rail) => format!("{} top-ups", rail.display_name()),
        }
    }
}

impl std::fmt::Display for LimitMethod {
    /// The data form: `balance`, `card`, `top_up:bank_transfer`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitMethod::Balance => f.write_str("balance"),
            LimitMethod::Card => f.write_str("card"),
            LimitMethod::TopUp(rail) => {
                let rail = serde_json::to_value(rail).expect("a rail serializes");
                write!(f, "top_up:{}", rail.as_str().expect("a rail is a string"))
            }
        }
    }
}

impl std::str::FromStr for LimitMethod {
    type Err = LimitPolicyError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let unknown = || LimitPolicyError::UnknownMethod { method: text.to_string() };
        match text {
            "balance" => Ok(LimitMethod::Balance),
            "card" => Ok(LimitMethod::Card),
            _ => {
                let rail = text.strip_prefix("top_up:").ok_or_else(unknown)?;
                let rail =
                    serde_json::from_value(serde_json::Value::String(rail.to_string())).map_err(|_| unknown())?;
                Ok(LimitMethod::TopUp(rail))
            }
        }
    }
}

impl TryFrom<String> for LimitMethod {
    type Error = LimitPolicyError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<LimitMethod> for String {
    fn from(method: LimitMethod) -> Self {
        method.to_string()
    }
}

/// The three ceilings for one level, method and age band, in USD.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceilings {
    /// The most one payment (or top-up) may be.
    pub per_payment: Money,
    /// The most in a rolling 24 hours.
    pub per_day: Money,
    /// The most in a rolling 30 days.
    pub per_month: Money,
}

/// Why a limit table was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LimitPolicyError {
    /// Not valid TOML, or not the expected shape.
    #[error("the limit table is not valid: {reason}")]
    Parse {
        /// The parser's words.
        reason: String,
    },
    /// A method name that is not `balance`, `card` or `top_up:<rail>`.
    #[error("\"{method}\" is not a limit method; use balance, card or top_up:<rail>")]
    UnknownMethod {
        /// The name given.
        method: String,
    },
    /// A level and method with no row from age 0.
    #[error("the limit table has no row for {level:?} {method} from account age 0")]
    MissingBaseRow {
        /// The level.
        level: VerificationLevel,
        /// The method.
        method: LimitMethod,
    },
    /// Per payment above per day, or per day above per month.
    #[error("the limits for {level:?} {method} from day {min_account_age_days} must grow from per payment to per day to per month")]
    CeilingsOutOfOrder {
        /// The level.
        level: VerificationLevel,
        /// The method.
        method: LimitMethod,
        /// The row's age band.
        min_account_age_days: u32,
    },
    /// A ceiling that is not an amount of USD.
    #[error("the limit \"{amount}\" is not an amount of USD: {reason}")]
    BadAmount {
        /// The text.
        amount: String,
        /// What is wrong with it.
        reason: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableFile {
    limit: Vec<RowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RowFile {
    level: VerificationLevel,
    methods: Vec<String>,
    min_account_age_days: u32,
    per_payment: String,
    per_day: String,
    per_month: String,
}

/// The spending-limit table: for each level and method, ceilings by the
/// account's age. Built from data ([`LimitPolicy::from_json`]); the shipped
/// default is `core/data/limits.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitPolicy {
    /// (level, method) -> age bands, ascending by minimum age.
    bands: BTreeMap<(VerificationLevel, LimitMethod), Vec<(u32, Ceilings)>>,
}

/// `core/data/limits.toml`, as JSON (`build.rs`).
const DEFAULT_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/limits.json"));

impl LimitPolicy {
    /// The limits Pocket ships with (`core/data/limits.toml`).
    pub fn default_policy() -> LimitPolicy {
        LimitPolicy::from_json(DEFAULT_TABLE).expect("the shipped limit table is valid (tested)")
    }

    /// Loads and checks a limit table: every level and method needs a row at
    /// age 0, and per payment <= per day <= per month.
    /// The table is TOML in `core/data/` and JSON once built (`build.rs`).
    pub fn from_json(text: &str) -> Result<LimitPolicy, LimitPolicyError> {
        let file: TableFile =
            serde_json::from_str(text).map_err(|error| LimitPolicyError::Parse { reason: error.to_string() })?;
        let mut bands: BTreeMap<_, Vec<(u32, Ceilings)>> = BTreeMap::new();
        for row in file.limit {
            let ceilings = Ceilings {
                per_payment: parse_usd(&row.per_payment)?,
                per_day: parse_usd(&row.per_day)?,
                per_month: parse_usd(&row.per_month)?,
            };
            for method in &row.methods {
                let method: LimitMethod = method.parse()?;
                if !(ceilings.per_payment <= ceilings.per_day && ceilings.per_day <= ceilings.per_month) {
                    return Err(LimitPolicyError::CeilingsOutOfOrder {
                        level: row.level,
                        method,
                        min_account_age_days: row.min_account_age_days,
                    });
                }
                bands.entry((row.level, method)).or_default().push((row.min_account_age_days, ceilings));
            }
        }
        for band in bands.values_mut() {
            band.sort_by_key(|(min_age, _)| *min_age);
        }
        let policy = LimitPolicy { bands };
        policy.require_base_rows()?;
        Ok(policy)
    }

    fn require_base_rows(&self) -> Result<(), LimitPolicyError> {
        for level in
            [VerificationLevel::Unverified, VerificationLevel::EmailConfirmed, VerificationLevel::IdentityVerified]
        {
            for method in LimitMethod::all() {
                let has_base = self.bands.get(&(level, method)).is_some_and(|band| band[0].0 == 0);
                if !has_base {
                    return Err(LimitPolicyError::MissingBaseRow { level, method });
                }
            }
        }
        Ok(())
    }

    /// The ceilings that apply to an account of `level` aged `age_days`.
    pub fn ceilings(&self, level: VerificationLevel, method: LimitMethod, age_days: u32) -> Ceilings {
        self.bands_for(level, method)
            .iter()
            .rev()
            .find(|(min_age, _)| *min_age <= age_days)
            .map(|(_, ceilings)| *ceilings)
            .expect("every level and method has a row from age 0 (checked on load)")
    }

    /// The age bands for a level and method, ascending: (min age in days, ceilings).
    pub fn bands_for(&self, level: VerificationLevel, method: LimitMethod) -> &[(u32, Ceilings)] {
        self.bands.get(&(level, method)).map(Vec::as_slice).expect("every level and method has rows (checked on load)")
    }
}

fn parse_usd(text: &str) -> Result<Money, LimitPolicyError> {
    Money::parse(text, Currency::Usd)
        .map_err(|error| LimitPolicyError::BadAmount { amount: text.to_string(), reason: error.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED_TOML: &str = include_str!("../../data/limits.toml");

    /// A table written as people write it, read as the crate reads it.
    fn from_toml(text: &str) -> Result<LimitPolicy, LimitPolicyError> {
        let table: toml::Value =
            toml::from_str(text).map_err(|error| LimitPolicyError::Parse { reason: error.to_string() })?;
        LimitPolicy::from_json(&serde_json::to_string(&table).unwrap())
    }

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    #[test]
    fn the_shipped_table_loads() {
        let policy = LimitPolicy::default_policy();
        let young = policy.ceilings(VerificationLevel::EmailConfirmed, LimitMethod::Balance, 0);
        assert_eq!((young.per_payment, young.per_day, young.per_month), (usd("200"), usd("300"), usd("1000")));
    }

    #[test]
    fn young_accounts_spend_less_than_old_ones() {
        let policy = LimitPolicy::default_policy();
        for method in LimitMethod::all() {
            let young = policy.ceilings(VerificationLevel::EmailConfirmed, method, 0);
            let old = policy.ceilings(VerificationLevel::EmailConfirmed, method, 365);
            assert!(young.per_month < old.per_month, "{method}");
        }
    }

    #[test]
    fn identity_verification_raises_every_limit_and_large_purchases_need_it() {
        let policy = LimitPolicy::default_policy();
        let five_hundred = usd("500");
        for age_days in [0, 30, 180, 1000] {
            for method in LimitMethod::all() {
                let email = policy.ceilings(VerificationLevel::EmailConfirmed, method, age_days);
                let identity = policy.ceilings(VerificationLevel::IdentityVerified, method, age_days);
                assert!(identity.per_month >= email.per_month, "{method} at {age_days} days");
            }
            for method in [LimitMethod::Balance, LimitMethod::Card] {
                assert!(
                    policy.ceilings(VerificationLevel::EmailConfirmed, method, age_days).per_payment <= five_hundred
                );
            }
        }
    }

    #[test]
    fn an_unverified_account_can_move_no_money() {
        let policy = LimitPolicy::default_policy();
        for method in LimitMethod::all() {
            assert!(policy.ceilings(VerificationLevel::Unverified, method, 400).per_month.is_zero());
        }
    }

    #[test]
    fn the_age_band_is_the_oldest_one_reached() {
        let policy = LimitPolicy::default_policy();
        let day_29 = policy.ceilings(VerificationLevel::EmailConfirmed, LimitMethod::Balance, 29);
        let day_30 = policy.ceilings(VerificationLevel::EmailConfirmed, LimitMethod::Balance, 30);
        assert_eq!(day_29.per_day, usd("300"));
        assert_eq!(day_30.per_day, usd("1000"));
    }

    #[test]
    fn methods_round_trip_through_their_data_names() {
        for method in LimitMethod::all() {
            assert_eq!(method.to_string().parse::<LimitMethod>(), Ok(method));
            let json = serde_json::to_string(&method).unwrap();
            assert_eq!(serde_json::from_str::<LimitMethod>(&json).unwrap(), method);
        }
        assert_eq!(LimitMethod::TopUp(TopUpRail::BankTransfer).to_string(), "top_up:bank_transfer");
        assert!("top_up:carrier_pigeon".parse::<LimitMethod>().is_err());
    }

    #[test]
    fn a_table_missing_a_base_row_is_refused() {
        let text = SHIPPED_TOML.replacen(
            "min_account_age_days = 0\nper_payment = \"100.00\"",
            "min_account_age_days = 1\nper_payment = \"100.00\"",
            1,
        );
        assert_ne!(text, SHIPPED_TOML, "the test edits the card row");
        assert!(matches!(from_toml(&text), Err(LimitPolicyError::MissingBaseRow { method: LimitMethod::Card, .. })));
    }

    #[test]
    fn a_table_with_ceilings_out_of_order_is_refused() {
        let text = SHIPPED_TOML.replacen("per_payment = \"200.00\"", "per_payment = \"20000.00\"", 1);
        assert!(matches!(from_toml(&text), Err(LimitPolicyError::CeilingsOutOfOrder { .. })));
    }

    #[test]
    fn a_table_with_a_sub_cent_limit_is_refused() {
        let text = SHIPPED_TOML.replacen("per_payment = \"200.00\"", "per_payment = \"200.001\"", 1);
        assert!(matches!(from_toml(&text), Err(LimitPolicyError::BadAmount { .. })));
    }

    #[test]
    fn a_table_with_a_typo_is_refused() {
        assert!(matches!(from_toml("[[limit]]\nlevle = 1"), Err(LimitPolicyError::Parse { .. })));
    }
}
