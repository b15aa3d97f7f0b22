//! Evaluating a payment or top-up against the limits, and explaining a
//! refusal: which rule, what is left, when it fits, what would raise it.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{Ceilings, LimitMethod, LimitPolicy, VerificationLevel};
use crate::money::{Currency, Money, MoneyError};
use crate::window::{RollingWindow, Spend};

/// What the limits need to know about the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountStanding {
    /// How far the shopper has verified who they are.
    pub level: VerificationLevel,
    /// When the account was created: its age drives the limits.
    pub signed_up_at: DateTime<Utc>,
}

impl AccountStanding {
    /// Whole days since sign-up.
    pub fn age_days(&self, now: DateTime<Utc>) -> u32 {
        u32::try_from((now - self.signed_up_at).num_days().max(0)).unwrap_or(u32::MAX)
    }
}

/// The three limit rules, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LimitRule {
    /// One payment.
    PerPayment,
    /// A rolling 24 hours.
    PerDay,
    /// A rolling 30 days.
    PerMonth,
}

impl LimitRule {
    fn describe(self) -> &'static str {
        match self {
            LimitRule::PerPayment => "per-payment limit",
            LimitRule::PerDay => "daily limit",
            LimitRule::PerMonth => "monthly limit",
        }
    }

    fn period(self) -> &'static str {
        match self {
            LimitRule::PerPayment => "per payment",
            LimitRule::PerDay => "per 24 hours",
            LimitRule::PerMonth => "per 30 days",
        }
    }
}

/// What would raise a limit enough for the refused amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LimitRaise {
    /// Confirm the email address.
    VerifyEmail {
        /// The limit once confirmed.
        new_ceiling: Money,
    },
    /// Verify identity with documents.
    VerifyIdentity {
        /// The limit once verified.
        new_ceiling: Money,
    },
    /// Wait for the account to grow older.
    AccountAge {
        /// When the account reaches the age.
        on: DateTime<Utc>,
        /// The age, in days.
        age_days: u32,
        /// The limit from then on.
        new_ceiling: Money,
    },
}

/// A payment the limits allow, and what is left after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allowed {
    /// Left in the rolling 24 hours after this payment.
    pub left_today: Money,
    /// Left in the rolling 30 days after this payment.
    pub left_this_month: Money,
    /// The ceiling for one payment.
    pub per_payment: Money,
}

/// A payment the limits refuse, with everything the shopper needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LimitRefusal {
    /// What the payment was for.
    pub method: LimitMethod,
    /// The rule it breaks (the first, in the order per payment, day, month).
    pub rule: LimitRule,
    /// The amount refused.
    pub amount: Money,
    /// The rule's ceiling.
    pub ceiling: Money,
    /// What can still be spent under this rule now.
    pub left: Money,
    /// When this amount fits under the rule again; `None` for the
    /// per-payment rule, or when the amount alone is over the ceiling.
    pub resets_at: Option<DateTime<Utc>>,
    /// What would raise the limit enough, if anything would.
    pub how_to_raise: Option<LimitRaise>,
}

impl std::fmt::Display for LimitRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is over your {} for {} ({} {})",
            self.amount,
            self.rule.describe(),
            self.method.display_name(),
            self.ceiling,
            self.rule.period()
        )?;
        if self.rule != LimitRule::PerPayment {
            write!(f, "; you can spend {} more now", self.left)?;
            if let Some(at) = self.resets_at {
                write!(f, ", and {} from {}", self.amount, at.format("%Y-%m-%d %H:%M UTC"))?;
            }
        }
        f.write_str(".")?;
        match self.how_to_raise {
            Some(LimitRaise::VerifyEmail { new_ceiling }) => {
                write!(f, " Confirming your email raises it to {new_ceiling}.")
            }
            Some(LimitRaise::VerifyIdentity { new_ceiling }) => {
                write!(f, " Verifying your identity raises it to {new_ceiling}.")
            }
            Some(LimitRaise::AccountAge { on, age_days, new_ceiling }) => write!(
                f,
                " It rises to {new_ceiling} when your account is {age_days} days old, on {}.",
                on.format("%Y-%m-%d")
            ),
            None => Ok(()),
        }
    }
}

impl std::error::Error for LimitRefusal {}

