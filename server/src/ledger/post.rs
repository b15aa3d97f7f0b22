//! Writing journals.

use std::collections::BTreeMap;

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::money::{Currency, Money, MoneyError};

use super::AccountKey;
use crate::store::StoreError;

/// Why money moved: the wire's code, so the history the phone reads names
/// journals as the ledger does.
pub use pocket_core::contract::wallet::JournalCode;

/// One movement: `amount` leaves `debit` and arrives in `credit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leg {
    /// The account money leaves (its balance goes down).
    pub debit: AccountKey,
    /// The account money arrives in (its balance goes up).
    pub credit: AccountKey,
    /// How much; its currency must be both accounts' currency.
    pub amount: Money,
}

/// A set of legs posted together, or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journal {
    /// Why.
    pub code: JournalCode,
    /// The top-up, order or transfer it belongs to.
    pub reference: String,
    /// The movements.
    pub legs: Vec<Leg>,
    /// When.
    pub at: DateTime<Utc>,
}

/// Why a journal was refused. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// An account owed to someone would go below zero.
    #[error("{account} holds {available}; {needed} is needed")]
    InsufficientFunds {
        /// The account.
        account: AccountKey,
        /// What the journal takes out of it.
        needed: Money,
        /// What it holds.
        available: Money,
    },
    /// A journal that does not balance, has no legs, a zero leg, or a leg
    /// whose currency differs from its accounts': a bug of ours.
    #[error("malformed journal: {0}")]
    Malformed(String),
    /// A stored amount out of range.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::store::SqlError> for LedgerError {
    fn from(error: crate::store::SqlError) -> Self {
        LedgerError::Store(StoreError::from(error))
    }
}

/// Posts a journal inside the caller's transaction. Refuses (and writes
/// nothing) if it is malformed or would take an account owed to someone
/// below zero.
pub fn post(tx: &Db, journal: &Journal) -> Result<i64, LedgerError> {
    check_well_formed(journal)?;
    check_no_overdraft(tx, journal)?;
    let journal_id: i64 = tx.query_row(
        "INSERT INTO ledger_journals (code, reference, created_at) VALUES (?1, ?2, ?3) RETURNING id",
        params![journal.code.name(), journal.reference, journal.at.to_rfc3339()],
        |row| row.get(0),
    )?;
    for leg in &journal.legs {
        let debit_id = account_id(tx, &leg.debit)?;
        let credit_id = account_id(tx, &leg.credit)?;
        let amount_minor = leg.amount.to_minor_units();
        tx.execute(
            "INSERT INTO ledger_legs (journal_id, debit_account_id, credit_account_id, amount_minor, currency)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![journal_id, debit_id, credit_id, amount_minor, leg.amount.currency().code()],
        )?;
        tx.execute(
            "UPDATE ledger_accounts SET debits_minor = debits_minor + ?1 WHERE id = ?2",
            params![amount_minor, debit_id],
        )?;
        tx.execute(
            "UPDATE ledger_accounts SET credits_minor = credits_minor + ?1 WHERE id = ?2",
            params![amount_minor, credit_id],
        )?;
    }
    Ok(journal_id)
}

/// An account's balance (credits minus debits) in minor units; zero for an
/// account never posted to.
pub fn balance_minor(tx: &Db, key: &AccountKey) -> Result<i64, LedgerError> {
    let balance = tx
        .query_row(
            "SELECT credits_minor - debits_minor FROM ledger_accounts WHERE account_key = ?1",
            [key.storage_key()],
            |row| row.get(0),
        )
        .optional()?;
    Ok(balance.unwrap_or(0))
}

fn check_well_formed(journal: &Journal) -> Result<(), LedgerError> {
    if journal.legs.is_empty() {
        return Err(LedgerError::Malformed("a journal needs at least one leg".into()));
    }
    let mut debits: BTreeMap<Currency, i64> = BTreeMap::new();
    let mut credits: BTreeMap<Currency, i64> = BTreeMap::new();
    for leg in &journal.legs {
        let currency = leg.amount.currency();
        if leg.amount.is_zero() || leg.debit == leg.credit {
            return Err(LedgerError::Malformed(format!("leg {} -> {} moves nothing", leg.debit, leg.credit)));
        }
        if leg.debit.currency() != currency || leg.credit.currency() != currency {
            return Err(LedgerError::Malformed(format!(
                "leg of {} between {} and {}",
                leg.amount, leg.debit, leg.credit
            )));
        }
        *debits.entry(currency).or_default() += leg.amount.to_minor_units();
        *credits.entry(currency).or_default() += leg.amount.to_minor_units();
    }
    // Each leg debits and credits the same amount, so this holds by
    // construction; asserting it keeps it true if legs ever change shape.
    assert_eq!(debits, credits, "journal {} does not balance per currency", journal.reference);
    Ok(())
}

fn check_no_overdraft(tx: &Db, journal: &Journal) -> Result<(), LedgerError> {
    let mut net_minor: BTreeMap<&AccountKey, i64> = BTreeMap::new();
    for leg in &journal.legs {
        *net_minor.entry(&leg.debit).or_default() -= leg.amount.to_minor_units();
        *net_minor.entry(&leg.credit).or_default() += leg.amount.to_minor_units();
    }
    for (account, net) in net_minor {
        if account.may_go_negative() || net >= 0 {
            continue;
        }
        let available = balance_minor(tx, account)?;
        if available + net < 0 {
            return Err(LedgerError::InsufficientFunds {
                account: account.clone(),
                needed: Money::from_minor_units(-net, account.currency())?,
                available: Money::from_minor_units(available.max(0), account.currency())?,
            });
        }
    }
    Ok(())
}

/// The account's id, opening it on its first posting. Most postings touch
/// accounts that exist, so they are looked up first: one statement.
fn account_id(tx: &Db, key: &AccountKey) -> Result<i64, LedgerError> {
    let existing = tx
        .query_row("SELECT id FROM ledger_accounts WHERE account_key = ?1", [key.storage_key()], |row| row.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    Ok(tx.query_row(
        "INSERT INTO ledger_accounts (account_key, currency, may_go_negative) VALUES (?1, ?2, ?3) RETURNING id",
        params![key.storage_key(), key.currency().code(), key.may_go_negative()],
        |row| row.get(0),
    )?)
}
