//! Driving the app as a shell does: a [`PocketUi`] opened on a test phone,
//! taps sent with `dispatch`, and every view the observer receives kept so
//! a test can wait for the one it expects.

use std::sync::Arc;
use std::time::Duration;

use pocket_core::app::ui::{AppView, PocketSettings, PocketUi, UiEvent, ViewObserver};
use pocket_core::app::SecretStore;
use tokio::sync::watch;

use crate::TestPhone;

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
