//! Real services for the service's edges, started for a test on free
//! loopback ports and stopped when dropped: Mailpit (a real SMTP server whose
//! HTTP API shows what arrived) and stripe-mock (Stripe's own mock of its
//! API). `make test` installs both with `go install` into `target/tools`
//! (`POCKET_EDGE_TOOLS` names another folder).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Where `make edge-tools` puts the binaries.
pub fn tool(name: &str) -> PathBuf {
    let folder = std::env::var_os("POCKET_EDGE_TOOLS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tools"));
    let path = folder.join(name);
    assert!(path.exists(), "{} is missing: `make edge-tools` installs it (Go 1.24 or newer)", path.display());
    path
}

/// A free loopback port (bound, then let go).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A running child process, killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Mailpit: SMTP on one port, its API on another.
pub struct Mailpit {
    _process: Running,
    /// Where the service sends: `127.0.0.1:PORT`.
    pub smtp_port: u16,
    api: String,
}

/// One email as Mailpit received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub from: String,
    pub subject: String,
    pub text: String,
}

impl Mailpit {
    pub async fn start() -> Mailpit {
        Mailpit::start_with(&[]).await
    }

    /// Mailpit that takes mail only over STARTTLS, with this certificate.
    pub async fn start_with_starttls(certificate: &std::path::Path, key: &std::path::Path) -> Mailpit {
        let (certificate, key) = (certificate.to_str().unwrap(), key.to_str().unwrap());
        Mailpit::start_with(&["--smtp-tls-cert", certificate, "--smtp-tls-key", key, "--smtp-require-starttls"]).await
    }

    async fn start_with(extra_args: &[&str]) -> Mailpit {
        let (smtp_port, api_port) = (free_port(), free_port());
        let child = Command::new(tool("mailpit"))
            .args(["--smtp", &format!("127.0.0.1:{smtp_port}"), "--listen", &format!("127.0.0.1:{api_port}")])
            .args(["--disable-version-check", "--smtp-disable-rdns"])
            .args(extra_args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("mailpit starts");
        let mailpit =
            Mailpit { _process: Running(child), smtp_port, api: format!("http://127.0.0.1:{api_port}/api/v1") };
        wait_until(Duration::from_secs(20), || async {
            reqwest::get(format!("{}/messages", mailpit.api)).await.is_ok()
        })
        .await
        .expect("mailpit answers");
        mailpit
    }

    /// `smtp://127.0.0.1:PORT`: plain SMTP, which the service allows to a
    /// relay on this machine only.
    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.smtp_port)
    }

    /// Every email that arrived, oldest first.
    pub async fn messages(&self) -> Vec<Received> {
        let list: Value = reqwest::get(format!("{}/messages", self.api)).await.unwrap().json().await.unwrap();
        let mut received = Vec::new();
        for summary in list["messages"].as_array().cloned().unwrap_or_default().iter().rev() {
            let id = summary["ID"].as_str().unwrap();
            let message: Value =
                reqwest::get(format!("{}/message/{id}", self.api)).await.unwrap().json().await.unwrap();
            received.push(Received {
                to: message["To"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|to| to["Address"].as_str().unwrap().to_string())
                    .collect(),
                from: message["From"]["Address"].as_str().unwrap_or_default().to_string(),
                subject: message["Subject"].as_str().unwrap_or_default().to_string(),
                text: message["Text"].as_str().unwrap_or_default().to_string(),
            });
        }
        received
    }

    /// The emails to `address`, waiting up to 15 s for at least `count`.
    pub async fn wait_for(&self, address: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let to_address: Vec<Received> =
                self.messages().await.into_iter().filter(|m| m.to.iter().any(|to| to == address)).collect();
            if to_address.len() >= count || Instant::now() > deadline {
                return to_address;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// A certificate authority of the test's own and a certificate it signed for
/// `localhost` (openssl): what a private mail relay would present. Returns
/// the CA's certificate, the relay's certificate and its key.
pub fn relay_certificates(folder: &std::path::Path) -> (PathBuf, PathBuf, PathBuf) {
    let path = |name: &str| folder.join(name);
    let openssl = |args: &[&str]| {
        let status = Command::new("openssl").args(args).stdout(Stdio::null()).stderr(Stdio::null()).status();
        assert!(status.expect("openssl runs").success(), "openssl {args:?}");
    };
    let (ca_key, ca, key, request, certificate, extensions) =
        (path("ca.key"), path("ca.pem"), path("relay.key"), path("relay.csr"), path("relay.pem"), path("relay.ext"));
    let s = |p: &PathBuf| p.to_str().unwrap().to_string();
    std::fs::write(&extensions, "subjectAltName=DNS:localhost,IP:127.0.0.1\n").unwrap();
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        &s(&ca_key),
        "-out",
        &s(&ca),
        "-days",
        "2",
        "-subj",
        "/CN=Pocket test CA",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        &s(&key),
        "-out",
        &s(&request),
        "-subj",
        "/CN=localhost",
    ]);
    openssl(&[
        "x509",
        "-req",
        "-in",
        &s(&request),
        "-CA",
        &s(&ca),
        "-CAkey",
        &s(&ca_key),
        "-CAcreateserial",
        "-out",
        &s(&certificate),
        "-days",
        "2",
        "-extfile",
        &s(&extensions),
    ]);
    (ca, certificate, key)
}

