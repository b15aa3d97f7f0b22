//! Replacing a bound card in one step, as a shopper whose card was renewed
//! would: the new one is checked and bound before the old one goes.

use crate::support::{Shopper, TestService};
use axum::http::{Method, StatusCode};
use serde_json::json;

async fn add_saved(service: &TestService, shopper: &Shopper, number: &str) -> String {
    let added = service.add_card(shopper, number, "12/30", Some("save")).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    added.body["id"].as_str().unwrap().to_string()
}

async fn last4s(service: &TestService, shopper: &Shopper) -> Vec<String> {
    let cards = service.get("/v1/cards", Some(&shopper.token)).await;
    cards.body["cards"].as_array().unwrap().iter().map(|c| c["last4"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn a_card_is_replaced_in_one_step_even_with_five_bound() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let old = add_saved(&service, &maria, "4242 4242 4242 4242").await;
    for number in ["5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "6011 1111 1111 1117"] {
        add_saved(&service, &maria, number).await;
    }
    let new_card = service.card_body("4000 0000 0000 0077", "09/31", None).await;
    let replaced = service.post(&format!("/v1/cards/{old}/replace"), Some(&maria.token), new_card).await;
    assert_eq!(replaced.status, StatusCode::CREATED, "{}", replaced.body);
    assert_eq!((replaced.body["last4"].as_str(), replaced.body["saved"].as_bool()), (Some("0077"), Some(true)));
    let cards = last4s(&service, &maria).await;
    assert_eq!(cards.len(), 5, "still five: {cards:?}");
    assert!(cards.contains(&"0077".into()) && !cards.contains(&"4242".into()), "{cards:?}");
    let gone = service.call(Method::DELETE, &format!("/v1/cards/{old}"), Some(&maria.token), None, None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND, "the old card is gone");
}

#[tokio::test]
async fn a_new_card_its_bank_declines_or_that_has_expired_leaves_the_old_one_in_place() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let ivan = service.confirmed_shopper("ivan@example.com").await;
    let old = add_saved(&service, &maria, "4242 4242 4242 4242").await;
    let path = format!("/v1/cards/{old}/replace");

    let declined_card = service.card_body("4000 0000 0000 0002", "09/31", None).await;
    let declined = service.post(&path, Some(&maria.token), declined_card).await;
    assert_eq!(declined.code(), "card_declined", "{}", declined.body);
    assert!(declined.body["error"]["message"].as_str().unwrap().contains("current card is kept"), "{}", declined.body);
    let mut expired_card = service.card_body("4000 0000 0000 0077", "09/31", None).await;
    expired_card["expiry"] = json!("01/20");
    let expired = service.post(&path, Some(&maria.token), expired_card).await;
    assert_eq!(expired.code(), "expired", "{}", expired.body);
    assert_eq!(last4s(&service, &maria).await, ["4242"], "the old card stays");

    let new_card = service.card_body("4000 0000 0000 0077", "09/31", None).await;
    let not_theirs = service.post(&path, Some(&ivan.token), new_card).await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    assert!(!service.all_stored_text().contains("4000000000000077"), "no card number at rest");
}
