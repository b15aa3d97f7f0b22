//! Rolling windows over past spending: "the last 24 hours", "the last 30
//! days". Used by the spending limits and by Boleto's monthly cap.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money, MoneyError};

/// Money spent (or topped up) at a moment, counted against a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spend {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// How much, in the window's currency (USD for limits).
    pub amount: Money,
}

/// A window that ends now and reaches `length` back. A spend exactly
/// `length` old has just left it: 24 hours after a payment, its full amount
/// is free again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RollingWindow {
    /// How far back the window reaches.
    pub length: Duration,
}

impl RollingWindow {
    /// The last 24 hours.
    pub const DAY: RollingWindow = RollingWindow { length: Duration::hours(24) };
    /// The last 30 days.
    pub const MONTH: RollingWindow = RollingWindow { length: Duration::days(30) };

    /// Whether a spend at `at` counts at `now`. A spend stamped a moment
    /// after `now` counts too: the service stamps each payment with the
    /// time it was asked for, and payments asked for at once (or through
    /// several processes) commit in an order of their own, so the one
    /// deciding may find a spend "from its future" already made.
    pub fn contains(&self, at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now - at < self.length
    }

    /// Total spent inside the window at `now`.
    pub fn spent(&self, history: &[Spend], currency: Currency, now: DateTime<Utc>) -> Result<Money, MoneyError> {
        Money::sum(currency, history.iter().filter(|spend| self.contains(spend.at, now)).map(|spend| spend.amount))
    }

    /// What can still be spent under `ceiling` at `now` (never below zero).
    pub fn left(&self, ceiling: Money, history: &[Spend], now: DateTime<Utc>) -> Result<Money, MoneyError> {
        ceiling.saturating_sub(self.spent(history, ceiling.currency(), now)?)
    }

    /// The earliest moment from `now` on at which `amount` fits under
    /// `ceiling`, as older spends leave the window. `None` if it never fits
    /// (the amount alone is over the ceiling).
    pub fn fits_at(
        &self,
        ceiling: Money,
        amount: Money,
        history: &[Spend],
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, MoneyError> {
        let Ok(room_needed) = ceiling.checked_sub(amount) else {
            return Ok(None);
        };
        let mut spent = self.spent(history, ceiling.currency(), now)?;
        if spent <= room_needed {
            return Ok(Some(now));
        }
        let mut inside: Vec<&Spend> = history.iter().filter(|spend| self.contains(spend.at, now)).collect();
        inside.sort_by_key(|spend| spend.at);
        for spend in inside {
            spent = spent.checked_sub(spend.amount)?;
            if spent <= room_needed {
                return Ok(Some(spend.at + self.length));
            }
        }
        unreachable!("once every spend has left the window, an amount within the ceiling fits")
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn usd(cents: i64) -> Money {
        Money::from_minor_units(cents, Currency::Usd).unwrap()
    }

    fn hour(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap() + Duration::hours(n)
    }

    #[test]
    fn a_spend_stamped_after_now_counts_as_spent() {
        let history = [Spend { at: hour(10) + Duration::milliseconds(3), amount: usd(25_000) }];
        assert_eq!(RollingWindow::DAY.spent(&history, Currency::Usd, hour(10)).unwrap(), usd(25_000));
        assert_eq!(RollingWindow::DAY.left(usd(30_000), &history, hour(10)).unwrap(), usd(5_000));
    }

    #[test]
    fn a_spend_exactly_24_hours_old_no_longer_counts() {
        let history = [Spend { at: hour(0), amount: usd(100) }];
        assert_eq!(
            RollingWindow::DAY.spent(&history, Currency::Usd, hour(24) - Duration::seconds(1)).unwrap(),
            usd(100)
        );
        assert_eq!(RollingWindow::DAY.spent(&history, Currency::Usd, hour(24)).unwrap(), usd(0));
    }

    #[test]
    fn fits_when_enough_of_the_oldest_spending_has_left() {
        let history = [
            Spend { at: hour(1), amount: usd(100) },
            Spend { at: hour(3), amount: usd(100) },
            Spend { at: hour(5), amount: usd(100) },
        ];
        // Ceiling 300, all spent; 150 needs two spends gone: the one at hour 3 leaves at hour 27.
        assert_eq!(RollingWindow::DAY.fits_at(usd(300), usd(150), &history, hour(6)).unwrap(), Some(hour(27)));
        assert_eq!(RollingWindow::DAY.fits_at(usd(300), usd(301), &history, hour(6)).unwrap(), None);
        assert_eq!(RollingWindow::DAY.fits_at(usd(400), usd(100), &history, hour(6)).unwrap(), Some(hour(6)));
    }

    proptest! {
        #[test]
        fn the_moment_an_amount_fits_it_really_fits_and_not_a_second_before(
            spends in prop::collection::vec((0i64..48, 1i64..20_000), 0..12),
            amount in 1i64..40_000,
        ) {
            let now = hour(48);
            let history: Vec<Spend> = spends.iter().map(|(h, cents)| Spend { at: hour(*h), amount: usd(*cents) }).collect();
            let ceiling = usd(30_000);
            match RollingWindow::DAY.fits_at(ceiling, usd(amount), &history, now).unwrap() {
                None => prop_assert!(amount > 30_000),
                Some(at) => {
                    prop_assert!(at >= now);
                    prop_assert!(RollingWindow::DAY.left(ceiling, &history, at).unwrap() >= usd(amount));
                    if at > now {
                        let just_before = at - Duration::seconds(1);
                        prop_assert!(RollingWindow::DAY.left(ceiling, &history, just_before).unwrap() < usd(amount));
                    }
                }
            }
        }
    }
}
