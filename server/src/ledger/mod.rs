//! The double-entry ledger: the authority over every shopper's money.
//!
//! A [`Journal`] is a list of [`Leg`]s, each moving an amount from a debit
//! account to a credit account of the same currency, with a [`JournalCode`]
//! saying why money moved. Debits equal credits per currency (asserted
//! before each write); accounts that hold money owed to someone (a shopper's
//! balance, an order's escrow, a seller's payable) never go below zero;
//! postings are never edited. [`check_invariants`] re-verifies all of it over
//! the whole database.

mod account;
mod check;
mod post;

pub use account::AccountKey;
pub use check::{check_invariants, InvariantReport};
pub use post::{balance_minor, post, Journal, JournalCode, LedgerError, Leg};
