//! `make bench`: payments per second sustained by the service, beside a
//! plain SQLite insert+commit loop on the same disk settings (WAL,
//! synchronous=FULL). The ratio is the figure that matters: how much of the
//! disk's commit rate the service keeps once it checks passwords, limits
//! and the ledger.
//!
//! Then a login storm: one shopper reads her balance over and over while
//! 200 wrong logins arrive on 8 connections, with production Argon2id and
//! the login throttle off (as if every attempt came from another address
//! and account), beside the same reads with no storm: the p50 and p99 of
//! her reads show whether password hashing holds up other shoppers.
//!
//! The service runs for real on 127.0.0.1 with a file database in a temp
//! directory; clients speak HTTP/1.1 over keep-alive connections.

use std::path::Path;
use std::time::{Duration, Instant};

use pocket_core::password::ThrottlePolicy;
use pocket_server::store::Store;
use pocket_server::{App, Config};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const CLIENTS: usize = 4;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let base = std::env::temp_dir().join(format!("pocket-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);

    let sqlite_per_second = plain_sqlite_commits_per_second(&base.join("plain"), 2_000);
    println!("plain SQLite insert+commit (WAL, synchronous=FULL): {sqlite_per_second:>8.0} commits/s");

    for (label, config, payments) in [
        ("service, production Argon2id password check", Config::new(true), 80),
        ("service, cheapest Argon2id (ledger and limits only)", Config::for_tests(), 600),
    ] {
        let rate = runtime.block_on(service_payments_per_second(&base.join(label.replace(' ', "_")), config, payments));
        println!("{label:<52} {rate:>8.0} payments/s  (ratio to plain SQLite: {:.3})", rate / sqlite_per_second);
    }
    let (quiet, storm) = runtime.block_on(reads_during_a_login_storm(&base.join("storm")));
    println!(
        "balance reads, no storm:                      p50 {:>7.2} ms  p99 {:>7.2} ms",
        quiet.percentile(50.0),
        quiet.percentile(99.0)
    );
    println!(
        "balance reads, 200 wrong logins on 8 conns:   p50 {:>7.2} ms  p99 {:>7.2} ms  ({} logins hashed in {:.1} s)",
        storm.reads.percentile(50.0),
        storm.reads.percentile(99.0),
        storm.logins,
        storm.seconds
    );
    let _ = std::fs::remove_dir_all(&base);
}

const STORM_LOGINS: usize = 200;
const STORM_CONNECTIONS: usize = 8;
const READS: usize = 200;

/// Read latencies, in milliseconds.
struct Latencies(Vec<f64>);

impl Latencies {
    fn percentile(&self, percent: f64) -> f64 {
        let mut sorted = self.0.clone();
        sorted.sort_by(f64::total_cmp);
        let rank = ((percent / 100.0) * (sorted.len() - 1) as f64).round() as usize;
        sorted[rank]
    }
}

struct Storm {
    reads: Latencies,
    logins: usize,
    seconds: f64,
}

/// Reads alone, then reads while the storm runs.
async fn reads_during_a_login_storm(dir: &Path) -> (Latencies, Storm) {
    let unthrottled = ThrottlePolicy {
        free_failures: u32::MAX,
        first_delay_seconds: 0,
        max_delay_seconds: 0,
        lock_after_failures: None,
        lock_minutes: 0,
        forget_after_minutes: 60,
    };
    let config = Config { login_per_account: unthrottled, login_per_address: unthrottled, ..Config::new(true) };
    let app = App::new(Store::open(dir).unwrap(), config).unwrap();
    let server = pocket_server::start(app, "127.0.0.1:0".parse().unwrap()).await.unwrap();
    let address = server.address.to_string();
    let mut reader = Client::connect(&address).await;
    let token = reader.shopper().await;
    let quiet = reader.read_balances(&token, READS).await;

    let started = Instant::now();
    let attackers: Vec<_> = (0..STORM_CONNECTIONS)
        .map(|connection| {
            let address = address.clone();
            tokio::spawn(async move {
                let mut client = Client::connect(&address).await;
                for attempt in 0..STORM_LOGINS / STORM_CONNECTIONS {
                    let guess =
                        json!({ "email": "bench@pocket.test", "password": format!("guess-{connection}-{attempt}") });
                    let reply = client.send("POST", "/v1/sessions", None, None, guess).await;
                    assert_eq!(reply["error"]["code"], "wrong_credentials", "{reply}");
                }
            })
        })
        .collect();
    let reads = reader.read_balances(&token, READS).await;
    for attacker in attackers {
        attacker.await.unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    server.stop().await.unwrap();
    (quiet, Storm { reads, logins: STORM_LOGINS, seconds })
}

fn plain_sqlite_commits_per_second(dir: &Path, commits: usize) -> f64 {
    std::fs::create_dir_all(dir).unwrap();
    let connection = rusqlite::Connection::open(dir.join("plain.sqlite3")).unwrap();
    connection.pragma_update(None, "journal_mode", "WAL").unwrap();
    connection.pragma_update(None, "synchronous", "FULL").unwrap();
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, amount_minor INTEGER NOT NULL)", []).unwrap();
    let started = Instant::now();
    for n in 0..commits {
        connection.execute_batch("BEGIN IMMEDIATE").unwrap();
        connection.execute("INSERT INTO t (amount_minor) VALUES (?1)", [n as i64]).unwrap();
        connection.execute_batch("COMMIT").unwrap();
    }
    commits as f64 / started.elapsed().as_secs_f64()
}

async fn service_payments_per_second(dir: &Path, config: Config, payments: usize) -> f64 {
    let app = App::new(Store::open(dir).unwrap(), config).unwrap();
    let server = pocket_server::start(app, "127.0.0.1:0".parse().unwrap()).await.unwrap();
    let address = server.address.to_string();
    let mut setup = Client::connect(&address).await;
    let token = setup.shopper().await;
    let mut orders = Vec::new();
    for _ in 0..payments {
        let reply = setup
            .send(
                "POST",
                "/v1/checkout",
                Some(&token),
                None,
                json!({ "items": [
                { "product_id": "prd_phone_case", "options": { "model": "Pixel 8", "colour": "teal" }, "quantity": 1 }
            ] }),
            )
            .await;
        orders.push(reply["orders"][0]["id"].as_str().unwrap().to_string());
    }
    let started = Instant::now();
    let chunks: Vec<Vec<String>> = orders.chunks(payments.div_ceil(CLIENTS)).map(|c| c.to_vec()).collect();
    let workers: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            let (address, token) = (address.clone(), token.clone());
            tokio::spawn(async move {
                let mut client = Client::connect(&address).await;
                for order in chunk {
                    let reply = client
                        .send(
                            "POST",
                            &format!("/v1/orders/{order}/pay"),
                            Some(&token),
                            Some(&format!("bench-{order}")),
                            json!({
                                "payment_password": "381947", "source": { "kind": "balance", "currency": "USD" }
                            }),
                        )
                        .await;
                    assert_eq!(reply["order"]["status"], "paid", "{reply}");
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    let elapsed = started.elapsed();
    server.stop().await.unwrap();
    payments as f64 / elapsed.max(Duration::from_micros(1)).as_secs_f64()
}

/// The smallest HTTP/1.1 client that keeps a connection alive.
struct Client {
    stream: BufReader<TcpStream>,
}

impl Client {
    async fn connect(address: &str) -> Client {
        Client { stream: BufReader::new(TcpStream::connect(address).await.unwrap()) }
    }

    async fn send(&mut self, method: &str, path: &str, token: Option<&str>, key: Option<&str>, body: Value) -> Value {
        let body = if body.is_null() { String::new() } else { body.to_string() };
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nhost: bench\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
            body.len()
        );
        if let Some(token) = token {
            request.push_str(&format!("authorization: Bearer {token}\r\n"));
        }
        if let Some(key) = key {
            request.push_str(&format!("idempotency-key: {key}\r\n"));
        }
        request.push_str("\r\n");
        request.push_str(&body);
        self.stream.get_mut().write_all(request.as_bytes()).await.unwrap();
        self.read_response().await
    }

    async fn read_response(&mut self) -> Value {
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            head.push(self.stream.read_u8().await.unwrap());
        }
        let head = String::from_utf8(head).unwrap();
        let length: usize = head
            .lines()
            .find_map(|line| {
                line.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
            })
            .unwrap_or(0);
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body).await.unwrap();
        if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).unwrap()
        }
    }

    /// Reads the balances `times`, one after the other: each one's latency.
    async fn read_balances(&mut self, token: &str, times: usize) -> Latencies {
        let mut latencies = Vec::with_capacity(times);
        for _ in 0..times {
            let started = Instant::now();
            let reply = self.send("GET", "/v1/balances", Some(token), None, Value::Null).await;
            assert!(reply["balances"].is_array(), "{reply}");
            latencies.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        Latencies(latencies)
    }

    /// An identity-verified, year-old shopper with money to spend.
    async fn shopper(&mut self) -> String {
        let email = "bench@pocket.test";
        self.send(
            "POST",
            "/v1/accounts",
            None,
            None,
            json!({
                "email": email, "password": "bench-password", "given_name": "Bench", "family_name": "Mark",
                "address": "1 Loop Road", "phone": "+10000000000", "national_id": "X1", "country": "BR"
            }),
        )
        .await;
        let session = self
            .send("POST", "/v1/sessions", None, None, json!({ "email": email, "password": "bench-password" }))
            .await;
        let user_id = session["user_id"].as_str().unwrap().to_string();
        self.send("POST", &format!("/v1/sandbox/users/{user_id}/verify-identity"), None, None, json!({})).await;
        self.send("POST", &format!("/v1/sandbox/users/{user_id}/backdate"), None, None, json!({ "days": 400 })).await;
        self.send(
            "POST",
            "/v1/sandbox/grant",
            None,
            Some("bench-grant"),
            json!({ "user_id": user_id, "amount": { "amount": "40000.00", "currency": "USD" } }),
        )
        .await;
        let token = session["token"].as_str().unwrap().to_string();
        self.send(
            "PUT",
            "/v1/me/payment-password",
            Some(&token),
            None,
            json!({ "password": "381947", "confirmation": "381947" }),
        )
        .await;
        token
    }
}
