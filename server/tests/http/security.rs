//! The doors around the money, tried as an attacker would: guessing SMS
//! codes, replaying old ones, guessing login passwords, probing for
//! accounts, keeping a stolen session, and squeezing more out of a card the
//! shopper chose not to save.

use crate::support::{card_source, sign_up_body, usd, Reply, Shopper, TestService, PAYMENT_PASSWORD};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

const CODE_CARD: &str = "4000 0000 0000 3220";
const MARIAS_PHONE: &str = "%2B5511999990000";

async fn add_card(service: &TestService, shopper: &Shopper, number: &str, save: bool) -> String {
    let save = if save { "save" } else { "do_not_save" };
    let added = service.add_card(shopper, number, "12/30", Some(save)).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    added.body["id"].as_str().unwrap().to_string()
}

async fn pay_with_code(
    service: &TestService,
    shopper: &Shopper,
    order: &str,
    key: &str,
    card: &str,
    code: &str,
) -> Reply {
    let body = json!({ "payment_password": PAYMENT_PASSWORD, "source": card_source(card), "one_time_code": code });
    service.post_money(&format!("/v1/orders/{order}/pay"), &shopper.token, key, body).await
}

async fn latest_sms_code(service: &TestService) -> String {
    let sms = service.get(&format!("/v1/sandbox/messages?recipient={MARIAS_PHONE}"), None).await;
    sms.body["messages"][0]["code"].as_str().expect("an SMS code was sent").to_string()
}

fn a_wrong_code_for(code: &str) -> String {
    format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000)
}

async fn advance_minutes(service: &TestService, minutes: u32) {
    let reply = service.post("/v1/sandbox/clock/advance", None, json!({ "minutes": minutes })).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

async fn log_in(service: &TestService, email: &str, password: &str) -> Reply {
    service.post("/v1/sessions", None, json!({ "email": email, "password": password })).await
}

#[tokio::test]
async fn five_wrong_codes_void_the_code_and_a_new_one_needs_a_new_request() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = add_card(&service, &maria, CODE_CARD, true).await;
    let order = service.phone_case_order(&maria).await;

    let asked = service.pay(&maria, &order, "k1", card_source(&card)).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);
    assert!(asked.body["expires_at"].is_string() && asked.body["resend_after"].is_string(), "{}", asked.body);
    let code = latest_sms_code(&service).await;
    let wrong = a_wrong_code_for(&code);
    for tries_left in [4, 3, 2, 1] {
        let guess = pay_with_code(&service, &maria, &order, "k1", &card, &wrong).await;
        assert_eq!((guess.status, guess.code()), (StatusCode::FORBIDDEN, "wrong_one_time_code"));
        assert_eq!(guess.body["error"]["details"]["tries_left"], tries_left);
    }
    let fifth = pay_with_code(&service, &maria, &order, "k1", &card, &wrong).await;
    assert_eq!(fifth.code(), "one_time_code_void");
    let right_too_late = pay_with_code(&service, &maria, &order, "k1", &card, &code).await;
    assert_eq!(right_too_late.code(), "one_time_code_void", "a void code stays void, even the right one");

    let too_soon = service.pay(&maria, &order, "k1", card_source(&card)).await;
    assert_eq!((too_soon.status, too_soon.code()), (StatusCode::TOO_MANY_REQUESTS, "one_time_code_cooldown"));
    assert!(too_soon.headers.contains_key("retry-after"));
    advance_minutes(&service, 1).await;
    let asked_again = service.pay(&maria, &order, "k1", card_source(&card)).await;
    assert_eq!(asked_again.status, StatusCode::ACCEPTED, "{}", asked_again.body);
    let fresh = latest_sms_code(&service).await;
    let paid = pay_with_code(&service, &maria, &order, "k1", &card, &fresh).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn an_older_code_stops_working_once_a_newer_one_is_sent() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = add_card(&service, &maria, CODE_CARD, true).await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "k1", card_source(&card)).await;
    let old = latest_sms_code(&service).await;

    let within_a_minute = service.pay(&maria, &order, "k1", card_source(&card)).await;
    assert_eq!(within_a_minute.status, StatusCode::ACCEPTED);
    assert_eq!(latest_sms_code(&service).await, old, "asking again within a minute sends nothing new");

    advance_minutes(&service, 2).await;
    service.pay(&maria, &order, "k1", card_source(&card)).await;
    let new = latest_sms_code(&service).await;
    if old != new {
        let with_old = pay_with_code(&service, &maria, &order, "k1", &card, &old).await;
        assert_eq!(with_old.code(), "wrong_one_time_code", "the replaced code is not accepted");
    }
    let with_new = pay_with_code(&service, &maria, &order, "k1", &card, &new).await;
    assert_eq!(with_new.status, StatusCode::OK, "{}", with_new.body);
}

