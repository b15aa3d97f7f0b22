//! A card number that never shows itself.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::CardError;

/// A card brand, read from the number's first digits.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardBrand {
    /// Visa: starts with 4.
    Visa,
    /// Mastercard: 51-55 or 2221-2720.
    Mastercard,
    /// American Express: 34 or 37, 15 digits.
    Amex,
    /// Discover: 6011, 644-649, 65.
    Discover,
    /// JCB: 3528-3589.
    Jcb,
    /// UnionPay: 62.
    UnionPay,
    /// Mir: 2200-2204.
    Mir,
}

impl CardBrand {
    /// The brand's name as printed on screen.
    pub fn display_name(self) -> &'static str {
        match self {
            CardBrand::Visa => "Visa",
            CardBrand::Mastercard => "Mastercard",
            CardBrand::Amex => "American Express",
            CardBrand::Discover => "Discover",
            CardBrand::Jcb => "JCB",
            CardBrand::UnionPay => "UnionPay",
            CardBrand::Mir => "Mir",
        }
    }

    fn detect(digits: &str) -> Option<CardBrand> {
        let prefix = |n: usize| digits[..n].parse::<u32>().unwrap_or(0);
        let p2 = prefix(2);
        let p3 = prefix(3);
        let p4 = prefix(4);
        // Most specific ranges first: Mir (2200-2204) sits below Mastercard's
        // 2221-2720, and Discover's 65 / UnionPay's 62 do not overlap.
        match () {
            _ if (2200..=2204).contains(&p4) => Some(CardBrand::Mir),
            _ if (2221..=2720).contains(&p4) || (51..=55).contains(&p2) => Some(CardBrand::Mastercard),
            _ if digits.starts_with('4') => Some(CardBrand::Visa),
            _ if (p2 == 34 || p2 == 37) && digits.len() == 15 => Some(CardBrand::Amex),
            _ if p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 => Some(CardBrand::Discover),
            _ if (3528..=3589).contains(&p4) => Some(CardBrand::Jcb),
            _ if p2 == 62 => Some(CardBrand::UnionPay),
            _ => None,
        }
    }
}

/// A checked card number. It exists only long enough to be exchanged for a
/// token: `Debug` and `Display` print the mask, it cannot be serialized, and
/// its digits are wiped from memory when it is dropped.
#[derive(Clone)]
pub struct CardNumber {
    digits: Zeroizing<String>,
    brand: CardBrand,
}

impl CardNumber {
    /// Parses what the shopper typed: spaces and dashes are ignored; 12 to 19
    /// digits; the Luhn check digit must match; the brand must be accepted.
    pub fn parse(input: &str) -> Result<CardNumber, CardError> {
        let digits: Zeroizing<String> = Zeroizing::new(input.chars().filter(|c| *c != ' ' && *c != '-').collect());
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CardError::NotDigits);
        }
        if !(12..=19).contains(&digits.len()) {
            return Err(CardError::InvalidLength { digits: digits.len() });
        }
        if !passes_luhn(&digits) {
            return Err(CardError::FailedChecksum);
        }
        let brand = CardBrand::detect(&digits).ok_or(CardError::UnsupportedBrand)?;
        Ok(CardNumber { digits, brand })
    }

    /// Whether `text` holds a card number anywhere in it: a run of 13 to 19
    /// digits (spaces and dashes between them allowed) that passes the Luhn
    /// check and belongs to a brand. Free text (an address, a note, a
    /// message to support) that does is refused, so a number pasted there
    /// is never kept.
    pub fn is_in(text: &str) -> bool {
        // Runs of digit groups, the groups split by single spaces or dashes
        // (`4242 4242 4242 4242`, `4000-0000-0000-0002`); a number is some
        // consecutive groups of one run.
        let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
            let from_digits = &rest[start..];
            let end = from_digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(from_digits.len());
            let glued = start == 0 || (start == 1 && matches!(rest.as_bytes()[0], b' ' | b'-'));
            if !glued && !runs.last().is_some_and(Vec::is_empty) {
                runs.push(Vec::new());
            }
            runs.last_mut().expect("there is a run").push(&from_digits[..end]);
            rest = &from_digits[end..];
        }
        runs.iter().any(|groups| {
            (0..groups.len()).any(|first| {
                (first..groups.len()).any(|last| {
                    let digits: Zeroizing<String> = Zeroizing::new(groups[first..=last].concat());
                    (13..=19).contains(&digits.len()) && CardNumber::parse(&digits).is_ok()
                })
            })
        })
    }

    /// The brand.
    pub fn brand(&self) -> CardBrand {
        self.brand
    }

    /// The first four digits (the issuer's range), safe to show.
    pub fn first4(&self) -> &str {
        &self.digits[..4]
    }

    /// The last four digits, safe to show.
    pub fn last4(&self) -> &str {
        &self.digits[self.digits.len() - 4..]
    }

    /// The form shown on screen: brand, first 4 and last 4 digits.
    pub fn masked(&self) -> MaskedCard {
        MaskedCard { brand: self.brand, first4: self.first4().to_string(), last4: self.last4().to_string() }
    }

    /// The full digits. Only for the request that exchanges the number for a
    /// token at the payment service; never store, log or display them.
    pub fn expose_digits(&self) -> &str {
        &self.digits
    }
}

