//! Cards, as the service shows them: never the number.

use super::{redacted, request, wire};
use crate::cards::SaveCardChoice;

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

request! {
    /// `POST /v1/cards`: the number as typed, sent once to be exchanged for
    /// a token. Its `Debug` never shows the number.
    pub struct AddCardRequest {
        /// The card number as typed (spaces and dashes allowed).
        #[cfg_attr(feature = "schema", schemars(length(min = 12, max = 23), pattern(r"^[0-9][0-9 -]*[0-9]$")))]
        pub number: String,
        /// `MM/YY`.
        #[cfg_attr(feature = "schema", schemars(pattern(r"^(0[1-9]|1[0-2])/[0-9]{2}$")))]
        pub expiry: String,
        /// Bind it to the account? Off unless the shopper ticked the box.
        #[serde(default)]
        pub save: SaveCardChoice,
    }
}

impl std::fmt::Debug for AddCardRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "AddCardRequest")
    }
}

request! {
    /// `POST /v1/cards/{card_id}/replace`: the new card. Its `Debug` never
    /// shows the number.
    pub struct ReplaceCardRequest {
        /// The new card's number as typed (spaces and dashes allowed).
        #[cfg_attr(feature = "schema", schemars(length(min = 12, max = 23), pattern(r"^[0-9][0-9 -]*[0-9]$")))]
        pub number: String,
        /// `MM/YY`.
        #[cfg_attr(feature = "schema", schemars(pattern(r"^(0[1-9]|1[0-2])/[0-9]{2}$")))]
        pub expiry: String,
    }
}

impl std::fmt::Debug for ReplaceCardRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        redacted(f, "ReplaceCardRequest")
    }
}
