//! Posting the escrow effects of order events to the ledger.

use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::wallet::NotificationFacts;
use pocket_core::contract::wallet::NotificationKind;
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{EscrowEffect, OrderEvent, OrderStatus, RefundRoute, Resolution};

use super::store::{load_order, order_error, save_machine, StoredOrder};
use crate::fx::quote;
use crate::ledger::{post, AccountKey, Journal, JournalCode, Leg};
use crate::messages::notify;
use crate::refusals::Refusal;
use crate::webhooks::queue_order_events;
use crate::wire::wire_name;
use pocket_core::contract::shop::PaySource;
use pocket_core::topup::TopUpRail;

/// Applies a buyer, seller or support event to an order and posts the money
/// it moves, in the caller's transaction. `user_id` limits it to the
/// buyer's own order (`None` for the seller and support).
pub fn apply_event(
    tx: &Db,
    user_id: Option<&str>,
    order_id: &str,
    event: OrderEvent,
    now: DateTime<Utc>,
) -> Result<StoredOrder, Refusal> {
    let mut order = load_order(tx, user_id, order_id)?;
    let news = OrderNews::of(&event);
    let effects = order.machine.apply(event.clone(), now).map_err(order_error)?;
    post_effects(tx, &order, &effects, None, now)?;
    save_machine(tx, &order.machine, now)?;
    notify_change(tx, &order, news, now)?;
    queue_order_events(tx, &order.machine, order.partner.as_ref(), &event, &effects, now)?;
    Ok(order)
}

/// A payment's hold as posted: what the shopper paid, in the currency she
/// paid in, and the rate if it was converted.
pub struct Held {
    pub paid: Money,
    pub fx_rate: Option<String>,
}

/// Posts the money the order machine's effects move, every kind in this
/// one place: a payment's hold (from `paid_from`, the source the payment
/// names), a release to the seller, a refund where it goes. Returns the
/// hold, if there was one.
pub fn post_effects(
    tx: &Db,
    order: &StoredOrder,
    effects: &[EscrowEffect],
    paid_from: Option<&PaySource>,
    now: DateTime<Utc>,
) -> Result<Option<Held>, Refusal> {
    let mut held = None;
    for effect in effects {
        match effect {
            EscrowEffect::Hold { amount, .. } => {
                let source = paid_from.ok_or_else(|| Refusal::internal("a hold is posted only by a payment"))?;
                held = Some(post_hold(tx, order, *amount, source, now)?);
            }
            EscrowEffect::ReleaseToSeller { amount } => {
                let seller = AccountKey::SellerPayable { seller_id: order.machine.seller_id.clone() };
                post_from_escrow(tx, order, JournalCode::EscrowRelease, seller, *amount, now)?;
            }
            EscrowEffect::RefundToBuyer { amount, route } => refund(tx, order, *amount, route, now)?,
        }
    }
    Ok(held)
}

/// Moves an order's USD price into escrow, the journal naming the order: from the card
/// processor, or from a balance (another currency through the FX
/// accounts: the balance pays the quoted amount, rounded up, and Pocket's
/// USD position funds the escrow with the exact price).
fn post_hold(
    tx: &Db,
    order: &StoredOrder,
    price: Money,
    source: &PaySource,
    now: DateTime<Utc>,
) -> Result<Held, Refusal> {
    let escrow = AccountKey::Escrow { user_id: order.user_id.clone(), currency: Currency::Usd };
    let (legs, held) = match source {
        PaySource::Card { .. } => {
            let from = AccountKey::CardProcessor { currency: Currency::Usd };
            (vec![Leg { debit: from, credit: escrow, amount: price }], Held { paid: price, fx_rate: None })
        }
        PaySource::Balance { currency } => {
            let from = AccountKey::UserAvailable { user_id: order.user_id.clone(), currency: *currency };
            match quote(price, *currency)? {
                None => (vec![Leg { debit: from, credit: escrow, amount: price }], Held { paid: price, fx_rate: None }),
                Some(quote) => {
                    let legs = vec![
                        Leg { debit: from, credit: AccountKey::FxPosition { currency: *currency }, amount: quote.pay },
                        Leg {
                            debit: AccountKey::FxPosition { currency: Currency::Usd },
                            credit: escrow,
                            amount: price,
                        },
                    ];
                    (legs, Held { paid: quote.pay, fx_rate: Some(quote.rate.to_per_from().to_string()) })
                }
            }
        }
    };
    post(tx, &Journal { code: JournalCode::Payment, reference: order.machine.id.clone(), legs, at: now })?;
    Ok(held)
}

