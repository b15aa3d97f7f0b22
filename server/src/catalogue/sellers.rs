//! What a marketplace lists: its sellers, and their products with options,
//! one item's weight and its price in USD. The partner API and the
//! sandbox's catalogue routes add them through these functions alike.

use std::collections::BTreeMap;

use pocket_core::contract::shop::{Product, Seller};
use pocket_core::money::{Currency, Money};
use pocket_core::text::{MAX_NAME_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::ids::new_id;
use crate::params;
use crate::refusals::Refusal;
use crate::store::{Db, Optional};

/// The heaviest single item taken, in grams (checkout refuses a parcel over
/// 2 kg; a heavier item can be listed, and is refused there, with why).
pub const MAX_UNIT_WEIGHT_GRAMS: u32 = 100_000;

/// A seller to add (`POST /v1/partner/sellers`, and the sandbox's).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSeller {
    /// The seller's name.
    #[schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub name: String,
    /// Where it ships from (ISO 3166 alpha-2).
    #[schemars(pattern(r"^[A-Z]{2}$"))]
    pub country: String,
}

/// A product to add to a seller.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProduct {
    /// The title.
    #[schemars(length(min = 1, max = MAX_NAME_CHARS), pattern(PLAIN_TEXT_PATTERN))]
    pub title: String,
    /// One item's weight, in grams.
    #[schemars(range(min = 1, max = MAX_UNIT_WEIGHT_GRAMS))]
    pub unit_weight_grams: u32,
    /// One item's price, in USD.
    pub price: Money,
    /// Each option's name and its values: `{"size": ["S", "M"]}`.
    #[serde(default)]
    #[schemars(length(max = 5))]
    pub options: BTreeMap<String, Vec<String>>,
}

/// Adds a seller of `partner_id`'s, with no products yet.
pub fn add_seller(tx: &Db, partner_id: &str, seller: &NewSeller) -> Result<Seller, Refusal> {
    let name = seller.name.trim();
    if name.is_empty() {
        return Err(Refusal::validation("required", "name the seller").with_field("name"));
    }
    let id = new_id("sel");
    tx.execute(
        "INSERT INTO sellers (id, name, country, partner_id) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, seller.country, partner_id],
    )?;
    Ok(Seller { id, name: name.to_string(), country: seller.country.clone(), products: Vec::new() })
}

/// Adds a product to one of `partner_id`'s sellers (another partner's
/// seller is not found).
pub fn add_product(tx: &Db, partner_id: &str, seller_id: &str, product: &NewProduct) -> Result<Product, Refusal> {
    if partner_of_seller(tx, seller_id)? != partner_id {
        return Err(Refusal::not_found("seller"));
    }
    let title = product.title.trim();
    if title.is_empty() {
        return Err(Refusal::validation("required", "give the product a title").with_field("title"));
    }
    if product.price.currency() != Currency::Usd || product.price.to_minor_units() <= 0 {
        return Err(Refusal::validation(
            "price_in_usd",
            "price the product above zero in USD: sellers are paid in USD",
        )
        .with_field("price"));
    }
    if !(1..=MAX_UNIT_WEIGHT_GRAMS).contains(&product.unit_weight_grams) {
        return Err(Refusal::validation(
            "invalid_weight",
            format!("one item weighs from 1 to {MAX_UNIT_WEIGHT_GRAMS} grams"),
        )
        .with_field("unit_weight_grams"));
    }
    for (name, values) in &product.options {
        let blank = name.trim().is_empty() || values.is_empty() || values.iter().any(|v| v.trim().is_empty());
        if blank {
            return Err(Refusal::validation("invalid_options", "give every option a name and at least one value")
                .with_field("options"));
        }
    }
    let id = new_id("prd");
    tx.execute(
        "INSERT INTO products (id, seller_id, title, unit_weight_grams, price_minor, options) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            seller_id,
            title,
            product.unit_weight_grams,
            product.price.to_minor_units(),
            serde_json::to_string(&product.options)?
        ],
    )?;
    Ok(Product {
        id,
        title: title.to_string(),
        unit_weight_grams: product.unit_weight_grams,
        price: product.price,
        options: product.options.clone(),
    })
}

/// The partner a seller belongs to; 404 for a seller that does not exist.
pub fn partner_of_seller(tx: &Db, seller_id: &str) -> Result<String, Refusal> {
    let partner: Option<Option<String>> =
        tx.query_row("SELECT partner_id FROM sellers WHERE id = ?1", [seller_id], |r| r.get(0)).optional()?;
    partner.flatten().ok_or_else(|| Refusal::not_found("seller"))
}
