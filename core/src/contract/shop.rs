//! The catalogue, orders with escrow, receipts and quotes.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::service::ErrorDetail;
use super::{request, wire};
use crate::money::Currency;
use crate::money::Money;
use crate::orders::{BuyerAction, DisputeReason, OrderStatus, RefundPreference};
#[cfg(feature = "schema")]
use crate::text::{MAX_ADDRESS_CHARS, MAX_TOKEN_CHARS, PLAIN_TEXT_PATTERN};

wire! {
    /// A product on sale.
    #[derive(Eq)]
    pub struct Product {
        /// Its id.
        pub id: String,
        /// The title.
        pub title: String,
        /// One item's weight, in grams.
        pub unit_weight_grams: u32,
        /// One item's price, in USD.
        pub price: Money,
        /// Each option's name and its values: `{"colour": ["teal", "black"]}`.
        pub options: BTreeMap<String, Vec<String>>,
    }
}

wire! {
    /// A seller and what it sells.
    #[derive(Eq)]
    pub struct Seller {
        /// Its id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Where it ships from (ISO 3166 alpha-2).
        pub country: String,
        /// Its products.
        pub products: Vec<Product>,
    }
}

wire! {
    /// `GET /v1/catalogue`.
    pub struct Catalogue {
        /// Every seller.
        pub sellers: Vec<Seller>,
    }
}

wire! {
    /// One line of an order.
    #[derive(Eq)]
    pub struct OrderItem {
        /// The product.
        pub product_id: String,
        /// Its title at checkout.
        pub title: String,
        /// The options chosen.
        pub options: BTreeMap<String, String>,
        /// How many.
        pub quantity: u32,
        /// One item's price, in USD.
        pub unit_price: Money,
        /// One item's weight, in grams.
        pub unit_weight_grams: u32,
    }
}

wire! {
    /// How an order was paid.
    pub enum PaymentMethod {
        /// From a Pocket balance.
        Balance,
        /// By card.
        Card,
    }
}

wire! {
    /// The card a payment used, masked.
    #[derive(Eq)]
    pub struct ReceiptCard {
        /// The card.
        pub id: String,
        /// Its brand.
        pub brand: String,
        /// `4242 **** **** 4242`.
        pub masked: String,
        /// Its first 4 digits (none from a service older than this field).
        #[serde(default)]
        pub first4: String,
        /// Its last 4 digits.
        #[serde(default)]
        pub last4: String,
    }
}

wire! {
    /// A payment's receipt.
    #[derive(Eq)]
    pub struct Receipt {
        /// The payment.
        pub payment_id: String,
        /// The order.
        pub order_id: String,
        /// Balance or card.
        pub method: PaymentMethod,
        /// The card, for a card payment.
        pub card: Option<ReceiptCard>,
        /// What left the shopper's balance or card.
        pub paid: Money,
        /// The order's price, in USD.
        pub amount_usd: Money,
        /// USD per unit of the paid currency, when converted.
        pub fx_rate: Option<String>,
        /// When.
        pub paid_at: DateTime<Utc>,
    }
}

wire! {
    /// An order: one seller's parcel, with its escrow.
    #[derive(Eq)]
    pub struct Order {
        /// Its id.
        pub id: String,
        /// The seller.
        pub seller_id: String,
        /// Where it is.
        pub status: OrderStatus,
        /// The price, in USD, after any coupon.
        pub price: Money,
        /// The coupon's discount.
        pub discount: Money,
        /// The coupon used.
        pub coupon_code: Option<String>,
        /// The parcel's weight, in grams.
        pub weight_grams: u32,
        /// What is in it.
        pub items: Vec<OrderItem>,
        /// Where it goes.
        pub delivery_address: String,
        /// The carrier's tracking number, once shipped.
        pub tracking_number: Option<String>,
        /// When it was delivered.
        pub delivered_at: Option<DateTime<Utc>>,
        /// When the buyer's protection ends and escrow goes to the seller.
        pub protection_ends_at: Option<DateTime<Utc>>,
        /// Why a dispute was opened.
        pub dispute_reason: Option<DisputeReason>,
        /// Where a refund would go.
        pub refund_preference: RefundPreference,
        /// Held in escrow now.
        pub held: Money,
        /// Refunded to the buyer.
        pub refunded: Money,
        /// Paid out to the seller.
        pub released: Money,
        /// The buyer's buttons that make sense now.
        pub available_actions: Vec<BuyerAction>,
        /// When it was checked out.
        pub created_at: DateTime<Utc>,
        /// The receipt, once paid.
        pub receipt: Option<Receipt>,
    }
}

