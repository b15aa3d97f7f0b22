//! The shopper's time zone, from the phone's own time-zone database:
//! Android's `tzdata` file, the `zoneinfo` folder on iPhones, Macs and
//! Linux, read through jiff. The library carries no copy of the database
//! (chrono-tz's was about 2 MB of the phone library), and dates follow the
//! phone's own updates to it.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};

/// A named IANA zone (`Europe/Moscow`), or UTC when the phone knows no
/// zone by that name.
#[derive(Clone)]
pub(crate) struct Zone {
    name: String,
    rules: jiff::tz::TimeZone,
}

impl Zone {
    /// The zone called `name`; UTC if the phone's database has no such zone.
    pub fn named(name: &str) -> Zone {
        match jiff::tz::TimeZone::get(name) {
            Ok(rules) => Zone { name: name.to_string(), rules },
            Err(_) => Zone { name: "UTC".to_string(), rules: jiff::tz::TimeZone::UTC },
        }
    }

    /// Its IANA name (`UTC` for the fallback).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The wall-clock time in this zone at the instant `at`.
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        let offset_seconds = jiff::Timestamp::from_second(at.timestamp())
            .map(|instant| self.rules.to_offset(instant).seconds())
            .unwrap_or(0);
        at.naive_utc() + TimeDelta::seconds(offset_seconds.into())
    }
}

impl std::fmt::Debug for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_zone_keeps_its_summer_and_winter_offsets_and_an_unknown_name_is_utc() {
        let new_york = Zone::named("America/New_York");
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap();
        let winter = Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap();
        assert_eq!(new_york.local(summer).to_string(), "2026-07-01 08:00:00");
        assert_eq!(new_york.local(winter).to_string(), "2026-12-01 07:00:00");
        let kathmandu = Zone::named("Asia/Kathmandu");
        assert_eq!(kathmandu.local(winter).to_string(), "2026-12-01 17:45:00");
        let unknown = Zone::named("Not/AZone");
        assert_eq!(unknown.name(), "UTC");
        assert_eq!(unknown.local(winter), winter.naive_utc());
    }
}
