//! A shopper in the staff console: support finds her by email, sees the
//! least it needs (money, limits, history, cards by first 4 and last 4,
//! the document by its last 4, sessions) and signs her out everywhere;
//! compliance freezes the account, so no money leaves it, and thaws it.

use axum::http::{Method, StatusCode};
use pocket_server::staff::StaffRole;
use serde_json::json;

use crate::support::staff::{audit_log, form, hidden, signed_in, FORM};
use crate::support::{balance_source, usd, TestService};

#[tokio::test]
async fn support_finds_a_shopper_sees_the_least_it_needs_and_signs_her_out_everywhere() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    sandbox.grant(&maria, "20.00", "USD").await;
    let card = sandbox.add_card(&maria, "4242424242424242", "12/30", Some("save")).await;
    assert_eq!(card.status, StatusCode::CREATED, "{}", card.body);
    let document = json!({
        "document_type": "passport", "document_number": "FZ 123-4567", "issuing_country": "BR", "name_on_document": "Maria Souza",
    });
    assert_eq!(sandbox.post("/v1/me/verification", Some(&maria.token), document).await.status, StatusCode::ACCEPTED);
    let service = sandbox.same_data_outside_sandbox();
    let ana = signed_in(&service, "ana@pocket.example", StaffRole::Support).await;

    let (status, headers, _) =
        service.page(Method::GET, "/staff/shoppers?email=+Maria%40Example.com", &[("cookie", &ana)], "").await;
    assert_eq!(status, StatusCode::SEE_OTHER, "found by her email, as she typed it or not");
    let path = headers["location"].to_str().unwrap().to_string();
    assert_eq!(path, format!("/staff/shoppers/{}", maria.user_id));
    let (status, _, page) = service.page(Method::GET, &path, &[("cookie", &ana)], "").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Maria Souza") && page.contains("20.00 USD"), "{page}");
    assert!(page.contains("Visa 4242 •••• 4242") && !page.contains("4242424242424242"), "first 4 and last 4: {page}");
    assert!(page.contains("4567") && !page.contains("FZ 123"), "the document's last 4 only: {page}");
    assert!(page.contains("Left in 24 hours") && page.contains("data-testid=\"session\""), "{page}");
    assert!(!page.contains("data-testid=\"freeze\""), "support does not freeze");

    let sign_out = format!("{path}/sign-out");
    let (status, _, _) = service
        .page(Method::POST, &sign_out, &[FORM, ("cookie", &ana)], &form(&[("csrf", &hidden(&page, "csrf"))]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(service.get("/v1/me", Some(&maria.token)).await.status, StatusCode::UNAUTHORIZED, "signed out");
    let (_, _, after) = service.page(Method::GET, &path, &[("cookie", &ana)], "").await;
    assert!(after.contains("data-testid=\"no-sessions\""), "{after}");
    assert_eq!(audit_log(&service), vec![("shopper.sign_out".to_string(), format!("user:{}", maria.user_id))]);

    let (status, _, missing) =
        service.page(Method::GET, "/staff/shoppers?email=nobody%40example.com", &[("cookie", &ana)], "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(missing.contains("No shopper has this email."), "{missing}");
    let vera = signed_in(&service, "vera@pocket.example", StaffRole::Finance).await;
    let (status, _, _) = service.page(Method::GET, &path, &[("cookie", &vera)], "").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "finance does not open a shopper's page");
}

#[tokio::test]
async fn compliance_freezes_an_account_so_no_money_leaves_it_and_thaws_it() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    sandbox.paying_shopper("joao@example.com").await;
    sandbox.grant(&maria, "40.00", "USD").await;
    let order = sandbox.phone_case_order(&maria).await;
    let service = sandbox.same_data_outside_sandbox();
    let lea = signed_in(&service, "lea@pocket.example", StaffRole::Compliance).await;
    let path = format!("/staff/shoppers/{}", maria.user_id);
    let (_, _, page) = service.page(Method::GET, &path, &[("cookie", &lea)], "").await;
    let csrf = hidden(&page, "csrf");
    let freeze = format!("{path}/freeze");

    let (status, _, refused) =
        service.page(Method::POST, &freeze, &[FORM, ("cookie", &lea)], &form(&[("csrf", &csrf), ("reason", "")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(refused.contains("Say why the account is frozen"), "{refused}");
    let reason = "We need to check where your last top-up came from.";
    let (status, _, _) = service
        .page(Method::POST, &freeze, &[FORM, ("cookie", &lea)], &form(&[("csrf", &csrf), ("reason", reason)]))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let paid = service.pay(&maria, &order, "pay-frozen", balance_source("USD")).await;
    assert_eq!((paid.status, paid.code()), (StatusCode::FORBIDDEN, "account_frozen"), "{}", paid.body);
    let transfer = json!({ "to_email": "joao@example.com", "amount": usd("5.00"), "payment_password": "381947" });
    let sent = service.post_money("/v1/transfers", &maria.token, "send-frozen", transfer).await;
    assert_eq!(sent.code(), "account_frozen", "{}", sent.body);
    let card = json!({ "rail": "bank_card", "card_id": "card_none", "amount": usd("10.00") });
    let topped = service.post_money("/v1/top-ups", &maria.token, "top-frozen", card).await;
    assert_eq!(topped.code(), "account_frozen", "{}", topped.body);
    assert_eq!(service.balance(&maria, "USD").await.0, "40.00", "she still sees her money");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    let told = feed.body["notifications"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((told["kind"].as_str(), told["facts"]["note"].as_str()), (Some("account_frozen"), Some(reason)));
    let (_, _, frozen_page) = service.page(Method::GET, &path, &[("cookie", &lea)], "").await;
    assert!(frozen_page.contains("data-testid=\"frozen\"") && frozen_page.contains(reason), "{frozen_page}");

    let (status, _, again) = service
        .page(Method::POST, &freeze, &[FORM, ("cookie", &lea)], &form(&[("csrf", &csrf), ("reason", "twice")]))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");
    let (status, _, _) =
        service.page(Method::POST, &format!("{path}/thaw"), &[FORM, ("cookie", &lea)], &form(&[("csrf", &csrf)])).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let paid = service.pay(&maria, &order, "pay-thawed", balance_source("USD")).await;
    assert_eq!(paid.status, StatusCode::OK, "{}", paid.body);
    let subject = format!("user:{}", maria.user_id);
    assert_eq!(
        audit_log(&service),
        vec![("shopper.freeze".to_string(), subject.clone()), ("shopper.thaw".to_string(), subject)]
    );

    let ana = signed_in(&service, "ana@pocket.example", StaffRole::Support).await;
    let (_, _, support_page) = service.page(Method::GET, &path, &[("cookie", &ana)], "").await;
    let (status, _, _) = service
        .page(
            Method::POST,
            &freeze,
            &[FORM, ("cookie", &ana)],
            &form(&[("csrf", &hidden(&support_page, "csrf")), ("reason", "no")]),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "support does not freeze");
    service.assert_ledger_healthy();
}
