//! Events: how the core tells a shell that something changed, so screens
//! refresh without polling.

use std::sync::{Arc, RwLock};

use super::views::{Balance, Notification};
use crate::orders::OrderStatus;

/// Something changed; redraw what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PocketEvent {
    /// Balances changed (a payment, refund, top-up or transfer).
    BalancesChanged {
        /// The new balances.
        balances: Vec<Balance>,
    },
    /// An order moved (paid, shipped, delivered, completed, refunded...).
    OrderChanged {
        /// The order.
        order_id: String,
        /// Its status now.
        status: OrderStatus,
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
    /// The outbox changed: how many money actions are still being sent.
    PendingActionsChanged {
        /// Still pending.
        pending: u32,
    },
    /// The session ended (signed out here, or expired at the service).
    SignedOut,
}

/// Implemented by a shell (a Kotlin or Swift object through the bindings)
/// to hear about changes. Called from a background thread: hop to the UI
/// thread before drawing.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
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