#[tokio::test]
async fn a_mistyped_code_then_the_right_one_on_the_same_key_pays_exactly_once() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = add_card(&service, &maria, CODE_CARD, true).await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "k1", card_source(&card)).await;
    let code = latest_sms_code(&service).await;

    let typo = pay_with_code(&service, &maria, &order, "k1", &card, &a_wrong_code_for(&code)).await;
    assert_eq!(typo.code(), "wrong_one_time_code");
    let journals_before = service.journal_count();
    let paid = pay_with_code(&service, &maria, &order, "k1", &card, &code).await;
    assert_eq!(paid.status, StatusCode::OK, "the wrong code was not the key's final answer: {}", paid.body);
    let replay = pay_with_code(&service, &maria, &order, "k1", &card, &code).await;
    assert_eq!((replay.status, replay.headers.get("idempotent-replayed").is_some()), (StatusCode::OK, true));
    assert_eq!(service.journal_count(), journals_before + 1, "one payment journal");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn codes_are_kept_only_as_keyed_hashes_and_outside_the_sandbox_not_at_all() {
    let service = TestService::production();
    let created = service.post("/v1/accounts", None, sign_up_body("maria@example.com")).await;
    assert_eq!(created.status, StatusCode::ACCEPTED);
    let stored = service.all_stored_text();
    assert!(stored.contains(pocket_server::outbox::SECRET_PLACEHOLDER), "the email waits without its link");
    let (kept_codes, confirmations, sealed): (i64, i64, String) = service.app.store.with_connection(|c| {
        let kept = c.query_row("SELECT COUNT(code) FROM sent_messages", [], |r| r.get(0)).unwrap();
        let confirmations = c.query_row("SELECT COUNT(*) FROM email_confirmations", [], |r| r.get(0)).unwrap();
        let sealed = c.query_row("SELECT sealed_secret FROM sent_messages", [], |r| r.get(0)).unwrap();
        (kept, confirmations, sealed)
    });
    assert_eq!((kept_codes, confirmations), (0, 1));
    let purpose = pocket_server::outbox::SEALED_PURPOSE;
    let link_token = service.app.config.service_key.open(purpose, "maria@example.com", &sealed).expect("it opens");
    assert!(!stored.contains(&link_token), "the link's token is stored only sealed");
    pocket_server::outbox::deliver_due(&service.app).await.unwrap();
    let after: Option<String> = service
        .app
        .store
        .with_connection(|c| c.query_row("SELECT sealed_secret FROM sent_messages", [], |r| r.get(0)).unwrap());
    assert_eq!(after, None, "sent, the sealed secret is erased");

    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    let card = add_card(&sandbox, &maria, CODE_CARD, true).await;
    let order = sandbox.phone_case_order(&maria).await;
    sandbox.pay(&maria, &order, "k1", card_source(&card)).await;
    let code = latest_sms_code(&sandbox).await;
    let token = sandbox.confirmation_token("maria@example.com").await;
    let rows = sandbox.app.store.with_connection(|c| {
        c.query_row("SELECT code_hash FROM one_time_codes", [], |r| r.get::<_, String>(0)).unwrap()
            + &c.prepare("SELECT token_hash FROM email_confirmations")
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap)
                .collect::<String>()
    });
    assert!(!rows.contains(&code) && !rows.contains(&token), "neither the code nor the link token is stored in clear");
}

