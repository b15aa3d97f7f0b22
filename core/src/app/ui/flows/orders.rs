//! Orders: the list, and one order with its status, tracking number, when
//! buyer protection ends, and the buyer's actions (confirm receipt, cancel
//! before shipping, open a dispute, choose where a refund goes), each
//! asked before it is done.

use crate::app::ui::describe::item_lines;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{ConfirmView, LineView};
use crate::app::ui::state::orders::OrderDialog;
use crate::app::ui::task::{OrderAction, Task};
use crate::app::ui::text::{Problem, Texts};
use crate::app::{Order, PocketError};
use crate::orders::{BuyerAction, DisputeReason, OrderStatus, RefundPreference};

/// A button on an order's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum OrderButton {
    Pay,
    ConfirmReceipt,
    Cancel,
    OpenDispute,
    ChooseRefundDestination,
    Receipt,
}

/// Taps on the orders screens.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum OrdersEvent {
    /// Opens an order from the list.
    Open { order_id: String },
    /// A button on the open order (a dialog asks first where it should).
    Tap { button: OrderButton },
    /// The dialog's confirming button (confirm receipt, cancel).
    Confirm,
    /// The dispute dialog's reason.
    Dispute { reason: DisputeReason },
    /// The refund dialog's choice.
    RefundTo { preference: RefundPreference },
    /// Closes the dialog.
    CloseDialog,
}

/// The orders list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrdersView {
    /// Newest first.
    pub orders: Vec<OrderRowView>,
    /// "No orders yet".
    pub empty: Option<String>,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// An order in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderRowView {
    /// Sent back in `Open`.
    pub id: String,
    /// The seller.
    pub seller: String,
    /// "2 items · 1,250 g".
    pub summary: String,
    /// "$45.00".
    pub price: String,
    /// "Shipped".
    pub status: String,
    /// "Nov 23, 2026".
    pub date: String,
}

/// One order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderView {
    /// Its id.
    pub id: String,
    /// The seller.
    pub seller: String,
    /// "Shipped".
    pub status: String,
    /// What the status means for the money ("Held until you confirm receipt").
    pub status_detail: String,
    /// One line per item.
    pub items: Vec<String>,
    /// Price, discount, weight, tracking, protection, held, refunded, released.
    pub lines: Vec<LineView>,
    /// The buttons that make sense now.
    pub actions: Vec<OrderActionView>,
    /// The dialog open now.
    pub dialog: Option<OrderDialogView>,
    /// An action on it saved on the phone and being sent.
    pub sending: Option<String>,
}

/// A button on an order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderActionView {
    /// Sent back in `Tap`.
    pub button: OrderButton,
    /// Its label.
    pub label: String,
    /// Whether it can be tapped.
    pub enabled: bool,
    /// Its action is being sent.
    pub busy: bool,
}

/// A dialog on an order.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum OrderDialogView {
    /// "Confirm you received it?" / "Cancel this order?".
    Confirm { view: ConfirmView },
    /// Why the dispute.
    Dispute { title: String, message: String, reasons: Vec<DisputeChoiceView>, cancel_label: String },
    /// Where a refund goes.
    RefundDestination { title: String, message: String, choices: Vec<RefundChoiceView>, cancel_label: String },
}

/// A dispute reason.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DisputeChoiceView {
    /// Sent back in `Dispute`.
    pub reason: DisputeReason,
    /// "It never arrived".
    pub label: String,
}

/// Where a refund may go.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RefundChoiceView {
    /// Sent back in `RefundTo`.
    pub preference: RefundPreference,
    /// "Back where the payment came from".
    pub label: String,
    /// What that means for this order.
    pub detail: String,
    /// The current choice.
    pub selected: bool,
}

pub(crate) fn on_event(model: &mut Model, event: OrdersEvent) -> Vec<Task> {
    match event {
        OrdersEvent::Open { order_id } => {
            model.flows.orders.dialog = None;
            model.push(Route::Order { order_id: order_id.clone() });
            vec![Task::LoadOrder { order_id }]
        }
        OrdersEvent::Tap { button } => tap(model, button),
        OrdersEvent::Confirm => match model.flows.orders.dialog {
            Some(OrderDialog::ConfirmReceipt) => act(model, OrderAction::ConfirmReceipt),
            Some(OrderDialog::Cancel) => act(model, OrderAction::Cancel),
            _ => Vec::new(),
        },
        OrdersEvent::Dispute { reason } if model.flows.orders.dialog == Some(OrderDialog::Dispute) => {
            act(model, OrderAction::Dispute(reason))
        }
        OrdersEvent::RefundTo { preference } if model.flows.orders.dialog == Some(OrderDialog::RefundDestination) => {
            act(model, OrderAction::RefundTo(preference))
        }
        OrdersEvent::Dispute { .. } | OrdersEvent::RefundTo { .. } => Vec::new(),
        OrdersEvent::CloseDialog => {
            model.flows.orders.dialog = None;
            Vec::new()
        }
    }
}

