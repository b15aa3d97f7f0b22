//! Card expiry: a card is good through the last day of its expiry month.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::CardError;

/// The expiry printed on a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardExpiry {
    /// 1 to 12.
    pub month: u8,
    /// Four-digit year.
    pub year: u16,
}

impl CardExpiry {
    /// Parses `MM/YY` or `MM/YYYY`; two-digit years are in the 2000s.
    pub fn parse(text: &str) -> Result<CardExpiry, CardError> {
        let (month_text, year_text) = text.trim().split_once('/').ok_or(CardError::BadExpiryFormat)?;
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(month_text) || !all_digits(year_text) || month_text.len() > 2 {
            return Err(CardError::BadExpiryFormat);
        }
        let month: u32 = month_text.parse().map_err(|_| CardError::BadExpiryFormat)?;
        let year: u16 = match year_text.len() {
            2 => 2000 + year_text.parse::<u16>().map_err(|_| CardError::BadExpiryFormat)?,
            4 => year_text.parse().map_err(|_| CardError::BadExpiryFormat)?,
            _ => return Err(CardError::BadExpiryFormat),
        };
        if !(1..=12).contains(&month) {
            return Err(CardError::BadExpiryMonth { month });
        }
        Ok(CardExpiry { month: month as u8, year })
    }

    /// Parses the expiry a request carries: exactly `MM/YY`, as the phone
    /// sends it after [`CardExpiry::parse`] read the shopper's typing.
    pub fn parse_wire(text: &str) -> Result<CardExpiry, CardError> {
        let bytes = text.as_bytes();
        let exact = bytes.len() == 5 && bytes[2] == b'/' && [0, 1, 3, 4].iter().all(|&i| bytes[i].is_ascii_digit());
        if !exact {
            return Err(CardError::BadExpiryFormat);
        }
        CardExpiry::parse(text)
    }

    /// True once the expiry month is over.
    pub fn is_expired(&self, today: NaiveDate) -> bool {
        (today.year(), today.month()) > (i32::from(self.year), u32::from(self.month))
    }

    /// Refuses a payment with an expired card.
    pub fn can_pay(&self, today: NaiveDate) -> Result<(), CardError> {
        if self.is_expired(today) {
            return Err(CardError::Expired { month: self.month, year: self.year });
        }
        Ok(())
    }
}

impl std::fmt::Display for CardExpiry {
    /// `04/27`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{:02}", self.month, self.year % 100)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_wire_takes_exactly_two_digits_slash_two_digits() {
        assert_eq!(super::CardExpiry::parse_wire("04/27").unwrap().to_string(), "04/27");
        for bad in ["12/2030", "4/27", " 04/27", "04-27", "0427", "13/27"] {
            assert!(super::CardExpiry::parse_wire(bad).is_err(), "{bad}");
        }
    }

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_card_expiring_this_month_still_pays_on_its_last_day() {
        let expiry = CardExpiry::parse("11/26").unwrap();
        assert_eq!(expiry.can_pay(day(2026, 11, 30)), Ok(()));
    }

    #[test]
    fn a_card_that_expired_last_month_cannot_pay() {
        let expiry = CardExpiry::parse("10/2026").unwrap();
        assert_eq!(expiry.can_pay(day(2026, 11, 1)), Err(CardError::Expired { month: 10, year: 2026 }));
    }

    #[test]
    fn a_december_card_expires_when_january_comes() {
        let expiry = CardExpiry::parse("12/26").unwrap();
        assert!(!expiry.is_expired(day(2026, 12, 31)));
        assert!(expiry.is_expired(day(2027, 1, 1)));
    }

    #[test]
    fn bad_expiry_dates_are_refused() {
        assert_eq!(CardExpiry::parse("13/27"), Err(CardError::BadExpiryMonth { month: 13 }));
        assert_eq!(CardExpiry::parse("00/27"), Err(CardError::BadExpiryMonth { month: 0 }));
        for text in ["1227", "12/7", "ab/cd", "12/", "/27", "123/27"] {
            assert_eq!(CardExpiry::parse(text), Err(CardError::BadExpiryFormat), "{text}");
        }
    }

    #[test]
    fn expiry_displays_as_printed_on_the_card() {
        assert_eq!(CardExpiry::parse("4/2027").unwrap().to_string(), "04/27");
    }
}
