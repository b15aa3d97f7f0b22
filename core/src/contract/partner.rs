//! What the partner API says to a marketplace: the events it hears about
//! its sellers' orders (by webhook, signed, and listed on request).

use chrono::{DateTime, Utc};

use super::wire;
use crate::money::Money;
use crate::orders::{OrderStatus, Resolution};

wire! {
    /// What happened to one of the partner's orders.
    pub enum PartnerEventKind {
        /// The shopper paid: the money is held in escrow.
        #[serde(rename = "order.paid")]
        OrderPaid,
        /// The order was cancelled before shipping (by the shopper or the
        /// seller); a paid one was refunded in full.
        #[serde(rename = "order.cancelled")]
        OrderCancelled,
        /// Money went back to the shopper out of escrow (`refund`).
        #[serde(rename = "order.refunded")]
        OrderRefunded,
        /// The shopper opened a dispute.
        #[serde(rename = "dispute.opened")]
        DisputeOpened,
        /// Pocket's support decided the dispute (`resolution`).
        #[serde(rename = "dispute.decided")]
        DisputeDecided,
        /// The protection period ended: escrow went to the seller.
        #[serde(rename = "protection.ended")]
        ProtectionEnded,
    }
}

wire! {
    /// An event, as the partner's webhook receives it (the body signed in
    /// `Pocket-Signature`) and as `GET /v1/partner/events` lists it.
    #[derive(Eq)]
    pub struct PartnerEvent {
        /// Its id (`evt_...`): the same on every delivery of it, so a partner
        /// applies each once.
        pub id: String,
        /// What happened.
        #[serde(rename = "type")]
        pub kind: PartnerEventKind,
        /// When.
        pub created_at: DateTime<Utc>,
        /// The order as it stood then.
        pub order: PartnerOrder,
        /// For `order.refunded`: what this refund gave back.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub refund: Option<Money>,
        /// For `dispute.decided`: the decision.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resolution: Option<Resolution>,
    }
}

wire! {
    /// An order, as its seller's marketplace sees it.
    #[derive(Eq)]
    pub struct PartnerOrder {
        /// The order.
        pub id: String,
        /// The seller.
        pub seller_id: String,
        /// Where it stands.
        pub status: OrderStatus,
        /// Its price, in USD.
        pub price: Money,
        /// In escrow now.
        pub held: Money,
        /// Given back to the shopper so far.
        pub refunded: Money,
        /// Paid to the seller so far.
        pub released: Money,
    }
}

wire! {
    /// Where the delivery of an event to the partner's webhook stands.
    pub enum DeliveryStatus {
        /// Waiting to be sent, or sent again after a failure.
        Queued,
        /// The webhook answered 2xx.
        Sent,
        /// Given up after the last try; it can be sent again.
        Failed,
        /// The partner had no webhook when it happened; it can be sent.
        NoWebhook,
    }
}

wire! {
    /// An event with how its delivery went.
    #[derive(Eq)]
    pub struct PartnerEventRecord {
        /// The event, as sent.
        pub event: PartnerEvent,
        /// Where its delivery stands.
        pub delivery: DeliveryStatus,
        /// Tries so far.
        pub attempts: u32,
        /// The webhook's last answer (its status), or why it could not be reached.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_answer: Option<String>,
        /// When it was sent, if it was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sent_at: Option<DateTime<Utc>>,
    }
}

wire! {
    /// `GET /v1/partner/events`.
    #[derive(Eq)]
    pub struct PartnerEvents {
        /// Newest first, at most 100.
        pub events: Vec<PartnerEventRecord>,
    }
}
