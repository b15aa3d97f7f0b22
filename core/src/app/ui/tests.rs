//! The app as a whole, driven as a shell would without a network: opening,
//! the back gesture, offline screens, an ended session, a killed app, every
//! screen's texts in every language, secrets kept out. Each flow's own
//! phases are tested next to it (`flows/<flow>/tests.rs`).

use chrono::Duration;

use super::destination::Destination;
use super::destination::Tab;
use super::event::UiEvent;
use super::fixtures::*;
use super::flows::*;
use super::model::Route;
use super::persist::SavedUi;
use super::task::{Done, Task};
use super::update::{update, Input, Opened};
use super::view::BannerKind;
use crate::app::*;
use crate::contract::wallet::NotificationKind;
use crate::limits::{LimitMethod, LimitRefusal, LimitRule};
use crate::orders::{BuyerAction, OrderStatus};

#[test]
fn opening_signed_out_shows_welcome_and_loads_nothing() {
    let model = signed_out();
    let welcome = screen!(model, Welcome);
    assert_eq!(welcome.sign_up.label, "Create an account");
    let view = look(&model);
    assert!(view.tabs.is_empty(), "no tabs before sign-in");
    assert!(!view.can_go_back);
}

#[test]
fn opening_signed_in_shows_the_saved_home_at_once_and_refreshes_it() {
    let mut model = new_model("en-US");
    let opened = Opened { signed_in: true, screens: screens(), pending: Vec::new(), saved: None };
    let tasks = update(&mut model, Input::Opened(Box::new(opened)), now());
    assert!(tasks.contains(&Task::LoadWallet) && tasks.contains(&Task::LoadProfile));
    assert!(tasks.contains(&Task::LoadNotifications));
    let home = screen!(model, Home);
    assert_eq!(home.greeting, "Hello, Maria");
    assert_eq!(home.balances[0].available, "$150.00");
    assert_eq!(home.balances[0].pending.as_deref(), Some("$30.00 on its way"));
    assert_eq!(home.balances[1].available, "₽12,345.50");
    assert!(!home.loading, "saved data shows while the fresh copy loads");
    let view = look(&model);
    assert_eq!(view.tabs.iter().find(|t| t.selected).map(|t| t.tab), Some(Tab::Home));
}

#[test]
fn an_app_killed_while_a_form_was_sent_reopens_with_the_form_ready_again() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("pw") } },
    );
    assert!(screen!(model, SignIn).submit.busy, "signing in");
    let saved = SavedUi::from_json(&SavedUi::of(&model).to_json()).expect("the state reads back");

    let mut reopened = new_model("en-US");
    let opened = Opened { signed_in: false, screens: screens(), pending: Vec::new(), saved: Some(saved) };
    update(&mut reopened, Input::Opened(Box::new(opened)), now());

    let sign_in = screen!(reopened, SignIn);
    assert!(!sign_in.submit.busy && sign_in.submit.enabled, "the answer never comes to a killed app: ask again");
    assert_eq!(sign_in.email.value, "maria@example.com", "what was typed is kept");
}

#[test]
fn an_ended_session_goes_to_sign_in_with_the_email_filled() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Err(PocketError::NeedsSignIn)));
    let sign_in = screen!(model, SignIn);
    assert_eq!(sign_in.email.value, "maria@example.com");
    assert_eq!(
        look(&model).notice.as_deref(),
        Some("Your session ended. Sign in again; anything waiting to be sent is kept.")
    );
}

#[test]
fn offline_screens_say_when_they_were_saved() {
    let mut model = signed_in();
    let stale = WalletScreen { freshness: Freshness { fetched_at: Some(now()), stale: true }, ..wallet() };
    done(&mut model, Done::Wallet(Ok(stale)));
    let banner = look(&model).banner.unwrap();
    assert_eq!(banner.kind, BannerKind::Offline);
    assert_eq!(banner.message, "You're offline. Showing what was saved at Nov 20, 2026, 12:00 PM.");
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Err(PocketError::Offline { reason: "down".into() })));
    let banner = look(&model).banner.unwrap();
    assert!(banner.message.starts_with("Pocket can't be reached right now"));
}

#[test]
fn back_closes_the_problem_then_leaves_the_screen_and_stops_at_the_tab() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    model.problem = Some(super::text::Problem::Check { field: None, code: "unknown_link" });
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Cards));
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Home));
    assert!(!look(&model).can_go_back);
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Home));
}

