//! A shopper can never read or act on another shopper's things.

use crate::support::{usd, TestService};
use axum::http::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn every_shopper_route_needs_a_session() {
    let service = TestService::sandbox();
    for route in pocket_server::routes::served_routes(true) {
        if route.access != pocket_server::http::Access::Session {
            continue;
        }
        let path = route.path.replace("{top_up_id}", "top_x");
        let method = Method::from_bytes(route.method.as_bytes()).unwrap();
        let reply = service.call(method, &path, None, Some("k"), Some(json!({}))).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{} {}", route.method, route.path);
        let forged = service
            .call(
                Method::from_bytes(route.method.as_bytes()).unwrap(),
                &path,
                Some("pk_session_forged"),
                Some("k"),
                Some(json!({})),
            )
            .await;
        assert_eq!(forged.status, StatusCode::UNAUTHORIZED, "{} {} with a forged token", route.method, route.path);
    }
}

#[tokio::test]
async fn another_shoppers_top_up_does_not_exist_for_you() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let joao = service.confirmed_shopper("joao@example.com").await;
    let top_up = service
        .post_money("/v1/top-ups", &maria.token, "k1", json!({ "rail": "bank_transfer", "amount": usd("50.00") }))
        .await;
    let id = top_up.body["id"].as_str().unwrap();
    let peek = service.get(&format!("/v1/top-ups/{id}"), Some(&joao.token)).await;
    assert_eq!(peek.status, StatusCode::NOT_FOUND);
    let list = service.get("/v1/top-ups", Some(&joao.token)).await;
    assert_eq!(list.body["top_ups"].as_array().unwrap().len(), 0);
    assert_eq!(service.balance(&joao, "USD").await, ("0.00".into(), "0.00".into()));
    assert_eq!(
        service.get("/v1/notifications", Some(&joao.token)).await.body["notifications"].as_array().unwrap().len(),
        0
    );
}

#[tokio::test]
async fn idempotency_keys_belong_to_one_shopper() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let joao = service.confirmed_shopper_in("joao@example.com", "RU").await;
    let body = json!({ "rail": "e_wallet", "provider": "qiwi", "amount": usd("10.00") });
    service.post_money("/v1/top-ups", &maria.token, "same-key", body.clone()).await;
    let other = service.post_money("/v1/top-ups", &joao.token, "same-key", body).await;
    assert_eq!(other.status, StatusCode::CREATED);
    assert!(other.headers.get("idempotent-replayed").is_none(), "João never sees Maria's stored answer");
    assert_eq!(service.balance(&joao, "USD").await.0, "10.00");
}
