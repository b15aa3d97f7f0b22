//! The shopper's journey against the service as it runs for real: not the
//! sandbox, its email going over SMTP to Mailpit and its cards to Stripe's
//! own mock (stripe-mock validates every request against Stripe's published
//! API). The phone tokenizes the card with Stripe itself; Stripe's decision
//! on each charge comes as the signed event Stripe would send.

use pocket_core::app::{PaySource, PaymentOutcome, PendingState, Pocket, PocketError, TopUpOutcome, TopUpRequest};
use pocket_core::cards::SaveCardChoice;
use pocket_core::contract::wallet::{JournalCode, MovementSource};
use pocket_core::money::{Currency, Money};
use pocket_core::orders::OrderStatus;
use pocket_core::topup::TopUpRail;
use pocket_e2e::real_edges::{link_token, Mailpit, StripeMock};
use pocket_e2e::*;
use serde_json::json;

fn usd(amount: &str) -> Money {
    Money::parse(amount, Currency::Usd).unwrap()
}

/// A service as it runs for real, its email going to Mailpit and its cards to
/// stripe-mock (both kept running while the test holds them).
async fn outside_the_sandbox() -> (TestService, Mailpit, StripeMock) {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let mut settings = stripe.settings();
    settings.extend([
        ("POCKET_SMTP_URL", mailpit.smtp_url()),
        ("POCKET_MAIL_FROM", "Pocket <no-reply@pocket.example>".to_string()),
    ]);
    (TestService::start_outside_the_sandbox(settings).await, mailpit, stripe)
}

/// Signs `email` up on `pocket`: the confirmation's link read from the email
/// that arrived, signed in, a payment password set.
async fn signed_up_by_email(pocket: &Pocket, mailpit: &Mailpit, email: &str) {
    pocket.sign_up(sign_up_form(email)).await.unwrap();
    let confirmation = &mailpit.wait_for(email, 1).await[0];
    pocket.confirm_email(link_token(&confirmation.text, "pocket://confirm-email?token=")).await.unwrap();
    pocket.log_in(email.into(), PASSWORD.into()).await.unwrap();
    pocket.set_payment_password(PAYMENT_PASSWORD.into(), PAYMENT_PASSWORD.into(), None).await.unwrap();
}

