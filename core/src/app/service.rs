//! HTTP to the Pocket service: reqwest over rustls (no OpenSSL on phones),
//! timeouts on every call, and a short backoff for reads.
//!
//! Only HTTPS leaves the phone, redirects included ([`check_service_url`]):
//! plain HTTP is allowed only to the sandbox on the developer's own machine,
//! as a desktop, the Android emulator or the iOS simulator reaches it.
//! Android's network security config does not govern sockets opened by
//! Rust, so the rule lives here. Certificates are checked by the platform
//! (rustls-platform-verifier): Android's trust manager, Apple's Security
//! framework, the system's roots on Linux. A CA the phone trusts (its
//! network security config, an enterprise's, a developer's debugging proxy)
//! is trusted here too, and the library carries no root store of its own.
//!
//! Money-moving calls are not retried here: the outbox owns their retries
//! (with [`retry_with_backoff`], as the reads here), so each retry reuses
//! the idempotency key saved before the first attempt.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::Value;

/// Header the service sets on a replayed answer.
use crate::contract::paths::{IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER};

/// What came back from one call.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The JSON body (`Null` when empty).
    pub body: Value,
    /// The service replayed a stored answer for this idempotency key.
    pub replayed: bool,
}

impl Answer {
    /// 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body of a 2xx, or the service's refusal as the shell's error.
    pub fn into_body(self) -> Result<Value, super::PocketError> {
        if self.is_success() {
            Ok(self.body)
        } else {
            Err(super::PocketError::from_service(self.status, &self.body))
        }
    }
}

/// The call did not get a usable answer: the action may or may not have
/// happened, so only a retry with the same key is safe.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Unanswered {
    /// Could not connect, or the connection broke before the answer.
    #[error("the service could not be reached ({0})")]
    Unreachable(String),
    /// No answer in time.
    #[error("the service did not answer in time")]
    TimedOut,
    /// The service failed (5xx): its work was rolled back, retrying is safe.
    #[error("the service failed ({0})")]
    ServiceFailed(u16),
}

/// Hosts a plain-HTTP sandbox may live on: this machine, and the host
/// machine as the Android emulator (10.0.2.2) and Genymotion (10.0.3.2)
/// see it. The iOS simulator shares the Mac's `localhost`.
const SANDBOX_HOSTS: [&str; 6] = ["localhost", "127.0.0.1", "[::1]", "::1", "10.0.2.2", "10.0.3.2"];

/// Whether `url` may be used, and whether it is encrypted: `https://`
/// anywhere; `http://` only to a sandbox host ([`SANDBOX_HOSTS`]).
pub(crate) fn check_service_url(url: &str) -> Result<bool, String> {
    let refuse = || {
        format!(
            "the service URL must start with https:// (plain http:// only reaches a sandbox on this computer or its emulator): {url}"
        )
    };
    if let Some(rest) = url.strip_prefix("https://") {
        return if rest.is_empty() { Err(refuse()) } else { Ok(true) };
    }
    let rest = url.strip_prefix("http://").ok_or_else(refuse)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(refuse());
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => format!("[{}", v6.split(']').next().unwrap_or_default()) + "]",
        None => authority.split(':').next().unwrap_or_default().to_string(),
    };
    let host = host.to_ascii_lowercase();
    let loopback = host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback());
    if SANDBOX_HOSTS.contains(&host.as_str()) || loopback {
        Ok(false)
    } else {
        Err(refuse())
    }
}

/// An HTTP client builder whose certificates the platform checks, and
/// that refuses anything but HTTPS (redirects included) when `encrypted`.
pub(crate) fn http_client(encrypted: bool) -> Result<reqwest::ClientBuilder, String> {
    Ok(reqwest::Client::builder().use_preconfigured_tls(platform_tls()?).https_only(encrypted))
}

/// TLS 1.2 and 1.3 through rustls and ring, verified by the platform.
fn platform_tls() -> Result<rustls::ClientConfig, String> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let tls_error = |error: rustls::Error| format!("cannot set up TLS: {error}");
    Ok(rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?
        .with_platform_verifier()
        .map_err(tls_error)?
        .with_no_client_auth())
}