#[tokio::test]
async fn wrong_logins_slow_down_then_pause_the_account_even_for_the_right_password() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    for _ in 0..3 {
        assert_eq!(log_in(&service, "maria@example.com", "guess").await.code(), "wrong_credentials");
    }
    assert_eq!(log_in(&service, "maria@example.com", "guess").await.code(), "wrong_credentials");
    let waiting = log_in(&service, "maria@example.com", "correct horse").await;
    assert_eq!((waiting.status, waiting.code()), (StatusCode::TOO_MANY_REQUESTS, "too_many_login_attempts"));
    assert_eq!(waiting.headers["retry-after"], "2");

    for _ in 4..10 {
        advance_minutes(&service, 2).await;
        assert_eq!(log_in(&service, "maria@example.com", "guess").await.code(), "wrong_credentials");
    }
    advance_minutes(&service, 2).await;
    let paused = log_in(&service, "maria@example.com", "correct horse").await;
    assert_eq!((paused.status, paused.code()), (StatusCode::LOCKED, "login_locked"));
    assert!(paused.headers.contains_key("retry-after"));

    advance_minutes(&service, 15).await;
    let back = log_in(&service, "maria@example.com", "correct horse").await;
    assert_eq!(back.status, StatusCode::CREATED, "{}", back.body);
    let after = log_in(&service, "maria@example.com", "guess").await;
    assert_eq!(after.code(), "wrong_credentials", "a right password starts the count over");
}

#[tokio::test]
async fn an_unknown_email_gets_the_same_answers_as_a_known_one_throttle_included() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for _ in 0..5 {
        known.push(log_in(&service, "maria@example.com", "guess").await);
        unknown.push(log_in(&service, "nobody@example.com", "guess").await);
    }
    for (known, unknown) in known.iter().zip(&unknown) {
        assert_eq!(known.status, unknown.status);
        assert_eq!(known.code(), unknown.code());
    }
    assert_eq!(known[4].code(), "too_many_login_attempts");
}

#[tokio::test]
async fn one_address_guessing_across_many_accounts_is_slowed_down() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    let from_one_address = |email: String| {
        let body = json!({ "email": email, "password": "guess" }).to_string().into_bytes();
        let service = &service;
        async move {
            service
                .raw_from(
                    "203.0.113.7:5000",
                    Method::POST,
                    "/v1/sessions",
                    &[("content-type", "application/json")],
                    body,
                )
                .await
        }
    };
    for n in 0..20 {
        assert_eq!(from_one_address(format!("guess{n}@example.com")).await.code(), "wrong_credentials");
    }
    assert_eq!(from_one_address("guess20@example.com".into()).await.code(), "wrong_credentials");
    let slowed = from_one_address("maria@example.com".into()).await;
    assert_eq!(slowed.code(), "too_many_login_attempts");
    let elsewhere = log_in(&service, "maria@example.com", "correct horse").await;
    assert_eq!(elsewhere.status, StatusCode::CREATED, "another address is not held up");
}

