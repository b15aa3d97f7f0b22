//! The gallery: every screen in the states a shopper meets, produced by
//! the real `update` and `view` from fixtures (a fixed clock, fixed data),
//! in English and Russian. Each view is written as the bytes UniFFI sends
//! across the FFI, so the desktop harness of the Android screens
//! (`android/desktop`) reads exactly what a phone would receive and renders
//! it to PNG (`make screenshots`).

use std::path::PathBuf;

use chrono::{Duration, TimeZone, Utc};

use super::destination::Destination;
use super::destination::Tab;
use super::event::UiEvent;
use super::fixtures::*;
use super::flows::*;
use super::model::{Model, Route};
use super::task::Done;
use super::text::Problem;
use super::view::AppView;
use crate::app::*;
use crate::cards::CardStatus;
use crate::contract::service::ErrorKind;
use crate::contract::wallet::{Direction, JournalCode, MovementSource, NotificationKind};
use crate::limits::{LimitMethod, LimitRaise, LimitRefusal, LimitRule};
use crate::money::Currency;
use crate::orders::{BuyerAction, OrderStatus};
use crate::topup::TopUpRail;

/// One state of the app worth a picture.
struct Scene {
    name: &'static str,
    build: fn(&mut Model),
}

fn scenes() -> Vec<Scene> {
    vec![
        Scene { name: "welcome", build: |m| signed_out_on(m) },
        Scene { name: "sign-up", build: sign_up_with_an_error },
        Scene { name: "check-email", build: check_email },
        Scene {
            name: "sign-in",
            build: |m| {
                signed_out_on(m);
                send(m, UiEvent::Open { destination: Destination::SignIn });
            },
        },
        Scene { name: "reset-password", build: reset_password_link_sent },
        Scene { name: "payment-password", build: payment_password_with_an_error },
        Scene {
            name: "security-questions",
            build: |m| {
                m.flows.questions = crate::app::ui::state::security::QuestionsState::setup();
                m.reset_to(Route::SecurityQuestions);
            },
        },
        Scene { name: "home", build: home },
        Scene {
            name: "limits",
            build: |m| {
                send(m, UiEvent::Open { destination: Destination::Limits });
            },
        },
        Scene { name: "top-up", build: top_up_pending },
        Scene { name: "top-up-code", build: top_up_waiting_for_the_code },
        Scene { name: "top-up-bank-page", build: top_up_waiting_for_the_bank },
        Scene { name: "cards", build: cards_asking_to_remove },
        Scene {
            name: "add-card",
            build: |m| {
                send(m, UiEvent::Open { destination: Destination::Cards });
                send(m, UiEvent::Cards { event: CardsEvent::Add });
            },
        },
        Scene {
            name: "catalogue",
            build: |m| {
                send(m, UiEvent::SelectTab { tab: Tab::Shop });
            },
        },
        Scene {
            name: "product",
            build: |m| {
                send(m, UiEvent::SelectTab { tab: Tab::Shop });
                send(m, UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: "prd_case".into() } });
                send(
                    m,
                    UiEvent::Shop { event: ShopEvent::ChooseOption { name: "model".into(), value: "Pixel 8".into() } },
                );
            },
        },
        Scene { name: "cart", build: cart_with_a_heavy_parcel },
        Scene {
            name: "checkout",
            build: |m| {
                cart_with_a_heavy_parcel(m);
                send(m, UiEvent::Shop { event: ShopEvent::RemoveLine { index: 1 } });
                send(m, UiEvent::Shop { event: ShopEvent::Checkout });
            },
        },
        Scene { name: "pay-quote", build: pay_with_a_rouble_quote },
        Scene { name: "pay-over-limit", build: pay_over_the_unverified_limit },
        Scene { name: "pay-paid", build: paid },
        Scene { name: "pay-saved", build: pay_saved_offline },
        Scene { name: "orders", build: orders },
        Scene { name: "order", build: order_delivered },
        Scene {
            name: "order-dispute",
            build: |m| {
                order_delivered(m);
                send(m, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::OpenDispute } });
            },
        },
        Scene { name: "history", build: history },
        Scene {
            name: "receipt",
            build: |m| {
                history(m);
                send(m, UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: "ord_2".into() } });
                done(m, Done::Receipt { order_id: "ord_2".into(), result: Ok(receipt("ord_2")) });
            },
        },
        Scene {
            name: "transfer",
            build: |m| {
                send(m, UiEvent::Open { destination: Destination::Transfer });
            },
        },
        Scene { name: "notifications", build: notifications },
        Scene {
            name: "settings",
            build: |m| {
                send(m, UiEvent::SelectTab { tab: Tab::Profile });
                send(m, UiEvent::Settings { event: SettingsEvent::ChangeLanguage });
            },
        },
        Scene { name: "recover-payment-password", build: payment_password_recovery_with_a_wrong_answer },
        Scene { name: "verification", build: verification_form },
        Scene { name: "support", build: support_cases },
        Scene { name: "support-case", build: support_case_answered },
        Scene { name: "new-support-case", build: support_about_forgotten_answers },
        Scene { name: "problem-limit", build: limit_refusal },
        Scene { name: "problem-lockout", build: lockout },
        Scene { name: "problem-card-declined", build: card_declined },
        Scene { name: "offline", build: offline },
    ]
}

