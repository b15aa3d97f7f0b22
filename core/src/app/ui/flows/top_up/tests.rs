//! The top-up flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::{TimeZone, Utc};

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::parts::{BankCodeEvent, CodedAction};
use crate::app::ui::task::{Done, Task};
use crate::app::*;
use crate::limits::{LimitMethod, LimitRaise, LimitRefusal, LimitRule};
use crate::topup::{EWalletProvider, TopUpRail};

#[test]
fn top_up_shows_every_rail_with_its_limits_and_arrival_before_typing() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let form = screen!(model, TopUp);
    let transfer = form.rails.iter().find(|r| r.rail == TopUpRail::BankTransfer).unwrap();
    assert_eq!(transfer.limits, "From $21.00 to $100,000,000.00 each time");
    assert_eq!(transfer.arrival, "Arrives in up to 7 business days");
    let boleto = form.rails.iter().find(|r| r.rail == TopUpRail::Boleto).unwrap();
    assert_eq!(boleto.limits, "From $1.00, up to $3,000.00 per 30 days");
    assert!(look(&model).secure);
}

#[test]
fn a_top_up_below_the_rail_minimum_is_refused_with_the_figures() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "10".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).choice_error.as_deref(), Some("Choose how to add money."));
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankTransfer } });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "20.99".into() } }).is_empty());
    let form = screen!(model, TopUp);
    assert_eq!(form.amount.error.as_deref(), Some("Bank transfer top-ups start at $21.00."));
    assert_eq!(form.amount.value, "20.99");
    assert_eq!(form.limit.as_deref(), Some("Your limits leave $1,000.00 today and $2,000.00 this month for this."));
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "21.234".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).amount.error.as_deref(), Some("USD has 2 decimals at most."));
}

#[test]
fn a_slow_top_up_shows_when_it_is_expected_and_refreshes_the_wallet() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankTransfer } });
    let tasks = send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "30".into() } });
    let [Task::TopUp { request }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(request.amount, usd("30.00"));
    assert!(screen!(model, TopUp).submit.busy);
    let created = wallet().top_ups[0].clone();
    let tasks = done(&mut model, Done::ToppedUp(Ok(TopUpOutcome::Created { top_up: created })));
    assert!(tasks.contains(&Task::LoadWallet));
    let result = screen!(model, TopUp).result.unwrap();
    assert_eq!(result.title, "$30.00 on its way");
    assert_eq!(result.message, "Expected by Dec 1, 2026. If it hasn't arrived by then, contact support.");
    assert!(!result.credited);
}

#[test]
fn a_card_top_up_asks_for_the_sms_code_then_credits() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).choice_error.as_deref(), Some("Choose a card."));
    let form = screen!(model, TopUp);
    assert_eq!(form.cards[0].label, "Visa 4242 •••• 0000");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    done(&mut model, Done::ToppedUp(Ok(TopUpOutcome::NeedsOneTimeCode { action_id: "act_1".into() })));
    let form = screen!(model, TopUp);
    assert_eq!(form.sending.bank_code.as_ref().unwrap().code.label, "Code from the SMS");
    assert!(!form.submit.enabled, "no second top-up while the first waits for its code");
    let tasks = send(
        &mut model,
        UiEvent::BankCode { action: CodedAction::TopUp, event: BankCodeEvent::Submit { code: secret("123456") } },
    );
    assert!(matches!(tasks.as_slice(), [Task::CompleteTopUp { action_id, .. }] if action_id == "act_1"));
    let settled =
        TopUp { status: TopUpStatus::Settled, expected_by: None, amount: usd("50.00"), ..wallet().top_ups[0].clone() };
    done(&mut model, Done::TopUpCompleted(Ok(settled)));
    assert_eq!(screen!(model, TopUp).result.unwrap().title, "$50.00 added");
}

#[test]
fn a_card_top_up_the_bank_must_confirm_shows_its_page_and_asks_again_when_the_shopper_is_back() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    let page = "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1".to_string();
    let waiting = TopUpOutcome::AwaitingCharge { action_id: "act_1".into(), confirmation_url: Some(page.clone()) };
    done(&mut model, Done::ToppedUp(Ok(waiting)));
    let form = screen!(model, TopUp);
    let bank = look(&model).bank_page.expect("the bank's page is offered above the screen");
    assert_eq!(
        (bank.url.as_str(), bank.open.label.as_str(), bank.open.enabled),
        (page.as_str(), "Open your bank's page", true)
    );
    assert!(!form.submit.enabled, "no second top-up while the first waits for the bank");
    let tasks = send(&mut model, UiEvent::OpenLink { url: "pocket://card-confirmed?payment_intent=pi_1".into() });
    assert!(
        matches!(tasks.as_slice(), [Task::ResendPending]),
        "back from the bank, the charge is asked again: {tasks:?}"
    );

    // A charge the processor is still deciding shows as such, with no page.
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    let deciding = TopUpOutcome::AwaitingCharge { action_id: "act_2".into(), confirmation_url: None };
    done(&mut model, Done::ToppedUp(Ok(deciding)));
    let form = screen!(model, TopUp);
    assert!(look(&model).bank_page.is_none());
    assert!(form.sending.saved.unwrap().starts_with("Your card's bank is still deciding"));
}

