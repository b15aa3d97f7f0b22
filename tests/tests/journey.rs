//! The shopper's journey from docs/PRODUCT.md, through the app core (`Pocket`)
//! against a real service: sign-up to refund.

use std::sync::{Arc, Mutex};

use pocket_core::app::{
    CartLine, PaySource, PaymentOutcome, PendingState, PocketError, PocketEvent, PocketListener, QuoteLimits,
    SecurityAnswer, SignUpRequest, TopUpOutcome, TopUpRequest, TopUpStatus,
};
use pocket_core::cards::SaveCardChoice;
use pocket_core::contract::shop::PaymentMethod;
use pocket_core::contract::wallet::{JournalCode, MovementSource};
use pocket_core::limits::LimitRule;
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{BuyerAction, DisputeReason, OrderStatus, RefundPreference};
use pocket_core::topup::{EWalletProvider, TopUpRail};
use pocket_e2e::*;
use serde_json::json;

fn usd(amount: &str) -> Money {
    Money::parse(amount, Currency::Usd).unwrap()
}

fn balance() -> PaySource {
    PaySource::Balance { currency: Currency::Usd }
}

fn scarves(quantity: u32) -> CartLine {
    CartLine {
        product_id: "prd_scarf".into(),
        options: [("colour".to_string(), "navy".to_string())].into_iter().collect(),
        quantity,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shopper_signs_up_tops_up_buys_with_escrow_and_gets_a_refund() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();

    // Sign-up (living in Russia, where e-wallets are offered), the emailed
    // link, sign-in.
    let email = "maria@example.com";
    let receipt = pocket.sign_up(SignUpRequest { country: "RU".into(), ..sign_up_form(email) }).await.unwrap();
    assert!(matches!(pocket.wallet().await, Err(PocketError::NeedsSignIn)), "nothing to read before sign-in");
    pocket.confirm_email(service.last_code_sent_to(email).await).await.unwrap();
    let profile = pocket.log_in(email.into(), "correct horse battery".into()).await.unwrap();
    assert_eq!(profile.email, receipt.email);
    assert_eq!(profile.level, pocket_core::limits::VerificationLevel::EmailConfirmed);
    assert!(!profile.has_payment_password);
    assert_eq!(phone.secrets.keys(), ["session"], "the session token is in the secret store");

    // The payment password: a run is explained before anything is sent.
    let weak = pocket.set_payment_password("123456".into(), "123456".into(), None).await.unwrap_err();
    assert!(matches!(&weak, PocketError::InvalidInput { code, .. } if code == "sequential_run"), "{weak:?}");
    pocket.set_payment_password(PAYMENT_PASSWORD.into(), PAYMENT_PASSWORD.into(), None).await.unwrap();
    let questions = |n: usize| {
        (0..n).map(|i| SecurityAnswer { question: format!("question {i}?"), answer: format!("answer {i}") }).collect()
    };
    let too_few = pocket.set_security_questions(questions(2)).await.unwrap_err();
    assert!(matches!(&too_few, PocketError::InvalidInput { code, .. } if code == "too_few_questions"), "{too_few:?}");
    pocket.set_security_questions(questions(3)).await.unwrap();
    let profile = pocket.set_language("ru".into()).await.unwrap();
    assert_eq!(profile.language, "ru");
    assert!(pocket.profile().await.unwrap().has_payment_password);

    // Top-ups: an e-wallet arrives at once, a bank transfer is pending with its date.
    let ewallet = TopUpRequest {
        rail: TopUpRail::EWallet,
        amount: usd("80.00"),
        provider: Some(EWalletProvider::Qiwi),
        card_id: None,
        one_time_code: None,
    };
    let TopUpOutcome::Created { top_up } = pocket.top_up(ewallet).await.unwrap() else { panic!("no code asked") };
    assert_eq!(top_up.status, TopUpStatus::Settled);
    let below_minimum = TopUpRequest {
        rail: TopUpRail::BankTransfer,
        amount: usd("20.99"),
        provider: None,
        card_id: None,
        one_time_code: None,
    };
    let refused = pocket.top_up(below_minimum).await.unwrap_err();
    assert!(matches!(&refused, PocketError::InvalidInput { field: Some(f), .. } if f == "amount"), "{refused:?}");
    let transfer_in = TopUpRequest {
        rail: TopUpRail::BankTransfer,
        amount: usd("30.00"),
        provider: None,
        card_id: None,
        one_time_code: None,
    };
    let TopUpOutcome::Created { top_up: slow } = pocket.top_up(transfer_in).await.unwrap() else { panic!() };
    assert_eq!(slow.status, TopUpStatus::Pending);
    assert!(slow.expected_by.is_some());
    let wallet = pocket.wallet().await.unwrap();
    let usd_balance = &wallet.balances[0];
    assert_eq!((usd_balance.available, usd_balance.pending), (usd("80.00"), usd("30.00")));
    assert!(!wallet.freshness.stale);
    assert!(wallet.pending_actions.is_empty());
    let balance_limits = wallet.limits.limits.iter().find(|l| l.method == pocket_core::limits::LimitMethod::Balance);
    assert_eq!(balance_limits.unwrap().left_today, usd("300.00"));

    // A card, saved by choice; its token goes to the secret store.
    let card = pocket.add_card(test_cards::SUCCEEDS.into(), "12/30".into(), SaveCardChoice::Save).await.unwrap();
    assert_eq!(card.masked, "4242 **** **** 4242");
    let cards = pocket.cards().await.unwrap();
    assert_eq!(cards.cards.len(), 1);
    assert_eq!(cards.max_cards, 5);
    assert!(phone.secrets.keys().contains(&format!("card_token:{}", card.id)));
    let typo = pocket.add_card("4242424242424241".into(), "12/30".into(), SaveCardChoice::Save).await.unwrap_err();
    assert!(matches!(&typo, PocketError::InvalidInput { code, .. } if code == "failed_checksum"), "{typo:?}");

    // Checkout with a coupon; quote; a wrong password counted, then paid.
    let catalogue = pocket.catalogue().await.unwrap();
    assert!(catalogue.sellers.iter().any(|s| s.products.iter().any(|p| p.id == "prd_scarf")));
    let orders = pocket.check_out(vec![scarves(2)], Some("POCKET10".into()), None).await.unwrap();
    assert_eq!(orders.len(), 1);
    let order = &orders[0];
    assert_eq!((order.price, order.discount), (usd("26.10"), usd("2.90")));
    let quote = pocket.quote(order.id.clone(), Currency::Usd).await.unwrap();
    assert_eq!(quote.pay, usd("26.10"));
    assert!(matches!(quote.limits, QuoteLimits::Allowed { left_today_after, .. } if left_today_after == usd("273.90")));
    let wrong = pocket.pay(order.id.clone(), balance(), "918273".into()).await.unwrap_err();
    assert!(
        matches!(&wrong, PocketError::Refused { code, attempts_left: Some(4), .. } if code == "wrong_payment_password"),
        "{wrong:?}"
    );
    assert!(pocket.pending_actions().unwrap().is_empty(), "a refused payment is not resent");
    let PaymentOutcome::Paid { order: paid } =
        pocket.pay(order.id.clone(), balance(), PAYMENT_PASSWORD.into()).await.unwrap()
    else {
        panic!("a balance payment asks for no code")
    };
    assert_eq!(paid.status, OrderStatus::Paid);
    assert_eq!(paid.held, usd("26.10"));
    assert_eq!(available_usd(&pocket).await, "53.90");
    let again = pocket.pay(order.id.clone(), balance(), PAYMENT_PASSWORD.into()).await.unwrap_err();
    assert!(matches!(&again, PocketError::Refused { .. }), "paying the same order twice is impossible: {again:?}");

    // The seller ships, the carrier delivers, the buyer confirms: escrow released.
    service.ship(&order.id, "LP00123456789CN").await;
    let shipped = pocket.order(order.id.clone()).await.unwrap();
    assert_eq!(shipped.tracking_number.as_deref(), Some("LP00123456789CN"));
    service.deliver(&order.id).await;
    let delivered = pocket.order(order.id.clone()).await.unwrap();
    assert!(delivered.available_actions.contains(&BuyerAction::ConfirmReceipt));
    assert!(delivered.protection_ends_at.is_some());
    let completed = pocket.confirm_receipt(order.id.clone()).await.unwrap();
    assert_eq!(
        (completed.status, completed.released, completed.held),
        (OrderStatus::Completed, usd("26.10"), usd("0.00"))
    );

    // Paid by card, cancelled before shipping: refunded to the card, balance untouched.
    let by_card = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0);
    let card_source = PaySource::Card { card_id: card.id.clone() };
    let outcome = pocket.pay(by_card.id.clone(), card_source, PAYMENT_PASSWORD.into()).await.unwrap();
    assert!(matches!(outcome, PaymentOutcome::Paid { .. }));
    let cancelled = pocket.cancel_order(by_card.id.clone()).await.unwrap();
    assert_eq!((cancelled.status, cancelled.refunded), (OrderStatus::Cancelled, usd("3.99")));
    assert_eq!(available_usd(&pocket).await, "53.90");

    // A dispute won: refunded to the Pocket balance.
    let disputed = pocket.check_out(vec![scarves(1)], None, None).await.unwrap().remove(0);
    pocket.pay(disputed.id.clone(), balance(), PAYMENT_PASSWORD.into()).await.unwrap();
    assert_eq!(available_usd(&pocket).await, "39.40");
    service.ship(&disputed.id, "LP00999").await;
    service.deliver(&disputed.id).await;
    let opened = pocket.open_dispute(disputed.id.clone(), DisputeReason::NotAsDescribed).await.unwrap();
    assert_eq!(opened.status, OrderStatus::Disputed);
    let chosen = pocket.choose_refund_destination(disputed.id.clone(), RefundPreference::PocketBalance).await.unwrap();
    assert_eq!(chosen.refund_preference, RefundPreference::PocketBalance);
    service.resolve_dispute(&disputed.id, json!({ "resolution": { "kind": "full_refund" } })).await;
    assert_eq!(pocket.order(disputed.id.clone()).await.unwrap().status, OrderStatus::Refunded);
    assert_eq!(available_usd(&pocket).await, "53.90");

    // A transfer to a friend on another phone.
    let friend_phone = TestPhone::new(&service);
    let friend = friend_phone.open();
    signed_in_shopper(&service, &friend, "joao@example.com", "0.00").await;
    let sent = pocket.transfer("joao@example.com".into(), usd("10.00"), "lunch".into(), PAYMENT_PASSWORD.into()).await;
    assert_eq!(sent.unwrap().amount, usd("10.00"));
    assert_eq!(available_usd(&pocket).await, "43.90");
    assert_eq!(available_usd(&friend).await, "10.00");

    // The bank transfer arrives on its seventh business day. Eleven days
    // away is longer than a session lasts unused: she signs in again.
    service.advance_days(11).await;
    assert!(matches!(pocket.wallet().await, Err(PocketError::NeedsSignIn)), "a week unused ends the session");
    pocket.log_in(email.into(), "correct horse battery".into()).await.unwrap();
    let wallet = pocket.wallet().await.unwrap();
    assert_eq!((wallet.balances[0].available, wallet.balances[0].pending), (usd("73.90"), usd("0.00")));

    // History with receipts, the notification feed.
    let history = pocket.history().await.unwrap();
    let payments: Vec<_> = history.entries.iter().filter(|e| e.kind == JournalCode::Payment).collect();
    assert_eq!(payments.len(), 3, "three payments, each charged once: {payments:?}");
    assert_eq!(payments.iter().filter(|p| p.source == MovementSource::Card).count(), 1, "the card payment shows too");
    let receipt = pocket.receipt(order.id.clone()).await.unwrap();
    assert_eq!((receipt.method, receipt.paid), (PaymentMethod::Balance, usd("26.10")));
    let card_receipt = pocket.receipt(by_card.id.clone()).await.unwrap();
    assert_eq!(card_receipt.card.unwrap().masked, "4242 **** **** 4242");
    let feed = pocket.notifications().await.unwrap();
    let kinds: Vec<&str> = feed.notifications.iter().map(|n| n.kind.name()).collect();
    for kind in ["payment", "order_shipped", "order_delivered", "refund", "top_up_settled", "transfer_sent"] {
        assert!(kinds.contains(&kind), "{kind} is in the feed: {kinds:?}");
    }

    // Removing the card removes its token.
    let cards = pocket.remove_card(card.id.clone()).await.unwrap();
    assert!(cards.cards.is_empty());
    assert!(!phone.secrets.keys().contains(&format!("card_token:{}", card.id)));

    pocket.log_out().await.unwrap();
    assert!(matches!(pocket.wallet().await, Err(PocketError::NeedsSignIn)));
    assert!(!phone.secrets.keys().contains(&"session".to_string()));
    service.assert_ledger_healthy().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_that_asks_for_an_sms_code_pays_once_the_code_is_typed() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let email = "maria@example.com";
    signed_in_shopper(&service, &pocket, email, "0.00").await;
    let card = pocket.add_card(test_cards::ASKS_FOR_CODE.into(), "12/30".into(), SaveCardChoice::Save).await.unwrap();
    let order = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0);

    let source = PaySource::Card { card_id: card.id };
    let PaymentOutcome::NeedsOneTimeCode { action_id } =
        pocket.pay(order.id.clone(), source, PAYMENT_PASSWORD.into()).await.unwrap()
    else {
        panic!("this test card asks for a code")
    };
    let pending = pocket.pending_actions().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].state, PendingState::WaitingForCode);
    let phone_number = sign_up_phone(&service, &pocket).await;
    let code = service.last_code_sent_to(&phone_number).await;
    let bad = pocket.complete_payment_with_code(action_id.clone(), "12ab".into()).await.unwrap_err();
    assert!(matches!(&bad, PocketError::InvalidInput { field: Some(f), .. } if f == "one_time_code"));

    // A mistyped code is refused with the tries left; the payment still
    // waits for its code, and the right one then pays it once.
    let typo = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let wrong = pocket.complete_payment_with_code(action_id.clone(), typo).await.unwrap_err();
    assert!(
        matches!(&wrong, PocketError::Refused { code, attempts_left: Some(4), .. } if code == "wrong_one_time_code")
    );
    assert_eq!(pocket.pending_actions().unwrap()[0].state, PendingState::WaitingForCode);

    // Asking for a new code within the minute sends nothing new: the code
    // already sent still stands.
    pocket.resend_code(action_id.clone()).await.unwrap();
    assert_eq!(service.last_code_sent_to(&phone_number).await, code);
    let paid = pocket.complete_payment_with_code(action_id, code).await.unwrap();
    assert_eq!(paid.status, OrderStatus::Paid);
    assert!(pocket.pending_actions().unwrap().is_empty());
    assert_eq!(service.journal_codes(&order.id), ["payment"]);
    service.assert_ledger_healthy().await;
}

