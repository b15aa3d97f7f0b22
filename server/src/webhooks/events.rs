//! The events themselves: written with their cause, listed, sent again.

use chrono::{DateTime, Utc};
use pocket_core::contract::partner::{
    DeliveryStatus, PartnerEvent, PartnerEventKind, PartnerEventRecord, PartnerEvents, PartnerOrder,
};
use pocket_core::money::Money;
use pocket_core::orders::{EscrowEffect, Order, OrderEvent};

use crate::ids::new_id;
use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};
use crate::time::parse_time;
use crate::wire::{from_wire_name, wire_name};

/// The partner an order's seller sells through: who is told of the
/// order's steps. Read with the order (`orders::load_order`), not once
/// more per step.
#[derive(Debug, Clone)]
pub struct OrderPartner {
    /// The partner.
    pub id: String,
    /// Where its events are sent; `None`: it reads them through the API.
    pub webhook_url: Option<String>,
}

/// The events an order's step makes for its seller's partner, in the
/// step's transaction: `order` as it stands after `event`, and the money
/// `effects` moved. A seller without a partner, or a step a partner is not
/// told of (shipped, delivered: the partner said so itself), makes none.
pub fn queue_order_events(
    tx: &Db,
    order: &Order,
    partner: Option<&OrderPartner>,
    event: &OrderEvent,
    effects: &[EscrowEffect],
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let Some(partner) = partner else {
        return Ok(());
    };
    let partner_id = &partner.id;
    let status = if partner.webhook_url.is_some() { DeliveryStatus::Queued } else { DeliveryStatus::NoWebhook };
    for (kind, refund) in kinds_of(event, effects) {
        let resolution = match event {
            OrderEvent::ResolveDispute { resolution } if kind == PartnerEventKind::DisputeDecided => Some(*resolution),
            _ => None,
        };
        let body =
            PartnerEvent { id: new_id("evt"), kind, created_at: now, order: partner_order(order), refund, resolution };
        tx.execute_unread(
            "INSERT INTO partner_events (id, partner_id, kind, order_id, body, created_at, status, next_attempt_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6)",
            params![
                body.id,
                partner_id,
                wire_name(&kind),
                order.id,
                serde_json::to_string(&body)?,
                now.to_rfc3339(),
                wire_name(&status),
            ],
        )?;
    }
    Ok(())
}

/// What a partner is told of a step: one event for the step itself, and
/// one `order.refunded` for each refund it made.
fn kinds_of(event: &OrderEvent, effects: &[EscrowEffect]) -> Vec<(PartnerEventKind, Option<Money>)> {
    let step = match event {
        OrderEvent::Pay { .. } => Some(PartnerEventKind::OrderPaid),
        OrderEvent::Cancel | OrderEvent::SellerCancel => Some(PartnerEventKind::OrderCancelled),
        OrderEvent::OpenDispute { .. } => Some(PartnerEventKind::DisputeOpened),
        OrderEvent::ResolveDispute { .. } => Some(PartnerEventKind::DisputeDecided),
        OrderEvent::ProtectionExpired => Some(PartnerEventKind::ProtectionEnded),
        OrderEvent::Ship { .. }
        | OrderEvent::Deliver
        | OrderEvent::ConfirmReceipt
        | OrderEvent::ChooseRefundDestination { .. }
        | OrderEvent::SellerRefund { .. } => None,
    };
    let refunds = effects.iter().filter_map(|effect| match effect {
        EscrowEffect::RefundToBuyer { amount, .. } => Some((PartnerEventKind::OrderRefunded, Some(*amount))),
        _ => None,
    });
    step.map(|kind| (kind, None)).into_iter().chain(refunds).collect()
}

fn partner_order(order: &Order) -> PartnerOrder {
    PartnerOrder {
        id: order.id.clone(),
        seller_id: order.seller_id.clone(),
        status: order.status,
        price: order.price,
        held: order.held,
        refunded: order.refunded,
        released: order.released,
    }
}

/// The partner's events, newest first, with how each delivery went.
pub fn list_events(tx: &Db, partner_id: &str) -> Result<PartnerEvents, Refusal> {
    let mut statement = tx.prepare_cached(
        "SELECT body, status, attempts, last_answer, sent_at FROM partner_events
         WHERE partner_id = ?1 ORDER BY seq DESC LIMIT 100",
    )?;
    let rows =
        statement.query_map([partner_id], |r| r.read::<(String, String, i64, Option<String>, Option<String>)>())?;
    let mut events = Vec::new();
    for row in rows {
        events.push(record(row?)?);
    }
    Ok(PartnerEvents { events })
}

/// Sends one of the partner's events again, from the first try: after a
/// failed delivery, or one made before its webhook was set.
pub fn resend_event(
    tx: &Db,
    partner_id: &str,
    event_id: &str,
    now: DateTime<Utc>,
) -> Result<PartnerEventRecord, Refusal> {
    let webhook: Option<Option<String>> =
        tx.query_row("SELECT webhook_url FROM partners WHERE id = ?1", [partner_id], |r| r.get(0)).optional()?;
    if webhook.flatten().is_none() {
        return Err(Refusal::conflict(
            "no_webhook",
            "there is no webhook to send it to: ask Pocket's operator to set yours, then send it again",
        ));
    }
    let changed = tx.execute(
        "UPDATE partner_events SET status = 'queued', attempts = 0, next_attempt_at = ?3, claimed_until = NULL
         WHERE id = ?1 AND partner_id = ?2",
        params![event_id, partner_id, now.to_rfc3339()],
    )?;
    if changed == 0 {
        return Err(Refusal::not_found("event"));
    }
    let row = tx.query_row(
        "SELECT body, status, attempts, last_answer, sent_at FROM partner_events WHERE id = ?1",
        [event_id],
        |r| r.read::<(String, String, i64, Option<String>, Option<String>)>(),
    )?;
    record(row)
}

fn record(
    (body, status, attempts, last_answer, sent_at): (String, String, i64, Option<String>, Option<String>),
) -> Result<PartnerEventRecord, Refusal> {
    Ok(PartnerEventRecord {
        event: serde_json::from_str(&body)?,
        delivery: from_wire_name(&status)?,
        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
        last_answer,
        sent_at: sent_at.as_deref().map(parse_time).transpose()?,
    })
}
