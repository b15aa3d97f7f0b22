//! The staff console as a member of staff meets it: signing in with a
//! password and a TOTP code, a session cookie that scripts cannot read,
//! forms that carry the session's CSRF token, a role that sees only its own
//! part, and a support agent answering a case, logged and told to the
//! shopper.

use axum::http::{Method, StatusCode};
use pocket_server::staff::{NewStaff, StaffRole};
use serde_json::json;

use crate::support::staff::{audit_log, cookie_named, form, hidden, sign_in, staff, FORM};
use crate::support::TestService;

#[tokio::test]
async fn a_support_agent_signs_in_with_password_and_code_and_answers_a_case_the_shopper_then_reads() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.confirmed_shopper("maria@example.com").await;
    // The shopper was made in the sandbox; the case lives outside it.
    let service = sandbox.same_data_outside_sandbox();
    let opened = service
        .post(
            "/v1/support/cases",
            Some(&maria.token),
            json!({ "topic": "other", "message": "Where do I see my receipts?" }),
        )
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    let case_id = opened.body["id"].as_str().unwrap().to_string();
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);

    let (_, headers, _) = service.page(Method::GET, "/staff/sign-in", &[], "").await;
    let (_, attributes) = cookie_named(&headers, "pocket_staff_sign_in");
    assert!(attributes.contains("HttpOnly") && attributes.contains("Secure") && attributes.contains("SameSite=Strict"));
    let session = sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in");
    let cookie = format!("pocket_staff={session}");

    let (status, headers, cases) = service.page(Method::GET, "/staff/cases", &[("cookie", &cookie)], "").await;
    assert_eq!(status, StatusCode::OK, "{cases}");
    assert!(cases.contains(&format!("data-testid=\"case-{case_id}\"")), "{cases}");
    assert_eq!(headers["x-frame-options"], "DENY");
    let (_, _, page) = service.page(Method::GET, &format!("/staff/cases/{case_id}"), &[("cookie", &cookie)], "").await;
    assert!(page.contains("Where do I see my receipts?"), "{page}");
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", &hidden(&page, "csrf"))
        .append_pair("message", "In History: tap a payment.")
        .append_pair("outcome", "resolve")
        .finish();
    let path = format!("/staff/cases/{case_id}/reply");
    let (status, _, _) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let theirs = service.get("/v1/support/cases", Some(&maria.token)).await;
    assert_eq!(theirs.body["cases"][0]["status"], "resolved");
    assert_eq!(theirs.body["cases"][0]["messages"][1]["body"], "In History: tap a payment.");
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    assert_eq!(feed.body["notifications"][0]["kind"], "support_resolved", "{}", feed.body);
    let audit: Vec<(String, String, String)> = service.app.store.with_connection(|db| {
        db.prepare("SELECT t.email, a.action, a.subject FROM staff_audit a JOIN staff t ON t.id = a.staff_id")
            .unwrap()
            .query_map([], |r| r.read())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    });
    assert_eq!(audit, vec![("ana@pocket.example".into(), "case.resolve".into(), format!("case:{case_id}"))]);
}

#[tokio::test]
async fn a_wrong_or_reused_code_a_missing_csrf_token_another_role_and_a_shoppers_token_are_refused() {
    let service = TestService::sandbox();
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let lea = staff(&service, "lea@pocket.example", StaffRole::Compliance);

    let wrong = NewStaff { password: "not-it".into(), ..staff(&service, "bob@pocket.example", StaffRole::Support) };
    let (status, page) = sign_in(&service, "bob@pocket.example", &wrong).await.unwrap_err();
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(page.contains("is not right"), "{page}");

    let session = sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in");
    let reused = sign_in(&service, "ana@pocket.example", &ana).await;
    assert_eq!(reused.unwrap_err().0, StatusCode::UNAUTHORIZED, "a code is used once");

    let cookie = format!("pocket_staff={session}");
    let (status, _, page) =
        service.page(Method::POST, "/staff/sign-out", &[FORM, ("cookie", &cookie)], "csrf=made-up").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(page.contains("out of date"), "{page}");

    let compliance = sign_in(&service, "lea@pocket.example", &lea).await.expect("signed in");
    let (status, _, page) =
        service.page(Method::GET, "/staff/cases", &[("cookie", &format!("pocket_staff={compliance}"))], "").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "compliance does not see support's cases");
    assert!(page.contains("not part of your role"), "{page}");

    let maria = service.confirmed_shopper("maria@example.com").await;
    let bearer = format!("Bearer {}", maria.token);
    let (status, headers, _) = service.page(Method::GET, "/staff/cases", &[("authorization", &bearer)], "").await;
    assert_eq!((status, headers["location"].to_str().unwrap()), (StatusCode::SEE_OTHER, "/staff/sign-in"));
}