fn signed_out_on(model: &mut Model) {
    *model = signed_out_in(model.texts.language());
}

fn signed_out_in(language: &str) -> Model {
    let mut model = new_model(language);
    let opened =
        super::update::Opened { signed_in: false, screens: SavedScreens::default(), pending: Vec::new(), saved: None };
    super::update::update(&mut model, super::update::Input::Opened(Box::new(opened)), now());
    model
}

fn sign_up_with_an_error(model: &mut Model) {
    signed_out_on(model);
    send(model, UiEvent::Open { destination: Destination::SignUp });
    let input = SignUpInput {
        email: "maria@example".into(),
        password: secret("correct horse"),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500, São Paulo".into(),
        phone: "+55 11 90000-0001".into(),
        national_id: "123.456.789-09".into(),
        country: "BR".into(),
        language: model.texts.language().to_string(),
    };
    send(model, UiEvent::SignUp { event: SignUpEvent::Submit { input } });
}

fn check_email(model: &mut Model) {
    model.flows.check_email.email = "maria@example.com".into();
    model.flows.check_email.expires_at = Some(now() + Duration::hours(24));
    model.reset_to(Route::CheckEmail);
}

fn payment_password_with_an_error(model: &mut Model) {
    model.flows.payment_password = crate::app::ui::state::security::PaymentPasswordState::setup();
    model.reset_to(Route::PaymentPassword);
    let event =
        PaymentPasswordEvent::Submit { current: None, password: secret("123456"), confirmation: secret("123456") };
    send(model, UiEvent::PaymentPassword { event });
}

fn home(model: &mut Model) {
    engine(
        model,
        PocketEvent::PendingActionsChanged {
            actions: vec![pending("act_1", "transfer", "joao@example.com", PendingState::Sending)],
        },
    );
    for (id, kind) in [(1, NotificationKind::OrderShipped), (2, NotificationKind::TopUpSettled)] {
        let notification = Notification {
            id,
            kind,
            message: format!("Notification {id}"),
            reference: "ord_1".into(),
            created_at: now(),
            facts: crate::contract::wallet::NotificationFacts {
                amount: Some(usd("30.00")),
                tracking_number: Some("LP00412345678CN".into()),
                ..Default::default()
            },
        };
        engine(model, PocketEvent::NotificationReceived { notification });
    }
}

fn top_up_pending(model: &mut Model) {
    send(model, UiEvent::Open { destination: Destination::TopUp });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankTransfer } });
    send(model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "30".into() } });
    done(model, Done::ToppedUp(Ok(TopUpOutcome::Created { top_up: wallet().top_ups[0].clone() })));
}

fn top_up_waiting_for_the_code(model: &mut Model) {
    send(model, UiEvent::Open { destination: Destination::TopUp });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    done(model, Done::ToppedUp(Ok(TopUpOutcome::NeedsOneTimeCode { action_id: "act_2".into() })));
}

fn top_up_waiting_for_the_bank(model: &mut Model) {
    send(model, UiEvent::Open { destination: Destination::TopUp });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    let confirmation_url = Some("https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1".to_string());
    done(model, Done::ToppedUp(Ok(TopUpOutcome::AwaitingCharge { action_id: "act_3".into(), confirmation_url })));
}

fn cards_asking_to_remove(model: &mut Model) {
    let mut screen = cards(2);
    screen.cards.push(card("card_old", "1111", CardStatus::Expired));
    model.cards.last = Some(screen);
    send(model, UiEvent::Open { destination: Destination::Cards });
    send(model, UiEvent::Cards { event: CardsEvent::Remove { card_id: "card_old".into() } });
}

