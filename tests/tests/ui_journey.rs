//! The whole shopper journey through the app's state (`PocketUi`), tapped
//! as a shell would tap it, against a real service: every step waits for
//! the view a shopper would see and checks what it says.

use chrono::{DateTime, Datelike, Utc, Weekday};
use pocket_core::app::ui::*;
use pocket_core::orders::DisputeReason;
use pocket_core::topup::{add_business_days, TopUpRail};
use pocket_e2e::*;
use serde_json::{json, Value};

async fn sandbox_now(service: &TestService) -> DateTime<Utc> {
    let clock = service.call(reqwest::Method::GET, "/v1/sandbox/clock", None, Value::Null).await;
    clock["now"].as_str().unwrap().parse().unwrap()
}

/// Moves the sandbox clock to the next Friday (or keeps it on a Friday).
async fn to_a_friday(service: &TestService) -> DateTime<Utc> {
    let today = sandbox_now(service).await.weekday().num_days_from_monday();
    let friday = Weekday::Fri.num_days_from_monday();
    let days = (friday + 7 - today) % 7;
    if days > 0 {
        service.advance_days(days).await;
    }
    sandbox_now(service).await
}

fn balance(view: &AppView, currency: &str) -> Option<String> {
    on_screen!(view, Home)?.balances.iter().find(|b| b.currency == currency).map(|b| b.available.clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shopper_signs_up_tops_up_saves_a_card_pays_in_roubles_disputes_gets_refunded_and_sends_money() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    let user_id = sign_up_through_the_screens(&service, &mut app, "maria@example.com", "+5511900000101").await;

    // Money arrives (the sandbox's grant); pull to refresh.
    service.grant(&user_id, "150.00", "USD").await;
    service.grant(&user_id, "1000.00", "RUB").await;
    app.tap(UiEvent::Refresh);
    app.until("$150 and ₽1,000 on home", |v| {
        (balance(v, "USD")? == "$150.00" && balance(v, "RUB")? == "₽1,000.00").then_some(())
    })
    .await;

    // A Western Union top-up on a Friday is pending over the weekend.
    let friday = to_a_friday(&service).await;
    app.tap(UiEvent::Open { destination: Destination::TopUp });
    let form = app.until("the rails", |v| on_screen!(v, TopUp).cloned()).await;
    let union = form.rails.iter().find(|r| r.rail == TopUpRail::WesternUnion).unwrap();
    assert_eq!(
        (union.limits.as_str(), union.arrival.as_str()),
        ("From $21.00 to $5,000.00 each time", "Arrives in up to 3 business days")
    );
    app.tap(UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::WesternUnion } });
    app.tap(UiEvent::TopUp { event: TopUpEvent::Submit { amount: "30".into() } });
    let result = app.until("the top-up result", |v| on_screen!(v, TopUp)?.result.clone()).await;
    let wednesday = add_business_days(friday, 3);
    assert_eq!(wednesday.weekday(), Weekday::Wed, "three business days from a Friday skip the weekend");
    assert_eq!(result.title, "$30.00 on its way");
    assert_eq!(
        result.message,
        format!("Expected by {}. If it hasn't arrived by then, contact support.", wednesday.format("%b %-d, %Y"))
    );
    app.tap(UiEvent::Back);
    let home = app
        .until("the top-up pending on home", |v| on_screen!(v, Home).filter(|h| !h.pending_top_ups.is_empty()).cloned())
        .await;
    assert_eq!(home.pending_top_ups[0].status, format!("Expected by {}", wednesday.format("%b %-d, %Y")));
    service.advance_days(6).await;
    app.until("the top-up arrived by itself", |v| {
        let home = on_screen!(v, Home)?;
        (home.pending_top_ups.is_empty() && balance(v, "USD")? == "$180.00").then_some(())
    })
    .await;

    // A card used once is not saved; one saved when ticked is.
    app.tap(UiEvent::Open { destination: Destination::Cards });
    app.until("no cards yet", |v| on_screen!(v, Cards)?.empty.clone()).await;
    let add_card = |number: &str| UiEvent::AddCard {
        event: AddCardEvent::Submit { number: SecretText::new(number), expiry: "12/30".into() },
    };
    app.tap(UiEvent::Cards { event: CardsEvent::Add });
    let form = app.until("the card form", |v| on_screen!(v, AddCard).cloned()).await;
    assert!(!form.save.checked, "the save box starts unticked");
    app.tap(add_card("4242 4242 4242 4242"));
    let notice = app.until("the one-off card notice", |v| on_screen!(v, Cards).and(v.notice.clone())).await;
    assert_eq!(notice, "Visa 4242 •••• 4242 will pay this once. It is not saved to your account.");
    let cards = app.until("still no saved card", |v| on_screen!(v, Cards).cloned()).await;
    assert!(cards.cards.is_empty());
    app.tap(UiEvent::Cards { event: CardsEvent::Add });
    app.until("the card form", |v| on_screen!(v, AddCard).cloned()).await;
    app.tap(UiEvent::AddCard { event: AddCardEvent::SetSave { save: true } });
    app.tap(add_card("4242 4242 4242 4242"));
    let cards = app.until("the saved card", |v| on_screen!(v, Cards).filter(|c| !c.cards.is_empty()).cloned()).await;
    assert_eq!((cards.cards[0].number.as_str(), cards.count.as_str()), ("4242 •••• 4242", "1 of 5 cards saved"));

    // Shopping: a phone case into the cart, checked out, paid from roubles
    // with the quote shown before confirming.
    app.tap(UiEvent::SelectTab { tab: Tab::Shop });
    app.until("the catalogue", |v| on_screen!(v, Catalogue).filter(|c| !c.sellers.is_empty()).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: "prd_phone_case".into() } });
    for (name, value) in [("model", "Pixel 8"), ("colour", "teal")] {
        app.tap(UiEvent::Shop { event: ShopEvent::ChooseOption { name: name.into(), value: value.into() } });
    }
    app.until("a case ready to add", |v| on_screen!(v, Product).filter(|p| p.add_to_cart.enabled).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::AddToCart });
    app.tap(UiEvent::Open { destination: Destination::Cart });
    let cart = app.until("the cart", |v| on_screen!(v, Cart).cloned()).await;
    assert_eq!(
        (cart.parcels[0].weight.as_str(), cart.parcels[0].value.as_str()),
        ("45 g of 2,000 g", "$3.99 of $150.00")
    );
    app.tap(UiEvent::Shop { event: ShopEvent::Checkout });
    app.until("checkout", |v| on_screen!(v, Checkout).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::PlaceOrder { delivery_address: String::new(), coupon: String::new() } });
    let pay = app
        .until("the pay screen with its sources", |v| on_screen!(v, Pay).filter(|p| p.sources.len() >= 3).cloned())
        .await;
    let roubles = pay.sources.iter().find(|s| s.label == "RUB balance").expect("the rouble balance can pay");
    app.tap(UiEvent::Pay { event: PayEvent::Choose { choice: roubles.choice.clone() } });
    let quote = app
        .until("the rouble quote", |v| on_screen!(v, Pay)?.quote.clone().filter(|q| q.pay.starts_with("You pay ₽")))
        .await;
    assert!(quote.rate.as_deref().is_some_and(|r| r.starts_with("1 RUB = ")), "{quote:?}");
    assert!(quote.limits.as_deref().is_some_and(|l| l.starts_with("After this payment:")), "{quote:?}");
    let pay_label =
        app.until("Pay in roubles", |v| on_screen!(v, Pay).map(|p| p.pay.clone()).filter(|b| b.enabled)).await.label;
    assert_eq!(pay_label, quote.pay.replace("You pay", "Pay"));
    app.tap(UiEvent::Pay { event: PayEvent::Confirm { payment_password: SecretText::new(PAYMENT_PASSWORD) } });
    let paid = app.until("paid", |v| on_screen!(v, Pay).filter(|p| p.paid.is_some()).cloned()).await;
    assert!(paid.receipt.iter().any(|line| line.label == "Rate"), "{:?}", paid.receipt);
    let paid_roubles = paid.receipt.iter().find(|line| line.label == "Paid").unwrap().value.clone();
    assert_eq!(paid_roubles, quote.pay.replace("You pay ", ""), "charged what the quote said");

    // The order: shipped, delivered, disputed, refunded to the roubles.
    app.tap(UiEvent::Pay { event: PayEvent::Finish });
    let order = app.until("the order", |v| on_screen!(v, Order).cloned()).await;
    assert_eq!(order.status, "Paid");
    service.ship(&order.id, "LP00123").await;
    let shipped = app
        .until("shipped, by the long poll", |v| on_screen!(v, Order).filter(|o| o.status == "Shipped").cloned())
        .await;
    assert!(shipped.lines.iter().any(|l| l.label == "Tracking number" && l.value == "LP00123"));
    service.deliver(&order.id).await;
    app.until("delivered", |v| on_screen!(v, Order).filter(|o| o.status == "Delivered").cloned()).await;
    app.tap(UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::OpenDispute } });
    app.until("the dispute reasons", |v| on_screen!(v, Order)?.dialog.clone()).await;
    app.tap(UiEvent::Orders { event: OrdersEvent::Dispute { reason: DisputeReason::NotAsDescribed } });
    app.until("in dispute", |v| on_screen!(v, Order).filter(|o| o.status == "In dispute").cloned()).await;
    service.resolve_dispute(&order.id, json!({ "resolution": { "kind": "full_refund" } })).await;
    let refunded = app.until("refunded", |v| on_screen!(v, Order).filter(|o| o.status == "Refunded").cloned()).await;
    assert!(refunded.lines.iter().any(|l| l.label == "Refunded" && l.value == "$3.99"), "{:?}", refunded.lines);
    app.tap(UiEvent::SelectTab { tab: Tab::Home });
    // The refund of a rouble payment arrives in dollars: both balances show.
    let roubles_left = app
        .until("both balances after the refund", |v| {
            (balance(v, "USD")? == "$183.99").then(|| balance(v, "RUB")).flatten()
        })
        .await;
    assert_ne!(roubles_left, "₽1,000.00", "the roubles paid the order");

    // A transfer to another Pocket user.
    let friend = TestPhone::new(&service);
    signed_in_shopper(&service, &friend.open(), "joao@example.com", "0.00").await;
    app.tap(UiEvent::Open { destination: Destination::Transfer });
    app.until("the transfer form", |v| on_screen!(v, Transfer).cloned()).await;
    app.tap(UiEvent::Transfer {
        event: TransferEvent::Submit {
            to_email: "joao@example.com".into(),
            amount: "10".into(),
            note: "lunch".into(),
            payment_password: SecretText::new(PAYMENT_PASSWORD),
        },
    });
    let sent = app.until("sent", |v| on_screen!(v, Transfer)?.result.clone()).await;
    assert_eq!(sent, "Sent $10.00 to joao@example.com.");

    // The history has it all, with a receipt for the payment.
    app.tap(UiEvent::Open { destination: Destination::History });
    let history = app.until("the history", |v| on_screen!(v, History).filter(|h| !h.entries.is_empty()).cloned()).await;
    let titles: Vec<_> = history.entries.iter().map(|e| e.title.as_str()).collect();
    for kind in ["Transfer", "Refund", "Payment for an order", "Money arrived", "Money added"] {
        assert!(titles.contains(&kind), "{kind} is in the history: {titles:?}");
    }
    let payment =
        history.entries.iter().find(|e| e.title == "Payment for an order" && e.receipt_order_id.is_some()).unwrap();
    app.tap(UiEvent::History {
        event: HistoryEvent::OpenReceipt { order_id: payment.receipt_order_id.clone().unwrap() },
    });
    let receipt = app.until("the receipt", |v| on_screen!(v, Receipt).filter(|r| !r.lines.is_empty()).cloned()).await;
    assert!(receipt.lines.iter().any(|l| l.label == "Paid" && l.value == paid_roubles));

    // The refund has its own receipt, saying where the money went.
    app.tap(UiEvent::Back);
    let refund = history.entries.iter().find(|e| e.title == "Refund" && e.receipt_order_id.is_some()).unwrap();
    app.tap(UiEvent::History {
        event: HistoryEvent::OpenReceipt { order_id: refund.receipt_order_id.clone().unwrap() },
    });
    let refunded = app
        .until("the refund's receipt", |v| {
            on_screen!(v, Receipt).filter(|r| r.lines.iter().any(|l| l.label == "Refunded to")).cloned()
        })
        .await;
    assert!(refunded.lines.iter().any(|l| l.label == "Refunded" && l.value == "$3.99"), "{:?}", refunded.lines);
    service.assert_ledger_healthy().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_killed_while_a_payment_waits_for_the_network_reopens_on_it_and_pays_once() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    let user_id = sign_up_through_the_screens(&service, &mut app, "ana@example.com", "+5511900000102").await;
    service.grant(&user_id, "50.00", "USD").await;
    app.tap(UiEvent::SelectTab { tab: Tab::Shop });
    app.until("the catalogue", |v| on_screen!(v, Catalogue).filter(|c| !c.sellers.is_empty()).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: "prd_usb_cable".into() } });
    app.tap(UiEvent::Shop { event: ShopEvent::ChooseOption { name: "colour".into(), value: "red".into() } });
    app.until("a cable to buy", |v| on_screen!(v, Product).filter(|p| p.buy_now.enabled).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::BuyNow });
    app.until("checkout", |v| on_screen!(v, Checkout).cloned()).await;
    app.tap(UiEvent::Shop { event: ShopEvent::PlaceOrder { delivery_address: String::new(), coupon: String::new() } });
    app.until("the pay screen", |v| on_screen!(v, Pay).filter(|p| !p.sources.is_empty()).cloned()).await;
    app.tap(UiEvent::Pay {
        event: PayEvent::Choose { choice: PaymentChoice::Balance { currency: pocket_core::money::Currency::Usd } },
    });
    app.until("the quote", |v| on_screen!(v, Pay).filter(|p| p.pay.enabled).cloned()).await;

    // The network goes; the payment is saved on the phone.
    service.proxy.set_mode(ProxyMode::Refuse);
    app.tap(UiEvent::Pay { event: PayEvent::Confirm { payment_password: SecretText::new(PAYMENT_PASSWORD) } });
    let saved = app.until("saved, not lost", |v| on_screen!(v, Pay)?.sending.saved.clone()).await;
    assert!(saved.contains("can't be charged twice"), "{saved}");
    app.until_saved().await;
    let order_id = app.ui.pocket().pending_actions().unwrap()[0].reference.clone().unwrap();
    drop(app);

    // Reopened (still offline): the payment on its way, no Pay button.
    let mut reopened = TestApp::open(&phone).await;
    let pay = reopened.until("the pay screen again", |v| on_screen!(v, Pay).cloned()).await;
    assert!(pay.sending.saved.is_some(), "{pay:?}");
    assert!(!pay.pay.enabled);

    // Back online: the background work sends it, once.
    service.proxy.set_mode(ProxyMode::Pass);
    reopened.tap(UiEvent::Foreground);
    reopened.until("paid after all", |v| on_screen!(v, Pay)?.paid.clone()).await;
    assert_eq!(service.journal_codes(&order_id), ["payment"], "charged once");
    service.assert_ledger_healthy().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_the_app_shows_what_was_saved_and_says_since_when() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    sign_up_through_the_screens(&service, &mut app, "lia@example.com", "+5511900000103").await;
    app.until("home loaded", |v| on_screen!(v, Home).filter(|h| !h.balances.is_empty()).cloned()).await;
    service.proxy.set_mode(ProxyMode::Refuse);
    app.tap(UiEvent::Refresh);
    let banner = app.until("the offline banner", |v| v.banner.clone()).await;
    assert_eq!(banner.kind, BannerKind::Offline);
    assert!(banner.message.starts_with("You're offline. Showing what was saved at "), "{}", banner.message);
    assert!(
        on_screen!(app.ui.view(), Home).is_some_and(|home| !home.balances.is_empty()),
        "the saved balances still show"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_week_away_ends_the_session_and_the_app_asks_to_sign_in_again() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    sign_up_through_the_screens(&service, &mut app, "ana@example.com", "+5511900000104").await;
    service.advance_days(8).await;
    app.tap(UiEvent::Refresh);
    let sign_in = app.until("the sign-in screen", |v| on_screen!(v, SignIn).cloned()).await;
    assert_eq!(sign_in.email.value, "ana@example.com");
    let notice = app.until("why", |v| v.notice.clone()).await;
    assert!(notice.starts_with("Your session ended."), "{notice}");

    app.tap(UiEvent::SignIn {
        event: SignInEvent::Submit { email: "ana@example.com".into(), password: SecretText::new(PASSWORD) },
    });
    app.until("home again", |v| on_screen!(v, Home).cloned()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_everywhere_ends_the_other_phone_s_session_too() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    sign_up_through_the_screens(&service, &mut app, "bia@example.com", "+5511900000105").await;
    let other_phone = TestPhone::new(&service);
    let other = other_phone.open();
    other.log_in("bia@example.com".into(), PASSWORD.into()).await.unwrap();

    app.tap(UiEvent::SelectTab { tab: Tab::Profile });
    app.until("settings", |v| on_screen!(v, Settings).cloned()).await;
    app.tap(UiEvent::Settings { event: SettingsEvent::SignOutEverywhere });
    let confirm = app.until("the question", |v| on_screen!(v, Settings)?.confirm_sign_out_everywhere.clone()).await;
    assert_eq!(confirm.confirm_label, "Sign out everywhere");
    app.tap(UiEvent::Settings { event: SettingsEvent::ConfirmSignOutEverywhere });
    app.until("welcome", |v| on_screen!(v, Welcome).cloned()).await;
    assert!(
        matches!(other.wallet().await, Err(pocket_core::app::PocketError::NeedsSignIn)),
        "the other phone was signed out too"
    );
}
