use crate::support::{sign_up_body, TestService};
use axum::http::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn a_shopper_signs_up_confirms_by_email_and_logs_in() {
    let service = TestService::sandbox();
    let created = service.post("/v1/accounts", None, sign_up_body("maria@example.com")).await;
    assert_eq!(created.status, StatusCode::ACCEPTED);
    assert_eq!(created.body["status"], "confirmation_sent");

    let token = service.confirmation_token("maria@example.com").await;
    let confirmed = service.post("/v1/accounts/confirm-email", None, json!({ "token": token })).await;
    assert_eq!(confirmed.body["level"], "email_confirmed");

    let session =
        service.post("/v1/sessions", None, json!({ "email": "Maria@Example.com ", "password": "correct horse" })).await;
    assert_eq!(session.status, StatusCode::CREATED);
    let me = service.get("/v1/me", session.body["token"].as_str()).await;
    assert_eq!(me.body["email"], "maria@example.com");
    assert_eq!(me.body["level"], "email_confirmed");
    assert_eq!(me.body["account_age_days"], 0);
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_confirmation_link_expires_after_24_hours() {
    let service = TestService::sandbox();
    service.post("/v1/accounts", None, sign_up_body("late@example.com")).await;
    let token = service.confirmation_token("late@example.com").await;
    service.advance_days(1).await;
    let confirmed = service.post("/v1/accounts/confirm-email", None, json!({ "token": token })).await;
    assert_eq!(confirmed.status, StatusCode::GONE);
    assert_eq!(confirmed.code(), "confirmation_link_expired");

    let resent = service.post("/v1/accounts/resend-confirmation", None, json!({ "email": "late@example.com" })).await;
    assert_eq!(resent.status, StatusCode::ACCEPTED);
    let fresh = service.confirmation_token("late@example.com").await;
    assert_ne!(fresh, token);
    let confirmed = service.post("/v1/accounts/confirm-email", None, json!({ "token": fresh })).await;
    assert_eq!(confirmed.body["level"], "email_confirmed");
}

#[tokio::test]
async fn signing_up_with_a_used_email_answers_as_for_a_new_one_and_warns_its_owner() {
    let service = TestService::sandbox();
    let first = service.post("/v1/accounts", None, sign_up_body("twice@example.com")).await;
    let again = service.post("/v1/accounts", None, sign_up_body("TWICE@example.com")).await;
    let fresh = service.post("/v1/accounts", None, sign_up_body("new@example.com")).await;
    assert_eq!((again.status, fresh.status), (StatusCode::ACCEPTED, StatusCode::ACCEPTED));
    let shape = |body: &serde_json::Value| {
        let mut keys: Vec<String> = body.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        (keys, body["status"].clone())
    };
    assert_eq!(shape(&again.body), shape(&fresh.body), "nothing tells a used email from a new one");
    assert_eq!(again.body["email"], first.body["email"]);

    let inbox = service.get("/v1/sandbox/messages?recipient=twice@example.com", None).await;
    assert_eq!(inbox.body["messages"][0]["subject"], "Someone tried to register with your email");
    assert_eq!(inbox.body["messages"][1]["subject"], "Confirm your email");
    let users: i64 =
        service.app.store.with_connection(|c| c.query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0)).unwrap());
    assert_eq!(users, 2, "no second account for the same email");
}

#[tokio::test]
async fn a_wrong_login_password_is_refused_without_saying_which_part_was_wrong() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    let wrong =
        service.post("/v1/sessions", None, json!({ "email": "maria@example.com", "password": "wrong horse" })).await;
    let unknown =
        service.post("/v1/sessions", None, json!({ "email": "nobody@example.com", "password": "correct horse" })).await;
    assert_eq!((wrong.status, wrong.code()), (StatusCode::UNAUTHORIZED, "wrong_credentials"));
    assert_eq!(wrong.body, unknown.body);
}

