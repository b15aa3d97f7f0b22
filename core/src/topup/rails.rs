//! The ways to add funds (docs/PRODUCT.md section 5), with their limits per
//! top-up and how fast money arrives.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::business_days::add_business_days;
use crate::money::{Currency, Money, MoneyError};
use crate::window::{RollingWindow, Spend};

/// A way to add funds to the Pocket balance.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TopUpRail {
    /// A bank card: instant, up to the account's card limit.
    BankCard,
    /// A bank transfer: up to 7 business days.
    BankTransfer,
    /// Western Union: up to 3 business days.
    WesternUnion,
    /// An e-wallet (WebMoney, Yandex.Money, Qiwi): instant.
    EWallet,
    /// A Boleto (Brazil): in transit until the shopper pays it at a bank.
    Boleto,
}

/// The e-wallets Pocket takes top-ups from. They share one rail's limits.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EWalletProvider {
    /// WebMoney.
    WebMoney,
    /// Yandex.Money.
    YandexMoney,
    /// Qiwi.
    Qiwi,
}

/// When a top-up's money arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Settlement {
    /// At once.
    Instant,
    /// By the end of the n-th business day after the top-up.
    BusinessDays {
        /// How many business days.
        days: u32,
    },
    /// When the payer pays the slip at a bank; until then it is in transit.
    WhenPaid,
}

/// When a particular top-up is expected to arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Arrival {
    /// Already spendable.
    Instant,
    /// Pending until this moment at the latest; later than that, the
    /// shopper can raise it with support.
    By {
        /// Expected arrival.
        at: DateTime<Utc>,
    },
    /// In transit until the Boleto is paid.
    WhenPaid,
}

/// A rail's limits per top-up, in USD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RailRules {
    /// The rail.
    pub rail: TopUpRail,
    /// The least one top-up may be.
    pub min_per_top_up: Money,
    /// The most one top-up may be; `None` for a bank card, whose ceiling is
    /// the account's spending limit for card top-ups.
    pub max_per_top_up: Option<Money>,
    /// The most all top-ups on this rail may add in a rolling 30 days
    /// (Boleto's 3,000 USD).
    pub max_per_month: Option<Money>,
    /// How fast the money arrives.
    pub settlement: Settlement,
}

/// Why a top-up was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TopUpError {
    /// Under the rail's minimum.
    #[error("a {rail} top-up must be at least {minimum}; you entered {amount}")]
    BelowMinimum {
        /// The rail.
        rail: RailName,
        /// Its minimum.
        minimum: Money,
        /// What was entered.
        amount: Money,
    },
    /// Over the rail's maximum for one top-up.
    #[error(
        "a {rail} top-up can be at most {maximum}; you entered {amount}. Split it, or choose another way to add funds"
    )]
    AboveMaximum {
        /// The rail.
        rail: RailName,
        /// Its maximum.
        maximum: Money,
        /// What was entered.
        amount: Money,
    },
    /// The rail's monthly cap is reached.
    #[error("{rail} top-ups are capped at {cap} per 30 days; {left} is left now{}", resets_hint(.fits_at))]
    MonthlyCapReached {
        /// The rail.
        rail: RailName,
        /// The cap.
        cap: Money,
        /// What may still be added now.
        left: Money,
        /// When this top-up would fit, if it ever does.
        fits_at: Option<DateTime<Utc>>,
    },
    /// Zero, negative or malformed, or not in USD.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

fn resets_hint(fits_at: &Option<DateTime<Utc>>) -> String {
    match fits_at {
        Some(at) => format!(", and this amount fits from {}", at.format("%Y-%m-%d %H:%M UTC")),
        None => String::new(),
    }
}

/// A rail's name as shown to the shopper ("bank transfer").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RailName(pub TopUpRail);

impl std::fmt::Display for RailName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.display_name())
    }
}

fn usd(dollars: i64) -> Money {
    Money::from_minor_units(dollars * 100, Currency::Usd).expect("constant amounts are valid")
}

