//! The object the Kotlin and Swift shells hold, [`PocketApp`], and the
//! runtime it runs on (feature `uniffi`; built into the `pocket-ffi`
//! library). Every type the shells see is declared once in this crate, so
//! one Kotlin package and one Swift module carry them all.
//!
//! Calls are coarse: one call per screen (`wallet()` returns balances,
//! limits, top-ups and pending actions at once), because one call through
//! JNA costs microseconds while the work inside Rust costs nanoseconds.
//!
//! Every async method runs on one tokio runtime owned here, so the app
//! core's background work (resending pending actions, listening for
//! notifications) has somewhere to live whatever thread the shell calls
//! from. Kotlin sees `suspend fun`s, Swift `async` functions, and
//! [`PocketError`] as a typed exception with its fields.

use std::future::Future;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use super::{
    Card, CardsScreen, CartLine, Catalogue, HistoryScreen, NotificationsScreen, Order, OrdersScreen, PaymentOutcome,
    PaymentSource, PendingAction, Pocket, PocketConfig, PocketError, PocketListener, Profile, Quote, Receipt,
    SecretStore, SecurityAnswer, SignUpForm, SignUpReceipt, TopUp, TopUpOutcome, TopUpRequest, Transfer, WalletScreen,
};
use crate::cards::SaveCardChoice;
use crate::money::{Currency, Money};
use crate::orders::{DisputeReason, RefundPreference};

/// How the app core is opened.
#[derive(Debug, Clone, uniffi::Record)]
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

/// The runtime every call runs on. Built once, on first use.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pocket-core")
            .enable_all()
            .build()
            .expect("the Pocket runtime starts")
    })
}

/// The object a shell holds: open one per app process.
#[derive(uniffi::Object)]
pub struct PocketApp {
    pocket: Arc<Pocket>,
}

impl PocketApp {
    /// Runs `work` on the Pocket runtime and waits for it from whatever
    /// executor the foreign side polls us on.
    async fn run<T, F, Fut>(&self, work: F) -> Result<T, PocketError>
    where
        T: Send + 'static,
        F: FnOnce(Arc<Pocket>) -> Fut,
        Fut: Future<Output = Result<T, PocketError>> + Send + 'static,
    {
        let task = runtime().spawn(work(self.pocket.clone()));
        task.await.map_err(|error| PocketError::Internal { explanation: format!("the core's task failed: {error}") })?
    }
}

#[uniffi::export]
impl PocketApp {
    /// Opens the app core with the shell's secret store (the Android
    /// Keystore from Kotlin, the keychain from Swift).
    #[uniffi::constructor]
    pub fn new(settings: PocketSettings, secrets: Arc<dyn SecretStore>) -> Result<Arc<PocketApp>, PocketError> {
        let mut config = PocketConfig::new(settings.data_dir, settings.service_url);
        config.request_timeout = Duration::from_millis(settings.request_timeout_ms.max(1));
        config.background_sync = settings.background_sync;
        // Opened inside the runtime, so the background work starts on it.
        let _inside = runtime().enter();
        let pocket = Pocket::open(config, secrets)?;
        Ok(Arc::new(PocketApp { pocket: Arc::new(pocket) }))
    }

    /// Registers the shell's listener, or removes it with `null`/`nil`.
    pub fn set_listener(&self, listener: Option<Arc<dyn PocketListener>>) {
        self.pocket.set_listener(listener);
    }

    /// Whether a shopper is signed in on this phone.
    pub fn is_signed_in(&self) -> Result<bool, PocketError> {
        self.pocket.is_signed_in()
    }

    /// Money actions not answered yet.
    pub fn pending_actions(&self) -> Result<Vec<PendingAction>, PocketError> {
        self.pocket.pending_actions()
    }

    /// Does nothing: `make bench` times it to measure what one call across
    /// the FFI costs by itself.
    pub fn ping(&self) -> u64 {
        1
    }
}

#[uniffi::export]
impl PocketApp {
    /// Creates an account; a confirmation link valid 24 hours is emailed.
    pub async fn sign_up(&self, form: SignUpForm) -> Result<SignUpReceipt, PocketError> {
        self.run(|p| async move { p.sign_up(form).await }).await
    }

    /// Confirms the email with the link's token.
    pub async fn confirm_email(&self, token: String) -> Result<(), PocketError> {
        self.run(|p| async move { p.confirm_email(token).await }).await
    }

    /// Sends a new confirmation link.
    pub async fn resend_confirmation(&self, email: String) -> Result<(), PocketError> {
        self.run(|p| async move { p.resend_confirmation(email).await }).await
    }

    /// Signs in; the session token goes to the secret store.
    pub async fn log_in(&self, email: String, password: String) -> Result<Profile, PocketError> {
        self.run(|p| async move { p.log_in(email, password).await }).await
    }

    /// Signs out; pending money actions stay saved for the same shopper.
    pub async fn log_out(&self) -> Result<(), PocketError> {
        self.run(|p| async move { p.log_out().await }).await
    }

    /// The profile.
    pub async fn profile(&self) -> Result<Profile, PocketError> {
        self.run(|p| async move { p.profile().await }).await
    }

    /// Changes the interface language.
    pub async fn set_language(&self, language: String) -> Result<Profile, PocketError> {
        self.run(|p| async move { p.set_language(language).await }).await
    }

    /// Sets (or, with the current one, changes) the payment password.
    pub async fn set_payment_password(
        &self,
        password: String,
        confirmation: String,
        current_password: Option<String>,
    ) -> Result<(), PocketError> {
        self.run(|p| async move { p.set_payment_password(password, confirmation, current_password).await }).await
    }

