//! Forgotten passwords, as a shopper recovers them and as an attacker
//! would try to abuse the recovery: the login password by an emailed link,
//! the payment password by an emailed link and the security answers.

use crate::support::{Reply, Shopper, TestService, PAYMENT_PASSWORD};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

const NEW_LOGIN_PASSWORD: &str = "staple battery";
const NEW_PAYMENT_PASSWORD: &str = "529174";

async fn ask_for_reset(service: &TestService, email: &str) -> Reply {
    service.post("/v1/accounts/password-reset", None, json!({ "email": email })).await
}

async fn reset(service: &TestService, token: &str, password: &str) -> Reply {
    service.post("/v1/accounts/password-reset/complete", None, json!({ "token": token, "password": password })).await
}

async fn log_in(service: &TestService, email: &str, password: &str) -> Reply {
    service.post("/v1/sessions", None, json!({ "email": email, "password": password })).await
}

/// The token of the newest email to `email`, if one carried a link.
async fn latest_link_token(service: &TestService, email: &str) -> Option<String> {
    let sent = service.get(&format!("/v1/sandbox/messages?recipient={email}"), None).await;
    sent.body["messages"][0]["code"].as_str().map(str::to_string)
}

async fn advance_minutes(service: &TestService, minutes: u32) {
    let reply = service.post("/v1/sandbox/clock/advance", None, json!({ "minutes": minutes })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

async fn set_questions(service: &TestService, shopper: &Shopper) {
    let answers = json!({ "answers": [
        { "question": "First pet?", "answer": "Rex" },
        { "question": "Birth city?", "answer": "Porto Alegre" },
        { "question": "First school?", "answer": "Escola Azul" },
    ]});
    let set = service.call(Method::PUT, "/v1/me/security-questions", Some(&shopper.token), None, Some(answers)).await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
}

fn answers(pet: &str) -> Value {
    json!([
        { "question": "First pet?", "answer": pet },
        { "question": "Birth city?", "answer": "porto   alegre" },
        { "question": "First school?", "answer": "ESCOLA AZUL" },
    ])
}

async fn ask_for_recovery(service: &TestService, shopper: &Shopper) -> Reply {
    service.post("/v1/me/payment-password/recovery", Some(&shopper.token), json!({})).await
}

async fn recover(service: &TestService, shopper: &Shopper, token: &str, pet: &str) -> Reply {
    let body = json!({
        "token": token, "answers": answers(pet),
        "password": NEW_PAYMENT_PASSWORD, "confirmation": NEW_PAYMENT_PASSWORD,
    });
    service.post("/v1/me/payment-password/recovery/complete", Some(&shopper.token), body).await
}

/// Changing the payment password checks the current one: a wrong one
/// counts towards the payment lock like a wrong one at checkout.
async fn change_payment_password(service: &TestService, shopper: &Shopper, current: &str) -> Reply {
    let body = json!({ "password": "740265", "confirmation": "740265", "current_password": current });
    service.call(Method::PUT, "/v1/me/payment-password", Some(&shopper.token), None, Some(body)).await
}

#[tokio::test]
async fn a_forgotten_login_password_is_reset_by_the_emailed_link_once_and_every_session_ends() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;

    let asked = ask_for_reset(&service, "  Maria@Example.com ").await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);
    assert_eq!(asked.body["valid_minutes"], 30);
    let token = latest_link_token(&service, "maria@example.com").await.expect("a reset link was emailed");

    let done = reset(&service, &token, NEW_LOGIN_PASSWORD).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(done.body["email"], "maria@example.com");
    assert_eq!(done.body["sessions_ended"], 1);

    let old_session = service.get("/v1/me", Some(&maria.token)).await;
    assert_eq!(old_session.status, StatusCode::UNAUTHORIZED, "the phone signed in before is signed out");
    assert_eq!(log_in(&service, "maria@example.com", "correct horse").await.code(), "wrong_credentials");
    assert_eq!(log_in(&service, "maria@example.com", NEW_LOGIN_PASSWORD).await.status, StatusCode::CREATED);

    let again = reset(&service, &token, "another password").await;
    assert_eq!((again.status, again.code()), (StatusCode::GONE, "recovery_link_used"));
    let sent = service.get("/v1/sandbox/messages?recipient=maria@example.com", None).await;
    assert_eq!(sent.body["messages"][0]["subject"], "Your Pocket password was changed");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn asking_for_a_reset_answers_the_same_for_an_email_without_an_account_and_sends_nothing() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;

    let known = ask_for_reset(&service, "maria@example.com").await;
    let unknown = ask_for_reset(&service, "nobody@example.com").await;
    assert_eq!((known.status, &known.body), (unknown.status, &unknown.body));
    assert_eq!(latest_link_token(&service, "nobody@example.com").await, None);
}

