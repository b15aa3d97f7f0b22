//! The pay flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::{Duration, TimeZone, Utc};

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::parts::{BankCodeEvent, CodedAction};
use crate::app::ui::persist::SavedUi;
use crate::app::ui::task::{Done, Task};
use crate::app::ui::update::{update, Input, Opened};
use crate::app::*;
use crate::cards::CardStatus;
use crate::contract::service::ErrorKind;
use crate::limits::LimitRaise;
use crate::money::Currency;
use crate::orders::{BuyerAction, OrderStatus};

fn pay_with(model: &mut Model, password: &str) -> Vec<Task> {
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret(password) } })
}

/// A signed-in shopper on the pay screen, her first card chosen.
fn paying_by_card() -> Model {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    model
}

#[test]
fn paying_from_a_rouble_balance_shows_the_quote_before_confirming() {
    let mut model = signed_in();
    paying(&mut model);
    let pay = screen!(model, Pay);
    assert!(!pay.pay.enabled, "nothing chosen yet");
    assert_eq!(pay.sources[1].label, "RUB balance");
    assert_eq!(pay.sources[1].detail, "₽12,345.50 available");
    let tasks = send(&mut model, UiEvent::Pay { event: PayEvent::Choose { choice: pay.sources[1].choice.clone() } });
    assert_eq!(tasks, [Task::Quote { order_id: "ord_1".into(), currency: Currency::Rub }]);
    let pay = screen!(model, Pay);
    assert_eq!(pay.quote.as_ref().unwrap().pay, "Checking the rate and your limits…");
    assert!(!pay.pay.enabled, "no paying before the quote is shown");
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("3.99"),
        pay: rub("369.91"),
        rate_usd_per_unit: Some("0.0108".into()),
        limits: QuoteLimits::Allowed { left_today_after: usd("216.01"), left_this_month_after: usd("916.01") },
    };
    done(&mut model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Rub, result: Ok(quote) });
    let pay = screen!(model, Pay);
    let quote = pay.quote.unwrap();
    assert_eq!(quote.pay, "You pay ₽369.91");
    assert_eq!(quote.rate.as_deref(), Some("1 RUB = 0.0108 USD"));
    assert_eq!(quote.limits.as_deref(), Some("After this payment: $216.01 left today, $916.01 this month."));
    assert_eq!(pay.pay.label, "Pay ₽369.91");
    assert!(pay.pay.enabled);
    assert_eq!(quote.shortfall, None);
    let tasks = pay_with(&mut model, "381947");
    assert!(matches!(
        tasks.as_slice(),
        [Task::Pay { order_id, source: PaySource::Balance { currency: Currency::Rub }, .. }] if order_id == "ord_1"
    ));
}

#[test]
fn a_balance_that_does_not_cover_the_quote_says_by_how_much_and_blocks_paying() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Balance { currency: Currency::Rub } } },
    );
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("3.99"),
        pay: rub("13000.00"),
        rate_usd_per_unit: Some("0.0108".into()),
        limits: QuoteLimits::Allowed { left_today_after: usd("216.01"), left_this_month_after: usd("916.01") },
    };
    done(&mut model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Rub, result: Ok(quote) });
    let pay = screen!(model, Pay);
    assert_eq!(
        pay.quote.unwrap().shortfall.as_deref(),
        Some("Your RUB balance is ₽654.50 short. Add money, or pay another way.")
    );
    assert!(!pay.pay.enabled);
}

#[test]
fn a_quote_the_limits_refuse_blocks_paying_and_shows_the_figures() {
    let mut model = signed_in();
    paying(&mut model);
    let on = Utc.with_ymd_and_hms(2026, 12, 20, 0, 0, 0).unwrap();
    quote_over_the_limit(&mut model, LimitRaise::AccountAge { on, age_days: 30, new_ceiling: usd("500.00") });
    let pay = screen!(model, Pay);
    assert!(!pay.pay.enabled);
    let refusal = pay.quote.unwrap().refusal.unwrap();
    assert_eq!(refusal.message, "$250.00 is over the $200.00 limit for one payment (Payments from your balance).");
    assert_eq!(
        refusal.figures.last().unwrap().value,
        "Up to $500.00 from Dec 19, 2026, when your account is 30 days old"
    );
}

