//! Sandbox: a developer adds sellers and products, so any cart an edge case
//! needs can be set up (exactly 2,000 g; 3 x 700 g; exactly at the
//! low-value cap).

use pocket_core::contract::paths;
use std::collections::BTreeMap;

use crate::params;
use crate::store::{Db, Optional};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Json;
use pocket_core::contract::shop::{Product, Seller};
use pocket_core::money::{Currency, Money};
use pocket_core::text::{MAX_NAME_CHARS, PLAIN_TEXT_PATTERN};
use schemars::JsonSchema;
use serde::Deserialize;

use crate::app::App;
use crate::http::{Access, ApiJson, ApiPath, Route};
use crate::ids::new_id;
use crate::refusals::Refusal;

/// The heaviest single item the sandbox takes, in grams.
const MAX_UNIT_WEIGHT_GRAMS: u32 = 100_000;

/// The sandbox's catalogue routes.
pub fn sandbox_routes() -> Vec<Route> {
    vec![
        Route::new(
            "POST",
            paths::SANDBOX_SELLERS,
            "Add a seller to the catalogue",
            Access::Sandbox,
            post(seller_handler),
        )
        .body::<NewSeller>()
        .answers::<Seller>(201),
        Route::new(
            "POST",
            paths::SANDBOX_SELLER_PRODUCTS,
            "Add a product: options, one item's weight in grams, its price in USD (sellers are paid in USD)",
            Access::Sandbox,
            post(product_handler),
        )
        .body::<NewProduct>()
        .answers::<Product>(201),
    ]
}

/// `POST /v1/sandbox/sellers`.
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

/// `POST /v1/sandbox/sellers/{seller_id}/products`.
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

async fn seller_handler(
    State(app): State<App>,
    body: ApiJson<NewSeller>,
) -> Result<(StatusCode, Json<Seller>), Refusal> {
    let seller = app.store.write(move |tx| add_seller(tx, &body.value)).await?;
    Ok((StatusCode::CREATED, Json(seller)))
}

async fn product_handler(
    State(app): State<App>,
    ApiPath(seller_id): ApiPath<String>,
    body: ApiJson<NewProduct>,
) -> Result<(StatusCode, Json<Product>), Refusal> {
    let product = app.store.write(move |tx| add_product(tx, &seller_id, &body.value)).await?;
    Ok((StatusCode::CREATED, Json(product)))
}

/// Adds a seller with no products yet.
pub fn add_seller(tx: &Db, seller: &NewSeller) -> Result<Seller, Refusal> {
    let name = seller.name.trim();
    if name.is_empty() {
        return Err(Refusal::validation("required", "name the seller").with_field("name"));
    }
    let id = new_id("sel");
    tx.execute(
        "INSERT INTO sellers (id, name, country, partner_id) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, seller.country, crate::partners::DEMO_PARTNER_ID],
    )?;
    Ok(Seller { id, name: name.to_string(), country: seller.country.clone(), products: Vec::new() })
}

/// Adds a product to a seller.
pub fn add_product(tx: &Db, seller_id: &str, product: &NewProduct) -> Result<Product, Refusal> {
    let known: Option<i64> =
        tx.query_row("SELECT 1 FROM sellers WHERE id = ?1", [seller_id], |r| r.get(0)).optional()?;
    known.ok_or_else(|| Refusal::not_found("seller"))?;
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