impl TopUpRail {
    /// Every rail.
    pub const ALL: [TopUpRail; 5] =
        [TopUpRail::BankCard, TopUpRail::BankTransfer, TopUpRail::WesternUnion, TopUpRail::EWallet, TopUpRail::Boleto];

    /// How the shopper calls it.
    pub fn display_name(self) -> &'static str {
        match self {
            TopUpRail::BankCard => "bank card",
            TopUpRail::BankTransfer => "bank transfer",
            TopUpRail::WesternUnion => "Western Union",
            TopUpRail::EWallet => "e-wallet",
            TopUpRail::Boleto => "Boleto",
        }
    }

    /// The rail's limits and settlement, as docs/PRODUCT.md lists them.
    pub fn rules(self) -> RailRules {
        let (min_dollars, max_dollars, monthly_dollars, settlement) = match self {
            TopUpRail::BankCard => (1, None, None, Settlement::Instant),
            TopUpRail::BankTransfer => (21, Some(100_000_000), None, Settlement::BusinessDays { days: 7 }),
            TopUpRail::WesternUnion => (21, Some(5_000), None, Settlement::BusinessDays { days: 3 }),
            TopUpRail::EWallet => (1, Some(5_000), None, Settlement::Instant),
            TopUpRail::Boleto => (1, None, Some(3_000), Settlement::WhenPaid),
        };
        RailRules {
            rail: self,
            min_per_top_up: usd(min_dollars),
            max_per_top_up: max_dollars.map(usd),
            max_per_month: monthly_dollars.map(usd),
            settlement,
        }
    }

    /// When a top-up created at `created_at` is expected to arrive.
    pub fn expected_arrival(self, created_at: DateTime<Utc>) -> Arrival {
        match self.rules().settlement {
            Settlement::Instant => Arrival::Instant,
            Settlement::BusinessDays { days } => Arrival::By { at: add_business_days(created_at, days) },
            Settlement::WhenPaid => Arrival::WhenPaid,
        }
    }
}

