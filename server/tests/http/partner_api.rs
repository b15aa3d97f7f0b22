//! The marketplace's door: a partner's API key ships and delivers its
//! sellers' orders on a service without the sandbox, through the same order
//! machine and escrow the sandbox's seller routes use; keys are scoped,
//! revocable and recorded.

use crate::support::{balance_source, Shopper, TestService};
use axum::http::{Method, StatusCode};
use pocket_server::partners::{PartnerScope, DEMO_PARTNER_ID};
use serde_json::json;

/// A shopper whose phone case order (from the demo marketplace's seller) is paid.
async fn paid_order(service: &TestService, email: &str) -> (Shopper, String) {
    let shopper = service.paying_shopper(email).await;
    service.grant(&shopper, "20.00", "USD").await;
    let order = service.phone_case_order(&shopper).await;
    let paid = service.pay(&shopper, &order, &format!("pay-{order}"), balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    (shopper, order)
}

#[tokio::test]
async fn a_partner_ships_and_delivers_its_order_outside_the_sandbox_and_the_escrow_is_released_as_before() {
    let sandbox = TestService::sandbox();
    let (maria, order) = paid_order(&sandbox, "maria@example.com").await;
    let service = sandbox.same_data_outside_sandbox();
    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Shipping]);
    assert_eq!(
        service
            .post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP1" }))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "outside the sandbox its seller routes are not served"
    );

    let shipped = service
        .post(&format!("/v1/partner/orders/{order}/ship"), Some(&key), json!({ "tracking_number": "LP7" }))
        .await;
    assert_eq!(shipped.status, StatusCode::OK, "{}", shipped.body);
    assert_eq!(shipped.body["status"], "shipped");
    assert_eq!(shipped.body["tracking_number"], "LP7");
    let delivered = service.post(&format!("/v1/partner/orders/{order}/deliver"), Some(&key), json!({})).await;
    assert_eq!(delivered.status, StatusCode::OK, "{}", delivered.body);
    assert_eq!(delivered.body["status"], "delivered");

    let confirmed =
        service.post_money(&format!("/v1/orders/{order}/confirm-receipt"), &maria.token, "confirm-1", json!({})).await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    assert_eq!(service.order(&maria, &order).await["status"], "completed");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let kinds: Vec<&str> =
        feed.body["notifications"].as_array().unwrap().iter().filter_map(|n| n["kind"].as_str()).collect();
    assert!(kinds.contains(&"order_shipped") && kinds.contains(&"order_delivered"), "the shopper heard: {kinds:?}");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_seller_cancels_a_paid_order_through_its_partner_and_the_shopper_gets_everything_back() {
    let sandbox = TestService::sandbox();
    let (maria, order) = paid_order(&sandbox, "maria@example.com").await;
    let service = sandbox.same_data_outside_sandbox();
    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Refunds]);
    let cancel = |idempotency_key: &'static str| {
        let (service, key, order) = (service.clone(), key.clone(), order.clone());
        async move {
            service
                .call(
                    Method::POST,
                    &format!("/v1/partner/orders/{order}/cancel"),
                    Some(&key),
                    Some(idempotency_key),
                    Some(json!({})),
                )
                .await
        }
    };

    let cancelled = cancel("cancel-1").await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    assert_eq!(cancelled.body["status"], "cancelled");
    assert_eq!(service.balance(&maria, "USD").await.0, "20.00", "the 3.99 came back");
    let again = cancel("cancel-1").await;
    assert_eq!(again.headers["idempotent-replayed"], "true", "the same key is answered, not run again");
    let without_key = service.post(&format!("/v1/partner/orders/{order}/cancel"), Some(&key), json!({})).await;
    assert_eq!(without_key.code(), "missing_idempotency_key");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    assert!(
        feed.body["notifications"].as_array().unwrap().iter().any(|n| n["kind"] == "refund"),
        "the shopper heard of her refund: {}",
        feed.body
    );
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_sellers_partial_refund_goes_to_the_shopper_and_the_rest_to_the_seller_when_she_confirms() {
    let service = TestService::sandbox();
    let (maria, order) = paid_order(&service, "maria@example.com").await;
    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Shipping, PartnerScope::Refunds]);
    service.post(&format!("/v1/partner/orders/{order}/ship"), Some(&key), json!({ "tracking_number": "LP7" })).await;
    let refund = |amount: &str, idempotency_key: &str| {
        let body = json!({ "amount": { "amount": amount, "currency": "USD" } });
        let (service, key, path) = (service.clone(), key.clone(), format!("/v1/partner/orders/{order}/refund"));
        let idempotency_key = idempotency_key.to_string();
        async move { service.call(Method::POST, &path, Some(&key), Some(&idempotency_key), Some(body)).await }
    };

    let too_much = refund("4.00", "refund-0").await;
    assert_eq!(
        (too_much.status, too_much.code()),
        (StatusCode::BAD_REQUEST, "refund_exceeds_paid"),
        "{}",
        too_much.body
    );
    assert_eq!(too_much.body["error"]["field"], "amount");
    let partial = refund("1.50", "refund-1").await;
    assert_eq!(partial.status, StatusCode::OK, "{}", partial.body);
    assert_eq!(partial.body["status"], "shipped", "the order goes on with the rest held");
    assert_eq!(service.balance(&maria, "USD").await.0, "17.51", "20.00 - 3.99 + 1.50");

    let confirmed =
        service.post_money(&format!("/v1/orders/{order}/confirm-receipt"), &maria.token, "confirm-1", json!({})).await;
    assert_eq!(confirmed.body["status"], "completed", "{}", confirmed.body);
    let seller_paid: i64 = service.app.store.with_connection(|db| {
        pocket_server::ledger::balance_minor(
            db,
            &pocket_server::ledger::AccountKey::SellerPayable { seller_id: "sel_shenzhen_cases".into() },
        )
        .unwrap()
    });
    assert_eq!(seller_paid, 249, "the seller is paid what was not refunded");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn no_key_a_shoppers_session_a_revoked_key_and_a_key_without_the_scope_are_refused() {
    let service = TestService::sandbox();
    let (maria, order) = paid_order(&service, "maria@example.com").await;
    let ship = |token: Option<String>| {
        let service = service.clone();
        let order = order.clone();
        async move {
            service
                .post(
                    &format!("/v1/partner/orders/{order}/ship"),
                    token.as_deref(),
                    json!({ "tracking_number": "LP1" }),
                )
                .await
        }
    };

    let none = ship(None).await;
    assert_eq!((none.status, none.code()), (StatusCode::UNAUTHORIZED, "partner_key_required"), "{}", none.body);
    let shoppers = ship(Some(maria.token.clone())).await;
    assert_eq!((shoppers.status, shoppers.code()), (StatusCode::UNAUTHORIZED, "partner_key_required"));
    let made_up = ship(Some("pk_0000".into())).await;
    assert_eq!((made_up.status, made_up.code()), (StatusCode::UNAUTHORIZED, "partner_key_required"));

    let catalogue_only = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Catalogue]);
    let narrow = ship(Some(catalogue_only)).await;
    assert_eq!((narrow.status, narrow.code()), (StatusCode::FORBIDDEN, "scope_missing"), "{}", narrow.body);
    assert!(narrow.body["error"]["message"].as_str().unwrap().contains("shipping"), "{}", narrow.body);

    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Shipping]);
    let key_id: String = service.app.store.with_connection(|db| {
        db.query_row("SELECT id FROM partner_keys WHERE scopes = 'shipping'", [], |r| r.get(0)).unwrap()
    });
    let now = service.app.clock.now();
    service
        .app
        .store
        .with_connection(|db| db.in_transaction(|tx| pocket_server::partners::revoke_key(tx, &key_id, now)))
        .unwrap();
    let revoked = ship(Some(key)).await;
    assert_eq!((revoked.status, revoked.code()), (StatusCode::UNAUTHORIZED, "partner_key_revoked"), "{}", revoked.body);

    assert_eq!(service.order(&maria, &order).await["status"], "paid", "nothing moved the order");
}

