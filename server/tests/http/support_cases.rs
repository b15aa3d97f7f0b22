//! Support cases, as a shopper raises them and support (the sandbox)
//! answers: a late top-up, a payment with its receipt, forgotten security
//! answers with an identity document.

use crate::support::{balance_source, usd, Reply, Shopper, TestService};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

async fn open(service: &TestService, shopper: &Shopper, body: Value) -> Reply {
    service.post("/v1/support/cases", Some(&shopper.token), body).await
}

async fn support_replies(service: &TestService, case_id: &str, message: &str, outcome: &str) -> Reply {
    let body = json!({ "message": message, "outcome": outcome });
    service.post(&format!("/v1/sandbox/support/cases/{case_id}/reply"), None, body).await
}

async fn notification_kinds(service: &TestService, shopper: &Shopper) -> Vec<String> {
    let feed = service.get("/v1/notifications", Some(&shopper.token)).await;
    feed.body["notifications"].as_array().unwrap().iter().map(|n| n["kind"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn a_late_top_up_is_raised_with_support_who_answers_and_the_shopper_hears_of_every_change() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let body = json!({ "rail": "bank_transfer", "amount": usd("100.00") });
    let top_up = service.post_money("/v1/top-ups", &maria.token, "late-1", body).await;
    let top_up_id = top_up.body["id"].as_str().unwrap().to_string();

    let opened = open(
        &service,
        &maria,
        json!({ "topic": "late_top_up", "reference": top_up_id, "message": "My transfer left my bank a week ago." }),
    )
    .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    assert_eq!(opened.body["status"], "open");
    assert_eq!(opened.body["messages"][0]["author"], "shopper");
    let case_id = opened.body["id"].as_str().unwrap().to_string();

    let answered = support_replies(&service, &case_id, "We asked your bank; it is on its way.", "answer").await;
    assert_eq!(answered.body["status"], "answered", "{}", answered.body);
    let wrote = service
        .post(&format!("/v1/support/cases/{case_id}/messages"), Some(&maria.token), json!({ "message": "Thanks!" }))
        .await;
    assert_eq!(wrote.body["status"], "open");
    let resolved = support_replies(&service, &case_id, "It arrived.", "resolve").await;
    assert_eq!(resolved.body["status"], "resolved");
    assert_eq!(resolved.body["messages"].as_array().unwrap().len(), 4);
    assert_eq!(support_replies(&service, &case_id, "Again", "answer").await.code(), "case_closed");
    let kinds = notification_kinds(&service, &maria).await;
    assert!(kinds.contains(&"support_reply".into()) && kinds.contains(&"support_resolved".into()), "{kinds:?}");

    let listed = service.get("/v1/support/cases", Some(&maria.token)).await;
    assert_eq!(listed.body["cases"][0]["id"], case_id.as_str());
}

#[tokio::test]
async fn a_case_about_a_top_up_needs_one_still_on_its_way_and_the_shoppers_own() {
    let service = TestService::sandbox();
    let mut maria = service.paying_shopper("maria@example.com").await;
    let ivan = service.paying_shopper("ivan@example.com").await;
    let body = json!({ "rail": "bank_transfer", "amount": usd("100.00") });
    let top_up = service.post_money("/v1/top-ups", &maria.token, "late-2", body).await;
    let top_up_id = top_up.body["id"].as_str().unwrap();

    let not_theirs =
        open(&service, &ivan, json!({ "topic": "late_top_up", "reference": top_up_id, "message": "Where is it?" }))
            .await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND);
    let no_reference = open(&service, &maria, json!({ "topic": "late_top_up", "message": "Where is it?" })).await;
    assert_eq!(no_reference.code(), "reference_required");

    service.advance_days(14).await;
    service.sign_in_again(&mut maria).await;
    let arrived =
        open(&service, &maria, json!({ "topic": "late_top_up", "reference": top_up_id, "message": "Where is it?" }))
            .await;
    assert_eq!((arrived.status, arrived.code()), (StatusCode::CONFLICT, "top_up_arrived"));
}

#[tokio::test]
async fn a_payment_problem_carries_its_receipt_and_nobody_else_sees_the_case() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let ivan = service.paying_shopper("ivan@example.com").await;
    service.grant(&maria, "100.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let paid = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    let unpaid = service.phone_case_order(&maria).await;

    let opened = open(
        &service,
        &maria,
        json!({ "topic": "payment_problem", "reference": order, "message": "I was charged twice for this." }),
    )
    .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    assert_eq!(opened.body["receipt"]["order_id"], order.as_str());
    assert_eq!(opened.body["receipt"]["paid"]["currency"], "USD");
    let never_paid =
        open(&service, &maria, json!({ "topic": "payment_problem", "reference": unpaid, "message": "Charged?" })).await;
    assert_eq!(never_paid.code(), "order_not_paid");

    let case_id = opened.body["id"].as_str().unwrap();
    assert_eq!(service.get("/v1/support/cases", Some(&ivan.token)).await.body["cases"], json!([]));
    let intrude = service
        .post(&format!("/v1/support/cases/{case_id}/messages"), Some(&ivan.token), json!({ "message": "hi" }))
        .await;
    assert_eq!(intrude.status, StatusCode::NOT_FOUND);
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn forgotten_security_answers_resolved_by_support_let_the_shopper_set_a_new_payment_password() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let questions = json!({ "answers": [
        { "question": "First pet?", "answer": "Rex" },
        { "question": "Birth city?", "answer": "Porto Alegre" },
        { "question": "First school?", "answer": "Escola Azul" },
    ]});
    service.call(Method::PUT, "/v1/me/security-questions", Some(&maria.token), None, Some(questions)).await;

    let no_document =
        open(&service, &maria, json!({ "topic": "forgotten_security_answers", "message": "I forgot them." })).await;
    assert_eq!((no_document.status, no_document.code()), (StatusCode::BAD_REQUEST, "document_required"));
    let opened = open(
        &service,
        &maria,
        json!({
            "topic": "forgotten_security_answers", "message": "I forgot my answers.",
            "identity_document": {
                "document_type": "national_id", "document_number": "123.456.789-09".replace('.', " "),
                "issuing_country": "BR", "name_on_document": "Maria Souza",
            },
        }),
    )
    .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    assert_eq!(opened.body["document"]["document_last4"], "8909");
    assert!(!service.all_stored_text().contains("123 456 789"), "only the number's last 4 are kept");

    let case_id = opened.body["id"].as_str().unwrap();
    let resolved =
        support_replies(&service, case_id, "We checked your document: set a new payment password.", "resolve").await;
    assert_eq!(resolved.body["status"], "resolved", "{}", resolved.body);
    let me = service.get("/v1/me", Some(&maria.token)).await;
    assert_eq!(
        (me.body["has_payment_password"].clone(), me.body["security_questions"].clone()),
        (json!(false), json!([]))
    );
    let new_password = json!({ "password": "529174", "confirmation": "529174" });
    let set = service.call(Method::PUT, "/v1/me/payment-password", Some(&maria.token), None, Some(new_password)).await;
    assert_eq!(set.status, StatusCode::OK, "no old password is asked for: {}", set.body);
}