#[tokio::test]
async fn a_reset_link_is_voided_by_a_newer_one_and_stops_working_after_thirty_minutes() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    ask_for_reset(&service, "maria@example.com").await;
    let first = latest_link_token(&service, "maria@example.com").await.unwrap();

    ask_for_reset(&service, "maria@example.com").await;
    let within_a_minute = latest_link_token(&service, "maria@example.com").await.unwrap();
    assert_eq!(within_a_minute, first, "no second mail within a minute: nobody can flood the mailbox");

    advance_minutes(&service, 2).await;
    ask_for_reset(&service, "maria@example.com").await;
    let second = latest_link_token(&service, "maria@example.com").await.unwrap();
    assert_ne!(second, first);
    assert_eq!(reset(&service, &first, NEW_LOGIN_PASSWORD).await.code(), "recovery_link_replaced");

    advance_minutes(&service, 30).await;
    let late = reset(&service, &second, NEW_LOGIN_PASSWORD).await;
    assert_eq!((late.status, late.code()), (StatusCode::GONE, "recovery_link_expired"));
    assert_eq!(reset(&service, "0123456789abcdef", NEW_LOGIN_PASSWORD).await.code(), "unknown_recovery_link");
}

#[tokio::test]
async fn a_reset_refuses_a_short_password_without_using_up_the_link_and_starts_the_wrong_login_count_over() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    for _ in 0..4 {
        assert_eq!(log_in(&service, "maria@example.com", "wrong guess").await.code(), "wrong_credentials");
    }
    assert_eq!(log_in(&service, "maria@example.com", "wrong guess").await.code(), "too_many_login_attempts");

    ask_for_reset(&service, "maria@example.com").await;
    let token = latest_link_token(&service, "maria@example.com").await.unwrap();
    let short = reset(&service, &token, "short").await;
    assert_eq!((short.status, short.code()), (StatusCode::BAD_REQUEST, "too_short"), "{}", short.body);
    assert_eq!(short.body["error"]["field"], "password");
    assert_eq!(reset(&service, &token, NEW_LOGIN_PASSWORD).await.status, StatusCode::OK);

    assert_eq!(log_in(&service, "maria@example.com", "wrong guess").await.code(), "wrong_credentials");
    assert_eq!(log_in(&service, "maria@example.com", NEW_LOGIN_PASSWORD).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_forgotten_payment_password_is_recovered_with_the_link_and_the_answers_and_the_payment_lock_lifts() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    set_questions(&service, &maria).await;
    for _ in 0..5 {
        change_payment_password(&service, &maria, "111357").await;
    }
    assert_eq!(change_payment_password(&service, &maria, PAYMENT_PASSWORD).await.code(), "payment_password_locked");

    let asked = ask_for_recovery(&service, &maria).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);
    assert_eq!(asked.body["email"], "maria@example.com");
    assert_eq!(asked.body["security_questions"], json!(["First pet?", "Birth city?", "First school?"]));
    let token = latest_link_token(&service, "maria@example.com").await.unwrap();

    let recovered = recover(&service, &maria, &token, "  REX ").await;
    assert_eq!(recovered.status, StatusCode::OK, "{}", recovered.body);
    assert_eq!(recovered.body["payment_password_set"], true);

    let with_new = change_payment_password(&service, &maria, NEW_PAYMENT_PASSWORD).await;
    assert_eq!(with_new.status, StatusCode::OK, "the lock lifted and the new password works: {}", with_new.body);
    let reused = recover(&service, &maria, &token, "Rex").await;
    assert_eq!(reused.code(), "recovery_link_used");
}

