//! Carts and parcels (docs/PRODUCT.md section 6): a cart becomes one parcel per
//! seller, and Pocket pays only for light, low-value parcels.
//!
//! - A parcel weighs at most [`ParcelRules::max_weight_grams`] (2,000 g):
//!   the weight of every item times its quantity.
//! - Its value is at most [`ParcelRules::low_value_cap`] (150.00 USD).

mod cart;
mod rules;

pub use cart::{Cart, CartError, CartItem, ParcelDraft};
pub use rules::{ParcelRefusal, ParcelRefusalReason, ParcelRules, QualifiedParcel};
