//! Cards, as the service shows them: never the number.

use super::{request, wire};
use crate::cards::SaveCardChoice;

pub use crate::cards::{CardBrand, CardStatus};

wire! {
    /// A card: brand, first 4 and last 4 digits, expiry.
    #[derive(Eq)]
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

/// The pattern of a card processor's payment-method id (Stripe's `pm_...`):
/// letters, digits and underscores, never a card number's digits alone.
pub const PAYMENT_METHOD_PATTERN: &str = r"^[A-Za-z][A-Za-z0-9_]{2,254}$";

/// Defines a request that carries a card the phone tokenized with the card
/// processor: the processor's id for the card and what the app shows of it
/// (brand, first and last four digits, expiry), never the number; then the
/// request's own fields. Its debug line names the brand and last four only.
/// Adding and replacing a card send the same card, so its fields and their
/// patterns are written once, here.
macro_rules! tokenized_card_request {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $type:ty,)* }) => {
        request! {
            $(#[$meta])*
            pub struct $name {
                /// The processor's payment-method id (Stripe's `pm_...`).
                #[cfg_attr(feature = "schema", schemars(pattern(PAYMENT_METHOD_PATTERN)))]
                pub payment_method: String,
                /// The brand, as the phone read it from the number.
                pub brand: CardBrand,
                /// First four digits.
                #[cfg_attr(feature = "schema", schemars(pattern(r"^[0-9]{4}$")))]
                pub first4: String,
                /// Last four digits.
                #[cfg_attr(feature = "schema", schemars(pattern(r"^[0-9]{4}$")))]
                pub last4: String,
                /// `MM/YY`.
                #[cfg_attr(feature = "schema", schemars(pattern(r"^(0[1-9]|1[0-2])/[0-9]{2}$")))]
                pub expiry: String,
                $($(#[$field_meta])* pub $field: $type,)*
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    .field("brand", &self.brand)
                    .field("last4", &self.last4)
                    .finish_non_exhaustive()
            }
        }
    };
}

tokenized_card_request! {
    /// `POST /v1/cards`: a card the phone tokenized with the card processor.
    /// The number went from the phone to the processor only; this carries
    /// the processor's id for the card and what the app shows of it.
    pub struct AddCardRequest {
        /// Bind it to the account? Off unless the shopper ticked the box.
        #[serde(default)]
        pub save: SaveCardChoice,
    }
}

tokenized_card_request! {
    /// `POST /v1/cards/{card_id}/replace`: the new card, tokenized on the
    /// phone as for [`AddCardRequest`]. It takes the old card's place, so it
    /// is always bound.
    pub struct ReplaceCardRequest {}
}

wire! {
    /// Which card processor the service uses.
    pub enum CardProcessorKind {
        /// Stripe.
        Stripe,
        /// The sandbox's, playing the test cards.
        Sandbox,
    }
}

wire! {
    /// `GET /v1/card-processor`: where the phone tokenizes a card, in the
    /// shape of Stripe's `POST /v1/payment_methods` (a form with `type=card`
    /// and `card[number]`, `card[exp_month]`, `card[exp_year]`, the public key
    /// as the bearer token).
    pub struct CardProcessorInfo {
        /// Which processor.
        pub kind: CardProcessorKind,
        /// Its API: absolute (`https://api.stripe.com`), or a path on this
        /// service for the sandbox's (`/v1/sandbox/processor`).
        pub api_url: String,
        /// The public key the phone authenticates with (Stripe's `pk_...`).
        pub publishable_key: String,
    }
}
