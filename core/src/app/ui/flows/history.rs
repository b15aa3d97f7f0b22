//! The history of the shopper's money, newest first, shown a page at a
//! time, with a receipt for every payment.

use crate::app::ui::describe::receipt_lines;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::parts::{ButtonView, LineView};
use crate::app::ui::state::history::PAGE;
use crate::app::ui::task::Task;
use crate::app::ui::text::Texts;
use crate::app::HistoryEntry;
use crate::contract::shop::RefundReceipt;
use crate::contract::wallet::{Direction, JournalCode, MovementSource};

/// Taps on the history.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HistoryEvent {
    /// Shows the next page.
    ShowMore,
    /// Opens a payment's receipt.
    OpenReceipt {
        /// The order paid.
        order_id: String,
    },
}

/// The history.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryView {
    /// Newest first, a page at a time.
    pub entries: Vec<HistoryRowView>,
    /// "Show more", when more are kept.
    pub more: Option<ButtonView>,
    /// "Nothing yet".
    pub empty: Option<String>,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// One movement of money.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryRowView {
    /// Stable across refreshes (the ledger journal and the leg's place).
    pub id: String,
    /// "Payment for an order".
    pub title: String,
    /// "−$3.99" or "+$80.00".
    pub amount: String,
    /// Money in (drawn in green).
    pub incoming: bool,
    /// "Nov 23, 2026, 2:05 PM".
    pub date: String,
    /// "From your balance" / "By card".
    pub source: String,
    /// What `OpenReceipt` carries to open this row's receipt: the order, for
    /// a payment (`refund:<order>` for a refund).
    pub receipt_order_id: Option<String>,
}

/// A receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReceiptScreenView {
    /// The order paid (for `SupportEvent::ReportPayment`).
    pub order_id: String,
    /// Payment, order, paid, method, card, rate, time.
    pub lines: Vec<LineView>,
    /// How to raise a charged-twice or never-charged payment.
    pub support: String,
    /// "Report a problem with this payment" (sends
    /// `SupportEvent::ReportPayment`).
    pub report: ButtonView,
    /// Nothing arrived yet.
    pub loading: bool,
}

pub(crate) fn on_event(model: &mut Model, event: HistoryEvent) -> Vec<Task> {
    match event {
        HistoryEvent::ShowMore => {
            model.flows.history.shown = model.flows.history.shown.saturating_add(PAGE);
            Vec::new()
        }
        HistoryEvent::OpenReceipt { order_id } => {
            let route = match order_id.strip_prefix(REFUND_RECEIPT) {
                Some(order_id) => Route::RefundReceipt { order_id: order_id.to_string() },
                None => Route::Receipt { order_id },
            };
            model.push(route.clone());
            crate::app::ui::loads::loads_for(model, &route, false)
        }
    }
}

pub(crate) fn history_view(model: &Model, t: &Texts) -> HistoryView {
    let entries = model.history.last.as_ref().map(|screen| screen.entries.as_slice()).unwrap_or_default();
    let shown = (model.flows.history.shown as usize).min(entries.len());
    HistoryView {
        entries: entries.iter().take(shown).enumerate().map(|(i, entry)| row(i, entry, t)).collect(),
        more: (entries.len() > shown).then(|| {
            ButtonView::new(t.fmt("history-more", &[("count", (entries.len() - shown).min(PAGE as usize).into())]))
        }),
        empty: (entries.is_empty() && model.history.last.is_some()).then(|| t.get("history-empty")),
        loading: model.history.is_loading_first(),
    }
}

fn row(index: usize, entry: &HistoryEntry, t: &Texts) -> HistoryRowView {
    let kind = entry.kind.name().replace('_', "-");
    let title_id = format!("history-kind-{kind}");
    let title = if t.has(&title_id) { t.get(&title_id) } else { t.get("history-kind-other") };
    let incoming = entry.direction == Direction::In;
    let sign_id = match entry.direction {
        Direction::In => "history-amount-in",
        Direction::Out => "history-amount-out",
        Direction::Settled => "history-amount-moved",
    };
    HistoryRowView {
        id: format!("{}-{index}", entry.journal_id),
        title,
        amount: t.fmt(sign_id, &[("amount", t.money(entry.amount).into())]),
        incoming,
        date: t.date_time(entry.at),
        source: t.get(match entry.source {
            MovementSource::Card => "history-source-card",
            MovementSource::TopUpSource => "history-source-top-up",
            MovementSource::Balance => "history-source-balance",
        }),
        receipt_order_id: entry.receipt.as_ref().map(|_| match entry.kind {
            JournalCode::Refund => format!("{REFUND_RECEIPT}{}", entry.reference),
            _ => entry.reference.clone(),
        }),
    }
}

/// What `OpenReceipt` carries for a refund's receipt, before the order id.
const REFUND_RECEIPT: &str = "refund:";

/// A refund's receipt: how much, where it went, when.
pub(crate) fn refund_receipt_view(model: &Model, order_id: &str, t: &Texts) -> ReceiptScreenView {
    let receipt = model.refund_receipts.get(order_id);
    let lines = receipt.and_then(|r| r.last.as_ref()).map(|r| refund_lines(r, t)).unwrap_or_default();
    ReceiptScreenView {
        order_id: order_id.to_string(),
        lines,
        support: t.get("receipt-support"),
        report: ButtonView::new(t.get("receipt-report")),
        loading: receipt.is_none_or(|r| r.is_loading_first()),
    }
}

fn refund_lines(receipt: &RefundReceipt, t: &Texts) -> Vec<LineView> {
    let line = |id: &str, value: String| LineView::new(t.get(id), value);
    let to = match (receipt.refunded_to.as_str(), receipt.provider.as_deref(), receipt.rail.as_deref()) {
        ("card", _, _) => t.get("refunded-to-card"),
        ("top_up_source", Some(provider), _) => t.get(&format!("provider-{provider}")),
        ("top_up_source", None, Some(rail)) => t.get(&format!("rail-{rail}")),
        _ => t.get("refunded-to-balance"),
    };
    let mut lines = vec![
        line("receipt-order", receipt.order_id.clone()),
        line("refund-amount", t.money(receipt.amount)),
        line("refund-to", to),
    ];
    if let Some(top_up_id) = &receipt.top_up_id {
        lines.push(line("refund-top-up", top_up_id.clone()));
    }
    lines.push(line("receipt-at", t.date_time(receipt.refunded_at)));
    lines
}

pub(crate) fn receipt_view(model: &Model, order_id: &str, t: &Texts) -> ReceiptScreenView {
    let receipt = model.receipts.get(order_id);
    ReceiptScreenView {
        order_id: order_id.to_string(),
        lines: receipt.and_then(|r| r.last.as_ref()).map(|r| receipt_lines(r, t)).unwrap_or_default(),
        support: t.get("receipt-support"),
        report: ButtonView::new(t.get("receipt-report")),
        loading: receipt.is_none_or(|r| r.is_loading_first()),
    }
}

#[cfg(test)]
mod tests;