fn open_order_id(model: &Model) -> Option<String> {
    match model.route() {
        Some(Route::Order { order_id }) => Some(order_id.clone()),
        _ => None,
    }
}

fn tap(model: &mut Model, button: OrderButton) -> Vec<Task> {
    let Some(order_id) = open_order_id(model) else { return Vec::new() };
    let dialog = match button {
        OrderButton::Pay => return crate::app::ui::open::order_payment(model, order_id),
        OrderButton::Receipt => {
            model.push(Route::Receipt { order_id: order_id.clone() });
            return crate::app::ui::loads::loads_for(model, &Route::Receipt { order_id }, false);
        }
        OrderButton::ConfirmReceipt => OrderDialog::ConfirmReceipt,
        OrderButton::Cancel => OrderDialog::Cancel,
        OrderButton::OpenDispute => OrderDialog::Dispute,
        OrderButton::ChooseRefundDestination => OrderDialog::RefundDestination,
    };
    if model.flows.orders.acting.is_none() {
        model.flows.orders.dialog = Some(dialog);
    }
    Vec::new()
}

fn act(model: &mut Model, action: OrderAction) -> Vec<Task> {
    let Some(order_id) = open_order_id(model) else { return Vec::new() };
    let flow = &mut model.flows.orders;
    flow.dialog = None;
    if flow.acting.is_some() {
        return Vec::new();
    }
    flow.acting = Some(order_id.clone());
    vec![Task::OrderAction { order_id, action }]
}

pub(crate) fn on_acted(model: &mut Model, action: OrderAction, result: Result<Order, PocketError>) -> Vec<Task> {
    model.flows.orders.acting = None;
    match result {
        Ok(order) => {
            model.remember_order(order);
            let notice = match action {
                OrderAction::ConfirmReceipt => "notice-receipt-confirmed",
                OrderAction::Cancel => "notice-order-cancelled",
                OrderAction::Dispute(_) => "notice-dispute-opened",
                OrderAction::RefundTo(_) => "notice-refund-destination",
            };
            model.notice = Some(Notice::new(notice));
        }
        Err(PocketError::WillRetry { .. }) => model.notice = Some(Notice::new("notice-saved-will-send")),
        Err(error) => model.problem = Some(Problem::Engine(error)),
    }
    Vec::new()
}

fn status_key(status: OrderStatus) -> String {
    status.to_string()
}

pub(crate) fn orders_view(model: &Model, t: &Texts) -> OrdersView {
    let orders = model.orders.last.as_ref().map(|screen| screen.orders.as_slice()).unwrap_or_default();
    OrdersView {
        orders: orders
            .iter()
            .map(|order| OrderRowView {
                id: order.id.clone(),
                seller: model.seller_name(&order.seller_id),
                summary: t.fmt(
                    "order-summary",
                    &[
                        ("items", order.items.iter().map(|i| i.quantity).sum::<u32>().into()),
                        ("weight", t.grams(u64::from(order.weight_grams)).into()),
                    ],
                ),
                price: t.money(order.price),
                status: t.get(&format!("order-status-{}", status_key(order.status))),
                date: t.date(order.created_at),
            })
            .collect(),
        empty: (orders.is_empty() && model.orders.last.is_some()).then(|| t.get("orders-empty")),
        loading: model.orders.is_loading_first(),
    }
}

pub(crate) fn order_view(model: &Model, order_id: &str, t: &Texts) -> Option<OrderView> {
    let order = model.order(order_id)?;
    let flow = &model.flows.orders;
    let pending = model.pending.iter().find(|action| action.reference.as_deref() == Some(order_id));
    let acting = flow.acting.as_deref() == Some(order_id);
    let mut actions: Vec<OrderActionView> = order
        .available_actions
        .iter()
        .map(|action| {
            let (button, id) = match action {
                BuyerAction::Pay => (OrderButton::Pay, "order-pay"),
                BuyerAction::Cancel => (OrderButton::Cancel, "order-cancel"),
                BuyerAction::ConfirmReceipt => (OrderButton::ConfirmReceipt, "order-confirm-receipt"),
                BuyerAction::OpenDispute => (OrderButton::OpenDispute, "order-open-dispute"),
                BuyerAction::ChooseRefundDestination => {
                    (OrderButton::ChooseRefundDestination, "order-refund-destination")
                }
            };
            OrderActionView { button, label: t.get(id), enabled: pending.is_none() && !acting, busy: acting }
        })
        .collect();
    if order.receipt.is_some() {
        actions.push(OrderActionView {
            button: OrderButton::Receipt,
            label: t.get("order-receipt"),
            enabled: true,
            busy: false,
        });
    }
    Some(OrderView {
        id: order.id.clone(),
        seller: model.seller_name(&order.seller_id),
        status: t.get(&format!("order-status-{}", status_key(order.status))),
        status_detail: t.get(&format!("order-status-detail-{}", status_key(order.status))),
        items: item_lines(order, t),
        lines: order_lines(order, t),
        actions,
        dialog: flow.dialog.map(|dialog| dialog_view(dialog, order, t)),
        sending: pending.map(|_| t.get("money-action-saved")),
    })
}