/// The phone number the sandbox sent SMS codes to (set at sign-up).
async fn sign_up_phone(service: &TestService, pocket: &pocket_core::app::Pocket) -> String {
    let user_id = pocket.profile().await.unwrap().shopper.user_id;
    service
        .store()
        .with_connection(|c| c.query_row("SELECT phone FROM users WHERE id = ?1", [user_id], |r| r.get(0)).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_limit_refusal_names_the_rule_and_what_is_left_and_is_never_resent() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    signed_in_shopper(&service, &pocket, "maria@example.com", "0.00").await;
    let big = TopUpRequest {
        rail: TopUpRail::WesternUnion,
        amount: usd("800.00"),
        provider: None,
        card_id: None,
        one_time_code: None,
    };
    let refused = pocket.top_up(big).await.unwrap_err();
    let PocketError::LimitReached { refusal, explanation: message } = &refused else {
        panic!("a limit refusal: {refused:?}")
    };
    assert_eq!(refusal.rule, LimitRule::PerPayment);
    assert_eq!(refusal.left, usd("500.00"));
    assert!(refusal.how_to_raise.is_some(), "it says what would raise the limit");
    assert!(message.contains("limit"), "{message}");
    assert!(pocket.pending_actions().unwrap().is_empty(), "a refusal is final");
    assert_eq!(pocket.resend_pending().await.unwrap().len(), 0);
    assert_eq!(available_usd(&pocket).await, "0.00");
    service.assert_ledger_healthy().await;
}

#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<PocketEvent>>,
}

