//! Several `pocket-server` processes on one database, as a deployment runs
//! them: real processes of the built binary, each with its own writer and
//! readers, sharing the sandbox's demo shopper (150.00 USD, payment
//! password 381947). The money stays right across them, one key is charged
//! once whichever process it reaches, and a process killed with SIGKILL in
//! the middle of payments loses and duplicates nothing.

use std::process::Command;

use pocket_server::demo::{DEMO_EMAIL, DEMO_PASSWORD, DEMO_PAYMENT_PASSWORD};
use serde_json::{json, Value};

use crate::support::process::ServiceProcess;

/// One 3.99 USD phone case: 37 of them fit in the demo shopper's 150.00.
const PHONE_CASE_CENTS: i64 = 399;
const DEMO_BALANCE_CENTS: i64 = 15_000;

/// Where the processes keep their data: a folder (the SQLite file and the
/// service key), and, when `POCKET_TEST_POSTGRES` names a PostgreSQL
/// database, a new schema there that they all share instead of the file.
struct Deployment {
    data_dir: tempfile::TempDir,
    database_url: Option<String>,
}

impl Deployment {
    fn new() -> Deployment {
        let database_url = pocket_server::store::schema_for_tests("processes");
        Deployment { data_dir: tempfile::tempdir().unwrap(), database_url }
    }

    /// A `pocket-server serve --sandbox` process of this deployment.
    fn start(&self) -> ServiceProcess {
        ServiceProcess::start(self.args())
    }

    /// `--data-dir DIR [--database-url URL]`.
    fn args(&self) -> Vec<std::ffi::OsString> {
        let mut args = vec!["--data-dir".into(), self.data_dir.path().as_os_str().to_owned()];
        if let Some(url) = &self.database_url {
            args.extend(["--database-url".into(), url.into()]);
        }
        args
    }
}

/// A status and a body.
struct Answer {
    status: u16,
    body: Value,
    replayed: bool,
}

