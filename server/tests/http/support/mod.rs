//! A service over an in-memory database, driven through its real router
//! with HTTP requests, as a client would.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use pocket_server::store::Store;
use pocket_server::{App, Config};
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

pub mod process;
pub mod real_edges;
pub mod staff;

#[derive(Clone)]
pub struct TestService {
    pub app: App,
    router: Router,
    /// Removed when the last handle on the service is gone.
    _data_dir: Arc<tempfile::TempDir>,
}

pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
    pub headers: HeaderMap,
}

impl Reply {
    /// The error code of an error reply.
    pub fn code(&self) -> &str {
        self.body["error"]["code"].as_str().unwrap_or("<no error code>")
    }
}

pub struct Shopper {
    pub user_id: String,
    pub email: String,
    pub token: String,
}

impl TestService {
    pub fn sandbox() -> TestService {
        TestService::with_config(Config::for_tests())
    }

    pub fn production() -> TestService {
        TestService::with_config(Config { sandbox: false, ..Config::for_tests() })
    }

    /// The service over a database file of its own, as it runs: writes
    /// through the group-committing writer, reads on the reader pool.
    fn with_config(config: Config) -> TestService {
        let data_dir = tempfile::tempdir().unwrap();
        let store = test_store(data_dir.path());
        let app = App::new(store.clone(), config, pocket_server::edges::Edges::sandbox(store)).unwrap();
        let router = pocket_server::routes::router(app.clone());
        TestService { app, router, _data_dir: Arc::new(data_dir) }
    }

    /// A service started without the sandbox over this one's data: what
    /// the sandbox set up (shoppers, paid orders) is there, its routes are not.
    pub fn same_data_outside_sandbox(&self) -> TestService {
        let store = self.app.store.clone();
        // The same service key: payment passwords and sealed secrets are
        // keyed under it.
        let config = Config { sandbox: false, ..(*self.app.config).clone() };
        let app = App::new(store.clone(), config, pocket_server::edges::Edges::sandbox(store)).unwrap();
        let router = pocket_server::routes::router(app.clone());
        TestService { app, router, _data_dir: self._data_dir.clone() }
    }

    /// A partner and a key of its granting `scopes`, made as the operator
    /// makes them (`pocket-server partner add` and `partner key`); the key's secret.
    pub fn partner_key(&self, partner_id: &str, scopes: &[pocket_server::partners::PartnerScope]) -> String {
        let now = self.app.clock.now();
        self.app
            .store
            .with_connection(|db| {
                db.in_transaction(|tx| pocket_server::partners::issue_key(tx, partner_id, scopes, now))
            })
            .unwrap()
            .secret
    }

    /// A new partner; its id.
    pub fn partner(&self, name: &str) -> String {
        let now = self.app.clock.now();
        self.app
            .store
            .with_connection(|db| db.in_transaction(|tx| pocket_server::partners::add_partner(tx, name, now)))
            .unwrap()
    }

    pub async fn raw(&self, method: Method, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
        self.raw_from("192.0.2.1:40000", method, path, headers, body).await
    }

