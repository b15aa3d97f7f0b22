//! The app's state: where the shopper is (a stack of routes), what each
//! flow has been told so far, and the data loaded from the app core, each
//! piece `Loading | Ready | Failed` with its last good copy.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::destination::Tab;
use super::state::Flows;
use super::text::{best_language, Problem, Texts};
use crate::app::{
    CardsScreen, Catalogue, Freshness, HistoryScreen, NotificationsScreen, Order, OrdersScreen, PendingAction, Profile,
    Receipt, WalletScreen,
};
use crate::contract::accounts::Verification;
use crate::contract::support::SupportCases;

/// A place in the app. The stack of them is what back walks through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "route", rename_all = "snake_case")]
pub(crate) enum Route {
    Welcome,
    SignUp,
    CheckEmail,
    SignIn,
    ResetPassword,
    PaymentPassword,
    SecurityQuestions,
    Home,
    Limits,
    TopUp,
    Cards,
    AddCard,
    Catalogue,
    Product { product_id: String },
    Cart,
    Checkout,
    Pay,
    Orders,
    Order { order_id: String },
    History,
    Receipt { order_id: String },
    RefundReceipt { order_id: String },
    Transfer,
    Notifications,
    Settings,
    RecoverPaymentPassword,
    Verification,
    Support,
    SupportCase { case_id: String },
    NewSupportCase,
}

impl Route {
    /// The tab a route belongs to, for the tab bar.
    pub fn tab(&self) -> Option<Tab> {
        match self {
            Route::Welcome
            | Route::SignUp
            | Route::CheckEmail
            | Route::SignIn
            | Route::ResetPassword
            | Route::PaymentPassword
            | Route::SecurityQuestions => None,
            Route::Catalogue | Route::Product { .. } | Route::Cart | Route::Checkout | Route::Pay => Some(Tab::Shop),
            Route::Orders | Route::Order { .. } => Some(Tab::Orders),
            Route::Settings
            | Route::RecoverPaymentPassword
            | Route::Verification
            | Route::Support
            | Route::SupportCase { .. }
            | Route::NewSupportCase => Some(Tab::Profile),
            _ => Some(Tab::Home),
        }
    }

    /// Whether the screen takes a password, a card number or a code.
    pub fn is_secure(&self) -> bool {
        matches!(
            self,
            Route::SignUp
                | Route::SignIn
                | Route::ResetPassword
                | Route::RecoverPaymentPassword
                | Route::PaymentPassword
                | Route::SecurityQuestions
                | Route::AddCard
                | Route::Pay
                | Route::TopUp
                | Route::Transfer
        )
    }
}

/// Data from the app core: the last good copy, and where loading it stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Loadable<T> {
    /// The last copy that arrived (perhaps the phone's saved one).
    pub last: Option<T>,
    /// Where the latest load stands.
    pub status: LoadStatus,
}

/// Where a load stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LoadStatus {
    /// Not asked for (or nothing to do).
    Idle,
    /// Asked for; `last` shows meanwhile.
    Loading,
    /// Arrived.
    Ready,
    /// Failed: the problem; `last` still shows.
    Failed(Problem),
}

impl<T> Default for Loadable<T> {
    fn default() -> Self {
        Loadable { last: None, status: LoadStatus::Idle }
    }
}

impl<T> Loadable<T> {
    /// A saved copy shown while the fresh one is loading.
    pub fn saved(value: Option<T>) -> Loadable<T> {
        Loadable { last: value, status: LoadStatus::Idle }
    }

    /// Marks a load as asked for.
    pub fn start(&mut self) {
        self.status = LoadStatus::Loading;
    }

    /// Takes a load's outcome: a failure keeps the last copy.
    pub fn finish(&mut self, outcome: Result<T, crate::app::PocketError>) {
        match outcome {
            Ok(value) => {
                self.last = Some(value);
                self.status = LoadStatus::Ready;
            }
            Err(error) => self.status = LoadStatus::Failed(Problem::Engine(error)),
        }
    }

    /// Whether nothing has arrived yet and a load is under way.
    pub fn is_loading_first(&self) -> bool {
        self.last.is_none() && self.status == LoadStatus::Loading
    }

    /// The problem of a failed load with nothing to show instead.
    pub fn failure_without_copy(&self) -> Option<&Problem> {
        match (&self.last, &self.status) {
            (None, LoadStatus::Failed(problem)) => Some(problem),
            _ => None,
        }
    }
}

