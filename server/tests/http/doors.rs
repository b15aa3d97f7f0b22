//! The doors a public service cannot leave open: clients too slow to send a
//! request, too many connections, a header sent twice, a body that is not
//! JSON. The connection limits are tested over real TCP against the service
//! as `pocket-server serve` runs it, with short limits.

use std::time::Duration;

use axum::http::{Method, StatusCode};
use pocket_server::http::listen::ConnectionLimits;
use pocket_server::store::Store;
use pocket_server::{App, Config, RunningServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::TestService;

/// How long a test waits for something that must happen at once.
const PROMPTLY: Duration = Duration::from_secs(5);

async fn served_with(limits: ConnectionLimits) -> (RunningServer, tempfile::TempDir) {
    let data_dir = tempfile::tempdir().unwrap();
    let config = Config { connections: limits, ..Config::for_tests() };
    let store = Store::open(data_dir.path()).unwrap();
    let app = App::new(store.clone(), config, pocket_server::edges::Edges::sandbox(store)).unwrap();
    (pocket_server::start(app, "127.0.0.1:0".parse().unwrap()).await.unwrap(), data_dir)
}

fn limits(header_seconds: u64, body_seconds: u64, max_connections: usize) -> ConnectionLimits {
    ConnectionLimits {
        header_read_timeout: Duration::from_secs(header_seconds),
        body_read_timeout: Duration::from_secs(body_seconds),
        max_connections,
    }
}

/// Everything the service sends until it closes the connection; `None` if
/// it is still open after `wait`.
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(wait, async {
        let mut buffer = [0u8; 4096];
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await;
    read.ok().map(|()| String::from_utf8_lossy(&received).into_owned())
}

/// The first response on the connection, as text (headers and body).
async fn read_response(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    tokio::time::timeout(wait, async {
        while !String::from_utf8_lossy(&received).contains("\r\n\r\n") {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await
    .ok()?;
    Some(String::from_utf8_lossy(&received).into_owned())
}

const HEALTH: &[u8] = b"GET /v1/health HTTP/1.1\r\nhost: pocket\r\n\r\n";

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let (server, _data) = served_with(limits(1, 30, 16)).await;
    let mut slow = TcpStream::connect(server.address).await.unwrap();
    slow.write_all(b"GET /v1/health HTTP/1.1\r\nhost: pocket\r\nx-slow: ").await.unwrap();
    let closed = read_until_closed(&mut slow, PROMPTLY).await;
    assert!(closed.is_some(), "the connection is closed after the header timeout, not held");
}

#[tokio::test]
async fn a_kept_alive_connection_left_idle_is_closed() {
    let (server, _data) = served_with(limits(1, 30, 16)).await;
    let mut idle = TcpStream::connect(server.address).await.unwrap();
    idle.write_all(HEALTH).await.unwrap();
    let answered = read_until_closed(&mut idle, PROMPTLY).await.expect("closed once idle");
    assert!(answered.starts_with("HTTP/1.1 200"), "the request itself was answered: {answered}");
}

#[tokio::test]
async fn a_body_that_stops_arriving_is_answered_408_and_the_connection_freed() {
    let (server, _data) = served_with(limits(30, 1, 16)).await;
    let mut stalled = TcpStream::connect(server.address).await.unwrap();
    let head =
        "POST /v1/sessions HTTP/1.1\r\nhost: pocket\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n";
    stalled.write_all(head.as_bytes()).await.unwrap();
    stalled.write_all(b"{\"email\": \"maria@").await.unwrap();
    let answer = read_until_closed(&mut stalled, PROMPTLY).await.expect("answered and closed, not held");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("body_too_slow"), "{answer}");
}

#[tokio::test]
async fn a_body_announced_larger_than_the_service_reads_is_refused_before_it_comes() {
    let (server, _data) = served_with(limits(30, 30, 16)).await;
    let mut announcer = TcpStream::connect(server.address).await.unwrap();
    let head = "POST /v1/sessions HTTP/1.1\r\nhost: pocket\r\ncontent-type: application/json\r\ncontent-length: 1048576\r\n\r\n";
    announcer.write_all(head.as_bytes()).await.unwrap();
    let answer = read_response(&mut announcer, PROMPTLY).await.expect("answered without waiting for the megabyte");
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

#[tokio::test]
async fn connections_past_the_cap_wait_until_one_ends() {
    let (server, _data) = served_with(limits(30, 30, 2)).await;
    let mut holders = Vec::new();
    for _ in 0..2 {
        let mut holder = TcpStream::connect(server.address).await.unwrap();
        holder.write_all(HEALTH).await.unwrap();
        assert!(read_response(&mut holder, PROMPTLY).await.unwrap().starts_with("HTTP/1.1 200"));
        holders.push(holder);
    }
    let mut third = TcpStream::connect(server.address).await.unwrap();
    third.write_all(HEALTH).await.unwrap();
    assert_eq!(
        read_response(&mut third, Duration::from_millis(700)).await,
        None,
        "a third connection is not served while two are held"
    );
    drop(holders.pop());
    let answer = read_response(&mut third, PROMPTLY).await.expect("served once a slot is free");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn a_header_that_decides_the_request_is_refused_when_sent_twice() {
    let service = TestService::sandbox();
    let shopper = service.confirmed_shopper_in("maria@example.com", "RU").await;
    let bearer = format!("Bearer {}", shopper.token);
    let top_up = br#"{"rail":"e_wallet","provider":"qiwi","amount":{"amount":"5","currency":"USD"}}"#.to_vec();
    let json = ("content-type", "application/json");
    let cases: [(&str, Vec<(&str, &str)>); 3] = [
        ("Idempotency-Key", vec![json, ("authorization", &bearer), ("idempotency-key", "a"), ("Idempotency-Key", "b")]),
        (
            "Authorization",
            vec![json, ("authorization", &bearer), ("authorization", "Bearer other"), ("idempotency-key", "c")],
        ),
        (
            "Content-Type",
            vec![json, ("content-type", "text/plain"), ("authorization", &bearer), ("idempotency-key", "d")],
        ),
    ];
    for (header, headers) in cases {
        let reply = service.raw(Method::POST, "/v1/top-ups", &headers, top_up.clone()).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{header}: {}", reply.body);
        assert_eq!(reply.code(), "duplicate_header", "{header}");
        assert_eq!(reply.body["error"]["field"], header);
    }
    let top_ups = service.get("/v1/top-ups", Some(&shopper.token)).await;
    assert_eq!(top_ups.body["top_ups"], serde_json::json!([]), "nothing moved");
}

#[tokio::test]
async fn a_body_is_read_as_json_only_when_it_says_it_is() {
    let service = TestService::sandbox();
    let sign_in = br#"{"email":"maria@example.com","password":"correct horse"}"#.to_vec();
    for content_type in
        [Some("text/plain"), Some("application/x-www-form-urlencoded"), Some("application/json; charset=latin1"), None]
    {
        let headers: Vec<(&str, &str)> = content_type.map(|value| ("content-type", value)).into_iter().collect();
        let reply = service.raw(Method::POST, "/v1/sessions", &headers, sign_in.clone()).await;
        assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{content_type:?}: {}", reply.body);
        assert_eq!(reply.code(), "unsupported_media_type");
    }
    service.confirmed_shopper("maria@example.com").await;
    for content_type in ["application/json", "application/json; charset=utf-8", "Application/JSON"] {
        let reply = service.raw(Method::POST, "/v1/sessions", &[("content-type", content_type)], sign_in.clone()).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{content_type}: {}", reply.body);
    }
}

#[tokio::test]
async fn an_email_with_an_invisible_or_look_alike_letter_cannot_sign_up() {
    let service = TestService::sandbox();
    service.confirmed_shopper("maria@example.com").await;
    // A zero-width space inside; a Cyrillic а in place of the Latin one.
    for (email, code) in
        [("ma\u{200B}ria@example.com", "forbidden_characters"), ("m\u{430}ria@example.com", "email_looks_like_another")]
    {
        let reply = service.post("/v1/accounts", None, crate::support::sign_up_body(email)).await;
        assert_eq!(
            (reply.status, reply.code(), reply.body["error"]["field"].as_str()),
            (StatusCode::BAD_REQUEST, code, Some("email")),
            "{email:?}: {}",
            reply.body
        );
        let recipient: String = form_urlencoded::byte_serialize(email.as_bytes()).collect();
        let sent = service.get(&format!("/v1/sandbox/messages?recipient={recipient}"), None).await;
        assert_eq!(sent.body["messages"], serde_json::json!([]), "no email went to {email:?}");
    }
}