#[tokio::test]
async fn a_partner_cannot_move_another_partners_order() {
    let service = TestService::sandbox();
    let (maria, order) = paid_order(&service, "maria@example.com").await;
    let other = service.partner("Another market");
    let key = service.partner_key(&other, &[PartnerScope::Shipping]);
    let shipped = service
        .post(&format!("/v1/partner/orders/{order}/ship"), Some(&key), json!({ "tracking_number": "LP1" }))
        .await;
    assert_eq!((shipped.status, shipped.code()), (StatusCode::NOT_FOUND, "not_found"), "{}", shipped.body);
    assert_eq!(service.order(&maria, &order).await["status"], "paid");
}

#[tokio::test]
async fn every_use_of_a_key_is_recorded_refused_ones_too() {
    let service = TestService::sandbox();
    let (_, order) = paid_order(&service, "maria@example.com").await;
    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Catalogue]);
    let refused = service
        .post(&format!("/v1/partner/orders/{order}/ship"), Some(&key), json!({ "tracking_number": "LP1" }))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let uses: Vec<(String, String)> = service.app.store.with_connection(|db| {
        db.prepare("SELECT method, path FROM partner_key_uses")
            .unwrap()
            .query_map([], |r| r.read())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    });
    assert_eq!(uses, vec![("POST".to_string(), format!("/v1/partner/orders/{order}/ship"))]);
}

#[tokio::test]
async fn the_api_document_lists_the_partner_routes_with_their_key() {
    let service = TestService::sandbox().same_data_outside_sandbox();
    let document = service.get("/v1/openapi.json", None).await.body;
    let ship = &document["paths"]["/v1/partner/orders/{order_id}/ship"]["post"];
    assert_eq!(ship["security"], json!([{ "partner_key": [] }]), "{ship}");
    assert_eq!(document["components"]["securitySchemes"]["partner_key"]["scheme"], "bearer");
}

