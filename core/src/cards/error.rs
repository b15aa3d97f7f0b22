use serde::Serialize;

/// Why a card was refused. No message ever contains a digit of the card
/// number: errors are shown, logged and sent over the wire.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CardError {
    /// Card numbers have 12 to 19 digits.
    #[error("a card number has 12 to 19 digits; this one has {digits}. Check the number on the card")]
    InvalidLength {
        /// How many digits were entered.
        digits: usize,
    },
    /// Something other than digits, spaces and dashes.
    #[error("a card number may contain only digits (spaces and dashes are ignored)")]
    NotDigits,
    /// The Luhn check digit does not match: almost always a typo.
    #[error("this card number is not valid; check the number for typos")]
    FailedChecksum,
    /// A brand the payment service does not take.
    #[error("this card brand is not accepted; use Visa, Mastercard, American Express, Discover, JCB, UnionPay or Mir")]
    UnsupportedBrand,
    /// The expiry date is not MM/YY or MM/YYYY.
    #[error("write the expiry date as MM/YY, as printed on the card")]
    BadExpiryFormat,
    /// The expiry month is not 1 to 12.
    #[error("the expiry month must be 01 to 12; {month} is not a month")]
    BadExpiryMonth {
        /// The month entered.
        month: u32,
    },
    /// The card's expiry month has passed: it cannot pay.
    #[error("this card expired at the end of {month:02}/{year}; pay another way, or remove it and add the new card")]
    Expired {
        /// Expiry month.
        month: u8,
        /// Expiry year (four digits).
        year: u16,
    },
    /// Already 5 cards bound.
    #[error("you already have {max_cards} cards bound, the most Pocket allows; remove a card before adding another")]
    TooManyCards {
        /// The limit.
        max_cards: usize,
    },
}