fn order_lines(order: &Order, t: &Texts) -> Vec<LineView> {
    let line = |id: &str, value: String| LineView::new(t.get(id), value);
    let mut lines = vec![line("order-line-price", t.money(order.price))];
    if !order.discount.is_zero() {
        let coupon = order.coupon_code.clone().unwrap_or_default();
        lines.push(line(
            "order-line-discount",
            t.fmt("order-discount", &[("amount", t.money(order.discount).into()), ("coupon", coupon.into())]),
        ));
    }
    lines.push(line("order-line-weight", t.grams(u64::from(order.weight_grams))));
    lines.push(line("order-line-placed", t.date_time(order.created_at)));
    if let Some(tracking) = &order.tracking_number {
        lines.push(line("order-line-tracking", tracking.clone()));
    }
    if let Some(at) = order.delivered_at {
        lines.push(line("order-line-delivered", t.date_time(at)));
    }
    if let Some(at) = order.protection_ends_at {
        lines.push(line("order-line-protection", t.date_time(at)));
    }
    if let Some(reason) = order.dispute_reason {
        lines.push(line("order-line-dispute", t.get(&format!("dispute-{}", dispute_key(reason)))));
    }
    for (id, amount) in [
        ("order-line-held", order.held),
        ("order-line-refunded", order.refunded),
        ("order-line-released", order.released),
    ] {
        if !amount.is_zero() {
            lines.push(line(id, t.money(amount)));
        }
    }
    if order.status != OrderStatus::Created {
        lines.push(line("order-line-refund-to", t.get(&format!("refund-to-{}", refund_key(order.refund_preference)))));
    }
    lines
}

fn dialog_view(dialog: OrderDialog, order: &Order, t: &Texts) -> OrderDialogView {
    match dialog {
        OrderDialog::ConfirmReceipt => OrderDialogView::Confirm {
            view: ConfirmView {
                title: t.get("order-confirm-receipt-title"),
                message: t.fmt("order-confirm-receipt-message", &[("amount", t.money(order.held).into())]),
                confirm_label: t.get("order-confirm-receipt-confirm"),
                cancel_label: t.get("dialog-cancel"),
                destructive: false,
            },
        },
        OrderDialog::Cancel => OrderDialogView::Confirm {
            view: ConfirmView {
                title: t.get("order-cancel-title"),
                message: t.fmt("order-cancel-message", &[("amount", t.money(order.price).into())]),
                confirm_label: t.get("order-cancel-confirm"),
                cancel_label: t.get("order-cancel-keep"),
                destructive: true,
            },
        },
        OrderDialog::Dispute => OrderDialogView::Dispute {
            title: t.get("order-dispute-title"),
            message: t.get("order-dispute-message"),
            reasons: [DisputeReason::NotReceived, DisputeReason::NotAsDescribed, DisputeReason::WrongItem]
                .into_iter()
                .map(|reason| DisputeChoiceView { reason, label: t.get(&format!("dispute-{}", dispute_key(reason))) })
                .collect(),
            cancel_label: t.get("dialog-cancel"),
        },
        OrderDialog::RefundDestination => OrderDialogView::RefundDestination {
            title: t.get("order-refund-title"),
            message: t.get("order-refund-message"),
            choices: [
                RefundPreference::SameAsPayment,
                RefundPreference::PocketBalance,
                RefundPreference::OriginalFundingSource,
            ]
            .into_iter()
            .map(|preference| RefundChoiceView {
                preference,
                label: t.get(&format!("refund-to-{}", refund_key(preference))),
                detail: t.get(&format!("refund-to-detail-{}", refund_key(preference))),
                selected: order.refund_preference == preference,
            })
            .collect(),
            cancel_label: t.get("dialog-cancel"),
        },
    }
}

fn dispute_key(reason: DisputeReason) -> &'static str {
    match reason {
        DisputeReason::NotReceived => "not-received",
        DisputeReason::NotAsDescribed => "not-as-described",
        DisputeReason::WrongItem => "wrong-item",
    }
}

fn refund_key(preference: RefundPreference) -> &'static str {
    match preference {
        RefundPreference::SameAsPayment => "same",
        RefundPreference::PocketBalance => "balance",
        RefundPreference::OriginalFundingSource => "origin",
    }
}

#[cfg(test)]
mod tests;
