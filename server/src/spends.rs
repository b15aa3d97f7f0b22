//! A shopper's spending, in USD, per limit method: what the spending
//! limits count. Every money movement that a limit counts records its spend
//! here, in the movement's transaction: payments, top-ups, transfers.

use chrono::{DateTime, Utc};
use pocket_core::limits::{AccountStanding, Allowed, LimitError, LimitMethod, LimitPolicy, SpentInWindows};
use pocket_core::money::{Currency, Money};
use pocket_core::window::{RollingWindow, Spend};

use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional, Value};

/// Past movements of one limit method, in USD: the limits' history at
/// `now`. Only the spends the longest window can still count are read (30
/// days, and a day's margin: the windows themselves decide to the second),
/// so a shopper's years of payments cost nothing per payment.
pub fn spend_history(tx: &Db, user_id: &str, method: LimitMethod, now: DateTime<Utc>) -> Result<Vec<Spend>, Refusal> {
    let since = now - RollingWindow::MONTH.length - chrono::Duration::days(1);
    let mut statement =
        tx.prepare_cached("SELECT at, usd_minor FROM spends WHERE user_id = ?1 AND method = ?2 AND at >= ?3")?;
    let rows = statement.query_map(params![user_id, method.to_string(), since.to_rfc3339()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    let mut spends = Vec::new();
    for row in rows {
        let (at, usd_minor) = row?;
        spends.push(Spend {
            at: crate::time::parse_time(&at)?,
            amount: Money::from_minor_units(usd_minor, Currency::Usd)?,
        });
    }
    Ok(spends)
}

/// A shopper's spending by one method as the limits see it at a moment:
/// the windows' sums, read from the running totals the spends carry (one
/// statement of index lookups, whatever the history's length), and the
/// latest spend, which the next one continues.
#[derive(Debug, Clone)]
pub struct SpentByMethod {
    user_id: String,
    method: LimitMethod,
    /// The sums the limits decide on.
    pub spent: SpentInWindows,
    /// The latest spend's stamp and running total, if there is one.
    latest: Option<(DateTime<Utc>, i64)>,
}

/// The columns that read a shopper's spending by one method, for
/// [`spent_by_method`] and for a statement that reads it with her row (the
/// payer's): `?1` the shopper, `?2` the method, `?3` and `?4` the edges of
/// the day's and the month's windows ([`spent_params`]). A window
/// holds the spends stamped after its edge: its sum is the latest running
/// total less the one of the last spend before the edge.
macro_rules! spent_columns {
    () => {
        "(SELECT at FROM spends WHERE user_id = ?1 AND method = ?2 ORDER BY at DESC, id DESC LIMIT 1),
         (SELECT running_usd_minor FROM spends WHERE user_id = ?1 AND method = ?2 ORDER BY at DESC, id DESC LIMIT 1),
         (SELECT running_usd_minor FROM spends WHERE user_id = ?1 AND method = ?2 AND at <= ?3
          ORDER BY at DESC, id DESC LIMIT 1),
         (SELECT running_usd_minor FROM spends WHERE user_id = ?1 AND method = ?2 AND at <= ?4
          ORDER BY at DESC, id DESC LIMIT 1)"
    };
}
pub(crate) use spent_columns;

/// What [`spent_columns!`] read: the latest spend's stamp and running
/// total, and the totals before the day's and the month's windows.
pub type SpentColumns = (Option<String>, Option<i64>, Option<i64>, Option<i64>);

/// The spending of `user_id` by `method` in the limits' windows at `now`.
pub fn spent_by_method(
    tx: &Db,
    user_id: &str,
    method: LimitMethod,
    now: DateTime<Utc>,
) -> Result<SpentByMethod, Refusal> {
    let columns = tx.query_row(concat!("SELECT ", spent_columns!()), spent_params(user_id, method, now), |r| {
        r.read::<SpentColumns>()
    })?;
    SpentByMethod::from_columns(user_id, method, columns)
}

/// The four parameters of [`spent_columns!`].
pub fn spent_params(user_id: &str, method: LimitMethod, now: DateTime<Utc>) -> [Value; 4] {
    let edge = |window: RollingWindow| Value::Text((now - window.length).to_rfc3339());
    [
        Value::Text(user_id.to_string()),
        Value::Text(method.to_string()),
        edge(RollingWindow::DAY),
        edge(RollingWindow::MONTH),
    ]
}

impl SpentByMethod {
    /// The spending from what [`spent_columns!`] read.
    pub fn from_columns(user_id: &str, method: LimitMethod, columns: SpentColumns) -> Result<SpentByMethod, Refusal> {
        let (latest_at, latest_total, before_day, before_month) = columns;
        let total = latest_total.unwrap_or(0);
        let usd = |minor: i64| Money::from_minor_units(minor, Currency::Usd);
        let spent = SpentInWindows {
            last_24_hours: usd(total - before_day.unwrap_or(0))?,
            last_30_days: usd(total - before_month.unwrap_or(0))?,
        };
        let latest = match latest_at {
            Some(at) => Some((crate::time::parse_time(&at)?, total)),
            None => None,
        };
        Ok(SpentByMethod { user_id: user_id.to_string(), method, spent, latest })
    }

    /// Records a spend of `usd` after these, in the same transaction. It is
    /// stamped `now`, or the latest spend's stamp if that is later (a
    /// request asked for a moment earlier may commit a moment later): a
    /// moment's difference in when it leaves a window, for running totals
    /// that stay in the order they were written.
    pub fn record(&self, tx: &Db, usd: Money, now: DateTime<Utc>) -> Result<(), Refusal> {
        let (latest_at, latest_total) = self.latest.unwrap_or((now, 0));
        let usd_minor = usd.to_minor_units();
        tx.execute_unread(
            "INSERT INTO spends (user_id, method, at, usd_minor, running_usd_minor) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                self.user_id,
                self.method.to_string(),
                now.max(latest_at).to_rfc3339(),
                usd_minor,
                latest_total + usd_minor
            ],
        )?;
        Ok(())
    }
}

impl SpentByMethod {
    /// Whether `usd` more by this method fits the limits: decided in
    /// `pocket-core` from the windows' sums. A refusal is said in full (when
    /// the amount fits again) from the spends one by one, read only then.
    /// The outer error is the database's; the inner one, the limit's.
    pub fn check(
        &self,
        tx: &Db,
        policy: &LimitPolicy,
        standing: &AccountStanding,
        usd: Money,
        now: DateTime<Utc>,
    ) -> Result<Result<Allowed, LimitError>, Refusal> {
        match policy.evaluate_spent(standing, self.method, usd, self.spent, now) {
            Err(LimitError::Refused(_)) => {
                let history = spend_history(tx, &self.user_id, self.method, now)?;
                Ok(policy.evaluate(standing, self.method, usd, &history, now))
            }
            decided => Ok(decided),
        }
    }
}

/// Records money moved by a limit method.
pub fn record_spend(
    tx: &Db,
    user_id: &str,
    method: LimitMethod,
    usd: Money,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    spent_by_method(tx, user_id, method, now)?.record(tx, usd, now)
}

/// Gives back a spend recorded at `at` whose money never moved (a top-up
/// declined because it never arrived): the limits no longer count it, and
/// the running totals after it shrink by it.
pub fn release_spend(
    tx: &Db,
    user_id: &str,
    method: LimitMethod,
    usd: Money,
    at: DateTime<Utc>,
) -> Result<(), Refusal> {
    let (method, at, usd_minor) = (method.to_string(), at.to_rfc3339(), usd.to_minor_units());
    let found: Option<(i64, String)> = tx
        .query_row(
            // At `at`, or a moment after if it was stamped after a later one.
            "SELECT id, at FROM spends WHERE user_id = ?1 AND method = ?2 AND at >= ?3 AND usd_minor = ?4
             ORDER BY at, id LIMIT 1",
            params![user_id, method, at, usd_minor],
            |r| r.read::<(i64, String)>(),
        )
        .optional()?;
    let Some((id, at)) = found else {
        return Ok(());
    };
    tx.execute("DELETE FROM spends WHERE id = ?1", params![id])?;
    tx.execute(
        "UPDATE spends SET running_usd_minor = running_usd_minor - ?1
         WHERE user_id = ?2 AND method = ?3 AND (at > ?4 OR (at = ?4 AND id > ?5))",
        params![usd_minor, user_id, method, at, id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn the_limits_history_reads_only_what_the_longest_window_can_count() {
        let store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        let (recent, old) = (now - chrono::Duration::days(29), now - chrono::Duration::days(40));
        let history = store.with_connection(|connection| {
            for (at, cents) in [(old, 5_000), (recent, 1_000)] {
                let usd = Money::from_minor_units(cents, pocket_core::money::Currency::Usd).unwrap();
                record_spend(connection, "usr_1", LimitMethod::Balance, usd, at).unwrap();
            }
            spend_history(connection, "usr_1", LimitMethod::Balance, now).unwrap()
        });
        assert_eq!(history.len(), 1, "the spend from 40 days ago is past every window");
        assert_eq!(history[0].amount.to_minor_units(), 1_000);
    }

    fn usd(cents: i64) -> Money {
        Money::from_minor_units(cents, Currency::Usd).unwrap()
    }

    #[test]
    fn the_running_totals_sum_each_window_as_the_spends_do_after_a_release() {
        let store = Store::open_in_memory().unwrap();
        let start = Utc::now() - chrono::Duration::days(45);
        let hours = |n: i64| start + chrono::Duration::hours(n);
        store.with_connection(|tx| {
            for (hour, cents) in [(0, 500), (200, 700), (700, 1_100), (1_000, 1_300), (1_060, 1_700), (1_070, 1_900)] {
                record_spend(tx, "usr_1", LimitMethod::Balance, usd(cents), hours(hour)).unwrap();
            }
            // Another method's and another shopper's spends count apart.
            record_spend(tx, "usr_1", LimitMethod::Card, usd(9_900), hours(1_065)).unwrap();
            record_spend(tx, "usr_2", LimitMethod::Balance, usd(9_900), hours(1_065)).unwrap();
            release_spend(tx, "usr_1", LimitMethod::Balance, usd(1_300), hours(1_000)).unwrap();
            for now in [hours(1_070), hours(1_075), hours(1_085), hours(1_500), hours(200 + 720)] {
                let from_totals = spent_by_method(tx, "usr_1", LimitMethod::Balance, now).unwrap().spent;
                let history = spend_history(tx, "usr_1", LimitMethod::Balance, now).unwrap();
                assert_eq!(from_totals, SpentInWindows::of(&history, now).unwrap(), "at {now}");
            }
            let now = hours(1_070);
            let spent = spent_by_method(tx, "usr_1", LimitMethod::Balance, now).unwrap().spent;
            assert_eq!(spent.last_24_hours, usd(1_700 + 1_900), "the released 13.00 no longer counts");
            assert_eq!(spent.last_30_days, usd(1_100 + 1_700 + 1_900));
        });
    }

    #[test]
    fn a_spend_asked_for_before_the_latest_is_stamped_with_the_latest() {
        let store = Store::open_in_memory().unwrap();
        let now = Utc::now();
        store.with_connection(|tx| {
            record_spend(tx, "usr_1", LimitMethod::Balance, usd(100), now).unwrap();
            record_spend(tx, "usr_1", LimitMethod::Balance, usd(200), now - chrono::Duration::milliseconds(5)).unwrap();
            let history = spend_history(tx, "usr_1", LimitMethod::Balance, now).unwrap();
            assert!(history.iter().all(|spend| spend.at == now), "{history:?}");
            let spent = spent_by_method(tx, "usr_1", LimitMethod::Balance, now).unwrap().spent;
            assert_eq!(spent.last_24_hours, usd(300));
        });
    }
}
