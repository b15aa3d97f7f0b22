//! A member of staff at the console of a running service, as a browser
//! drives it: made as the operator makes one, signed in with the password
//! and the code an authenticator app shows, forms posted with the page's
//! CSRF token. The console's own pages are tested in the service's HTTP
//! tests and in Chromium; here it only drives what staff do, so a test can
//! watch the shopper's app hear of it.

use pocket_core::password::SecretHasher;
use pocket_server::service_key::ServiceKey;
use pocket_server::staff::{add_staff, FirstPassword, StaffRole};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::StatusCode;

use crate::TestService;

/// A member of staff signed in at the console.
pub struct StaffMember {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl StaffMember {
    /// Adds a member in `role` to the service's database (as `pocket-server
    /// staff add` does) and signs them in.
    // The service's refusal is its error as it is (see its lib.rs).
    #[allow(clippy::result_large_err)]
    pub async fn sign_in(service: &TestService, email: &str, role: StaffRole) -> StaffMember {
        let (service_key, _) = ServiceKey::load(service.data_dir()).expect("the service key loads");
        let first = FirstPassword::new(&SecretHasher::fast_for_tests()).unwrap();
        let now = chrono::Utc::now();
        let member = service
            .store()
            .with_connection(|db| db.in_transaction(|tx| add_staff(tx, &first, &service_key, email, role, now)))
            .expect("the member is added");
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let base = format!("http://{}", service.address);

        let form = http.get(format!("{base}/staff/sign-in")).send().await.unwrap();
        let form_cookie = cookie_set_by(&form, "pocket_staff_sign_in");
        let page = form.text().await.unwrap();
        let secret = totp_rs::Secret::Encoded(member.totp_secret.clone()).to_bytes().unwrap();
        let totp = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, secret, None, "staff".into()).unwrap();
        let fields = [
            ("csrf", hidden(&page, "csrf")),
            ("email", email.to_string()),
            ("password", member.password.clone()),
            ("code", totp.generate_current().unwrap()),
        ];
        let signed_in = http
            .post(format!("{base}/staff/sign-in"))
            .header(COOKIE, format!("pocket_staff_sign_in={form_cookie}"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "{email} signs in");
        let cookie = format!("pocket_staff={}", cookie_set_by(&signed_in, "pocket_staff"));
        StaffMember { http, base, cookie }
    }

    /// A page of the console: its status and HTML.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let answer = self.http.get(format!("{}{path}", self.base)).header(COOKIE, &self.cookie).send().await.unwrap();
        (answer.status(), answer.text().await.unwrap())
    }

    /// Posts a form from the page at `page_path` (with that page's CSRF
    /// token) to `action`; where the console sent the browser next.
    pub async fn submit(&self, page_path: &str, action: &str, fields: &[(&str, &str)]) -> String {
        let (status, page) = self.page(page_path).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let mut form: Vec<(&str, String)> = vec![("csrf", hidden(&page, "csrf"))];
        form.extend(fields.iter().map(|(name, value)| (*name, value.to_string())));
        let answer = self
            .http
            .post(format!("{}{action}", self.base))
            .header(COOKIE, &self.cookie)
            .form(&form)
            .send()
            .await
            .unwrap();
        let status = answer.status();
        let location = answer.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_string());
        let body = answer.text().await.unwrap();
        assert_eq!(status, StatusCode::SEE_OTHER, "{action} was done: {body}");
        location.unwrap_or_default()
    }
}

fn cookie_set_by(answer: &reqwest::Response, name: &str) -> String {
    let prefix = format!("{name}=");
    answer
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|line| line.strip_prefix(&prefix).map(|rest| rest.split(';').next().unwrap().to_string()))
        .unwrap_or_else(|| panic!("{name} is set"))
}

fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {name} in {page}")) + marker.len();
    page[start..].split('"').next().unwrap().to_string()
}
