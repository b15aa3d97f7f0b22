//! A shopper's journey through checkout, payment, escrow and refunds.

use crate::support::{balance_source, card_source, usd, TestService};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn paying_from_the_balance_holds_escrow_until_the_buyer_confirms() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "100.00", "USD").await;
    let checkout = service
        .post(
            "/v1/checkout",
            Some(&maria.token),
            json!({ "items": [
            { "product_id": "prd_phone_case", "options": { "model": "Pixel 8", "colour": "teal" }, "quantity": 2 },
            { "product_id": "prd_scarf", "options": { "colour": "rust" }, "quantity": 1 }
        ] }),
        )
        .await;
    let orders = checkout.body["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2, "one order per seller");
    assert_eq!(
        (orders[0]["seller_id"].as_str(), orders[0]["weight_grams"].as_i64()),
        (Some("sel_hangzhou_knits"), Some(180))
    );
    assert_eq!(
        (orders[1]["seller_id"].as_str(), orders[1]["price"]["amount"].as_str()),
        (Some("sel_shenzhen_cases"), Some("7.98"))
    );
    let hangzhou = orders[0]["id"].as_str().unwrap().to_string();

    let paid = service.pay(&maria, &hangzhou, "pay-1", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    assert_eq!(paid.body["order"]["status"], "paid");
    assert_eq!(paid.body["receipt"]["paid"]["amount"], "14.50");
    assert_eq!(service.balance(&maria, "USD").await.0, "85.50");

    service
        .post(&format!("/v1/sandbox/orders/{hangzhou}/ship"), None, json!({ "tracking_number": "LP00412345678CN" }))
        .await;
    service.post(&format!("/v1/sandbox/orders/{hangzhou}/deliver"), None, json!({})).await;
    let order = service.order(&maria, &hangzhou).await;
    assert_eq!(order["tracking_number"], "LP00412345678CN");
    assert_eq!(order["available_actions"], json!(["confirm_receipt", "open_dispute", "choose_refund_destination"]));

    let confirmed = service
        .post_money(&format!("/v1/orders/{hangzhou}/confirm-receipt"), &maria.token, "confirm-1", json!({}))
        .await;
    assert_eq!(confirmed.body["status"], "completed");
    assert_eq!(confirmed.body["released"]["amount"], "14.50");
    let kinds: Vec<String> = service.get("/v1/notifications", Some(&maria.token)).await.body["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_string())
        .collect();
    for kind in ["payment", "order_shipped", "order_delivered"] {
        assert!(kinds.contains(&kind.to_string()), "{kind} missing from {kinds:?}");
    }
    let history = service.get("/v1/history", Some(&maria.token)).await.body;
    let payment = history["entries"].as_array().unwrap().iter().find(|e| e["kind"] == "payment").unwrap().clone();
    assert_eq!((payment["direction"].as_str(), payment["amount"]["amount"].as_str()), (Some("out"), Some("14.50")));
    let receipt = service.get(payment["receipt"].as_str().unwrap(), Some(&maria.token)).await;
    assert_eq!(receipt.body["method"], "balance");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_parcel_over_2_kg_is_refused_at_checkout_with_the_figures() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let reply = service
        .post(
            "/v1/checkout",
            Some(&maria.token),
            json!({ "items": [
            { "product_id": "prd_desk_lamp", "options": { "plug": "EU" }, "quantity": 2 }
        ] }),
        )
        .await;
    assert_eq!((reply.status, reply.code()), (StatusCode::UNPROCESSABLE_ENTITY, "parcel_not_eligible"));
    let reason = &reply.body["error"]["details"]["parcels"][0]["reasons"][0];
    assert_eq!(
        (reason["kind"].as_str(), reason["weight_grams"].as_u64(), reason["over_by_grams"].as_u64()),
        (Some("too_heavy"), Some(2100), Some(100))
    );
    assert_eq!(service.get("/v1/orders", Some(&maria.token)).await.body["orders"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn a_parcel_above_the_low_value_cap_is_refused() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let reply = service
        .post(
            "/v1/checkout",
            Some(&maria.token),
            json!({ "items": [{ "product_id": "prd_silk_robe", "options": { "size": "M" }, "quantity": 1 }] }),
        )
        .await;
    assert_eq!(reply.body["error"]["details"]["parcels"][0]["reasons"][0]["kind"], "over_low_value_cap");
}

#[tokio::test]
async fn a_missing_or_unknown_option_is_named() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let missing = service
        .post("/v1/checkout", Some(&maria.token), json!({ "items": [{ "product_id": "prd_scarf", "quantity": 1 }] }))
        .await;
    assert_eq!(
        (missing.code(), missing.body["error"]["field"].as_str()),
        ("option_required", Some("items.options.colour"))
    );
    let unknown = service
        .post(
            "/v1/checkout",
            Some(&maria.token),
            json!({ "items": [{ "product_id": "prd_scarf", "options": { "colour": "purple" }, "quantity": 1 }] }),
        )
        .await;
    assert_eq!(unknown.code(), "unknown_option");
}

#[tokio::test]
async fn a_wrong_payment_password_charges_nothing_and_the_right_one_pays() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let wrong = service
        .post_money(
            &format!("/v1/orders/{order}/pay"),
            &maria.token,
            "pay-1",
            json!({ "payment_password": "000001", "source": balance_source("USD") }),
        )
        .await;
    assert_eq!((wrong.status, wrong.code()), (StatusCode::FORBIDDEN, "wrong_payment_password"));
    assert_eq!(wrong.body["error"]["details"]["attempts_left"], 4);
    assert_eq!(service.balance(&maria, "USD").await.0, "20.00");
    let right = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!(right.status, StatusCode::OK, "{}", right.body);
    assert_eq!(service.balance(&maria, "USD").await.0, "16.01");
}

#[tokio::test]
async fn paying_the_same_order_twice_is_impossible_even_with_a_new_key() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    for attempt in 0..5 {
        let reply = service.pay(&maria, &order, "pay-once", balance_source("USD")).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.headers.get("idempotent-replayed").is_some(), attempt > 0);
    }
    let again = service.pay(&maria, &order, "pay-twice", balance_source("USD")).await;
    assert_eq!((again.status, again.code()), (StatusCode::CONFLICT, "already_paid"));
    assert_eq!(service.balance(&maria, "USD").await.0, "16.01");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_balance_too_small_says_how_much_is_missing() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "2.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let reply = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!((reply.status, reply.code()), (StatusCode::UNPROCESSABLE_ENTITY, "insufficient_funds"));
    assert_eq!(reply.body["error"]["details"]["short"]["amount"], "1.99");
    assert_eq!(service.order(&maria, &order).await["status"], "created");
}