/// Stripe's `payment_intent.succeeded` for a charge.
fn succeeded(event_id: &str, charge_id: &str) -> serde_json::Value {
    json!({
        "id": event_id,
        "object": "event",
        "type": "payment_intent.succeeded",
        "data": { "object": { "id": charge_id, "object": "payment_intent", "status": "succeeded" } },
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shopper_confirmed_by_email_tops_up_by_card_and_pays_through_stripe_and_the_books_balance() {
    let (service, mailpit, _stripe) = outside_the_sandbox().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();

    // Sign-up; the confirmation arrives by email and its link confirms.
    let email = "maria@example.com";
    signed_up_by_email(&pocket, &mailpit, email).await;

    // The card: tokenized by the phone with Stripe, bound to her Stripe
    // customer by the service, which never sees the number.
    let card = pocket.add_card("4242 4242 4242 4242".into(), "12/30".into(), SaveCardChoice::Save).await.unwrap();
    assert_eq!((card.last4.as_str(), card.saved), ("4242", true));
    assert!(!service.store().every_stored_value().contains("4242424242424242"), "no number at the service");

    // Only the card rail reaches a real provider: the others are refused
    // outside the sandbox rather than credit money nobody collected.
    let transfer_in = TopUpRequest {
        rail: TopUpRail::BankTransfer,
        amount: usd("30.00"),
        provider: None,
        card_id: None,
        one_time_code: None,
    };
    let refused = pocket.top_up(transfer_in).await.unwrap_err();
    assert!(matches!(&refused, PocketError::Refused { code, .. } if code == "rail_not_connected"), "{refused:?}");

    // A top-up by card: Stripe has not decided when it answers (the mock's
    // intent waits), so the phone keeps it pending; Stripe's event books it
    // and the phone, sending it again, gets the booked top-up.
    let top_up = TopUpRequest {
        rail: TopUpRail::BankCard,
        amount: usd("20.00"),
        provider: None,
        card_id: Some(card.id.clone()),
        one_time_code: None,
    };
    let TopUpOutcome::AwaitingCharge { action_id, confirmation_url: None } = pocket.top_up(top_up).await.unwrap()
    else {
        panic!("the charge waits for Stripe's decision")
    };
    assert_eq!(pocket.pending_actions().unwrap()[0].state, PendingState::WaitingForBank);
    let charges = service.card_charge_ids();
    assert_eq!(charges.len(), 1, "one charge asked of Stripe");
    let (status, answer) =
        service.processor_event(&succeeded("evt_top_up", &charges[0]), chrono::Utc::now().timestamp()).await;
    assert_eq!((status, answer["applied_before"].as_bool()), (200, Some(false)), "{answer}");
    assert!(pocket.resend_pending().await.unwrap().is_empty(), "the pending top-up got its answer");
    assert_eq!(available_usd(&pocket).await, "20.00");
    assert!(pocket.pending_actions().unwrap().iter().all(|action| action.id != action_id));

    // Paying an order by card goes the same way, into escrow.
    let orders = pocket.check_out(vec![phone_case()], None, None).await.unwrap();
    let order_id = orders[0].id.clone();
    let paid =
        pocket.pay(order_id.clone(), PaySource::Card { card_id: card.id.clone() }, PAYMENT_PASSWORD.into()).await;
    assert!(matches!(paid, Ok(PaymentOutcome::AwaitingCharge { .. })), "{paid:?}");
    let card_source = || PaySource::Card { card_id: card.id.clone() };
    let second = pocket.pay(order_id.clone(), card_source(), PAYMENT_PASSWORD.into()).await.unwrap_err();
    assert!(matches!(&second, PocketError::Refused { code, .. } if code == "payment_in_progress"), "{second:?}");
    let charges = service.card_charge_ids();
    assert_eq!(charges.len(), 2, "no second charge for an order whose first is waiting");
    let event = succeeded("evt_order", &charges[1]);
    assert_eq!(service.processor_event(&event, chrono::Utc::now().timestamp()).await.0, 200);
    let (_, replayed) = service.processor_event(&event, chrono::Utc::now().timestamp()).await;
    assert_eq!(replayed["applied_before"], true, "Stripe's retry of an event is applied once");
    pocket.resend_pending().await.unwrap();
    let order = pocket.order(order_id.clone()).await.unwrap();
    assert_eq!(order.status, OrderStatus::Paid);
    assert_eq!(service.journal_codes(&order_id), ["payment"], "charged once");

    // Cancelled before shipping: the money goes back to the card through
    // Stripe's refunds, asked by the outbox after the commit.
    let cancelled = pocket.cancel_order(order_id.clone()).await.unwrap();
    assert_eq!(cancelled.status, OrderStatus::Cancelled);
    let refund_status = || {
        service.store().with_connection(|db| {
            db.query_row("SELECT status FROM card_refunds ORDER BY created_at LIMIT 1", [], |row| {
                row.get::<_, String>(0)
            })
            .unwrap()
        })
    };
    eventually("the refund is sent to Stripe, and Stripe takes it", || async { refund_status() == "sent" }).await;

    // An order cancelled while its card charge waited: when Stripe says the
    // charge went through, it is refused and the money goes back.
    let orders = pocket.check_out(vec![phone_case()], None, None).await.unwrap();
    let late = orders[0].id.clone();
    let waiting = pocket.pay(late.clone(), card_source(), PAYMENT_PASSWORD.into()).await.unwrap();
    assert!(matches!(waiting, PaymentOutcome::AwaitingCharge { .. }));
    assert_eq!(pocket.cancel_order(late.clone()).await.unwrap().status, OrderStatus::Cancelled);
    let charge = service.card_charge_ids().pop().unwrap();
    assert_eq!(service.processor_event(&succeeded("evt_late", &charge), chrono::Utc::now().timestamp()).await.0, 200);
    let refunds = || {
        service.store().with_connection(|db| {
            let mut statement = db.prepare("SELECT status FROM card_refunds ORDER BY created_at").unwrap();
            let rows = statement.query_map([], |row| row.get::<_, String>(0)).unwrap();
            rows.collect::<Result<Vec<String>, _>>().unwrap()
        })
    };
    eventually("the late charge goes back to the card", || async { refunds() == ["sent", "sent"] }).await;
    let answered = pocket.resend_pending().await.unwrap();
    assert!(answered.is_empty(), "the payment's answer came: the refusal");
    assert!(service.journal_codes(&late).is_empty(), "nothing booked for the cancelled order");

    // The books balance: Stripe's clearing account owes what it keeps.
    service.assert_books_balance();
    let sent = mailpit.messages().await;
    assert!(sent.iter().all(|message| message.to == [email]), "every email went to the shopper");
}

/// A local stand-in for Google's token endpoint and FCM HTTP v1: it hands out
/// an access token for any signed assertion and keeps every message sent.
async fn fcm_receiver() -> (String, std::sync::Arc<std::sync::Mutex<Vec<serde_json::Value>>>) {
    use axum::routing::post;
    let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = received.clone();
    let router = axum::Router::new()
        .route(
            "/token",
            post(|body: axum::body::Bytes| async move {
                let form: std::collections::HashMap<String, String> =
                    form_urlencoded::parse(&body).into_owned().collect();
                assert_eq!(form["grant_type"], "urn:ietf:params:oauth:grant-type:jwt-bearer");
                axum::Json(json!({ "access_token": "ya29.e2e", "expires_in": 3599, "token_type": "Bearer" }))
            }),
        )
        .route(
            "/v1/projects/{project}/{method}",
            post(move |axum::Json(message): axum::Json<serde_json::Value>| {
                let kept = kept.clone();
                async move {
                    kept.lock().unwrap().push(message);
                    axum::Json(json!({ "name": "projects/pocket-e2e/messages/1" }))
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (format!("http://{address}"), received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_push_reaches_the_phones_fcm_through_the_outbox_in_the_shoppers_language() {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let (fcm_url, received) = fcm_receiver().await;
    let folder = tempfile::tempdir().unwrap();
    let account = json!({
        "type": "service_account",
        "project_id": "pocket-e2e",
        "private_key": include_str!("../../server/tests/http/test_keys/fcm_service_account.key.pem"),
        "client_email": "push@pocket-e2e.iam.gserviceaccount.com",
        "token_uri": format!("{fcm_url}/token"),
    });
    let credentials = folder.path().join("fcm.json");
    std::fs::write(&credentials, account.to_string()).unwrap();
    let mut settings = stripe.settings();
    settings.extend([
        ("POCKET_SMTP_URL", mailpit.smtp_url()),
        ("POCKET_MAIL_FROM", "Pocket <no-reply@pocket.example>".to_string()),
        ("POCKET_FCM_CREDENTIALS_FILE", credentials.display().to_string()),
        ("POCKET_FCM_API_URL", fcm_url),
    ]);
    let service = TestService::start_outside_the_sandbox(settings).await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let email = "olga@example.com";
    pocket.sign_up(sign_up_form(email)).await.unwrap();
    let confirmation = &mailpit.wait_for(email, 1).await[0];
    pocket.confirm_email(link_token(&confirmation.text, "pocket://confirm-email?token=")).await.unwrap();
    pocket.log_in(email.into(), "correct horse battery".into()).await.unwrap();
    pocket.set_language("ru".into()).await.unwrap();
    pocket
        .register_push_token(pocket_core::contract::wallet::PushPlatform::Fcm, "android-phone-1".into())
        .await
        .unwrap();

    // Money arrives (a card top-up Stripe then confirms): a push goes out.
    let card = pocket.add_card("4242 4242 4242 4242".into(), "12/30".into(), SaveCardChoice::DoNotSave).await.unwrap();
    let top_up = TopUpRequest {
        rail: TopUpRail::BankCard,
        amount: usd("20.00"),
        provider: None,
        card_id: Some(card.id),
        one_time_code: None,
    };
    pocket.top_up(top_up).await.unwrap();
    let charge = service.card_charge_ids().pop().unwrap();
    service.processor_event(&succeeded("evt_push", &charge), chrono::Utc::now().timestamp()).await;
    eventually("the push reaches FCM", || async { !received.lock().unwrap().is_empty() }).await;
    let message = received.lock().unwrap()[0]["message"].clone();
    assert_eq!(message["token"], "android-phone-1");
    assert_eq!(message["notification"]["title"], "Деньги поступили");
    assert_eq!(message["notification"]["body"], "20,00\u{a0}$ поступило на баланс Pocket.");
    assert_eq!(message["data"]["kind"], "top_up_settled");
    let status: String = service
        .store()
        .with_connection(|db| db.query_row("SELECT status FROM push_queue", [], |row| row.get(0)).unwrap());
    assert_eq!(status, "sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refund_the_card_cannot_take_is_put_in_the_shoppers_balance_by_finance() {
    let (service, mailpit, _stripe) = outside_the_sandbox().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    let email = "maria@example.com";
    signed_up_by_email(&pocket, &mailpit, email).await;
    let card = pocket.add_card("4242 4242 4242 4242".into(), "12/30".into(), SaveCardChoice::Save).await.unwrap();

    // Paid by card, cancelled: the refund goes to Stripe, and Stripe later
    // says it failed (the card was closed meanwhile).
    let order_id = pocket.check_out(vec![phone_case()], None, None).await.unwrap()[0].id.clone();
    pocket.pay(order_id.clone(), PaySource::Card { card_id: card.id.clone() }, PAYMENT_PASSWORD.into()).await.unwrap();
    let charge = service.card_charge_ids().pop().unwrap();
    assert_eq!(service.processor_event(&succeeded("evt_paid", &charge), chrono::Utc::now().timestamp()).await.0, 200);
    pocket.resend_pending().await.unwrap();
    assert_eq!(pocket.cancel_order(order_id.clone()).await.unwrap().status, OrderStatus::Cancelled);
    let refund = || {
        service.store().with_connection(|db| {
            db.query_row("SELECT id, status FROM card_refunds", [], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })
            .unwrap()
        })
    };
    eventually("the refund is sent to Stripe", || async { refund().1 == "sent" }).await;
    let failed = json!({
        "id": "evt_refund_failed",
        "object": "event",
        "type": "refund.failed",
        "data": { "object": { "id": "re_1", "object": "refund", "status": "failed", "metadata": { "pocket_refund_id": refund().0 } } },
    });
    assert_eq!(service.processor_event(&failed, chrono::Utc::now().timestamp()).await.0, 200);
    assert_eq!(refund().1, "failed");
    assert_eq!(available_usd(&pocket).await, "0.00", "the money is nowhere she can reach");

    // Finance finds it and puts it in her balance; she is told.
    let vera =
        staff::StaffMember::sign_in(&service, "vera@pocket.example", pocket_server::staff::StaffRole::Finance).await;
    let (_, page) = vera.page("/staff/refunds").await;
    assert!(page.contains("Visa 4242 •••• 4242") && page.contains("3.99 USD"), "{page}");
    let refund_id = refund().0;
    vera.submit("/staff/refunds", &format!("/staff/refunds/{refund_id}/to-balance"), &[]).await;
    assert_eq!(refund().1, "to_balance");
    assert_eq!(available_usd(&pocket).await, "3.99");
    let feed = pocket.notifications().await.unwrap();
    let told = feed.notifications.iter().find(|n| n.kind == pocket_core::contract::wallet::NotificationKind::Refund);
    assert_eq!(told.and_then(|n| n.facts.refund_to.as_deref()), Some("pocket_balance"), "{feed:?}");
    let history = pocket.history().await.unwrap();
    let moved = history.entries.iter().find(|e| e.kind == JournalCode::Refund && e.source == MovementSource::Balance);
    assert!(moved.is_some_and(|e| e.amount == usd("3.99")), "in her history as money into the balance: {history:?}");
    let (_, again) = vera.page("/staff/refunds").await;
    assert!(again.contains("data-testid=\"no-refunds\""), "{again}");
    service.assert_books_balance();
}