/// Everything the app knows.
#[derive(Debug)]
pub(crate) struct Model {
    /// When the current input arrived: rules that depend on time use it.
    pub now: DateTime<Utc>,
    /// The shopper's language, formats and time zone.
    pub texts: Arc<Texts>,
    /// The region of the phone's locale (`BR` for `pt-BR`): the sign-up
    /// form's default country.
    pub region: Option<String>,
    /// Grows with every input.
    pub revision: u64,
    /// Whether the app has opened (no view is sent before).
    pub opened: bool,
    /// Whether a session is kept on this phone.
    pub signed_in: bool,
    /// Where the shopper is; never empty once opened.
    pub stack: Vec<Route>,
    /// A problem to show as a dialog.
    pub problem: Option<Problem>,
    /// A short message that went well, as a message id and its arguments.
    pub notice: Option<Notice>,
    /// The data of the screens.
    pub profile: Loadable<Profile>,
    pub wallet: Loadable<WalletScreen>,
    pub cards: Loadable<CardsScreen>,
    pub catalogue: Loadable<Catalogue>,
    pub orders: Loadable<OrdersScreen>,
    pub history: Loadable<HistoryScreen>,
    pub notifications: Loadable<NotificationsScreen>,
    pub receipts: BTreeMap<String, Loadable<Receipt>>,
    /// Refunds' receipts, by order.
    pub refund_receipts: BTreeMap<String, Loadable<crate::contract::shop::RefundReceipt>>,
    /// Identity verification: where it stands.
    pub verification: Loadable<Verification>,
    /// The shopper's support cases.
    pub support: Loadable<SupportCases>,
    /// Money actions saved on the phone and not answered yet.
    pub pending: Vec<PendingAction>,
    /// This phone's push token, once the platform gave it.
    pub push_token: Option<(crate::contract::wallet::PushPlatform, String)>,
    /// Each flow's state (saved with the route, so a killed app resumes).
    pub flows: Flows,
}

/// A short message: a message id and its arguments, worded when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notice {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Notice {
    pub fn new(id: &'static str) -> Notice {
        Notice { id, args: Vec::new() }
    }

    pub fn with(id: &'static str, args: Vec<(&'static str, String)>) -> Notice {
        Notice { id, args }
    }
}

impl Model {
    /// A model before the app core has opened.
    pub fn new(texts: Texts, region: Option<String>, now: DateTime<Utc>) -> Model {
        Model {
            now,
            texts: Arc::new(texts),
            region,
            revision: 0,
            opened: false,
            signed_in: false,
            stack: Vec::new(),
            problem: None,
            notice: None,
            profile: Loadable::default(),
            wallet: Loadable::default(),
            cards: Loadable::default(),
            catalogue: Loadable::default(),
            orders: Loadable::default(),
            history: Loadable::default(),
            notifications: Loadable::default(),
            receipts: BTreeMap::new(),
            refund_receipts: BTreeMap::new(),
            verification: Loadable::default(),
            support: Loadable::default(),
            pending: Vec::new(),
            push_token: None,
            flows: Flows::default(),
        }
    }

    /// The route on top.
    pub fn route(&self) -> Option<&Route> {
        self.stack.last()
    }

    /// Puts `route` on top (unless it is already there).
    pub fn push(&mut self, route: Route) {
        if self.route() != Some(&route) {
            self.stack.push(route);
        }
        self.notice = None;
    }

    /// Replaces the route on top.
    pub fn replace(&mut self, route: Route) {
        self.stack.pop();
        self.push(route);
    }

    /// Starts over from `route` (a tab, or the first screen after sign-in).
    pub fn reset_to(&mut self, route: Route) {
        self.stack = vec![route];
        self.notice = None;
    }

