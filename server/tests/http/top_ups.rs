use crate::support::{usd, TestService};
use axum::http::StatusCode;
use serde_json::json;

fn top_up(rail: &str, amount: serde_json::Value) -> serde_json::Value {
    match rail {
        "e_wallet" => json!({ "rail": rail, "amount": amount, "provider": "qiwi" }),
        _ => json!({ "rail": rail, "amount": amount }),
    }
}

#[tokio::test]
async fn rail_minimums_and_maximums_are_enforced_to_the_cent() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    service.post(&format!("/v1/sandbox/users/{}/verify-identity", shopper.user_id), None, json!({})).await;
    let cases = [
        ("bank_transfer", "20.99", StatusCode::BAD_REQUEST, Some("below_rail_minimum")),
        ("bank_transfer", "21.00", StatusCode::CREATED, None),
        ("western_union", "5000.01", StatusCode::BAD_REQUEST, Some("above_rail_maximum")),
        ("e_wallet", "0.99", StatusCode::BAD_REQUEST, Some("below_rail_minimum")),
        ("e_wallet", "1.00", StatusCode::CREATED, None),
    ];
    for (index, (rail, amount, status, code)) in cases.into_iter().enumerate() {
        let reply =
            service.post_money("/v1/top-ups", &shopper.token, &format!("k{index}"), top_up(rail, usd(amount))).await;
        assert_eq!(reply.status, status, "{rail} {amount}: {}", reply.body);
        if let Some(code) = code {
            assert_eq!(reply.code(), code);
        }
    }
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn an_e_wallet_top_up_is_spendable_at_once() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let reply = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("e_wallet", usd("80.00"))).await;
    assert_eq!(reply.body["status"], "settled");
    assert_eq!(service.balance(&shopper, "USD").await, ("80.00".into(), "0.00".into()));
    let feed = service.get("/v1/notifications", Some(&shopper.token)).await;
    assert_eq!(feed.body["notifications"][0]["kind"], "top_up_settled");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_long_poll_on_the_feed_wakes_when_a_pending_top_up_settles() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("bank_transfer", usd("100.00"))).await;
    let before = service.get("/v1/notifications", Some(&shopper.token)).await.body["notifications"].clone();
    let last_seen = before.as_array().unwrap().iter().map(|n| n["id"].as_i64().unwrap()).max().unwrap_or(0);

    let long_poll = format!("/v1/notifications?after={last_seen}&wait_seconds=30");
    let waiting = service.get(&long_poll, Some(&shopper.token));
    let settle = async {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        service.advance_days(11).await;
    };
    let (feed, ()) = tokio::join!(waiting, settle);
    let kinds: Vec<&str> =
        feed.body["notifications"].as_array().unwrap().iter().map(|n| n["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["top_up_settled"]);
}

#[tokio::test]
async fn a_long_poll_with_nothing_new_answers_empty_when_its_wait_ends() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let feed = service.get("/v1/notifications?after=999999&wait_seconds=1", Some(&shopper.token)).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.body["notifications"], json!([]));
}

#[tokio::test]
async fn a_bank_transfer_stays_pending_until_its_seventh_business_day() {
    let service = TestService::sandbox();
    let mut shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let reply = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("bank_transfer", usd("100.00"))).await;
    assert_eq!(reply.body["status"], "pending");
    let expected_by = reply.body["expected_by"].as_str().unwrap().to_string();
    assert_eq!(service.balance(&shopper, "USD").await, ("0.00".into(), "100.00".into()));

    service.advance_days(5).await;
    assert_eq!(service.balance(&shopper, "USD").await.1, "100.00", "5 calendar days are fewer than 7 business days");
    // Seven business days end within 11 calendar days whatever the weekday
    // the test runs on (a Friday start is the longest).
    service.advance_days(7).await;
    service.sign_in_again(&mut shopper).await;
    assert_eq!(service.balance(&shopper, "USD").await, ("100.00".into(), "0.00".into()));
    let shown = service.get(&format!("/v1/top-ups/{}", reply.body["id"].as_str().unwrap()), Some(&shopper.token)).await;
    assert_eq!(shown.body["status"], "settled");
    assert!(shown.body["settled_at"].as_str().unwrap() >= expected_by.as_str());
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_boleto_is_in_transit_until_it_is_paid() {
    let service = TestService::sandbox();
    let mut shopper = service.confirmed_shopper("maria@example.com").await;
    let reply = service
        .post_money(
            "/v1/top-ups",
            &shopper.token,
            "k1",
            top_up("boleto", json!({ "amount": "250.00", "currency": "BRL" })),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.body["awaiting_payment"], true);
    assert_eq!(reply.body["amount_usd"]["amount"], "44.88", "250 BRL at 0.17952 USD, rounded up");
    service.advance_days(30).await;
    service.sign_in_again(&mut shopper).await;
    assert_eq!(service.balance(&shopper, "BRL").await, ("0.00".into(), "250.00".into()));
    let id = reply.body["id"].as_str().unwrap();
    let paid = service.post(&format!("/v1/sandbox/top-ups/{id}/pay-boleto"), None, json!({})).await;
    assert_eq!(paid.body["status"], "settled");
    assert_eq!(service.balance(&shopper, "BRL").await, ("250.00".into(), "0.00".into()));
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_young_account_over_its_top_up_limit_is_told_the_rule_and_what_raises_it() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let reply = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("bank_transfer", usd("1000.01"))).await;
    assert_eq!((reply.status, reply.code()), (StatusCode::UNPROCESSABLE_ENTITY, "per_payment_limit"));
    let details = &reply.body["error"]["details"];
    assert_eq!(details["ceiling"]["amount"], "1000.00");
    assert_eq!(details["how_to_raise"]["kind"], "verify_identity");
    assert_eq!(service.journal_count(), 0, "a refusal moves nothing");
}

