//! `pocket-server serve [--data-dir DIR] [--database-url URL] [--listen ADDR] [--sandbox]`,
//! `pocket-server check [--data-dir DIR] [--database-url URL]`, and the
//! partners' keys: `pocket-server partner add|key|revoke ...`.
// A refusal is the library's error as it is (see lib.rs).
#![allow(clippy::result_large_err)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use pocket_server::app::SessionPolicy;
use pocket_server::edges::Edges;
use pocket_server::service_key::{KeySource, ServiceKey};
use pocket_server::store::Store;
use pocket_server::{demo, App, Config};

const USAGE: &str = "\
pocket-server: the Pocket service

USAGE:
  pocket-server serve [--data-dir DIR] [--database-url URL] [--listen ADDR] [--sandbox]
  pocket-server check [--data-dir DIR] [--database-url URL]
  pocket-server partner add NAME                        a marketplace; prints its id
  pocket-server partner key PARTNER_ID --scopes LIST    an API key for it, shown once;
                   LIST is comma-separated: catalogue,shipping,refunds
  pocket-server partner revoke KEY_ID                   the key is refused from now on
  pocket-server partner webhook PARTNER_ID URL          where it hears of its orders; prints
                   the signing secret once (uses the service key, as serve does)
  (each takes --data-dir and --database-url like check)
  pocket-server staff add EMAIL --role ROLE             a member of staff at /staff: support,
                   compliance, finance or admin; prints the first password and the
                   TOTP link for an authenticator app, once

OPTIONS:
  --data-dir DIR   where the SQLite database lives (default: ./.pocket-data),
                   and the service key when POCKET_SERVICE_KEY is not set
  --database-url URL
                   run over PostgreSQL instead of SQLite: a postgres:// URL
                   or a key-value string (host=/run/postgresql dbname=pocket).
                   Several processes may share one database. The
                   POCKET_DATABASE_URL environment variable sets it too
  --listen ADDR    address to listen on (default: 127.0.0.1:8080; the
                   POCKET_LISTEN environment variable overrides it, e.g.
                   0.0.0.0:8080 so an emulator or a phone can reach it)
  --sandbox        sandbox mode: movable clock, readable emails and SMS codes,
                   seller actions, and a seeded demo shopper
  --session-idle-hours N     a session unused this long ends (default 168)
  --session-lifetime-days N  a session ends this long after sign-in (default 30)