#[tokio::test]
async fn a_session_ends_after_a_week_unused_or_thirty_days_in_use() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let login = log_in(&service, "maria@example.com", "correct horse").await;
    assert!(login.body["expires_at"].is_string() && login.body["idle_expires_at"].is_string());

    service.advance_days(6).await;
    assert_eq!(service.get("/v1/me", Some(&maria.token)).await.status, StatusCode::OK, "6 days is within the week");
    for _ in 0..3 {
        service.advance_days(6).await;
        assert_eq!(service.get("/v1/me", Some(&maria.token)).await.status, StatusCode::OK, "each use moves it on");
    }
    service.advance_days(6).await;
    let ended = service.get("/v1/me", Some(&maria.token)).await;
    assert_eq!((ended.status, ended.code()), (StatusCode::UNAUTHORIZED, "session_expired"), "30 days in all");
    assert_eq!(service.get("/v1/me", Some(&maria.token)).await.code(), "session_required", "and it is gone");

    let token =
        log_in(&service, "maria@example.com", "correct horse").await.body["token"].as_str().unwrap().to_string();
    service.advance_days(7).await;
    assert_eq!(service.get("/v1/me", Some(&token)).await.code(), "session_expired", "a week unused");
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_shopper_only() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let joao = service.confirmed_shopper("joao@example.com").await;
    let other_phone =
        log_in(&service, "maria@example.com", "correct horse").await.body["token"].as_str().unwrap().to_string();
    let out = service.call(Method::DELETE, "/v1/sessions", Some(&maria.token), None, None).await;
    assert_eq!((out.status, out.body["sessions_ended"].as_i64()), (StatusCode::OK, Some(2)));
    for token in [&maria.token, &other_phone] {
        assert_eq!(service.get("/v1/me", Some(token)).await.status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(service.get("/v1/me", Some(&joao.token)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_card_not_saved_pays_once_and_is_then_gone() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = add_card(&service, &maria, "4242 4242 4242 4242", false).await;
    let first = service.phone_case_order(&maria).await;
    assert_eq!(service.pay(&maria, &first, "k1", card_source(&card)).await.status, StatusCode::OK);

    let second = service.phone_case_order(&maria).await;
    let again = service.pay(&maria, &second, "k2", card_source(&card)).await;
    assert_eq!((again.status, again.code()), (StatusCode::GONE, "unsaved_card_used"));
    let top_up = json!({ "rail": "bank_card", "amount": usd("20.00"), "card_id": card });
    let topped = service.post_money("/v1/top-ups", &maria.token, "t1", top_up).await;
    assert_eq!(topped.code(), "unsaved_card_used");
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn a_card_not_saved_lapses_unused_after_thirty_minutes() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let card = add_card(&service, &maria, "4242 4242 4242 4242", false).await;
    let order = service.phone_case_order(&maria).await;
    advance_minutes(&service, 30).await;
    assert_eq!(service.pay(&maria, &order, "k1", card_source(&card)).await.code(), "unsaved_card_used");
}

/// Over PostgreSQL the requests run as concurrent transactions, each on
/// its own snapshot: this is what the shopper's claim is for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cards_added_at_once_never_bind_a_sixth() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    for _ in 0..3 {
        add_card(&service, &maria, "4242 4242 4242 4242", true).await;
    }
    let mut cards = Vec::new();
    for _ in 0..12 {
        cards.push(service.card_body("4242424242424242", "12/30", Some("save")).await);
    }
    let at_once: Vec<_> = cards
        .into_iter()
        .map(|card| {
            let (service, token) = (service.clone(), maria.token.clone());
            tokio::spawn(async move { service.post("/v1/cards", Some(&token), card).await })
        })
        .collect();
    let mut bound = 0;
    for added in at_once {
        let added = added.await.unwrap();
        match added.status {
            StatusCode::CREATED => bound += 1,
            _ => assert_eq!(added.code(), "too_many_cards", "{}", added.body),
        }
    }
    assert_eq!(bound, 2, "3 bound cards leave room for 2");
    let listed = service.get("/v1/cards", Some(&maria.token)).await.body["cards"].as_array().unwrap().len();
    assert_eq!(listed, 5);
}

#[tokio::test]
async fn unsaved_cards_do_not_add_up_to_a_sixth_bound_card() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    for _ in 0..5 {
        add_card(&service, &maria, "4242 4242 4242 4242", true).await;
    }
    let mut unsaved = Vec::new();
    for _ in 0..3 {
        unsaved.push(add_card(&service, &maria, "5555 5555 5555 4444", false).await);
    }
    let sixth = service.add_card(&maria, "4242424242424242", "12/30", Some("save")).await;
    assert_eq!(sixth.code(), "too_many_cards");
    let listed = service.get("/v1/cards", Some(&maria.token)).await.body["cards"].as_array().unwrap().len();
    assert_eq!(listed, 5);
    let mut payments = 0;
    for (n, card) in unsaved.iter().enumerate() {
        for attempt in 0..2 {
            let order = service.phone_case_order(&maria).await;
            let paid = service.pay(&maria, &order, &format!("k{n}-{attempt}"), card_source(card)).await;
            payments += usize::from(paid.status == StatusCode::OK);
        }
    }
    assert_eq!(payments, 3, "each unsaved card paid exactly once");
}