/// Why an amount could not be evaluated, or was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LimitError {
    /// Over a limit.
    #[error(transparent)]
    Refused(LimitRefusal),
    /// Not a positive USD amount.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// The "your limits" screen for one method.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitSummary {
    /// The method.
    pub method: LimitMethod,
    /// Its ceilings now.
    pub ceilings: Ceilings,
    /// Left in the rolling 24 hours.
    pub left_today: Money,
    /// Left in the rolling 30 days.
    pub left_this_month: Money,
    /// When the oldest spend in the 24 hours leaves it (money frees up).
    pub day_frees_at: Option<DateTime<Utc>>,
    /// When the oldest spend in the 30 days leaves it.
    pub month_frees_at: Option<DateTime<Utc>>,
}

/// What one method has spent in each of the limits' windows at a moment:
/// all the limits need to decide. A store can keep these sums as it goes,
/// so deciding costs the same whatever the shopper's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpentInWindows {
    /// Spent in the rolling 24 hours.
    pub last_24_hours: Money,
    /// Spent in the rolling 30 days.
    pub last_30_days: Money,
}

impl SpentInWindows {
    /// The sums of `history` at `now`.
    pub fn of(history: &[Spend], now: DateTime<Utc>) -> Result<SpentInWindows, MoneyError> {
        Ok(SpentInWindows {
            last_24_hours: RollingWindow::DAY.spent(history, Currency::Usd, now)?,
            last_30_days: RollingWindow::MONTH.spent(history, Currency::Usd, now)?,
        })
    }
}

impl LimitRule {
    /// The rolling window the rule counts over, if any.
    fn window(self) -> Option<RollingWindow> {
        match self {
            LimitRule::PerPayment => None,
            LimitRule::PerDay => Some(RollingWindow::DAY),
            LimitRule::PerMonth => Some(RollingWindow::MONTH),
        }
    }
}

impl LimitPolicy {
    /// Checks a payment (or top-up) of `amount_usd` by `method` against the
    /// account's limits, given the method's earlier spending. A refusal
    /// says when the amount fits again.
    pub fn evaluate(
        &self,
        account: &AccountStanding,
        method: LimitMethod,
        amount_usd: Money,
        history: &[Spend],
        now: DateTime<Utc>,
    ) -> Result<Allowed, LimitError> {
        let spent = SpentInWindows::of(history, now)?;
        match self.evaluate_spent(account, method, amount_usd, spent, now) {
            Err(LimitError::Refused(mut refusal)) => {
                refusal.resets_at = match refusal.rule.window() {
                    Some(window) => window.fits_at(refusal.ceiling, refusal.amount, history, now)?,
                    None => None,
                };
                Err(LimitError::Refused(refusal))
            }
            decided => decided,
        }
    }

    /// The same decision as [`LimitPolicy::evaluate`] from the windows'
    /// sums alone. A refusal from here has no `resets_at`: that needs the
    /// spends one by one, so a caller that refuses asks `evaluate` for the
    /// whole refusal (the two always agree on the decision).
    pub fn evaluate_spent(
        &self,
        account: &AccountStanding,
        method: LimitMethod,
        amount_usd: Money,
        spent: SpentInWindows,
        now: DateTime<Utc>,
    ) -> Result<Allowed, LimitError> {
        amount_usd.require_same_currency(Money::zero(Currency::Usd))?;
        let amount = amount_usd.require_positive()?;
        let ceilings = self.ceilings(account.level, method, account.age_days(now));
        let left_today = ceilings.per_day.saturating_sub(spent.last_24_hours)?;
        let left_this_month = ceilings.per_month.saturating_sub(spent.last_30_days)?;
        let refusal = |rule, ceiling: Money, left: Money| -> Result<LimitError, MoneyError> {
            let needed = amount.checked_add(ceiling.saturating_sub(left)?)?;
            let how_to_raise = self.how_to_raise(account, method, rule, needed, now);
            Ok(LimitError::Refused(LimitRefusal { method, rule, amount, ceiling, left, resets_at: None, how_to_raise }))
        };
        if amount > ceilings.per_payment {
            return Err(refusal(LimitRule::PerPayment, ceilings.per_payment, ceilings.per_payment)?);
        }
        if amount > left_today {
            return Err(refusal(LimitRule::PerDay, ceilings.per_day, left_today)?);
        }
        if amount > left_this_month {
            return Err(refusal(LimitRule::PerMonth, ceilings.per_month, left_this_month)?);
        }
        Ok(Allowed {
            left_today: left_today.checked_sub(amount)?,
            left_this_month: left_this_month.checked_sub(amount)?,
            per_payment: ceilings.per_payment,
        })
    }