#[tokio::test]
async fn paying_from_a_rouble_balance_converts_at_the_quoted_rate() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "5000.00", "RUB").await;
    let order = service.phone_case_order(&maria).await;
    let quote = service.get(&format!("/v1/orders/{order}/quote?currency=RUB"), Some(&maria.token)).await;
    assert_eq!(quote.body["pay"]["amount"], "369.07", "3.99 USD / 0.010811, rounded up");
    let paid = service.pay(&maria, &order, "pay-1", balance_source("RUB")).await;
    assert_eq!(paid.body["receipt"]["paid"], json!({ "amount": "369.07", "currency": "RUB" }));
    assert_eq!(service.balance(&maria, "RUB").await.0, "4630.93");
    assert_eq!(service.order(&maria, &order).await["held"]["amount"], "3.99");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_card_payment_cancelled_before_shipping_is_refunded_to_the_card() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = service.add_card(&maria, "4242 4242 4242 4242", "12/30", Some("save")).await;
    assert_eq!(card.status, StatusCode::CREATED, "{}", card.body);
    assert_eq!(card.body["masked"], "4242 **** **** 4242");
    let card_id = card.body["id"].as_str().unwrap();
    let order = service.phone_case_order(&maria).await;
    let paid = service.pay(&maria, &order, "pay-1", card_source(card_id)).await;
    assert_eq!(paid.body["receipt"]["card"]["masked"], "4242 **** **** 4242");
    let cancelled =
        service.post_money(&format!("/v1/orders/{order}/cancel"), &maria.token, "cancel-1", json!({})).await;
    assert_eq!(
        (cancelled.body["status"].as_str(), cancelled.body["refunded"]["amount"].as_str()),
        (Some("cancelled"), Some("3.99"))
    );
    assert_eq!(service.balance(&maria, "USD").await.0, "0.00", "a card refund goes back to the card");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn test_cards_decline_run_dry_or_ask_for_an_sms_code() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let add = |number: &'static str| service.add_card(&maria, number, "12/30", None);
    let declined = add("4000 0000 0000 0002").await.body["id"].as_str().unwrap().to_string();
    let dry = add("4000 0000 0000 9995").await.body["id"].as_str().unwrap().to_string();
    let otp = add("4000 0000 0000 3220").await.body["id"].as_str().unwrap().to_string();
    let order = service.phone_case_order(&maria).await;
    assert_eq!(service.pay(&maria, &order, "k1", card_source(&declined)).await.code(), "card_declined");
    assert_eq!(service.pay(&maria, &order, "k2", card_source(&dry)).await.code(), "card_insufficient_funds");

    let asked = service.pay(&maria, &order, "k3", card_source(&otp)).await;
    assert_eq!((asked.status, asked.body["status"].as_str()), (StatusCode::ACCEPTED, Some("one_time_code_required")));
    let sms = service.get("/v1/sandbox/messages?recipient=%2B5511999990000", None).await;
    let code = sms.body["messages"][0]["code"].as_str().unwrap().to_string();
    let wrong = service
        .post_money(
            &format!("/v1/orders/{order}/pay"),
            &maria.token,
            "k3",
            json!({ "payment_password": "381947", "source": card_source(&otp), "one_time_code": "000000" }),
        )
        .await;
    assert_eq!(wrong.code(), "wrong_one_time_code");
    let paid = service
        .post_money(
            &format!("/v1/orders/{order}/pay"),
            &maria.token,
            "k4",
            json!({ "payment_password": "381947", "source": card_source(&otp), "one_time_code": code }),
        )
        .await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn cards_are_opt_in_capped_at_five_and_removable() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let one_off = service.add_card(&maria, "4242424242424242", "12/30", None).await;
    assert_eq!(one_off.body["saved"], false, "saving is never the default");
    for _ in 0..5 {
        let saved = service.add_card(&maria, "5555555555554444", "12/30", Some("save")).await;
        assert_eq!(saved.status, StatusCode::CREATED);
    }
    let sixth = service.add_card(&maria, "5555555555554444", "12/30", Some("save")).await;
    assert_eq!((sixth.status, sixth.code()), (StatusCode::CONFLICT, "too_many_cards"));
    let listed = service.get("/v1/cards", Some(&maria.token)).await.body;
    assert_eq!(listed["cards"].as_array().unwrap().len(), 5);
    let first = listed["cards"][0]["id"].as_str().unwrap();
    let removed =
        service.call(axum::http::Method::DELETE, &format!("/v1/cards/{first}"), Some(&maria.token), None, None).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let replaced = service.add_card(&maria, "378282246310005", "12/30", Some("save")).await;
    assert_eq!(replaced.status, StatusCode::CREATED);
}

