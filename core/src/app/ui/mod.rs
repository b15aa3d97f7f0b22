//! The whole shopper app as state in the core: [`PocketUi`] is the one
//! object a shell holds. The shell draws the [`AppView`] it is given and
//! sends a [`UiEvent`] for every tap; it decides nothing, writes no
//! sentence and formats no amount.
//!
//! ```text
//!  shell ── dispatch(UiEvent) ──▶ update(model, input, now) ──▶ tasks ──▶ Pocket (HTTP, SQLite, outbox)
//!    ▲                                 ▲                                    │
//!    │                                 └────────── Done / PocketEvent ◀─────┘
//!    └──── ViewObserver::on_view(AppView) ◀── view(model), coalesced, by revision
//! ```
//!
//! - `update` (in [`update`](self::update)) is pure and unit-tested without
//!   a network; each flow (sign-up, pay, dispute...) has its module in
//!   `flows/` with its state, events, outcomes and view.
//! - Texts come from Fluent files in `text/locales/`, in the shopper's
//!   language; amounts and dates in their locale and time zone.
//! - The route and every flow in progress (never a secret) are saved on
//!   the phone after each change, so an app the system killed reopens
//!   where the shopper was; a payment that was being sent shows as pending.

mod describe;
mod destination;
mod event;
mod flows;
mod loads;
mod model;
mod open;
mod parts;
mod persist;
mod render;
mod secret_text;
mod state;
mod steps;
mod task;
mod text;
mod update;
mod view;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use chrono::Utc;

pub use destination::Destination;
pub use event::UiEvent;
pub use flows::*;
pub use parts::{BankCodeEvent, CodedAction, OpeningFailedView};
pub use secret_text::SecretText;
pub use steps::{DocumentFieldsView, DocumentInput};
pub use view::*;

use super::{Pocket, PocketConfig, PocketError, PocketEvent, PocketListener, SecretStore};

/// A notification worded as the app's feed words it, in `language` (a tag
/// the app speaks; English otherwise): its title and its sentence, amounts in
/// the language's format. The service words each push with it, so a push
/// and the feed say the same, in the shopper's language.
pub fn notification_words(language: &str, notification: &crate::contract::wallet::Notification) -> (String, String) {
    describe::notification_words(notification, &Texts::new(language, "UTC"))
}
/// What a shell shows when [`PocketUi::open`] failed: why, worded for the
/// phone's `locale`, the error's `detail` for support, and "Try again" (the
/// shell then calls `open` again).
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn opening_failed_view(locale: String, detail: String) -> OpeningFailedView {
    describe::opening_failed(&detail, &Texts::new(&locale, "UTC"))
}

use model::Model;
use persist::SavedUi;
use task::Task;
use text::Texts;
use update::{Input, Opened};

/// How the app core is opened.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PocketSettings {
    /// A folder the app owns (`context.filesDir` on Android, Application
    /// Support on iOS).
    pub data_dir: String,
    /// The service: `http://10.0.2.2:8080` from the Android emulator,
    /// `http://127.0.0.1:8080` from the iOS simulator.
    pub service_url: String,
    /// The longest one request may take, in milliseconds (15000 is a good
    /// default on phones).
    pub request_timeout_ms: u64,
    /// Resend pending actions and listen for notifications in the
    /// background (on in an app; tests may turn it off).
    pub background_sync: bool,
}

/// Implemented by a shell: gets every new view of the app. Called on one
/// of the core's threads, never while the core holds a lock; hop to the
/// main thread to draw. Views come in revision order; a burst of changes
/// arrives as one view.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait ViewObserver: Send + Sync {
    /// The app's new view.
    fn on_view(&self, view: AppView);
}

/// The app: open one per process.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct PocketUi {
    shared: Arc<Shared>,
    background: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