ENVIRONMENT:
  POCKET_SERVICE_KEY  the service's secret key (64 hex digits) for one-time
                      codes and sealed messages; without it the key lives in
                      DIR/service.key, made on first start

  Outside --sandbox, what leaves the service (docs/DEPLOYING.md):
  POCKET_STRIPE_SECRET_KEY, POCKET_STRIPE_PUBLISHABLE_KEY, POCKET_STRIPE_WEBHOOK_SECRET
                      required: the Stripe account's secret key (sk_...), the
                      public key phones tokenize cards with (pk_...), and the
                      webhook endpoint's signing secret (whsec_...) for
                      POST /v1/card-processor/events (POCKET_STRIPE_API_URL,
                      default https://api.stripe.com)
  POCKET_SMTP_URL     required: smtps://USER:PASSWORD@HOST:465, or
                      smtp://USER:PASSWORD@HOST:587?tls=required (STARTTLS);
                      plain smtp:// only to a relay on this machine
  POCKET_MAIL_FROM    required: the sender, e.g. Pocket <no-reply@example.com>
  POCKET_SMTP_CA_FILE a PEM root certificate to trust for the relay
  POCKET_SMS_ACCOUNT_SID, POCKET_SMS_AUTH_TOKEN, POCKET_SMS_FROM
                      an SMS gateway of Twilio's Messages API shape
                      (POCKET_SMS_API_URL, default https://api.twilio.com)
  POCKET_FCM_CREDENTIALS_FILE
                      the Firebase project's service account JSON, for pushes
                      to Android (POCKET_FCM_API_URL to point elsewhere)
  POCKET_APNS_KEY_FILE, POCKET_APNS_KEY_ID, POCKET_APNS_TEAM_ID, POCKET_APNS_TOPIC
                      the team's .p8 key, its id, the team and the app's
                      bundle id, for pushes to iPhones (POCKET_APNS_API_URL,
                      default https://api.push.apple.com)
";

struct Options {
    command: String,
    /// The words after the command that are not options (`partner add NAME`).
    words: Vec<String>,
    /// `--scopes catalogue,shipping`.
    scopes: Option<String>,
    /// `--role support`.
    role: Option<String>,
    data_dir: PathBuf,
    database_url: Option<String>,
    listen: String,
    sandbox: bool,
    sessions: SessionPolicy,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        command: args.first().cloned().unwrap_or_default(),
        words: Vec::new(),
        scopes: None,
        role: None,
        data_dir: PathBuf::from(".pocket-data"),
        database_url: std::env::var("POCKET_DATABASE_URL").ok().filter(|url| !url.is_empty()),
        listen: "127.0.0.1:8080".into(),
        sandbox: false,
        sessions: SessionPolicy::default(),
    };
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--data-dir" => options.data_dir = rest.next().ok_or("--data-dir needs a directory")?.into(),
            "--database-url" => options.database_url = Some(rest.next().ok_or("--database-url needs a URL")?.clone()),
            "--listen" => options.listen = rest.next().ok_or("--listen needs an address")?.clone(),
            "--sandbox" => options.sandbox = true,
            "--session-idle-hours" => options.sessions.idle_hours = positive(rest.next(), arg)?,
            "--session-lifetime-days" => options.sessions.lifetime_days = positive(rest.next(), arg)?,
            "--role" => {
                options.role = Some(rest.next().ok_or("--role needs support, compliance, finance or admin")?.clone())
            }
            "--scopes" => {
                options.scopes = Some(rest.next().ok_or("--scopes needs a list: catalogue,shipping,refunds")?.clone())
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            word => options.words.push(word.to_string()),
        }
    }
    if let Ok(listen) = std::env::var("POCKET_LISTEN") {
        options.listen = listen;
    }
    Ok(options)
}

fn positive(value: Option<&String>, option: &str) -> Result<i64, String> {
    value
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{option} needs a whole number above 0"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    let options = match parse(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match options.command.as_str() {
        "serve" => serve(options),
        "check" => check(options),
        "partner" => partner(options),
        "staff" => staff(options),
        other => {
            eprintln!("unknown command {other}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The store the options name: PostgreSQL at `--database-url`, else the
/// SQLite file in `--data-dir`.
fn open_store(options: &Options) -> Result<Store, String> {
    Store::open_configured(&options.data_dir, options.database_url.as_deref()).map_err(|error| {
        match options.database_url {
            Some(_) => format!("cannot open the PostgreSQL database: {error}"),
            None => format!("cannot open the database in {}: {error}", options.data_dir.display()),
        }
    })
}

fn check(options: Options) -> ExitCode {
    let store = match open_store(&options) {
        Ok(store) => store,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    match store.with_connection(pocket_server::audit::audit) {
        Ok(report) => {
            println!("{} accounts, {} journals, {} legs checked", report.accounts, report.journals, report.legs);
            for broken in &report.breaks {
                println!("BROKEN: {broken}");
            }
            if report.is_healthy() {
                println!("the ledger is healthy");
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(error) => {
            eprintln!("the check failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `partner add NAME`, `partner key PARTNER_ID --scopes LIST`,
/// `partner revoke KEY_ID`: the operator's door to partners until the staff
/// console has one. A key's secret is printed once and kept only as a hash.
fn partner(options: Options) -> ExitCode {
    use pocket_server::partners::{add_partner, issue_key, revoke_key, set_webhook, PartnerScope};
    let store = match open_store(&options) {
        Ok(store) => store,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let now = chrono::Utc::now();
    let words: Vec<&str> = options.words.iter().map(String::as_str).collect();
    let done = match words.as_slice() {
        ["add", name] => store
            .with_connection(|db| db.in_transaction(|tx| add_partner(tx, name, now)))
            .map(|id| format!("partner {id}")),
        ["key", partner_id] => {
            let named = options.scopes.as_deref().unwrap_or_default().split(',').filter(|s| !s.trim().is_empty());
            let scopes: Result<Vec<PartnerScope>, String> = named
                .map(|name| {
                    PartnerScope::from_name(name.trim())
                        .ok_or(format!("unknown scope {name}: catalogue, shipping or refunds"))
                })
                .collect();
            let scopes = match scopes {
                Ok(scopes) => scopes,
                Err(message) => {
                    eprintln!("{message}");
                    return ExitCode::from(2);
                }
            };
            store.with_connection(|db| db.in_transaction(|tx| issue_key(tx, partner_id, &scopes, now))).map(|key| {
                format!(
                    "key {}\nsecret {}\n(the secret is shown this once: give it to the partner now)",
                    key.key_id, key.secret
                )
            })
        }
        ["webhook", partner_id, url] => {
            let service_key = match ServiceKey::load(&options.data_dir) {
                Ok((key, _)) => key,
                Err(error) => {
                    eprintln!("cannot load the service key: {error}");
                    return ExitCode::FAILURE;
                }
            };
            store
                .with_connection(|db| db.in_transaction(|tx| set_webhook(tx, &service_key, partner_id, url)))
                .map(|secret| format!("signing secret {secret}\n(shown this once: the partner checks each event's Pocket-Signature with it)"))
        }
        ["revoke", key_id] => store
            .with_connection(|db| db.in_transaction(|tx| revoke_key(tx, key_id, now)))
            .map(|()| format!("key {key_id} revoked")),
        _ => {
            eprintln!("partner takes: add NAME | key PARTNER_ID --scopes LIST | revoke KEY_ID | webhook PARTNER_ID URL\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match done {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(refusal) => {
            eprintln!("{}: {}", refusal.code, refusal.message);
            ExitCode::FAILURE
        }
    }
}

/// `staff add EMAIL --role ROLE`: a member of staff, with a first password
/// and a TOTP secret printed once (the service keeps a hash and a sealed
/// secret).
fn staff(options: Options) -> ExitCode {
    use pocket_core::password::SecretHasher;
    use pocket_server::staff::{add_staff, FirstPassword, StaffRole};
    let words: Vec<&str> = options.words.iter().map(String::as_str).collect();
    let (["add", email], Some(role)) = (words.as_slice(), options.role.as_deref().and_then(StaffRole::from_name))
    else {
        eprintln!("staff takes: add EMAIL --role support|compliance|finance|admin\n\n{USAGE}");
        return ExitCode::from(2);
    };
    let store = match open_store(&options) {
        Ok(store) => store,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let service_key = match ServiceKey::load(&options.data_dir) {
        Ok((key, _)) => key,
        Err(error) => {
            eprintln!("cannot load the service key: {error}");
            return ExitCode::FAILURE;
        }
    };
    let now = chrono::Utc::now();
    let added = FirstPassword::new(&SecretHasher::production()).and_then(|first| {
        store.with_connection(|db| db.in_transaction(|tx| add_staff(tx, &first, &service_key, email, role, now)))
    });
    match added {
        Ok(member) => {
            println!("staff {}", member.staff_id);
            println!("password {}", member.password);
            println!("totp {}", member.totp_link);
            println!("(shown this once: the password and the TOTP link go to {email} over a channel you trust)");
            ExitCode::SUCCESS
        }
        Err(refusal) => {
            eprintln!("{}: {}", refusal.code, refusal.message);
            ExitCode::FAILURE
        }
    }
}

fn serve(options: Options) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("POCKET_LOG").unwrap_or_else(|_| "info".into()))
        .init();
    let listen: SocketAddr = match options.listen.parse() {
        Ok(listen) => listen,
        Err(_) => {
            eprintln!("--listen takes an address such as 127.0.0.1:8080, not {}", options.listen);
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    runtime.block_on(async move {
        let store = match open_store(&options) {
            Ok(store) => store,
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::FAILURE;
            }
        };
        let (service_key, key_source) = match ServiceKey::load(&options.data_dir) {
            Ok(loaded) => loaded,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        };
        let edges = match edges_for(options.sandbox, &store) {
            Ok(edges) => edges,
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::FAILURE;
            }
        };
        let config = Config { sessions: options.sessions, service_key, ..Config::new(options.sandbox) };
        let app = App::new(store, config, edges).expect("the clock is readable");
        if options.sandbox {
            if let Err(error) = demo::seed(&app).await {
                eprintln!("seeding the demo shopper failed: {}", error.message);
                return ExitCode::FAILURE;
            }
        }
        let server = match pocket_server::start(app, listen).await {
            Ok(server) => server,
            Err(error) => {
                eprintln!("cannot listen on {listen}: {error}");
                return ExitCode::FAILURE;
            }
        };
        let data = match &options.database_url {
            Some(_) => "data in PostgreSQL".to_string(),
            None => format!("data in {}", options.data_dir.display()),
        };
        print_welcome(&server.base_url(), options.sandbox, &data, &key_source);
        stop_requested().await;
        println!("\nstopping: finishing requests in flight...");
        match server.stop().await {
            Ok(()) => {
                println!("stopped cleanly");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("the server stopped with an error: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

/// The sandbox's edges, or the real ones from the environment: outside the
/// sandbox the service does not start while one it needs is missing.
fn edges_for(sandbox: bool, store: &Store) -> Result<Edges, String> {
    if sandbox {
        return Ok(Edges::sandbox(store.clone()));
    }
    Edges::from_settings(|name| std::env::var(name).ok()).map_err(|problems| {
        let named: Vec<String> = problems.iter().map(|problem| format!("  - {problem}")).collect();
        format!(
            "pocket-server does not start outside --sandbox until its edges to the world are set:\n{}\n(--sandbox keeps every message for a developer to read instead)",
            named.join("\n")
        )
    })
}

/// Ctrl-C, or SIGTERM (what a process manager sends to stop a service):
/// either stops the service after the requests in flight.
async fn stop_requested() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn print_welcome(base_url: &str, sandbox: bool, data: &str, key_source: &KeySource) {
    println!("Pocket service listening on {base_url} ({data})");
    println!("  Service key: {key_source}");
    println!("  API:     {base_url}/v1/openapi.json");
    if !sandbox {
        return;
    }
    println!(
        "  Sandbox mode. Demo shopper: {} / {} (payment password {})",
        demo::DEMO_EMAIL,
        demo::DEMO_PASSWORD,
        demo::DEMO_PAYMENT_PASSWORD
    );
    println!("  Try:");
    println!("    curl -s -X POST {base_url}/v1/sessions -H 'content-type: application/json' \\");
    println!("         -d '{{\"email\":\"{}\",\"password\":\"{}\"}}'", demo::DEMO_EMAIL, demo::DEMO_PASSWORD);
    println!("    curl -s {base_url}/v1/balances -H 'authorization: Bearer <token>'");
    println!("    curl -s -X POST {base_url}/v1/sandbox/clock/advance -H 'content-type: application/json' -d '{{\"days\":7}}'");
    println!("  From the Android emulator the host is 10.0.2.2: start with POCKET_LISTEN=0.0.0.0:8080.");
    println!("  Ctrl-C stops the service.");
}
