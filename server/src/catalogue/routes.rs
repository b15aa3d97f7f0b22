//! The catalogue API.

use axum::extract::State;
use axum::routing::get;
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::shop::{self as wire, Catalogue, Seller};

use super::load_product;
use crate::app::App;
use crate::http::{Access, Route};
use crate::refusals::Refusal;

/// The catalogue routes.
pub fn routes() -> Vec<Route> {
    vec![Route::new(
        "GET",
        paths::CATALOGUE,
        "Sellers and products with options, weights and prices",
        Access::Public,
        get(catalogue_handler),
    )
    .answers::<Catalogue>(200)]
}

async fn catalogue_handler(State(app): State<App>) -> Result<Json<Catalogue>, Refusal> {
    let view = app
        .store
        .read(|tx| {
            let mut sellers = Vec::new();
            let mut statement = tx.prepare_cached("SELECT id, name, country FROM sellers ORDER BY id")?;
            let rows = statement
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
            for row in rows {
                let (id, name, country) = row?;
                let mut products_statement =
                    tx.prepare_cached("SELECT id FROM products WHERE seller_id = ?1 ORDER BY id")?;
                let ids: Vec<String> = products_statement.query_map([&id], |r| r.get(0))?.collect::<Result<_, _>>()?;
                let mut products = Vec::new();
                for product_id in ids {
                    let product = load_product(tx, &product_id)?;
                    products.push(wire::Product {
                        id: product.id,
                        title: product.title,
                        unit_weight_grams: product.unit_weight_grams,
                        price: product.price,
                        options: product.options,
                    });
                }
                sellers.push(Seller { id, name, country, products });
            }
            Ok::<_, Refusal>(Catalogue { sellers })
        })
        .await?;
    Ok(Json(view))
}
