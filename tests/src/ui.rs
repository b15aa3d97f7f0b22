//! Driving the app as a shell does: a [`PocketUi`] opened on a test phone,
//! taps sent with `dispatch`, and every view the observer receives kept so
//! a test can wait for the one it expects.

use std::sync::Arc;
use std::time::Duration;

use pocket_core::app::SecretStore;
use tokio::sync::watch;

use pocket_core::app::ui::*;

use crate::{TestPhone, TestService, PASSWORD, PAYMENT_PASSWORD};

/// How long a test waits for a view before it fails.
const PATIENCE: Duration = Duration::from_secs(20);

/// Keeps the newest view (views arrive in revision order).
struct Recorder {
    latest: watch::Sender<Option<AppView>>,
}

impl ViewObserver for Recorder {
    fn on_view(&self, view: AppView) {
        self.latest.send_replace(Some(view));
    }
}

/// The app on a test phone.
pub struct TestApp {
    /// The app.
    pub ui: Arc<PocketUi>,
    views: watch::Receiver<Option<AppView>>,
}

impl TestApp {
    /// Opens the app on `phone` in English, in UTC, with the background
    /// work on (as on a phone).
    pub async fn open(phone: &TestPhone) -> TestApp {
        TestApp::open_in(phone, "en-US", "UTC").await
    }

    /// Opens the app with the phone's locale and time zone.
    pub async fn open_in(phone: &TestPhone, locale: &str, time_zone: &str) -> TestApp {
        let (sender, views) = watch::channel(None);
        let secrets: Arc<dyn SecretStore> = phone.secrets.clone();
        let settings = PocketSettings {
            data_dir: phone.data_dir.display().to_string(),
            service_url: phone.service_url().to_string(),
            request_timeout_ms: 2_000,
            background_sync: true,
        };
        let observer = Arc::new(Recorder { latest: sender });
        let ui =
            PocketUi::open(settings, secrets, locale.into(), time_zone.into(), observer).await.expect("the app opens");
        TestApp { ui, views }
    }

    /// A tap.
    pub fn tap(&self, event: UiEvent) {
        self.ui.dispatch(event);
    }

    /// Waits until the newest view gives `pick` something; that thing.
    /// Fails the test, with the last view, after 20 s.
    pub async fn until<T>(&mut self, what: &str, pick: impl Fn(&AppView) -> Option<T>) -> T {
        let waiting = async {
            loop {
                if let Some(found) = self.views.borrow_and_update().as_ref().and_then(&pick) {
                    return found;
                }
                self.views.changed().await.expect("the app is open");
            }
        };
        match tokio::time::timeout(PATIENCE, waiting).await {
            Ok(found) => found,
            Err(_) => panic!("never saw {what}; the last view was {:#?}", self.views.borrow().as_ref()),
        }
    }

    /// Waits until the app's state as of the newest view is saved on the
    /// phone (so the app can be stopped as a phone kills it).
    pub async fn until_saved(&self) {
        let revision = self.ui.view().revision;
        for _ in 0..200 {
            if self.ui.saved_revision() >= revision {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the app's state was never saved");
    }
}

/// The screen of a view as `Screen::$variant`'s view, if it is that screen.
#[macro_export]
macro_rules! on_screen {
    ($view:expr, $variant:ident) => {
        match &$view.screen {
            pocket_core::app::ui::Screen::$variant { view } => Some(view),
            _ => None,
        }
    };
}

pub fn sign_up_input(email: &str, phone: &str) -> SignUpInput {
    SignUpInput {
        email: email.into(),
        password: SecretText::new(PASSWORD),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500, São Paulo".into(),
        phone: phone.into(),
        national_id: "123.456.789-09".into(),
        country: "BR".into(),
        language: "en".into(),
    }
}

/// Signs up through the screens: form, emailed code, payment password,
/// security questions; ends on home. Returns the user id.
pub async fn sign_up_through_the_screens(service: &TestService, app: &mut TestApp, email: &str, phone: &str) -> String {
    app.until("welcome", |v| on_screen!(v, Welcome).cloned()).await;
    app.tap(UiEvent::Open { destination: Destination::SignUp });
    app.until("the sign-up form", |v| on_screen!(v, SignUp).cloned()).await;
    app.tap(UiEvent::SignUp { event: SignUpEvent::Submit { input: sign_up_input(email, phone) } });
    let check = app.until("the email check", |v| on_screen!(v, CheckEmail).cloned()).await;
    assert!(check.message.contains(email), "{}", check.message);

    let code = service.last_code_sent_to(email).await;
    app.tap(UiEvent::CheckEmail { event: CheckEmailEvent::Confirm { code } });
    app.until("the payment password setup", |v| on_screen!(v, PaymentPassword).cloned()).await;

    let set = |password: &str| UiEvent::PaymentPassword {
        event: PaymentPasswordEvent::Submit {
            current: None,
            password: SecretText::new(password),
            confirmation: SecretText::new(password),
        },
    };
    app.tap(set("123456"));
    let weak = app.until("the run refused", |v| on_screen!(v, PaymentPassword)?.password.error.clone()).await;
    assert_eq!(weak, "Digits counting up or down are easy to guess. Mix them up.");
    app.tap(set(PAYMENT_PASSWORD));
    app.until("the security questions", |v| on_screen!(v, SecurityQuestions).cloned()).await;
    let answers = ["Rex", "Porto", "Escola 1"].map(SecretText::new).to_vec();
    app.tap(UiEvent::SecurityQuestions { event: SecurityQuestionsEvent::Submit { answers } });
    let home = app.until("home", |v| on_screen!(v, Home).cloned()).await;
    assert_eq!(home.greeting, "Hello, Maria");
    app.ui.pocket().saved_screens().unwrap().profile.expect("the profile is saved").shopper.user_id
}
