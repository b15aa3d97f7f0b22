//! The order state machine and the escrow effects it makes.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{resolve_refund_route, FundingSource, RefundPreference, RefundRoute};
use crate::money::Money;

/// How long buyer protection lasts after delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectionPolicy {
    /// Days after delivery during which the buyer may open a dispute; when
    /// they pass, escrow is released to the seller.
    pub protection_days: i64,
}

impl Default for ProtectionPolicy {
    /// 15 days.
    fn default() -> Self {
        ProtectionPolicy { protection_days: 15 }
    }
}

/// Where an order stands, without its data: for screens and the database.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Checked out, not paid.
    Created,
    /// Paid; the money is held in escrow.
    Paid,
    /// The seller shipped it; it has a tracking number.
    Shipped,
    /// The carrier delivered it; buyer protection runs.
    Delivered,
    /// The buyer opened a dispute; escrow waits for the resolution.
    Disputed,
    /// Ended: escrow went to the seller (perhaps after a partial refund).
    Completed,
    /// Ended: cancelled before shipping (refunded in full if paid).
    Cancelled,
    /// Ended: a dispute was resolved with a full refund.
    Refunded,
}

impl std::fmt::Display for OrderStatus {
    /// The status in words: `shipped`, `disputed`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = serde_json::to_value(self).expect("a status serializes");
        f.write_str(value.as_str().expect("a status is a string"))
    }
}

impl OrderStatus {
    /// Whether the order has ended: no more money can move.
    pub fn is_final(self) -> bool {
        matches!(self, OrderStatus::Completed | OrderStatus::Cancelled | OrderStatus::Refunded)
    }
}

/// Why a buyer opens a dispute.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DisputeReason {
    /// The parcel never arrived.
    NotReceived,
    /// It arrived but is not what the listing described.
    NotAsDescribed,
    /// A different item arrived.
    WrongItem,
}

/// How a dispute ends.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Resolution {
    /// The buyer wins everything back.
    FullRefund,
    /// The buyer wins part back; the rest goes to the seller.
    PartialRefund {
        /// Refunded to the buyer: above zero, at most what was paid.
        amount: Money,
    },
    /// The seller wins: escrow goes to the seller.
    Rejected,
}

/// Something that happens to an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrderEvent {
    /// The buyer pays; the money goes into escrow.
    Pay {
        /// Balance or card.
        funding: FundingSource,
    },
    /// The seller ships the parcel.
    Ship {
        /// The carrier's tracking number.
        tracking_number: String,
    },
    /// The carrier reports delivery (at `now`).
    Deliver,
    /// The buyer confirms they received it: escrow goes to the seller.
    ConfirmReceipt,
    /// The protection period after delivery has run out.
    ProtectionExpired,
    /// The buyer cancels before shipping.
    Cancel,
    /// The buyer opens a dispute.
    OpenDispute {
        /// Why.
        reason: DisputeReason,
    },
    /// Support resolves the dispute.
    ResolveDispute {
        /// The outcome.
        resolution: Resolution,
    },
    /// The buyer chooses where a refund would go.
    ChooseRefundDestination {
        /// The choice.
        preference: RefundPreference,
    },
    /// The seller cancels before shipping: a paid order is refunded in full.
    SellerCancel,
    /// The seller gives back part or all of what escrow holds, before the
    /// order ends (a missing item, a goodwill discount). All of it ends the
    /// order as refunded; less leaves it where it was, holding the rest.
    SellerRefund {
        /// Refunded to the buyer: above zero, at most what is held.
        amount: Money,
    },
}

impl OrderEvent {
    /// The event's name, for errors and logs.
    pub fn name(&self) -> &'static str {
        match self {
            OrderEvent::Pay { .. } => "pay",
            OrderEvent::Ship { .. } => "ship",
            OrderEvent::Deliver => "deliver",
            OrderEvent::ConfirmReceipt => "confirm_receipt",
            OrderEvent::ProtectionExpired => "protection_expired",
            OrderEvent::Cancel => "cancel",
            OrderEvent::OpenDispute { .. } => "open_dispute",
            OrderEvent::ResolveDispute { .. } => "resolve_dispute",
            OrderEvent::ChooseRefundDestination { .. } => "choose_refund_destination",
            OrderEvent::SellerCancel => "seller_cancel",
            OrderEvent::SellerRefund { .. } => "seller_refund",
        }
    }
}