fn post_from_escrow(
    tx: &Db,
    order: &StoredOrder,
    code: JournalCode,
    credit: AccountKey,
    amount: Money,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    let escrow = AccountKey::Escrow { user_id: order.user_id.clone(), currency: amount.currency() };
    let legs = vec![Leg { debit: escrow, credit, amount }];
    post(tx, &Journal { code, reference: order.machine.id.clone(), legs, at: now })?;
    Ok(())
}

/// Posts a refund where it goes, keeps its receipt and tells the shopper.
fn refund(tx: &Db, order: &StoredOrder, amount: Money, route: &RefundRoute, now: DateTime<Utc>) -> Result<(), Refusal> {
    let destination = RefundDestination::of(tx, &order.user_id, route, amount)?;
    post_from_escrow(tx, order, JournalCode::Refund, destination.account(&order.user_id), amount, now)?;
    // Booked now; sent back through the charge after the commit.
    let order_id = order.machine.id.as_str();
    match &destination {
        RefundDestination::Card => match crate::cards::charge_that_paid(tx, order_id)? {
            Some(charge_id) => {
                crate::cards::queue_refund(tx, &charge_id, amount, Some(order_id), now)?;
            }
            None => tracing::warn!(order_id, "a card refund has no charge on record to go back through"),
        },
        RefundDestination::TopUpCard { charge_id, .. } => {
            crate::cards::queue_refund(tx, charge_id, amount, Some(order_id), now)?;
        }
        RefundDestination::Balance | RefundDestination::TopUp(_) => {}
    }
    let facts = destination.facts(amount);
    tx.execute(
        "INSERT INTO refunds (order_id, user_id, amount_minor, currency, refunded_to, top_up_id, rail, provider,
                              refunded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        crate::params![
            order.machine.id,
            order.user_id,
            amount.to_minor_units(),
            amount.currency().code(),
            facts.refund_to,
            facts.top_up_id,
            facts.rail,
            facts.provider,
            now.to_rfc3339()
        ],
    )?;
    let message = format!("{amount} refunded to {} for order {}", destination.in_words(), order.machine.id);
    notify(tx, &order.user_id, NotificationKind::Refund, &message, &order.machine.id, &facts, now)
}

/// The top-up a refund to the funding source goes back to: the shopper's
/// latest top-up that arrived.
struct FundingTopUp {
    id: String,
    rail: String,
    provider: Option<String>,
}

/// Where a refund's money goes, decided once for its ledger leg, its
/// receipt and its notification.
enum RefundDestination {
    Balance,
    Card,
    /// Back through the rail of the top-up it names.
    TopUp(FundingTopUp),
    /// Back to the card of the top-up it names, through that top-up's
    /// charge at the card processor.
    TopUpCard {
        top_up: FundingTopUp,
        charge_id: String,
    },
}

impl RefundDestination {
    /// A refund to the funding source with no top-up to name (the balance
    /// came from transfers) lands in the Pocket balance, and so does one of
    /// a frozen account: no money leaves Pocket for her bank meanwhile. A
    /// card top-up's money goes back through its charge, when that charge
    /// can still take the whole `amount` back; else to the balance.
    fn of(tx: &Db, user_id: &str, route: &RefundRoute, amount: Money) -> Result<RefundDestination, Refusal> {
        Ok(match route {
            RefundRoute::Card { .. } => RefundDestination::Card,
            RefundRoute::PocketBalance => RefundDestination::Balance,
            RefundRoute::TopUpSource if crate::accounts::frozen(tx, user_id)?.is_some() => RefundDestination::Balance,
            RefundRoute::TopUpSource => match funding_top_up(tx, user_id)? {
                None => RefundDestination::Balance,
                Some(top_up) if top_up.rail == wire_name(&TopUpRail::BankCard) => {
                    match crate::cards::charge_that_can_refund(tx, &top_up.id, amount)? {
                        Some(charge_id) => RefundDestination::TopUpCard { top_up, charge_id },
                        None => RefundDestination::Balance,
                    }
                }
                Some(top_up) => RefundDestination::TopUp(top_up),
            },
        })
    }

