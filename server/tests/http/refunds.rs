//! Refunds as the shopper follows them: back to the top-up they came from,
//! named in the notification and listed in the history; a balance once
//! held stays listed at zero.

use crate::support::{balance_source, usd, TestService};
use axum::http::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn a_refund_to_the_funding_source_names_the_top_up_and_wallet_and_shows_in_the_history() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper_in("maria@example.com", "RU").await;
    let top_up = service
        .post_money(
            "/v1/top-ups",
            &maria.token,
            "wallet-1",
            json!({ "rail": "e_wallet", "amount": usd("40.00"), "provider": "qiwi" }),
        )
        .await;
    assert_eq!(top_up.status, StatusCode::CREATED, "{}", top_up.body);
    let top_up_id = top_up.body["id"].as_str().unwrap().to_string();
    let order = service.phone_case_order(&maria).await;
    let paid = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    service.post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP9" })).await;
    service.post(&format!("/v1/sandbox/orders/{order}/deliver"), None, json!({})).await;
    service.post(&format!("/v1/orders/{order}/dispute"), Some(&maria.token), json!({ "reason": "not_received" })).await;
    let chosen = service
        .call(
            Method::PUT,
            &format!("/v1/orders/{order}/refund-destination"),
            Some(&maria.token),
            None,
            Some(json!({ "preference": "original_funding_source" })),
        )
        .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.body);
    let resolved = service
        .call(
            Method::POST,
            &format!("/v1/sandbox/orders/{order}/resolve-dispute"),
            None,
            Some("r1"),
            Some(json!({ "resolution": { "kind": "full_refund" } })),
        )
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.body);

    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let refund = feed.body["notifications"].as_array().unwrap().iter().find(|n| n["kind"] == "refund").cloned();
    let facts = refund.expect("a refund notification")["facts"].clone();
    assert_eq!(facts["refund_to"], "top_up_source");
    assert_eq!(facts["top_up_id"], top_up_id.as_str());
    assert_eq!((facts["rail"].as_str(), facts["provider"].as_str()), (Some("e_wallet"), Some("qiwi")));

    let history = service.get("/v1/history", Some(&maria.token)).await;
    let entry = history.body["entries"].as_array().unwrap().iter().find(|e| e["kind"] == "refund").cloned();
    let entry = entry.expect("the refund is in the history");
    assert_eq!((entry["direction"].as_str(), entry["source"].as_str()), (Some("in"), Some("top_up_source")));
    assert_eq!(entry["reference"], order.as_str());
    let receipt_path = entry["receipt"].as_str().expect("the refund has its own receipt");
    let receipt = service.get(receipt_path, Some(&maria.token)).await;
    assert_eq!(receipt.status, StatusCode::OK, "{}", receipt.body);
    assert_eq!(
        (receipt.body["refunded_to"].as_str(), receipt.body["top_up_id"].as_str()),
        (Some("top_up_source"), Some(top_up_id.as_str()))
    );
    assert_eq!(receipt.body["provider"], "qiwi");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_balance_spent_to_zero_stays_listed() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.confirmed_shopper("joao@example.com").await;
    service.grant(&maria, "10.00", "EUR").await;
    let body = json!({
        "to_email": "joao@example.com", "amount": { "amount": "10.00", "currency": "EUR" },
        "payment_password": crate::support::PAYMENT_PASSWORD, "note": "all of it",
    });
    let sent = service.post_money("/v1/transfers", &maria.token, "t-zero", body).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let balances = service.get("/v1/balances", Some(&maria.token)).await;
    let currencies: Vec<_> =
        balances.body["balances"].as_array().unwrap().iter().map(|b| b["currency"].clone()).collect();
    assert!(currencies.contains(&json!("EUR")), "a balance at zero is still listed: {currencies:?}");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let sent = feed.body["notifications"].as_array().unwrap().iter().find(|n| n["kind"] == "transfer_sent").cloned();
    assert_eq!(sent.unwrap()["facts"]["counterpart"], "joao@example.com");
}

#[tokio::test]
async fn a_refund_to_a_card_top_up_goes_back_through_that_top_ups_charge_not_to_a_clearing_account() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = service.add_card(&maria, "4242424242424242", "12/30", Some("save")).await;
    let card_id = card.body["id"].as_str().unwrap();
    let body = json!({ "rail": "bank_card", "amount": usd("20.00"), "card_id": card_id });
    let top_up = service.post_money("/v1/top-ups", &maria.token, "card-top-up", body).await;
    assert_eq!(top_up.body["status"], "settled", "{}", top_up.body);
    let top_up_id = top_up.body["id"].as_str().unwrap().to_string();
    let order = service.phone_case_order(&maria).await;
    assert_eq!(service.pay(&maria, &order, "pay-1", balance_source("USD")).await.status, StatusCode::OK);
    let preference = Some(json!({ "preference": "original_funding_source" }));
    let destination = format!("/v1/orders/{order}/refund-destination");
    assert_eq!(
        service.call(Method::PUT, &destination, Some(&maria.token), None, preference).await.status,
        StatusCode::OK
    );
    let cancelled =
        service.post_money(&format!("/v1/orders/{order}/cancel"), &maria.token, "cancel-1", json!({})).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);

    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let refund = feed.body["notifications"].as_array().unwrap().iter().find(|n| n["kind"] == "refund").cloned();
    let facts = refund.expect("a refund notification")["facts"].clone();
    assert_eq!((facts["refund_to"].as_str(), facts["rail"].as_str()), (Some("top_up_source"), Some("bank_card")));
    assert_eq!(facts["top_up_id"], top_up_id.as_str());
    let (queued, rail_clearing): ((String, String, i64), i64) = service.app.store.with_connection(|db| {
        let queued = db
            .query_row(
                "SELECT r.order_id, c.booked_as, r.amount_minor FROM card_refunds r JOIN card_charges c ON c.id = r.charge_id",
                [],
                |r| r.read(),
            )
            .unwrap();
        let rail = db
            .query_row("SELECT COUNT(*) FROM ledger_accounts WHERE account_key LIKE 'rail:bank_card:%'", [], |r| r.get(0))
            .unwrap();
        (queued, rail)
    });
    assert_eq!(queued, (order.clone(), top_up_id, 399), "the top-up's charge gives the order's price back");
    assert_eq!(rail_clearing, 0, "no money is left in a card rail's clearing account");
    assert_eq!(service.balance(&maria, "USD").await.0, "16.01", "the refund left for the card, not the balance");
    service.assert_ledger_healthy();
}