#[tokio::test]
async fn an_unconfirmed_account_cannot_top_up_and_is_told_to_confirm_its_email() {
    let service = TestService::sandbox();
    service.post("/v1/accounts", None, crate::support::sign_up_body_in("new@example.com", "RU")).await;
    let session =
        service.post("/v1/sessions", None, json!({ "email": "new@example.com", "password": "correct horse" })).await;
    let token = session.body["token"].as_str().unwrap();
    let reply = service.post_money("/v1/top-ups", token, "k1", top_up("e_wallet", usd("10.00"))).await;
    assert_eq!(reply.body["error"]["details"]["how_to_raise"]["kind"], "verify_email");
}

#[tokio::test]
async fn the_same_idempotency_key_sent_five_times_credits_once() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let mut bodies = Vec::new();
    for attempt in 0..5 {
        let reply =
            service.post_money("/v1/top-ups", &shopper.token, "retry-me", top_up("e_wallet", usd("25.00"))).await;
        assert_eq!(reply.status, StatusCode::CREATED);
        assert_eq!(reply.headers.get("idempotent-replayed").is_some(), attempt > 0);
        bodies.push(reply.body);
    }
    assert!(bodies.windows(2).all(|pair| pair[0] == pair[1]), "every retry gets the first answer");
    assert_eq!(service.balance(&shopper, "USD").await.0, "25.00");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_key_reused_for_a_different_amount_is_refused() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("e_wallet", usd("25.00"))).await;
    let reused = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("e_wallet", usd("26.00"))).await;
    assert_eq!((reused.status, reused.code()), (StatusCode::CONFLICT, "idempotency_key_reused"));
    assert_eq!(service.balance(&shopper, "USD").await.0, "25.00");
}

#[tokio::test]
async fn a_refusal_is_replayed_too_and_never_retried_silently() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let first = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("bank_transfer", usd("1000.01"))).await;
    service.post(&format!("/v1/sandbox/users/{}/verify-identity", shopper.user_id), None, json!({})).await;
    let again = service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("bank_transfer", usd("1000.01"))).await;
    assert_eq!(first.body, again.body, "the stored answer stands; a new attempt needs a new key");
    let fresh = service.post_money("/v1/top-ups", &shopper.token, "k2", top_up("bank_transfer", usd("1000.01"))).await;
    assert_eq!(fresh.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_money_moving_request_without_a_key_is_refused() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let reply = service.post("/v1/top-ups", Some(&shopper.token), top_up("e_wallet", usd("25.00"))).await;
    assert_eq!((reply.status, reply.code()), (StatusCode::BAD_REQUEST, "missing_idempotency_key"));
    assert_eq!(service.journal_count(), 0);
}

/// Over PostgreSQL each top-up is a transaction on its own snapshot: the
/// shopper's claim makes them count each other's spends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn top_ups_sent_at_once_never_pass_the_daily_limit_together() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let at_once: Vec<_> = (0..10)
        .map(|n| {
            let (service, token) = (service.clone(), shopper.token.clone());
            tokio::spawn(async move {
                service.post_money("/v1/top-ups", &token, &format!("k{n}"), top_up("e_wallet", usd("50.00"))).await
            })
        })
        .collect();
    let mut credited = 0;
    for reply in at_once {
        let reply = reply.await.unwrap();
        match reply.status {
            StatusCode::CREATED => credited += 1,
            status => assert!(status.is_client_error(), "a refusal, not a fault: {}", reply.body),
        }
    }
    assert_eq!(credited, 6, "an e-wallet's 300.00 a day fits six top-ups of 50.00");
    assert_eq!(service.balance(&shopper, "USD").await.0, "300.00");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn the_limits_screen_shows_what_is_left_after_a_top_up() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    service.post_money("/v1/top-ups", &shopper.token, "k1", top_up("e_wallet", usd("120.00"))).await;
    let limits = service.get("/v1/limits", Some(&shopper.token)).await;
    let e_wallet =
        limits.body["limits"].as_array().unwrap().iter().find(|l| l["method"] == "top_up:e_wallet").unwrap().clone();
    assert_eq!(e_wallet["left_today"]["amount"], "180.00");
    assert_eq!(e_wallet["left_this_month"]["amount"], "880.00");
}

