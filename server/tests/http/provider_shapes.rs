//! The SMS gateway and the push services, each checked by a local receiver
//! against the provider's documented request shape: Twilio's Messages API,
//! Google's OAuth 2 token endpoint and FCM HTTP v1, Apple's HTTP/2 push API
//! with a provider token. The receivers also answer as the providers do when
//! a number or a phone is gone, and the adapters must tell that apart from
//! a failure worth retrying.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use pocket_core::contract::wallet::PushPlatform;
use pocket_server::edges::{Apns, Courier, DeliveryError, Fcm, OutgoingPush, OutgoingSms, PhonePushes, TwilioSms};
use serde_json::{json, Value};

/// What a receiver saw: one entry per request it checked.
type Seen = Arc<Mutex<Vec<Value>>>;

async fn serve_http1(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

/// A form body's fields, as a provider reads them.
fn form_fields(body: &[u8]) -> std::collections::BTreeMap<String, String> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn basic_auth(headers: &HeaderMap) -> String {
    use base64::Engine;
    let value = headers["authorization"].to_str().unwrap();
    let encoded = value.strip_prefix("Basic ").expect("basic auth");
    String::from_utf8(base64::engine::general_purpose::STANDARD.decode(encoded).unwrap()).unwrap()
}

#[tokio::test]
async fn an_sms_is_a_twilio_message_and_a_number_it_refuses_is_not_retried() {
    let seen: Seen = Arc::default();
    async fn messages(
        State(seen): State<Seen>,
        Path(account): Path<String>,
        headers: HeaderMap,
        body: Bytes,
    ) -> impl IntoResponse {
        let form = form_fields(&body);
        assert_eq!(headers["content-type"], "application/x-www-form-urlencoded");
        assert_eq!(basic_auth(&headers), format!("{account}:the-auth-token"), "basic auth: account and token");
        let to = form["To"].clone();
        assert!(to.starts_with('+') && to[1..].chars().all(|c| c.is_ascii_digit()), "E.164: {to}");
        seen.lock().unwrap().push(json!(form));
        if to == "+15005550001" {
            // Twilio's answer for a number it cannot send to.
            let refusal =
                json!({ "code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400 });
            return (StatusCode::BAD_REQUEST, Json(refusal));
        }
        (StatusCode::CREATED, Json(json!({ "sid": "SM0123456789abcdef", "status": "queued" })))
    }
    let router =
        Router::new().route("/2010-04-01/Accounts/{account}/Messages.json", post(messages)).with_state(seen.clone());
    let address = serve_http1(router).await;
    let gateway = TwilioSms::new(&format!("http://{address}"), "AC0123", "the-auth-token", "+15557654321");

    let sent = gateway.send(&OutgoingSms { to: "+55 11 99999-0000", text: "Pocket code: 918273" }).await.unwrap();
    assert!(sent.provider_answer.contains("SM0123456789abcdef"));
    let refused = gateway.send(&OutgoingSms { to: "+1 500 555 0001", text: "Pocket code: 1" }).await;
    assert!(matches!(refused, Err(DeliveryError::RecipientRefused(_))), "{refused:?}");

    let seen = seen.lock().unwrap();
    assert_eq!(seen[0], json!({ "To": "+5511999990000", "From": "+15557654321", "Body": "Pocket code: 918273" }));
}

#[tokio::test]
async fn an_sms_from_a_messaging_service_names_it_as_twilio_asks() {
    let seen: Seen = Arc::default();
    let router = Router::new()
        .route(
            "/2010-04-01/Accounts/{account}/Messages.json",
            post(|State(seen): State<Seen>, body: Bytes| async move {
                seen.lock().unwrap().push(json!(form_fields(&body)));
                (StatusCode::CREATED, Json(json!({ "sid": "SM1", "status": "accepted" })))
            }),
        )
        .with_state(seen.clone());
    let address = serve_http1(router).await;
    let gateway = TwilioSms::new(&format!("http://{address}"), "AC0123", "token", "MG0123");
    gateway.send(&OutgoingSms { to: "+5511999990000", text: "hi" }).await.unwrap();
    let form = seen.lock().unwrap()[0].clone();
    assert_eq!(form["MessagingServiceSid"], "MG0123");
    assert!(form.get("From").is_none());
}

const FCM_KEY: &str = include_str!("test_keys/fcm_service_account.key.pem");
const FCM_PUBLIC_KEY: &str = include_str!("test_keys/fcm_service_account.pub.pem");
const APNS_KEY: &str = include_str!("test_keys/apns.p8");
const APNS_PUBLIC_KEY: &str = include_str!("test_keys/apns.pub.pem");

fn push<'a>(platform: PushPlatform, token: &'a str) -> OutgoingPush<'a> {
    OutgoingPush {
        platform,
        token,
        title: "Money arrived",
        body: "$20.00 arrived in your Pocket balance.",
        kind: "top_up_settled",
        reference: "top_1",
    }
}

#[tokio::test]
async fn an_android_push_is_an_fcm_v1_message_sent_with_an_oauth_token_from_a_signed_assertion() {
    let seen: Seen = Arc::default();
    async fn token(State(seen): State<Seen>, body: Bytes) -> Json<Value> {
        let form = form_fields(&body);
        assert_eq!(form["grant_type"], "urn:ietf:params:oauth:grant-type:jwt-bearer");
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[seen.lock().unwrap()[0]["token_uri"].as_str().unwrap()]);
        let key = DecodingKey::from_rsa_pem(FCM_PUBLIC_KEY.as_bytes()).unwrap();
        let claims =
            jsonwebtoken::decode::<Value>(&form["assertion"], &key, &validation).expect("signed by the account").claims;
        assert_eq!(claims["iss"], "pocket-push@pocket-test.iam.gserviceaccount.com");
        assert_eq!(claims["scope"], "https://www.googleapis.com/auth/firebase.messaging");
        seen.lock().unwrap().push(json!({ "token_asked": true }));
        Json(json!({ "access_token": "ya29.pocket-test", "expires_in": 3599, "token_type": "Bearer" }))
    }
    async fn send(
        State(seen): State<Seen>,
        Path((project, method)): Path<(String, String)>,
        headers: HeaderMap,
        Json(body): Json<Value>,
    ) -> (StatusCode, Json<Value>) {
        assert_eq!((project.as_str(), method.as_str()), ("pocket-test", "messages:send"));
        assert_eq!(headers["authorization"], "Bearer ya29.pocket-test");
        let message = &body["message"];
        assert!(message["data"].as_object().unwrap().values().all(Value::is_string), "FCM data values are strings");
        seen.lock().unwrap().push(body.clone());
        if message["token"] == "gone-phone" {
            let unregistered = json!({ "error": { "code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
                "details": [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED" }] } });
            return (StatusCode::NOT_FOUND, Json(unregistered));
        }
        (StatusCode::OK, Json(json!({ "name": "projects/pocket-test/messages/0:1500415314455276%31bd1c9631bd1c96" })))
    }
    let router = Router::new()
        .route("/token", post(token))
        .route("/v1/projects/{project}/{method}", post(send))
        .with_state(seen.clone());
    let address = serve_http1(router).await;
    let token_uri = format!("http://{address}/token");
    seen.lock().unwrap().push(json!({ "token_uri": token_uri }));
    let account = json!({
        "type": "service_account", "project_id": "pocket-test", "private_key_id": "k1", "private_key": FCM_KEY,
        "client_email": "pocket-push@pocket-test.iam.gserviceaccount.com", "token_uri": token_uri,
    });
    let fcm = Fcm::new(&format!("http://{address}"), &account.to_string()).unwrap();
    let pushes = PhonePushes { fcm: Some(fcm), apns: None };

    pushes.send(&push(PushPlatform::Fcm, "phone-token-1")).await.unwrap();
    pushes.send(&push(PushPlatform::Fcm, "phone-token-1")).await.unwrap();
    let gone = pushes.send(&push(PushPlatform::Fcm, "gone-phone")).await;
    assert!(matches!(gone, Err(DeliveryError::RecipientRefused(_))), "{gone:?}");
    let no_apns = pushes.send(&push(PushPlatform::Apns, "an-iphone")).await;
    assert!(matches!(no_apns, Err(DeliveryError::Refused(ref why)) if why.contains("POCKET_APNS_KEY_FILE")));

    let seen = seen.lock().unwrap();
    assert_eq!(seen.iter().filter(|entry| entry.get("token_asked").is_some()).count(), 1, "one access token, reused");
    assert_eq!(
        seen[2]["message"],
        json!({
            "token": "phone-token-1",
            "notification": { "title": "Money arrived", "body": "$20.00 arrived in your Pocket balance." },
            "data": { "kind": "top_up_settled", "reference": "top_1" },
            "android": { "priority": "high" },
        })
    );
}

/// An HTTP/2 receiver over cleartext (prior knowledge), as Apple's service
/// speaks HTTP/2 only.
async fn serve_http2(seen: Seen) -> SocketAddr {
    use hyper::body::Incoming;
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let seen = seen.clone();
            let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                let seen = seen.clone();
                async move { Ok::<_, std::convert::Infallible>(apns_answer(request, seen).await) }
            });
            tokio::spawn(
                hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(stream), service),
            );
        }
    });
    address
}