wire! {
    /// `GET /v1/orders`.
    pub struct Orders {
        /// Newest first.
        pub orders: Vec<Order>,
    }
}

wire! {
    /// `POST /v1/checkout` (201): one order per seller.
    pub struct Checkout {
        /// The checkout.
        pub checkout_id: String,
        /// Its orders, to pay one by one.
        pub orders: Vec<Order>,
    }
}

wire! {
    /// `POST /v1/orders/{order_id}/pay`: paid into escrow.
    pub struct Paid {
        /// The order, now paid.
        pub order: Order,
        /// The receipt.
        pub receipt: Option<Receipt>,
    }
}

wire! {
    /// Whether the limits allow paying from the balance, and what is left.
    pub struct QuoteLimits {
        /// Allowed now.
        pub allowed: bool,
        /// Left in the rolling 24 hours after paying, if allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub left_today_after: Option<Money>,
        /// Left in the rolling 30 days after paying, if allowed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub left_this_month_after: Option<Money>,
        /// Why not, if refused: the limit, its figures, when it frees up.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub refusal: Option<ErrorDetail>,
    }
}

wire! {
    /// `GET /v1/orders/{order_id}/quote`: paying from a balance in a currency.
    pub struct Quote {
        /// The order.
        pub order_id: String,
        /// Its price, in USD.
        pub price: Money,
        /// What would leave the balance.
        pub pay: Money,
        /// USD per unit, when converted.
        pub rate_usd_per_unit: Option<String>,
        /// How the amount was rounded.
        pub rounding: String,
        /// What the limits say.
        pub limits: QuoteLimits,
    }
}

wire! {
    /// `GET /v1/orders/{order_id}/refund-receipt`: where an order's refund went.
    pub struct RefundReceipt {
        /// The order refunded.
        pub order_id: String,
        /// How much came back.
        pub amount: Money,
        /// `pocket_balance`, `card` or `top_up_source`.
        pub refunded_to: String,
        /// For `top_up_source`: the top-up it went back through.
        pub top_up_id: Option<String>,
        /// That top-up's rail.
        pub rail: Option<String>,
        /// That top-up's e-wallet, if any.
        pub provider: Option<String>,
        /// When.
        pub refunded_at: DateTime<Utc>,
    }
}

/// The most lines a cart may have.
pub const MAX_CART_LINES: usize = 50;

request! {
    /// One line of a cart to check out.
    #[derive(Debug)]
    pub struct CheckoutItem {
        /// The product.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        pub product_id: String,
        /// The chosen option for each of the product's options.
        #[serde(default)]
        pub options: BTreeMap<String, String>,
        /// How many.
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1000)))]
        pub quantity: u32,
    }
}

request! {
    /// `POST /v1/checkout`: one order per seller comes back.
    #[derive(Debug)]
    pub struct CheckoutRequest {
        /// What to buy.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_CART_LINES)))]
        pub items: Vec<CheckoutItem>,
        /// Where to ship; the profile's address if left out.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(max = MAX_ADDRESS_CHARS), pattern(PLAIN_TEXT_PATTERN)))]
        pub delivery_address: Option<String>,
        /// A Pocket coupon code.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(length(max = 32), pattern(PLAIN_TEXT_PATTERN)))]
        pub coupon: Option<String>,
    }
}

/// Where the money for a payment comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PaySource {
    /// The Pocket balance in `currency` (converted to USD if another).
    Balance {
        /// Which balance.
        currency: Currency,
    },
    /// A card (bound, or added for this payment).
    Card {
        /// The card's id.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_TOKEN_CHARS)))]
        card_id: String,
    },
}

request! {
    /// `POST /v1/orders/{order_id}/pay`. Its `Debug` hides the password and
    /// the code.
    pub struct PayRequest {
        /// The 6-digit payment password.
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub payment_password: String,
        /// Balance or card.
        pub source: PaySource,
        /// The SMS code, when the card asks for one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(length(max = 16)))]
        pub one_time_code: Option<String>,
    }
}

impl std::fmt::Debug for PayRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PayRequest").field("source", &self.source).finish_non_exhaustive()
    }
}

request! {
    /// `POST /v1/orders/{order_id}/dispute`.
    #[derive(Debug)]
    pub struct DisputeRequest {
        /// Why.
        pub reason: DisputeReason,
    }
}

request! {
    /// `PUT /v1/orders/{order_id}/refund-destination`.
    #[derive(Debug)]
    pub struct RefundDestinationRequest {
        /// Where a refund goes.
        pub preference: RefundPreference,
    }
}
