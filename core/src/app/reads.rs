//! Reading screens: from the service when it answers (and saved), from the
//! phone's last copy, marked stale, when it does not.

use crate::contract::paths;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::events::PocketEvent;
use super::from_wire::decode;
use super::service::Unanswered;
use super::views::{ActionKind, SavedWallet};
use super::views::{
    Balance, CardsScreen, Catalogue, Freshness, Notification, NotificationsScreen, Order, OrdersScreen, Profile,
    WalletScreen,
};
use super::{Inner, Pocket, PocketError};
use crate::contract::wallet::{NotificationKind, NotificationTopic};
use crate::contract::{shop, wallet};

/// Saved-screen names in the local store.
pub(crate) mod screen {
    pub const WALLET: &str = "wallet";
    pub const CARDS: &str = "cards";
    pub const ORDERS: &str = "orders";
    pub const HISTORY: &str = "history";
    pub const NOTIFICATIONS: &str = "notifications";
    pub const PROFILE: &str = "profile";
    pub const CATALOGUE: &str = "catalogue";
}

/// The local store's key for the last notification id seen.
pub(crate) const LAST_NOTIFICATION_META: &str = "last_notification_id";

/// The local store's key for the app's state (`PocketUi`): route and flows.
const UI_STATE_META: &str = "ui_state";

/// What the phone saved of the screens, read without the network: shown at
/// once when the app opens while fresh copies load. The history is left
/// out: it can be long, and it is read when its screen opens.
#[derive(Debug, Clone, Default)]
pub struct SavedScreens {
    /// The profile.
    pub profile: Option<Profile>,
    /// Balances, limits, top-ups and pending actions.
    pub wallet: Option<WalletScreen>,
    /// Bound cards.
    pub cards: Option<CardsScreen>,
    /// Sellers and products.
    pub catalogue: Option<Catalogue>,
    /// Orders.
    pub orders: Option<OrdersScreen>,
    /// The notification feed.
    pub notifications: Option<NotificationsScreen>,
}

impl Pocket {
    /// Every saved screen but the history, from the phone alone.
    pub fn saved_screens(&self) -> Result<SavedScreens, PocketError> {
        let store = &self.inner.store;
        let saved_freshness = |fetched_at| Freshness { fetched_at: Some(fetched_at), stale: false };
        let with_freshness = |mut profile: Profile, at| {
            profile.freshness = saved_freshness(at);
            profile
        };
        let wallet = store.screen::<SavedWallet>(screen::WALLET)?.map(|saved| WalletScreen {
            balances: saved.value.balances,
            limits: saved.value.limits,
            top_ups: saved.value.top_ups,
            pending_actions: Vec::new(),
            freshness: saved_freshness(saved.fetched_at),
        });
        let mut screens = SavedScreens {
            profile: store.screen::<Profile>(screen::PROFILE)?.map(|s| with_freshness(s.value, s.fetched_at)),
            wallet,
            cards: store
                .screen::<CardsScreen>(screen::CARDS)?
                .map(|s| CardsScreen { freshness: saved_freshness(s.fetched_at), ..s.value }),
            catalogue: store
                .screen::<Catalogue>(screen::CATALOGUE)?
                .map(|s| Catalogue { freshness: saved_freshness(s.fetched_at), ..s.value }),
            orders: store
                .screen::<OrdersScreen>(screen::ORDERS)?
                .map(|s| OrdersScreen { freshness: saved_freshness(s.fetched_at), ..s.value }),
            notifications: store
                .screen::<Vec<Notification>>(screen::NOTIFICATIONS)?
                .map(|s| NotificationsScreen { notifications: s.value, freshness: saved_freshness(s.fetched_at) }),
        };
        if let Some(wallet) = &mut screens.wallet {
            wallet.pending_actions = self.inner.pending_actions()?;
        }
        Ok(screens)
    }

