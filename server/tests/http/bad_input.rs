//! Every kind of bad input gets its clear 4xx error and changes nothing.

use crate::support::TestService;
use axum::http::{Method, StatusCode};
use serde_json::json;

async fn top_up_raw(service: &TestService, token: &str, body: &[u8]) -> crate::support::Reply {
    let authorization = format!("Bearer {token}");
    let headers =
        [("content-type", "application/json"), ("authorization", authorization.as_str()), ("idempotency-key", "k")];
    service.raw(Method::POST, "/v1/top-ups", &headers, body.to_vec()).await
}

#[tokio::test]
async fn bad_bodies_get_a_clear_error_naming_the_problem_and_move_no_money() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let huge = format!(
        r#"{{"rail":"e_wallet","provider":"qiwi","amount":{{"amount":"1","currency":"USD"}},"pad":"{}"}}"#,
        "x".repeat(70_000)
    );
    // (what, body, status, error code, field at fault)
    type Case<'a> = (&'a str, Vec<u8>, StatusCode, &'a str, Option<&'a str>);
    let cases: Vec<Case> = vec![
        ("malformed JSON", b"{\"rail\": ".to_vec(), StatusCode::BAD_REQUEST, "malformed_json", None),
        (
            "unknown field",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"5","currency":"USD"},"tip":"1"}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "unknown_field",
            Some("tip"),
        ),
        (
            "missing field",
            br#"{"rail":"e_wallet","provider":"qiwi"}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "missing_field",
            Some("amount"),
        ),
        ("huge body", huge.into_bytes(), StatusCode::PAYLOAD_TOO_LARGE, "body_too_large", None),
        (
            "negative amount",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"-5.00","currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount"),
        ),
        (
            "over-precise amount",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"5.001","currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount"),
        ),
        (
            "yen with decimals",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"500.5","currency":"JPY"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount"),
        ),
        (
            "non-numeric amount",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"five","currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount"),
        ),
        (
            "float amount",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":5.5,"currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount.amount"),
        ),
        (
            "unknown currency",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"5","currency":"XYZ"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("amount.currency"),
        ),
        (
            "zero amount",
            br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"0","currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "not_positive",
            Some("amount"),
        ),
        (
            "unknown rail",
            br#"{"rail":"carrier_pigeon","amount":{"amount":"5","currency":"USD"}}"#.to_vec(),
            StatusCode::BAD_REQUEST,
            "invalid_field",
            Some("rail"),
        ),
    ];
    for (name, body, status, code, field) in cases {
        let reply = top_up_raw(&service, &shopper.token, &body).await;
        assert_eq!(reply.status, status, "{name}: {}", reply.body);
        assert_eq!(reply.code(), code, "{name}: {}", reply.body);
        let message = reply.body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.len() > 20, "{name}: the message explains: {message}");
        if let Some(field) = field {
            assert_eq!(reply.body["error"]["field"], field, "{name}: {}", reply.body);
        }
    }
    assert_eq!(service.journal_count(), 0);
    assert_eq!(service.balance(&shopper, "USD").await.0, "0.00");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn an_unknown_route_answers_in_the_error_shape() {
    let service = TestService::sandbox();
    let reply = service.get("/v1/no-such-thing", None).await;
    assert_eq!((reply.status, reply.code()), (StatusCode::NOT_FOUND, "unknown_route"));
}

#[tokio::test]
async fn a_sign_up_with_missing_details_names_the_field() {
    let service = TestService::sandbox();
    let mut body = crate::support::sign_up_body("maria@example.com");
    body["national_id"] = json!("  ");
    let reply = service.post("/v1/accounts", None, body).await;
    assert_eq!((reply.code(), reply.body["error"]["field"].as_str()), ("missing_field", Some("national_id")));
    let mut body = crate::support::sign_up_body("not-an-email");
    body["email"] = json!("not-an-email");
    assert_eq!(service.post("/v1/accounts", None, body).await.code(), "invalid_email");
}

#[tokio::test]
async fn amounts_currencies_and_expiries_are_taken_exactly_as_documented() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    for (amount, currency) in [("1.", "USD"), (".5", "USD"), ("5", "usd"), ("5", " USD"), ("+5", "USD")] {
        let body = format!(
            r#"{{"rail":"e_wallet","provider":"qiwi","amount":{{"amount":"{amount}","currency":"{currency}"}}}}"#
        );
        let reply = top_up_raw(&service, &shopper.token, body.as_bytes()).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{amount} {currency}: {}", reply.body);
    }
    for expiry in ["12/2030", "1/30", "12-30"] {
        let mut card = service.card_body("4242424242424242", "12/30", None).await;
        card["expiry"] = json!(expiry);
        let reply = service.post("/v1/cards", Some(&shopper.token), card).await;
        assert_eq!((reply.status, reply.body["error"]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("expiry")));
    }
}

#[tokio::test]
async fn huge_hidden_and_reversed_text_is_refused_and_nothing_refused_is_echoed() {
    let service = TestService::sandbox();
    let shopper = service.paying_shopper("maria@example.com").await;
    let mut form = crate::support::sign_up_body("long@example.com");
    form["given_name"] = json!("M".repeat(60_000));
    let long = service.post("/v1/accounts", None, form).await;
    assert_eq!((long.status, long.code()), (StatusCode::BAD_REQUEST, "text_too_long"));
    for (name, code) in [("Mar\u{0}ia", "forbidden_characters"), ("Maria\u{202E}gnp.exe", "forbidden_characters")] {
        let mut form = crate::support::sign_up_body("odd@example.com");
        form["family_name"] = json!(name);
        let reply = service.post("/v1/accounts", None, form).await;
        assert_eq!(
            (reply.status, reply.code(), reply.body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, code, Some("family_name"))
        );
    }

    let order = service.phone_case_order(&shopper).await;
    let as_number = json!({ "payment_password": 381947, "source": { "kind": "balance", "currency": "USD" } });
    let reply = service.post_money(&format!("/v1/orders/{order}/pay"), &shopper.token, "k1", as_number).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(!reply.body.to_string().contains("381947"), "the password came back: {}", reply.body);

    let card_in_amount =
        br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"4242424242424242","currency":"USD"}}"#;
    let reply = top_up_raw(&service, &shopper.token, card_in_amount).await;
    assert!(!reply.body.to_string().contains("4242424242424242"), "{}", reply.body);
    let large = br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"10000000000000.07","currency":"USD"}}"#;
    let reply = top_up_raw(&service, &shopper.token, large).await;
    assert!(reply.body["error"]["message"].as_str().unwrap().contains("10000000000000.07"), "{}", reply.body);
}

#[tokio::test]
async fn query_strings_are_held_to_the_documented_schema_as_bodies_are() {
    let service = TestService::sandbox();
    let long = "a".repeat(300);
    let too_long = service.get(&format!("/v1/sandbox/messages?recipient={long}"), None).await;
    assert_eq!((too_long.status, too_long.code()), (StatusCode::BAD_REQUEST, "invalid_query_too_long"));
    assert_eq!(too_long.body["error"]["field"], "recipient");
    assert!(!too_long.body.to_string().contains(&long), "the refused value is not echoed");

    let blank = service.get("/v1/sandbox/pushes?user_id=%20%20", None).await;
    assert_eq!((blank.status, blank.code()), (StatusCode::BAD_REQUEST, "invalid_query_format"));
    assert_eq!(blank.body["error"]["field"], "user_id");

    let fine = service.get("/v1/sandbox/messages?recipient=maria%40example.com", None).await;
    assert_eq!(fine.status, StatusCode::OK, "{}", fine.body);
}
