//! Business days: Monday to Friday. There is no holiday calendar: a bank
//! holiday is counted as a business day, so an estimate can be a day early.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};

/// Whether `date` is Monday to Friday.
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The end (23:59:59 UTC) of the `n`-th business day after the day of
/// `start`. The day of `start` itself never counts, so a transfer created on
/// Friday with 1 business day arrives by the end of Monday, and so does one
/// created on Saturday or Sunday.
pub fn add_business_days(start: DateTime<Utc>, business_days: u32) -> DateTime<Utc> {
    let mut date = start.date_naive();
    let mut counted = 0;
    while counted < business_days {
        date = date.succ_opt().expect("dates within chrono's range");
        if is_business_day(date) {
            counted += 1;
        }
    }
    end_of_day(date)
}

fn end_of_day(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc() + Duration::days(1) - Duration::seconds(1)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    /// 2026-11-23 is a Monday.
    fn monday_plus(days: i64, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 15, 0).unwrap() + Duration::days(days)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn three_business_days_from_each_weekday() {
        let expected = [
            (0, date(2026, 11, 26)), // Mon -> Thu
            (1, date(2026, 11, 27)), // Tue -> Fri
            (2, date(2026, 11, 30)), // Wed -> Mon
            (3, date(2026, 12, 1)),  // Thu -> Tue
            (4, date(2026, 12, 2)),  // Fri -> Wed
        ];
        for (offset, arrival) in expected {
            assert_eq!(add_business_days(monday_plus(offset, 10), 3).date_naive(), arrival, "offset {offset}");
        }
    }

    #[test]
    fn a_weekend_start_counts_from_monday() {
        for weekend_offset in [5, 6] {
            let arrival = add_business_days(monday_plus(weekend_offset, 22), 1);
            assert_eq!(arrival.date_naive(), date(2026, 11, 30));
        }
    }

    #[test]
    fn seven_business_days_span_a_weekend_and_a_half() {
        assert_eq!(add_business_days(monday_plus(0, 9), 7).date_naive(), date(2026, 12, 2));
    }

    #[test]
    fn arrival_is_the_last_second_of_the_day() {
        let arrival = add_business_days(monday_plus(0, 9), 1);
        assert_eq!(arrival, Utc.with_ymd_and_hms(2026, 11, 24, 23, 59, 59).unwrap());
    }

    proptest! {
        #[test]
        fn arrival_is_a_weekday_after_exactly_n_weekdays(start_days in 0i64..3650, hour in 0u32..24, n in 1u32..30) {
            let start = monday_plus(start_days, hour);
            let arrival = add_business_days(start, n);
            prop_assert!(is_business_day(arrival.date_naive()));
            prop_assert!(arrival > start);
            let weekdays_between = start.date_naive().iter_days().skip(1)
                .take_while(|day| *day <= arrival.date_naive())
                .filter(|day| is_business_day(*day))
                .count();
            prop_assert_eq!(weekdays_between, n as usize);
        }
    }
}