fn cart_with_a_heavy_parcel(model: &mut Model) {
    send(model, UiEvent::SelectTab { tab: Tab::Shop });
    send(model, UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: "prd_case".into() } });
    for (name, value) in [("model", "Pixel 8"), ("colour", "teal")] {
        send(model, UiEvent::Shop { event: ShopEvent::ChooseOption { name: name.into(), value: value.into() } });
    }
    send(model, UiEvent::Shop { event: ShopEvent::Increase });
    send(model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(model, UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: "prd_pan".into() } });
    send(model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(model, UiEvent::Open { destination: Destination::Cart });
    model.notice = None;
}

fn paying(model: &mut Model) {
    send(model, UiEvent::SelectTab { tab: Tab::Shop });
    done(model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])])));
}

fn pay_with_a_rouble_quote(model: &mut Model) {
    paying(model);
    send(
        model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Balance { currency: Currency::Rub } } },
    );
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("3.99"),
        pay: rub("369.91"),
        rate_usd_per_unit: Some("0.0108".into()),
        limits: QuoteLimits::Allowed { left_today_after: usd("216.01"), left_this_month_after: usd("916.01") },
    };
    done(model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Rub, result: Ok(quote) });
}

fn pay_over_the_unverified_limit(model: &mut Model) {
    paying(model);
    quote_over_the_limit(model, LimitRaise::VerifyIdentity { new_ceiling: usd("2000.00") });
}

fn paid(model: &mut Model) {
    paying(model);
    send(model, UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } });
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("381947") } });
    let order = order("ord_1", OrderStatus::Paid, vec![BuyerAction::Cancel]);
    done(model, Done::Paid { order_id: "ord_1".into(), result: Ok(PaymentOutcome::Paid { order }) });
}

fn pay_saved_offline(model: &mut Model) {
    paying(model);
    send(model, UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } });
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("381947") } });
    let offline = PocketError::WillRetry { action_id: "act_3".into(), reason: "unreachable".into() };
    done(model, Done::Paid { order_id: "ord_1".into(), result: Err(offline) });
}

fn delivered_order() -> Order {
    let mut order = order("ord_1", OrderStatus::Delivered, vec![BuyerAction::ConfirmReceipt, BuyerAction::OpenDispute]);
    order.tracking_number = Some("LP00123456BR".into());
    order.delivered_at = Some(now());
    order.protection_ends_at = Some(now() + Duration::days(15));
    order
}

fn orders(model: &mut Model) {
    let screen = OrdersScreen {
        orders: vec![
            delivered_order(),
            Order { id: "ord_2".into(), seller_id: "sel_home".into(), ..order("ord_2", OrderStatus::Shipped, vec![]) },
            order("ord_3", OrderStatus::Refunded, vec![]),
        ],
        freshness: fresh(),
    };
    model.orders.last = Some(screen);
    send(model, UiEvent::SelectTab { tab: Tab::Orders });
}

fn order_delivered(model: &mut Model) {
    orders(model);
    send(model, UiEvent::Orders { event: OrdersEvent::Open { order_id: "ord_1".into() } });
}

fn history(model: &mut Model) {
    send(model, UiEvent::Open { destination: Destination::History });
    let entry = |id: i64, kind: JournalCode, direction: Direction, amount: &str, source: MovementSource| HistoryEntry {
        journal_id: id,
        kind,
        direction,
        amount: usd(amount),
        at: now() - Duration::hours(id),
        reference: format!("ord_{id}"),
        receipt: (kind == JournalCode::Payment).then(|| format!("/v1/orders/ord_{id}/receipt")),
        source,
    };
    let entries = vec![
        entry(1, JournalCode::Transfer, Direction::Out, "10.00", MovementSource::Balance),
        entry(2, JournalCode::Payment, Direction::Out, "3.99", MovementSource::Balance),
        entry(3, JournalCode::Refund, Direction::In, "29.00", MovementSource::Card),
        entry(4, JournalCode::TopUpSettled, Direction::In, "30.00", MovementSource::Balance),
        entry(5, JournalCode::TopUp, Direction::In, "80.00", MovementSource::Balance),
    ];
    done(model, Done::History(Ok(HistoryScreen { entries, freshness: fresh() })));
}

fn notifications(model: &mut Model) {
    home(model);
    send(model, UiEvent::Open { destination: Destination::Notifications });
}