#[test]
fn every_screen_draws_in_english_with_no_text_missing() {
    let mut model = signed_in();
    model.orders.last.as_mut().unwrap().orders.push(order("ord_1", OrderStatus::Paid, vec![BuyerAction::Cancel]));
    model.receipts.insert(
        "ord_1".into(),
        super::model::Loadable { last: Some(receipt("ord_1")), status: super::model::LoadStatus::Ready },
    );
    let routes = [
        Route::Welcome,
        Route::SignUp,
        Route::CheckEmail,
        Route::SignIn,
        Route::PaymentPassword,
        Route::SecurityQuestions,
        Route::Home,
        Route::Limits,
        Route::TopUp,
        Route::Cards,
        Route::AddCard,
        Route::Catalogue,
        Route::Product { product_id: "prd_case".into() },
        Route::Cart,
        Route::Checkout,
        Route::Pay,
        Route::Orders,
        Route::Order { order_id: "ord_1".into() },
        Route::History,
        Route::Receipt { order_id: "ord_1".into() },
        Route::RefundReceipt { order_id: "ord_1".into() },
        Route::Transfer,
        Route::Notifications,
        Route::Settings,
        Route::ResetPassword,
        Route::RecoverPaymentPassword,
        Route::Verification,
        Route::Support,
        Route::NewSupportCase,
    ];
    for route in routes {
        model.reset_to(route.clone());
        let view = look(&model);
        assert!(!view.title.is_empty(), "{route:?} has a title");
    }
}

#[test]
fn a_secret_typed_in_an_event_never_reaches_the_model_the_saved_state_or_a_log() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    let event = UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("381947") } };
    assert!(!format!("{event:?}").contains("381947"));
    let tasks = send(&mut model, event);
    assert!(!format!("{tasks:?}").contains("381947"));
    assert!(!format!("{model:?}").contains("381947"));
    assert!(!SavedUi::of(&model).to_json().contains("381947"));
}

fn read_in(language: &str) -> (String, String, String) {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ChangeLanguage });
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ChooseLanguage { id: language.into() } });
    if language != "en" {
        assert_eq!(tasks, [Task::SetLanguage { language: language.into() }]);
        done(&mut model, Done::LanguageSet(Ok(profile_where(|p| p.language = language.into()))));
    }
    assert_eq!(look(&model).language, language);

    let refusal = LimitRefusal {
        method: LimitMethod::Balance,
        rule: LimitRule::PerDay,
        amount: usd("1234.50"),
        ceiling: usd("1000.00"),
        left: usd("400.00"),
        resets_at: Some(now() + Duration::hours(5)),
        how_to_raise: None,
    };
    model.problem = Some(super::text::Problem::Limit(refusal));
    let refused = look(&model).problem.unwrap().message;
    model.problem = None;

    let paid = Receipt { paid: usd("1234.50"), ..receipt("ord_1") };
    model
        .receipts
        .insert("ord_1".into(), super::model::Loadable { last: Some(paid), status: super::model::LoadStatus::Ready });
    model.push(Route::Receipt { order_id: "ord_1".into() });
    let receipt_lines =
        screen!(model, Receipt).lines.iter().map(|l| format!("{} {}", l.label, l.value)).collect::<Vec<_>>();

    let arrived = Notification {
        id: 7,
        kind: NotificationKind::TopUpSettled,
        message: "$1,234.50 arrived in your Pocket balance".into(),
        reference: "top_9".into(),
        created_at: now(),
        facts: crate::contract::wallet::NotificationFacts { amount: Some(usd("1234.50")), ..Default::default() },
    };
    update(&mut model, Input::Engine(PocketEvent::NotificationReceived { notification: arrived }), now());
    send(&mut model, UiEvent::Open { destination: Destination::Notifications });
    let notification = screen!(model, Notifications).items[0].message.clone();
    assert!(model.texts.missing().is_empty(), "{language} lacks {:?}", model.texts.missing());
    (refused, receipt_lines.join("\n"), notification)
}