    fn account(&self, user_id: &str) -> AccountKey {
        match self {
            RefundDestination::Card | RefundDestination::TopUpCard { .. } => {
                AccountKey::CardProcessor { currency: Currency::Usd }
            }
            RefundDestination::TopUp(top_up) => {
                AccountKey::RailClearing { rail: top_up.rail.clone(), currency: Currency::Usd }
            }
            RefundDestination::Balance => {
                AccountKey::UserAvailable { user_id: user_id.into(), currency: Currency::Usd }
            }
        }
    }

    fn facts(&self, amount: Money) -> NotificationFacts {
        let mut facts = NotificationFacts { amount: Some(amount), ..NotificationFacts::default() };
        match self {
            RefundDestination::Card => facts.refund_to = Some("card".into()),
            RefundDestination::Balance => facts.refund_to = Some("pocket_balance".into()),
            RefundDestination::TopUp(top_up) | RefundDestination::TopUpCard { top_up, .. } => {
                facts.refund_to = Some("top_up_source".into());
                facts.top_up_id = Some(top_up.id.clone());
                facts.rail = Some(top_up.rail.clone());
                facts.provider = top_up.provider.clone();
            }
        }
        facts
    }

    /// Where, in the service's English.
    fn in_words(&self) -> String {
        match self {
            RefundDestination::Card => "your card".into(),
            RefundDestination::Balance => "your Pocket balance".into(),
            RefundDestination::TopUp(top_up) => format!(
                "the {} you topped up from (top-up {})",
                top_up.provider.as_deref().unwrap_or(&top_up.rail),
                top_up.id
            ),
            RefundDestination::TopUpCard { top_up, .. } => {
                format!("the card you topped up from (top-up {})", top_up.id)
            }
        }
    }
}

fn funding_top_up(tx: &Db, user_id: &str) -> Result<Option<FundingTopUp>, Refusal> {
    Ok(tx
        .query_row(
            "SELECT id, rail, provider FROM top_ups WHERE user_id = ?1 AND status = 'settled'
             ORDER BY settled_at DESC, created_at DESC, id DESC LIMIT 1",
            [user_id],
            |r| Ok(FundingTopUp { id: r.get(0)?, rail: r.get(1)?, provider: r.get(2)? }),
        )
        .optional()?)
}

/// What an order event is as news for the shopper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrderNews {
    /// The seller shipped it.
    Shipped,
    /// The carrier delivered it.
    Delivered,
    /// Anything else: news only if it ended the order or opened a dispute.
    Updated,
}

impl OrderNews {
    fn of(event: &OrderEvent) -> OrderNews {
        match event {
            OrderEvent::Ship { .. } => OrderNews::Shipped,
            OrderEvent::Deliver => OrderNews::Delivered,
            _ => OrderNews::Updated,
        }
    }

    /// The notification's kind.
    fn kind(self) -> NotificationKind {
        match self {
            OrderNews::Shipped => NotificationKind::OrderShipped,
            OrderNews::Delivered => NotificationKind::OrderDelivered,
            OrderNews::Updated => NotificationKind::OrderUpdated,
        }
    }
}

fn notify_change(tx: &Db, order: &StoredOrder, news: OrderNews, now: DateTime<Utc>) -> Result<(), Refusal> {
    let id = &order.machine.id;
    let message = match (news, order.machine.status) {
        (OrderNews::Shipped, _) => {
            format!("Order {id} shipped: tracking number {}", order.machine.tracking_number.clone().unwrap_or_default())
        }
        (OrderNews::Delivered, _) => {
            format!("Order {id} was delivered; confirm receipt, or open a dispute before protection ends")
        }
        (_, OrderStatus::Completed) => format!("Order {id} is complete"),
        (_, OrderStatus::Cancelled) => format!("Order {id} is cancelled"),
        (_, OrderStatus::Disputed) => format!("Your dispute on order {id} is open"),
        _ => return Ok(()),
    };
    let facts = NotificationFacts {
        tracking_number: (news == OrderNews::Shipped).then(|| order.machine.tracking_number.clone()).flatten(),
        order_status: (news == OrderNews::Updated).then(|| crate::wire::wire_name(&order.machine.status)),
        ..NotificationFacts::default()
    };
    notify(tx, &order.user_id, news.kind(), &message, id, &facts, now)
}

