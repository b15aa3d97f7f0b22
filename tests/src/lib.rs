//! The harness for Pocket's end-to-end tests: a real `pocket-server` on
//! 127.0.0.1 (a free port, a file database in a temp folder), a fault proxy
//! in front of it, and the sandbox's seller, carrier and clock controls.
//!
//! The app core under test talks to the proxy, so a test can stop and
//! restart the service, or make it lose or delay answers, without the
//! app's service URL changing.

pub mod proxy;
pub mod staff;
pub mod ui;

/// Mailpit and stripe-mock, real services for the edges, shared with the
/// service's own suite.
#[path = "../../server/tests/http/support/real_edges.rs"]
pub mod real_edges;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use pocket_core::app::{MemorySecretStore, Pocket, PocketConfig, SecretStore, SignUpRequest};
use pocket_server::store::Store;
use pocket_server::{App, Config, RunningServer};
use serde_json::{json, Value};

pub use proxy::{FaultProxy, ProxyMode};
pub use ui::{sign_up_input, sign_up_through_the_screens, TestApp};

/// The sandbox's test cards (see the README).
pub mod test_cards {
    /// Always succeeds.
    pub const SUCCEEDS: &str = "4242424242424242";
    /// Always declined.
    pub const DECLINED: &str = "4000000000000002";
    /// Insufficient funds.
    pub const INSUFFICIENT_FUNDS: &str = "4000000000009995";
    /// Asks for a one-time SMS code.
    pub const ASKS_FOR_CODE: &str = "4000000000003220";
    /// Every test number.
    pub const ALL: [&str; 4] = [SUCCEEDS, DECLINED, INSUFFICIENT_FUNDS, ASKS_FOR_CODE];
}

/// A running service with its data folder; stop and start it at will.
pub struct TestService {
    data_dir: tempfile::TempDir,
    /// A PostgreSQL schema of its own when `POCKET_TEST_POSTGRES` names a
    /// database; else the SQLite file in `data_dir`.
    database_url: Option<String>,
    edges: Edges,
    server: Option<RunningServer>,
    /// Where the service itself listens (tests call the sandbox here).
    pub address: SocketAddr,
    /// The proxy the app talks to.
    pub proxy: FaultProxy,
    http: reqwest::Client,
}

impl TestService {
    /// Starts a sandbox service (cheap password hashing) and its proxy.
    pub async fn start() -> TestService {
        TestService::start_with(Edges::Sandbox).await
    }

    /// Starts the service as it runs for real: not the sandbox, its edges
    /// the real adapters made from `settings` (`POCKET_SMTP_URL`, Stripe's
    /// keys...), as `pocket-server serve` makes them from its environment.
    pub async fn start_outside_the_sandbox(settings: Vec<(&'static str, String)>) -> TestService {
        TestService::start_with(Edges::Real(settings)).await
    }

    async fn start_with(edges: Edges) -> TestService {
        let data_dir = tempfile::tempdir().expect("a temp folder");
        let database_url = pocket_server::store::schema_for_tests("e2e");
        let server = launch(data_dir.path(), database_url.as_deref(), "127.0.0.1:0".parse().unwrap(), &edges).await;
        let address = server.address;
        let proxy = FaultProxy::start(address).await;
        TestService {
            data_dir,
            database_url,
            edges,
            server: Some(server),
            address,
            proxy,
            http: reqwest::Client::new(),
        }
    }

    /// The URL the app uses: the proxy's.
    pub fn app_url(&self) -> String {
        self.proxy.url()
    }

    /// The service's own data folder.
    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// Stops the service (requests in flight finish; new ones find no one).
    pub async fn stop(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await.expect("the service stops cleanly");
        }
    }

    /// Starts the service again over the same database, on a new port, and
    /// points the proxy at it.
    pub async fn restart(&mut self) {
        self.stop().await;
        let listen = "127.0.0.1:0".parse().unwrap();
        let server = launch(self.data_dir.path(), self.database_url.as_deref(), listen, &self.edges).await;
        self.address = server.address;
        self.proxy.set_upstream(server.address);
        self.server = Some(server);
    }

