//! What the shells draw: one value per screen, each saying how fresh it is.
//!
//! These mirror the service's answers (only the fields a screen needs) and
//! are what the offline store keeps: none of them can hold a card number or
//! a card token.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::limits::LimitRefusal;
use crate::money::Money;

/// How fresh a screen's data is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Freshness {
    /// When the service last answered for this screen (`None`: never).
    pub fetched_at: Option<DateTime<Utc>>,
    /// True when the service could not be reached just now and this is the
    /// copy kept on the phone: show it, marked as possibly out of date.
    pub stale: bool,
}

impl Freshness {
    /// Not from the service yet (a screen being built, before it is saved).
    pub(crate) fn never_fetched() -> Freshness {
        Freshness { fetched_at: None, stale: false }
    }
}

/// A balance, the limits, a top-up and its status: the answers' own types.
pub use crate::contract::wallet::{Balance, Limits, TopUp, TopUpStatus};

/// The wallet screen: balances, limits, top-ups and actions still sending,
/// in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WalletScreen {
    /// One per currency held (USD always).
    pub balances: Vec<Balance>,
    /// Limits and what is left.
    pub limits: Limits,
    /// Top-ups, newest first.
    pub top_ups: Vec<TopUp>,
    /// Money-moving actions not yet answered by the service.
    pub pending_actions: Vec<PendingAction>,
    /// How fresh balances, limits and top-ups are.
    pub freshness: Freshness,
}

/// What the wallet screen keeps on the phone.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SavedWallet {
    pub balances: Vec<Balance>,
    pub limits: Limits,
    pub top_ups: Vec<TopUp>,
}

/// A card as the app shows it: never more than the first 4 and last 4
/// digits; the processor's token is kept in the secret store, never here.
pub use crate::contract::cards::Card;

/// The cards screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardsScreen {
    /// Bound cards.
    pub cards: Vec<Card>,
    /// How many cards an account may bind.
    pub max_cards: u32,
    /// How fresh the list is.
    pub freshness: Freshness,
}

/// An order's line, its card on a receipt, the receipt and the order
/// itself: the answers' own types, kept as the service sent them.
pub use crate::contract::shop::{Order, OrderItem, Receipt, ReceiptCard};

/// The orders screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrdersScreen {
    /// Newest first.
    pub orders: Vec<Order>,
    /// How fresh the list is.
    pub freshness: Freshness,
}

/// One movement of the shopper's money: the answer's own type.
pub use crate::contract::wallet::HistoryEntry;

/// The history screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryScreen {
    /// Newest first.
    pub entries: Vec<HistoryEntry>,
    /// How fresh the list is.
    pub freshness: Freshness,
}

/// Something the service told the shopper: the answer's own type.
pub use crate::contract::wallet::Notification;

/// The notifications screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsScreen {
    /// Newest first.
    pub notifications: Vec<Notification>,
    /// How fresh the list is.
    pub freshness: Freshness,
}

/// The signed-in shopper: the answer's own `Profile`, and how fresh the
/// phone's copy is. Reads and writes reach the answer's fields through it
/// (`profile.email`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The shopper, as `GET /v1/me` answered.
    #[serde(flatten)]
    pub shopper: crate::contract::accounts::Profile,
    /// How fresh this is.
    #[serde(default = "Freshness::never_fetched")]
    pub freshness: Freshness,
}

impl std::ops::Deref for Profile {
    type Target = crate::contract::accounts::Profile;

    fn deref(&self) -> &Self::Target {
        &self.shopper
    }
}

impl std::ops::DerefMut for Profile {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.shopper
    }
}

/// A product and a seller in the catalogue: the answer's own types.
pub use crate::contract::shop::{Product, Seller};

/// The catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    /// Sellers with products.
    pub sellers: Vec<Seller>,
    /// How fresh this is.
    #[serde(default = "Freshness::never_fetched")]
    pub freshness: Freshness,
}

/// One line of a cart to check out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    /// The product.
    pub product_id: String,
    /// Chosen options.
    pub options: HashMap<String, String>,
    /// How many.
    pub quantity: u32,
}

/// What paying an order would cost, before the shopper confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The order.
    pub order_id: String,
    /// Its price in USD.
    pub price: Money,
    /// What leaves the chosen balance, in its currency (rounded up).
    pub pay: Money,
    /// USD per unit of that currency, when it is not USD.
    pub rate_usd_per_unit: Option<String>,
    /// The limits after paying, or why they refuse it.
    pub limits: QuoteLimits,
}

/// The limits part of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteLimits {
    /// The limits allow it; what would be left after it.
    Allowed {
        /// Left in the rolling 24 hours after paying.
        left_today_after: Money,
        /// Left in the rolling 30 days after paying.
        left_this_month_after: Money,
    },
    /// The limits refuse it, with the figures.
    Refused {
        /// The rule, what is left, when it resets, what raises it.
        refusal: LimitRefusal,
    },
}

/// A transfer sent to another Pocket user: the answer's own type.
pub use crate::contract::wallet::Transfer;

/// What a sign-up created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpReceipt {
    /// The email a confirmation link was sent to.
    pub email: String,
    /// When that link stops working.
    pub confirmation_expires_at: DateTime<Utc>,
}

/// The sign-up form: the contract's request.
pub use crate::contract::accounts::SignUpRequest;

/// Where a pending action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PendingState {
    /// Being sent, or waiting to be sent again (no connection).
    Sending,
    /// Waiting for the one-time code the card's bank sent by SMS.
    WaitingForCode,
    /// The card's charge waits for the shopper to confirm on her bank's page
    /// (`confirmation_url`), or for the card processor; sent again by itself.
    WaitingForBank,
}

/// What a money-moving action does. Kept in the phone's outbox by its
/// snake_case name (`pay`, `top_up`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Pays an order.
    Pay,
    /// Tops the balance up.
    TopUp,
    /// Sends money to another shopper.
    Transfer,
    /// Cancels an order.
    CancelOrder,
    /// Confirms an order's parcel arrived.
    ConfirmReceipt,
}

impl ActionKind {
    /// Its name as kept (`pay`, `top_up`...).
    pub fn name(self) -> &'static str {
        match self {
            ActionKind::Pay => "pay",
            ActionKind::TopUp => "top_up",
            ActionKind::Transfer => "transfer",
            ActionKind::CancelOrder => "cancel_order",
            ActionKind::ConfirmReceipt => "confirm_receipt",
        }
    }

    /// The kind a kept name names.
    pub fn from_name(name: &str) -> Option<ActionKind> {
        [ActionKind::Pay, ActionKind::TopUp, ActionKind::Transfer, ActionKind::CancelOrder, ActionKind::ConfirmReceipt]
            .into_iter()
            .find(|kind| kind.name() == name)
    }
}

/// A money-moving action the service has not answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingAction {
    /// Its id (also its idempotency key).
    pub id: String,
    /// What it does.
    pub kind: ActionKind,
    /// What it is about: the order paid, cancelled or confirmed; the
    /// recipient's email of a transfer; the rail of a top-up.
    pub reference: Option<String>,
    /// The money it moves, when it moves a known amount.
    pub amount: Option<Money>,
    /// Sending, or waiting for a code or the bank.
    pub state: PendingState,
    /// The bank's page to confirm the charge on, when it asks.
    pub confirmation_url: Option<String>,
    /// Attempts so far.
    pub attempts: u32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When the shopper asked.
    pub created_at: DateTime<Utc>,
}
