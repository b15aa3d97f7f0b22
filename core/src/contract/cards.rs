//! Cards, as the service shows them: never the number.

use super::wire;

pub use crate::cards::{CardBrand, CardStatus};

wire! {
    /// A card: brand, first 4 and last 4 digits, expiry.
    pub struct Card {
        /// Its id.
        pub id: String,
        /// `visa`, `mastercard`, ...
        pub brand: CardBrand,
        /// First four digits.
        pub first4: String,
        /// Last four digits.
        pub last4: String,
        /// `4242 **** **** 4242`.
        pub masked: String,
        /// `MM/YY`.
        pub expiry: String,
        /// Active or expired.
        pub status: CardStatus,
        /// Bound to the account (else it pays once).
        pub saved: bool,
        /// The payment service's token: only in the answer to adding it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub token: Option<String>,
    }
}

wire! {
    /// `GET /v1/cards`: the bound cards.
    pub struct Cards {
        /// Oldest first.
        pub cards: Vec<Card>,
        /// How many may be bound.
        pub max_cards: u64,
    }
}