    /// A request from the client address `peer` (as the server sees it).
    pub async fn raw_from(
        &self,
        peer: &str,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Reply {
        let peer: std::net::SocketAddr = peer.parse().unwrap();
        let mut request = Request::builder().method(method).uri(path).extension(axum::extract::ConnectInfo(peer));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self.router.clone().oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body =
            if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).expect("every answer is JSON") };
        Reply { status, body, headers }
    }

    /// A request whose answer may be a web page: the status, the headers
    /// and the body as text.
    pub async fn page(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (StatusCode, HeaderMap, String) {
        let mut request = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self.router.clone().oneshot(request.body(Body::from(body.to_string())).unwrap()).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, String::from_utf8(bytes.to_vec()).unwrap())
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        key: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let authorization = token.map(|t| format!("Bearer {t}"));
        let mut headers = vec![("content-type", "application/json")];
        if let Some(authorization) = authorization.as_deref() {
            headers.push(("authorization", authorization));
        }
        if let Some(key) = key {
            headers.push(("idempotency-key", key));
        }
        let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
        self.raw(method, path, &headers, bytes).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.call(Method::GET, path, token, None, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Reply {
        self.call(Method::POST, path, token, None, Some(body)).await
    }

    pub async fn post_money(&self, path: &str, token: &str, key: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(token), Some(key), Some(body)).await
    }

    /// Signs up (in Brazil), confirms the email from the "sent" message, logs in.
    pub async fn confirmed_shopper(&self, email: &str) -> Shopper {
        self.confirmed_shopper_in(email, "BR").await
    }

    /// The same, for a shopper living in `country` (what it offers differs:
    /// e-wallets in Russia, Boleto in Brazil).
    pub async fn confirmed_shopper_in(&self, email: &str, country: &str) -> Shopper {
        let created = self.post("/v1/accounts", None, sign_up_body_in(email, country)).await;
        assert_eq!(created.status, StatusCode::ACCEPTED, "{}", created.body);
        let token = self.confirmation_token(email).await;
        let confirmed = self.post("/v1/accounts/confirm-email", None, json!({ "token": token })).await;
        assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
        let session = self.post("/v1/sessions", None, json!({ "email": email, "password": "correct horse" })).await;
        assert_eq!(session.status, StatusCode::CREATED, "{}", session.body);
        Shopper {
            user_id: session.body["user_id"].as_str().unwrap().into(),
            email: email.into(),
            token: session.body["token"].as_str().unwrap().into(),
        }
    }

    /// Signs in again: after the clock moved past the session's idle week.
    pub async fn sign_in_again(&self, shopper: &mut Shopper) {
        let expired = self.get("/v1/me", Some(&shopper.token)).await;
        assert_eq!(expired.code(), "session_expired", "the old session ended: {}", expired.body);
        let body = json!({ "email": shopper.email, "password": "correct horse" });
        let session = self.post("/v1/sessions", None, body).await;
        assert_eq!(session.status, StatusCode::CREATED, "{}", session.body);
        shopper.token = session.body["token"].as_str().unwrap().into();
    }

    pub async fn confirmation_token(&self, email: &str) -> String {
        let sent = self.get(&format!("/v1/sandbox/messages?recipient={email}"), None).await;
        sent.body["messages"][0]["code"].as_str().expect("a confirmation email was sent").to_string()
    }

    pub async fn balance(&self, shopper: &Shopper, currency: &str) -> (String, String) {
        let reply = self.get("/v1/balances", Some(&shopper.token)).await;
        let row = reply.body["balances"].as_array().unwrap().iter().find(|b| b["currency"] == currency).cloned();
        match row {
            Some(row) => {
                (row["available"]["amount"].as_str().unwrap().into(), row["pending"]["amount"].as_str().unwrap().into())
            }
            None => ("0".into(), "0".into()),
        }
    }

    pub async fn advance_days(&self, days: u32) {
        let reply = self.post("/v1/sandbox/clock/advance", None, json!({ "days": days })).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }

    pub async fn grant(&self, shopper: &Shopper, amount: &str, currency: &str) {
        let key = format!("grant-{}-{amount}-{currency}-{}", shopper.user_id, pocket_server::ids::random_hex(4));
        let reply = self
            .call(
                Method::POST,
                "/v1/sandbox/grant",
                None,
                Some(&key),
                Some(json!({
                    "user_id": shopper.user_id, "amount": { "amount": amount, "currency": currency }
                })),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    }

    /// Asserts the ledger's invariants hold over the whole database.
    pub fn assert_ledger_healthy(&self) {
        let report = self.app.store.with_connection(pocket_server::audit::audit).unwrap();
        assert!(report.is_healthy(), "ledger broken: {:?}", report.breaks);
    }

    pub fn journal_count(&self) -> i64 {
        self.app
            .store
            .with_connection(|c| c.query_row("SELECT COUNT(*) FROM ledger_journals", [], |r| r.get(0)).unwrap())
    }
}

impl TestService {
    /// A confirmed shopper with payment password 381947.
    pub async fn paying_shopper(&self, email: &str) -> Shopper {
        self.paying_shopper_in(email, "BR").await
    }

    /// The same, living in `country`.
    pub async fn paying_shopper_in(&self, email: &str, country: &str) -> Shopper {
        let shopper = self.confirmed_shopper_in(email, country).await;
        let set = self
            .call(
                Method::PUT,
                "/v1/me/payment-password",
                Some(&shopper.token),
                None,
                Some(json!({ "password": PAYMENT_PASSWORD, "confirmation": PAYMENT_PASSWORD })),
            )
            .await;
        assert_eq!(set.status, StatusCode::OK, "{}", set.body);
        shopper
    }

    /// Checks out `items` (product id, options, quantity); returns the order ids.
    pub async fn checkout(&self, shopper: &Shopper, items: Value) -> Vec<String> {
        let reply = self.post("/v1/checkout", Some(&shopper.token), json!({ "items": items })).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
        reply.body["orders"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().to_string()).collect()
    }

    /// One phone case (3.99 USD, 45 g).
    pub async fn phone_case_order(&self, shopper: &Shopper) -> String {
        self.checkout(shopper, json!([{ "product_id": "prd_phone_case", "options": { "model": "Pixel 8", "colour": "teal" }, "quantity": 1 }]))
            .await
            .remove(0)
    }

    pub async fn pay(&self, shopper: &Shopper, order_id: &str, key: &str, source: Value) -> Reply {
        self.post_money(
            &format!("/v1/orders/{order_id}/pay"),
            &shopper.token,
            key,
            json!({ "payment_password": PAYMENT_PASSWORD, "source": source }),
        )
        .await
    }

    pub async fn order(&self, shopper: &Shopper, order_id: &str) -> Value {
        self.get(&format!("/v1/orders/{order_id}"), Some(&shopper.token)).await.body
    }

    /// Tokenizes a test card with the sandbox's card processor, as the phone
    /// does (Stripe's form; the number goes there, never to the service).
    pub async fn tokenize(&self, number: &str, expiry: &str) -> Reply {
        let (month, year) = expiry.split_once('/').expect("MM/YY");
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("type", "card")
            .append_pair("card[number]", number)
            .append_pair("card[exp_month]", month)
            .append_pair("card[exp_year]", &format!("20{year}"))
            .finish();
        let headers = [("content-type", "application/x-www-form-urlencoded"), ("authorization", "Bearer pk_sandbox")];
        self.raw(Method::POST, "/v1/sandbox/processor/v1/payment_methods", &headers, form.into_bytes()).await
    }

    /// The body of `POST /v1/cards` for a test card the phone tokenized:
    /// the processor's id, the brand, first and last four, the expiry.
    pub async fn card_body(&self, number: &str, expiry: &str, save: Option<&str>) -> Value {
        let tokenized = self.tokenize(number, expiry).await;
        assert_eq!(tokenized.status, StatusCode::OK, "{}", tokenized.body);
        let masked = pocket_core::cards::CardNumber::parse(number).expect("a test card number").masked();
        let mut body = json!({
            "payment_method": tokenized.body["id"],
            "brand": pocket_core::contract::wire_name(&masked.brand),
            "first4": masked.first4,
            "last4": masked.last4,
            "expiry": expiry,
        });
        if let Some(save) = save {
            body["save"] = json!(save);
        }
        body
    }

    /// Adds a test card as the phone does: tokenized first, then its id sent.
    pub async fn add_card(&self, shopper: &Shopper, number: &str, expiry: &str, save: Option<&str>) -> Reply {
        let body = self.card_body(number, expiry, save).await;
        self.post("/v1/cards", Some(&shopper.token), body).await
    }

    /// Every text value in every table, for leak scans.
    pub fn all_stored_text(&self) -> String {
        self.app.store.every_stored_value()
    }
}

/// The store the suite runs over: the SQLite file in `data_dir`, or, when
/// `POCKET_TEST_POSTGRES` names a PostgreSQL database, a new schema of its
/// own there (so tests running side by side never see each other's rows).
pub fn test_store(data_dir: &std::path::Path) -> Store {
    Store::open_configured(data_dir, pocket_server::store::schema_for_tests("test").as_deref()).unwrap()
}

pub const PAYMENT_PASSWORD: &str = "381947";

pub fn balance_source(currency: &str) -> Value {
    json!({ "kind": "balance", "currency": currency })
}

pub fn card_source(card_id: &str) -> Value {
    json!({ "kind": "card", "card_id": card_id })
}

pub fn sign_up_body(email: &str) -> Value {
    sign_up_body_in(email, "BR")
}

pub fn sign_up_body_in(email: &str, country: &str) -> Value {
    json!({
        "email": email,
        "password": "correct horse",
        "given_name": "Maria",
        "family_name": "Souza",
        "address": "Rua Augusta 1500, São Paulo",
        "phone": "+5511999990000",
        "national_id": "123.456.789-09",
        "country": country
    })
}

pub fn usd(amount: &str) -> Value {
    json!({ "amount": amount, "currency": "USD" })
}
