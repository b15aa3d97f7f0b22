//! Identity verification asked for by the shopper and reviewed by a person
//! (the sandbox plays the reviewer): pending until reviewed, the level and
//! the raised limits at once on approval, a reason on a refusal.

use crate::support::{Reply, Shopper, TestService};
use axum::http::StatusCode;
use serde_json::{json, Value};

fn passport(number: &str) -> Value {
    json!({
        "document_type": "passport", "document_number": number,
        "issuing_country": "BR", "name_on_document": "Maria Souza",
    })
}

async fn ask(service: &TestService, shopper: &Shopper, document: Value) -> Reply {
    service.post("/v1/me/verification", Some(&shopper.token), document).await
}

async fn review(service: &TestService, request_id: &str, decision: Value) -> Reply {
    service.post(&format!("/v1/sandbox/verifications/{request_id}/review"), None, decision).await
}

async fn balance_payment_ceiling(service: &TestService, shopper: &Shopper) -> String {
    let limits = service.get("/v1/limits", Some(&shopper.token)).await;
    let balance = limits.body["limits"].as_array().unwrap().iter().find(|l| l["method"] == "balance").cloned();
    balance.expect("a balance limit")["ceilings"]["per_payment"]["amount"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_verification_waits_for_review_and_its_approval_raises_the_level_and_the_limits_at_once() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let before = balance_payment_ceiling(&service, &maria).await;

    let asked = ask(&service, &maria, passport("FZ 123-4567")).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);
    assert_eq!(asked.body["state"], "pending");
    assert_eq!(asked.body["level"], "email_confirmed");
    assert_eq!(asked.body["document_last4"], "4567");
    assert!(!service.all_stored_text().contains("1234567"), "only the number's last 4 are kept");
    let again = ask(&service, &maria, passport("FZ 123-4567")).await;
    assert_eq!((again.status, again.code()), (StatusCode::CONFLICT, "verification_pending"));

    let request_id = asked.body["request_id"].as_str().unwrap();
    let approved = review(&service, request_id, json!({ "decision": "approve" })).await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    let now = service.get("/v1/me/verification", Some(&maria.token)).await;
    assert_eq!((now.body["state"].clone(), now.body["level"].clone()), (json!("approved"), json!("identity_verified")));
    let after = balance_payment_ceiling(&service, &maria).await;
    assert!(after.parse::<f64>().unwrap() > before.parse::<f64>().unwrap(), "{before} -> {after}");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    assert!(feed.body.to_string().contains("verification_approved"), "{}", feed.body);

    let verified = ask(&service, &maria, passport("FZ 765-4321")).await;
    assert_eq!(verified.code(), "already_verified");
    let twice = review(&service, request_id, json!({ "decision": "decline", "reason": "blurred" })).await;
    assert_eq!(twice.code(), "verification_reviewed");
}

#[tokio::test]
async fn a_declined_verification_says_why_and_another_can_be_sent() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let asked = ask(&service, &maria, passport("FZ1234567")).await;
    let request_id = asked.body["request_id"].as_str().unwrap().to_string();

    let no_reason = review(&service, &request_id, json!({ "decision": "decline" })).await;
    assert_eq!((no_reason.status, no_reason.code()), (StatusCode::BAD_REQUEST, "reason_required"));
    let declined = review(
        &service,
        &request_id,
        json!({ "decision": "decline", "reason": "The name does not match the account." }),
    )
    .await;
    assert_eq!(declined.body["state"], "declined");
    assert_eq!(declined.body["decline_reason"], "The name does not match the account.");
    assert_eq!(declined.body["level"], "email_confirmed");

    let resent = ask(&service, &maria, passport("FZ7654321")).await;
    assert_eq!((resent.status, resent.body["state"].clone()), (StatusCode::ACCEPTED, json!("pending")));
}

#[tokio::test]
async fn an_unconfirmed_account_or_a_made_up_document_cannot_be_sent_for_review() {
    let service = TestService::sandbox();
    let created = service.post("/v1/accounts", None, crate::support::sign_up_body("ivan@example.com")).await;
    assert_eq!(created.status, StatusCode::ACCEPTED);
    let session =
        service.post("/v1/sessions", None, json!({ "email": "ivan@example.com", "password": "correct horse" })).await;
    let ivan = Shopper {
        user_id: session.body["user_id"].as_str().unwrap().into(),
        email: "ivan@example.com".into(),
        token: session.body["token"].as_str().unwrap().into(),
    };
    assert_eq!(ask(&service, &ivan, passport("FZ1234567")).await.code(), "email_not_confirmed");

    let maria = service.confirmed_shopper("maria@example.com").await;
    let bad_kind = ask(
        &service,
        &maria,
        json!({
            "document_type": "library_card", "document_number": "1234",
            "issuing_country": "BR", "name_on_document": "Maria Souza",
        }),
    )
    .await;
    assert_eq!(bad_kind.status, StatusCode::BAD_REQUEST, "{}", bad_kind.body);
    let only_dashes = ask(&service, &maria, passport("- - -")).await;
    assert_eq!(only_dashes.code(), "invalid_document_number");
    assert_eq!(review(&service, "idv_nothing", json!({ "decision": "approve" })).await.status, StatusCode::NOT_FOUND);
}