#[tokio::test]
async fn a_session_unused_for_thirty_minutes_ends() {
    let service = TestService::sandbox();
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let session = sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in");
    let cookie = format!("pocket_staff={session}");
    assert_eq!(service.page(Method::GET, "/staff", &[("cookie", &cookie)], "").await.0, StatusCode::OK);
    let moved = service.post("/v1/sandbox/clock/advance", None, json!({ "minutes": 31 })).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let (status, headers, _) = service.page(Method::GET, "/staff", &[("cookie", &cookie)], "").await;
    assert_eq!((status, headers["location"].to_str().unwrap()), (StatusCode::SEE_OTHER, "/staff/sign-in"));
}

#[tokio::test]
async fn support_decides_a_dispute_with_a_partial_refund_and_the_rest_goes_to_the_seller() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.paying_shopper("maria@example.com").await;
    sandbox.grant(&maria, "20.00", "USD").await;
    // From here on, no sandbox route: the marketplace ships and delivers
    // with its key, support decides in the console.
    let service = sandbox.same_data_outside_sandbox();
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "pay-1", crate::support::balance_source("USD")).await;
    let key = service
        .partner_key(pocket_server::partners::DEMO_PARTNER_ID, &[pocket_server::partners::PartnerScope::Shipping]);
    for (step, body) in [("ship", json!({ "tracking_number": "LP1" })), ("deliver", json!({}))] {
        let moved = service.post(&format!("/v1/partner/orders/{order}/{step}"), Some(&key), body).await;
        assert_eq!(moved.status, StatusCode::OK, "{step}: {}", moved.body);
    }
    let disputed = service
        .post(&format!("/v1/orders/{order}/dispute"), Some(&maria.token), json!({ "reason": "not_as_described" }))
        .await;
    assert_eq!(disputed.status, StatusCode::OK, "{}", disputed.body);
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let cookie = format!("pocket_staff={}", sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in"));

    let (_, _, list) = service.page(Method::GET, "/staff/disputes", &[("cookie", &cookie)], "").await;
    assert!(list.contains(&format!("data-testid=\"dispute-{order}\"")), "{list}");
    let (_, _, page) = service.page(Method::GET, &format!("/staff/disputes/{order}"), &[("cookie", &cookie)], "").await;
    assert!(page.contains("It is not as described"), "{page}");
    let decide = |amount: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", &hidden(&page, "csrf"))
            .append_pair("decision", "partial_refund")
            .append_pair("amount", amount)
            .finish()
    };
    let path = format!("/staff/disputes/{order}/decide");
    let (status, _, refused) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &decide("9.00")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "more than is held");
    assert!(refused.contains("at most what is held"), "{refused}");
    let (status, _, _) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &decide("1.00")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let decided = service.order(&maria, &order).await;
    assert_eq!((decided["status"].clone(), decided["refunded"]["amount"].clone()), (json!("completed"), json!("1.00")));
    assert_eq!(service.balance(&maria, "USD").await.0, "17.01", "20.00 - 3.99 + 1.00");
    let (status, _, again) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &decide("1.00")).await;
    assert_eq!(status, StatusCode::CONFLICT, "a dispute is decided once");
    assert!(again.contains("decided already"), "{again}");
    let audit: Vec<String> = service.app.store.with_connection(|db| {
        db.prepare("SELECT action FROM staff_audit")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    });
    assert_eq!(audit, vec!["dispute.decide".to_string()]);
    service.assert_ledger_healthy();
}