fn limit_refusal(model: &mut Model) {
    // A shopper in Russia, where e-wallets are offered.
    if let Some(profile) = model.profile.last.as_mut() {
        profile.country = "RU".into();
    }
    send(model, UiEvent::Open { destination: Destination::TopUp });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    send(model, UiEvent::TopUp { event: TopUpEvent::ChooseProvider { id: "qiwi".into() } });
    send(model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "250".into() } });
    let refusal = LimitRefusal {
        method: LimitMethod::TopUp(TopUpRail::EWallet),
        rule: LimitRule::PerDay,
        amount: usd("250.00"),
        ceiling: usd("300.00"),
        left: usd("80.00"),
        resets_at: Some(Utc.with_ymd_and_hms(2026, 11, 21, 13, 30, 0).unwrap()),
        how_to_raise: Some(LimitRaise::VerifyIdentity { new_ceiling: usd("1000.00") }),
    };
    done(model, Done::ToppedUp(Err(PocketError::LimitReached { refusal, explanation: String::new() })));
}

fn lockout(model: &mut Model) {
    paying(model);
    send(model, UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } });
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("111111") } });
    let locked = PocketError::Refused {
        kind: ErrorKind::Locked,
        code: "payment_password_locked".into(),
        explanation: String::new(),
        field: None,
        until: Some(now() + Duration::minutes(30)),
        attempts_left: None,
    };
    done(model, Done::Paid { order_id: "ord_1".into(), result: Err(locked) });
}

fn card_declined(model: &mut Model) {
    paying(model);
    send(model, UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } });
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("381947") } });
    model.problem = Some(Problem::Engine(PocketError::Refused {
        kind: ErrorKind::Refused,
        code: "card_declined".into(),
        explanation: String::new(),
        field: None,
        until: None,
        attempts_left: None,
    }));
    model.flows.pay.sending = crate::app::ui::state::sending::SendState::Ready;
}

fn offline(model: &mut Model) {
    let stale = WalletScreen { freshness: Freshness { fetched_at: Some(now()), stale: true }, ..wallet() };
    done(model, Done::Wallet(Ok(stale)));
}

/// Each scene's view in `language`, as named files' contents.
fn views_in(language: &str) -> Vec<(String, AppView)> {
    scenes()
        .into_iter()
        .map(|scene| {
            let mut model = signed_in_in(language);
            (scene.build)(&mut model);
            (format!("{}.{language}", scene.name), look(&model))
        })
        .collect()
}

/// The bytes UniFFI sends for `view`.
fn ffi_bytes(view: AppView) -> Vec<u8> {
    let mut bytes = Vec::new();
    <AppView as uniffi::Lower<crate::UniFfiTag>>::write(view, &mut bytes);
    bytes
}

fn reset_password_link_sent(m: &mut Model) {
    signed_out_on(m);
    send(m, UiEvent::Open { destination: Destination::SignIn });
    send(m, UiEvent::SignIn { event: SignInEvent::ForgotPassword { email: "maria@example.com".into() } });
    send(m, UiEvent::ResetPassword { event: ResetPasswordEvent::SendLink { email: "maria@example.com".into() } });
    let sent = crate::contract::accounts::PasswordResetSent { sent: true, valid_minutes: 30 };
    done(m, Done::PasswordResetSent(Ok(sent)));
}

fn payment_password_recovery_with_a_wrong_answer(m: &mut Model) {
    send(m, UiEvent::SelectTab { tab: Tab::Profile });
    send(m, UiEvent::Settings { event: SettingsEvent::ForgotPaymentPassword });
    send(m, UiEvent::RecoverPaymentPassword { event: RecoverPaymentPasswordEvent::SendLink });
    let sent = crate::contract::accounts::RecoveryLinkSent {
        email: "maria@example.com".into(),
        expires_at: now() + Duration::minutes(30),
        security_questions: profile().shopper.security_questions,
    };
    done(m, Done::PaymentRecoveryLinkSent(Ok(sent)));
    let answers = ["Rex", "Porto Alegre", "Escola Verde"].map(secret).to_vec();
    let submit = RecoverPaymentPasswordEvent::Submit {
        code: Some(secret("0a1b2c")),
        answers,
        password: secret("529174"),
        confirmation: secret("529174"),
    };
    send(m, UiEvent::RecoverPaymentPassword { event: submit });
    let wrong = PocketError::Refused {
        kind: ErrorKind::Forbidden,
        code: "wrong_security_answers".into(),
        explanation: String::new(),
        field: Some("answers".into()),
        until: None,
        attempts_left: Some(4),
    };
    done(m, Done::PaymentPasswordRecovered(Err(wrong)));
}

