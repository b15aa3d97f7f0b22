//! A partner hears of its orders at its webhook: each event signed with
//! its own secret, carrying its id, sent from the outbox after the commit,
//! tried again when the webhook fails, listed with how it went, and sent
//! again on the partner's asking.

use std::sync::{Arc, Mutex};

use crate::support::{balance_source, TestService};
use axum::http::{HeaderMap, Method, StatusCode};
use pocket_server::partners::{PartnerScope, DEMO_PARTNER_ID};
use serde_json::{json, Value};

/// A partner's webhook on this machine: keeps what it is sent, answers
/// with the status it is told to.
#[derive(Clone)]
struct Receiver {
    url: String,
    received: Arc<Mutex<Vec<(HeaderMap, String)>>>,
    answer: Arc<Mutex<StatusCode>>,
}

impl Receiver {
    async fn start() -> Receiver {
        let received = Arc::new(Mutex::new(Vec::new()));
        let answer = Arc::new(Mutex::new(StatusCode::OK));
        let (kept, answering) = (received.clone(), answer.clone());
        let app = axum::Router::new().route(
            "/pocket-events",
            axum::routing::post(move |headers: HeaderMap, body: String| {
                let (kept, answering) = (kept.clone(), answering.clone());
                async move {
                    kept.lock().unwrap().push((headers, body));
                    *answering.lock().unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/pocket-events", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Receiver { url, received, answer }
    }

    fn answer_with(&self, status: StatusCode) {
        *self.answer.lock().unwrap() = status;
    }

    fn events(&self) -> Vec<(HeaderMap, Value)> {
        let received = self.received.lock().unwrap();
        received.iter().map(|(headers, body)| (headers.clone(), serde_json::from_str(body).unwrap())).collect()
    }

    /// Checks every event's signature as a partner would: HMAC-SHA256 of
    /// `t.body` under its secret, and the id header the body's id.
    fn assert_signed(&self, secret: &str) {
        for (headers, body) in self.received.lock().unwrap().iter() {
            let signature = headers["pocket-signature"].to_str().unwrap();
            let time: i64 = signature.split(',').next().unwrap().strip_prefix("t=").unwrap().parse().unwrap();
            assert_eq!(
                signature,
                pocket_server::webhooks::sign(secret, time, body.as_bytes()),
                "signed with the secret"
            );
            let id = serde_json::from_str::<Value>(body).unwrap()["id"].as_str().unwrap().to_string();
            assert_eq!(headers["pocket-event-id"].to_str().unwrap(), id);
        }
    }
}

fn webhook_for(service: &TestService, partner_id: &str, url: &str) -> String {
    let key = &service.app.config.service_key;
    service
        .app
        .store
        .with_connection(|db| db.in_transaction(|tx| pocket_server::partners::set_webhook(tx, key, partner_id, url)))
        .unwrap()
}

async fn deliver(service: &TestService) {
    pocket_server::outbox::deliver_due(&service.app).await.unwrap();
}

#[tokio::test]
async fn a_payment_and_a_sellers_cancel_reach_the_partners_webhook_signed_with_its_secret() {
    let service = TestService::sandbox();
    let receiver = Receiver::start().await;
    let secret = webhook_for(&service, DEMO_PARTNER_ID, &receiver.url);
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    let paid = service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    deliver(&service).await;

    let events = receiver.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let paid_event = &events[0].1;
    assert_eq!(paid_event["type"], "order.paid");
    assert_eq!(paid_event["order"]["id"], order.as_str());
    assert_eq!(paid_event["order"]["held"], json!({ "amount": "3.99", "currency": "USD" }));

    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Refunds]);
    let cancelled = service
        .call(
            Method::POST,
            &format!("/v1/partner/orders/{order}/cancel"),
            Some(&key),
            Some("cancel-1"),
            Some(json!({})),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    deliver(&service).await;
    let kinds: Vec<Value> = receiver.events().iter().map(|(_, event)| event["type"].clone()).collect();
    assert_eq!(kinds, vec![json!("order.paid"), json!("order.cancelled"), json!("order.refunded")]);
    assert_eq!(receiver.events()[2].1["refund"], json!({ "amount": "3.99", "currency": "USD" }));
    receiver.assert_signed(&secret);
    deliver(&service).await;
    assert_eq!(receiver.events().len(), 3, "each event is sent once");
}

#[tokio::test]
async fn a_failed_delivery_is_tried_again_listed_then_given_up_and_sent_again_when_the_partner_asks() {
    let service = TestService::sandbox();
    let receiver = Receiver::start().await;
    let secret = webhook_for(&service, DEMO_PARTNER_ID, &receiver.url);
    receiver.answer_with(StatusCode::INTERNAL_SERVER_ERROR);
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "pay-1", balance_source("USD")).await;
    deliver(&service).await;

    let key = service.partner_key(DEMO_PARTNER_ID, &[PartnerScope::Shipping]);
    let listed = service.get("/v1/partner/events", Some(&key)).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    let record = &listed.body["events"][0];
    assert_eq!((record["delivery"].clone(), record["attempts"].clone()), (json!("queued"), json!(1)), "{record}");
    assert_eq!(record["last_answer"], "500");
    let event_id = record["event"]["id"].as_str().unwrap().to_string();

    // Tried again as each wait passes, until the outbox gives up.
    for _ in 0..pocket_server::retries::MAX_ATTEMPTS {
        service.advance_days(1).await;
        deliver(&service).await;
    }
    let tries = receiver.events().len() as i64;
    assert_eq!(tries, pocket_server::retries::MAX_ATTEMPTS, "tried until the outbox gives up");
    let listed = service.get("/v1/partner/events", Some(&key)).await;
    assert_eq!(listed.body["events"][0]["delivery"], "failed", "{}", listed.body);

    receiver.answer_with(StatusCode::OK);
    let resent = service.post(&format!("/v1/partner/events/{event_id}/resend"), Some(&key), json!({})).await;
    assert_eq!(resent.status, StatusCode::OK, "{}", resent.body);
    assert_eq!(resent.body["delivery"], "queued");
    deliver(&service).await;
    let listed = service.get("/v1/partner/events", Some(&key)).await;
    assert_eq!(listed.body["events"][0]["delivery"], "sent", "{}", listed.body);
    assert_eq!(receiver.events().last().unwrap().1["id"], event_id.as_str(), "the same event, by its id");
    receiver.assert_signed(&secret);

    let other = service.partner("Another market");
    let others_key = service.partner_key(&other, &[PartnerScope::Shipping]);
    let not_theirs = service.post(&format!("/v1/partner/events/{event_id}/resend"), Some(&others_key), json!({})).await;
    assert_eq!(not_theirs.code(), "no_webhook", "another partner neither sees nor sends it: {}", not_theirs.body);
    assert_eq!(service.get("/v1/partner/events", Some(&others_key)).await.body["events"], json!([]));
}

#[tokio::test]
async fn a_webhook_is_reached_over_https_and_plain_http_only_on_this_machine() {
    let service = TestService::sandbox();
    let key = &service.app.config.service_key;
    let set = |url: &str| {
        service.app.store.with_connection(|db| {
            db.in_transaction(|tx| pocket_server::partners::set_webhook(tx, key, DEMO_PARTNER_ID, url))
        })
    };
    assert!(set("https://market.example/pocket-events").is_ok());
    assert!(set("http://127.0.0.1:9/pocket-events").is_ok());
    assert_eq!(set("http://market.example/pocket-events").unwrap_err().code, "insecure_webhook_url");
    assert_eq!(set("market.example").unwrap_err().code, "invalid_webhook_url");
}

#[tokio::test]
async fn a_dispute_and_the_end_of_protection_are_told_too() {
    let service = TestService::sandbox();
    let receiver = Receiver::start().await;
    webhook_for(&service, DEMO_PARTNER_ID, &receiver.url);
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let (disputed, kept) = (service.phone_case_order(&maria).await, service.phone_case_order(&maria).await);
    for (n, order) in [&disputed, &kept].into_iter().enumerate() {
        service.pay(&maria, order, &format!("pay-{n}"), balance_source("USD")).await;
        service.post(&format!("/v1/sandbox/orders/{order}/ship"), None, json!({ "tracking_number": "LP1" })).await;
        service.post(&format!("/v1/sandbox/orders/{order}/deliver"), None, json!({})).await;
    }
    let opened = service
        .post(&format!("/v1/orders/{disputed}/dispute"), Some(&maria.token), json!({ "reason": "not_as_described" }))
        .await;
    assert_eq!(opened.status, StatusCode::OK, "{}", opened.body);
    let resolution =
        json!({ "resolution": { "kind": "partial_refund", "amount": { "amount": "1.00", "currency": "USD" } } });
    let decided = service
        .call(
            Method::POST,
            &format!("/v1/sandbox/orders/{disputed}/resolve-dispute"),
            None,
            Some("decide-1"),
            Some(resolution),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);
    service.advance_days(16).await;
    deliver(&service).await;

    let told: Vec<(Value, Value)> =
        receiver.events().into_iter().map(|(_, event)| (event["type"].clone(), event["order"]["id"].clone())).collect();
    let about = |order: &str, kind: &str| told.contains(&(json!(kind), json!(order)));
    assert!(about(&disputed, "dispute.opened") && about(&disputed, "dispute.decided"), "{told:?}");
    assert!(about(&disputed, "order.refunded"), "the partial refund: {told:?}");
    assert!(about(&kept, "protection.ended"), "{told:?}");
    let decision = receiver.events().into_iter().find(|(_, event)| event["type"] == "dispute.decided").unwrap().1;
    assert_eq!(decision["resolution"]["kind"], "partial_refund");
}