#[tokio::test]
async fn wrong_security_answers_are_counted_and_pause_recovery_even_for_the_right_answers() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    set_questions(&service, &maria).await;
    ask_for_recovery(&service, &maria).await;
    let token = latest_link_token(&service, "maria@example.com").await.unwrap();

    for attempts_left in [4, 3, 2, 1] {
        let wrong = recover(&service, &maria, &token, "Bolt").await;
        assert_eq!((wrong.status, wrong.code()), (StatusCode::FORBIDDEN, "wrong_security_answers"));
        assert_eq!(wrong.body["error"]["details"]["attempts_left"], attempts_left);
        assert!(!wrong.body.to_string().contains("Bolt"), "the answer tried is never echoed");
    }
    let locked = recover(&service, &maria, &token, "Bolt").await;
    assert_eq!((locked.status, locked.code()), (StatusCode::LOCKED, "security_answers_locked"));
    let right_while_locked = recover(&service, &maria, &token, "Rex").await;
    assert_eq!(right_while_locked.code(), "security_answers_locked");
    assert!(right_while_locked.headers.contains_key("retry-after"));
    let old_password_still_works = change_payment_password(&service, &maria, PAYMENT_PASSWORD).await;
    assert_eq!(old_password_still_works.status, StatusCode::OK, "wrong answers never lock payments");

    advance_minutes(&service, 31).await;
    ask_for_recovery(&service, &maria).await;
    let fresh = latest_link_token(&service, "maria@example.com").await.unwrap();
    assert_eq!(recover(&service, &maria, &fresh, "Rex").await.status, StatusCode::OK);
}

#[tokio::test]
async fn recovery_refuses_another_shoppers_link_a_second_mail_within_a_minute_and_an_account_without_questions() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let ivan = service.paying_shopper("ivan@example.com").await;
    set_questions(&service, &maria).await;

    let no_questions = ask_for_recovery(&service, &ivan).await;
    assert_eq!((no_questions.status, no_questions.code()), (StatusCode::CONFLICT, "security_questions_not_set"));

    assert_eq!(ask_for_recovery(&service, &maria).await.status, StatusCode::ACCEPTED);
    let too_soon = ask_for_recovery(&service, &maria).await;
    assert_eq!((too_soon.status, too_soon.code()), (StatusCode::TOO_MANY_REQUESTS, "recovery_link_cooldown"));
    let marias_link = latest_link_token(&service, "maria@example.com").await.unwrap();

    let stolen = recover(&service, &ivan, &marias_link, "Rex").await;
    assert_eq!(stolen.code(), "unknown_recovery_link", "{}", stolen.body);
    let weak =
        json!({ "token": marias_link, "answers": answers("Rex"), "password": "123456", "confirmation": "123456" });
    let refused = service.post("/v1/me/payment-password/recovery/complete", Some(&maria.token), weak).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "a weak new password is refused first: {}", refused.body);
    assert_eq!(recover(&service, &maria, &marias_link, "Rex").await.status, StatusCode::OK, "the link still works");
}

#[tokio::test]
async fn the_reset_email_is_written_in_the_shoppers_language() {
    let service = TestService::sandbox();
    let mut body = crate::support::sign_up_body("ayse@example.com");
    body["language"] = json!("tr");
    body["country"] = json!("TR");
    service.post("/v1/accounts", None, body).await;
    ask_for_reset(&service, "ayse@example.com").await;
    let sent = service.get("/v1/sandbox/messages?recipient=ayse@example.com", None).await;
    let email = &sent.body["messages"][0];
    assert_ne!(email["subject"], "Reset your Pocket password", "{email}");
    assert!(email["body"].as_str().unwrap().contains("pocket://reset-password?token="), "{email}");
    let english = sent.body["messages"][1]["subject"].as_str().unwrap();
    assert_ne!(english, "Confirm your email", "the confirmation too: {english}");
}
