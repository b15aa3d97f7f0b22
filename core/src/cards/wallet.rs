//! The cards bound to an account: at most five, each kept as a token.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CardError, CardExpiry, MaskedCard};

/// The most cards one account may bind.
pub const MAX_BOUND_CARDS: usize = 5;

/// Refuses a sixth card.
pub fn check_can_bind(already_bound: usize) -> Result<(), CardError> {
    if already_bound >= MAX_BOUND_CARDS {
        return Err(CardError::TooManyCards { max_cards: MAX_BOUND_CARDS });
    }
    Ok(())
}

/// Whether to keep a card after paying with it. Binding is always the
/// shopper's explicit choice: the default is not to save (shoppers complain
/// about cards bound without their noticing).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SaveCardChoice {
    /// Use the card for this payment only. The default.
    #[default]
    DoNotSave,
    /// Bind the card to the account.
    Save,
}

/// The payment service's token for a card: it stands for the card in every
/// later payment. Kept in the OS keychain on the phone; never printed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardToken(String);

impl CardToken {
    /// Wraps a token issued by the payment service.
    pub fn new(token: String) -> CardToken {
        CardToken(token)
    }

    /// The token, for the request that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CardToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CardToken(redacted)")
    }
}

/// Whether a bound card can pay today.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardStatus {
    /// Can pay.
    Active,
    /// Shown as expired; cannot pay; can be removed.
    Expired,
}

/// A card bound to an account, as the app lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoundCard {
    /// The card's id in Pocket.
    pub id: String,
    /// Brand, first 4 and last 4 digits.
    pub masked: MaskedCard,
    /// Expiry as printed.
    pub expiry: CardExpiry,
}

impl BoundCard {
    /// Active or expired, today.
    pub fn status(&self, today: NaiveDate) -> CardStatus {
        if self.expiry.is_expired(today) {
            CardStatus::Expired
        } else {
            CardStatus::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cards::CardNumber;

    #[test]
    fn the_sixth_card_is_refused_with_the_limit() {
        for bound in 0..MAX_BOUND_CARDS {
            assert_eq!(check_can_bind(bound), Ok(()));
        }
        let error = check_can_bind(5).unwrap_err();
        assert_eq!(error, CardError::TooManyCards { max_cards: 5 });
        assert!(error.to_string().contains("remove a card"));
    }

    #[test]
    fn saving_a_card_is_never_the_default() {
        assert_eq!(SaveCardChoice::default(), SaveCardChoice::DoNotSave);
    }

    #[test]
    fn a_token_never_prints_itself() {
        assert_eq!(format!("{:?}", CardToken::new("tok_live_123".into())), "CardToken(redacted)");
    }

    #[test]
    fn an_expired_bound_card_shows_as_expired() {
        let card = BoundCard {
            id: "card_1".into(),
            masked: CardNumber::parse("4242424242424242").unwrap().masked(),
            expiry: CardExpiry { month: 10, year: 2026 },
        };
        assert_eq!(card.status(NaiveDate::from_ymd_opt(2026, 10, 31).unwrap()), CardStatus::Active);
        assert_eq!(card.status(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()), CardStatus::Expired);
    }
}
