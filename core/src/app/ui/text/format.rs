//! Numbers, money, weights and dates in the shopper's locale and time
//! zone: "$1,234.50" in English, "1 234,50 ₽" in Russian. The separators and
//! patterns come from the locale file, so the code has no per-language
//! branch.

use chrono::{DateTime, Datelike, Timelike, Utc};
use rust_decimal::Decimal;

use super::Texts;
use crate::money::{Currency, Money, MoneyError};

impl Texts {
    /// An amount with its currency: `$12.50`, `1 234,50 ₽`, `¥1,000`.
    pub fn money(&self, money: Money) -> String {
        let amount = self.decimal(money.amount(), money.currency().minor_units());
        let symbol = self.currency_symbol(money.currency());
        self.fmt("format-money", &[("amount", amount.into()), ("symbol", symbol.into())])
    }

    /// The currency's symbol in this locale (`$`, `₽`, `CA$`).
    pub fn currency_symbol(&self, currency: Currency) -> String {
        self.get(&format!("currency-{}", currency.code()))
    }

    /// A whole number with the locale's grouping: `2,000` or `2 000`.
    pub fn count(&self, n: u64) -> String {
        self.decimal(Decimal::from(n), 0)
    }

    /// A weight: `1,250 g`.
    pub fn grams(&self, grams: u64) -> String {
        self.fmt("format-grams", &[("grams", self.count(grams).into())])
    }

    /// An exchange rate as the service sends it (`"0.000718"`): at least 4
    /// decimals, and its first 4 significant digits however small it is, so
    /// a won's 0.000718 dollars does not read 0.0007. Unreadable, as sent.
    pub fn rate(&self, rate: &str) -> String {
        const SIGNIFICANT: u32 = 4;
        let Ok(value) = rate.parse::<Decimal>() else { return rate.to_string() };
        let (mut zeros, mut scaled) = (0, value.abs());
        while !scaled.is_zero() && scaled < Decimal::new(1, 1) && zeros < 20 {
            scaled *= Decimal::TEN;
            zeros += 1;
        }
        let most = zeros + SIGNIFICANT;
        let needed = value.round_dp(most).normalize().scale();
        self.decimal(value, needed.clamp(SIGNIFICANT, most))
    }

    /// `value` with exactly `decimals` decimals, the locale's decimal
    /// separator, and thousands grouped.
    pub fn decimal(&self, value: Decimal, decimals: u32) -> String {
        let rounded = value.round_dp(decimals);
        let text = format!("{:.*}", decimals as usize, rounded.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut grouped = String::with_capacity(text.len() + whole.len() / 3 * self.group_separator.len());
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push_str(&self.group_separator);
            }
            grouped.push(digit);
        }
        if rounded.is_sign_negative() && !rounded.is_zero() {
            grouped.insert(0, '-');
        }
        if !fraction.is_empty() {
            grouped.push_str(&self.decimal_separator);
            grouped.push_str(fraction);
        }
        grouped
    }

    /// A date in the shopper's time zone: `Nov 24, 2026`.
    pub fn date(&self, at: DateTime<Utc>) -> String {
        let local = self.zone.local(at);
        self.fmt(
            "format-date",
            &[
                ("day", local.day().into()),
                ("month", self.get(&format!("month-{}", local.month())).into()),
                ("year", local.year().to_string().into()),
                ("weekday", self.get(&format!("weekday-{}", local.weekday().number_from_monday())).into()),
            ],
        )
    }

    /// A time of day in the shopper's time zone: `2:05 PM`, `14:05`.
    pub fn time(&self, at: DateTime<Utc>) -> String {
        let local = self.zone.local(at);
        let (pm, hour12) = local.hour12();
        self.fmt(
            "format-time",
            &[
                ("hour24", format!("{:02}", local.hour()).into()),
                ("hour12", hour12.into()),
                ("minute", format!("{:02}", local.minute()).into()),
                ("ampm", self.get(if pm { "time-pm" } else { "time-am" }).into()),
            ],
        )
    }

    /// A date and time in the shopper's time zone: `Nov 24, 2026, 2:05 PM`.
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        self.fmt("format-date-time", &[("date", self.date(at).into()), ("time", self.time(at).into())])
    }

    /// What the shopper typed as an amount, read in their locale: both `.`
    /// and `,` are taken as the decimal mark when they end the number (a
    /// phone's number pad offers one of them), group separators and spaces
    /// are ignored. Refused like any amount: too many decimals, not a
    /// number.
    pub fn parse_amount(&self, typed: &str, currency: Currency) -> Result<Money, MoneyError> {
        let kept: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
        let normalized = normalize_decimal_mark(&kept, &self.decimal_separator);
        Money::parse(&normalized, currency).map_err(|error| match error {
            MoneyError::NotANumber { .. } => MoneyError::NotANumber { text: typed.trim().to_string() },
            other => other,
        })
    }
}

