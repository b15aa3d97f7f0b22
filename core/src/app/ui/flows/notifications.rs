//! Notifications from the service, newest first, with an unread count on
//! home: payments, refunds, top-ups arriving, orders shipped and delivered,
//! transfers.

use crate::app::ui::describe;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::task::Task;
use crate::app::ui::text::Texts;
use crate::app::Notification;
use crate::contract::wallet::{NotificationKind, NotificationTopic};

/// Taps on the notifications.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NotificationsEvent {
    /// Opens what a notification is about (its order).
    Open {
        /// The notification's id.
        id: i64,
    },
}

/// The notifications.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotificationsView {
    /// Newest first.
    pub items: Vec<NotificationView>,
    /// "Nothing yet".
    pub empty: Option<String>,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// One notification.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotificationView {
    /// Sent back in `Open`.
    pub id: i64,
    /// "Order shipped".
    pub title: String,
    /// The service's words about it.
    pub message: String,
    /// "Nov 23, 2026, 2:05 PM".
    pub date: String,
    /// Not seen before this visit.
    pub unread: bool,
    /// Whether `Open` leads to an order.
    pub opens_order: bool,
}

fn is_about_an_order(notification: &Notification) -> bool {
    notification.kind.topic() == NotificationTopic::Order
}

pub(crate) fn on_event(model: &mut Model, event: NotificationsEvent) -> Vec<Task> {
    let NotificationsEvent::Open { id } = event;
    let found = model.notifications.last.as_ref().and_then(|screen| screen.notifications.iter().find(|n| n.id == id));
    match found.map(|n| (n.kind, n.reference.clone())) {
        Some((kind, reference)) => open_about(model, kind, &reference),
        None => Vec::new(),
    }
}

/// Opens the screen a notification is about (from the list, or a push
/// tapped while the app was closed): an order, the balance, the history,
/// the identity verification, a support case.
pub(crate) fn open_about(model: &mut Model, kind: NotificationKind, reference: &str) -> Vec<Task> {
    if !model.signed_in {
        return Vec::new();
    }
    let route = match kind.topic() {
        NotificationTopic::Order => Route::Order { order_id: reference.to_string() },
        NotificationTopic::TopUp => Route::Home,
        NotificationTopic::Transfer => Route::History,
        NotificationTopic::Verification => Route::Verification,
        NotificationTopic::Support => Route::SupportCase { case_id: reference.to_string() },
        NotificationTopic::Other => Route::Notifications,
    };
    model.push(route.clone());
    let mut tasks = crate::app::ui::loads::loads_for(model, &route, true);
    if let Route::Order { order_id } = route {
        tasks.push(Task::LoadOrder { order_id });
    }
    tasks
}

/// The list opens: what is newer than seen so far shows as new.
pub(crate) fn opened(model: &mut Model) {
    let state = &mut model.flows.notifications;
    state.new_after = state.seen_up_to;
}

/// The shopper is looking at the list: everything in it is seen.
pub(crate) fn mark_seen(model: &mut Model) {
    if let Some(newest) = model.notifications.last.as_ref().and_then(|s| s.notifications.iter().map(|n| n.id).max()) {
        let state = &mut model.flows.notifications;
        state.seen_up_to = state.seen_up_to.max(newest);
    }
}

/// A new notification from the long poll.
pub(crate) fn received(model: &mut Model, notification: Notification) {
    let screen = model.notifications.last.get_or_insert_with(|| crate::app::NotificationsScreen {
        notifications: Vec::new(),
        freshness: crate::app::Freshness { fetched_at: None, stale: false },
    });
    if !screen.notifications.iter().any(|n| n.id == notification.id) {
        screen.notifications.insert(0, notification);
    }
}

pub(crate) fn view(model: &Model, t: &Texts) -> NotificationsView {
    let seen_before = model.flows.notifications.new_after;
    let items = model.notifications.last.as_ref().map(|s| s.notifications.as_slice()).unwrap_or_default();
    NotificationsView {
        items: items
            .iter()
            .map(|notification| {
                let (title, message) = describe::notification_words(notification, t);
                NotificationView {
                    id: notification.id,
                    title,
                    message,
                    date: t.date_time(notification.created_at),
                    unread: notification.id > seen_before,
                    opens_order: is_about_an_order(notification),
                }
            })
            .collect(),
        empty: (items.is_empty() && model.notifications.last.is_some()).then(|| t.get("notifications-empty")),
        loading: model.notifications.is_loading_first(),
    }
}

#[cfg(test)]
mod tests;
