//! The ledger's invariants, under random postings and under concurrency.

use chrono::Utc;
use pocket_core::money::{Currency, Money};
use pocket_server::ledger::{
    balance_minor, check_invariants, post, AccountKey, Journal, JournalCode, LedgerError, Leg,
};
use pocket_server::store::Store;
use proptest::prelude::*;

fn usd(cents: i64) -> Money {
    Money::from_minor_units(cents, Currency::Usd).unwrap()
}

fn user(id: &str) -> AccountKey {
    AccountKey::UserAvailable { user_id: id.into(), currency: Currency::Usd }
}

fn outside() -> AccountKey {
    AccountKey::RailClearing { rail: "test".into(), currency: Currency::Usd }
}

fn journal(legs: Vec<Leg>) -> Journal {
    Journal { code: JournalCode::Transfer, reference: "test".into(), legs, at: Utc::now() }
}

fn leg(debit: AccountKey, credit: AccountKey, cents: i64) -> Leg {
    Leg { debit, credit, amount: usd(cents) }
}

async fn post_in_store(store: &Store, journal: Journal) -> Result<i64, LedgerError> {
    store.write(move |tx| post(tx, &journal)).await
}

#[tokio::test]
async fn an_overdraft_is_refused_with_the_figures_and_nothing_is_written() {
    let store = Store::open_in_memory().unwrap();
    post_in_store(&store, journal(vec![leg(outside(), user("maria"), 1000)])).await.unwrap();
    let refused = post_in_store(
        &store,
        journal(vec![leg(user("maria"), user("joao"), 600), leg(user("maria"), user("ana"), 600)]),
    )
    .await;
    match refused {
        Err(LedgerError::InsufficientFunds { needed, available, .. }) => {
            assert_eq!((needed, available), (usd(1200), usd(1000)))
        }
        other => panic!("expected insufficient funds, got {other:?}"),
    }
    let (journals, joao) = store.with_connection(|c| {
        let tx = c;
        let journals: i64 = tx.query_row("SELECT COUNT(*) FROM ledger_journals", [], |r| r.get(0)).unwrap();
        (journals, balance_minor(tx, &user("joao")).unwrap())
    });
    assert_eq!((journals, joao), (1, 0), "the refused journal left no trace");
}

#[tokio::test]
async fn a_refused_journal_opens_no_account_even_inside_a_transaction_that_goes_on() {
    let store = Store::open_in_memory().unwrap();
    post_in_store(&store, journal(vec![leg(outside(), user("maria"), 1000)])).await.unwrap();
    let accounts = |store: &Store| {
        store.with_connection(|c| {
            c.query_row("SELECT COUNT(*) FROM ledger_accounts", [], |r| r.get::<_, i64>(0)).unwrap()
        })
    };
    let before = accounts(&store);
    // The caller's transaction commits whatever the refused journal left.
    let refused = store
        .write(|tx| Ok::<_, LedgerError>(post(tx, &journal(vec![leg(user("maria"), user("joao"), 1500)])).is_err()))
        .await
        .unwrap();
    assert!(refused, "1500 is more than maria holds");
    assert_eq!(accounts(&store), before, "joao's account was not opened for a journal that never posted");
}

#[tokio::test]
async fn a_leg_in_the_wrong_currency_is_refused() {
    let store = Store::open_in_memory().unwrap();
    let euros = Money::from_minor_units(100, Currency::Eur).unwrap();
    let refused =
        post_in_store(&store, journal(vec![Leg { debit: outside(), credit: user("maria"), amount: euros }])).await;
    assert!(matches!(refused, Err(LedgerError::Malformed(_))));
}

#[tokio::test]
async fn concurrent_debits_never_overdraw_a_balance() {
    let store = Store::open_in_memory().unwrap();
    post_in_store(&store, journal(vec![leg(outside(), user("maria"), 10_000)])).await.unwrap();
    let tasks: Vec<_> = (0..50)
        .map(|n| {
            let store = store.clone();
            tokio::spawn(async move {
                post_in_store(&store, journal(vec![leg(user("maria"), user(&format!("seller{n}")), 300)])).await
            })
        })
        .collect();
    let mut accepted = 0;
    for task in tasks {
        if task.await.unwrap().is_ok() {
            accepted += 1;
        }
    }
    assert_eq!(accepted, 33, "100.00 covers 33 debits of 3.00");
    let report = store.with_connection(check_invariants).unwrap();
    assert!(report.is_healthy(), "{:?}", report.breaks);
    let left = store.with_connection(|c| balance_minor(c, &user("maria")).unwrap());
    assert_eq!(left, 100);
}

#[test]
fn the_check_finds_a_tampered_cached_balance() {
    let store = Store::open_in_memory().unwrap();
    store.with_connection(|c| {
        let tx = c;
        post(tx, &journal(vec![leg(outside(), user("maria"), 500)])).unwrap();
        tx.execute("UPDATE ledger_accounts SET credits_minor = credits_minor + 1 WHERE account_key LIKE 'user:%'", [])
            .unwrap();
        let report = check_invariants(c).unwrap();
        assert_eq!(report.breaks.len(), 2, "{:?}", report.breaks);
        assert!(report.breaks[0].contains("user:maria:available:USD"));
    });
}

#[test]
fn the_check_finds_a_negative_balance_written_behind_the_ledgers_back() {
    let store = Store::open_in_memory().unwrap();
    store.with_connection(|c| {
        let tx = c;
        post(tx, &journal(vec![leg(outside(), user("maria"), 500)])).unwrap();
        tx.execute("UPDATE ledger_accounts SET debits_minor = 900 WHERE account_key LIKE 'user:%'", []).unwrap();
        tx.execute("UPDATE ledger_legs SET amount_minor = 900", []).unwrap();
        let report = check_invariants(c).unwrap();
        assert!(report.breaks.iter().any(|b| b.contains("below zero")), "{:?}", report.breaks);
    });
}

fn any_account() -> impl Strategy<Value = AccountKey> {
    prop_oneof![
        Just(user("maria")),
        Just(user("joao")),
        Just(AccountKey::Escrow { user_id: "maria".into(), currency: Currency::Usd }),
        Just(AccountKey::SellerPayable { seller_id: "sel_1".into() }),
        Just(outside()),
        Just(AccountKey::CardProcessor { currency: Currency::Usd }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_postings_keep_every_invariant(
        journals in prop::collection::vec(prop::collection::vec((any_account(), any_account(), 1i64..5_000), 1..4), 1..40)
    ) {
        let store = Store::open_in_memory().unwrap();
        store.with_connection(|c| {
            for legs in journals {
                let legs: Vec<Leg> = legs.into_iter().map(|(debit, credit, cents)| leg(debit, credit, cents)).collect();
                // Refused journals roll back with their transaction.
                let _ = c.in_transaction(|tx| post(tx, &journal(legs.clone())));
                let report = check_invariants(c).unwrap();
                prop_assert!(report.is_healthy(), "{:?}", report.breaks);
            }
            Ok(())
        })?;
    }
}