/// Makes `text` a plain decimal (`1234.50`): the last `.` or `,` is the
/// decimal mark if one to (at most) three digits follow it and it is the
/// locale's mark or the only mark; every other `.`/`,` groups thousands.
fn normalize_decimal_mark(text: &str, locale_decimal: &str) -> String {
    let last_mark = text.rfind(['.', ',']);
    let Some(position) = last_mark else { return text.to_string() };
    let mark = &text[position..position + 1];
    let digits_after = text.len() - position - 1;
    let marks = text.matches(['.', ',']).count();
    let other_marks_differ = text[..position].contains(if mark == "." { ',' } else { '.' });
    let is_decimal =
        (1..=3).contains(&digits_after) && (mark == locale_decimal || marks == 1 || other_marks_differ) && {
            // "1.234" in a comma-decimal locale is a grouped thousand.
            !(mark != locale_decimal && marks == 1 && digits_after == 3)
        };
    let (whole, fraction) = if is_decimal { (&text[..position], &text[position + 1..]) } else { (text, "") };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    #[test]
    fn english_money_has_the_symbol_first_and_comma_groups() {
        let texts = Texts::new("en-US", "UTC");
        assert_eq!(texts.money(usd("12.50")), "$12.50");
        assert_eq!(texts.money(usd("1234567.05")), "$1,234,567.05");
        assert_eq!(texts.money(Money::parse("1000", Currency::Jpy).unwrap()), "¥1,000");
        assert_eq!(texts.money(Money::parse("1.250", Currency::Kwd).unwrap()), "KWD\u{a0}1.250");
    }

    #[test]
    fn russian_money_has_the_symbol_last_and_space_groups() {
        let texts = Texts::new("ru-RU", "Europe/Moscow");
        assert_eq!(texts.money(Money::parse("1234.50", Currency::Rub).unwrap()), "1\u{a0}234,50\u{a0}₽");
        assert_eq!(texts.money(usd("12.50")), "12,50\u{a0}$");
    }

    #[test]
    fn dates_are_in_the_shoppers_time_zone() {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 22, 30, 0).unwrap();
        let new_york = Texts::new("en", "America/New_York");
        assert_eq!(new_york.date(at), "Nov 23, 2026");
        assert_eq!(new_york.time(at), "5:30 PM");
        let moscow = Texts::new("ru", "Europe/Moscow");
        assert_eq!(moscow.date(at), "24 нояб. 2026 г.");
        assert_eq!(moscow.time(at), "01:30");
        assert_eq!(Texts::new("en", "Not/AZone").zone().name(), "UTC");
    }

    #[test]
    fn typed_amounts_are_read_with_either_decimal_mark() {
        let en = Texts::new("en", "UTC");
        let ru = Texts::new("ru", "UTC");
        assert_eq!(en.parse_amount("12.50", Currency::Usd).unwrap(), usd("12.50"));
        assert_eq!(en.parse_amount("12,5", Currency::Usd).unwrap(), usd("12.50"));
        assert_eq!(en.parse_amount("1,234.50", Currency::Usd).unwrap(), usd("1234.50"));
        assert_eq!(en.parse_amount("1,234", Currency::Usd).unwrap(), usd("1234"));
        assert_eq!(
            ru.parse_amount("1 234,50", Currency::Rub).unwrap(),
            Money::parse("1234.50", Currency::Rub).unwrap()
        );
        assert_eq!(ru.parse_amount("1.234", Currency::Rub).unwrap(), Money::parse("1234", Currency::Rub).unwrap());
        assert!(matches!(en.parse_amount("12.505", Currency::Usd), Err(MoneyError::TooManyDecimals { .. })));
        assert!(
            matches!(en.parse_amount("twelve", Currency::Usd), Err(MoneyError::NotANumber { text }) if text == "twelve")
        );
    }

    #[test]
    fn a_small_exchange_rate_keeps_its_significant_digits() {
        let english = Texts::new("en", "UTC");
        assert_eq!(english.rate("0.000718"), "0.000718", "a won in dollars");
        assert_eq!(english.rate("0.0107"), "0.0107", "a rouble in dollars");
        assert_eq!(english.rate("1.083412"), "1.0834", "a euro in dollars: 4 decimals");
        assert_eq!(english.rate("0.00071849"), "0.0007185");
        assert_eq!(english.rate("not a rate"), "not a rate");
        assert_eq!(Texts::new("ru", "UTC").rate("0.000718"), "0,000718");
    }

    #[test]
    fn weights_group_thousands() {
        assert_eq!(Texts::new("en", "UTC").grams(2400), "2,400 g");
        assert_eq!(Texts::new("ru", "UTC").grams(2400), "2\u{a0}400 г");
    }
}
