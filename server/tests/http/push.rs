//! Pushes: a phone registers its token and gets a push queued for every
//! notification; signing out stops them; a phone shared by two accounts
//! gets only its latest shopper's.

use crate::support::{usd, TestService};
use axum::http::StatusCode;
use serde_json::json;

const ANDROID_TOKEN: &str = "fcm:APA91bHPRgkF3JUikC4ENAHEeMrd41Zxv3hVZjC9KtT8OvPVGJ";

#[tokio::test]
async fn a_registered_phone_gets_a_push_for_every_notification_until_it_signs_out() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let registered = service
        .post("/v1/me/push-tokens", Some(&maria.token), json!({ "platform": "fcm", "token": ANDROID_TOKEN }))
        .await;
    assert_eq!(registered.status, StatusCode::CREATED, "{}", registered.body);

    let top_up = json!({ "rail": "e_wallet", "provider": "qiwi", "amount": usd("20.00") });
    service.post_money("/v1/top-ups", &maria.token, "k1", top_up).await;
    let queue = service.get(&format!("/v1/sandbox/pushes?user_id={}", maria.user_id), None).await;
    let push = &queue.body["pushes"][0];
    assert_eq!((push["platform"].as_str(), push["token"].as_str()), (Some("fcm"), Some(ANDROID_TOKEN)));
    assert_eq!(push["kind"], "top_up_settled", "the app opens the screen for the kind");
    assert_eq!(
        (push["title"].as_str(), push["body"].as_str()),
        (Some("Money arrived"), Some("$20.00 arrived in your Pocket balance."))
    );

    let removed =
        service.post("/v1/me/push-tokens/unregister", Some(&maria.token), json!({ "token": ANDROID_TOKEN })).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let top_up = json!({ "rail": "e_wallet", "provider": "qiwi", "amount": usd("5.00") });
    service.post_money("/v1/top-ups", &maria.token, "k2", top_up).await;
    let queue = service.get(&format!("/v1/sandbox/pushes?user_id={}", maria.user_id), None).await;
    assert_eq!(queue.body["pushes"].as_array().unwrap().len(), 1, "no push after signing out");
}

#[tokio::test]
async fn a_push_says_what_the_apps_feed_says_in_the_shoppers_language() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let russian = service
        .call(axum::http::Method::PATCH, "/v1/me", Some(&maria.token), None, Some(json!({ "language": "ru" })))
        .await;
    assert_eq!(russian.status, StatusCode::OK, "{}", russian.body);
    service.post("/v1/me/push-tokens", Some(&maria.token), json!({ "platform": "fcm", "token": ANDROID_TOKEN })).await;
    let top_up = json!({ "rail": "e_wallet", "provider": "qiwi", "amount": usd("45.50") });
    service.post_money("/v1/top-ups", &maria.token, "k1", top_up).await;
    let queue = service.get(&format!("/v1/sandbox/pushes?user_id={}", maria.user_id), None).await;
    let push = &queue.body["pushes"][0];
    assert_eq!(push["title"], "Деньги поступили");
    assert_eq!(push["body"], "45,50\u{a0}$ поступило на баланс Pocket.", "{push}");
}

#[tokio::test]
async fn a_phone_shared_by_two_accounts_gets_only_its_latest_shoppers_pushes() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let ivan = service.confirmed_shopper_in("ivan@example.com", "RU").await;
    let token = json!({ "platform": "apns", "token": "a1b2c3d4e5f60718293a4b5c6d7e8f90" });
    service.post("/v1/me/push-tokens", Some(&maria.token), token.clone()).await;
    service.post("/v1/me/push-tokens", Some(&ivan.token), token).await;
    let top_up = json!({ "rail": "e_wallet", "provider": "qiwi", "amount": usd("20.00") });
    service.post_money("/v1/top-ups", &maria.token, "k1", top_up).await;
    let marias = service.get(&format!("/v1/sandbox/pushes?user_id={}", maria.user_id), None).await;
    assert_eq!(marias.body["pushes"], json!([]), "Maria's news no longer goes to the phone Ivan signed in on");
}