    /// Sets at least three security questions.
    pub async fn set_security_questions(&self, answers: Vec<SecurityAnswer>) -> Result<(), PocketError> {
        self.run(|p| async move { p.set_security_questions(answers).await }).await
    }

    /// The wallet screen: balances, limits, top-ups, pending actions.
    pub async fn wallet(&self) -> Result<WalletScreen, PocketError> {
        self.run(|p| async move { p.wallet().await }).await
    }

    /// Tops up the balance on a rail.
    pub async fn top_up(&self, request: TopUpRequest) -> Result<TopUpOutcome, PocketError> {
        self.run(|p| async move { p.top_up(request).await }).await
    }

    /// Completes a card top-up with the SMS code.
    pub async fn complete_top_up_with_code(&self, action_id: String, code: String) -> Result<TopUp, PocketError> {
        self.run(|p| async move { p.complete_top_up_with_code(action_id, code).await }).await
    }

    /// Sends money to another Pocket user.
    pub async fn transfer(
        &self,
        to_email: String,
        amount: Money,
        note: String,
        payment_password: String,
    ) -> Result<Transfer, PocketError> {
        self.run(|p| async move { p.transfer(to_email, amount, note, payment_password).await }).await
    }

    /// Every movement of the shopper's money.
    pub async fn history(&self) -> Result<HistoryScreen, PocketError> {
        self.run(|p| async move { p.history().await }).await
    }

    /// A payment's receipt.
    pub async fn receipt(&self, order_id: String) -> Result<Receipt, PocketError> {
        self.run(|p| async move { p.receipt(order_id).await }).await
    }

    /// The notification feed.
    pub async fn notifications(&self) -> Result<NotificationsScreen, PocketError> {
        self.run(|p| async move { p.notifications().await }).await
    }

    /// Adds a card; `save` binds it (the default choice is not to).
    pub async fn add_card(&self, number: String, expiry: String, save: SaveCardChoice) -> Result<Card, PocketError> {
        self.run(|p| async move { p.add_card(number, expiry, save).await }).await
    }

    /// Removes a bound card.
    pub async fn remove_card(&self, card_id: String) -> Result<CardsScreen, PocketError> {
        self.run(|p| async move { p.remove_card(card_id).await }).await
    }

    /// The bound cards, masked.
    pub async fn cards(&self) -> Result<CardsScreen, PocketError> {
        self.run(|p| async move { p.cards().await }).await
    }

    /// Sellers and products.
    pub async fn catalogue(&self) -> Result<Catalogue, PocketError> {
        self.run(|p| async move { p.catalogue().await }).await
    }

    /// Checks a cart out into one order per seller.
    pub async fn check_out(
        &self,
        lines: Vec<CartLine>,
        coupon: Option<String>,
        delivery_address: Option<String>,
    ) -> Result<Vec<Order>, PocketError> {
        self.run(|p| async move { p.check_out(lines, coupon, delivery_address).await }).await
    }

    /// What paying from a balance in `currency` costs, and the limits.
    pub async fn quote(&self, order_id: String, currency: Currency) -> Result<Quote, PocketError> {
        self.run(|p| async move { p.quote(order_id, currency).await }).await
    }

    /// Pays an order into escrow with the payment password.
    pub async fn pay(
        &self,
        order_id: String,
        source: PaymentSource,
        payment_password: String,
    ) -> Result<PaymentOutcome, PocketError> {
        self.run(|p| async move { p.pay(order_id, source, payment_password).await }).await
    }

    /// Completes a card payment with the SMS code.
    pub async fn complete_payment_with_code(&self, action_id: String, code: String) -> Result<Order, PocketError> {
        self.run(|p| async move { p.complete_payment_with_code(action_id, code).await }).await
    }

    /// The shopper's orders.
    pub async fn orders(&self) -> Result<OrdersScreen, PocketError> {
        self.run(|p| async move { p.orders().await }).await
    }

    /// One order, fresh.
    pub async fn order(&self, order_id: String) -> Result<Order, PocketError> {
        self.run(|p| async move { p.order(order_id).await }).await
    }

    /// Confirms the parcel arrived.
    pub async fn confirm_receipt(&self, order_id: String) -> Result<Order, PocketError> {
        self.run(|p| async move { p.confirm_receipt(order_id).await }).await
    }

    /// Cancels an unshipped order.
    pub async fn cancel_order(&self, order_id: String) -> Result<Order, PocketError> {
        self.run(|p| async move { p.cancel_order(order_id).await }).await
    }

    /// Opens a dispute.
    pub async fn open_dispute(&self, order_id: String, reason: DisputeReason) -> Result<Order, PocketError> {
        self.run(|p| async move { p.open_dispute(order_id, reason).await }).await
    }

    /// Chooses where a refund goes.
    pub async fn choose_refund_destination(
        &self,
        order_id: String,
        preference: RefundPreference,
    ) -> Result<Order, PocketError> {
        self.run(|p| async move { p.choose_refund_destination(order_id, preference).await }).await
    }

    /// Sends every pending action now.
    pub async fn resend_pending(&self) -> Result<Vec<PendingAction>, PocketError> {
        self.run(|p| async move { p.resend_pending().await }).await
    }
}

/// The OS keychain as the app core's secret store (iOS and macOS: the
/// Apple keychain; desktop Linux: the kernel keyring), for shells that do
/// not bring their own. Android brings its own Keystore-backed store.
#[cfg(feature = "keychain")]
#[uniffi::export]
pub fn platform_keychain(service: String) -> Result<Arc<dyn SecretStore>, super::SecretStoreError> {
    super::KeychainSecretStore::use_platform_store()?;
    Ok(Arc::new(super::KeychainSecretStore::new(service)))
}