#[tokio::test]
async fn compliance_approves_an_identity_the_shopper_sees_raised_and_declining_needs_a_reason() {
    let sandbox = TestService::sandbox();
    let maria = sandbox.confirmed_shopper("maria@example.com").await;
    let document = json!({
        "document_type": "passport", "document_number": "FZ 123-4567", "issuing_country": "BR", "name_on_document": "Maria Souza",
    });
    let asked = sandbox.post("/v1/me/verification", Some(&maria.token), document).await;
    assert_eq!(asked.status, StatusCode::ACCEPTED, "{}", asked.body);
    let check_id = asked.body["request_id"].as_str().expect("the verification's id").to_string();
    let service = sandbox.same_data_outside_sandbox();
    let lea = staff(&service, "lea@pocket.example", StaffRole::Compliance);
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let cookie = format!("pocket_staff={}", sign_in(&service, "lea@pocket.example", &lea).await.expect("signed in"));

    let (status, _, page) = service.page(Method::GET, "/staff/identity", &[("cookie", &cookie)], "").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("4567") && !page.contains("FZ 123"), "only the number's last 4 are shown: {page}");
    let review = |decision: &str, reason: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", &hidden(&page, "csrf"))
            .append_pair("decision", decision)
            .append_pair("reason", reason)
            .finish()
    };
    let path = format!("/staff/identity/{check_id}/review");
    let (status, _, refused) =
        service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &review("decline", " ")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(refused.contains("Say why it is declined"), "{refused}");
    let (status, _, _) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &review("approve", "")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let me = service.get("/v1/me", Some(&maria.token)).await;
    assert_eq!(me.body["level"], "identity_verified", "{}", me.body);
    let feed = service.get("/v1/notifications", Some(&maria.token)).await;
    assert_eq!(feed.body["notifications"][0]["kind"], "verification_approved");
    let support = format!("pocket_staff={}", sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in"));
    let (status, _, _) = service.page(Method::GET, "/staff/identity", &[("cookie", &support)], "").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "support does not review identities");
    let audit = audit_log(&service);
    assert_eq!(audit, vec![("identity.approve".to_string(), format!("verification:{check_id}"))]);
}

#[tokio::test]
async fn an_admin_issues_a_partner_key_shown_once_which_ships_and_then_revokes_it() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    service.grant(&maria, "20.00", "USD").await;
    let order = service.phone_case_order(&maria).await;
    service.pay(&maria, &order, "pay-1", crate::support::balance_source("USD")).await;
    let root = staff(&service, "root@pocket.example", StaffRole::Admin);
    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let cookie = format!("pocket_staff={}", sign_in(&service, "root@pocket.example", &root).await.expect("signed in"));
    let demo = pocket_server::partners::DEMO_PARTNER_ID;

    let (_, _, page) = service.page(Method::GET, "/staff/partners", &[("cookie", &cookie)], "").await;
    assert!(page.contains(&format!("data-testid=\"partner-{demo}\"")), "{page}");
    let issue = |fields: &[(&str, &str)]| {
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("csrf", &hidden(&page, "csrf"));
        for (name, value) in fields {
            form.append_pair(name, value);
        }
        form.finish()
    };
    let path = format!("/staff/partners/{demo}/keys");
    let (status, _, none) = service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &issue(&[])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(none.contains("Tick at least one"), "{none}");
    let (status, _, issued) =
        service.page(Method::POST, &path, &[FORM, ("cookie", &cookie)], &issue(&[("shipping", "on")])).await;
    assert_eq!(status, StatusCode::OK, "{issued}");
    let secret = issued.split("<code>").nth(1).and_then(|rest| rest.split("</code>").next()).expect("the secret, once");
    assert!(secret.starts_with("pk_"), "{secret}");
    let (_, _, later) = service.page(Method::GET, "/staff/partners", &[("cookie", &cookie)], "").await;
    assert!(!later.contains(secret), "the secret is shown once");

    let shipped = service
        .post(&format!("/v1/partner/orders/{order}/ship"), Some(secret), json!({ "tracking_number": "LP1" }))
        .await;
    assert_eq!(shipped.status, StatusCode::OK, "{}", shipped.body);
    let key_id: String =
        service.app.store.with_connection(|db| db.query_row("SELECT id FROM partner_keys", [], |r| r.get(0)).unwrap());
    let revoke = format!("/staff/partner-keys/{key_id}/revoke");
    let (status, _, _) = service
        .page(Method::POST, &revoke, &[FORM, ("cookie", &cookie)], &format!("csrf={}", hidden(&page, "csrf")))
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let refused = service.post(&format!("/v1/partner/orders/{order}/deliver"), Some(secret), json!({})).await;
    assert_eq!(refused.code(), "partner_key_revoked");

    let support = format!("pocket_staff={}", sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in"));
    assert_eq!(
        service.page(Method::GET, "/staff/partners", &[("cookie", &support)], "").await.0,
        StatusCode::FORBIDDEN
    );
    let audit: Vec<String> = service.app.store.with_connection(|db| {
        db.prepare("SELECT action FROM staff_audit ORDER BY seq")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    });
    assert_eq!(audit, vec!["partner.key.issue".to_string(), "partner.key.revoke".to_string()]);
}

