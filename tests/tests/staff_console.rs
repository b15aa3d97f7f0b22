//! What Pocket's staff do in the console, the shopper's app shows: a
//! support agent's answer in her case, a dispute decided with a partial
//! refund in her order and balance, an identity approved in her limits, and
//! each in her notifications, all through the app's state (`PocketUi`) as a
//! shell would draw it, against a real service.

use pocket_core::app::ui::*;
use pocket_core::app::PaySource;
use pocket_core::contract::accounts::IdentityDocument;
use pocket_core::money::Currency;
use pocket_core::orders::DisputeReason;
use pocket_e2e::staff::StaffMember;
use pocket_e2e::*;
use pocket_server::staff::StaffRole;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_a_partial_refund_and_an_approved_identity_from_the_console_reach_the_shoppers_app() {
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let mut app = TestApp::open(&phone).await;
    let user_id = sign_up_through_the_screens(&service, &mut app, "maria@example.com", "+5511900000201").await;
    service.grant(&user_id, "50.00", "USD").await;
    let pocket = app.ui.pocket();
    let order = pocket.check_out(vec![phone_case()], None, None).await.expect("checked out").remove(0);
    pocket
        .pay(order.id.clone(), PaySource::Balance { currency: Currency::Usd }, PAYMENT_PASSWORD.into())
        .await
        .expect("paid");
    service.ship(&order.id, "LP00123").await;
    service.deliver(&order.id).await;
    pocket.open_dispute(order.id.clone(), DisputeReason::NotAsDescribed).await.expect("disputed");
    let verification = pocket
        .request_verification(IdentityDocument::Passport, "FZ 123-4567".into(), "BR".into(), "Maria Souza".into())
        .await
        .expect("the document is sent");
    let check_id = verification.request_id.expect("a review is asked for");

    app.tap(UiEvent::Open { destination: Destination::Support });
    app.until("her requests", |v| on_screen!(v, Support).filter(|s| !s.loading).cloned()).await;
    app.tap(UiEvent::Support { event: SupportEvent::NewCase });
    app.until("a new request", |v| on_screen!(v, NewSupportCase).cloned()).await;
    let question = "The case I got is the wrong colour.";
    app.tap(UiEvent::Support { event: SupportEvent::Submit { message: question.into(), document: None } });
    let case = app.until("her request, sent", |v| on_screen!(v, SupportCase).cloned()).await;

    // Support answers in the console; the open case shows the answer.
    let ana = StaffMember::sign_in(&service, "ana@pocket.example", StaffRole::Support).await;
    let answer = "Sorry about that: we asked the seller, and decided your dispute.";
    let case_page = format!("/staff/cases/{}", case.id);
    ana.submit(&case_page, &format!("{case_page}/reply"), &[("message", answer), ("outcome", "answer")]).await;
    let answered = app
        .until("support's answer in her case", |v| {
            on_screen!(v, SupportCase).filter(|c| c.messages.iter().any(|m| m.from_support)).cloned()
        })
        .await;
    assert_eq!(answered.messages.last().map(|m| m.body.as_str()), Some(answer));

    // Support decides the dispute with a partial refund; her order says so.
    let dispute_page = format!("/staff/disputes/{}", order.id);
    ana.submit(&dispute_page, &format!("{dispute_page}/decide"), &[("decision", "partial_refund"), ("amount", "1.00")])
        .await;
    app.tap(UiEvent::SelectTab { tab: Tab::Orders });
    app.tap(UiEvent::Orders { event: OrdersEvent::Open { order_id: order.id.clone() } });
    let decided = app
        .until("the refund in her order", |v| {
            on_screen!(v, Order).filter(|o| o.lines.iter().any(|l| l.label == "Refunded")).cloned()
        })
        .await;
    assert!(decided.lines.iter().any(|l| l.label == "Refunded" && l.value == "$1.00"), "{:?}", decided.lines);

    // Compliance approves her identity; her limits are raised.
    let lea = StaffMember::sign_in(&service, "lea@pocket.example", StaffRole::Compliance).await;
    lea.submit("/staff/identity", &format!("/staff/identity/{check_id}/review"), &[("decision", "approve")]).await;
    app.tap(UiEvent::Open { destination: Destination::Limits });
    let limits = app
        .until("raised limits", |v| on_screen!(v, Limits).filter(|l| l.standing.contains("identity verified")).cloned())
        .await;
    assert!(limits.verification.is_none(), "nothing left to verify: {limits:?}");

    // Each is in her notifications, in her language.
    app.tap(UiEvent::Open { destination: Destination::Notifications });
    let feed = app
        .until("the three in her notifications", |v| {
            let titles: Vec<String> = on_screen!(v, Notifications)?.items.iter().map(|n| n.title.clone()).collect();
            ["Support replied", "Refund", "Identity verified"]
                .iter()
                .all(|title| titles.iter().any(|t| t == title))
                .then_some(titles)
        })
        .await;
    assert!(feed.len() >= 3, "{feed:?}");
    service.assert_ledger_healthy().await;
}