async fn apns_answer(request: hyper::Request<hyper::body::Incoming>, seen: Seen) -> hyper::Response<String> {
    use http_body_util::BodyExt;
    assert_eq!(request.version(), hyper::Version::HTTP_2);
    let device = request.uri().path().strip_prefix("/3/device/").expect("POST /3/device/{token}").to_string();
    let headers = request.headers().clone();
    assert_eq!(headers["apns-topic"], "app.pocket.ios");
    assert_eq!(headers["apns-push-type"], "alert");
    let bearer = headers["authorization"]
        .to_str()
        .unwrap()
        .strip_prefix("bearer ")
        .or_else(|| headers["authorization"].to_str().unwrap().strip_prefix("Bearer "));
    let jwt = bearer.expect("a bearer provider token");
    let header = jsonwebtoken::decode_header(jwt).unwrap();
    assert_eq!((header.alg, header.kid.as_deref()), (Algorithm::ES256, Some("KEY1234567")));
    let mut validation = Validation::new(Algorithm::ES256);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    let key = DecodingKey::from_ec_pem(APNS_PUBLIC_KEY.as_bytes()).unwrap();
    let claims = jsonwebtoken::decode::<Value>(jwt, &key, &validation).expect("signed by the team's key").claims;
    assert_eq!(claims["iss"], "TEAM123456");
    let body: Value = serde_json::from_slice(&request.into_body().collect().await.unwrap().to_bytes()).unwrap();
    seen.lock().unwrap().push(json!({ "device": device, "body": body }));
    let mut answer = hyper::Response::new(String::new());
    if device == "gone-iphone" {
        *answer.status_mut() = hyper::StatusCode::GONE;
        *answer.body_mut() = json!({ "reason": "Unregistered", "timestamp": 1_765_000_000_000u64 }).to_string();
    } else {
        answer.headers_mut().insert("apns-id", "EC1BF194-B3B2-424A-89A9-5A918A6E6B5D".parse().unwrap());
    }
    answer
}

#[tokio::test]
async fn an_iphone_push_is_an_apns_http2_request_with_a_provider_token_signed_by_the_teams_key() {
    let seen: Seen = Arc::default();
    let address = serve_http2(seen.clone()).await;
    let apns = Apns::new(&format!("http://{address}"), APNS_KEY, "KEY1234567", "TEAM123456", "app.pocket.ios").unwrap();
    let pushes = PhonePushes { fcm: None, apns: Some(apns) };

    let sent = pushes.send(&push(PushPlatform::Apns, "a1b2c3")).await.unwrap();
    assert_eq!(sent.provider_answer, "EC1BF194-B3B2-424A-89A9-5A918A6E6B5D");
    let gone = pushes.send(&push(PushPlatform::Apns, "gone-iphone")).await;
    assert!(matches!(gone, Err(DeliveryError::RecipientRefused(_))), "{gone:?}");

    let seen = seen.lock().unwrap();
    assert_eq!(seen[0]["device"], "a1b2c3");
    assert_eq!(
        seen[0]["body"],
        json!({
            "aps": { "alert": { "title": "Money arrived", "body": "$20.00 arrived in your Pocket balance." }, "sound": "default" },
            "kind": "top_up_settled",
            "reference": "top_1",
        })
    );
}
