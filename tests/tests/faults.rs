//! Phones lose their network and apps get killed: whatever happens between
//! the tap on "Pay" and the service's answer, the shopper is charged exactly
//! once, and what they saw last still reads offline.

use std::time::Duration;

use pocket_core::app::{PaySource, PaymentOutcome, PendingState, Pocket, PocketError};
use pocket_core::cards::SaveCardChoice;
use pocket_core::money::Currency;
use pocket_core::orders::OrderStatus;
use pocket_e2e::*;

fn balance() -> PaySource {
    PaySource::Balance { currency: Currency::Usd }
}

/// A shopper with 50 USD and one unpaid 3.99 USD order.
async fn shopper_with_an_order(service: &TestService, pocket: &Pocket) -> String {
    signed_in_shopper(service, pocket, "maria@example.com", "50.00").await;
    pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0).id
}

/// Charged once: one payment journal at the service, 3.99 gone from 50.00,
/// the order paid, the ledger healthy.
async fn assert_charged_once(service: &TestService, pocket: &Pocket, order_id: &str) {
    assert_eq!(service.journal_codes(order_id), ["payment"], "one payment journal for the order");
    assert_eq!(available_usd(pocket).await, "46.01");
    assert_eq!(pocket.order(order_id.to_string()).await.unwrap().status, OrderStatus::Paid);
    assert!(pocket.pending_actions().unwrap().is_empty());
    service.assert_ledger_healthy().await;
}