    /// The app's saved state (route and flows), as `PocketUi` wrote it.
    pub(crate) fn saved_ui_state(&self) -> Result<Option<String>, PocketError> {
        self.inner.store.meta(UI_STATE_META)
    }

    /// Saves the app's state; durable when this returns.
    pub(crate) fn save_ui_state(&self, state: &str) -> Result<(), PocketError> {
        self.inner.store.set_meta(UI_STATE_META, state)
    }
}

/// A GET that either answered or did not.
pub(crate) enum Fetched {
    Answer(Value),
    Unanswered(Unanswered),
}

/// The order a money action's answer carries: a payment's or an order
/// action's; none for a top-up or a transfer.
pub(crate) fn order_in_answer(kind: ActionKind, answer: &Value) -> Option<Order> {
    match kind {
        ActionKind::Pay => decode::<shop::Paid, Order>(answer.clone()).ok(),
        ActionKind::CancelOrder | ActionKind::ConfirmReceipt => decode::<shop::Order, Order>(answer.clone()).ok(),
        ActionKind::TopUp | ActionKind::Transfer => None,
    }
}

impl Inner {
    /// GET `path` with the session: the body, or a refusal as an error, or
    /// `Unanswered` for the caller to fall back on.
    pub(crate) async fn fetch(&self, path: &str) -> Result<Fetched, PocketError> {
        let token = self.token()?;
        match self.service.read(path, Some(&token)).await {
            Ok(answer) => Ok(Fetched::Answer(answer.into_body()?)),
            Err(unanswered) => Ok(Fetched::Unanswered(unanswered)),
        }
    }

    /// GET `path` and parse it; no fallback.
    pub(crate) async fn fetch_now<T: DeserializeOwned>(&self, path: &str) -> Result<T, PocketError> {
        match self.fetch(path).await? {
            Fetched::Answer(body) => parse(body),
            Fetched::Unanswered(unanswered) => Err(unanswered.into()),
        }
    }

    /// A screen: built by `load` from the service and saved, or, when the
    /// service cannot be reached, the saved copy marked stale.
    pub(crate) async fn screen<T, F, Fut>(&self, name: &str, load: F) -> Result<(T, Freshness), PocketError>
    where
        T: Serialize + DeserializeOwned,
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Option<T>, PocketError>>,
    {
        match load().await? {
            Some(value) => {
                let now = self.now();
                self.store.save_screen(name, &value, now)?;
                Ok((value, Freshness { fetched_at: Some(now), stale: false }))
            }
            None => match self.store.screen::<T>(name)? {
                Some(saved) => Ok((saved.value, Freshness { fetched_at: Some(saved.fetched_at), stale: true })),
                None => Err(PocketError::Offline {
                    reason: "the service cannot be reached and nothing is saved on this phone yet".into(),
                }),
            },
        }
    }

    /// A screen from one GET of `path`: `build` turns the answer into it.
    pub(crate) async fn screen_from<T>(
        &self,
        name: &str,
        path: &str,
        build: impl FnOnce(Value) -> Result<T, PocketError>,
    ) -> Result<(T, Freshness), PocketError>
    where
        T: Serialize + DeserializeOwned,
    {
        self.screen(name, || async {
            match self.fetch(path).await? {
                Fetched::Answer(body) => Ok(Some(build(body)?)),
                Fetched::Unanswered(_) => Ok(None),
            }
        })
        .await
    }

    /// Fetches the balances, saves them into the wallet screen and tells the
    /// listener. Best effort: a failure leaves the saved copy as it was.
    pub(crate) async fn refresh_balances(&self) {
        let Ok(Fetched::Answer(body)) = self.fetch(paths::BALANCES).await else {
            return;
        };
        let Ok(balances) = decode::<wallet::Balances, Vec<Balance>>(body) else {
            return;
        };
        if let Ok(Some(mut saved)) = self.store.screen::<SavedWallet>(screen::WALLET) {
            saved.value.balances = balances.clone();
            let _ = self.store.save_screen(screen::WALLET, &saved.value, self.now());
        }
        self.listeners.emit(PocketEvent::BalancesChanged { balances });
    }