/// Money the ledger must move because of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EscrowEffect {
    /// Take the payment into the order's escrow.
    Hold {
        /// How much.
        amount: Money,
        /// Where it came from.
        funding: FundingSource,
    },
    /// Pay the seller out of escrow.
    ReleaseToSeller {
        /// How much.
        amount: Money,
    },
    /// Return money out of escrow to the buyer.
    RefundToBuyer {
        /// How much.
        amount: Money,
        /// Where it goes.
        route: RefundRoute,
    },
}

/// A buyer's button that makes sense in the order's current state.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyerAction {
    /// Pay the order.
    Pay,
    /// Cancel it.
    Cancel,
    /// Confirm the parcel arrived.
    ConfirmReceipt,
    /// Open a dispute.
    OpenDispute,
    /// Choose where a refund goes.
    ChooseRefundDestination,
}

/// Why an event was refused. The order is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OrderError {
    /// The order is already paid: paying twice is impossible.
    #[error("this order is already paid; nothing more will be charged")]
    AlreadyPaid,
    /// The event makes no sense in this state.
    #[error("cannot {} an order that is {from}: {hint}", .event.replace('_', " "))]
    IllegalTransition {
        /// The state the order is in.
        from: OrderStatus,
        /// The refused event.
        event: &'static str,
        /// What the shopper can do instead.
        hint: &'static str,
    },
    /// Buyer protection has ended: no more disputes.
    #[error("buyer protection for this order ended at {ended_at}; a dispute can no longer be opened")]
    ProtectionEnded {
        /// When it ended.
        ended_at: DateTime<Utc>,
    },
    /// Protection is still running, so escrow cannot be released on expiry yet.
    #[error("buyer protection runs until {ends_at}; escrow is released then, or when the buyer confirms receipt")]
    ProtectionNotEnded {
        /// When it ends.
        ends_at: DateTime<Utc>,
    },
    /// A partial refund above what was paid, or of zero.
    #[error("a refund must be above zero and at most the {paid} paid; {requested} was asked")]
    RefundExceedsPaid {
        /// The refund asked for.
        requested: Money,
        /// What was paid.
        paid: Money,
    },
    /// A shipment without a tracking number.
    #[error("a shipment needs the carrier's tracking number")]
    MissingTrackingNumber,
}

/// An order from one seller, with its escrow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// The order's id.
    pub id: String,
    /// The seller paid when escrow is released.
    pub seller_id: String,
    /// The price, in USD.
    pub price: Money,
    /// Where the order stands.
    pub status: OrderStatus,
    /// How it was paid, once paid.
    pub funding: Option<FundingSource>,
    /// The buyer's choice of refund destination.
    pub refund_preference: RefundPreference,
    /// The carrier's tracking number, once shipped.
    pub tracking_number: Option<String>,
    /// When the carrier delivered it.
    pub delivered_at: Option<DateTime<Utc>>,
    /// The open or resolved dispute's reason.
    pub dispute_reason: Option<DisputeReason>,
    /// Money in escrow now.
    pub held: Money,
    /// Money refunded to the buyer so far.
    pub refunded: Money,
    /// Money released to the seller so far.
    pub released: Money,
    /// Protection period for this order (fixed when the order is created).
    pub protection: ProtectionPolicy,
}

const CANCEL_AFTER_SHIPPING: &str =
    "it has shipped, so it can no longer be cancelled; open a dispute if it does not arrive";

impl Order {
    /// A new, unpaid order for `price` (USD).
    pub fn new(id: String, seller_id: String, price: Money, protection: ProtectionPolicy) -> Order {
        let zero = Money::zero(price.currency());
        Order {
            id,
            seller_id,
            price,
            status: OrderStatus::Created,
            funding: None,
            refund_preference: RefundPreference::default(),
            tracking_number: None,
            delivered_at: None,
            dispute_reason: None,
            held: zero,
            refunded: zero,
            released: zero,
            protection,
        }
    }

    /// When buyer protection ends: `protection_days` after delivery.
    pub fn protection_ends_at(&self) -> Option<DateTime<Utc>> {
        self.delivered_at.map(|at| at + Duration::days(self.protection.protection_days))
    }

    /// Applies an event at `now`. On success the order moves on and the
    /// effects are returned for the ledger to post; on error nothing changes.
    pub fn apply(&mut self, event: OrderEvent, now: DateTime<Utc>) -> Result<Vec<EscrowEffect>, OrderError> {
        let mut next = self.clone();
        let effects = next.transition(event, now)?;
        next.assert_escrow_adds_up();
        *self = next;
        Ok(effects)
    }

