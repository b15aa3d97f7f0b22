//! Which parcels Pocket pays for.

use serde::{Deserialize, Serialize};

use super::ParcelDraft;
use crate::money::{Currency, Money};

/// The default weight ceiling: 2 kg.
pub const DEFAULT_MAX_WEIGHT_GRAMS: u64 = 2_000;

/// The ceilings a parcel must be under. Configurable per deployment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelRules {
    /// Heaviest parcel Pocket pays for, in grams.
    pub max_weight_grams: u64,
    /// Most valuable parcel Pocket pays for, in USD.
    pub low_value_cap: Money,
}

impl Default for ParcelRules {
    /// 2,000 g and 150.00 USD.
    fn default() -> Self {
        ParcelRules {
            max_weight_grams: DEFAULT_MAX_WEIGHT_GRAMS,
            low_value_cap: Money::from_minor_units(15_000, Currency::Usd).expect("constant amount is valid"),
        }
    }
}

/// One reason a parcel does not qualify, with the figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ParcelRefusalReason {
    /// No items.
    Empty,
    /// Heavier than the ceiling.
    TooHeavy {
        /// The parcel's weight.
        weight_grams: u64,
        /// The ceiling.
        max_weight_grams: u64,
        /// By how much.
        over_by_grams: u64,
    },
    /// Worth more than the low-value cap.
    OverLowValueCap {
        /// The parcel's value.
        value: Money,
        /// The cap.
        cap: Money,
        /// By how much.
        over_by: Money,
    },
}

impl std::fmt::Display for ParcelRefusalReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParcelRefusalReason::Empty => write!(f, "the parcel has no items"),
            ParcelRefusalReason::TooHeavy { weight_grams, max_weight_grams, over_by_grams } => write!(
                f,
                "it weighs {weight_grams} g and Pocket pays for parcels of at most {max_weight_grams} g: \
                 remove {over_by_grams} g of items or split the order"
            ),
            ParcelRefusalReason::OverLowValueCap { value, cap, over_by } => write!(
                f,
                "it is worth {value} and Pocket pays for parcels worth at most {cap}: \
                 remove {over_by} of items or split the order"
            ),
        }
    }
}

/// A parcel Pocket will not pay for, with every reason at once so the
/// shopper can fix them all in one go.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("Pocket cannot pay for the parcel from {seller_id}: {}", .reasons.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ParcelRefusal {
    /// The seller whose parcel it is.
    pub seller_id: String,
    /// Every rule it breaks, weight first.
    pub reasons: Vec<ParcelRefusalReason>,
}

/// A parcel that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualifiedParcel(pub ParcelDraft);

impl ParcelRules {
    /// Checks a parcel against the weight and value ceilings.
    pub fn check(&self, parcel: &ParcelDraft) -> Result<QualifiedParcel, ParcelRefusal> {
        let reasons = self.reasons(parcel);
        if reasons.is_empty() {
            return Ok(QualifiedParcel(parcel.clone()));
        }
        Err(ParcelRefusal { seller_id: parcel.seller_id.clone(), reasons })
    }

    fn reasons(&self, parcel: &ParcelDraft) -> Vec<ParcelRefusalReason> {
        if parcel.items.is_empty() {
            return vec![ParcelRefusalReason::Empty];
        }
        let mut reasons = Vec::new();
        if parcel.total_weight_grams > self.max_weight_grams {
            reasons.push(ParcelRefusalReason::TooHeavy {
                weight_grams: parcel.total_weight_grams,
                max_weight_grams: self.max_weight_grams,
                over_by_grams: parcel.total_weight_grams - self.max_weight_grams,
            });
        }
        if let Ok(over_by) = parcel.total_value.checked_sub(self.low_value_cap) {
            if !over_by.is_zero() {
                reasons.push(ParcelRefusalReason::OverLowValueCap {
                    value: parcel.total_value,
                    cap: self.low_value_cap,
                    over_by,
                });
            }
        }
        reasons
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parcel::cart::tests::item;

    fn parcel(items: Vec<crate::parcel::CartItem>) -> ParcelDraft {
        ParcelDraft::new("seller".into(), items).unwrap()
    }

    #[test]
    fn a_parcel_of_exactly_2000_g_qualifies() {
        assert!(ParcelRules::default().check(&parcel(vec![item("seller", 500, 4, "1.00")])).is_ok());
    }

    #[test]
    fn a_parcel_of_2001_g_is_refused_with_the_figures() {
        let refusal = ParcelRules::default().check(&parcel(vec![item("seller", 667, 3, "1.00")])).unwrap_err();
        assert_eq!(
            refusal.reasons,
            vec![ParcelRefusalReason::TooHeavy { weight_grams: 2001, max_weight_grams: 2000, over_by_grams: 1 }]
        );
        assert!(refusal.to_string().contains("weighs 2001 g"), "{refusal}");
    }

    #[test]
    fn weight_counts_every_item_times_its_quantity() {
        let refusal = ParcelRules::default()
            .check(&parcel(vec![item("seller", 1000, 1, "1.00"), item("seller", 501, 2, "1.00")]))
            .unwrap_err();
        assert!(matches!(refusal.reasons[0], ParcelRefusalReason::TooHeavy { weight_grams: 2002, .. }));
    }

    #[test]
    fn a_parcel_worth_exactly_150_usd_qualifies_and_one_cent_more_does_not() {
        let rules = ParcelRules::default();
        assert!(rules.check(&parcel(vec![item("seller", 100, 2, "75.00")])).is_ok());
        let refusal = rules.check(&parcel(vec![item("seller", 100, 1, "150.01")])).unwrap_err();
        let usd = |text| Money::parse(text, Currency::Usd).unwrap();
        assert_eq!(
            refusal.reasons,
            vec![ParcelRefusalReason::OverLowValueCap {
                value: usd("150.01"),
                cap: usd("150.00"),
                over_by: usd("0.01")
            }]
        );
    }

    #[test]
    fn a_parcel_breaking_both_rules_gives_both_reasons_weight_first() {
        let refusal = ParcelRules::default().check(&parcel(vec![item("seller", 3000, 1, "200.00")])).unwrap_err();
        assert!(matches!(
            refusal.reasons[..],
            [ParcelRefusalReason::TooHeavy { .. }, ParcelRefusalReason::OverLowValueCap { .. }]
        ));
    }

    #[test]
    fn an_empty_parcel_is_refused() {
        let refusal = ParcelRules::default().check(&parcel(vec![])).unwrap_err();
        assert_eq!(refusal.reasons, vec![ParcelRefusalReason::Empty]);
    }

    #[test]
    fn the_cap_is_configurable() {
        let rules = ParcelRules { max_weight_grams: 1000, low_value_cap: Money::parse("50", Currency::Usd).unwrap() };
        assert!(rules.check(&parcel(vec![item("seller", 1001, 1, "1.00")])).is_err());
        assert!(rules.check(&parcel(vec![item("seller", 10, 1, "50.01")])).is_err());
    }
}