    /// A call straight to the service (not through the proxy).
    pub async fn call(&self, method: reqwest::Method, path: &str, token: Option<&str>, body: Value) -> Value {
        let moves = method == reqwest::Method::POST;
        let mut request = self.http.request(method, format!("http://{}{}", self.address, path)).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if moves {
            // The sandbox's money moves (grant, ship, resolve) are idempotent too.
            request = request.header("Idempotency-Key", format!("sandbox-{}", unique()));
        }
        let response = request.send().await.expect("the service answers");
        let status = response.status();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "{path} answered {status}: {body}");
        body
    }

    /// The latest one-time value (email token or SMS code) sent to `recipient`.
    pub async fn last_code_sent_to(&self, recipient: &str) -> String {
        let recipient = recipient.replace('+', "%2B");
        let path = format!("/v1/sandbox/messages?recipient={recipient}");
        let messages = self.call(reqwest::Method::GET, &path, None, Value::Null).await;
        // Newest first.
        let messages = messages["messages"].as_array().expect("a message list");
        messages.first().and_then(|m| m["code"].as_str()).expect("a message was sent").to_string()
    }

    /// Credits test money to a shopper.
    pub async fn grant(&self, user_id: &str, amount: &str, currency: &str) {
        let body = json!({ "user_id": user_id, "amount": { "amount": amount, "currency": currency } });
        self.call(reqwest::Method::POST, "/v1/sandbox/grant", None, body).await;
    }

    /// As the seller: ship with a tracking number.
    pub async fn ship(&self, order_id: &str, tracking_number: &str) {
        let body = json!({ "tracking_number": tracking_number });
        self.call(reqwest::Method::POST, &format!("/v1/sandbox/orders/{order_id}/ship"), None, body).await;
    }

    /// As the carrier: deliver.
    pub async fn deliver(&self, order_id: &str) {
        self.call(reqwest::Method::POST, &format!("/v1/sandbox/orders/{order_id}/deliver"), None, json!({})).await;
    }

    /// As support: resolve a dispute (`full_refund`, `rejected`, or a
    /// partial refund body).
    pub async fn resolve_dispute(&self, order_id: &str, resolution: Value) {
        let path = format!("/v1/sandbox/orders/{order_id}/resolve-dispute");
        self.call(reqwest::Method::POST, &path, None, resolution).await;
    }

    /// Moves the sandbox clock forward.
    pub async fn advance_days(&self, days: u32) {
        self.call(reqwest::Method::POST, "/v1/sandbox/clock/advance", None, json!({ "days": days })).await;
    }

    /// Marks an account identity-verified.
    pub async fn verify_identity(&self, user_id: &str) {
        let path = format!("/v1/sandbox/users/{user_id}/verify-identity");
        self.call(reqwest::Method::POST, &path, None, json!({})).await;
    }

    /// The ledger check over the whole database; panics with the report if
    /// any invariant is broken.
    pub async fn assert_ledger_healthy(&self) {
        let report = self.call(reqwest::Method::GET, "/v1/admin/ledger/check", None, Value::Null).await;
        assert_eq!(report["healthy"], true, "the ledger check failed: {report}");
    }

    /// The ledger's invariants over the whole database, checked on the
    /// service's own store (as `pocket-server check` does): for a service
    /// outside the sandbox, which has no sandbox route to ask.
    pub fn assert_books_balance(&self) {
        let report = self.store().with_connection(pocket_server::audit::audit).expect("the audit runs");
        assert!(report.is_healthy(), "the ledger check failed: {:?}", report.breaks);
    }

    /// Sends the service an event as the card processor (Stripe) would:
    /// signed with the endpoint's secret at `signed_at`. Returns the status
    /// and the answer.
    pub async fn processor_event(&self, event: &Value, signed_at: i64) -> (u16, Value) {
        let body = event.to_string();
        let secret = real_edges::STRIPE_WEBHOOK_SECRET;
        let signature = pocket_server::edges::card_processor::sign_stripe_event(secret, body.as_bytes(), signed_at);
        let response = self
            .http
            .post(format!("http://{}/v1/card-processor/events", self.address))
            .header("content-type", "application/json")
            .header("Stripe-Signature", signature)
            .body(body)
            .send()
            .await
            .expect("the service answers");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The processor's ids of the card charges asked for, oldest first.
    pub fn card_charge_ids(&self) -> Vec<String> {
        self.store().with_connection(|c| {
            let mut statement = c.prepare("SELECT id FROM card_charges ORDER BY created_at, id").unwrap();
            let ids = statement.query_map([], |row| row.get(0)).unwrap();
            ids.collect::<Result<_, _>>().unwrap()
        })
    }

    /// The codes of the ledger journals that reference `reference` (an
    /// order, top-up or transfer), oldest first: one `..._paid` journal
    /// means charged once.
    pub fn journal_codes(&self, reference: &str) -> Vec<String> {
        self.store().with_connection(|c| {
            let mut statement = c.prepare("SELECT code FROM ledger_journals WHERE reference = ?1 ORDER BY id").unwrap();
            let codes = statement.query_map([reference], |row| row.get(0)).unwrap();
            codes.collect::<Result<_, _>>().unwrap()
        })
    }

    /// The service's database, opened beside the service, for reading
    /// what it stored.
    pub fn store(&self) -> Store {
        Store::open_configured(self.data_dir(), self.database_url.as_deref()).expect("the database opens")
    }
}

