//! Finance in the staff console: the top-ups whose money has not been seen
//! (credited when it arrives, declined when it never does), on a service
//! started without the sandbox, where nothing arrives by itself; and the
//! ledger's check.

use axum::http::{Method, StatusCode};
use pocket_server::staff::StaffRole;
use serde_json::json;

use crate::support::staff::{audit_log, form, hidden, signed_in, FORM};
use crate::support::{usd, Shopper, TestService};

async fn bank_transfer(service: &TestService, shopper: &Shopper, key: &str, amount: &str) -> String {
    let body = json!({ "rail": "bank_transfer", "amount": usd(amount) });
    let started = service.post_money("/v1/top-ups", &shopper.token, key, body).await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    started.body["id"].as_str().unwrap().to_string()
}

async fn top_up_status(service: &TestService, shopper: &Shopper, top_up_id: &str) -> String {
    let top_up = service.get(&format!("/v1/top-ups/{top_up_id}"), Some(&shopper.token)).await;
    top_up.body["status"].as_str().unwrap_or_else(|| panic!("{}: {}", top_up.status, top_up.body)).to_string()
}

fn spends_counted(service: &TestService, user_id: &str) -> i64 {
    service.app.store.with_connection(|db| {
        db.query_row("SELECT COUNT(*) FROM spends WHERE user_id = ?1", [user_id], |r| r.get(0)).unwrap()
    })
}

#[tokio::test]
async fn finance_credits_a_late_transfer_and_declines_one_that_never_came_the_shopper_hears_of_both() {
    // In the sandbox: one transfer the simulated bank holds (late), one it
    // brings in on its date, one not yet due.
    let sandbox = TestService::sandbox();
    let mut maria = sandbox.paying_shopper("maria@example.com").await;
    let late = bank_transfer(&sandbox, &maria, "late", "100.00").await;
    let on_time = bank_transfer(&sandbox, &maria, "on-time", "50.00").await;
    let held = sandbox.post(&format!("/v1/sandbox/top-ups/{late}/hold"), None, json!({})).await;
    assert_eq!(held.status, StatusCode::OK, "{}", held.body);
    sandbox.advance_days(12).await;
    sandbox.sign_in_again(&mut maria).await;
    assert_eq!(top_up_status(&sandbox, &maria, &on_time).await, "settled", "the simulated bank brings it in");
    assert_eq!(top_up_status(&sandbox, &maria, &late).await, "pending", "held: it is late");
    let case = json!({ "topic": "late_top_up", "reference": late, "message": "My transfer left my bank." });
    assert_eq!(sandbox.post("/v1/support/cases", Some(&maria.token), case).await.status, StatusCode::CREATED);
    let never_came = bank_transfer(&sandbox, &maria, "never-came", "30.00").await;

    // Outside the sandbox, on the same data, nothing arrives by itself.
    let service = sandbox.same_data_outside_sandbox();
    service.app.clock.set_offset_seconds(sandbox.app.clock.offset_seconds() + 30 * 24 * 3600);
    service.sign_in_again(&mut maria).await;
    assert_eq!(top_up_status(&service, &maria, &never_came).await, "pending", "past its date, still unseen");
    assert_eq!(service.balance(&maria, "USD").await, ("50.00".into(), "130.00".into()));
    let spends_before = spends_counted(&service, &maria.user_id);

    let vera = signed_in(&service, "vera@pocket.example", StaffRole::Finance).await;
    let (status, _, page) = service.page(Method::GET, "/staff/top-ups", &[("cookie", &vera)], "").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains(&format!("top-up-{late}")) && page.contains(&format!("top-up-{never_came}")), "{page}");
    assert!(!page.contains(&on_time), "an arrived top-up is not waiting: {page}");
    assert!(page.contains(&format!("late-{late}")) && page.contains("She asked support about it"), "{page}");
    let csrf = hidden(&page, "csrf");

    let credit = format!("/staff/top-ups/{late}/credit");
    let (status, _, _) =
        service.page(Method::POST, &credit, &[FORM, ("cookie", &vera)], &form(&[("csrf", &csrf)])).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let decline = format!("/staff/top-ups/{never_came}/decline");
    let no_reason = form(&[("csrf", &csrf), ("reason", " ")]);
    let (status, _, refused) = service.page(Method::POST, &decline, &[FORM, ("cookie", &vera)], &no_reason).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(refused.contains("Say why the top-up is declined"), "{refused}");
    let reason = form(&[("csrf", &csrf), ("reason", "Your bank sent the transfer back.")]);
    let (status, _, _) = service.page(Method::POST, &decline, &[FORM, ("cookie", &vera)], &reason).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, again) =
        service.page(Method::POST, &credit, &[FORM, ("cookie", &vera)], &form(&[("csrf", &csrf)])).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(again.contains("credited or declined already"), "{again}");

    // The shopper: the money, the statuses, her feed, her limits.
    assert_eq!(service.balance(&maria, "USD").await, ("150.00".into(), "0.00".into()));
    assert_eq!(top_up_status(&service, &maria, &late).await, "settled");
    assert_eq!(top_up_status(&service, &maria, &never_came).await, "declined");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let declined = &feed.body["notifications"][2];
    assert_eq!(declined["kind"], "top_up_declined", "{}", feed.body);
    assert_eq!(declined["facts"]["note"], "Your bank sent the transfer back.");
    assert_eq!(feed.body["notifications"][1]["kind"], "top_up_settled");
    assert_eq!(feed.body["notifications"][1]["reference"], late.as_str());
    assert_eq!(spends_counted(&service, &maria.user_id), spends_before - 1, "the limits no longer count it");
    let history = service.get("/v1/history", Some(&maria.token)).await;
    assert!(
        history.body["entries"].as_array().unwrap().iter().any(|e| e["kind"] == "top_up_declined"),
        "{}",
        history.body
    );

    assert_eq!(
        audit_log(&service),
        vec![
            ("top_up.credit".to_string(), format!("top_up:{late}")),
            ("top_up.decline".into(), format!("top_up:{never_came}"))
        ]
    );
    let (status, _, ledger) = service.page(Method::GET, "/staff/ledger", &[("cookie", &vera)], "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ledger.contains("data-testid=\"ledger-healthy\""), "{ledger}");
    service.assert_ledger_healthy();

    let ana = signed_in(&service, "ana@pocket.example", StaffRole::Support).await;
    for path in ["/staff/top-ups", "/staff/ledger"] {
        let (status, _, _) = service.page(Method::GET, path, &[("cookie", &ana)], "").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "support does not see {path}");
    }
}

#[tokio::test]
async fn the_simulated_bank_is_the_sandboxs_only_and_holds_only_a_waiting_top_up() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    let top_up = bank_transfer(&sandbox, &maria, "t-1", "40.00").await;
    sandbox.advance_days(12).await;
    let held = sandbox.post(&format!("/v1/sandbox/top-ups/{top_up}/hold"), None, json!({})).await;
    assert_eq!(held.status, StatusCode::CONFLICT, "it arrived already: {}", held.body);
    let service = sandbox.same_data_outside_sandbox();
    let outside = service.post(&format!("/v1/sandbox/top-ups/{top_up}/hold"), None, json!({})).await;
    assert_eq!(outside.status, StatusCode::NOT_FOUND, "{}", outside.body);
}
