//! The service as it runs for real: `pocket-server serve` without
//! `--sandbox`, its email going over SMTP to a real server (Mailpit), read
//! back the way the shopper would read it. A row in a table is not a
//! delivery: each test follows what arrived.

use std::ffi::OsString;
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::process::ServiceProcess;
use crate::support::real_edges::{link_token, wait_until, Mailpit, StripeMock};
use crate::support::sign_up_body;

const FROM: &str = "Pocket <no-reply@pocket.example>";

/// A deployment outside the sandbox: a data folder (and a PostgreSQL
/// schema when the suite runs over PostgreSQL), its settings.
struct Deployment {
    data_dir: tempfile::TempDir,
    database_url: Option<String>,
}

impl Deployment {
    fn new() -> Deployment {
        let database_url = pocket_server::store::schema_for_tests("outside");
        Deployment { data_dir: tempfile::tempdir().unwrap(), database_url }
    }

    fn args(&self) -> Vec<OsString> {
        let mut args = vec!["--data-dir".into(), self.data_dir.path().as_os_str().to_owned()];
        if let Some(url) = &self.database_url {
            args.extend(["--database-url".into(), url.into()]);
        }
        args
    }

    /// The service, sending email through `smtp_url` and charging cards
    /// through `stripe`.
    fn start(&self, smtp_url: &str, stripe: &StripeMock) -> ServiceProcess {
        self.start_with(smtp_url, stripe, Vec::new())
    }

