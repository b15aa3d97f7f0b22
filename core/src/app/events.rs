//! Events: how the core tells a shell that something changed, so screens
//! refresh without polling.
//!
//! Each fact reaches the listener by one path. What a call returns (the
//! order a payment or an order action answered with, the orders of a
//! checkout, an order read) is not announced again; events carry what no
//! call returns: new balances after money moved, the pending list when an
//! action outlives its call or leaves it later, and whatever the
//! background resender, the notification feed or a push brings.

use std::sync::{Arc, RwLock};

use super::views::{Balance, Notification, Order, PendingAction};

/// Something changed, with what it changed to, so whoever listens updates
/// what shows it without reading it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PocketEvent {
    /// Balances changed (a payment, refund, top-up or transfer).
    BalancesChanged {
        /// The new balances.
        balances: Vec<Balance>,
    },
    /// An order moved (paid, shipped, delivered, completed, refunded...).
    OrderChanged {
        /// The order as it is now.
        order: Order,
    },
    /// A pending top-up arrived in the balance.
    TopUpSettled {
        /// The top-up.
        top_up_id: String,
    },
    /// A new notification from the service.
    NotificationReceived {
        /// The notification.
        notification: Notification,
    },
    /// The outbox changed: the money actions still being sent.
    PendingActionsChanged {
        /// Still pending, oldest first.
        actions: Vec<PendingAction>,
    },
    /// The session ended (signed out here, or expired at the service).
    SignedOut,
}

/// Hears about changes (the app's state layer, `PocketUi`, and tests).
/// Called from the core's background threads.
pub trait PocketListener: Send + Sync {
    /// One change.
    fn on_event(&self, event: PocketEvent);
}

/// The registered listener, if any.
#[derive(Default, Clone)]
pub(crate) struct Listeners {
    listener: Arc<RwLock<Option<Arc<dyn PocketListener>>>>,
}

impl Listeners {
    pub fn set(&self, listener: Option<Arc<dyn PocketListener>>) {
        *self.listener.write().unwrap_or_else(|p| p.into_inner()) = listener;
    }

    pub fn emit(&self, event: PocketEvent) {
        let listener = self.listener.read().unwrap_or_else(|p| p.into_inner()).clone();
        if let Some(listener) = listener {
            listener.on_event(event);
        }
    }
}