#[test]
fn only_the_rails_and_e_wallets_of_the_shoppers_country_are_offered() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let rails: Vec<_> = screen!(model, TopUp).rails.iter().map(|r| r.rail).collect();
    assert!(rails.contains(&TopUpRail::Boleto) && !rails.contains(&TopUpRail::EWallet), "Brazil: {rails:?}");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    assert_eq!(model.flows.top_up.rail, None, "a rail not offered cannot be chosen");

    model.profile.last.as_mut().unwrap().country = "BY".into();
    let rails: Vec<_> = screen!(model, TopUp).rails.iter().map(|r| r.rail).collect();
    assert!(!rails.contains(&TopUpRail::Boleto) && rails.contains(&TopUpRail::EWallet), "Belarus: {rails:?}");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    let providers: Vec<_> = screen!(model, TopUp).providers.into_iter().map(|p| p.id).collect();
    assert_eq!(providers, ["web_money"], "only the e-wallets that operate in Belarus");
}

#[test]
fn a_limit_refusal_says_which_rule_what_is_left_when_it_resets_and_how_to_raise_it() {
    let mut model = signed_in();
    model.profile.last.as_mut().unwrap().country = "RU".into();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseProvider { id: "qiwi".into() } });
    let tasks = send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "250".into() } });
    assert!(matches!(tasks.as_slice(), [Task::TopUp { request }] if request.provider == Some(EWalletProvider::Qiwi)));
    let refusal = LimitRefusal {
        method: LimitMethod::TopUp(TopUpRail::EWallet),
        rule: LimitRule::PerDay,
        amount: usd("250.00"),
        ceiling: usd("300.00"),
        left: usd("80.00"),
        resets_at: Some(Utc.with_ymd_and_hms(2026, 11, 21, 13, 30, 0).unwrap()),
        how_to_raise: Some(LimitRaise::VerifyIdentity { new_ceiling: usd("1000.00") }),
    };
    done(&mut model, Done::ToppedUp(Err(PocketError::LimitReached { refusal, explanation: "over".into() })));
    let problem = look(&model).problem.expect("a dialog");
    assert_eq!(problem.title, "Over your daily limit");
    assert_eq!(
        problem.message,
        "$250.00 is over what you can spend in 24 hours (Adding money by E-wallet). You can spend $80.00 now."
    );
    let figures: Vec<(String, String)> = problem.figures.into_iter().map(|f| (f.label, f.value)).collect();
    assert_eq!(
        figures,
        [
            ("Limit".to_string(), "$300.00 per 24 hours".to_string()),
            ("Left now".into(), "$80.00".into()),
            ("This amount fits again".into(), "Nov 21, 2026, 10:30 AM".into()),
            ("To raise it".into(), "Verify your identity: up to $1,000.00".into()),
        ]
    );
    assert!(screen!(model, TopUp).submit.enabled, "the form can be sent again with less");
    assert_eq!(problem.action.as_deref(), Some("Verify your identity"), "the dialog leads to the fix");
    send(&mut model, UiEvent::DismissProblem);
    assert!(look(&model).problem.is_none());
}

#[test]
fn a_top_up_without_connection_is_saved_then_done_when_the_outbox_empties() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::WesternUnion } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "40".into() } });
    let offline = PocketError::WillRetry { action_id: "act_9".into(), reason: "down".into() };
    done(&mut model, Done::ToppedUp(Err(offline)));
    let form = screen!(model, TopUp);
    assert!(form.sending.saved.unwrap().contains("will be sent by itself"));
    assert!(!form.submit.enabled, "never a second top-up while the first is on its way");
    engine(
        &mut model,
        PocketEvent::PendingActionsChanged {
            actions: vec![pending("act_9", "top_up", "western_union", PendingState::Sending)],
        },
    );
    assert!(screen!(model, TopUp).sending.saved.is_some());
    let tasks = engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    assert!(tasks.contains(&Task::LoadWallet));
    assert!(screen!(model, TopUp).submit.enabled);
}