#[tokio::test]
async fn an_expired_card_is_refused_and_a_bad_number_never_comes_back() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    // The processor tokenizes; a number it refuses never reaches the service.
    let typo = service.tokenize("4242424242424241", "12/30").await;
    assert_eq!((typo.status, typo.code()), (StatusCode::BAD_REQUEST, "incorrect_number"));
    let expired_at_the_processor = service.tokenize("4242424242424242", "01/20").await;
    assert_eq!(expired_at_the_processor.code(), "invalid_expiry");
    // A tokenized card whose expiry has passed is refused by the service.
    let mut expired = service.card_body("4242424242424242", "12/30", None).await;
    expired["expiry"] = json!("01/20");
    let expired = service.post("/v1/cards", Some(&maria.token), expired).await;
    assert_eq!((expired.status, expired.code()), (StatusCode::UNPROCESSABLE_ENTITY, "expired"));
    // The service has no field for a number, in any shape.
    let mut with_number = service.card_body("4242424242424242", "12/30", None).await;
    with_number["number"] = json!("4242424242424242");
    let with_number = service.post("/v1/cards", Some(&maria.token), with_number).await;
    assert_eq!((with_number.status, with_number.code()), (StatusCode::BAD_REQUEST, "unknown_field"));
    let as_number = service
        .post("/v1/cards", Some(&maria.token), json!({ "number": 4242424242424242u64, "expiry": "12/30" }))
        .await;
    assert_eq!(as_number.status, StatusCode::BAD_REQUEST);
    for reply in [&typo, &expired_at_the_processor, &expired, &with_number, &as_number] {
        assert!(!reply.body.to_string().contains("424242424242"), "{}", reply.body);
    }
}

#[tokio::test]
async fn no_card_number_is_ever_stored() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    for number in ["4242 4242 4242 4242", "4000000000003220", "5555-5555-5555-4444"] {
        service.add_card(&maria, number, "12/30", Some("save")).await;
    }
    let order = service.phone_case_order(&maria).await;
    let cards = service.get("/v1/cards", Some(&maria.token)).await.body;
    service.pay(&maria, &order, "k1", card_source(cards["cards"][0]["id"].as_str().unwrap())).await;
    let stored = service.all_stored_text();
    for digits in ["4242424242424242", "4000000000003220", "5555555555554444", "42424242", "55555555"] {
        assert!(!stored.contains(digits), "{digits} found at rest");
    }
}

