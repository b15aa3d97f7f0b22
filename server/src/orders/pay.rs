//! Paying an order into escrow: from a balance in any currency (converted
//! to USD at the quoted rate) or with a card, confirmed by the payment
//! password, with the limits checked in the same transaction as the spend.

use crate::store::Db;
use chrono::{DateTime, Utc};
use pocket_core::contract::shop::{Paid, PaymentMethod};
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::limits::{Allowed, LimitError, LimitMethod};
use pocket_core::money::Money;
use pocket_core::orders::{FundingSource, OrderEvent, OrderStatus};

use super::escrow::{post_effects, Held};
use super::store::{order_error, order_view_with, PaymentRow, StoredOrder};
use crate::accounts::Payer;
use crate::app::Config;
use crate::cards::{after_charge, CardCharge};
use crate::codes::CodePurpose;
use crate::ids::new_id;
use crate::messages::notify;
use crate::refusals::Refusal;
use pocket_core::contract::wallet::NotificationFacts;

pub use pocket_core::contract::shop::{PayRequest, PaySource};

/// The limits a payment from `source` counts against.
pub fn limit_method(source: &PaySource) -> LimitMethod {
    method_and_funding(source).0
}

/// What a payment from `source` is, for the limits and the order machine.
fn method_and_funding(source: &PaySource) -> (LimitMethod, FundingSource) {
    match source {
        PaySource::Balance { .. } => (LimitMethod::Balance, FundingSource::PocketBalance),
        PaySource::Card { card_id } => (LimitMethod::Card, FundingSource::Card { card_id: card_id.clone() }),
    }
}

/// Whether `order` may be paid from `source` now: the order takes a
/// payment and the limits allow its price. Checked before a card is
/// charged, and again as the payment is booked.
pub fn check_payable(
    tx: &Db,
    config: &Config,
    payer: &Payer,
    order: &StoredOrder,
    source: &PaySource,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let (_, funding) = method_and_funding(source);
    order.machine.clone().apply(OrderEvent::Pay { funding }, now).map_err(order_error)?;
    payment_limits(tx, config, payer, order.machine.price, now)??;
    Ok(())
}

/// Pays `order` (the shopper's, loaded in this same transaction) from
/// `source`: everything in the caller's transaction, so a refusal at any
/// step leaves nothing behind. A card's charge was taken before
/// (`cards::card_step`); a card not saved is used up by it.
pub fn pay(
    tx: &Db,
    config: &Config,
    payer: &Payer,
    mut order: StoredOrder,
    source: &PaySource,
    now: DateTime<Utc>,
) -> Result<Paid, Refusal> {
    let order_id = order.machine.id.clone();
    let order_id = order_id.as_str();
    let price = order.machine.price;
    let (_, funding) = method_and_funding(source);
    let event = OrderEvent::Pay { funding };
    let effects = order.machine.apply(event.clone(), now).map_err(order_error)?;
    payment_limits(tx, config, payer, price, now)??;
    if let PaySource::Card { card_id } = source {
        after_charge(tx, card_id, now)?;
    }
    let Held { paid, fx_rate } = post_effects(tx, &order, &effects, Some(source), now)?
        .ok_or_else(|| Refusal::internal("paying an order holds its price"))?;
    let (method_paid, card_id) = match source {
        PaySource::Card { card_id } => (PaymentMethod::Card, Some(card_id.clone())),
        PaySource::Balance { .. } => (PaymentMethod::Balance, None),
    };
    let payment = PaymentRow {
        id: new_id("pay"),
        order_id: order_id.to_string(),
        method: method_paid,
        card_id,
        paid,
        amount_usd: price,
        fx_rate,
        paid_at: now,
    };
    payer.spending.record(tx, price, now)?;
    payment.save_with_machine(tx, &order.machine, now)?;
    debug_assert_eq!(order.machine.status, OrderStatus::Paid);
    crate::webhooks::queue_order_events(tx, &order.machine, order.partner.as_ref(), &event, &effects, now)?;
    notify(
        tx,
        payer,
        NotificationKind::Payment,
        &format!("You paid {paid} for order {order_id}; it is held until you confirm receipt"),
        order_id,
        &NotificationFacts { amount: Some(paid), ..NotificationFacts::default() },
        now,
    )?;
    // The receipt from what was just written, not read back.
    let order = order_view_with(&order, Some(payment.receipt(tx)?), now)?;
    Ok(Paid { receipt: order.receipt.clone(), order })
}

/// The limits a payment of `price_usd` meets, computed in this one place
/// for the payment and for its quote: the shopper's standing and her
/// spending by the payment's method (read with her), against the rules in
/// `pocket-core`. The outer error is the database's (a refusal reads the
/// spends one by one, to say when the amount fits again); the inner one,
/// the limit's refusal.
pub fn payment_limits(
    tx: &Db,
    config: &Config,
    payer: &Payer,
    price_usd: Money,
    now: DateTime<Utc>,
) -> Result<Result<Allowed, LimitError>, Refusal> {
    let standing = payer.standing_to_spend()?;
    payer.spending.check(tx, &config.limits, &standing, price_usd, now)
}

/// The charge a payment by the card `card_id` makes: the order's price.
pub fn card_charge(user_id: &str, card_id: &str, order: &StoredOrder, request: &PayRequest) -> CardCharge {
    CardCharge {
        user_id: user_id.into(),
        card_id: card_id.into(),
        purpose: CodePurpose::CardPayment,
        reference: order.machine.id.clone(),
        amount: order.machine.price,
        one_time_code: request.one_time_code.clone(),
    }
}