#[tokio::test]
async fn a_huge_backdate_is_refused_rather_than_crashing() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let path = format!("/v1/sandbox/users/{}/backdate", maria.user_id);
    let reply = service.post(&path, None, json!({ "days": u32::MAX })).await;
    assert_eq!((reply.status, reply.code()), (StatusCode::BAD_REQUEST, "number_too_large"));
}

#[tokio::test]
async fn no_message_promises_a_recovery_flow_that_does_not_exist() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let order = service.phone_case_order(&maria).await;
    let mut texts: Vec<Value> = Vec::new();
    for n in 0..5 {
        let body = json!({ "payment_password": "000000", "source": { "kind": "balance", "currency": "USD" } });
        texts.push(
            service.post_money(&format!("/v1/orders/{order}/pay"), &maria.token, &format!("k{n}"), body).await.body,
        );
    }
    texts.push(log_in(&service, "maria@example.com", "guess").await.body);
    for text in texts.iter().map(Value::to_string) {
        let lower = text.to_lowercase();
        assert!(!lower.contains("forgot") && !lower.contains("reset"), "{text}");
    }
}

fn stored_payment_hash(service: &TestService, shopper: &Shopper) -> String {
    service.app.store.with_connection(|c| {
        c.query_row("SELECT payment_password_hash FROM users WHERE id = ?1", [&shopper.user_id], |r| r.get(0)).unwrap()
    })
}

#[tokio::test]
async fn a_payment_password_is_kept_as_a_keyed_hash_and_an_older_argon2_one_is_upgraded_at_its_next_right_check() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let keyed = stored_payment_hash(&service, &maria);
    assert!(keyed.starts_with("keyed-blake2s$") && !keyed.contains(PAYMENT_PASSWORD), "{keyed}");

    // A password kept before keyed hashes (Argon2) still works, once.
    let argon2 = pocket_core::password::SecretHasher::fast_for_tests().hash(PAYMENT_PASSWORD).unwrap();
    service.app.store.with_connection(|c| {
        c.execute(
            "UPDATE users SET payment_password_hash = ?1 WHERE id = ?2",
            pocket_server::params![argon2.as_phc(), maria.user_id],
        )
        .unwrap()
    });
    let body = json!({ "password": "529174", "confirmation": "529174", "current_password": "000001" });
    let wrong = service.call(Method::PUT, "/v1/me/payment-password", Some(&maria.token), None, Some(body)).await;
    assert_eq!(wrong.code(), "wrong_payment_password");
    assert!(stored_payment_hash(&service, &maria).starts_with("$argon2"), "a wrong check changes nothing");
    let order = service.phone_case_order(&maria).await;
    service.grant(&maria, "10.00", "USD").await;
    let paid = service.pay(&maria, &order, "pay-1", crate::support::balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    assert!(stored_payment_hash(&service, &maria).starts_with("keyed-blake2s$"), "upgraded at the right check");
}