    fn start_with(&self, smtp_url: &str, stripe: &StripeMock, more: Vec<(&'static str, String)>) -> ServiceProcess {
        let mut settings = stripe.settings();
        settings.extend([("POCKET_SMTP_URL", smtp_url.to_string()), ("POCKET_MAIL_FROM", FROM.to_string())]);
        settings.extend(more);
        ServiceProcess::start_with(self.args(), settings)
    }

    /// The outbox's rows: (recipient, status, has a sealed secret).
    fn outbox(&self) -> Vec<(String, String, bool)> {
        let store =
            pocket_server::store::Store::open_configured(self.data_dir.path(), self.database_url.as_deref()).unwrap();
        store.with_connection(|db| {
            let mut statement = db
                .prepare("SELECT recipient, status, sealed_secret IS NOT NULL FROM sent_messages ORDER BY id")
                .unwrap();
            statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
        })
    }
}

async fn post(service: &ServiceProcess, path: &str, body: Value) -> (u16, Value) {
    let answer = reqwest::Client::new().post(format!("{}{path}", service.base_url)).json(&body).send().await.unwrap();
    let status = answer.status().as_u16();
    (status, answer.json().await.unwrap_or(Value::Null))
}

#[test]
fn outside_the_sandbox_the_service_does_not_start_without_a_processor_and_a_mailer_and_says_what_to_set() {
    let data_dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_pocket-server"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data_dir.path())
        .env_remove("POCKET_SMTP_URL")
        .env_remove("POCKET_MAIL_FROM")
        .env_remove("POCKET_STRIPE_SECRET_KEY")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "it must not serve: {said}");
    for setting in ["POCKET_STRIPE_SECRET_KEY", "POCKET_STRIPE_WEBHOOK_SECRET", "POCKET_SMTP_URL", "POCKET_MAIL_FROM"] {
        assert!(said.contains(setting), "it names {setting}: {said}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_confirmation_email_arrives_and_its_link_confirms_the_account() {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let deployment = Deployment::new();
    let service = deployment.start(&mailpit.smtp_url(), &stripe);

    let (status, _) = post(&service, "/v1/accounts", sign_up_body("maria@example.com")).await;
    assert_eq!(status, 202);
    let arrived = mailpit.wait_for("maria@example.com", 1).await;
    assert_eq!(arrived.len(), 1, "one confirmation email arrived");
    assert_eq!(arrived[0].from, "no-reply@pocket.example");
    assert!(!arrived[0].subject.is_empty());
    let token = link_token(&arrived[0].text, "pocket://confirm-email?token=");

    let (status, confirmed) = post(&service, "/v1/accounts/confirm-email", json!({ "token": token })).await;
    assert_eq!(status, 200, "{confirmed}");
    let (status, session) =
        post(&service, "/v1/sessions", json!({ "email": "maria@example.com", "password": "correct horse" })).await;
    assert_eq!(status, 201, "{session}");

    assert_eq!(
        deployment.outbox(),
        vec![("maria@example.com".to_string(), "sent".to_string(), false)],
        "sent, and its secret erased"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn email_to_a_relay_elsewhere_goes_over_starttls_to_the_certificate_the_service_trusts() {
    let folder = tempfile::tempdir().unwrap();
    let (ca, certificate, key) = crate::support::real_edges::relay_certificates(folder.path());
    let mailpit = Mailpit::start_with_starttls(&certificate, &key).await;
    let stripe = StripeMock::start().await;
    let deployment = Deployment::new();
    let starttls = format!("smtp://localhost:{}?tls=required", mailpit.smtp_port);
    let service = deployment.start_with(&starttls, &stripe, vec![("POCKET_SMTP_CA_FILE", ca.display().to_string())]);
    assert_eq!(post(&service, "/v1/accounts", sign_up_body("maria@example.com")).await.0, 202);
    assert_eq!(mailpit.wait_for("maria@example.com", 1).await.len(), 1, "it arrived over TLS");
    assert_eq!(deployment.outbox()[0].1, "sent");

    // A relay whose certificate the service does not trust gets nothing.
    let untrusted = Deployment::new();
    let _service = untrusted.start(&starttls, &stripe);
    let sent = post(&_service, "/v1/accounts", sign_up_body("ivan@example.com")).await;
    assert_eq!(sent.0, 202);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(mailpit.wait_for("ivan@example.com", 0).await.is_empty(), "no mail to a relay it cannot verify");
    assert_eq!(untrusted.outbox()[0].1, "queued", "kept, and tried again later");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_reset_link_arrives_by_email_and_sets_the_new_password() {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let deployment = Deployment::new();
    let service = deployment.start(&mailpit.smtp_url(), &stripe);
    post(&service, "/v1/accounts", sign_up_body("maria@example.com")).await;
    let confirmation = &mailpit.wait_for("maria@example.com", 1).await[0];
    let token = link_token(&confirmation.text, "pocket://confirm-email?token=");
    assert_eq!(post(&service, "/v1/accounts/confirm-email", json!({ "token": token })).await.0, 200);

    let (status, _) = post(&service, "/v1/accounts/password-reset", json!({ "email": "maria@example.com" })).await;
    assert_eq!(status, 202);
    let reset = &mailpit.wait_for("maria@example.com", 2).await[1];
    let token = link_token(&reset.text, "pocket://reset-password?token=");
    let body = json!({ "token": token, "password": "a new horse" });
    let (status, answer) = post(&service, "/v1/accounts/password-reset/complete", body).await;
    assert_eq!(status, 200, "{answer}");
    let sign_in = json!({ "email": "maria@example.com", "password": "a new horse" });
    assert_eq!(post(&service, "/v1/sessions", sign_in).await.0, 201);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_queued_before_a_kill_9_is_sent_once_after_the_restart() {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let deployment = Deployment::new();
    // The first process's mail server is not there: the email is committed
    // with the sign-up and waits; then the process is killed outright.
    let nowhere = format!("smtp://127.0.0.1:{}", crate::support::real_edges::free_port());
    let mut first = deployment.start(&nowhere, &stripe);
    assert_eq!(post(&first, "/v1/accounts", sign_up_body("maria@example.com")).await.0, 202);
    tokio::time::sleep(Duration::from_millis(300)).await;
    first.kill();
    assert_eq!(deployment.outbox()[0].1, "queued", "not sent, not lost");

    let _second = deployment.start(&mailpit.smtp_url(), &stripe);
    let arrived = mailpit.wait_for("maria@example.com", 1).await;
    assert_eq!(arrived.len(), 1, "sent after the restart");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(mailpit.wait_for("maria@example.com", 2).await.len(), 1, "and only once");
    assert_eq!(deployment.outbox()[0].1, "sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_never_send_one_email_twice() {
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let deployment = Deployment::new();
    let processes = [deployment.start(&mailpit.smtp_url(), &stripe), deployment.start(&mailpit.smtp_url(), &stripe)];
    let shoppers = 12;
    for n in 0..shoppers {
        let email = format!("shopper{n}@example.com");
        assert_eq!(post(&processes[n % 2], "/v1/accounts", sign_up_body(&email)).await.0, 202);
    }
    let all_sent = wait_until(Duration::from_secs(20), || async {
        deployment.outbox().iter().all(|(_, status, _)| status == "sent")
    })
    .await;
    assert!(all_sent.is_ok(), "every email went: {:?}", deployment.outbox());
    tokio::time::sleep(Duration::from_millis(500)).await;
    let arrived = mailpit.messages().await;
    assert_eq!(arrived.len(), shoppers, "each shopper's email arrived once");
}

/// Posts `body` to the processor's events route, signed with `signature`.
async fn event(service: &ServiceProcess, body: &str, signature: Option<String>) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/v1/card-processor/events", service.base_url))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(signature) = signature {
        request = request.header("Stripe-Signature", signature);
    }
    let answer = request.send().await.unwrap();
    let status = answer.status().as_u16();
    (status, answer.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_processors_events_are_taken_only_signed_fresh_and_once() {
    use pocket_server::edges::card_processor::sign_stripe_event as sign;
    let (mailpit, stripe) = (Mailpit::start().await, StripeMock::start().await);
    let deployment = Deployment::new();
    let service = deployment.start(&mailpit.smtp_url(), &stripe);
    let secret = crate::support::real_edges::STRIPE_WEBHOOK_SECRET;
    let body = json!({
        "id": "evt_dispute_1",
        "type": "charge.dispute.created",
        "data": { "object": { "id": "dp_1", "payment_intent": "pi_not_ours" } },
    })
    .to_string();
    let now = chrono::Utc::now().timestamp();

    let first = event(&service, &body, Some(sign(secret, body.as_bytes(), now))).await;
    assert_eq!((first.0, first.1["applied_before"].as_bool()), (200, Some(false)), "{}", first.1);
    let replayed = event(&service, &body, Some(sign(secret, body.as_bytes(), now))).await;
    assert_eq!((replayed.0, replayed.1["applied_before"].as_bool()), (200, Some(true)), "applied once");

    let tampered = body.replace("pi_not_ours", "pi_someone_elses");
    let refusals = [
        (
            "tampered",
            event(&service, &tampered, Some(sign(secret, body.as_bytes(), now))).await,
            "event_signature_mismatch",
        ),
        (
            "another secret",
            event(&service, &body, Some(sign("whsec_other", body.as_bytes(), now))).await,
            "event_signature_mismatch",
        ),
        ("stale", event(&service, &body, Some(sign(secret, body.as_bytes(), now - 301))).await, "event_stale"),
        ("unsigned", event(&service, &body, None).await, "event_unsigned"),
    ];
    for (what, (status, answer), code) in refusals {
        assert_eq!((status, answer["error"]["code"].as_str()), (400, Some(code)), "{what}: {answer}");
    }
    let kept: i64 =
        pocket_server::store::Store::open_configured(deployment.data_dir.path(), deployment.database_url.as_deref())
            .unwrap()
            .with_connection(|db| db.query_row("SELECT COUNT(*) FROM processor_events", [], |r| r.get(0)).unwrap());
    assert_eq!(kept, 1, "only the signed event was kept, once");
}

#[tokio::test]
async fn every_request_the_stripe_adapter_makes_is_one_stripe_accepts() {
    use pocket_core::money::{Currency, Money};
    use pocket_server::edges::card_processor::{CardProcessor, ChargeRequest, RefundRequest};
    let stripe = StripeMock::start().await;
    let key = crate::support::real_edges::STRIPE_TEST_KEY;
    let processor = pocket_server::edges::StripeProcessor::new(
        &stripe.api_url,
        key,
        key,
        crate::support::real_edges::STRIPE_WEBHOOK_SECRET,
    );

    let customer = processor.create_customer("usr_1").await.expect("a customer");
    assert!(customer.starts_with("cus_"), "{customer}");
    processor.prepare_card("pm_card_visa", Some(&customer)).await.expect("attached to the customer");
    processor.prepare_card("pm_card_visa", None).await.expect("looked up, not attached");
    for amount in [Money::parse("3.99", Currency::Usd).unwrap(), Money::parse("500", Currency::Jpy).unwrap()] {
        let charge = ChargeRequest {
            amount,
            customer: Some(&customer),
            payment_method: "pm_card_visa",
            idempotency_key: &format!("pocket-charge-test-{}", amount.currency()),
            reference: "order:ord_1",
            return_url: "pocket://card-confirmed",
        };
        let charge = processor.charge(&charge).await.expect("a PaymentIntent Stripe accepts");
        assert!(charge.id.starts_with("pi_"), "{charge:?}");
        processor.charge_state(&charge.id).await.expect("where it stands");
        let refund = RefundRequest { charge_id: &charge.id, amount, idempotency_key: "crf_test" };
        processor.refund(&refund).await.expect("a refund Stripe accepts");
    }
    processor.release_card("pm_card_visa").await.expect("detached");
}
