//! Where a refund goes.

use serde::{Deserialize, Serialize};

/// How an order was paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FundingSource {
    /// From the Pocket balance.
    PocketBalance,
    /// With a bound card.
    Card {
        /// The card's id in Pocket.
        card_id: String,
    },
}

/// The buyer's choice of where a refund goes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RefundPreference {
    /// Back where the payment came from: the balance, or the card. The default.
    #[default]
    SameAsPayment,
    /// To the Pocket balance, even for a card payment.
    PocketBalance,
    /// For a balance payment: past the balance, back to the card or account
    /// the balance was topped up from. For a card payment, the card.
    OriginalFundingSource,
}

/// Where the ledger sends a refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RefundRoute {
    /// Credit the Pocket balance.
    PocketBalance,
    /// Back to the card that paid.
    Card {
        /// The card's id in Pocket.
        card_id: String,
    },
    /// Back to what topped up the balance (a bank account, a card, an e-wallet).
    TopUpSource,
}

/// Applies the buyer's preference to how the order was paid.
pub fn resolve_refund_route(funding: &FundingSource, preference: RefundPreference) -> RefundRoute {
    match (funding, preference) {
        (_, RefundPreference::PocketBalance) => RefundRoute::PocketBalance,
        (FundingSource::PocketBalance, RefundPreference::SameAsPayment) => RefundRoute::PocketBalance,
        (FundingSource::PocketBalance, RefundPreference::OriginalFundingSource) => RefundRoute::TopUpSource,
        (FundingSource::Card { card_id }, _) => RefundRoute::Card { card_id: card_id.clone() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card() -> FundingSource {
        FundingSource::Card { card_id: "card_1".into() }
    }

    #[test]
    fn by_default_a_refund_goes_back_where_the_payment_came_from() {
        assert_eq!(RefundPreference::default(), RefundPreference::SameAsPayment);
        assert_eq!(
            resolve_refund_route(&FundingSource::PocketBalance, RefundPreference::default()),
            RefundRoute::PocketBalance
        );
        assert_eq!(
            resolve_refund_route(&card(), RefundPreference::default()),
            RefundRoute::Card { card_id: "card_1".into() }
        );
    }

    #[test]
    fn a_card_refund_can_go_to_the_balance_instead() {
        assert_eq!(resolve_refund_route(&card(), RefundPreference::PocketBalance), RefundRoute::PocketBalance);
    }

    #[test]
    fn a_balance_refund_can_go_back_to_the_top_up_source() {
        assert_eq!(
            resolve_refund_route(&FundingSource::PocketBalance, RefundPreference::OriginalFundingSource),
            RefundRoute::TopUpSource
        );
    }

    #[test]
    fn a_card_refund_sent_to_the_funding_source_goes_to_the_card() {
        assert_eq!(
            resolve_refund_route(&card(), RefundPreference::OriginalFundingSource),
            RefundRoute::Card { card_id: "card_1".into() }
        );
        assert_eq!(
            resolve_refund_route(&FundingSource::PocketBalance, RefundPreference::PocketBalance),
            RefundRoute::PocketBalance
        );
    }
}