/// `pocket-server partner ...` against `data_dir`: what it printed.
fn operator(data_dir: &std::path::Path, words: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pocket-server"))
        .arg("partner")
        .args(words)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .expect("the service binary runs");
    assert!(output.status.success(), "partner {words:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// The word after `label` on its line.
fn printed<'a>(output: &'a str, label: &str) -> &'a str {
    output
        .lines()
        .find_map(|line| line.strip_prefix(label))
        .map(str::trim)
        .unwrap_or_else(|| panic!("no {label}in {output}"))
}

#[tokio::test]
async fn the_operator_issues_and_revokes_a_key_from_the_command_line_while_the_service_runs() {
    let data_dir = tempfile::tempdir().unwrap();
    let process = crate::support::process::ServiceProcess::start([
        std::ffi::OsString::from("--data-dir"),
        data_dir.path().into(),
    ]);
    let partner = operator(data_dir.path(), &["add", "Acme Market"]);
    let partner_id = printed(&partner, "partner ").to_string();
    let issued = operator(data_dir.path(), &["key", &partner_id, "--scopes", "shipping,refunds"]);
    let (key_id, secret) = (printed(&issued, "key ").to_string(), printed(&issued, "secret ").to_string());
    assert!(secret.starts_with("pk_"), "{issued}");

    let ship = || {
        let (base_url, secret) = (process.base_url.clone(), secret.clone());
        async move {
            let reply = reqwest::Client::new()
                .post(format!("{base_url}/v1/partner/orders/ord_none/ship"))
                .bearer_auth(secret)
                .json(&json!({ "tracking_number": "LP1" }))
                .send()
                .await
                .unwrap();
            let status = reply.status().as_u16();
            let body: serde_json::Value = reply.json().await.unwrap();
            (status, body["error"]["code"].as_str().unwrap_or_default().to_string())
        }
    };
    assert_eq!(ship().await, (404, "not_found".to_string()), "the key is good: the order is what is missing");
    operator(data_dir.path(), &["revoke", &key_id]);
    assert_eq!(ship().await, (401, "partner_key_revoked".to_string()));
}

#[tokio::test]
async fn a_new_marketplace_lists_its_seller_and_product_and_ships_what_a_shopper_bought_without_the_sandbox() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    sandbox.grant(&maria, "50.00", "USD").await;
    let service = sandbox.same_data_outside_sandbox();
    let acme = service.partner("Acme Market");
    let key = service.partner_key(&acme, &[PartnerScope::Catalogue, PartnerScope::Shipping]);

    let seller = service.post("/v1/partner/sellers", Some(&key), json!({ "name": "Acme Tea", "country": "CN" })).await;
    assert_eq!(seller.status, StatusCode::CREATED, "{}", seller.body);
    let seller_id = seller.body["id"].as_str().unwrap().to_string();
    let product = service
        .post(
            &format!("/v1/partner/sellers/{seller_id}/products"),
            Some(&key),
            json!({ "title": "Oolong, 100 g", "unit_weight_grams": 120, "price": { "amount": "12.50", "currency": "USD" },
                    "options": { "roast": ["light", "dark"] } }),
        )
        .await;
    assert_eq!(product.status, StatusCode::CREATED, "{}", product.body);
    let product_id = product.body["id"].as_str().unwrap().to_string();

    let catalogue = service.get("/v1/catalogue", Some(&maria.token)).await;
    let listed = catalogue.body["sellers"].as_array().unwrap().iter().any(|s| s["id"] == seller_id.as_str());
    assert!(listed, "shoppers see the new seller: {}", catalogue.body);
    let order = service
        .checkout(&maria, json!([{ "product_id": product_id, "options": { "roast": "dark" }, "quantity": 1 }]))
        .await
        .remove(0);
    let paid = service.pay(&maria, &order, "pay-acme", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    let shipped = service
        .post(&format!("/v1/partner/orders/{order}/ship"), Some(&key), json!({ "tracking_number": "AC1" }))
        .await;
    assert_eq!(shipped.body["status"], "shipped", "{}", shipped.body);

    // The demo marketplace can neither add to Acme's seller nor ship Acme's order.
    let demo = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Catalogue, PartnerScope::Shipping]);
    let foreign_product = service
        .post(
            &format!("/v1/partner/sellers/{seller_id}/products"),
            Some(&demo),
            json!({ "title": "Fake", "unit_weight_grams": 10, "price": { "amount": "1.00", "currency": "USD" } }),
        )
        .await;
    assert_eq!((foreign_product.status, foreign_product.code()), (StatusCode::NOT_FOUND, "not_found"));
    let shipping_only = service.partner_key(&acme, &[PartnerScope::Shipping]);
    let no_scope =
        service.post("/v1/partner/sellers", Some(&shipping_only), json!({ "name": "X", "country": "CN" })).await;
    assert_eq!(no_scope.code(), "scope_missing");
    service.assert_ledger_healthy();
}
