//! Wrong logins slow the next attempt down, then pause sign-in for a while.
//!
//! The service keeps one [`ThrottleState`] per subject: an account (known
//! or not, so the throttle itself tells nobody whether an email exists) and
//! a client address. A few wrong passwords are free; after that each wrong
//! one makes the next attempt wait twice as long; enough of them lock the
//! subject for a fixed time. A quiet hour forgets them.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How a subject's wrong logins are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThrottlePolicy {
    /// Wrong logins answered with no wait.
    pub free_failures: u32,
    /// The wait after the first wrong login beyond the free ones; it
    /// doubles with each further one.
    pub first_delay_seconds: i64,
    /// The longest wait between attempts.
    pub max_delay_seconds: i64,
    /// Wrong logins that lock the subject, if it can be locked.
    pub lock_after_failures: Option<u32>,
    /// How long a lock lasts.
    pub lock_minutes: i64,
    /// Wrong logins older than this are forgotten.
    pub forget_after_minutes: i64,
}

impl ThrottlePolicy {
    /// One account: 3 free tries, then 2 s, 4 s, 8 s... between tries, and
    /// 10 wrong passwords in an hour pause its sign-in for 15 minutes.
    pub fn per_account() -> ThrottlePolicy {
        ThrottlePolicy {
            free_failures: 3,
            first_delay_seconds: 2,
            max_delay_seconds: 60,
            lock_after_failures: Some(10),
            lock_minutes: 15,
            forget_after_minutes: 60,
        }
    }

    /// One client address, across accounts: 20 free tries (a household or
    /// an office shares one), then a wait that doubles up to 5 minutes.
    /// Never locked: a lock would let one person shut out their neighbours.
    pub fn per_address() -> ThrottlePolicy {
        ThrottlePolicy {
            free_failures: 20,
            first_delay_seconds: 1,
            max_delay_seconds: 300,
            lock_after_failures: None,
            lock_minutes: 0,
            forget_after_minutes: 60,
        }
    }

    fn delay_after(&self, failures: u32) -> Option<Duration> {
        let beyond_free = failures.checked_sub(self.free_failures).filter(|&n| n > 0)?;
        let doublings = (beyond_free - 1).min(30);
        let seconds = self.first_delay_seconds.saturating_mul(1i64 << doublings).min(self.max_delay_seconds);
        Some(Duration::seconds(seconds))
    }
}

/// One subject's recent wrong logins, as the service stores them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThrottleState {
    /// Wrong logins not yet forgotten.
    pub failures: u32,
    /// The latest of them.
    pub last_failure_at: Option<DateTime<Utc>>,
    /// No attempt is taken before this.
    pub blocked_until: Option<DateTime<Utc>>,
}

/// An attempt refused before its password is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Blocked {
    /// When an attempt is taken again.
    pub until: DateTime<Utc>,
    /// A lock (too many wrong passwords), rather than a short wait.
    pub locked: bool,
}

impl ThrottleState {
    /// Refuses an attempt while the subject waits or is locked.
    pub fn check(&self, policy: &ThrottlePolicy, now: DateTime<Utc>) -> Result<(), Blocked> {
        match self.blocked_until {
            Some(until) if now < until => {
                let locked = policy.lock_after_failures.is_some_and(|lock_at| self.failures >= lock_at);
                Err(Blocked { until, locked })
            }
            _ => Ok(()),
        }
    }

    /// Counts a wrong login (the service counts every attempt before its
    /// password is checked, and takes it back with [`Self::forgive_one`] if
    /// the password was right, so attempts racing each other are all counted).
    pub fn record_failure(&mut self, policy: &ThrottlePolicy, now: DateTime<Utc>) {
        let quiet_for = self.last_failure_at.map(|at| now - at);
        if quiet_for.is_some_and(|quiet| quiet >= Duration::minutes(policy.forget_after_minutes)) {
            *self = ThrottleState::default();
        }
        self.failures = self.failures.saturating_add(1);
        self.last_failure_at = Some(now);
        let lock = policy.lock_after_failures.filter(|&lock_at| self.failures >= lock_at);
        self.blocked_until = match lock {
            Some(_) => Some(now + Duration::minutes(policy.lock_minutes)),
            None => policy.delay_after(self.failures).map(|delay| now + delay),
        };
    }

    /// Takes back one counted attempt whose password turned out right.
    pub fn forgive_one(&mut self) {
        self.failures = self.failures.saturating_sub(1);
        self.blocked_until = None;
    }

    /// Whether there is nothing left to remember.
    pub fn is_clear(&self) -> bool {
        self.failures == 0 && self.blocked_until.is_none()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn at(second: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap() + Duration::seconds(second)
    }

    #[test]
    fn three_free_tries_then_the_wait_doubles() {
        let policy = ThrottlePolicy::per_account();
        let mut state = ThrottleState::default();
        for _ in 0..3 {
            state.check(&policy, at(0)).unwrap();
            state.record_failure(&policy, at(0));
        }
        assert_eq!(state.check(&policy, at(0)), Ok(()));
        state.record_failure(&policy, at(0));
        assert_eq!(state.check(&policy, at(1)), Err(Blocked { until: at(2), locked: false }));
        state.record_failure(&policy, at(2));
        assert_eq!(state.blocked_until, Some(at(6)), "4 seconds after the 5th");
    }

    #[test]
    fn ten_wrong_passwords_lock_the_account_for_fifteen_minutes() {
        let policy = ThrottlePolicy::per_account();
        let mut state = ThrottleState::default();
        let mut now = at(0);
        for _ in 0..10 {
            now = state.blocked_until.unwrap_or(now).max(now);
            state.check(&policy, now).unwrap();
            state.record_failure(&policy, now);
        }
        let until = now + Duration::minutes(15);
        assert_eq!(state.check(&policy, now + Duration::minutes(14)), Err(Blocked { until, locked: true }));
        assert_eq!(state.check(&policy, until), Ok(()));
    }

    #[test]
    fn a_quiet_hour_forgets_and_an_address_is_never_locked() {
        let policy = ThrottlePolicy::per_address();
        let mut state = ThrottleState::default();
        for _ in 0..100 {
            state.record_failure(&policy, at(0));
        }
        assert_eq!(state.blocked_until, Some(at(300)), "the wait stops growing at 5 minutes");
        assert!(!state.check(&policy, at(10)).unwrap_err().locked);
        state.record_failure(&policy, at(3600));
        assert_eq!((state.failures, state.blocked_until), (1, None));
    }

    #[test]
    fn a_right_password_takes_its_attempt_back() {
        let policy = ThrottlePolicy::per_account();
        let mut state = ThrottleState::default();
        for _ in 0..4 {
            state.record_failure(&policy, at(0));
        }
        state.forgive_one();
        assert_eq!((state.failures, state.check(&policy, at(0))), (3, Ok(())));
    }

    proptest! {
        #[test]
        fn no_attempt_is_taken_while_blocked_and_a_lock_needs_ten_failures(
            waits in prop::collection::vec(0i64..120, 1..80)
        ) {
            let policy = ThrottlePolicy::per_account();
            let mut state = ThrottleState::default();
            let mut now = at(0);
            for wait in waits {
                now += Duration::seconds(wait);
                match state.check(&policy, now) {
                    Err(blocked) => {
                        prop_assert!(now < blocked.until);
                        prop_assert_eq!(blocked.locked, state.failures >= 10);
                    }
                    Ok(()) => state.record_failure(&policy, now),
                }
            }
        }
    }
}
