//! How what the service sends after a commit is tried again: how long a
//! claim holds a row, how long to wait before the next try, when to give
//! up. The outbox's messages, card refunds and partners' events follow it.

/// How long a claim holds a row for the worker that took it.
pub const CLAIM_SECONDS: i64 = 60;

/// A row due to be sent at `?1` (now): queued, its next try come, and no
/// live claim on it. Every claim and the worker's look before claiming use
/// this one condition, so the look never misses what a claim would take.
pub const DUE_AT_1: &str =
    "status = 'queued' AND next_attempt_at <= ?1 AND (claimed_until IS NULL OR claimed_until <= ?1)";

/// Tries before a message is given up: the waits between them double from
/// one second to an hour at most, about 2.5 hours in all.
pub const MAX_ATTEMPTS: i64 = 14;

/// How long to wait before try `attempts + 1`: 1 s, 2 s, 4 s... an hour.
pub fn retry_wait(attempts: i64) -> chrono::Duration {
    chrono::Duration::seconds(1i64 << attempts.clamp(1, 13).saturating_sub(1)).min(chrono::Duration::hours(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_an_hour() {
        let waits: Vec<i64> = (1..MAX_ATTEMPTS).map(|n| retry_wait(n).num_seconds()).collect();
        assert_eq!(&waits[..4], &[1, 2, 4, 8]);
        assert_eq!(*waits.last().unwrap(), 3600);
        let total_hours = waits.iter().sum::<i64>() as f64 / 3600.0;
        assert!((2.0..3.0).contains(&total_hours), "{total_hours} hours of trying");
    }
}
