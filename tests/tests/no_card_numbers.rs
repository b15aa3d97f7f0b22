//! A card number never rests anywhere: after a journey with every sandbox
//! test card (saved, not saved, declined, short of funds, asking for a
//! code, mistyped), no SQLite file of the phone or the service, no log line
//! at any level, no error message and no secret-store value holds one.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use pocket_core::app::{PaySource, PaymentOutcome, PocketError, SecretStore};
use pocket_core::cards::SaveCardChoice;
use pocket_e2e::*;

/// Every log line of this test binary, client and service alike.
fn captured_logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = logs.clone();
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || LogWriter(sink.clone()))
            .init();
        logs
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every file under `folder`, as bytes (SQLite files, their WAL and SHM).
fn every_file(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(every_file(&path));
        } else {
            files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_file_log_error_or_secret_holds_a_card_number_after_a_journey_with_every_test_card() {
    let logs = captured_logs();
    let service = TestService::start().await;
    let phone = TestPhone::new(&service);
    let pocket = phone.open();
    signed_in_shopper(&service, &pocket, "maria@example.com", "100.00").await;
    let mut errors: Vec<PocketError> = Vec::new();

    let mistyped = "4242424242424241";
    errors.push(pocket.add_card(mistyped.into(), "12/30".into(), SaveCardChoice::Save).await.unwrap_err());
    errors.push(pocket.add_card(test_cards::SUCCEEDS.into(), "01/20".into(), SaveCardChoice::Save).await.unwrap_err());
    for (number, save) in [
        (test_cards::SUCCEEDS, SaveCardChoice::Save),
        (test_cards::DECLINED, SaveCardChoice::DoNotSave),
        (test_cards::INSUFFICIENT_FUNDS, SaveCardChoice::Save),
        (test_cards::ASKS_FOR_CODE, SaveCardChoice::Save),
    ] {
        let card = pocket.add_card(number.into(), "12/30".into(), save).await.unwrap();
        assert_eq!(card.token, None, "the processor's token stays in the secret store, out of the app's views");
        let order = pocket.check_out(vec![phone_case()], None, None).await.unwrap().remove(0);
        let source = PaySource::Card { card_id: card.id.clone() };
        match pocket.pay(order.id.clone(), source, PAYMENT_PASSWORD.into()).await {
            Ok(PaymentOutcome::NeedsOneTimeCode { action_id }) => {
                errors.push(pocket.complete_payment_with_code(action_id.clone(), "000000".into()).await.unwrap_err());
            }
            Ok(PaymentOutcome::Paid { .. }) => {}
            Ok(PaymentOutcome::AwaitingCharge { .. }) => panic!("the sandbox's processor decides at once"),
            Err(error) => errors.push(error),
        }
    }
    // The same numbers sent raw to the service's bad-input paths.
    for number in test_cards::ALL {
        let token = phone.secrets.get("session".into()).unwrap().unwrap();
        let bad = serde_json::json!({ "number": number, "expiry": "13/30" });
        let answer = reqwest::Client::new()
            .post(format!("{}/v1/cards", service.app_url()))
            .bearer_auth(token)
            .json(&bad)
            .send()
            .await
            .unwrap();
        let body = answer.text().await.unwrap();
        assert!(!body.contains(number), "the service's error repeats the card number: {body}");
    }
    let wallet = pocket.wallet().await.unwrap();
    let _ = (pocket.history().await.unwrap(), pocket.orders().await.unwrap(), pocket.cards().await.unwrap());
    assert_eq!(errors.len(), 5, "typo, expired, declined, short of funds, wrong code: {errors:?}");
    drop(pocket);

    let numbers: Vec<&str> = test_cards::ALL.into_iter().chain([mistyped]).collect();
    let mut places: Vec<(String, Vec<u8>)> = every_file(&phone.data_dir);
    places.extend(every_file(service.data_dir()));
    places.push(("the service's database".into(), service.store().every_stored_value().into_bytes()));
    places.push(("logs".into(), logs.lock().unwrap().clone()));
    for error in &errors {
        places.push((format!("error {error:?}"), format!("{error} {error:?}").into_bytes()));
    }
    for key in phone.secrets.keys() {
        places.push((format!("secret {key}"), phone.secrets.get(key.clone()).unwrap().unwrap().into_bytes()));
    }
    places.push(("wallet screen".into(), format!("{wallet:?}").into_bytes()));
    assert!(places.iter().any(|(name, _)| name.ends_with("pocket-app.sqlite3")), "the phone's database was scanned");
    let stored = &places.iter().find(|(name, _)| name == "the service's database").unwrap().1;
    assert!(contains(stored, "4242"), "the service's database was scanned (it keeps a card's last four)");
    let log_text = String::from_utf8_lossy(&places.iter().find(|(n, _)| n == "logs").unwrap().1).to_string();
    assert!(log_text.contains("/v1/cards") && log_text.contains("money action"), "the logs were captured");
    for (place, bytes) in &places {
        for number in &numbers {
            assert!(!contains(bytes, number), "{place} holds the card number {}…", &number[..4]);
        }
    }
    service.assert_ledger_healthy().await;
}
