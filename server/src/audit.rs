//! Time-driven work and the whole-database check.

use crate::store::Db;
use chrono::{DateTime, Utc};

use crate::ledger::{check_invariants, InvariantReport};
use crate::refusals::Refusal;

/// Completes orders whose protection has ended and, in the sandbox
/// (`simulated_bank`), brings in the top-ups whose date has come. Run every
/// second, and when the sandbox clock moves.
pub fn settle_everything_due(tx: &Db, now: DateTime<Utc>, simulated_bank: bool) -> Result<(usize, usize), Refusal> {
    let top_ups = if simulated_bank { crate::topups::settle_due(tx, now)? } else { 0 };
    let orders = crate::orders::complete_expired_protections(tx, now)?;
    Ok((top_ups, orders))
}

/// The ledger's invariants, plus: escrow holds for every order what the
/// order says (the escrow legs of the journals naming it), and nothing
/// once the order has ended.
///
/// One transaction, so the two checks see the same database.
pub fn audit(connection: &Db) -> Result<InvariantReport, crate::store::SqlError> {
    connection.in_transaction(|tx| {
        let mut report = check_invariants(tx)?;
        report.breaks.extend(crate::orders::check_escrow_matches_orders(tx)?);
        Ok(report)
    })
}