/// Support decides an open dispute: a full refund, a partial one (the rest
/// to the seller) or none. The staff console and the sandbox both call it.
pub fn decide_dispute(
    tx: &Db,
    order_id: &str,
    resolution: Resolution,
    now: DateTime<Utc>,
) -> Result<pocket_core::contract::shop::Order, Refusal> {
    let order = apply_event(tx, None, order_id, OrderEvent::ResolveDispute { resolution }, now)?;
    super::store::order_view(tx, &order, now)
}

/// The orders in dispute, oldest change first, as support sees them.
pub fn disputed_orders(tx: &Db, now: DateTime<Utc>) -> Result<Vec<pocket_core::contract::shop::Order>, Refusal> {
    let ids: Vec<String> = {
        let mut statement =
            tx.prepare_cached("SELECT id FROM orders WHERE status = 'disputed' ORDER BY updated_at, id LIMIT 200")?;
        let rows = statement.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    ids.iter().map(|id| super::store::order_view(tx, &load_order(tx, None, id)?, now)).collect()
}

/// Completes every delivered order whose protection period has ended:
/// escrow goes to the seller.
pub fn complete_expired_protections(tx: &Db, now: DateTime<Utc>) -> Result<usize, Refusal> {
    let delivered: Vec<String> = {
        let mut statement = tx.prepare_cached("SELECT id FROM orders WHERE status = 'delivered'")?;
        let rows = statement.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut completed = 0;
    for order_id in delivered {
        let order = load_order(tx, None, &order_id)?;
        if order.machine.protection_ends_at().is_some_and(|end| now >= end) {
            apply_event(tx, None, &order_id, OrderEvent::ProtectionExpired, now)?;
            completed += 1;
        }
    }
    Ok(completed)
}

/// The pattern every shopper's USD escrow account's key matches
/// (`escrow:USD:usr_...`).
const ESCROW_KEYS: &str = "escrow:USD:%";

/// What escrow holds for each order it has held money for (minor units of
/// USD): the legs into and out of its shopper's escrow account of the
/// journals naming the order.
fn held_by_order(tx: &Db) -> Result<std::collections::HashMap<String, i64>, crate::store::SqlError> {
    let mut statement = tx.prepare_cached(
        // Cast: PostgreSQL sums BIGINTs as NUMERIC.
        "SELECT j.reference,
                CAST(SUM(CASE WHEN l.credit_account_id = e.id THEN l.amount_minor ELSE 0 END)
                   - SUM(CASE WHEN l.debit_account_id = e.id THEN l.amount_minor ELSE 0 END) AS BIGINT)
         FROM ledger_accounts e
         JOIN ledger_legs l ON l.credit_account_id = e.id OR l.debit_account_id = e.id
         JOIN ledger_journals j ON j.id = l.journal_id
         WHERE e.account_key LIKE ?1
         GROUP BY j.reference",
    )?;
    let rows = statement.query_map([ESCROW_KEYS], |r| r.read::<(String, i64)>())?;
    rows.collect()
}

/// For every order, escrow holds for it exactly what the state machine
/// says is held (zero once the order has ended): the legs into and out of
/// escrow of the journals that name the order. And the shoppers' escrow
/// accounts together hold what every order does.
pub fn check_escrow_matches_orders(tx: &Db) -> Result<Vec<String>, crate::store::SqlError> {
    let mut breaks = Vec::new();
    let held_by_order = held_by_order(tx)?;
    let orders: Vec<(String, String)> = {
        let mut statement = tx.prepare_cached("SELECT id, machine FROM orders")?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut held_by_all_minor = 0;
    for (order_id, machine) in orders {
        let Ok(machine) = serde_json::from_str::<pocket_core::orders::Order>(&machine) else {
            breaks.push(format!("order {order_id}: unreadable state"));
            continue;
        };
        let escrow = held_by_order.get(&order_id).copied().unwrap_or(0);
        held_by_all_minor += machine.held.to_minor_units();
        if escrow != machine.held.to_minor_units() {
            breaks.push(format!(
                "order {order_id}: escrow holds {escrow} but the order says {}",
                machine.held.to_minor_units()
            ));
        }
        if machine.status.is_final() && escrow != 0 {
            breaks.push(format!("order {order_id} has ended but its escrow still holds {escrow}"));
        }
    }
    let escrow_minor: i64 = tx.query_row(
        "SELECT CAST(COALESCE(SUM(credits_minor - debits_minor), 0) AS BIGINT) FROM ledger_accounts
         WHERE account_key LIKE ?1",
        [ESCROW_KEYS],
        |r| r.get(0),
    )?;
    if escrow_minor != held_by_all_minor {
        breaks.push(format!("escrow holds {escrow_minor} but the orders together hold {held_by_all_minor}"));
    }
    Ok(breaks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{balance_minor, check_invariants};
    use crate::store::Store;

    /// Escrow as it was before it moved to one account per shopper: an
    /// account per order. One order still holds 5.00; the other was paid
    /// 7.00 and released. (The orders' other tables are not needed here.)
    const ESCROW_PER_ORDER: &str = "
        PRAGMA foreign_keys = OFF;
        INSERT INTO orders (id, user_id, seller_id, checkout_id, status, price_minor, discount_minor, weight_grams,
                            items, delivery_address, machine, created_at, updated_at) VALUES
            ('ord_held', 'usr_1', 'sel_1', 'chk_1', 'paid', 500, 0, 100, '[]', 'x', '{}', '2026-11-01', '2026-11-01'),
            ('ord_ended', 'usr_1', 'sel_1', 'chk_1', 'completed', 700, 0, 100, '[]', 'x', '{}', '2026-11-02', '2026-11-20');
        PRAGMA foreign_keys = ON;
        INSERT INTO ledger_accounts (id, account_key, currency, may_go_negative, debits_minor, credits_minor) VALUES
            (901, 'card_processor:USD', 'USD', 1, 1200, 0),
            (902, 'escrow:ord_held', 'USD', 0, 0, 500),
            (903, 'escrow:ord_ended', 'USD', 0, 700, 700),
            (904, 'seller:sel_1:payable', 'USD', 0, 0, 700);
        INSERT INTO ledger_journals (id, code, reference, created_at) VALUES
            (901, 'payment', 'ord_held', '2026-11-01T10:00:00+00:00'),
            (902, 'payment', 'ord_ended', '2026-11-02T10:00:00+00:00'),
            (903, 'escrow_release', 'ord_ended', '2026-11-20T10:00:00+00:00');
        INSERT INTO ledger_legs (journal_id, debit_account_id, credit_account_id, amount_minor, currency) VALUES
            (901, 901, 902, 500, 'USD'),
            (902, 901, 903, 700, 'USD'),
            (903, 903, 904, 700, 'USD');";

    #[test]
    fn moving_escrow_to_the_shoppers_account_keeps_what_it_holds_for_each_order_and_the_ledger_whole() {
        let store = Store::open_in_memory().unwrap();
        store.with_connection(|tx| {
            tx.execute_batch(ESCROW_PER_ORDER).unwrap();
            assert!(check_invariants(tx).unwrap().is_healthy());
            tx.execute_batch(include_str!("../../migrations/0022_escrow_per_shopper.sql")).unwrap();

            let held = held_by_order(tx).unwrap();
            assert_eq!(held.get("ord_held"), Some(&500), "{held:?}");
            assert_eq!(held.get("ord_ended").copied().unwrap_or(0), 0, "{held:?}");
            let shoppers = AccountKey::Escrow { user_id: "usr_1".into(), currency: Currency::Usd };
            assert_eq!(balance_minor(tx, &shoppers).unwrap(), 500);
            for old in ["escrow:ord_held", "escrow:ord_ended"] {
                let left: i64 = tx
                    .query_row(
                        "SELECT credits_minor - debits_minor FROM ledger_accounts WHERE account_key = ?1",
                        [old],
                        |r| r.get(0),
                    )
                    .unwrap();
                assert_eq!(left, 0, "{old} is emptied into the shopper's account");
            }
            let report = check_invariants(tx).unwrap();
            assert!(report.is_healthy(), "{:?}", report.breaks);
        });
    }
}