async fn send(
    base_url: &str,
    method: reqwest::Method,
    path: &str,
    token: Option<&str>,
    key: Option<&str>,
    body: Value,
) -> Option<Answer> {
    let mut request = reqwest::Client::new().request(method, format!("{base_url}{path}"));
    if !body.is_null() {
        request = request.json(&body);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    // A process killed mid-request answers nothing: that is `None`.
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let replayed = response.headers().contains_key("idempotent-replayed");
    let body = response.json().await.unwrap_or(Value::Null);
    Some(Answer { status, body, replayed })
}

async fn sign_in(process: &ServiceProcess) -> String {
    let signed_in = send(
        &process.base_url,
        reqwest::Method::POST,
        "/v1/sessions",
        None,
        None,
        json!({ "email": DEMO_EMAIL, "password": DEMO_PASSWORD }),
    )
    .await
    .expect("the service answers");
    assert_eq!(signed_in.status, 201, "{}", signed_in.body);
    signed_in.body["token"].as_str().unwrap().to_string()
}

async fn phone_case_orders(process: &ServiceProcess, token: &str, count: usize) -> Vec<String> {
    let mut orders = Vec::with_capacity(count);
    for _ in 0..count {
        let items = json!({ "items": [
            { "product_id": "prd_phone_case", "options": { "model": "Pixel 8", "colour": "teal" }, "quantity": 1 }
        ] });
        let checkout = send(&process.base_url, reqwest::Method::POST, "/v1/checkout", Some(token), None, items)
            .await
            .expect("the service answers");
        assert_eq!(checkout.status, 201, "{}", checkout.body);
        orders.push(checkout.body["orders"][0]["id"].as_str().unwrap().to_string());
    }
    orders
}

async fn pay(base_url: String, token: String, order_id: String) -> Option<Answer> {
    let body = json!({ "payment_password": DEMO_PAYMENT_PASSWORD, "source": { "kind": "balance", "currency": "USD" } });
    let path = format!("/v1/orders/{order_id}/pay");
    send(&base_url, reqwest::Method::POST, &path, Some(&token), Some(&format!("pay-{order_id}")), body).await
}

async fn usd_available_cents(process: &ServiceProcess, token: &str) -> i64 {
    let balances = send(&process.base_url, reqwest::Method::GET, "/v1/balances", Some(token), None, Value::Null)
        .await
        .expect("the service answers");
    let usd = balances.body["balances"].as_array().unwrap().iter().find(|b| b["currency"] == "USD").unwrap().clone();
    let text = usd["available"]["amount"].as_str().unwrap().replace('.', "");
    text.parse().unwrap()
}

fn assert_ledger_healthy(deployment: &Deployment) {
    let check = Command::new(env!("CARGO_BIN_EXE_pocket-server"))
        .arg("check")
        .args(deployment.args())
        .output()
        .expect("the check runs");
    let printed = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success() && printed.contains("the ledger is healthy"), "{printed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn payments_through_two_processes_never_overdraw_one_balance() {
    let deployment = Deployment::new();
    let first = deployment.start();
    let second = deployment.start();
    let token = sign_in(&first).await;
    let orders = phone_case_orders(&first, &token, 45).await;

    let payments: Vec<_> = orders
        .iter()
        .enumerate()
        .map(|(n, order)| {
            let process = if n % 2 == 0 { &first } else { &second };
            tokio::spawn(pay(process.base_url.clone(), token.clone(), order.clone()))
        })
        .collect();
    let (mut paid, mut refused) = (0, 0);
    for payment in payments {
        let answer = payment.await.unwrap().expect("both processes answer");
        match answer.status {
            200 => paid += 1,
            422 => {
                assert_eq!(answer.body["error"]["code"], "insufficient_funds", "{}", answer.body);
                refused += 1;
            }
            other => panic!("a payment answered {other}: {}", answer.body),
        }
    }

    let fits = DEMO_BALANCE_CENTS / PHONE_CASE_CENTS;
    assert_eq!((paid, refused), (fits, 45 - fits), "every payment that fits is paid, none beyond");
    let left = usd_available_cents(&second, &token).await;
    assert_eq!(left, DEMO_BALANCE_CENTS - fits * PHONE_CASE_CENTS, "never below zero");
    assert_ledger_healthy(&deployment);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_key_sent_to_two_processes_at_once_charges_once() {
    let deployment = Deployment::new();
    let first = deployment.start();
    let second = deployment.start();
    let token = sign_in(&first).await;
    let order = phone_case_orders(&first, &token, 1).await.remove(0);

    let (a, b) = tokio::join!(
        pay(first.base_url.clone(), token.clone(), order.clone()),
        pay(second.base_url.clone(), token.clone(), order.clone())
    );
    let (a, b) = (a.expect("the first answers"), b.expect("the second answers"));

    assert_eq!((a.status, b.status), (200, 200), "{} / {}", a.body, b.body);
    assert_eq!(a.body, b.body, "the same answer from both");
    assert!(a.replayed != b.replayed, "one ran it, the other replayed its answer");
    assert_eq!(usd_available_cents(&first, &token).await, DEMO_BALANCE_CENTS - PHONE_CASE_CENTS);
    assert_ledger_healthy(&deployment);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_process_killed_mid_payment_loses_and_duplicates_nothing_while_another_serves() {
    let deployment = Deployment::new();
    let mut doomed = deployment.start();
    let survivor = deployment.start();
    let token = sign_in(&survivor).await;
    let orders = phone_case_orders(&survivor, &token, 20).await;

    let mut in_flight = tokio::task::JoinSet::new();
    for order in &orders {
        in_flight.spawn(pay(doomed.base_url.clone(), token.clone(), order.clone()));
    }
    // Killed as soon as the first payment is answered: the others are in
    // flight, queued for the writer, or not yet read.
    let first = in_flight.join_next().await.unwrap().unwrap().expect("the first payment is answered");
    assert_eq!(first.status, 200, "{}", first.body);
    doomed.kill();
    let mut answered_before_the_kill = 1;
    while let Some(payment) = in_flight.join_next().await {
        if let Some(answer) = payment.unwrap() {
            assert_eq!(answer.status, 200, "{}", answer.body);
            answered_before_the_kill += 1;
        }
    }
    eprintln!("{answered_before_the_kill} of {} payments were answered before the kill", orders.len());

    // The phone sends every payment again, with its key, to the survivor.
    let mut replayed = 0;
    for order in &orders {
        let answer = pay(survivor.base_url.clone(), token.clone(), order.clone()).await.expect("the survivor answers");
        assert_eq!(answer.status, 200, "{}", answer.body);
        replayed += usize::from(answer.replayed);
    }

    assert!(replayed >= answered_before_the_kill, "what was answered before the kill is replayed, not run again");
    let paid = orders.len() as i64;
    assert_eq!(
        usd_available_cents(&survivor, &token).await,
        DEMO_BALANCE_CENTS - paid * PHONE_CASE_CENTS,
        "each order charged once"
    );
    assert_ledger_healthy(&deployment);
}

async fn clock_offset_seconds(process: &ServiceProcess) -> i64 {
    let clock = send(&process.base_url, reqwest::Method::GET, "/v1/sandbox/clock", None, None, Value::Null)
        .await
        .expect("the service answers");
    clock.body["offset_seconds"].as_i64().unwrap()
}

async fn advance_days(process: &ServiceProcess, days: u32) -> i64 {
    let advanced = send(
        &process.base_url,
        reqwest::Method::POST,
        "/v1/sandbox/clock/advance",
        None,
        None,
        json!({ "days": days }),
    )
    .await
    .expect("the service answers");
    assert_eq!(advanced.status, 200, "{}", advanced.body);
    advanced.body["offset_seconds"].as_i64().unwrap()
}

/// Every process hears of every commit (PostgreSQL announces them; over
/// SQLite each process watches the file), so a shopper's long-poll wakes
/// wherever it waits.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_long_poll_on_one_process_wakes_for_a_payment_made_through_another() {
    let deployment = Deployment::new();
    let (first, second) = (deployment.start(), deployment.start());
    let token = sign_in(&first).await;
    let order = phone_case_orders(&first, &token, 1).await.remove(0);
    let feed = send(&second.base_url, reqwest::Method::GET, "/v1/notifications", Some(&token), None, Value::Null)
        .await
        .expect("the service answers");
    let last_seen = feed.body["notifications"].as_array().unwrap().iter().filter_map(|n| n["id"].as_i64()).max();

    let wait_seconds = 30;
    let long_poll = format!("/v1/notifications?after={}&wait_seconds={wait_seconds}", last_seen.unwrap_or(0));
    let started = std::time::Instant::now();
    let waiting = send(&second.base_url, reqwest::Method::GET, &long_poll, Some(&token), None, Value::Null);
    let paying = async {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        pay(first.base_url.clone(), token.clone(), order.clone()).await
    };
    let (news, paid) = tokio::join!(waiting, paying);
    assert_eq!(paid.expect("the payment is answered").status, 200);
    let news = news.expect("the long-poll is answered");
    assert!(!news.body["notifications"].as_array().unwrap().is_empty(), "{}", news.body);
    // Woken by the payment, not by the end of its wait.
    assert!(started.elapsed().as_secs() < wait_seconds / 2, "the long-poll answered only at its end");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_sandbox_clock_moved_through_one_process_is_every_processs_clock() {
    let deployment = Deployment::new();
    let first = deployment.start();
    let second = deployment.start();
    const DAY: i64 = 86_400;

    advance_days(&first, 2).await;
    let both = advance_days(&second, 3).await;
    assert_eq!(both, 5 * DAY, "each advance counts once, whichever process took it");

    // The first process follows the stored clock within its next tick.
    let mut seen = clock_offset_seconds(&first).await;
    for _ in 0..50 {
        if seen == both {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        seen = clock_offset_seconds(&first).await;
    }
    assert_eq!(seen, both);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_started_together_on_a_new_folder_share_one_schema_and_one_key() {
    let deployment = Deployment::new();
    let (first, second) = std::thread::scope(|scope| {
        let first = scope.spawn(|| deployment.start());
        let second = scope.spawn(|| deployment.start());
        (first.join().unwrap(), second.join().unwrap())
    });
    let token = sign_in(&first).await;
    let orders = phone_case_orders(&second, &token, 2).await;

    // The demo's payment password was kept under whichever process's key
    // came first: both check it, so the key is one.
    for (process, order) in [(&first, &orders[0]), (&second, &orders[1])] {
        let paid = pay(process.base_url.clone(), token.clone(), order.clone()).await.expect("it answers");
        assert_eq!(paid.status, 200, "{}", paid.body);
    }
    assert_ledger_healthy(&deployment);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_process_asked_to_stop_with_sigterm_finishes_and_exits_cleanly() {
    let deployment = Deployment::new();
    let mut process = deployment.start();
    let token = sign_in(&process).await;
    assert!(!token.is_empty());

    let pid = process.child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs");
    assert!(sent.success());
    let exited = process.child.wait().expect("it exits");

    assert!(exited.success(), "a process manager's stop is a clean stop, not a crash: {exited}");
    assert_ledger_healthy(&deployment);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_service_given_a_data_folder_that_does_not_exist_makes_it_for_its_key() {
    let deployment = Deployment::new();
    let new_folder = deployment.data_dir.path().join("new").join("pocket");
    let mut args: Vec<std::ffi::OsString> = vec!["--data-dir".into(), new_folder.clone().into()];
    if let Some(url) = &deployment.database_url {
        args.extend(["--database-url".into(), url.into()]);
    }
    let process = ServiceProcess::start(args);
    assert!(!sign_in(&process).await.is_empty(), "it serves");
    assert!(new_folder.join("service.key").exists(), "the key was made in the new folder");
}