impl PocketListener for Recorder {
    fn on_event(&self, event: PocketEvent) {
        self.events.lock().unwrap().push(event);
    }
}

impl Recorder {
    fn saw(&self, check: impl Fn(&PocketEvent) -> bool) -> bool {
        self.events.lock().unwrap().iter().any(check)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_listener_hears_the_seller_ship_and_a_top_up_arrive_without_polling() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open_in_background_mode();
    let recorder = Arc::new(Recorder::default());
    pocket.set_listener(Some(recorder.clone()));
    signed_in_shopper(&service, &pocket, "maria@example.com", "50.00").await;
    let order = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0);
    pocket.pay(order.id.clone(), balance(), PAYMENT_PASSWORD.into()).await.unwrap();
    let slow = TopUpRequest {
        rail: TopUpRail::WesternUnion,
        amount: usd("25.00"),
        provider: None,
        card_id: None,
        one_time_code: None,
    };
    let TopUpOutcome::Created { top_up } = pocket.top_up(slow).await.unwrap() else { panic!() };

    // The seller and the clock act at the service; the app hears it.
    service.ship(&order.id, "LP0042").await;
    service.advance_days(6).await;
    let order_id = order.id.clone();
    eventually("the listener hears the order shipped", || async {
        recorder.saw(|e| matches!(e, PocketEvent::OrderChanged { order } if order.id == order_id && order.status == OrderStatus::Shipped))
    })
    .await;
    eventually("the listener hears the top-up arrive", || async {
        recorder.saw(|e| matches!(e, PocketEvent::TopUpSettled { top_up_id } if *top_up_id == top_up.id))
    })
    .await;
    eventually("the listener hears the new balance", || async {
        recorder
            .saw(|e| matches!(e, PocketEvent::BalancesChanged { balances } if balances[0].available == usd("71.01")))
    })
    .await;
    // The saved orders screen was updated too: offline, it shows the tracking number.
    service.proxy.set_mode(ProxyMode::Refuse);
    let orders = pocket.orders().await.unwrap();
    assert!(orders.freshness.stale);
    assert_eq!(orders.orders[0].tracking_number.as_deref(), Some("LP0042"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parcel_over_2_kg_is_explained_on_the_phone_and_refused_by_the_service_alike() {
    use pocket_core::parcel::ParcelRefusalReason;
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    signed_in_shopper(&service, &pocket, "maria@example.com", "0.00").await;
    let pan = CartLine { product_id: "prd_cast_iron_pan".into(), options: Default::default(), quantity: 1 };
    let too_heavy = |error: &PocketError| match error {
        PocketError::ParcelNotEligible { refusals, explanation } => {
            explanation.contains("2400 g")
                && refusals[0].reasons
                    == [ParcelRefusalReason::TooHeavy {
                        weight_grams: 2400,
                        max_weight_grams: 2000,
                        over_by_grams: 400,
                    }]
        }
        _ => false,
    };

    // Without the catalogue on the phone, the service refuses it.
    let by_service = pocket.check_out(vec![pan.clone()], None, None).await.unwrap_err();
    assert!(too_heavy(&by_service), "{by_service:?}");

    // With the catalogue saved, the phone explains it even with no network.
    pocket.catalogue().await.unwrap();
    service.proxy.set_mode(ProxyMode::Refuse);
    let on_phone = pocket.check_out(vec![pan], None, None).await.unwrap_err();
    assert!(too_heavy(&on_phone), "{on_phone:?}");
    assert_eq!(on_phone, by_service, "the phone and the service say the same thing");
}

/// A signed-in shopper with 50.00 USD and a phone case checked out; a
/// recorder listening from then on. The order's id.
async fn an_order_listened_to(service: &TestService, pocket: &pocket_core::app::Pocket) -> (String, Arc<Recorder>) {
    signed_in_shopper(service, pocket, "maria@example.com", "50.00").await;
    let order = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0);
    let recorder = Arc::new(Recorder::default());
    pocket.set_listener(Some(recorder.clone()));
    (order.id, recorder)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_the_app_awaits_reaches_the_listener_once_per_fact() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let (order_id, recorder) = an_order_listened_to(&service, &pocket).await;

    let PaymentOutcome::Paid { order: paid } = pocket.pay(order_id, balance(), PAYMENT_PASSWORD.into()).await.unwrap()
    else {
        panic!("a balance payment is paid at once")
    };

    assert_eq!(paid.status, OrderStatus::Paid, "the call's answer carries the paid order");
    let events = recorder.events.lock().unwrap().clone();
    assert!(
        matches!(events.as_slice(), [PocketEvent::BalancesChanged { balances }] if balances[0].available == usd("46.01")),
        "only the new balance is announced: the order comes with the answer, and the action never outlived the call: {events:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_that_outlives_its_call_is_announced_as_pending() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let (order_id, recorder) = an_order_listened_to(&service, &pocket).await;
    service.proxy.set_mode(ProxyMode::Refuse);

    let error = pocket.pay(order_id, balance(), PAYMENT_PASSWORD.into()).await.unwrap_err();

    assert!(matches!(error, PocketError::WillRetry { .. }), "{error:?}");
    assert!(
        recorder.saw(|e| matches!(e, PocketEvent::PendingActionsChanged { actions } if actions.len() == 1)),
        "the saved payment is listed for the banner and the home screen"
    );
}
