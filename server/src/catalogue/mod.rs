//! The catalogue: sellers and their products with options, weights and
//! prices. Seeded with a few sellers of the demo marketplace, some products
//! over 2 kg so a shopper can see Pocket refuse them.

mod sandbox;
mod sellers;

use std::collections::BTreeMap;

use crate::params;
use crate::store::{Db, Optional};
use pocket_core::money::{Currency, Money};

use crate::refusals::Refusal;

mod routes;

pub use routes::routes;
pub use sandbox::sandbox_routes;
pub use sellers::{add_product, add_seller, NewProduct, NewSeller};

/// A product as checkout needs it.
#[derive(Debug, Clone)]
pub struct Product {
    /// Its id.
    pub id: String,
    /// The seller.
    pub seller_id: String,
    /// Title.
    pub title: String,
    /// Weight of one, in grams.
    pub unit_weight_grams: u32,
    /// Price of one, USD.
    pub price: Money,
    /// Option name -> the values offered.
    pub options: BTreeMap<String, Vec<String>>,
}

type SeedProduct = (&'static str, &'static str, &'static str, u32, i64, &'static str);

const SELLERS: [(&str, &str, &str); 3] = [
    ("sel_shenzhen_cases", "Shenzhen Cases Co.", "CN"),
    ("sel_hangzhou_knits", "Hangzhou Knits", "CN"),
    ("sel_ningbo_home", "Ningbo Home Goods", "CN"),
];

const PRODUCTS: [SeedProduct; 8] = [
    (
        "prd_phone_case",
        "sel_shenzhen_cases",
        "Silicone phone case",
        45,
        399,
        r#"{"model":["iPhone 15","Pixel 8","Galaxy S24"],"colour":["teal","black","coral"]}"#,
    ),
    ("prd_usb_cable", "sel_shenzhen_cases", "Braided USB-C cable, 2 m", 60, 249, r#"{"colour":["grey","red"]}"#),
    ("prd_earbuds", "sel_shenzhen_cases", "Wireless earbuds", 120, 2499, r#"{"colour":["white","black"]}"#),
    ("prd_scarf", "sel_hangzhou_knits", "Merino wool scarf", 180, 1450, r#"{"colour":["rust","navy","oat"]}"#),
    (
        "prd_cardigan",
        "sel_hangzhou_knits",
        "Chunky knit cardigan",
        650,
        3900,
        r#"{"size":["S","M","L","XL"],"colour":["cream","moss"]}"#,
    ),
    ("prd_silk_robe", "sel_hangzhou_knits", "Silk robe", 300, 16000, r#"{"size":["S","M","L"]}"#),
    ("prd_desk_lamp", "sel_ningbo_home", "Desk lamp", 1050, 2200, r#"{"plug":["EU","US","UK"]}"#),
    ("prd_cast_iron_pan", "sel_ningbo_home", "Cast iron pan, 26 cm", 2400, 2900, r#"{}"#),
];

/// Fills an empty catalogue.
pub fn seed(tx: &Db) -> Result<(), crate::store::SqlError> {
    let existing: i64 = tx.query_row("SELECT COUNT(*) FROM sellers", [], |r| r.get(0))?;
    if existing > 0 {
        return Ok(());
    }
    for (id, name, country) in SELLERS {
        tx.execute(
            "INSERT INTO sellers (id, name, country, partner_id) VALUES (?1, ?2, ?3, ?4)",
            params![id, name, country, crate::partners::DEMO_PARTNER_ID],
        )?;
    }
    for (id, seller_id, title, grams, cents, options) in PRODUCTS {
        tx.execute(
            "INSERT INTO products (id, seller_id, title, unit_weight_grams, price_minor, options) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, seller_id, title, grams, cents, options],
        )?;
    }
    tx.execute(
        "INSERT INTO coupons (code, percent_off, max_off_minor, min_order_minor, valid_until) VALUES ('POCKET10', 10, 500, 2000, '2100-01-01T00:00:00+00:00')",
        [],
    )?;
    Ok(())
}

/// Loads a product, or a validation error naming it.
pub fn load_product(tx: &Db, product_id: &str) -> Result<Product, Refusal> {
    let row: Option<(String, String, String, u32, i64, String)> = tx
        .query_row(
            "SELECT id, seller_id, title, unit_weight_grams, price_minor, options FROM products WHERE id = ?1",
            [product_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?;
    let (id, seller_id, title, unit_weight_grams, price_minor, options) = row.ok_or_else(|| {
        Refusal::validation("unknown_product", format!("there is no product {product_id}; refresh the catalogue"))
            .with_field("items")
    })?;
    Ok(Product {
        id,
        seller_id,
        title,
        unit_weight_grams,
        price: Money::from_minor_units(price_minor, Currency::Usd)?,
        options: serde_json::from_str(&options)?,
    })
}