fn expect_will_retry(outcome: Result<PaymentOutcome, PocketError>) -> String {
    match outcome {
        Err(PocketError::WillRetry { action_id, .. }) => action_id,
        other => panic!("expected the payment to be saved for a retry, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_made_while_the_service_is_stopped_is_charged_once_after_it_restarts() {
    let mut service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let order_id = shopper_with_an_order(&service, &pocket).await;

    service.stop().await;
    let action_id = expect_will_retry(pocket.pay(order_id.clone(), balance(), PAYMENT_PASSWORD.into()).await);
    let pending = pocket.pending_actions().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!((pending[0].id.as_str(), pending[0].state), (action_id.as_str(), PendingState::Sending));
    assert_eq!(pending[0].reference.as_deref(), Some(order_id.as_str()), "{:?}", pending[0]);
    assert_eq!(pending[0].attempts, 3);
    assert!(phone.secrets.keys().contains(&format!("outbox:{action_id}")), "the password waits in the secret store");
    assert_eq!(pocket.resend_pending().await.unwrap().len(), 1, "still down: still pending");

    service.restart().await;
    assert!(pocket.resend_pending().await.unwrap().is_empty());
    assert!(!phone.secrets.keys().iter().any(|k| k.starts_with("outbox:")), "the password is gone once paid");
    assert_charged_once(&service, &pocket, &order_id).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_whose_answer_is_lost_after_the_service_committed_it_is_charged_once() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let order_id = shopper_with_an_order(&service, &pocket).await;

    service.proxy.set_mode(ProxyMode::DropAnswers);
    expect_will_retry(pocket.pay(order_id.clone(), balance(), PAYMENT_PASSWORD.into()).await);
    assert!(service.proxy.dropped_answers() >= 3, "every attempt's answer was lost");
    assert_eq!(service.journal_codes(&order_id), ["payment"], "the service did pay, once, on the first attempt");

    service.proxy.set_mode(ProxyMode::Pass);
    assert!(pocket.resend_pending().await.unwrap().is_empty());
    assert_charged_once(&service, &pocket, &order_id).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_that_times_out_is_charged_once() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open_with(|config| {
        config.background_sync = false;
        config.request_timeout = Duration::from_millis(500);
    });
    let order_id = shopper_with_an_order(&service, &pocket).await;

    service.proxy.set_mode(ProxyMode::DelayAnswers(Duration::from_secs(2)));
    let action_id = expect_will_retry(pocket.pay(order_id.clone(), balance(), PAYMENT_PASSWORD.into()).await);
    let pending = pocket.pending_actions().unwrap();
    assert!(pending[0].last_error.as_deref().unwrap().contains("in time"), "{:?}", pending[0].last_error);
    assert_eq!(pending[0].id, action_id);

    service.proxy.set_mode(ProxyMode::Pass);
    assert!(pocket.resend_pending().await.unwrap().is_empty());
    assert_charged_once(&service, &pocket, &order_id).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_closed_with_a_payment_pending_sends_it_by_itself_when_reopened() {
    let mut service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let order_id = shopper_with_an_order(&service, &pocket).await;

    service.stop().await;
    expect_will_retry(pocket.pay(order_id.clone(), balance(), PAYMENT_PASSWORD.into()).await);
    drop(pocket); // the shopper swipes the app away

    service.restart().await;
    let reopened = phone.open_in_background_mode();
    eventually("the pending payment is sent after the app reopens", || async {
        reopened.pending_actions().unwrap().is_empty()
    })
    .await;
    assert_charged_once(&service, &reopened, &order_id).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_payment_stays_refused_across_a_restart_of_the_app() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    signed_in_shopper(&service, &pocket, "maria@example.com", "50.00").await;
    let card = pocket.add_card(test_cards::DECLINED.into(), "12/30".into(), SaveCardChoice::DoNotSave).await.unwrap();
    let order_id = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0).id;

    let declined = pocket.pay(order_id.clone(), PaySource::Card { card_id: card.id }, PAYMENT_PASSWORD.into()).await;
    assert!(matches!(&declined, Err(PocketError::Refused { code, .. }) if code == "card_declined"), "{declined:?}");
    drop(pocket);

    let reopened = phone.open();
    assert!(reopened.resend_pending().await.unwrap().is_empty(), "a refusal is never resent");
    assert_eq!(service.journal_codes(&order_id), Vec::<String>::new(), "nothing was charged");
    assert_eq!(reopened.order(order_id).await.unwrap().status, OrderStatus::Created);
    service.assert_ledger_healthy().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_service_down_every_screen_still_reads_marked_stale() {
    let mut service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let order_id = shopper_with_an_order(&service, &pocket).await;
    pocket.pay(order_id.clone(), balance(), PAYMENT_PASSWORD.into()).await.unwrap();
    pocket.add_card(test_cards::SUCCEEDS.into(), "12/30".into(), SaveCardChoice::Save).await.unwrap();
    let online = (
        pocket.wallet().await.unwrap(),
        pocket.cards().await.unwrap(),
        pocket.orders().await.unwrap(),
        pocket.history().await.unwrap(),
        pocket.notifications().await.unwrap(),
        pocket.profile().await.unwrap(),
    );
    assert!(!online.0.freshness.stale && !online.2.freshness.stale);

    service.stop().await;
    let wallet = pocket.wallet().await.unwrap();
    assert!(wallet.freshness.stale);
    assert!(wallet.freshness.fetched_at >= online.0.freshness.fetched_at, "it says when it was last fresh");
    assert_eq!(wallet.balances, online.0.balances);
    let cards = pocket.cards().await.unwrap();
    assert!(cards.freshness.stale);
    assert_eq!(cards.cards[0].masked, "4242 **** **** 4242");
    let orders = pocket.orders().await.unwrap();
    assert!(orders.freshness.stale);
    assert_eq!(orders.orders[0].status, OrderStatus::Paid);
    let history = pocket.history().await.unwrap();
    assert!(history.freshness.stale);
    assert_eq!(history.entries, online.3.entries);
    let feed = pocket.notifications().await.unwrap();
    assert!(feed.freshness.stale);
    assert_eq!(feed.notifications, online.4.notifications);
    let profile = pocket.profile().await.unwrap();
    assert!(profile.freshness.stale);
    assert_eq!(profile.email, online.5.email);

    // Reopened offline, the app still shows everything.
    drop(pocket);
    let reopened = phone.open();
    assert_eq!(reopened.orders().await.unwrap().orders[0].id, order_id);

    // A phone that never saw the service has nothing to show, and says so.
    let new_phone = TestPhone::new(&service);
    let empty = new_phone.open();
    let nothing = empty.catalogue().await.unwrap_err();
    assert!(matches!(nothing, PocketError::NeedsSignIn | PocketError::Offline { .. }), "{nothing:?}");
}
