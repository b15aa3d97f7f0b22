//! Writing journals.

use std::collections::BTreeMap;

use crate::params;
use crate::store::{Db, Optional, Value};
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
/// below zero. Four statements whatever its legs: the accounts read, the
/// journal, its legs, the accounts' totals (and, before the journal, one
/// for each account never posted to before).
pub fn post(tx: &Db, journal: &Journal) -> Result<i64, LedgerError> {
    check_well_formed(journal)?;
    let mut accounts = TouchedAccounts::read(tx, journal)?;
    // Checked before anything is written, an account never posted to
    // counting as empty: a refused journal writes nothing.
    accounts.check_no_overdraft()?;
    accounts.open_new(tx)?;
    let journal_id: i64 = tx.query_row(
        "INSERT INTO ledger_journals (code, reference, created_at) VALUES (?1, ?2, ?3) RETURNING id",
        params![journal.code.name(), journal.reference, journal.at.to_rfc3339()],
        |row| row.get(0),
    )?;
    insert_legs(tx, journal_id, journal, &accounts)?;
    accounts.add_totals(tx)?;
    Ok(journal_id)
}

/// Every account a journal touches: its id, its balance before, and what
/// the journal debits and credits it (minor units).
struct TouchedAccounts<'j> {
    accounts: BTreeMap<&'j AccountKey, Touched>,
}

#[derive(Default)]
struct Touched {
    /// `None` until an account never posted to before is opened.
    id: Option<i64>,
    balance_minor: i64,
    debits_minor: i64,
    credits_minor: i64,
}

impl<'j> TouchedAccounts<'j> {
    /// Reads the accounts in one statement; an account never posted to
    /// before reads as empty, with no id until [`TouchedAccounts::open_new`].
    fn read(tx: &Db, journal: &'j Journal) -> Result<TouchedAccounts<'j>, LedgerError> {
        let mut accounts: BTreeMap<&AccountKey, Touched> = BTreeMap::new();
        for leg in &journal.legs {
            let amount_minor = leg.amount.to_minor_units();
            accounts.entry(&leg.debit).or_default().debits_minor += amount_minor;
            accounts.entry(&leg.credit).or_default().credits_minor += amount_minor;
        }
        let keys: Vec<Value> = accounts.keys().map(|key| Value::Text(key.storage_key())).collect();
        let sql = format!(
            "SELECT account_key, id, credits_minor - debits_minor FROM ledger_accounts WHERE account_key IN ({})",
            placeholders(1, keys.len())
        );
        let mut statement = tx.prepare_cached(&sql)?;
        let mut found = BTreeMap::new();
        for row in statement.query_map(keys, |row| row.read::<(String, i64, i64)>())? {
            let (key, id, balance_minor) = row?;
            found.insert(key, (id, balance_minor));
        }
        for (key, touched) in &mut accounts {
            if let Some(&(id, balance_minor)) = found.get(&key.storage_key()) {
                (touched.id, touched.balance_minor) = (Some(id), balance_minor);
            }
        }
        Ok(TouchedAccounts { accounts })
    }

    /// Opens the accounts never posted to before.
    fn open_new(&mut self, tx: &Db) -> Result<(), LedgerError> {
        for (key, touched) in &mut self.accounts {
            if touched.id.is_none() {
                touched.id = Some(open_account(tx, key)?);
            }
        }
        Ok(())
    }

    /// The account's id as a statement's value (every one is open by the
    /// time a statement names it).
    fn id(&self, key: &AccountKey) -> Value {
        self.accounts.get(key).and_then(|touched| touched.id).map_or(Value::Null, Value::Integer)
    }

    fn check_no_overdraft(&self) -> Result<(), LedgerError> {
        for (account, touched) in &self.accounts {
            let net_minor = touched.credits_minor - touched.debits_minor;
            if account.may_go_negative() || net_minor >= 0 || touched.balance_minor + net_minor >= 0 {
                continue;
            }
            return Err(LedgerError::InsufficientFunds {
                account: (*account).clone(),
                needed: Money::from_minor_units(-net_minor, account.currency())?,
                available: Money::from_minor_units(touched.balance_minor.max(0), account.currency())?,
            });
        }
        Ok(())
    }

    /// Adds the journal's debits and credits to each account's totals, in
    /// one statement.
    fn add_totals(&self, tx: &Db) -> Result<(), LedgerError> {
        let mut values = Vec::new();
        let (mut debits, mut credits, mut ids) = (String::new(), String::new(), Vec::new());
        for touched in self.accounts.values() {
            let at = values.len() + 1;
            let id = touched.id.map_or(Value::Null, Value::Integer);
            values.extend([id, Value::Integer(touched.debits_minor), Value::Integer(touched.credits_minor)]);
            // Typed, as PostgreSQL cannot tell a CASE's type from its
            // parameters alone.
            debits.push_str(&format!(" WHEN ?{at} THEN CAST(?{} AS BIGINT)", at + 1));
            credits.push_str(&format!(" WHEN ?{at} THEN CAST(?{} AS BIGINT)", at + 2));
            ids.push(format!("?{at}"));
        }
        let sql = format!(
            "UPDATE ledger_accounts SET debits_minor = debits_minor + CASE id{debits} END,
                                        credits_minor = credits_minor + CASE id{credits} END
             WHERE id IN ({})",
            ids.join(", ")
        );
        tx.execute_unread(&sql, values)?;
        Ok(())
    }
}

/// The journal's legs, in one insert.
fn insert_legs(tx: &Db, journal_id: i64, journal: &Journal, accounts: &TouchedAccounts) -> Result<(), LedgerError> {
    let mut values = vec![Value::Integer(journal_id)];
    let mut rows = Vec::new();
    for leg in &journal.legs {
        let at = values.len() + 1;
        values.extend([
            accounts.id(&leg.debit),
            accounts.id(&leg.credit),
            Value::Integer(leg.amount.to_minor_units()),
            Value::Text(leg.amount.currency().code().to_string()),
        ]);
        rows.push(format!("(?1, {})", placeholders(at, 4)));
    }
    let sql = format!(
        "INSERT INTO ledger_legs (journal_id, debit_account_id, credit_account_id, amount_minor, currency) VALUES {}",
        rows.join(", ")
    );
    tx.execute_unread(&sql, values)?;
    Ok(())
}

/// `?first, ?first+1, ...`: `count` numbered placeholders.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("?{n}")).collect::<Vec<_>>().join(", ")
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

/// Opens an account on its first posting: its id.
fn open_account(tx: &Db, key: &AccountKey) -> Result<i64, LedgerError> {
    Ok(tx.query_row(
        "INSERT INTO ledger_accounts (account_key, currency, may_go_negative) VALUES (?1, ?2, ?3) RETURNING id",
        params![key.storage_key(), key.currency().code(), key.may_go_negative()],
        |row| row.get(0),
    )?)
}
