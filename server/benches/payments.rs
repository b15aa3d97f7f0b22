//! `make bench`: what the service sustains, beside what the disk does.
//!
//! - A plain SQLite insert+commit loop on the same settings (WAL,
//!   synchronous=FULL): the disk's single-commit rate, the yardstick.
//! - Payments through the service with the production password check
//!   (the keyed hash; Argon2id stays for logins): one shopper paying in a
//!   row (single commits: target >= 0.8 of the loop), then many shoppers at
//!   once, each write committed alone and then grouped (group commit:
//!   target >= 5x the loop), with the writes per commit.
//! - Beside those rates, each counted in a run of its own: the statements
//!   and WAL pages per payment, payments per commit and the writer thread's
//!   CPU time per payment.
//! - One shopper's balance reads (p50, p99) alone, during the payment storm
//!   and during a login storm (200 wrong logins on 8 connections with
//!   production Argon2id and the throttle off, as if every attempt came
//!   from another address and account).
//!
//! - When `POCKET_BENCH_POSTGRES` names a PostgreSQL database (`make bench`
//!   starts a throwaway cluster for it): `pgbench`'s own TPC-B rate on
//!   that cluster, then the same storm of payments through 1, 2 and 4
//!   `pocket-server` processes sharing it (target >= 0.5 of pgbench).
//!
//! The service runs for real on 127.0.0.1 with a file database in a temp
//! directory; clients speak HTTP/1.1 over keep-alive connections.

// A refusal is large by design (it carries what the shopper is told), as in
// the library.
#![allow(clippy::result_large_err)]

use std::path::Path;
use std::time::{Duration, Instant};

use pocket_core::limits::LimitMethod;
use pocket_core::money::{Currency, Money};
use pocket_core::password::ThrottlePolicy;
use pocket_server::spends::record_spend;
use pocket_server::store::{Commits, Store, WriterWork};
use pocket_server::{App, Config};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

#[path = "../tests/http/support/process.rs"]
mod process;
use process::ServiceProcess;