    /// Leaves the route on top if it is `route`.
    pub fn pop_if(&mut self, route: &Route) {
        if self.route() == Some(route) && self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// Forgets everything of the shopper (signed out, or the session ended).
    pub fn forget_shopper(&mut self) {
        self.signed_in = false;
        self.profile = Loadable::default();
        self.wallet = Loadable::default();
        self.cards = Loadable::default();
        self.orders = Loadable::default();
        self.history = Loadable::default();
        self.notifications = Loadable::default();
        self.receipts.clear();
        self.refund_receipts.clear();
        self.verification = Loadable::default();
        self.support = Loadable::default();
        self.pending.clear();
        self.flows = Flows::default();
    }

    /// Why what the route on top shows could not be loaded, when nothing
    /// saved can stand in for it.
    pub fn visible_failure(&self) -> Option<&Problem> {
        match self.route()? {
            Route::Home | Route::Limits | Route::TopUp => self.wallet.failure_without_copy(),
            Route::Cards => self.cards.failure_without_copy(),
            Route::Catalogue | Route::Product { .. } | Route::Cart => self.catalogue.failure_without_copy(),
            Route::Orders | Route::Order { .. } => self.orders.failure_without_copy(),
            Route::History => self.history.failure_without_copy(),
            Route::Receipt { order_id } => self.receipts.get(order_id)?.failure_without_copy(),
            Route::RefundReceipt { order_id } => self.refund_receipts.get(order_id)?.failure_without_copy(),
            Route::Notifications => self.notifications.failure_without_copy(),
            Route::Settings => self.profile.failure_without_copy(),
            Route::Verification => self.verification.failure_without_copy(),
            Route::Support | Route::SupportCase { .. } => self.support.failure_without_copy(),
            _ => None,
        }
    }

    /// The freshness of what the route on top shows, if it shows saved data.
    pub fn visible_freshness(&self) -> Option<Freshness> {
        let freshness = match self.route()? {
            Route::Home | Route::Limits | Route::TopUp => self.wallet.last.as_ref().map(|w| w.freshness),
            Route::Cards => self.cards.last.as_ref().map(|c| c.freshness),
            Route::Catalogue | Route::Product { .. } | Route::Cart => self.catalogue.last.as_ref().map(|c| c.freshness),
            Route::Orders | Route::Order { .. } => self.orders.last.as_ref().map(|o| o.freshness),
            Route::History => self.history.last.as_ref().map(|h| h.freshness),
            Route::Notifications => self.notifications.last.as_ref().map(|n| n.freshness),
            Route::Settings => self.profile.last.as_ref().map(|p| p.freshness),
            _ => None,
        };
        freshness.filter(|f| f.stale)
    }
}

/// What the app knows, as every flow reads and keeps it.
impl Model {
    /// Shows the app in the profile's language when the app speaks it.
    pub(crate) fn follow_profile_language(&mut self, profile: &Profile) {
        let wanted = best_language(&profile.language);
        let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
        if primary(&wanted) == primary(&profile.language) && wanted != self.texts.language() {
            self.texts = Arc::new(self.texts.in_language(&wanted));
        }
    }

    /// The order, if the list has it.
    pub(crate) fn order(&self, order_id: &str) -> Option<&Order> {
        self.orders.last.as_ref()?.orders.iter().find(|order| order.id == order_id)
    }

    /// Keeps `order` in the orders list (new ones first) and lets the
    /// payment that waits on it know.
    pub(crate) fn remember_order(&mut self, order: Order) {
        self.flows.pay.order_changed(&order);
        let screen = self.orders.last.get_or_insert_with(|| OrdersScreen {
            orders: Vec::new(),
            freshness: crate::app::Freshness { fetched_at: None, stale: false },
        });
        match screen.orders.iter_mut().find(|o| o.id == order.id) {
            Some(existing) => *existing = order,
            None => screen.orders.insert(0, order),
        }
    }

    /// A seller's name from the catalogue (its id if the catalogue lacks it).
    pub(crate) fn seller_name(&self, seller_id: &str) -> String {
        self.catalogue
            .last
            .as_ref()
            .and_then(|catalogue| catalogue.sellers.iter().find(|seller| seller.id == seller_id))
            .map(|seller| seller.name.clone())
            .unwrap_or_else(|| seller_id.to_string())
    }

    /// Notifications newer than the last seen.
    pub(crate) fn unread_notifications(&self) -> usize {
        let seen = self.flows.notifications.seen_up_to;
        self.notifications
            .last
            .as_ref()
            .map(|screen| screen.notifications.iter().filter(|n| n.id > seen).count())
            .unwrap_or(0)
    }
}

/// Keeps `problem` in the form when it names one of `fields`, else shows
/// it as the app's dialog. Returns what the form keeps.
pub(crate) fn place_problem(model: &mut Model, problem: Problem, fields: &[&str]) -> Option<Problem> {
    if problem.is_for_field(fields) {
        Some(problem)
    } else {
        model.problem = Some(problem);
        None
    }
}