fn verification_form(m: &mut Model) {
    send(m, UiEvent::SelectTab { tab: Tab::Profile });
    send(m, UiEvent::Settings { event: SettingsEvent::VerifyIdentity });
    let declined = crate::contract::accounts::Verification {
        state: crate::contract::accounts::VerificationState::Declined,
        level: crate::limits::VerificationLevel::EmailConfirmed,
        request_id: Some("idv_1".into()),
        document_type: Some(crate::contract::accounts::IdentityDocument::Passport),
        document_last4: Some("4567".into()),
        submitted_at: Some(now() - Duration::days(2)),
        reviewed_at: Some(now() - Duration::days(1)),
        decline_reason: Some("The photo is blurred.".into()),
    };
    done(m, Done::Verification(Ok(declined)));
}

fn gallery_cases() -> crate::contract::support::SupportCases {
    use crate::contract::support::{SupportAuthor, SupportCase, SupportMessage, SupportStatus, SupportTopic};
    let message = |author, body: &str, hours| SupportMessage {
        author,
        body: body.into(),
        sent_at: now() - Duration::hours(hours),
    };
    let receipt = crate::contract::shop::Receipt {
        payment_id: "pay_7f3a".into(),
        order_id: "ord_1".into(),
        method: crate::contract::shop::PaymentMethod::Balance,
        card: None,
        paid: usd("18.40"),
        amount_usd: usd("18.40"),
        fx_rate: None,
        paid_at: now() - Duration::days(3),
    };
    crate::contract::support::SupportCases {
        cases: vec![
            SupportCase {
                id: "case_2".into(),
                topic: SupportTopic::PaymentProblem,
                reference: Some("ord_1".into()),
                status: SupportStatus::Answered,
                opened_at: now() - Duration::days(1),
                updated_at: now() - Duration::hours(2),
                messages: vec![
                    message(SupportAuthor::Shopper, "I was charged twice for this order.", 20),
                    message(
                        SupportAuthor::Support,
                        "We found the second charge and are sending it back to your balance.",
                        2,
                    ),
                ],
                receipt: Some(receipt),
                document: None,
            },
            SupportCase {
                id: "case_1".into(),
                topic: SupportTopic::LateTopUp,
                reference: Some("top_1".into()),
                status: SupportStatus::Resolved,
                opened_at: now() - Duration::days(9),
                updated_at: now() - Duration::days(7),
                messages: vec![
                    message(SupportAuthor::Shopper, "My bank transfer has not arrived.", 216),
                    message(SupportAuthor::Support, "It arrived this morning.", 168),
                ],
                receipt: None,
                document: None,
            },
        ],
    }
}

fn support_cases(m: &mut Model) {
    send(m, UiEvent::SelectTab { tab: Tab::Profile });
    send(m, UiEvent::Settings { event: SettingsEvent::OpenSupport });
    done(m, Done::SupportCases(Ok(gallery_cases())));
}

fn support_case_answered(m: &mut Model) {
    support_cases(m);
    send(m, UiEvent::Support { event: SupportEvent::OpenCase { case_id: "case_2".into() } });
}

fn support_about_forgotten_answers(m: &mut Model) {
    send(m, UiEvent::SelectTab { tab: Tab::Profile });
    send(m, UiEvent::Settings { event: SettingsEvent::ForgotPaymentPassword });
    send(m, UiEvent::Support { event: SupportEvent::ForgotSecurityAnswers });
}

/// Where the views go: `target/gallery-views` (beside the build).
fn out_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("gallery-views")
}

#[test]
fn the_gallery_of_views_is_written_for_the_desktop_renders() {
    let dir = out_dir();
    std::fs::create_dir_all(&dir).expect("the gallery folder can be made");
    let mut screens = std::collections::BTreeSet::new();
    for language in ["en", "ru"] {
        for (name, view) in views_in(language) {
            assert_eq!(view.language, language, "{name} is in {language}");
            let screen = format!("{:?}", view.screen);
            screens.insert(screen.split([' ', '{']).next().unwrap_or_default().to_string());
            std::fs::write(dir.join(format!("{name}.view")), ffi_bytes(view)).expect("the view is written");
        }
    }
    assert_eq!(screens.len(), 29, "every screen has a picture: {screens:?}");
}

#[test]
fn the_gallerys_refusals_show_their_dialogs() {
    let views = views_in("en");
    let problem =
        |name: &str| views.iter().find(|(n, _)| n == &format!("{name}.en")).and_then(|(_, v)| v.problem.clone());
    assert_eq!(problem("problem-limit").unwrap().code, "per_day");
    assert_eq!(problem("problem-lockout").unwrap().code, "payment_password_locked");
    assert_eq!(problem("problem-card-declined").unwrap().code, "card_declined");
    assert!(views.iter().any(|(n, v)| n == "offline.en" && v.banner.is_some()));
}