/// Which edges the service runs with.
enum Edges {
    /// The sandbox's: test cards, messages kept for reading.
    Sandbox,
    /// The real adapters, from these settings.
    Real(Vec<(&'static str, String)>),
}

async fn launch(data_dir: &Path, database_url: Option<&str>, listen: SocketAddr, edges: &Edges) -> RunningServer {
    // The service key lives beside the data, as `pocket-server serve` keeps
    // it: a restarted service still checks the payment passwords kept
    // under it.
    let (service_key, _) = pocket_server::service_key::ServiceKey::load(data_dir).expect("the service key loads");
    let store = Store::open_configured(data_dir, database_url).expect("the service's database opens");
    let (config, edges) = match edges {
        Edges::Sandbox => {
            (Config { service_key, ..Config::for_tests() }, pocket_server::edges::Edges::sandbox(store.clone()))
        }
        Edges::Real(settings) => {
            let setting = |name: &str| settings.iter().find(|(key, _)| *key == name).map(|(_, value)| value.clone());
            let edges = pocket_server::edges::Edges::from_settings(setting).expect("the real edges are set");
            (Config { service_key, sandbox: false, ..Config::for_tests() }, edges)
        }
    };
    let app = App::new(store, config, edges).unwrap();
    pocket_server::start(app, listen).await.expect("the service starts")
}

/// A phone: the app core's data folder and secret store, which survive
/// closing and reopening the app.
pub struct TestPhone {
    pub data_dir: PathBuf,
    pub secrets: Arc<MemorySecretStore>,
    _folder: tempfile::TempDir,
    service_url: String,
}

impl TestPhone {
    /// A new phone talking to `service`.
    pub fn new(service: &TestService) -> TestPhone {
        TestPhone::at(&service.app_url())
    }

    /// A new phone talking to the service at `service_url` (one this test
    /// did not start).
    pub fn at(service_url: &str) -> TestPhone {
        let folder = tempfile::tempdir().unwrap();
        TestPhone {
            data_dir: folder.path().join("pocket"),
            secrets: Arc::new(MemorySecretStore::new()),
            _folder: folder,
            service_url: service_url.to_string(),
        }
    }

    /// The service URL the phone talks to (the fault proxy's).
    pub fn service_url(&self) -> &str {
        &self.service_url
    }

    /// Opens the app core with the background work off: each test drives
    /// every step, so nothing happens behind its back.
    pub fn open(&self) -> Pocket {
        self.open_with(|config| config.background_sync = false)
    }

    /// Opens the app core with the background work on (as on a phone).
    pub fn open_in_background_mode(&self) -> Pocket {
        self.open_with(|_| {})
    }

    /// Opens with a custom configuration.
    pub fn open_with(&self, adjust: impl FnOnce(&mut PocketConfig)) -> Pocket {
        let mut config = PocketConfig::new(&self.data_dir, &self.service_url);
        config.request_timeout = Duration::from_secs(2);
        adjust(&mut config);
        let secrets: Arc<dyn SecretStore> = self.secrets.clone();
        Pocket::open(config, secrets).expect("the app core opens")
    }
}

/// The payment password every test shopper sets.
pub const PAYMENT_PASSWORD: &str = "381947";

/// Every test shopper's sign-in password.
pub const PASSWORD: &str = "correct horse battery";

/// A shopper signed in on `pocket`: signed up, email confirmed, payment
/// password set, `usd` granted. Returns the user id.
pub async fn signed_in_shopper(service: &TestService, pocket: &Pocket, email: &str, usd: &str) -> String {
    pocket.sign_up(sign_up_form(email)).await.expect("sign-up");
    let token = service.last_code_sent_to(email).await;
    pocket.confirm_email(token).await.expect("email confirmed");
    let profile = pocket.log_in(email.to_string(), PASSWORD.into()).await.expect("signed in");
    pocket
        .set_payment_password(PAYMENT_PASSWORD.into(), PAYMENT_PASSWORD.into(), None)
        .await
        .expect("payment password set");
    if usd != "0.00" {
        service.grant(&profile.user_id, usd, "USD").await;
    }
    profile.shopper.user_id
}

/// A complete sign-up form.
pub fn sign_up_form(email: &str) -> SignUpRequest {
    SignUpRequest {
        email: email.to_string(),
        password: "correct horse battery".into(),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500, São Paulo".into(),
        phone: format!("+5511{}", &unique()[..8]),
        national_id: "123.456.789-09".into(),
        country: "BR".into(),
        language: None,
    }
}

/// A one-line cart: a 3.99 USD phone case from Shenzhen.
pub fn phone_case() -> pocket_core::app::CartLine {
    pocket_core::app::CartLine {
        product_id: "prd_phone_case".into(),
        options: [("model".to_string(), "Pixel 8".to_string()), ("colour".to_string(), "teal".to_string())]
            .into_iter()
            .collect(),
        quantity: 1,
    }
}

/// A USD balance's available amount, as text.
pub async fn available_usd(pocket: &Pocket) -> String {
    let wallet = pocket.wallet().await.expect("the wallet reads");
    let usd = wallet.balances.iter().find(|b| b.currency == pocket_core::money::Currency::Usd).unwrap();
    usd.available.amount().to_string()
}

/// Waits (up to 20 s) until `check` holds; panics with `what` otherwise.
/// For the background work, which runs on its own schedule.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never happened: {what}");
}

fn unique() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("{:08}{}", n, std::process::id())
}