/// A client for one service URL.
#[derive(Clone)]
pub(crate) struct ServiceClient {
    http: reqwest::Client,
    base_url: String,
    timeout: Duration,
}

impl ServiceClient {
    /// A client with `timeout` for a whole request.
    pub fn new(base_url: &str, timeout: Duration) -> Result<ServiceClient, String> {
        let encrypted = check_service_url(base_url)?;
        let http = http_client(encrypted)?
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .timeout(timeout)
            .user_agent(concat!("pocket-core/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| format!("cannot build the HTTP client: {error}"))?;
        Ok(ServiceClient { http, base_url: base_url.trim_end_matches('/').to_string(), timeout })
    }

    /// The full URL of a path on the service.
    pub fn url_of(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// How long a whole request may take.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// One call, no retries.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        idempotency_key: Option<&str>,
        body: Option<&Value>,
        timeout: Option<Duration>,
    ) -> Result<Answer, Unanswered> {
        let mut request = self.http.request(method, format!("{}{}", self.base_url, path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(key) = idempotency_key {
            request = request.header(IDEMPOTENCY_KEY_HEADER, key);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        if let Some(timeout) = timeout {
            request = request.timeout(timeout);
        }
        let response = request.send().await.map_err(unanswered)?;
        let status = response.status();
        let replayed = response.headers().contains_key(REPLAYED_HEADER);
        let bytes = response.bytes().await.map_err(unanswered)?;
        if status.is_server_error() {
            return Err(Unanswered::ServiceFailed(status.as_u16()));
        }
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).map_err(|_| Unanswered::Unreachable(bad_answer(status)))?
        };
        Ok(Answer { status: status.as_u16(), body, replayed })
    }

    /// A read, tried up to three times with a short backoff (200 ms, 400 ms)
    /// when the service cannot be reached.
    pub async fn read(&self, path: &str, token: Option<&str>) -> Result<Answer, Unanswered> {
        let read = || self.call(Method::GET, path, token, None, None, None);
        retry_with_backoff(3, Duration::from_millis(200), |_| true, read).await
    }
}

fn unanswered(error: reqwest::Error) -> Unanswered {
    if error.is_timeout() {
        Unanswered::TimedOut
    } else {
        // reqwest's message names the URL, never a body, so no secret can
        // leak through it.
        Unanswered::Unreachable(error.without_url().to_string())
    }
}

fn bad_answer(status: StatusCode) -> String {
    format!("an answer that is not JSON, status {status}")
}

/// Trying again with doubling waits, for the service reads here and the
/// outbox's sends within a call; it knows nothing of what it retries.
///
/// Runs `attempt` up to `tries` times while `worth_retrying` says its
/// failure is, sleeping `first_delay` after the first failure and twice as
/// long after each next one. The last outcome is returned.
pub(crate) async fn retry_with_backoff<T, E, Fut>(
    tries: u32,
    first_delay: Duration,
    worth_retrying: impl Fn(&E) -> bool,
    mut attempt: impl FnMut() -> Fut,
) -> Result<T, E>
where
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut delay = first_delay;
    for _ in 1..tries {
        match attempt().await {
            Err(error) if worth_retrying(&error) => {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            outcome => return outcome,
        }
    }
    attempt().await
}

#[cfg(test)]
mod url_tests {
    use super::check_service_url;

    #[test]
    fn https_is_used_everywhere_and_http_only_for_a_sandbox_beside_the_emulator() {
        assert_eq!(check_service_url("https://api.pocket.example"), Ok(true));
        for sandbox in [
            "http://127.0.0.1:8080",
            "http://localhost:8080/",
            "http://10.0.2.2:8080",
            "http://[::1]:8080",
            "http://127.0.0.5",
        ] {
            assert_eq!(check_service_url(sandbox), Ok(false), "{sandbox}");
        }
        for refused in [
            "http://api.pocket.example",
            "http://192.168.1.20:8080",
            "http://10.0.2.2.evil.example",
            "http://localhost@evil.example",
            "http://localhost.evil.example",
            "http://127.evil.example",
            "ftp://api.pocket.example",
            "api.pocket.example",
            "https://",
        ] {
            assert!(check_service_url(refused).unwrap_err().contains("https://"), "{refused}");
        }
    }
}