/// The `token` of the first `scheme://path?token=...` link in `text`.
pub fn link_token(text: &str, link_start: &str) -> String {
    let start = text.find(link_start).unwrap_or_else(|| panic!("no {link_start} link in: {text}")) + link_start.len();
    text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect()
}

/// Polls `ready` until it is true or `limit` passes.
pub async fn wait_until<F, Fut>(limit: Duration, mut ready: F) -> Result<(), ()>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if ready().await {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(())
}

/// stripe-mock: Stripe's API as Stripe publishes it, validating every
/// request and answering from fixtures. Stateless: it remembers nothing,
/// declines nothing and runs no 3-D Secure; outcomes come as the events a
/// test signs as Stripe would.
pub struct StripeMock {
    _process: Running,
    /// `http://127.0.0.1:PORT`.
    pub api_url: String,
}

/// A test secret key: stripe-mock takes any `sk_test_` key (and refuses a
/// publishable one, so the phone's tokenization against it uses this too).
pub const STRIPE_TEST_KEY: &str = "sk_test_pocket";
/// The webhook endpoint's signing secret the tests configure and sign with.
pub const STRIPE_WEBHOOK_SECRET: &str = "whsec_pocket_test";

impl StripeMock {
    pub async fn start() -> StripeMock {
        let port = free_port();
        let child = Command::new(tool("stripe-mock"))
            .args(["-http-port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("stripe-mock starts");
        let stripe = StripeMock { _process: Running(child), api_url: format!("http://127.0.0.1:{port}") };
        let client = reqwest::Client::new();
        wait_until(Duration::from_secs(20), || async {
            let asked =
                client.get(format!("{}/v1/customers", stripe.api_url)).bearer_auth(STRIPE_TEST_KEY).send().await;
            asked.is_ok_and(|answer| answer.status().is_success())
        })
        .await
        .expect("stripe-mock answers");
        stripe
    }

    /// The service's settings for this Stripe.
    pub fn settings(&self) -> Vec<(&'static str, String)> {
        vec![
            ("POCKET_STRIPE_API_URL", self.api_url.clone()),
            ("POCKET_STRIPE_SECRET_KEY", STRIPE_TEST_KEY.to_string()),
            ("POCKET_STRIPE_PUBLISHABLE_KEY", STRIPE_TEST_KEY.to_string()),
            ("POCKET_STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET.to_string()),
        ]
    }
}
