//! A member of staff, as the operator makes one and as the console signs
//! them in: the session cookie, the forms' hidden fields, the audit log.

use axum::http::{HeaderMap, Method, StatusCode};
use pocket_server::staff::{add_staff, FirstPassword, NewStaff, StaffRole};

use super::TestService;

pub const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

pub fn staff(service: &TestService, email: &str, role: StaffRole) -> NewStaff {
    let (config, now) = (&service.app.config, service.app.clock.now());
    service
        .app
        .store
        .with_connection(|db| {
            let first = FirstPassword::new(&config.hasher)?;
            db.in_transaction(|tx| add_staff(tx, &first, &config.service_key, email, role, now))
        })
        .unwrap()
}

/// The member's TOTP code at the service's time, as their authenticator app shows it.
pub fn code(service: &TestService, member: &NewStaff, steps_ahead: i64) -> String {
    let secret = totp_rs::Secret::Encoded(member.totp_secret.clone()).to_bytes().unwrap();
    let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, secret, None, "staff".into()).unwrap();
    totp.generate((service.app.clock.now().timestamp() + steps_ahead * 30) as u64)
}

pub fn set_cookies(headers: &HeaderMap) -> Vec<String> {
    headers.get_all("set-cookie").iter().map(|value| value.to_str().unwrap().to_string()).collect()
}

/// The value of a cookie a response set, and its attributes.
pub fn cookie_named(headers: &HeaderMap, name: &str) -> (String, String) {
    let line = set_cookies(headers).into_iter().find(|line| line.starts_with(&format!("{name}="))).expect(name);
    let value = line.split(';').next().unwrap().split_once('=').unwrap().1.to_string();
    (value, line)
}

/// A hidden form field's value in a page.
pub fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {name} in {page}")) + marker.len();
    page[start..].split('"').next().unwrap().to_string()
}

/// Signs in; the session cookie's value.
pub async fn sign_in(service: &TestService, email: &str, member: &NewStaff) -> Result<String, (StatusCode, String)> {
    let (_, headers, page) = service.page(Method::GET, "/staff/sign-in", &[], "").await;
    let (sign_in_cookie, _) = cookie_named(&headers, "pocket_staff_sign_in");
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", &hidden(&page, "csrf"))
        .append_pair("email", email)
        .append_pair("password", &member.password)
        .append_pair("code", &code(service, member, 0))
        .finish();
    let cookie = format!("pocket_staff_sign_in={sign_in_cookie}");
    let (status, headers, page) =
        service.page(Method::POST, "/staff/sign-in", &[FORM, ("cookie", &cookie)], &form).await;
    if status != StatusCode::SEE_OTHER {
        return Err((status, page));
    }
    Ok(cookie_named(&headers, "pocket_staff").0)
}

/// A new member of staff in `role`, signed in: the `cookie` header's value.
pub async fn signed_in(service: &TestService, email: &str, role: StaffRole) -> String {
    let member = staff(service, email, role);
    format!("pocket_staff={}", sign_in(service, email, &member).await.expect("signed in"))
}

/// A form's body from its fields.
pub fn form(fields: &[(&str, &str)]) -> String {
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        body.append_pair(name, value);
    }
    body.finish()
}

/// The audit log's actions and subjects, oldest first.
pub fn audit_log(service: &TestService) -> Vec<(String, String)> {
    service.app.store.with_connection(|db| {
        db.prepare("SELECT action, subject FROM staff_audit ORDER BY seq")
            .unwrap()
            .query_map([], pocket_server::store::Row::read)
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    })
}