#[test]
fn a_shopper_in_each_language_reads_a_refusal_a_receipt_and_a_notification_in_it_with_its_own_numbers() {
    // 1234.50 as each language writes its digits.
    let digits = [
        ("en", "1,234.50"),
        ("ru", "1\u{a0}234,50"),
        ("pt-BR", "1.234,50"),
        ("es", "1.234,50"),
        ("tr", "1.234,50"),
        ("id", "1.234,50"),
        ("sw", "1,234.50"),
        ("el", "1.234,50"),
    ];
    assert_eq!(digits.map(|(tag, _)| tag), crate::text::SHOPPER_LANGUAGES, "every language the service accepts");
    let english = read_in("en");
    for (language, written) in digits {
        let (refused, receipt, notification) = read_in(language);
        for (what, text) in [("the refusal", &refused), ("the receipt", &receipt), ("the notification", &notification)]
        {
            assert!(text.contains(written), "{language}: {what} writes 1234.50 as {written}: {text}");
        }
        // The words, not only the numbers, are the language's own.
        let words = |text: &str| text.chars().filter(|c| c.is_alphabetic()).collect::<String>();
        if language != "en" {
            assert_ne!(words(&refused), words(&english.0), "{language} words the refusal: {refused}");
            assert_ne!(words(&receipt), words(&english.1), "{language} words the receipt: {receipt}");
            assert_ne!(words(&notification), words(&english.2), "{language} words the notification: {notification}");
        }
    }
}

#[test]
fn a_failed_opening_is_worded_in_the_phones_language_with_a_retry() {
    let english = super::opening_failed_view("en-US".into(), "keychain locked".into());
    assert_eq!(english.title, "Pocket could not start");
    assert_eq!(english.detail, "Details for support: keychain locked");
    assert_eq!(english.retry.label, "Try again");
    let russian = super::opening_failed_view("ru-RU".into(), "keychain locked".into());
    assert_eq!(russian.retry.label, "Попробовать снова");
}

#[test]
fn each_field_tells_the_platforms_autofill_what_it_holds_and_the_payment_password_asks_for_nothing() {
    use super::parts::Autofill;
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    let sign_in = screen!(model, SignIn);
    assert_eq!((sign_in.email.autofill, sign_in.password.autofill), (Some(Autofill::Email), Some(Autofill::Password)));
    send(&mut model, UiEvent::Open { destination: Destination::SignUp });
    let sign_up = screen!(model, SignUp);
    assert_eq!(sign_up.password.autofill, Some(Autofill::NewPassword), "a password manager may suggest one");
    assert_eq!((sign_up.phone.autofill, sign_up.address.autofill), (Some(Autofill::Phone), Some(Autofill::Address)));

    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::AddCard });
    let add_card = screen!(model, AddCard);
    assert_eq!(
        (add_card.number.autofill, add_card.expiry.autofill),
        (Some(Autofill::CardNumber), Some(Autofill::CardExpiry))
    );
    paying(&mut model);
    assert_eq!(
        screen!(model, Pay).password.autofill,
        None,
        "no saved login password is offered for the payment password"
    );
}

/// Records the newest view, as a shell's observer would.
struct NewestView(std::sync::Mutex<Option<super::AppView>>);

impl super::ViewObserver for NewestView {
    fn on_view(&self, view: super::AppView) {
        *self.0.lock().unwrap() = Some(view);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tap_sent_before_the_app_opened_reaches_it_once_it_has() {
    let folder = tempfile::tempdir().unwrap();
    let connection = super::PocketConnection::new();
    connection.send(UiEvent::Open { destination: Destination::SignIn });
    assert_eq!(connection.waiting(), 1, "kept while the app opens");

    let settings = super::PocketSettings {
        data_dir: folder.path().display().to_string(),
        // No service: opening "Sign in" is the app's own state.
        service_url: "http://127.0.0.1:9".into(),
        request_timeout_ms: 1_000,
        background_sync: false,
    };
    let observer = std::sync::Arc::new(NewestView(std::sync::Mutex::new(None)));
    let secrets = std::sync::Arc::new(MemorySecretStore::new());
    connection.clone().open(settings, secrets, "en-US".into(), "UTC".into(), observer.clone()).await.unwrap();
    assert_eq!(connection.waiting(), 0, "delivered on opening");

    let signed_in_screen =
        || matches!(observer.0.lock().unwrap().as_ref().map(|v| &v.screen), Some(super::Screen::SignIn { .. }));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !signed_in_screen() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(
        signed_in_screen(),
        "the app opened on sign-in: {:?}",
        observer.0.lock().unwrap().as_ref().map(|v| &v.screen)
    );
}