impl std::fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardNumber({})", self.masked())
    }
}

impl std::fmt::Display for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.masked())
    }
}

/// What the app shows of a card: brand, first 4 and last 4 digits. Safe to
/// store and send.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MaskedCard {
    /// The brand.
    pub brand: CardBrand,
    /// First four digits.
    pub first4: String,
    /// Last four digits.
    pub last4: String,
}

impl std::fmt::Display for MaskedCard {
    /// `4242 **** **** 4242`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} **** **** {}", self.first4, self.last4)
    }
}

/// The Luhn (mod 10) check: doubling every second digit from the right.
fn passes_luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(position, byte)| {
            let digit = u32::from(byte - b'0');
            if position % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_number_is_found_in_free_text_however_it_is_spaced() {
        for text in [
            "4242424242424242",
            "my card 4242 4242 4242 4242 thanks",
            "flat 5, 4000-0000-0000-0002",
            "pay with 5555555555554444.",
        ] {
            assert!(CardNumber::is_in(text), "{text}");
        }
        for text in [
            "Rua Augusta 1500, apt 42",
            "order ord_1234567890 of 2026",
            "4242 4242 4242 4241",
            "+55 11 99999-0000",
            "CPF 123.456.789-09",
        ] {
            assert!(!CardNumber::is_in(text), "{text}");
        }
    }

    #[test]
    fn well_known_test_numbers_parse_with_their_brand() {
        for (number, brand) in [
            ("4242424242424242", CardBrand::Visa),
            ("5555 5555 5555 4444", CardBrand::Mastercard),
            ("2223003122003222", CardBrand::Mastercard),
            ("3782-822463-10005", CardBrand::Amex),
            ("6011111111111117", CardBrand::Discover),
            ("3566002020360505", CardBrand::Jcb),
            ("6200000000000005", CardBrand::UnionPay),
            ("2200000000000004", CardBrand::Mir),
        ] {
            assert_eq!(CardNumber::parse(number).map(|card| card.brand()), Ok(brand), "{number}");
        }
    }

    #[test]
    fn one_wrong_digit_fails_the_checksum() {
        assert_eq!(CardNumber::parse("4242424242424241").unwrap_err(), CardError::FailedChecksum);
    }

    #[test]
    fn too_short_and_too_long_numbers_say_how_many_digits() {
        assert_eq!(CardNumber::parse("42424242424").unwrap_err(), CardError::InvalidLength { digits: 11 });
        assert_eq!(CardNumber::parse("42424242424242424242").unwrap_err(), CardError::InvalidLength { digits: 20 });
    }

    #[test]
    fn letters_are_refused() {
        assert_eq!(CardNumber::parse("4242 4242 4242 424X").unwrap_err(), CardError::NotDigits);
    }

    #[test]
    fn an_unknown_brand_is_refused_even_with_a_valid_checksum() {
        // 9999 is no brand's range; the last digit makes the Luhn check pass.
        assert_eq!(CardNumber::parse("9999999999999995").unwrap_err(), CardError::UnsupportedBrand);
    }

    #[test]
    fn the_mask_shows_only_the_first_and_last_four() {
        let card = CardNumber::parse("5555555555554444").unwrap();
        assert_eq!(card.masked().to_string(), "5555 **** **** 4444");
        assert_eq!((card.first4(), card.last4()), ("5555", "4444"));
    }

    #[test]
    fn debug_and_display_never_show_the_middle_digits() {
        let card = CardNumber::parse("4000 0566 5566 5556").unwrap();
        for shown in [format!("{card:?}"), format!("{card}"), format!("{:?}", card.masked())] {
            assert!(!shown.contains("4000056655665556"), "{shown}");
            assert!(!shown.contains("05665566"), "{shown}");
        }
    }

    #[test]
    fn no_error_message_contains_a_digit_of_the_number() {
        for input in ["4242424242424241", "42424242424", "4242 4242 4242 424X", "9999999999999995"] {
            let message = CardNumber::parse(input).unwrap_err().to_string();
            assert!(!message.contains("4242") && !message.contains("9999"), "{message}");
        }
    }
}