    /// The buttons the buyer should see now.
    pub fn available_actions(&self, now: DateTime<Utc>) -> Vec<BuyerAction> {
        use BuyerAction::*;
        match self.status {
            OrderStatus::Created => vec![Pay, Cancel],
            OrderStatus::Paid => vec![Cancel, ChooseRefundDestination],
            OrderStatus::Shipped => vec![ConfirmReceipt, OpenDispute, ChooseRefundDestination],
            OrderStatus::Delivered if self.protection_ends_at().is_some_and(|end| now < end) => {
                vec![ConfirmReceipt, OpenDispute, ChooseRefundDestination]
            }
            OrderStatus::Delivered => vec![ConfirmReceipt],
            OrderStatus::Disputed => vec![ChooseRefundDestination],
            OrderStatus::Completed | OrderStatus::Cancelled | OrderStatus::Refunded => vec![],
        }
    }

    fn transition(&mut self, event: OrderEvent, now: DateTime<Utc>) -> Result<Vec<EscrowEffect>, OrderError> {
        let name = event.name();
        match (self.status, event) {
            (OrderStatus::Created, OrderEvent::Pay { funding }) => Ok(self.pay(funding)),
            (status, OrderEvent::Pay { .. }) if status != OrderStatus::Cancelled => Err(OrderError::AlreadyPaid),
            (OrderStatus::Paid, OrderEvent::Ship { tracking_number }) => self.ship(tracking_number),
            (OrderStatus::Shipped, OrderEvent::Deliver) => {
                self.delivered_at = Some(now);
                self.status = OrderStatus::Delivered;
                Ok(vec![])
            }
            (OrderStatus::Shipped | OrderStatus::Delivered, OrderEvent::ConfirmReceipt) => {
                Ok(self.close_releasing_to_seller())
            }
            (OrderStatus::Delivered, OrderEvent::ProtectionExpired) => self.expire_protection(now),
            (OrderStatus::Created, OrderEvent::Cancel | OrderEvent::SellerCancel) => {
                self.status = OrderStatus::Cancelled;
                Ok(vec![])
            }
            (OrderStatus::Paid, OrderEvent::Cancel | OrderEvent::SellerCancel) => {
                let effects = self.refund(self.held);
                self.status = OrderStatus::Cancelled;
                Ok(effects)
            }
            (
                OrderStatus::Paid | OrderStatus::Shipped | OrderStatus::Delivered | OrderStatus::Disputed,
                OrderEvent::SellerRefund { amount },
            ) => self.seller_refund(amount),
            (OrderStatus::Shipped | OrderStatus::Delivered, OrderEvent::OpenDispute { reason }) => {
                self.open_dispute(reason, now)
            }
            (OrderStatus::Disputed, OrderEvent::ResolveDispute { resolution }) => self.resolve(resolution),
            (status, OrderEvent::ChooseRefundDestination { preference }) if !status.is_final() => {
                self.refund_preference = preference;
                Ok(vec![])
            }
            (from, _) => Err(OrderError::IllegalTransition { from, event: name, hint: hint(from, name) }),
        }
    }

    fn pay(&mut self, funding: FundingSource) -> Vec<EscrowEffect> {
        self.held = self.price;
        self.funding = Some(funding.clone());
        self.status = OrderStatus::Paid;
        vec![EscrowEffect::Hold { amount: self.price, funding }]
    }

    fn ship(&mut self, tracking_number: String) -> Result<Vec<EscrowEffect>, OrderError> {
        if tracking_number.trim().is_empty() {
            return Err(OrderError::MissingTrackingNumber);
        }
        self.tracking_number = Some(tracking_number.trim().to_string());
        self.status = OrderStatus::Shipped;
        Ok(vec![])
    }

    fn expire_protection(&mut self, now: DateTime<Utc>) -> Result<Vec<EscrowEffect>, OrderError> {
        let ends_at = self.protection_ends_at().expect("a delivered order has a delivery time");
        if now < ends_at {
            return Err(OrderError::ProtectionNotEnded { ends_at });
        }
        Ok(self.close_releasing_to_seller())
    }