/// The text between `data-testid="ID">` and the next `<`.
fn shown(page: &str, id: &str) -> String {
    let marker = format!("data-testid=\"{id}\">");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {id} in {page}")) + marker.len();
    page[start..].split('<').next().unwrap().to_string()
}

#[tokio::test]
async fn an_admin_adds_a_member_who_signs_in_then_removes_them_and_reads_it_all_in_the_audit_log() {
    let service = TestService::sandbox();
    let root = staff(&service, "root@pocket.example", StaffRole::Admin);
    let cookie = format!("pocket_staff={}", sign_in(&service, "root@pocket.example", &root).await.expect("signed in"));
    let (_, _, page) = service.page(Method::GET, "/staff/members", &[("cookie", &cookie)], "").await;
    let csrf = hidden(&page, "csrf");

    let add = form(&[("csrf", &csrf), ("email", "Vera@Pocket.example"), ("role", "finance")]);
    let (status, _, added) = service.page(Method::POST, "/staff/members", &[FORM, ("cookie", &cookie)], &add).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let link = shown(&added, "new-totp").replace("&amp;", "&");
    let secret = link.split("secret=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let vera = NewStaff {
        staff_id: String::new(),
        password: shown(&added, "new-password"),
        totp_secret: secret,
        totp_link: link,
    };
    let vera_cookie = format!(
        "pocket_staff={}",
        sign_in(&service, "vera@pocket.example", &vera).await.expect("the new member signs in")
    );
    let (status, _, _) = service.page(Method::GET, "/staff/top-ups", &[("cookie", &vera_cookie)], "").await;
    assert_eq!(status, StatusCode::OK, "in finance's part");
    let (status, _, again) = service.page(Method::POST, "/staff/members", &[FORM, ("cookie", &cookie)], &add).await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");

    let (_, _, listed) = service.page(Method::GET, "/staff/members", &[("cookie", &cookie)], "").await;
    assert!(!listed.contains(&vera.password), "the password is shown once");
    let vera_id = listed.split("/staff/members/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let remove = format!("/staff/members/{vera_id}/remove");
    let (status, _, _) =
        service.page(Method::POST, &remove, &[FORM, ("cookie", &cookie)], &form(&[("csrf", &csrf)])).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, headers, _) = service.page(Method::GET, "/staff/top-ups", &[("cookie", &vera_cookie)], "").await;
    assert_eq!(
        (status, headers["location"].to_str().unwrap()),
        (StatusCode::SEE_OTHER, "/staff/sign-in"),
        "her session ended"
    );
    assert!(sign_in(&service, "vera@pocket.example", &vera).await.is_err(), "a removed member cannot sign in");
    let myself = format!("/staff/members/{}/remove", root.staff_id);
    let (status, _, _) =
        service.page(Method::POST, &myself, &[FORM, ("cookie", &cookie)], &form(&[("csrf", &csrf)])).await;
    assert_eq!(status, StatusCode::CONFLICT, "the last admin stays");

    let (status, _, log) = service.page(Method::GET, "/staff/audit", &[("cookie", &cookie)], "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(log.matches("data-testid=\"audit-entry\"").count(), 2, "{log}");
    assert!(log.find("staff.remove").unwrap() < log.find("staff.add").unwrap(), "newest first: {log}");
    let about = format!("/staff/audit?subject=staff%3A{vera_id}");
    let (_, _, filtered) = service.page(Method::GET, &about, &[("cookie", &cookie)], "").await;
    assert_eq!(filtered.matches("data-testid=\"audit-entry\"").count(), 2, "{filtered}");
    let (_, _, none) =
        service.page(Method::GET, "/staff/audit?subject=user%3Anobody", &[("cookie", &cookie)], "").await;
    assert!(none.contains("data-testid=\"audit-empty\""), "{none}");
    assert_eq!(
        audit_log(&service),
        vec![
            ("staff.add".to_string(), format!("staff:{vera_id}")),
            ("staff.remove".to_string(), format!("staff:{vera_id}"))
        ]
    );

    let ana = staff(&service, "ana@pocket.example", StaffRole::Support);
    let support = format!("pocket_staff={}", sign_in(&service, "ana@pocket.example", &ana).await.expect("signed in"));
    for path in ["/staff/members", "/staff/audit"] {
        let (status, _, _) = service.page(Method::GET, path, &[("cookie", &support)], "").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "support does not open {path}");
    }
}