    /// The limits of one method, what is left and when money frees up.
    pub fn summary(
        &self,
        account: &AccountStanding,
        method: LimitMethod,
        history: &[Spend],
        now: DateTime<Utc>,
    ) -> Result<LimitSummary, MoneyError> {
        let ceilings = self.ceilings(account.level, method, account.age_days(now));
        let frees_at = |window: RollingWindow| {
            history.iter().filter(|spend| window.contains(spend.at, now)).map(|spend| spend.at + window.length).min()
        };
        Ok(LimitSummary {
            method,
            ceilings,
            left_today: RollingWindow::DAY.left(ceilings.per_day, history, now)?,
            left_this_month: RollingWindow::MONTH.left(ceilings.per_month, history, now)?,
            day_frees_at: frees_at(RollingWindow::DAY),
            month_frees_at: frees_at(RollingWindow::MONTH),
        })
    }

    /// Every method's summary in one call (one call per screen). `history`
    /// holds every spend with its method.
    pub fn summaries_for_all_methods(
        &self,
        account: &AccountStanding,
        history: &[(LimitMethod, Spend)],
        now: DateTime<Utc>,
    ) -> Result<Vec<LimitSummary>, MoneyError> {
        LimitMethod::all()
            .into_iter()
            .map(|method| {
                let spends: Vec<Spend> =
                    history.iter().filter(|(m, _)| *m == method).map(|(_, spend)| *spend).collect();
                self.summary(account, method, &spends, now)
            })
            .collect()
    }