    fn open_dispute(&mut self, reason: DisputeReason, now: DateTime<Utc>) -> Result<Vec<EscrowEffect>, OrderError> {
        if let Some(ended_at) = self.protection_ends_at().filter(|end| now >= *end) {
            return Err(OrderError::ProtectionEnded { ended_at });
        }
        self.dispute_reason = Some(reason);
        self.status = OrderStatus::Disputed;
        Ok(vec![])
    }

    fn resolve(&mut self, resolution: Resolution) -> Result<Vec<EscrowEffect>, OrderError> {
        match resolution {
            Resolution::FullRefund => {
                let effects = self.refund(self.held);
                self.status = OrderStatus::Refunded;
                Ok(effects)
            }
            Resolution::PartialRefund { amount } => {
                let within = amount.currency() == self.held.currency() && !amount.is_zero() && amount <= self.held;
                if !within {
                    return Err(OrderError::RefundExceedsPaid { requested: amount, paid: self.held });
                }
                let mut effects = self.refund(amount);
                effects.extend(self.close_releasing_to_seller());
                Ok(effects)
            }
            Resolution::Rejected => Ok(self.close_releasing_to_seller()),
        }
    }

    fn seller_refund(&mut self, amount: Money) -> Result<Vec<EscrowEffect>, OrderError> {
        let within = amount.currency() == self.held.currency() && !amount.is_zero() && amount <= self.held;
        if !within {
            return Err(OrderError::RefundExceedsPaid { requested: amount, paid: self.held });
        }
        let effects = self.refund(amount);
        if self.held.is_zero() {
            self.status = OrderStatus::Refunded;
        }
        Ok(effects)
    }

    /// Moves `amount` out of escrow back to the buyer, by their chosen route.
    fn refund(&mut self, amount: Money) -> Vec<EscrowEffect> {
        if amount.is_zero() {
            return vec![];
        }
        let funding = self.funding.as_ref().expect("only a paid order holds money to refund");
        let route = resolve_refund_route(funding, self.refund_preference);
        self.held = self.held.checked_sub(amount).expect("refunds are bounded by what is held");
        self.refunded = self.refunded.checked_add(amount).expect("bounded by the price");
        vec![EscrowEffect::RefundToBuyer { amount, route }]
    }

    /// Releases whatever is still held to the seller and completes the order.
    fn close_releasing_to_seller(&mut self) -> Vec<EscrowEffect> {
        let amount = self.held;
        self.held = Money::zero(amount.currency());
        self.released = self.released.checked_add(amount).expect("bounded by the price");
        self.status = OrderStatus::Completed;
        if amount.is_zero() {
            vec![]
        } else {
            vec![EscrowEffect::ReleaseToSeller { amount }]
        }
    }

    /// Whatever was paid is held, refunded or released: never more, never less.
    fn assert_escrow_adds_up(&self) {
        let paid = if self.funding.is_some() { self.price } else { Money::zero(self.price.currency()) };
        let accounted = self.held.checked_add(self.refunded).and_then(|sum| sum.checked_add(self.released));
        assert_eq!(accounted, Ok(paid), "escrow of order {} does not add up", self.id);
        if self.status.is_final() {
            assert!(self.held.is_zero(), "a final order holds nothing");
        }
    }
}