#[tokio::test]
async fn a_shipped_order_cannot_be_cancelled() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "10.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "k1", balance_source("USD")).await;
    service.post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP1" })).await;
    let refused = service.post_money(&format!("/v1/orders/{order}/cancel"), &maria.token, "c1", json!({})).await;
    assert_eq!((refused.status, refused.code()), (StatusCode::CONFLICT, "illegal_transition"));
    assert!(refused.body["error"]["message"].as_str().unwrap().contains("open a dispute"));
}

#[tokio::test]
async fn a_won_dispute_refunds_part_to_the_balance_and_pays_the_seller_the_rest() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = service.add_card(&maria, "4242424242424242", "12/30", None).await;
    let order = service
        .checkout(
            &maria,
            json!([{ "product_id": "prd_cardigan", "options": { "size": "M", "colour": "moss" }, "quantity": 1 }]),
        )
        .await
        .remove(0);
    service.pay(&maria, &order, "k1", card_source(card.body["id"].as_str().unwrap())).await;
    service.post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP1" })).await;
    service.post(&format!("/v1/sandbox/orders/{order}/deliver"), None, json!({})).await;
    let disputed = service
        .post(&format!("/v1/orders/{order}/dispute"), Some(&maria.token), json!({ "reason": "not_as_described" }))
        .await;
    assert_eq!(disputed.body["status"], "disputed");
    service
        .call(
            axum::http::Method::PUT,
            &format!("/v1/orders/{order}/refund-destination"),
            Some(&maria.token),
            None,
            Some(json!({ "preference": "pocket_balance" })),
        )
        .await;
    let resolved = service
        .call(
            axum::http::Method::POST,
            &format!("/v1/sandbox/orders/{order}/resolve-dispute"),
            None,
            Some("r1"),
            Some(json!({ "resolution": { "kind": "partial_refund", "amount": usd("15.00") } })),
        )
        .await;
    assert_eq!(resolved.status, StatusCode::OK, "{}", resolved.body);
    assert_eq!(
        (resolved.body["refunded"]["amount"].as_str(), resolved.body["released"]["amount"].as_str()),
        (Some("15.00"), Some("24.00"))
    );
    assert_eq!(
        service.balance(&maria, "USD").await.0,
        "15.00",
        "a card payment's refund went to the balance, as chosen"
    );
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn escrow_goes_to_the_seller_when_protection_ends_and_disputes_close() {
    let service = TestService::sandbox();
    let mut maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "10.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "k1", balance_source("USD")).await;
    service.post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP1" })).await;
    service.post(&format!("/v1/sandbox/orders/{order}/deliver"), None, json!({})).await;
    service.advance_days(14).await;
    service.sign_in_again(&mut maria).await;
    assert_eq!(service.order(&maria, &order).await["status"], "delivered");
    service.advance_days(1).await;
    let order_now = service.order(&maria, &order).await;
    assert_eq!(
        (order_now["status"].as_str(), order_now["released"]["amount"].as_str()),
        (Some("completed"), Some("3.99"))
    );
    let late = service
        .post(&format!("/v1/orders/{order}/dispute"), Some(&maria.token), json!({ "reason": "wrong_item" }))
        .await;
    assert_eq!(late.code(), "illegal_transition");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_coupon_takes_its_discount_once_per_shopper() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let earbuds = json!([{ "product_id": "prd_earbuds", "options": { "colour": "white" }, "quantity": 1 }]);
    let first =
        service.post("/v1/checkout", Some(&maria.token), json!({ "items": earbuds, "coupon": "pocket10" })).await;
    assert_eq!(first.body["orders"][0]["discount"]["amount"], "2.49", "10% of 24.99, rounded down");
    assert_eq!(first.body["orders"][0]["price"]["amount"], "22.50");
    let again =
        service.post("/v1/checkout", Some(&maria.token), json!({ "items": earbuds, "coupon": "POCKET10" })).await;
    assert_eq!(again.code(), "coupon_used");
    let small = service.post("/v1/checkout", Some(&maria.token), json!({ "items": [{ "product_id": "prd_usb_cable", "options": { "colour": "red" }, "quantity": 1 }], "coupon": "BOGUS" })).await;
    assert_eq!(small.code(), "unknown_coupon");
}