#[test]
fn verify_your_identity_on_a_quotes_limit_refusal_opens_the_verification() {
    let mut model = signed_in();
    paying(&mut model);
    quote_over_the_limit(&mut model, LimitRaise::VerifyIdentity { new_ceiling: usd("2000.00") });
    let action = screen!(model, Pay).quote.unwrap().refusal.unwrap().action;
    assert_eq!(action.as_deref(), Some("Verify your identity"));
    send(&mut model, UiEvent::FollowProblem);
    assert_eq!(model.route(), Some(&Route::Verification), "the action leads where it says");
}

#[test]
fn a_wrong_payment_password_says_how_many_tries_are_left_then_the_lockout_says_until_when() {
    let mut model = paying_by_card();
    assert!(pay_with(&mut model, "12345").is_empty());
    assert_eq!(screen!(model, Pay).password.error.as_deref(), Some("Enter the 6 digits of your payment password."));
    assert_eq!(pay_with(&mut model, "111111").len(), 1);
    assert!(screen!(model, Pay).pay.busy);
    let wrong = refused("wrong_payment_password", Some("payment_password"), Some(2), None);
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(wrong) });
    let pay = screen!(model, Pay);
    assert_eq!(
        pay.password.error.as_deref(),
        Some("That's not your payment password. 2 tries left before payments lock for a while.")
    );
    assert!(pay.pay.enabled, "it can be tried again");
    pay_with(&mut model, "222222");
    let until = Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 22).unwrap();
    let locked = PocketError::Refused {
        kind: ErrorKind::Locked,
        code: "payment_password_locked".into(),
        explanation: "locked".into(),
        field: None,
        until: Some(until),
        attempts_left: None,
    };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(locked) });
    let problem = look(&model).problem.unwrap();
    assert_eq!(problem.title, "Payments locked");
    assert_eq!(problem.message, "Too many wrong payment passwords. Payments are locked until Nov 20, 2026, 12:30 PM.");
}

#[test]
fn a_declined_card_is_a_dialog_and_the_order_can_be_paid_another_way() {
    let mut model = paying_by_card();
    let card_limits = screen!(model, Pay).quote.unwrap().limits;
    assert_eq!(card_limits.as_deref(), Some("Your card limits leave $200.00 today and $500.00 this month."));
    pay_with(&mut model, "381947");
    let declined = PocketError::Refused {
        kind: ErrorKind::Refused,
        code: "card_declined".into(),
        explanation: "declined".into(),
        field: None,
        until: None,
        attempts_left: None,
    };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(declined) });
    let problem = look(&model).problem.unwrap();
    assert_eq!(
        (problem.title.as_str(), problem.hint.as_deref()),
        ("Card declined", Some("Nothing was charged. Try another card or your balance."))
    );
    assert!(screen!(model, Pay).sources.iter().all(|s| s.enabled));
}

#[test]
fn a_card_that_asks_for_an_sms_code_is_paid_after_the_code() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Ok(PaymentOutcome::NeedsOneTimeCode { action_id: "act_2".into() }),
        },
    );
    let pay = screen!(model, Pay);
    assert!(pay.sending.bank_code.is_some() && !pay.pay.enabled);
    send(
        &mut model,
        UiEvent::BankCode { action: CodedAction::Pay, event: BankCodeEvent::Submit { code: secret("000000") } },
    );
    let wrong = refused("wrong_one_time_code", Some("one_time_code"), Some(4), None);
    done(&mut model, Done::PaymentCompleted(Err(wrong)));
    assert_eq!(
        screen!(model, Pay).sending.bank_code.unwrap().code.error.as_deref(),
        Some("That code isn't right. 4 tries left for this code.")
    );
    let tasks = send(
        &mut model,
        UiEvent::BankCode { action: CodedAction::Pay, event: BankCodeEvent::Submit { code: secret("424242") } },
    );
    assert!(matches!(tasks.as_slice(), [Task::CompletePayment { action_id, .. }] if action_id == "act_2"));
    done(&mut model, Done::PaymentCompleted(Ok(order("ord_1", OrderStatus::Paid, vec![]))));
    let pay = screen!(model, Pay);
    assert_eq!(pay.paid.as_deref(), Some("Paid. Your money is held until you confirm the parcel arrived."));
    assert!(pay.receipt.iter().any(|line| line.label == "Paid" && line.value == "$3.99"));
    assert!(pay.finish.is_some() && pay.next.is_none());
}