fn hint(from: OrderStatus, event: &str) -> &'static str {
    match (from, event) {
        (OrderStatus::Shipped | OrderStatus::Delivered, "cancel") => CANCEL_AFTER_SHIPPING,
        (OrderStatus::Shipped | OrderStatus::Delivered | OrderStatus::Disputed, "seller_cancel") => {
            "it has shipped, so it can no longer be cancelled; refund the buyer instead"
        }
        (OrderStatus::Disputed, "cancel" | "confirm_receipt") => "a dispute is open; wait for its resolution",
        (OrderStatus::Created, _) => "pay the order first",
        (OrderStatus::Paid, "open_dispute") => "it has not shipped yet; cancel it instead for a full refund",
        (OrderStatus::Paid, "confirm_receipt" | "deliver") => "it has not shipped yet",
        (OrderStatus::Delivered, "open_dispute") => "buyer protection has ended",
        (status, _) if status.is_final() => "the order has ended; nothing more can change",
        _ => "this step does not apply to the order now",
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::money::Currency;

    fn usd(text: &str) -> Money {
        Money::parse(text, Currency::Usd).unwrap()
    }

    fn day(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap() + Duration::days(n)
    }

    fn order() -> Order {
        Order::new("order_1".into(), "seller_1".into(), usd("42.00"), ProtectionPolicy::default())
    }

    fn paid_with_card() -> Order {
        let mut order = order();
        order.apply(OrderEvent::Pay { funding: FundingSource::Card { card_id: "card_1".into() } }, day(0)).unwrap();
        order
    }

    fn delivered_on_day(n: i64) -> Order {
        let mut order = paid_with_card();
        order.apply(OrderEvent::Ship { tracking_number: "LP00123456789CN".into() }, day(n - 5)).unwrap();
        order.apply(OrderEvent::Deliver, day(n)).unwrap();
        order
    }

    #[test]
    fn paying_holds_the_price_in_escrow() {
        let mut order = order();
        let effects = order.apply(OrderEvent::Pay { funding: FundingSource::PocketBalance }, day(0)).unwrap();
        assert_eq!(effects, vec![EscrowEffect::Hold { amount: usd("42.00"), funding: FundingSource::PocketBalance }]);
        assert_eq!(order.status, OrderStatus::Paid);
        assert_eq!(order.held, usd("42.00"));
    }

    #[test]
    fn a_seller_cancelling_a_paid_order_refunds_it_in_full() {
        let mut order = paid_with_card();
        let effects = order.apply(OrderEvent::SellerCancel, day(1)).unwrap();
        assert_eq!(
            effects,
            vec![EscrowEffect::RefundToBuyer {
                amount: usd("42.00"),
                route: RefundRoute::Card { card_id: "card_1".into() }
            }]
        );
        assert_eq!((order.status, order.held), (OrderStatus::Cancelled, usd("0")));
    }

    #[test]
    fn a_seller_cannot_cancel_a_shipped_order_but_can_refund_it() {
        let mut order = delivered_on_day(3);
        let refused = order.apply(OrderEvent::SellerCancel, day(4)).unwrap_err();
        assert!(refused.to_string().contains("refund the buyer instead"), "{refused}");
        assert_eq!(order.apply(OrderEvent::SellerRefund { amount: usd("42.00") }, day(4)).unwrap().len(), 1);
        assert_eq!((order.status, order.refunded), (OrderStatus::Refunded, usd("42.00")));
    }

    #[test]
    fn a_sellers_partial_refund_leaves_the_order_going_and_the_rest_goes_to_the_seller() {
        let mut order = delivered_on_day(3);
        order.apply(OrderEvent::SellerRefund { amount: usd("10.00") }, day(4)).unwrap();
        assert_eq!((order.status, order.held, order.refunded), (OrderStatus::Delivered, usd("32.00"), usd("10.00")));
        let effects = order.apply(OrderEvent::ConfirmReceipt, day(5)).unwrap();
        assert_eq!(effects, vec![EscrowEffect::ReleaseToSeller { amount: usd("32.00") }]);
        assert_eq!(order.status, OrderStatus::Completed);
    }

    #[test]
    fn a_seller_cannot_refund_more_than_escrow_holds_nor_nothing() {
        let mut order = delivered_on_day(3);
        order.apply(OrderEvent::SellerRefund { amount: usd("40.00") }, day(4)).unwrap();
        let before = order.clone();
        for amount in [usd("2.01"), usd("0")] {
            assert_eq!(
                order.apply(OrderEvent::SellerRefund { amount }, day(4)),
                Err(OrderError::RefundExceedsPaid { requested: amount, paid: usd("2.00") })
            );
        }
        assert_eq!(order, before);
    }

    #[test]
    fn paying_the_same_order_twice_is_refused() {
        let mut order = paid_with_card();
        let before = order.clone();
        assert_eq!(
            order.apply(OrderEvent::Pay { funding: FundingSource::PocketBalance }, day(1)),
            Err(OrderError::AlreadyPaid)
        );
        assert_eq!(order, before);
    }

    #[test]
    fn cancelling_an_unshipped_order_refunds_it_in_full_to_the_card() {
        let mut order = paid_with_card();
        let effects = order.apply(OrderEvent::Cancel, day(1)).unwrap();
        assert_eq!(
            effects,
            vec![EscrowEffect::RefundToBuyer {
                amount: usd("42.00"),
                route: RefundRoute::Card { card_id: "card_1".into() }
            }]
        );
        assert_eq!(order.status, OrderStatus::Cancelled);
    }

    #[test]
    fn cancelling_an_unpaid_order_moves_no_money() {
        let mut order = order();
        assert_eq!(order.apply(OrderEvent::Cancel, day(0)), Ok(vec![]));
        assert_eq!(order.status, OrderStatus::Cancelled);
    }

    #[test]
    fn a_shipped_order_cannot_be_cancelled_and_the_error_says_what_to_do() {
        let mut order = paid_with_card();
        order.apply(OrderEvent::Ship { tracking_number: "LP1".into() }, day(1)).unwrap();
        let error = order.apply(OrderEvent::Cancel, day(2)).unwrap_err();
        assert!(error.to_string().contains("open a dispute"), "{error}");
        assert_eq!(order.status, OrderStatus::Shipped);
    }

    #[test]
    fn confirming_receipt_releases_escrow_to_the_seller() {
        let mut order = delivered_on_day(10);
        assert_eq!(
            order.apply(OrderEvent::ConfirmReceipt, day(11)),
            Ok(vec![EscrowEffect::ReleaseToSeller { amount: usd("42.00") }])
        );
        assert_eq!(order.status, OrderStatus::Completed);
    }

    #[test]
    fn escrow_is_released_when_protection_ends_fifteen_days_after_delivery() {
        let mut order = delivered_on_day(10);
        assert_eq!(order.protection_ends_at(), Some(day(25)));
        let early = order.apply(OrderEvent::ProtectionExpired, day(25) - Duration::seconds(1));
        assert_eq!(early, Err(OrderError::ProtectionNotEnded { ends_at: day(25) }));
        assert_eq!(
            order.apply(OrderEvent::ProtectionExpired, day(25)),
            Ok(vec![EscrowEffect::ReleaseToSeller { amount: usd("42.00") }])
        );
    }

    #[test]
    fn a_dispute_after_protection_ends_is_refused() {
        let mut order = delivered_on_day(10);
        let error =
            order.apply(OrderEvent::OpenDispute { reason: DisputeReason::NotAsDescribed }, day(25)).unwrap_err();
        assert_eq!(error, OrderError::ProtectionEnded { ended_at: day(25) });
        assert!(!order.available_actions(day(25)).contains(&BuyerAction::OpenDispute));
        assert!(order.available_actions(day(24)).contains(&BuyerAction::OpenDispute));
    }

    #[test]
    fn a_parcel_never_received_can_be_disputed_while_shipped_and_refunded_in_full() {
        let mut order = paid_with_card();
        order.apply(OrderEvent::Ship { tracking_number: "LP1".into() }, day(1)).unwrap();
        order.apply(OrderEvent::OpenDispute { reason: DisputeReason::NotReceived }, day(40)).unwrap();
        order
            .apply(OrderEvent::ChooseRefundDestination { preference: RefundPreference::PocketBalance }, day(40))
            .unwrap();
        let effects = order.apply(OrderEvent::ResolveDispute { resolution: Resolution::FullRefund }, day(41)).unwrap();
        assert_eq!(
            effects,
            vec![EscrowEffect::RefundToBuyer { amount: usd("42.00"), route: RefundRoute::PocketBalance }]
        );
        assert_eq!(order.status, OrderStatus::Refunded);
    }

    #[test]
    fn a_partial_refund_returns_part_and_releases_the_rest() {
        let mut order = delivered_on_day(10);
        order.apply(OrderEvent::OpenDispute { reason: DisputeReason::NotAsDescribed }, day(12)).unwrap();
        let effects = order
            .apply(
                OrderEvent::ResolveDispute { resolution: Resolution::PartialRefund { amount: usd("10.00") } },
                day(13),
            )
            .unwrap();
        assert_eq!(
            effects,
            vec![
                EscrowEffect::RefundToBuyer {
                    amount: usd("10.00"),
                    route: RefundRoute::Card { card_id: "card_1".into() }
                },
                EscrowEffect::ReleaseToSeller { amount: usd("32.00") },
            ]
        );
        assert_eq!(
            (order.refunded, order.released, order.status),
            (usd("10.00"), usd("32.00"), OrderStatus::Completed)
        );
    }

    #[test]
    fn a_partial_refund_above_the_price_is_refused() {
        let mut order = delivered_on_day(10);
        order.apply(OrderEvent::OpenDispute { reason: DisputeReason::WrongItem }, day(12)).unwrap();
        let resolution = Resolution::PartialRefund { amount: usd("42.01") };
        assert_eq!(
            order.apply(OrderEvent::ResolveDispute { resolution }, day(13)),
            Err(OrderError::RefundExceedsPaid { requested: usd("42.01"), paid: usd("42.00") })
        );
        assert_eq!(order.status, OrderStatus::Disputed);
    }

    #[test]
    fn a_rejected_dispute_releases_escrow_to_the_seller() {
        let mut order = delivered_on_day(10);
        order.apply(OrderEvent::OpenDispute { reason: DisputeReason::WrongItem }, day(12)).unwrap();
        let effects = order.apply(OrderEvent::ResolveDispute { resolution: Resolution::Rejected }, day(13)).unwrap();
        assert_eq!(effects, vec![EscrowEffect::ReleaseToSeller { amount: usd("42.00") }]);
    }

    #[test]
    fn shipping_needs_a_tracking_number() {
        let mut order = paid_with_card();
        assert_eq!(
            order.apply(OrderEvent::Ship { tracking_number: "  ".into() }, day(1)),
            Err(OrderError::MissingTrackingNumber)
        );
    }

    #[test]
    fn an_ended_order_offers_no_actions_and_refuses_every_event() {
        let mut order = delivered_on_day(10);
        order.apply(OrderEvent::ConfirmReceipt, day(11)).unwrap();
        assert!(order.available_actions(day(11)).is_empty());
        assert!(order.apply(OrderEvent::Cancel, day(12)).is_err());
        assert!(order
            .apply(OrderEvent::ChooseRefundDestination { preference: RefundPreference::PocketBalance }, day(12))
            .is_err());
    }

    fn any_event() -> impl Strategy<Value = OrderEvent> {
        prop_oneof![
            Just(OrderEvent::Pay { funding: FundingSource::PocketBalance }),
            Just(OrderEvent::Pay { funding: FundingSource::Card { card_id: "card_1".into() } }),
            Just(OrderEvent::Ship { tracking_number: "LP1".into() }),
            Just(OrderEvent::Ship { tracking_number: "".into() }),
            Just(OrderEvent::Deliver),
            Just(OrderEvent::ConfirmReceipt),
            Just(OrderEvent::ProtectionExpired),
            Just(OrderEvent::Cancel),
            Just(OrderEvent::OpenDispute { reason: DisputeReason::NotReceived }),
            Just(OrderEvent::ResolveDispute { resolution: Resolution::FullRefund }),
            Just(OrderEvent::ResolveDispute { resolution: Resolution::Rejected }),
            (0i64..6000).prop_map(|cents| OrderEvent::ResolveDispute {
                resolution: Resolution::PartialRefund {
                    amount: Money::from_minor_units(cents, Currency::Usd).unwrap()
                }
            }),
            Just(OrderEvent::ChooseRefundDestination { preference: RefundPreference::OriginalFundingSource }),
            Just(OrderEvent::SellerCancel),
            (0i64..6000).prop_map(|cents| OrderEvent::SellerRefund {
                amount: Money::from_minor_units(cents, Currency::Usd).unwrap()
            }),
        ]
    }

    proptest! {
        #[test]
        fn no_sequence_of_events_moves_more_money_than_was_paid(
            events in prop::collection::vec((any_event(), 0i64..20), 0..40)
        ) {
            let mut order = order();
            let (mut held, mut refunded, mut released, mut releases) = (0i64, 0i64, 0i64, 0);
            let mut now = day(0);
            for (event, wait_days) in events {
                now += Duration::days(wait_days);
                let before = order.clone();
                match order.apply(event, now) {
                    Err(_) => prop_assert_eq!(&order, &before, "an illegal event changed the order"),
                    Ok(effects) => for effect in effects {
                        match effect {
                            EscrowEffect::Hold { amount, .. } => held += amount.to_minor_units(),
                            EscrowEffect::RefundToBuyer { amount, .. } => refunded += amount.to_minor_units(),
                            EscrowEffect::ReleaseToSeller { amount } => { released += amount.to_minor_units(); releases += 1; }
                        }
                    },
                }
                prop_assert!(held <= order.price.to_minor_units(), "held more than the price");
                prop_assert!(releases <= 1, "escrow released twice");
                prop_assert!(refunded + released <= held, "moved out more than was held");
                if order.status.is_final() {
                    prop_assert_eq!(refunded + released, held, "an ended order still holds money");
                }
                prop_assert_eq!(order.held.to_minor_units(), held - refunded - released);
            }
        }
    }
}