    /// The nearest change that lifts `rule`'s ceiling to at least `needed`:
    /// confirming the email, verifying identity (both actionable now), or
    /// else the account growing into an older band.
    fn how_to_raise(
        &self,
        account: &AccountStanding,
        method: LimitMethod,
        rule: LimitRule,
        needed: Money,
        now: DateTime<Utc>,
    ) -> Option<LimitRaise> {
        let age_days = account.age_days(now);
        let pick = |ceilings: Ceilings| match rule {
            LimitRule::PerPayment => ceilings.per_payment,
            LimitRule::PerDay => ceilings.per_day,
            LimitRule::PerMonth => ceilings.per_month,
        };
        let next_level = match account.level {
            VerificationLevel::Unverified => Some(VerificationLevel::EmailConfirmed),
            VerificationLevel::EmailConfirmed => Some(VerificationLevel::IdentityVerified),
            VerificationLevel::IdentityVerified => None,
        };
        if let Some(level) = next_level {
            let new_ceiling = pick(self.ceilings(level, method, age_days));
            if new_ceiling >= needed {
                return Some(match level {
                    VerificationLevel::EmailConfirmed => LimitRaise::VerifyEmail { new_ceiling },
                    _ => LimitRaise::VerifyIdentity { new_ceiling },
                });
            }
        }
        self.bands_for(account.level, method)
            .iter()
            .filter(|(min_age, _)| *min_age > age_days)
            .find(|(_, ceilings)| pick(*ceilings) >= needed)
            .map(|(min_age, ceilings)| LimitRaise::AccountAge {
                on: account.signed_up_at + Duration::days(i64::from(*min_age)),
                age_days: *min_age,
                new_ceiling: pick(*ceilings),
            })
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::topup::TopUpRail;

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 14, 5, 0).unwrap()
    }

    fn account(level: VerificationLevel, age_days: i64) -> AccountStanding {
        AccountStanding { level, signed_up_at: now() - Duration::days(age_days) }
    }

    fn spend(hours_ago: i64, amount: &str) -> Spend {
        Spend { at: now() - Duration::hours(hours_ago), amount: usd(amount) }
    }

    fn refusal(result: Result<Allowed, LimitError>) -> LimitRefusal {
        match result {
            Err(LimitError::Refused(refusal)) => refusal,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn an_allowed_payment_says_what_is_left_today_and_this_month() {
        let policy = LimitPolicy::default_policy();
        let history = [spend(2, "50.00"), spend(48, "100.00")];
        let allowed = policy
            .evaluate(
                &account(VerificationLevel::EmailConfirmed, 10),
                LimitMethod::Balance,
                usd("30.00"),
                &history,
                now(),
            )
            .unwrap();
        assert_eq!(allowed.left_today, usd("220.00"));
        assert_eq!(allowed.left_this_month, usd("820.00"));
    }

    #[test]
    fn over_the_daily_limit_names_the_rule_what_is_left_when_it_fits_and_what_raises_it() {
        let policy = LimitPolicy::default_policy();
        let history = [spend(20, "100.00"), spend(4, "80.00")];
        let refused = refusal(policy.evaluate(
            &account(VerificationLevel::EmailConfirmed, 10),
            LimitMethod::Balance,
            usd("150.00"),
            &history,
            now(),
        ));
        assert_eq!(refused.rule, LimitRule::PerDay);
        assert_eq!(refused.ceiling, usd("300.00"));
        assert_eq!(refused.left, usd("120.00"));
        assert_eq!(refused.resets_at, Some(now() + Duration::hours(4)), "when the 100.00 from 20 hours ago leaves");
        assert_eq!(refused.how_to_raise, Some(LimitRaise::VerifyIdentity { new_ceiling: usd("3000.00") }));
        assert_eq!(
            refused.to_string(),
            "150.00 USD is over your daily limit for balance payments (300.00 USD per 24 hours); \
             you can spend 120.00 USD more now, and 150.00 USD from 2026-11-23 18:05 UTC. \
             Verifying your identity raises it to 3000.00 USD."
        );
    }

    #[test]
    fn a_large_purchase_needs_identity_verification() {
        let policy = LimitPolicy::default_policy();
        let refused = refusal(policy.evaluate(
            &account(VerificationLevel::EmailConfirmed, 400),
            LimitMethod::Balance,
            usd("600.00"),
            &[],
            now(),
        ));
        assert_eq!(refused.rule, LimitRule::PerPayment);
        assert_eq!(refused.resets_at, None);
        assert_eq!(refused.how_to_raise, Some(LimitRaise::VerifyIdentity { new_ceiling: usd("5000.00") }));
    }

    #[test]
    fn an_unverified_account_is_told_to_confirm_its_email() {
        let policy = LimitPolicy::default_policy();
        let refused = refusal(policy.evaluate(
            &account(VerificationLevel::Unverified, 0),
            LimitMethod::TopUp(TopUpRail::BankCard),
            usd("10.00"),
            &[],
            now(),
        ));
        assert_eq!(refused.how_to_raise, Some(LimitRaise::VerifyEmail { new_ceiling: usd("200.00") }));
        assert!(refused.to_string().contains("Confirming your email"), "{refused}");
    }

    #[test]
    fn a_verified_young_account_is_told_when_age_raises_its_limit() {
        let policy = LimitPolicy::default_policy();
        let refused = refusal(policy.evaluate(
            &account(VerificationLevel::IdentityVerified, 10),
            LimitMethod::Balance,
            usd("2500.00"),
            &[],
            now(),
        ));
        assert_eq!(
            refused.how_to_raise,
            Some(LimitRaise::AccountAge { on: now() + Duration::days(20), age_days: 30, new_ceiling: usd("5000.00") })
        );
    }

    #[test]
    fn the_monthly_limit_is_checked_after_the_daily_one() {
        let policy = LimitPolicy::default_policy();
        let history: Vec<Spend> = (1..=4).map(|day| spend(day * 24 + 1, "250.00")).collect();
        let refused = refusal(policy.evaluate(
            &account(VerificationLevel::EmailConfirmed, 10),
            LimitMethod::Balance,
            usd("10.00"),
            &history,
            now(),
        ));
        assert_eq!((refused.rule, refused.left), (LimitRule::PerMonth, usd("0.00")));
        assert_eq!(refused.resets_at, Some(now() - Duration::hours(4 * 24 + 1) + Duration::days(30)));
    }

    #[test]
    fn amounts_must_be_positive_usd() {
        let policy = LimitPolicy::default_policy();
        let standing = account(VerificationLevel::EmailConfirmed, 10);
        let euros = Money::parse("1", Currency::Eur).unwrap();
        assert!(matches!(policy.evaluate(&standing, LimitMethod::Card, euros, &[], now()), Err(LimitError::Money(_))));
        assert!(matches!(
            policy.evaluate(&standing, LimitMethod::Card, usd("0"), &[], now()),
            Err(LimitError::Money(_))
        ));
    }

    #[test]
    fn the_limits_screen_lists_every_method_in_one_call() {
        let policy = LimitPolicy::default_policy();
        let history = [(LimitMethod::Card, spend(1, "60.00")), (LimitMethod::Balance, spend(30, "10.00"))];
        let summaries =
            policy.summaries_for_all_methods(&account(VerificationLevel::EmailConfirmed, 10), &history, now()).unwrap();
        assert_eq!(summaries.len(), 7);
        let card = summaries.iter().find(|s| s.method == LimitMethod::Card).unwrap();
        assert_eq!((card.left_today, card.left_this_month), (usd("140.00"), usd("440.00")));
        assert_eq!(card.day_frees_at, Some(now() + Duration::hours(23)));
        let balance = summaries.iter().find(|s| s.method == LimitMethod::Balance).unwrap();
        assert_eq!((balance.left_today, balance.day_frees_at), (usd("300.00"), None));
    }

    proptest! {
        #[test]
        fn evaluation_is_consistent_with_the_windows_and_their_sums(
            spends in prop::collection::vec((0i64..24 * 40, 1i64..30_000), 0..15),
            amount_cents in 1i64..120_000,
            age_days in 0i64..400,
        ) {
            let policy = LimitPolicy::default_policy();
            let standing = account(VerificationLevel::EmailConfirmed, age_days);
            let history: Vec<Spend> = spends.iter()
                .map(|(hours_ago, cents)| Spend { at: now() - Duration::hours(*hours_ago), amount: Money::from_minor_units(*cents, Currency::Usd).unwrap() })
                .collect();
            let amount = Money::from_minor_units(amount_cents, Currency::Usd).unwrap();
            let ceilings = policy.ceilings(standing.level, LimitMethod::Balance, standing.age_days(now()));
            let spent_today: i64 = history.iter().filter(|s| RollingWindow::DAY.contains(s.at, now())).map(|s| s.amount.to_minor_units()).sum();
            let spent_month: i64 = history.iter().filter(|s| RollingWindow::MONTH.contains(s.at, now())).map(|s| s.amount.to_minor_units()).sum();
            let fits = amount <= ceilings.per_payment
                && spent_today + amount_cents <= ceilings.per_day.to_minor_units()
                && spent_month + amount_cents <= ceilings.per_month.to_minor_units();
            match policy.evaluate(&standing, LimitMethod::Balance, amount, &history, now()) {
                Ok(allowed) => {
                    prop_assert!(fits);
                    prop_assert_eq!(allowed.left_today.to_minor_units(), ceilings.per_day.to_minor_units() - spent_today - amount_cents);
                    prop_assert_eq!(allowed.left_this_month.to_minor_units(), ceilings.per_month.to_minor_units() - spent_month - amount_cents);
                }
                Err(LimitError::Refused(refused)) => {
                    prop_assert!(!fits);
                    if let Some(at) = refused.resets_at {
                        // At that moment the refused rule no longer refuses.
                        let again = policy.evaluate(&standing, LimitMethod::Balance, amount, &history, at);
                        if let Err(LimitError::Refused(later)) = again {
                            prop_assert_ne!(later.rule, refused.rule);
                        }
                    }
                }
                Err(other) => prop_assert!(false, "unexpected {:?}", other),
            }
            // Deciding from the windows' sums alone agrees.
            let spent = SpentInWindows::of(&history, now()).unwrap();
            let from_sums = policy.evaluate_spent(&standing, LimitMethod::Balance, amount, spent, now());
            match (from_sums, policy.evaluate(&standing, LimitMethod::Balance, amount, &history, now())) {
                (Ok(by_sums), Ok(by_spends)) => prop_assert_eq!(by_sums, by_spends),
                (Err(LimitError::Refused(by_sums)), Err(LimitError::Refused(by_spends))) => {
                    prop_assert_eq!(by_sums.resets_at, None, "the sums cannot say when it fits");
                    prop_assert_eq!(LimitRefusal { resets_at: None, ..by_spends }, by_sums);
                }
                (by_sums, by_spends) => prop_assert!(false, "{:?} from the sums, {:?} from the spends", by_sums, by_spends),
            }
        }
    }
}