#[test]
fn a_card_payment_the_bank_must_confirm_shows_its_page_above_the_pay_screen_only() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    let page = "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1".to_string();
    let waiting = PaymentOutcome::AwaitingCharge { action_id: "act_2".into(), confirmation_url: Some(page.clone()) };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Ok(waiting) });
    let bank = look(&model).bank_page.expect("the bank's page is offered above the pay screen");
    assert_eq!((bank.url.as_str(), bank.open.label.as_str()), (page.as_str(), "Open your bank's page"));
    assert!(!screen!(model, Pay).pay.enabled, "no second payment while the first waits for the bank");

    send(&mut model, UiEvent::Open { destination: Destination::Home });
    assert!(look(&model).bank_page.is_none(), "another screen does not show the pay screen's bank page");
}

#[test]
fn a_void_code_is_replaced_by_a_new_one_at_most_once_a_minute() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    let needs_code = PaymentOutcome::NeedsOneTimeCode { action_id: "act_2".into() };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Ok(needs_code) });
    send(
        &mut model,
        UiEvent::BankCode { action: CodedAction::Pay, event: BankCodeEvent::Submit { code: secret("000000") } },
    );
    let void = refused("one_time_code_void", Some("one_time_code"), None, None);
    done(&mut model, Done::PaymentCompleted(Err(void)));
    let pay = screen!(model, Pay);
    assert!(pay.sending.bank_code.as_ref().unwrap().code.error.as_deref().unwrap().contains("Send a new code"));
    assert_eq!(
        pay.sending.bank_code.as_ref().map(|c| &c.resend).map(|b| (b.label.as_str(), b.enabled)),
        Some(("Send a new code", true))
    );

    let tasks = send(&mut model, UiEvent::BankCode { action: CodedAction::Pay, event: BankCodeEvent::Resend });
    assert_eq!(tasks, [Task::ResendCode { action_id: "act_2".into() }]);
    assert!(screen!(model, Pay).sending.bank_code.unwrap().resend.busy);
    done(&mut model, Done::CodeResent { action_id: "act_2".into(), result: Ok(()) });
    assert_eq!(look(&model).notice.as_deref(), Some("A new code is on its way by SMS."));
    assert!(screen!(model, Pay).sending.bank_code.unwrap().code.enabled, "the new code can be typed");

    send(&mut model, UiEvent::BankCode { action: CodedAction::Pay, event: BankCodeEvent::Resend });
    let too_soon = refused("one_time_code_cooldown", Some("one_time_code"), None, Some(now() + Duration::seconds(60)));
    done(&mut model, Done::CodeResent { action_id: "act_2".into(), result: Err(too_soon) });
    let pay = screen!(model, Pay);
    assert_eq!(
        pay.sending.bank_code.as_ref().unwrap().code.error.as_deref(),
        Some("A new code can be sent at Nov 20, 2026, 12:01 PM.")
    );
    assert!(pay.sending.bank_code.unwrap().submit.enabled, "the code already sent can still be typed");
}

#[test]
fn a_payment_sent_without_connection_shows_as_saved_never_as_a_second_pay_button() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    let offline = PocketError::WillRetry { action_id: "act_3".into(), reason: "down".into() };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(offline) });
    engine(
        &mut model,
        PocketEvent::PendingActionsChanged { actions: vec![pending("act_3", "pay", "ord_1", PendingState::Sending)] },
    );
    let pay = screen!(model, Pay);
    assert!(pay.sending.saved.unwrap().contains("It can't be charged twice."));
    assert!(!pay.pay.enabled && !pay.pay.busy);
    assert!(pay_with(&mut model, "381947").is_empty(), "a second tap sends nothing");
    // Back online: the outbox sent it; the order tells how it went.
    let tasks = engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    assert_eq!(tasks, [Task::LoadOrder { order_id: "ord_1".into() }]);
    done(&mut model, Done::Order(Ok(order("ord_1", OrderStatus::Paid, vec![]))));
    assert!(screen!(model, Pay).paid.is_some());
}

