//! Sandbox: a developer adds sellers and products, so any cart an edge case
//! needs can be set up (exactly 2,000 g; 3 x 700 g; exactly at the
//! low-value cap). The sandbox acts as the demo marketplace, through the
//! functions a partner's own catalogue routes call.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Json;
use pocket_core::contract::paths;
use pocket_core::contract::shop::{Product, Seller};

use super::sellers::{add_product, add_seller, partner_of_seller, NewProduct, NewSeller};
use crate::app::App;
use crate::http::{Access, ApiJson, ApiPath, Route};
use crate::refusals::Refusal;

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

async fn seller_handler(
    State(app): State<App>,
    body: ApiJson<NewSeller>,
) -> Result<(StatusCode, Json<Seller>), Refusal> {
    let seller = app.store.write(move |tx| add_seller(tx, crate::partners::DEMO_PARTNER_ID, &body.value)).await?;
    Ok((StatusCode::CREATED, Json(seller)))
}

async fn product_handler(
    State(app): State<App>,
    ApiPath(seller_id): ApiPath<String>,
    body: ApiJson<NewProduct>,
) -> Result<(StatusCode, Json<Product>), Refusal> {
    let product = app
        .store
        .write(move |tx| add_product(tx, &partner_of_seller(tx, &seller_id)?, &seller_id, &body.value))
        .await?;
    Ok((StatusCode::CREATED, Json(product)))
}