#[tokio::test]
async fn a_bank_card_top_up_arrives_at_once_up_to_the_accounts_card_limit() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let card = service.add_card(&shopper, "4242424242424242", "12/30", Some("save")).await;
    let card_id = card.body["id"].as_str().unwrap();
    let missing = service
        .post_money("/v1/top-ups", &shopper.token, "k0", json!({ "rail": "bank_card", "amount": usd("50.00") }))
        .await;
    assert_eq!(missing.code(), "card_required");
    let topped = service
        .post_money(
            "/v1/top-ups",
            &shopper.token,
            "k1",
            json!({ "rail": "bank_card", "amount": usd("50.00"), "card_id": card_id }),
        )
        .await;
    assert_eq!((topped.status, topped.body["status"].as_str()), (StatusCode::CREATED, Some("settled")));
    assert_eq!(service.balance(&shopper, "USD").await.0, "50.00");
    let over = service
        .post_money(
            "/v1/top-ups",
            &shopper.token,
            "k2",
            json!({ "rail": "bank_card", "amount": usd("200.01"), "card_id": card_id }),
        )
        .await;
    assert_eq!(over.code(), "per_payment_limit", "a young account's card top-up limit is 200.00");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_card_top_up_can_be_declined_or_need_an_sms_code() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let add = |number: &'static str| service.add_card(&shopper, number, "12/30", None);
    let declined = add("4000000000000002").await.body["id"].as_str().unwrap().to_string();
    let otp = add("4000000000003220").await.body["id"].as_str().unwrap().to_string();
    let refused = service
        .post_money(
            "/v1/top-ups",
            &shopper.token,
            "k1",
            json!({ "rail": "bank_card", "amount": usd("20.00"), "card_id": declined }),
        )
        .await;
    assert_eq!(refused.code(), "card_declined");
    let body = json!({ "rail": "bank_card", "amount": usd("20.00"), "card_id": otp });
    let asked = service.post_money("/v1/top-ups", &shopper.token, "k2", body.clone()).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED);
    let sms = service.get("/v1/sandbox/messages?recipient=%2B5511999990000", None).await;
    let mut with_code = body;
    with_code["one_time_code"] = sms.body["messages"][0]["code"].clone();
    let topped = service.post_money("/v1/top-ups", &shopper.token, "k2", with_code).await;
    assert_eq!(topped.status, StatusCode::CREATED, "{}", topped.body);
    assert_eq!(service.balance(&shopper, "USD").await.0, "20.00");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_rail_or_e_wallet_not_offered_where_the_shopper_lives_is_refused_and_a_country_not_served_cannot_sign_up() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let qiwi_in_brazil = service.post_money("/v1/top-ups", &maria.token, "k1", top_up("e_wallet", usd("10.00"))).await;
    assert_eq!((qiwi_in_brazil.status, qiwi_in_brazil.code()), (StatusCode::FORBIDDEN, "rail_not_offered"));
    let ivan = service.confirmed_shopper_in("ivan@example.com", "RU").await;
    let boleto_in_russia = service
        .post_money(
            "/v1/top-ups",
            &ivan.token,
            "k2",
            top_up("boleto", json!({ "amount": "100.00", "currency": "BRL" })),
        )
        .await;
    assert_eq!(boleto_in_russia.code(), "rail_not_offered");
    let olga = service.confirmed_shopper_in("olga@example.com", "BY").await;
    let qiwi_in_belarus = service.post_money("/v1/top-ups", &olga.token, "k3", top_up("e_wallet", usd("10.00"))).await;
    assert_eq!(qiwi_in_belarus.code(), "e_wallet_not_offered");
    assert_eq!(service.journal_count(), 0, "nothing moved");

    let nowhere = service.post("/v1/accounts", None, crate::support::sign_up_body_in("x@example.com", "AQ")).await;
    assert_eq!((nowhere.status, nowhere.code()), (StatusCode::BAD_REQUEST, "country_not_served"));
}