#[tokio::test]
async fn many_simultaneous_payments_never_overdraw_one_balance() {
    let service = std::sync::Arc::new(TestService::sandbox());
    let maria = std::sync::Arc::new(service.paying_shopper("maria@example.com").await);
    service.grant(&maria, "50.00", "USD").await;
    let mut orders = Vec::new();
    for _ in 0..20 {
        orders.push(service.phone_case_order(&maria).await);
    }
    let tasks: Vec<_> = orders
        .into_iter()
        .enumerate()
        .map(|(n, order)| {
            let (service, maria) = (service.clone(), maria.clone());
            tokio::spawn(
                async move { service.pay(&maria, &order, &format!("pay-{n}"), balance_source("USD")).await.status },
            )
        })
        .collect();
    let mut paid = 0;
    for task in tasks {
        if task.await.unwrap() == StatusCode::OK {
            paid += 1;
        }
    }
    assert_eq!(paid, 12, "50.00 pays for 12 cases at 3.99");
    assert_eq!(service.balance(&maria, "USD").await.0, "2.12");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn another_shopper_cannot_touch_your_orders_or_cards() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let joao = service.paying_shopper("joao@example.com").await;
    service.grant(&joao, "50.00", "USD").await;
    let card = service.add_card(&maria, "4242424242424242", "12/30", Some("save")).await;
    let card_id = card.body["id"].as_str().unwrap();
    let order = service.phone_case_order(&maria).await;
    assert_eq!(service.get(&format!("/v1/orders/{order}"), Some(&joao.token)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        service.get(&format!("/v1/orders/{order}/quote?currency=USD"), Some(&joao.token)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(service.pay(&joao, &order, "j1", balance_source("USD")).await.status, StatusCode::NOT_FOUND);
    for action in ["cancel", "confirm-receipt"] {
        let reply = service
            .post_money(&format!("/v1/orders/{order}/{action}"), &joao.token, &format!("j-{action}"), json!({}))
            .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{action}");
    }
    let dispute = service
        .post(&format!("/v1/orders/{order}/dispute"), Some(&joao.token), json!({ "reason": "wrong_item" }))
        .await;
    assert_eq!(dispute.status, StatusCode::NOT_FOUND);
    let joao_order = service.phone_case_order(&joao).await;
    assert_eq!(
        service.pay(&joao, &joao_order, "j2", card_source(card_id)).await.status,
        StatusCode::NOT_FOUND,
        "Maria's card"
    );
    let removed =
        service.call(axum::http::Method::DELETE, &format!("/v1/cards/{card_id}"), Some(&joao.token), None, None).await;
    assert_eq!(removed.status, StatusCode::NOT_FOUND);
    assert_eq!(service.get("/v1/cards", Some(&joao.token)).await.body["cards"].as_array().unwrap().len(), 0);
    assert_eq!(
        service.get(&format!("/v1/orders/{order}/receipt"), Some(&joao.token)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        service.get("/v1/history", Some(&joao.token)).await.body["entries"].as_array().unwrap().len(),
        1,
        "only João's grant"
    );
}

#[tokio::test]
async fn a_transfer_moves_money_between_shoppers_once() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let joao = service.paying_shopper("joao@example.com").await;
    service.grant(&maria, "30.00", "USD").await;
    let body = |password: &str| json!({ "to_email": "joao@example.com", "amount": usd("10.00"), "payment_password": password, "note": "lunch" });
    let wrong = service.post_money("/v1/transfers", &maria.token, "t1", body("000001")).await;
    assert_eq!(wrong.code(), "wrong_payment_password");
    for _ in 0..3 {
        assert_eq!(
            service.post_money("/v1/transfers", &maria.token, "t1", body("381947")).await.status,
            StatusCode::CREATED
        );
    }
    assert_eq!(
        (service.balance(&maria, "USD").await.0, service.balance(&joao, "USD").await.0),
        ("20.00".into(), "10.00".into())
    );
    let to_self = service
        .post_money(
            "/v1/transfers",
            &maria.token,
            "t2",
            json!({ "to_email": "maria@example.com", "amount": usd("1.00"), "payment_password": "381947" }),
        )
        .await;
    assert_eq!(to_self.code(), "transfer_to_self");
    let unknown = service
        .post_money(
            "/v1/transfers",
            &maria.token,
            "t3",
            json!({ "to_email": "ghost@example.com", "amount": usd("1.00"), "payment_password": "381947" }),
        )
        .await;
    assert_eq!(unknown.code(), "unknown_recipient");
    let feed = service.get("/v1/notifications", Some(&joao.token)).await.body;
    assert_eq!(feed["notifications"][0]["kind"], "transfer_received");
    service.assert_ledger_healthy();
}