/// What the app's methods, its tasks and its background loops share.
struct Shared {
    pocket: Arc<Pocket>,
    model: Mutex<Model>,
    observer: Arc<dyn ViewObserver>,
    runtime: tokio::runtime::Handle,
    /// Wakes the loop that sends views.
    changed: tokio::sync::Notify,
    /// Wakes the loop that saves the app's state.
    save: tokio::sync::Notify,
    /// The revision whose state is on disk.
    saved_revision: AtomicU64,
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl PocketUi {
    /// Opens the app: the phone's store (off the caller's thread), what it
    /// saved (screens, the route, flows in progress), and the background
    /// work. The first view, drawn from what was saved, reaches `observer`
    /// before any network answer. `locale` is the phone's (`pt-BR`), and
    /// `time_zone` its IANA zone (`America/Sao_Paulo`).
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub async fn open(
        settings: PocketSettings,
        secrets: Arc<dyn SecretStore>,
        locale: String,
        time_zone: String,
        observer: Arc<dyn ViewObserver>,
    ) -> Result<Arc<PocketUi>, PocketError> {
        // Opening reads files and spawns the core's loops: on the core's
        // runtime, never on the caller's (often the main) thread.
        let opening = super::runtime::runtime().spawn(async move {
            let pocket = open_pocket(settings, secrets)?;
            start_ui(pocket, &locale, &time_zone, observer)
        });
        opening.await.map_err(|error| PocketError::internal(format!("opening failed: {error}")))?
    }

    /// Something the shopper did. Returns at once: the work runs on the
    /// core's threads and the new view arrives at the observer.
    pub fn dispatch(&self, event: UiEvent) {
        self.shared.apply(Input::Ui(event));
    }

    /// The whole current view (the observer gets the same after every
    /// change).
    pub fn view(&self) -> AppView {
        self.shared.view()
    }
}

/// The one app a shell holds, and what was sent to it before it opened. A
/// link, a push's tap or the push token can arrive while the app is still
/// opening (a cold start): each is kept and dispatched, in order, the
/// moment it has opened, so none is dropped. Written once here rather than
/// in each shell. A shell releases it (Kotlin's `close`, Swift's last
/// reference) to stop the app.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
#[derive(Default)]
pub struct PocketConnection {
    state: Mutex<Connection>,
}

#[derive(Default)]
struct Connection {
    /// `None` until [`PocketConnection::open`] has succeeded.
    ui: Option<Arc<PocketUi>>,
    /// Sent before then, oldest first.
    early: Vec<UiEvent>,
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl PocketConnection {
    /// A connection to an app not yet opened: what is sent is kept.
    #[cfg_attr(feature = "uniffi", uniffi::constructor)]
    pub fn new() -> Arc<PocketConnection> {
        Arc::new(PocketConnection::default())
    }

    /// Opens the app ([`PocketUi::open`]); what was sent meanwhile reaches
    /// it first, in order. After a failure (shown with
    /// [`opening_failed_view`]) the shell may call it again; what was sent
    /// is still kept.
    pub async fn open(
        self: Arc<Self>,
        settings: PocketSettings,
        secrets: Arc<dyn SecretStore>,
        locale: String,
        time_zone: String,
        observer: Arc<dyn ViewObserver>,
    ) -> Result<(), PocketError> {
        let ui = PocketUi::open(settings, secrets, locale, time_zone, observer).await?;
        let mut state = self.lock();
        // `dispatch` returns at once, so dispatching under the lock keeps
        // the order against an event sent right now.
        for event in state.early.drain(..) {
            ui.dispatch(event);
        }
        state.ui = Some(ui);
        Ok(())
    }

    /// A tap, a link or a token: dispatched now, or kept until the app has
    /// opened. Returns at once.
    pub fn send(&self, event: UiEvent) {
        let mut state = self.lock();
        match &state.ui {
            Some(ui) => ui.dispatch(event),
            None => state.early.push(event),
        }
    }

    /// How many events wait for the app to open.
    pub fn waiting(&self) -> u32 {
        self.lock().early.len() as u32
    }
}

impl PocketConnection {
    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl PocketUi {
    /// The revision of the newest state saved on the phone (for tests that
    /// stop the app as a phone would kill it).
    pub fn saved_revision(&self) -> u64 {
        self.shared.saved_revision.load(Ordering::Acquire)
    }

    /// The app core underneath (for tests).
    pub fn pocket(&self) -> &Pocket {
        &self.shared.pocket
    }
}

impl Drop for PocketUi {
    fn drop(&mut self) {
        for task in self.background.lock().unwrap_or_else(|p| p.into_inner()).drain(..) {
            task.abort();
        }
    }
}

/// The app core: the phone's store and the service client.
fn open_pocket(settings: PocketSettings, secrets: Arc<dyn SecretStore>) -> Result<Arc<Pocket>, PocketError> {
    let mut config = PocketConfig::new(settings.data_dir, settings.service_url);
    config.request_timeout = Duration::from_millis(settings.request_timeout_ms.max(1));
    config.background_sync = settings.background_sync;
    Ok(Arc::new(Pocket::open(config, secrets)?))
}

/// The model from what the phone saved, its loops, and the first view.
fn start_ui(
    pocket: Arc<Pocket>,
    locale: &str,
    time_zone: &str,
    observer: Arc<dyn ViewObserver>,
) -> Result<Arc<PocketUi>, PocketError> {
    tracing::info!(version = env!("CARGO_PKG_VERSION"), locale, time_zone, "the core opened");
    let signed_in = pocket.is_signed_in()?;
    let screens = if signed_in { pocket.saved_screens()? } else { Default::default() };
    let pending = pocket.pending_actions()?;
    let saved = pocket.saved_ui_state()?.and_then(|text| SavedUi::from_json(&text));
    let model = Model::new(Texts::new(locale, time_zone), region_of(locale), Utc::now());
    let shared = Arc::new(Shared {
        pocket: pocket.clone(),
        model: Mutex::new(model),
        observer,
        runtime: tokio::runtime::Handle::current(),
        changed: tokio::sync::Notify::new(),
        save: tokio::sync::Notify::new(),
        saved_revision: AtomicU64::new(0),
    });
    pocket.set_listener(Some(Arc::new(EngineListener(Arc::downgrade(&shared)))));
    let background =
        vec![shared.runtime.spawn(send_views(shared.clone())), shared.runtime.spawn(save_state(shared.clone()))];
    shared.apply(Input::Opened(Box::new(Opened { signed_in, screens, pending, saved })));
    Ok(Arc::new(PocketUi { shared, background: Mutex::new(background) }))
}

/// `pt-BR` → `BR`.
fn region_of(locale: &str) -> Option<String> {
    let region = locale.split(['-', '_']).nth(1)?;
    (region.len() == 2).then(|| region.to_ascii_uppercase())
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Model> {
        self.model.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn view(&self) -> view::AppView {
        render::view(&self.lock())
    }

    /// Applies an input, starts its tasks, and wakes the view and save loops.
    fn apply(self: &Arc<Self>, input: Input) {
        let tasks = update::update(&mut self.lock(), input, Utc::now());
        for task in tasks {
            self.start(task);
        }
        self.changed.notify_one();
        self.save.notify_one();
    }

    fn start(self: &Arc<Self>, task: Task) {
        let shared = self.clone();
        self.runtime.spawn(async move {
            let done = task::run(shared.pocket.clone(), task).await;
            shared.apply(Input::Done(done));
        });
    }
}

/// Sends the newest view after each change; changes that come while one
/// is being sent are coalesced into the next.
async fn send_views(shared: Arc<Shared>) {
    let mut sent_revision = 0;
    loop {
        shared.changed.notified().await;
        let view = shared.view();
        if view.revision != sent_revision {
            sent_revision = view.revision;
            shared.observer.on_view(view);
        }
    }
}

/// Saves the route and flows when they change, off the caller's thread.
async fn save_state(shared: Arc<Shared>) {
    let mut saved = String::new();
    loop {
        shared.save.notified().await;
        let (state, revision) = {
            let model = shared.lock();
            (SavedUi::of(&model).to_json(), model.revision)
        };
        if state != saved {
            let pocket = shared.pocket.clone();
            let writing = state.clone();
            match tokio::task::spawn_blocking(move || pocket.save_ui_state(&writing)).await {
                Ok(Ok(())) => saved = state,
                Ok(Err(error)) => {
                    tracing::warn!(%error, "could not save the app's state");
                    continue;
                }
                Err(error) => {
                    tracing::warn!(%error, "saving the app's state failed");
                    continue;
                }
            }
        }
        shared.saved_revision.fetch_max(revision, Ordering::AcqRel);
    }
}

/// The app core's events, as inputs.
struct EngineListener(Weak<Shared>);

impl PocketListener for EngineListener {
    fn on_event(&self, event: PocketEvent) {
        if let Some(shared) = self.0.upgrade() {
            shared.apply(Input::Engine(event));
        }
    }
}

#[cfg(test)]
mod fixtures;
#[cfg(all(test, feature = "uniffi"))]
mod gallery;
#[cfg(test)]
mod tests;