#[test]
fn a_saved_payment_the_service_refused_goes_back_to_choosing_with_the_reason() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Err(PocketError::WillRetry { action_id: "act_4".into(), reason: "down".into() }),
        },
    );
    engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    done(&mut model, Done::Order(Ok(order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay]))));
    assert_eq!(look(&model).problem.unwrap().code, "payment_not_sent");
    assert!(screen!(model, Pay).pay.enabled);
}

#[test]
fn an_app_killed_while_paying_reopens_on_the_payment_shown_as_pending() {
    let mut model = paying_by_card();
    pay_with(&mut model, "381947");
    let saved = SavedUi::from_json(&SavedUi::of(&model).to_json()).expect("the state reads back");
    assert!(!SavedUi::of(&model).to_json().contains("381947"), "no secret is saved");

    let mut reopened = new_model("en-US");
    let opened = Opened {
        signed_in: true,
        screens: SavedScreens {
            orders: Some(OrdersScreen {
                orders: vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])],
                freshness: fresh(),
            }),
            ..screens()
        },
        pending: vec![pending("act_5", "pay", "ord_1", PendingState::Sending)],
        saved: Some(saved),
    };
    let tasks = update(&mut reopened, Input::Opened(Box::new(opened)), now());
    assert!(tasks.contains(&Task::LoadOrder { order_id: "ord_1".into() }));
    let pay = screen!(reopened, Pay);
    assert!(pay.sending.saved.is_some(), "the payment on its way is shown");
    assert!(!pay.pay.enabled, "never a second Pay button");
    assert_eq!(look(&reopened).banner, None, "the pay screen says it itself");
}

#[test]
fn a_checkout_of_two_sellers_pays_one_order_after_the_other() {
    let mut model = signed_in();
    let second = Order {
        id: "ord_2".into(),
        seller_id: "sel_home".into(),
        ..order("ord_2", OrderStatus::Created, vec![BuyerAction::Pay])
    };
    done(&mut model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay]), second])));
    assert_eq!(screen!(model, Pay).progress.as_deref(), Some("Order 1 of 2"));
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Ok(PaymentOutcome::Paid { order: order("ord_1", OrderStatus::Paid, vec![]) }),
        },
    );
    let pay = screen!(model, Pay);
    assert_eq!(pay.next.unwrap().label, "Pay the next order");
    send(&mut model, UiEvent::Pay { event: PayEvent::Next });
    let pay = screen!(model, Pay);
    assert_eq!((pay.progress.as_deref(), pay.seller.as_str()), (Some("Order 2 of 2"), "Ningbo Home Goods"));
    assert!(pay.sources.iter().all(|s| !s.selected));
}

#[test]
fn a_new_card_for_a_payment_comes_back_chosen_and_marked_one_off() {
    let mut model = signed_in();
    paying(&mut model);
    send(&mut model, UiEvent::Pay { event: PayEvent::NewCard });
    assert!(!screen!(model, AddCard).save.checked);
    send(
        &mut model,
        UiEvent::AddCard { event: AddCardEvent::Submit { number: secret("4000000000003220"), expiry: "11/29".into() } },
    );
    let one_off = Card { saved: false, ..card("card_tmp", "3220", CardStatus::Active) };
    done(&mut model, Done::CardAdded(Ok(one_off)));
    let pay = screen!(model, Pay);
    let chosen = pay.sources.iter().find(|s| s.selected).expect("the new card is chosen");
    assert_eq!((chosen.label.as_str(), chosen.detail.as_str()), ("Visa 4242 •••• 3220", "For this payment only"));
    assert_eq!(
        look(&model).notice.as_deref(),
        Some("Visa 4242 •••• 3220 will pay this once. It is not saved to your account.")
    );
}
