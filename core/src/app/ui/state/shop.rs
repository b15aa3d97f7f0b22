//! What the shop flow keeps.

use crate::app::ui::text::Problem;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A product with its chosen options and quantity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CartEntry {
    pub product_id: String,
    pub options: BTreeMap<String, String>,
    pub quantity: u32,
}

/// The product page, the cart and checkout.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct ShopState {
    /// The product page's choices.
    pub product: CartEntry,
    /// The cart, in the order lines were added.
    pub cart: Vec<CartEntry>,
    pub checkout: CheckoutState,
}

/// Checkout: the cart, or one product bought now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct CheckoutState {
    /// "Buy now" checks out this line alone and leaves the cart as it is.
    pub buy_now: Option<CartEntry>,
    pub address: String,
    pub coupon: String,
    #[serde(skip)]
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}
