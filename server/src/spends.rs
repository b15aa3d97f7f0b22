//! A shopper's spending, in USD, per limit method: what the spending
//! limits count. Every money movement that a limit counts records its spend
//! here, in the movement's transaction: payments, top-ups, transfers.

use chrono::{DateTime, Utc};
use pocket_core::limits::LimitMethod;
use pocket_core::money::Money;
use pocket_core::window::{RollingWindow, Spend};

use crate::params;
use crate::refusals::Refusal;
use crate::store::Db;

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
            amount: Money::from_minor_units(usd_minor, pocket_core::money::Currency::Usd)?,
        });
    }
    Ok(spends)
}

/// Records money moved by a limit method.
pub fn record_spend(
    tx: &Db,
    user_id: &str,
    method: LimitMethod,
    usd: Money,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    tx.execute(
        "INSERT INTO spends (user_id, method, at, usd_minor) VALUES (?1, ?2, ?3, ?4)",
        params![user_id, method.to_string(), now.to_rfc3339(), usd.to_minor_units()],
    )?;
    Ok(())
}

/// Gives back a spend recorded at `at` whose money never moved (a top-up
/// declined because it never arrived): the limits no longer count it.
pub fn release_spend(
    tx: &Db,
    user_id: &str,
    method: LimitMethod,
    usd: Money,
    at: DateTime<Utc>,
) -> Result<(), Refusal> {
    tx.execute(
        "DELETE FROM spends WHERE user_id = ?1 AND method = ?2 AND at = ?3 AND usd_minor = ?4",
        params![user_id, method.to_string(), at.to_rfc3339(), usd.to_minor_units()],
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
            for (at, cents) in [(recent, 1_000), (old, 5_000)] {
                let usd = Money::from_minor_units(cents, pocket_core::money::Currency::Usd).unwrap();
                record_spend(connection, "usr_1", LimitMethod::Balance, usd, at).unwrap();
            }
            spend_history(connection, "usr_1", LimitMethod::Balance, now).unwrap()
        });
        assert_eq!(history.len(), 1, "the spend from 40 days ago is past every window");
        assert_eq!(history[0].amount.to_minor_units(), 1_000);
    }
}