#[tokio::test]
async fn logging_out_ends_the_session() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    let out = service.call(Method::DELETE, "/v1/sessions/current", Some(&shopper.token), None, None).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    assert_eq!(service.get("/v1/me", Some(&shopper.token)).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_payment_password_rules_apply_over_http() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    for (password, code) in [("123456", "sequential_run"), ("555123", "repeated_digits"), ("12345", "wrong_length")] {
        let reply = service
            .call(
                Method::PUT,
                "/v1/me/payment-password",
                Some(&shopper.token),
                None,
                Some(json!({ "password": password, "confirmation": password })),
            )
            .await;
        assert_eq!((reply.status, reply.code()), (StatusCode::BAD_REQUEST, code));
    }
    let set = service
        .call(
            Method::PUT,
            "/v1/me/payment-password",
            Some(&shopper.token),
            None,
            Some(json!({ "password": "112233", "confirmation": "112233" })),
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.body);
    assert_eq!(service.get("/v1/me", Some(&shopper.token)).await.body["has_payment_password"], true);
}

#[tokio::test]
async fn five_wrong_current_passwords_lock_changes_for_thirty_minutes() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    let put = |body: serde_json::Value| {
        service.call(Method::PUT, "/v1/me/payment-password", Some(&shopper.token), None, Some(body))
    };
    put(json!({ "password": "381947", "confirmation": "381947" })).await;
    for attempts_left in [4, 3, 2, 1] {
        let reply = put(json!({ "password": "402918", "confirmation": "402918", "current_password": "000001" })).await;
        assert_eq!(reply.code(), "wrong_payment_password");
        assert_eq!(reply.body["error"]["details"]["attempts_left"], attempts_left);
    }
    let locked = put(json!({ "password": "402918", "confirmation": "402918", "current_password": "000001" })).await;
    assert_eq!((locked.status, locked.code()), (StatusCode::LOCKED, "payment_password_locked"));
    let still_locked =
        put(json!({ "password": "402918", "confirmation": "402918", "current_password": "381947" })).await;
    assert_eq!(still_locked.code(), "payment_password_locked", "even the right password waits for the lock to pass");
    service.post("/v1/sandbox/clock/advance", None, json!({ "minutes": 30 })).await;
    let changed = put(json!({ "password": "402918", "confirmation": "402918", "current_password": "381947" })).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
}

#[tokio::test]
async fn security_questions_need_three_distinct_answered_questions() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    let put = |answers| {
        service.call(
            Method::PUT,
            "/v1/me/security-questions",
            Some(&shopper.token),
            None,
            Some(json!({ "answers": answers })),
        )
    };
    let two =
        put(json!([{ "question": "First pet?", "answer": "Rex" }, { "question": "Birth city?", "answer": "Porto" }]))
            .await;
    assert_eq!(two.code(), "too_few_questions");
    let three = put(json!([
        { "question": "First pet?", "answer": "Rex" },
        { "question": "Birth city?", "answer": "Porto" },
        { "question": "Favourite teacher?", "answer": "Ms Lima" }
    ]))
    .await;
    assert_eq!(three.status, StatusCode::OK);
    let me = service.get("/v1/me", Some(&shopper.token)).await;
    assert_eq!(me.body["security_questions"].as_array().unwrap().len(), 3);
    assert!(!me.body.to_string().contains("Rex"), "answers are never shown");
}

#[tokio::test]
async fn the_interface_language_can_be_changed() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    let changed =
        service.call(Method::PATCH, "/v1/me", Some(&shopper.token), None, Some(json!({ "language": "pt" }))).await;
    assert_eq!(changed.body["language"], "pt-BR", "a bare pt is kept as Brazilian Portuguese");
    let refused =
        service.call(Method::PATCH, "/v1/me", Some(&shopper.token), None, Some(json!({ "language": "xx" }))).await;
    assert_eq!((refused.status, refused.code()), (StatusCode::BAD_REQUEST, "unsupported_language"));
}

#[tokio::test]
async fn a_backdated_account_is_older() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper("maria@example.com").await;
    service.post(&format!("/v1/sandbox/users/{}/backdate", shopper.user_id), None, json!({ "days": 45 })).await;
    assert_eq!(service.get("/v1/me", Some(&shopper.token)).await.body["account_age_days"], 45);
}
