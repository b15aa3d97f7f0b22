//! A payment is one write transaction after the session read: the stored
//! answer of a replay, the payment password, the SMS code a card asks for,
//! the limits, the escrow hold and the answer kept with the key commit
//! together; a refusal that must be remembered (a wrong password counted)
//! commits alone, and is not the key's answer.

use std::future::Future;

use crate::support::{balance_source, TestService, PAYMENT_PASSWORD};
use axum::http::StatusCode;
use serde_json::json;

/// What `request` gave, and how many commits the store made for it.
async fn with_commits<T>(service: &TestService, request: impl Future<Output = T>) -> (T, u64) {
    let before = service.app.store.commits_made();
    let reply = request.await;
    (reply, service.app.store.commits_made() - before)
}

#[tokio::test]
async fn a_payment_is_one_write_after_the_session_read() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;

    let (paid, commits) = with_commits(&service, service.pay(&maria, &order, "pay-1", balance_source("USD"))).await;

    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    assert_eq!(paid.body["order"]["status"], "paid");
    assert_eq!(commits, 1, "the password, the limits, the hold and the kept answer commit together");
    assert_eq!(service.balance(&maria, "USD").await.0, "16.01");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_wrong_password_is_counted_in_one_write_and_the_same_key_then_pays_once() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let path = format!("/v1/orders/{order}/pay");
    let wrong = json!({ "payment_password": "000001", "source": balance_source("USD") });

    let (refused, commits) = with_commits(&service, service.post_money(&path, &maria.token, "pay-1", wrong)).await;
    assert_eq!((refused.status, refused.code()), (StatusCode::FORBIDDEN, "wrong_payment_password"));
    assert_eq!(refused.body["error"]["details"]["attempts_left"], 4);
    assert_eq!(commits, 1, "the wrong attempt is counted");

    let right = json!({ "payment_password": PAYMENT_PASSWORD, "source": balance_source("USD") });
    let (paid, commits) = with_commits(&service, service.post_money(&path, &maria.token, "pay-1", right.clone())).await;
    assert_eq!(paid.status, StatusCode::OK, "the refusal was not kept as the key's answer: {}", paid.body);
    assert_eq!(commits, 1);

    let again = service.post_money(&path, &maria.token, "pay-1", right).await;
    assert_eq!((again.status, again.headers.get("idempotent-replayed").is_some()), (StatusCode::OK, true));
    assert_eq!(service.balance(&maria, "USD").await.0, "16.01", "charged once");
}

#[tokio::test]
async fn the_outbox_worker_writes_only_when_something_is_due() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let paid = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);

    // What the payment queued (its webhook event, its messages) is claimed and sent.
    let (sent, commits) = with_commits(&service, pocket_server::outbox::deliver_due(&service.app)).await;
    assert!(sent.unwrap() > 0 && commits > 0, "the payment queued something to deliver");

    // Nothing is due now: looking costs the writer no transaction at all.
    let (idle, commits) = with_commits(&service, pocket_server::outbox::deliver_due(&service.app)).await;
    assert_eq!((idle.unwrap(), commits), (0, 0), "an idle look is a read");
}

#[tokio::test]
async fn a_refusal_that_is_the_keys_answer_undoes_what_the_payment_wrote_and_is_replayed() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "1.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let path = format!("/v1/orders/{order}/pay");
    let wrong = json!({ "payment_password": "000001", "source": balance_source("USD") });
    let counted = service.post_money(&path, &maria.token, "wrong-1", wrong.clone()).await;
    assert_eq!(counted.body["error"]["details"]["attempts_left"], 4);

    // The right password, but the balance is short: the refusal is the key's answer.
    let right = json!({ "payment_password": PAYMENT_PASSWORD, "source": balance_source("USD") });
    let refused = service.post_money(&path, &maria.token, "pay-1", right.clone()).await;
    assert_eq!((refused.status, refused.code()), (StatusCode::UNPROCESSABLE_ENTITY, "insufficient_funds"));
    let again = service.post_money(&path, &maria.token, "pay-1", right).await;
    assert_eq!((again.code(), again.headers.get("idempotent-replayed").is_some()), ("insufficient_funds", true));

    // What the refused payment wrote is undone with it, the right password's
    // clearing of the wrong count included.
    let wrong_again = service.post_money(&path, &maria.token, "wrong-2", wrong).await;
    assert_eq!(wrong_again.body["error"]["details"]["attempts_left"], 3);
    assert_eq!(service.balance(&maria, "USD").await.0, "1.00");
    service.assert_ledger_healthy();
}