    /// Saves one order into the orders screen and tells the listener (an
    /// order nobody asked for: a notification, the background resender).
    pub(crate) fn remember_order(&self, order: &Order) {
        self.keep_order(order);
        self.listeners.emit(PocketEvent::OrderChanged { order: order.clone() });
    }

    /// Saves one order into the orders screen; the call that read it
    /// returns it, so the listener is not told twice.
    pub(crate) fn keep_order(&self, order: &Order) {
        let mut orders = match self.store.screen::<OrdersScreen>(screen::ORDERS) {
            Ok(Some(saved)) => saved.value,
            _ => OrdersScreen { orders: Vec::new(), freshness: Freshness::never_fetched() },
        };
        match orders.orders.iter_mut().find(|o| o.id == order.id) {
            Some(existing) => *existing = order.clone(),
            None => orders.orders.insert(0, order.clone()),
        }
        let _ = self.store.save_screen(screen::ORDERS, &orders, self.now());
    }

    /// After the service moved money for one of our actions: keeps the
    /// order it answered with (announced too when nobody awaits the
    /// answer) and refreshes the balances. Returns the order.
    pub(crate) async fn after_money_moved(&self, kind: ActionKind, answer: &Value, announce: bool) -> Option<Order> {
        let order = order_in_answer(kind, answer);
        match &order {
            Some(order) if announce => self.remember_order(order),
            Some(order) => self.keep_order(order),
            None => {}
        }
        self.refresh_balances().await;
        order
    }

    /// Saves the notifications in a feed answer and moves the last id seen;
    /// if `announce`, tells the listener about each and what it changed.
    pub(crate) async fn take_notifications(
        &self,
        body: Value,
        announce: bool,
    ) -> Result<Vec<Notification>, PocketError> {
        let new: Vec<Notification> = parse::<wallet::Notifications>(body)?.notifications;
        if new.is_empty() {
            return Ok(new);
        }
        let mut feed: Vec<Notification> =
            self.store.screen::<Vec<Notification>>(screen::NOTIFICATIONS)?.map(|s| s.value).unwrap_or_default();
        let last_id = new.iter().map(|n| n.id).max().unwrap_or(0);
        for notification in &new {
            if !feed.iter().any(|n| n.id == notification.id) {
                feed.insert(0, notification.clone());
            }
        }
        feed.truncate(500);
        self.store.save_screen(screen::NOTIFICATIONS, &feed, self.now())?;
        self.store.set_meta(LAST_NOTIFICATION_META, &last_id.to_string())?;
        if announce {
            self.announce(&new).await;
        }
        Ok(new)
    }

    async fn announce(&self, new: &[Notification]) {
        let mut money_moved = false;
        for notification in new {
            self.listeners.emit(PocketEvent::NotificationReceived { notification: notification.clone() });
            let kind = notification.kind;
            if kind == NotificationKind::TopUpSettled {
                self.listeners.emit(PocketEvent::TopUpSettled { top_up_id: notification.reference.clone() });
            }
            if kind.topic() == NotificationTopic::Order {
                let path = paths::path(paths::ORDER, &[&notification.reference]);
                if let Ok(order) = self.fetch_now::<shop::Order>(&path).await {
                    self.remember_order(&order);
                }
            }
            money_moved |= kind.moves_money();
        }
        if money_moved {
            self.refresh_balances().await;
        }
    }

    pub(crate) fn last_notification_id(&self) -> i64 {
        self.store.meta(LAST_NOTIFICATION_META).ok().flatten().and_then(|id| id.parse().ok()).unwrap_or(0)
    }
}

/// The service's JSON as a view; a mismatch is this app being out of date.
pub(crate) fn parse<T: DeserializeOwned>(body: Value) -> Result<T, PocketError> {
    serde_json::from_value(body)
        .map_err(|error| PocketError::internal(format!("an answer this app cannot read: {error}")))
}