/// Checks a top-up of `amount_usd` (its USD equivalent, for a top-up in
/// another currency) against the rail's own limits. `rail_history` holds the
/// rail's earlier top-ups, for a monthly cap. The account's spending limits
/// are checked separately (`limits`).
pub fn check_top_up(
    rail: TopUpRail,
    amount_usd: Money,
    rail_history: &[Spend],
    now: DateTime<Utc>,
) -> Result<(), TopUpError> {
    let rules = rail.rules();
    amount_usd.require_same_currency(rules.min_per_top_up)?;
    let amount = amount_usd.require_positive()?;
    let name = RailName(rail);
    if amount < rules.min_per_top_up {
        return Err(TopUpError::BelowMinimum { rail: name, minimum: rules.min_per_top_up, amount });
    }
    if let Some(maximum) = rules.max_per_top_up.filter(|maximum| amount > *maximum) {
        return Err(TopUpError::AboveMaximum { rail: name, maximum, amount });
    }
    if let Some(cap) = rules.max_per_month {
        let left = RollingWindow::MONTH.left(cap, rail_history, now)?;
        if amount > left {
            let fits_at = RollingWindow::MONTH.fits_at(cap, amount, rail_history, now)?;
            return Err(TopUpError::MonthlyCapReached { rail: name, cap, left, fits_at });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
    }

    fn check(rail: TopUpRail, amount: &str) -> Result<(), TopUpError> {
        check_top_up(rail, usd(amount), &[], now())
    }

    #[test]
    fn a_bank_transfer_of_21_usd_is_accepted_and_20_99_is_not() {
        assert_eq!(check(TopUpRail::BankTransfer, "21.00"), Ok(()));
        let error = check(TopUpRail::BankTransfer, "20.99").unwrap_err();
        assert_eq!(error.to_string(), "a bank transfer top-up must be at least 21.00 USD; you entered 20.99 USD");
    }

    #[test]
    fn western_union_takes_5000_usd_and_not_a_cent_more() {
        assert_eq!(check(TopUpRail::WesternUnion, "5000.00"), Ok(()));
        assert!(matches!(check(TopUpRail::WesternUnion, "5000.01"), Err(TopUpError::AboveMaximum { .. })));
        assert!(matches!(check(TopUpRail::WesternUnion, "20.99"), Err(TopUpError::BelowMinimum { .. })));
    }

    #[test]
    fn e_wallets_take_1_to_5000_usd() {
        assert_eq!(check(TopUpRail::EWallet, "1.00"), Ok(()));
        assert!(matches!(check(TopUpRail::EWallet, "0.99"), Err(TopUpError::BelowMinimum { .. })));
        assert!(matches!(check(TopUpRail::EWallet, "5000.01"), Err(TopUpError::AboveMaximum { .. })));
    }

    #[test]
    fn a_bank_transfer_takes_up_to_100_million_usd() {
        assert_eq!(check(TopUpRail::BankTransfer, "100000000.00"), Ok(()));
        assert!(matches!(check(TopUpRail::BankTransfer, "100000000.01"), Err(TopUpError::AboveMaximum { .. })));
    }

    #[test]
    fn a_bank_card_top_up_has_no_rail_maximum_of_its_own() {
        assert_eq!(TopUpRail::BankCard.rules().max_per_top_up, None);
        assert_eq!(check(TopUpRail::BankCard, "250000.00"), Ok(()));
        assert!(matches!(check(TopUpRail::BankCard, "0.99"), Err(TopUpError::BelowMinimum { .. })));
    }

    #[test]
    fn zero_and_other_currencies_are_refused() {
        assert!(matches!(check(TopUpRail::EWallet, "0"), Err(TopUpError::Money(MoneyError::NotPositive { .. }))));
        let euros = Money::parse("10", Currency::Eur).unwrap();
        assert!(matches!(
            check_top_up(TopUpRail::EWallet, euros, &[], now()),
            Err(TopUpError::Money(MoneyError::CurrencyMismatch { .. }))
        ));
    }

    #[test]
    fn boleto_stops_at_3000_usd_for_the_month_and_says_when_it_frees_up() {
        let history = [
            Spend { at: now() - Duration::days(20), amount: usd("2000.00") },
            Spend { at: now() - Duration::days(5), amount: usd("1000.00") },
        ];
        let error = check_top_up(TopUpRail::Boleto, usd("1.00"), &history, now()).unwrap_err();
        assert_eq!(
            error,
            TopUpError::MonthlyCapReached {
                rail: RailName(TopUpRail::Boleto),
                cap: usd("3000.00"),
                left: usd("0.00"),
                fits_at: Some(now() + Duration::days(10)),
            }
        );
        assert!(error.to_string().contains("fits from 2026-12-03 12:00 UTC"), "{error}");
    }

    #[test]
    fn boleto_up_to_exactly_3000_usd_in_30_days_is_accepted() {
        let history = [Spend { at: now() - Duration::days(20), amount: usd("2000.00") }];
        assert_eq!(check_top_up(TopUpRail::Boleto, usd("1000.00"), &history, now()), Ok(()));
        assert!(check_top_up(TopUpRail::Boleto, usd("1000.01"), &history, now()).is_err());
    }

    #[test]
    fn each_rail_has_its_arrival() {
        let friday = Utc.with_ymd_and_hms(2026, 11, 27, 16, 0, 0).unwrap();
        assert_eq!(TopUpRail::BankCard.expected_arrival(friday), Arrival::Instant);
        assert_eq!(TopUpRail::EWallet.expected_arrival(friday), Arrival::Instant);
        assert_eq!(TopUpRail::Boleto.expected_arrival(friday), Arrival::WhenPaid);
        assert_eq!(
            TopUpRail::WesternUnion.expected_arrival(friday),
            Arrival::By { at: Utc.with_ymd_and_hms(2026, 12, 2, 23, 59, 59).unwrap() }
        );
        assert_eq!(
            TopUpRail::BankTransfer.expected_arrival(friday),
            Arrival::By { at: Utc.with_ymd_and_hms(2026, 12, 8, 23, 59, 59).unwrap() }
        );
    }
}
