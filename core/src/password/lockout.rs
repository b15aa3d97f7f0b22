//! Wrong payment passwords are counted; after a few in a row the wallet
//! locks for a while.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How many wrong attempts lock the wallet, and for how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockoutPolicy {
    /// Wrong passwords in a row that lock the wallet.
    pub max_consecutive_failures: u32,
    /// How long the lock lasts.
    pub lockout_minutes: i64,
}

impl Default for LockoutPolicy {
    /// 5 wrong passwords in a row lock the wallet for 30 minutes.
    fn default() -> Self {
        LockoutPolicy { max_consecutive_failures: 5, lockout_minutes: 30 }
    }
}

/// The wallet is locked after too many wrong payment passwords.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("too many wrong payment passwords: payments are locked until {until}; try again then")]
pub struct LockedOut {
    /// When attempts are allowed again.
    pub until: DateTime<Utc>,
}

/// What a wrong attempt led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FailureOutcome {
    /// Still unlocked; this many attempts remain before the lock.
    AttemptsLeft {
        /// Attempts before the wallet locks.
        attempts_left: u32,
    },
    /// This attempt locked the wallet.
    Locked {
        /// When attempts are allowed again.
        until: DateTime<Utc>,
    },
}

/// The counter kept per shopper (persisted by the service).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentPasswordGuard {
    /// Wrong attempts since the last success or the last lock.
    pub consecutive_failures: u32,
    /// Set while locked.
    pub locked_until: Option<DateTime<Utc>>,
}

impl PaymentPasswordGuard {
    /// Refuses an attempt while locked. Once a lock has passed, the count
    /// starts over.
    pub fn check_can_attempt(&mut self, now: DateTime<Utc>) -> Result<(), LockedOut> {
        match self.locked_until {
            Some(until) if now < until => Err(LockedOut { until }),
            Some(_) => {
                self.locked_until = None;
                self.consecutive_failures = 0;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Counts a wrong password. Call only after [`Self::check_can_attempt`].
    pub fn record_failure(&mut self, policy: &LockoutPolicy, now: DateTime<Utc>) -> FailureOutcome {
        self.consecutive_failures += 1;
        if self.consecutive_failures >= policy.max_consecutive_failures {
            let until = now + Duration::minutes(policy.lockout_minutes);
            self.locked_until = Some(until);
            self.consecutive_failures = 0;
            return FailureOutcome::Locked { until };
        }
        FailureOutcome::AttemptsLeft { attempts_left: policy.max_consecutive_failures - self.consecutive_failures }
    }

    /// A right password clears the count.
    pub fn record_success(&mut self) {
        self.consecutive_failures = 0;
        self.locked_until = None;
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap() + Duration::minutes(minute)
    }

    #[test]
    fn five_wrong_passwords_in_a_row_lock_for_thirty_minutes() {
        let policy = LockoutPolicy::default();
        let mut guard = PaymentPasswordGuard::default();
        for attempts_left in [4, 3, 2, 1] {
            guard.check_can_attempt(at(0)).unwrap();
            assert_eq!(guard.record_failure(&policy, at(0)), FailureOutcome::AttemptsLeft { attempts_left });
        }
        assert_eq!(guard.record_failure(&policy, at(0)), FailureOutcome::Locked { until: at(30) });
        assert_eq!(guard.check_can_attempt(at(29)), Err(LockedOut { until: at(30) }));
        assert_eq!(guard.check_can_attempt(at(30)), Ok(()));
        assert_eq!(guard.record_failure(&policy, at(30)), FailureOutcome::AttemptsLeft { attempts_left: 4 });
    }

    #[test]
    fn a_right_password_clears_the_count() {
        let policy = LockoutPolicy::default();
        let mut guard = PaymentPasswordGuard::default();
        for _ in 0..4 {
            guard.record_failure(&policy, at(0));
        }
        guard.record_success();
        assert_eq!(guard.record_failure(&policy, at(1)), FailureOutcome::AttemptsLeft { attempts_left: 4 });
    }

    #[test]
    fn the_lock_message_says_until_when_and_promises_no_missing_flow() {
        let message = LockedOut { until: at(30) }.to_string();
        assert!(!message.contains("Forgot"), "{message}");
        assert!(message.contains("2026-11-22 12:30:00 UTC"));
    }

    proptest! {
        #[test]
        fn locked_only_after_five_failures_and_never_accepts_while_locked(
            events in prop::collection::vec((any::<bool>(), 0i64..20), 0..60)
        ) {
            let policy = LockoutPolicy::default();
            let mut guard = PaymentPasswordGuard::default();
            let mut minute = 0;
            let mut failures_in_a_row = 0u32;
            for (right_password, wait_minutes) in events {
                minute += wait_minutes;
                let now = at(minute);
                let was_locked = guard.locked_until.is_some_and(|until| now < until);
                match guard.check_can_attempt(now) {
                    Err(_) => { prop_assert!(was_locked); continue; }
                    Ok(()) => prop_assert!(!was_locked),
                }
                if guard.consecutive_failures == 0 { failures_in_a_row = 0; }
                if right_password {
                    guard.record_success();
                    failures_in_a_row = 0;
                } else {
                    failures_in_a_row += 1;
                    let outcome = guard.record_failure(&policy, now);
                    let locked = matches!(outcome, FailureOutcome::Locked { .. });
                    prop_assert_eq!(locked, failures_in_a_row == policy.max_consecutive_failures);
                }
            }
        }
    }
}
