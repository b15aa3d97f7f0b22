//! Re-verifying the ledger's invariants over the whole database.

use crate::store::Db;
use serde::Serialize;

/// What the check found. `breaks` is empty when the ledger is healthy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvariantReport {
    /// Accounts checked.
    pub accounts: i64,
    /// Journals checked.
    pub journals: i64,
    /// Legs checked.
    pub legs: i64,
    /// Every invariant that does not hold, in words.
    pub breaks: Vec<String>,
}

impl InvariantReport {
    /// Whether every invariant holds.
    pub fn is_healthy(&self) -> bool {
        self.breaks.is_empty()
    }
}

/// Checks, over every posting ever made:
/// 1. each account's cached totals equal the sum of its legs;
/// 2. every leg's currency is its accounts' currency, and every journal has legs;
/// 3. total debits equal total credits, per currency;
/// 4. no account owed to someone is below zero.
pub fn check_invariants(connection: &Db) -> Result<InvariantReport, crate::store::SqlError> {
    let count = |sql: &str| connection.query_row(sql, [], |row| row.get::<_, i64>(0));
    let mut breaks = Vec::new();
    collect(connection, &mut breaks,
        "SELECT a.account_key || ': cached debits ' || a.debits_minor || ' / credits ' || a.credits_minor
                || ' but legs sum to ' || COALESCE(d.total, 0) || ' / ' || COALESCE(c.total, 0)
         FROM ledger_accounts a
         LEFT JOIN (SELECT debit_account_id id, SUM(amount_minor) total FROM ledger_legs GROUP BY debit_account_id) d ON d.id = a.id
         LEFT JOIN (SELECT credit_account_id id, SUM(amount_minor) total FROM ledger_legs GROUP BY credit_account_id) c ON c.id = a.id
         WHERE a.debits_minor != COALESCE(d.total, 0) OR a.credits_minor != COALESCE(c.total, 0)")?;
    collect(
        connection,
        &mut breaks,
        "SELECT 'leg ' || l.id || ' in ' || l.currency || ' joins ' || da.account_key || ' and ' || ca.account_key
         FROM ledger_legs l
         JOIN ledger_accounts da ON da.id = l.debit_account_id
         JOIN ledger_accounts ca ON ca.id = l.credit_account_id
         WHERE da.currency != l.currency OR ca.currency != l.currency",
    )?;
    collect(
        connection,
        &mut breaks,
        "SELECT 'journal ' || j.id || ' (' || j.code || ') has no legs'
         FROM ledger_journals j WHERE NOT EXISTS (SELECT 1 FROM ledger_legs l WHERE l.journal_id = j.id)",
    )?;
    collect(
        connection,
        &mut breaks,
        "SELECT currency || ': total debits ' || SUM(debits_minor) || ' != total credits ' || SUM(credits_minor)
         FROM ledger_accounts GROUP BY currency HAVING SUM(debits_minor) != SUM(credits_minor)",
    )?;
    collect(
        connection,
        &mut breaks,
        "SELECT account_key || ' is below zero: ' || (credits_minor - debits_minor)
         FROM ledger_accounts WHERE may_go_negative = 0 AND credits_minor < debits_minor",
    )?;
    Ok(InvariantReport {
        accounts: count("SELECT COUNT(*) FROM ledger_accounts")?,
        journals: count("SELECT COUNT(*) FROM ledger_journals")?,
        legs: count("SELECT COUNT(*) FROM ledger_legs")?,
        breaks,
    })
}

fn collect(connection: &Db, breaks: &mut Vec<String>, sql: &str) -> Result<(), crate::store::SqlError> {
    let mut statement = connection.prepare_cached(sql)?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    for row in rows {
        breaks.push(row?);
    }
    Ok(())
}