/// Shoppers paying at once in the storm, each on a connection of her own.
const SHOPPERS: usize = 32;
const PAYMENTS_PER_SHOPPER: usize = 20;
/// Payments by the one shopper paying in a row.
const PAYMENTS_IN_A_ROW: usize = 300;
/// Payments in a row whose writer work is counted, in a run of their own
/// (counting keeps the WAL unchecked, which would flatter the timed rate).
const COUNTED_PAYMENTS: usize = 100;
/// The long history a shopper has paid before, all inside the limits'
/// 30 days: the worst case for limits that read it.
const PAST_PAYMENTS: usize = 10_000;
const STORM_LOGINS: usize = 200;
const STORM_CONNECTIONS: usize = 8;
const READS: usize = 200;
const PAYMENT_PASSWORD: &str = "381947";

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let base = std::env::temp_dir().join(format!("pocket-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);

    let loop_per_second = plain_sqlite_commits_per_second(&base.join("plain"), 2_000);
    println!("plain SQLite insert+commit loop (WAL, synchronous=FULL): {loop_per_second:>8.0} commits/s");

    let in_a_row = runtime.block_on(payments_in_a_row(&base.join("in-a-row")));
    println!(
        "payments, 1 shopper in a row (single commits):          {in_a_row:>8.0} payments/s  ratio to the loop {:.2} (target >= 0.8)",
        in_a_row / loop_per_second
    );
    let with_history = runtime.block_on(payments_in_a_row_after_history(&base.join("in-a-row-history")));
    println!(
        "payments, 1 shopper with {PAST_PAYMENTS} past payments, in a row:   {with_history:>8.0} payments/s  ratio to a new shopper's {:.2} (target: as fast)",
        with_history / in_a_row
    );
    let row_work = runtime.block_on(counted_payments_in_a_row(&base.join("in-a-row-counted")));
    print_work("  the writer per payment, 1 shopper in a row:", &row_work, COUNTED_PAYMENTS);
    let alone = runtime.block_on(payment_storm(&base.join("one-by-one"), Commits::OneByOne));
    println!(
        "payments, {SHOPPERS} shoppers at once, each commit alone:     {:>8.0} payments/s  ratio to the loop {:.2}",
        alone.payments_per_second,
        alone.payments_per_second / loop_per_second
    );
    let grouped = runtime.block_on(payment_storm(&base.join("grouped"), Commits::Grouped));
    println!(
        "payments, {SHOPPERS} shoppers at once, group commit:          {:>8.0} payments/s  ratio to the loop {:.2} (target >= 5), {:.1} writes per commit",
        grouped.payments_per_second,
        grouped.payments_per_second / loop_per_second,
        grouped.writes_per_commit
    );
    let storm_work = runtime.block_on(counted_storm(&base.join("grouped-counted")));
    print_work(
        &format!("  the writer per payment, {SHOPPERS} shoppers, group commit:"),
        &storm_work,
        SHOPPERS * PAYMENTS_PER_SHOPPER,
    );
    let (quiet, storm) = runtime.block_on(reads_during_a_login_storm(&base.join("storm")));
    for (label, reads) in [
        ("balance reads, alone:", &quiet),
        ("balance reads, during the payment storm:", &grouped.reads),
        ("balance reads, during 200 wrong logins on 8 conns:", &storm.reads),
    ] {
        println!("{label:<56} p50 {:>7.2} ms  p99 {:>7.2} ms", reads.percentile(50.0), reads.percentile(99.0));
    }
    println!("({} wrong logins hashed in {:.1} s)", storm.logins, storm.seconds);
    postgres_runs(&runtime, &base);
    let _ = std::fs::remove_dir_all(&base);
}

/// `pgbench`'s TPC-B rate, then the payment storm through 1, 2 and 4
/// service processes over one PostgreSQL database.
fn postgres_runs(runtime: &tokio::runtime::Runtime, base: &Path) {
    let Some(url) = std::env::var("POCKET_BENCH_POSTGRES").ok().filter(|url| !url.is_empty()) else {
        println!("PostgreSQL: not measured (POCKET_BENCH_POSTGRES is not set; `make bench` sets it)");
        return;
    };
    let pgbench = std::env::var("POCKET_BENCH_PGBENCH").unwrap_or_else(|_| "pgbench".into());
    let tpc_b = pgbench_transactions_per_second(&pgbench, &url);
    println!("pgbench TPC-B on the same cluster (scale 1, {SHOPPERS} clients, 10 s):     {tpc_b:>8.0} transactions/s");
    for processes in [1, 2, 4] {
        let schema_url = pocket_server::store::create_schema(&url, "bench").unwrap();
        let rate =
            runtime.block_on(postgres_payment_storm(&base.join(format!("pg-{processes}")), &schema_url, processes));
        println!(
            "payments on PostgreSQL, {SHOPPERS} shoppers, {processes} service process(es): {rate:>8.0} payments/s  ratio to pgbench {:.2} (target >= 0.5)",
            rate / tpc_b
        );
    }
}

/// Runs `pgbench -i` then its default TPC-B-like script; its `tps`.
fn pgbench_transactions_per_second(pgbench: &str, url: &str) -> f64 {
    let run = |args: &[&str]| {
        let output = std::process::Command::new(pgbench).args(args).arg(url).output().expect("pgbench runs");
        assert!(output.status.success(), "pgbench failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    run(&["-i", "-q", "-s", "1"]);
    let clients = SHOPPERS.to_string();
    let printed = run(&["-n", "-c", &clients, "-j", "2", "-T", "10"]);
    printed
        .lines()
        .find_map(|line| line.strip_prefix("tps = "))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|tps| tps.parse().ok())
        .unwrap_or_else(|| panic!("pgbench printed no tps: {printed}"))
}

/// The payment storm with the shoppers spread over `processes` real
/// `pocket-server` processes on one PostgreSQL database.
async fn postgres_payment_storm(dir: &Path, database_url: &str, processes: usize) -> f64 {
    std::fs::create_dir_all(dir).unwrap();
    // The first process makes the schema and the service key; the others
    // start on them.
    let data_args = || -> [std::ffi::OsString; 4] {
        ["--data-dir".into(), dir.into(), "--database-url".into(), database_url.into()]
    };
    let mut services = vec![ServiceProcess::start(data_args())];
    while services.len() < processes {
        services.push(ServiceProcess::start(data_args()));
    }
    let mut payers = Vec::with_capacity(SHOPPERS);
    for shopper in 0..SHOPPERS {
        let address = services[shopper % processes].address();
        payers.push((
            address.to_string(),
            payer(address, &format!("payer{shopper}@pocket.test"), PAYMENTS_PER_SHOPPER).await,
        ));
    }
    let started = Instant::now();
    let storm: Vec<_> = payers.into_iter().map(|(address, payer)| tokio::spawn(pay_orders(address, payer))).collect();
    for payer in storm {
        payer.await.unwrap();
    }
    per_second(SHOPPERS * PAYMENTS_PER_SHOPPER, started.elapsed())
}

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

struct PaymentStorm {
    payments_per_second: f64,
    writes_per_commit: f64,
    reads: Latencies,
}

/// The service over a fresh file database, on a free loopback port.
async fn start_service(dir: &Path, config: Config, commits: Commits) -> (pocket_server::RunningServer, Store, String) {
    let store = Store::open_with(dir, commits).unwrap();
    let app = App::new(store.clone(), config, pocket_server::edges::Edges::sandbox(store.clone())).unwrap();
    let server = pocket_server::start(app, "127.0.0.1:0".parse().unwrap()).await.unwrap();
    let address = server.address.to_string();
    (server, store, address)
}

/// A shopper ready to pay: her id, her token and her unpaid orders.
struct Payer {
    user_id: String,
    token: String,
    orders: Vec<String>,
}

async fn payer(address: &str, email: &str, orders: usize) -> Payer {
    let mut client = Client::connect(address).await;
    let (user_id, token) = client.shopper(email).await;
    let mut order_ids = Vec::with_capacity(orders);
    for _ in 0..orders {
        let reply = client
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
        order_ids.push(reply["orders"][0]["id"].as_str().unwrap().to_string());
    }
    Payer { user_id, token, orders: order_ids }
}

/// Pays each of the payer's orders in turn on one connection.
async fn pay_orders(address: String, payer: Payer) {
    let mut client = Client::connect(&address).await;
    for order in payer.orders {
        let reply = client
            .send(
                "POST",
                &format!("/v1/orders/{order}/pay"),
                Some(&payer.token),
                Some(&format!("bench-{order}")),
                json!({ "payment_password": PAYMENT_PASSWORD, "source": { "kind": "balance", "currency": "USD" } }),
            )
            .await;
        assert_eq!(reply["order"]["status"], "paid", "{reply}");
    }
}

fn per_second(count: usize, elapsed: Duration) -> f64 {
    count as f64 / elapsed.max(Duration::from_micros(1)).as_secs_f64()
}

/// The storm's shoppers, each with her unpaid orders.
async fn storm_payers(address: &str) -> Vec<Payer> {
    let mut payers = Vec::with_capacity(SHOPPERS);
    for shopper in 0..SHOPPERS {
        payers.push(payer(address, &format!("payer{shopper}@pocket.test"), PAYMENTS_PER_SHOPPER).await);
    }
    payers
}

/// Every payer paying at once, each on a connection of her own; done when
/// all have paid.
async fn pay_all(address: String, payers: Vec<Payer>) {
    let paying: Vec<_> = payers.into_iter().map(|payer| tokio::spawn(pay_orders(address.clone(), payer))).collect();
    for payer in paying {
        payer.await.unwrap();
    }
}

/// One shopper paying her orders one after the other: each payment waits
/// for the last one's commit.
async fn payments_in_a_row(dir: &Path) -> f64 {
    let (server, _store, address) = start_service(dir, Config::new(true), Commits::Grouped).await;
    let payer = payer(&address, "row@pocket.test", PAYMENTS_IN_A_ROW).await;
    let started = Instant::now();
    pay_orders(address, payer).await;
    let rate = per_second(PAYMENTS_IN_A_ROW, started.elapsed());
    server.stop().await.unwrap();
    rate
}

/// The same, by a shopper who has paid [`PAST_PAYMENTS`] times in the
/// last 30 days (a cent each, so the limits still let her pay): her spends
/// written straight into the store before she starts.
async fn payments_in_a_row_after_history(dir: &Path) -> f64 {
    let (server, store, address) = start_service(dir, Config::new(true), Commits::Grouped).await;
    let payer = payer(&address, "history@pocket.test", PAYMENTS_IN_A_ROW).await;
    let user_id = payer.user_id.clone();
    store
        .write(move |tx| {
            let cent = Money::from_minor_units(1, Currency::Usd).unwrap();
            let since = chrono::Utc::now() - chrono::Duration::days(29);
            for past in 0..PAST_PAYMENTS as i64 {
                let at = since + chrono::Duration::minutes(4 * past);
                record_spend(tx, &user_id, LimitMethod::Balance, cent, at)?;
            }
            Ok::<_, pocket_server::refusals::Refusal>(())
        })
        .await
        .unwrap();
    let started = Instant::now();
    pay_orders(address, payer).await;
    let rate = per_second(PAYMENTS_IN_A_ROW, started.elapsed());
    server.stop().await.unwrap();
    rate
}

/// Many shoppers paying at once, while one more reads her balance.
async fn payment_storm(dir: &Path, commits: Commits) -> PaymentStorm {
    let (server, store, address) = start_service(dir, Config::new(true), commits).await;
    let payers = storm_payers(&address).await;
    let mut reader = Client::connect(&address).await;
    let (_, reader_token) = reader.shopper("reader@pocket.test").await;
    let commits_before = store.commits_made();
    let started = Instant::now();
    let storm = tokio::spawn(pay_all(address.clone(), payers));
    let reads = reader.read_balances(&reader_token, READS).await;
    storm.await.unwrap();
    let payments = SHOPPERS * PAYMENTS_PER_SHOPPER;
    let payments_per_second = per_second(payments, started.elapsed());
    // The reader's reads commit nothing; each payment is one write.
    let commits = (store.commits_made() - commits_before).max(1);
    server.stop().await.unwrap();
    PaymentStorm { payments_per_second, writes_per_commit: payments as f64 / commits as f64, reads }
}

/// The writer's work for one shopper's payments in a row, counted in a
/// run of its own.
async fn counted_payments_in_a_row(dir: &Path) -> WriterWork {
    let (server, store, address) = start_service(dir, Config::new(true), Commits::Grouped).await;
    let payer = payer(&address, "counted@pocket.test", COUNTED_PAYMENTS).await;
    let ((), work) = store.counting_writer_work(pay_orders(address, payer)).await.unwrap();
    server.stop().await.unwrap();
    work
}

/// The writer's work for the grouped storm, counted in a run of its own.
async fn counted_storm(dir: &Path) -> WriterWork {
    let (server, store, address) = start_service(dir, Config::new(true), Commits::Grouped).await;
    let payers = storm_payers(&address).await;
    let ((), work) = store.counting_writer_work(pay_all(address, payers)).await.unwrap();
    server.stop().await.unwrap();
    work
}

/// Statements, WAL pages and the writer's CPU per payment, and payments per
/// commit (issue 22's targets: at most 15 statements and 5 WAL pages per
/// payment, at most 60 us of writer CPU per payment at 32 shoppers).
fn print_work(label: &str, work: &WriterWork, payments: usize) {
    let (statements, wal_pages, cpu_micros) = work.per_write(payments);
    println!(
        "{label:<56} {statements:>5.1} statements, {wal_pages:>5.1} WAL pages, {cpu_micros:>6.0} us writer CPU, {:.1} payments per commit",
        payments as f64 / work.commits.max(1) as f64
    );
}

/// Reads alone, then reads while the login storm runs.
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
    let (server, _store, address) = start_service(dir, config, Commits::Grouped).await;
    let mut reader = Client::connect(&address).await;
    let (_, token) = reader.shopper("bench@pocket.test").await;
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

    /// An identity-verified, year-old shopper with money to spend and a
    /// payment password: her id and session token.
    async fn shopper(&mut self, email: &str) -> (String, String) {
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
            Some(&format!("bench-grant-{user_id}")),
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
        (user_id, token)
    }
}
