//! Every route the service has, domain by domain: the one table the router
//! and the API document are built from (`http` serves and documents a
//! table; it knows no domain). Health and the API document are routes here
//! too.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use pocket_core::contract::paths;
use pocket_core::contract::service::Health;
use serde_json::Value;

use crate::app::App;
use crate::http::{Access, Route};

/// Every route, sandbox ones included.
pub fn all_routes() -> Vec<Route> {
    let mut routes = service_routes();
    routes.extend(crate::accounts::routes());
    routes.extend(crate::topups::routes());
    routes.extend(crate::wallet::routes());
    routes.extend(crate::cards::routes());
    routes.extend(crate::card_payments::routes());
    routes.extend(crate::catalogue::routes());
    routes.extend(crate::orders::routes());
    routes.extend(crate::transfers::routes());
    routes.extend(crate::support::routes());
    routes.extend(crate::support::sandbox_routes());
    routes.extend(crate::catalogue::sandbox_routes());
    routes.extend(crate::push::routes());
    routes.extend(crate::push::sandbox_routes());
    routes.extend(crate::orders::sandbox_routes());
    routes.extend(crate::partners::routes());
    routes.extend(crate::partners::sandbox_routes());
    routes.extend(crate::sandbox::routes());
    routes
}

/// The routes served in this mode: the sandbox's only in the sandbox.
pub fn served_routes(sandbox: bool) -> Vec<Route> {
    all_routes().into_iter().filter(|route| sandbox || route.access != Access::Sandbox).collect()
}

/// The service's router for `app`'s mode.
pub fn router(app: App) -> Router {
    let routes = served_routes(app.config.sandbox);
    crate::http::router(app.clone(), routes).merge(crate::staff::router(app))
}

fn service_routes() -> Vec<Route> {
    vec![
        Route::new(
            "GET",
            paths::HEALTH,
            "Whether the service is up, its version and mode",
            Access::Public,
            get(health),
        )
        .answers::<Health>(200),
        Route::new("GET", paths::OPENAPI_JSON, "This API, as OpenAPI 3.1", Access::Public, get(openapi))
            .answers::<Value>(200),
    ]
}

async fn health(State(app): State<App>) -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        sandbox: app.config.sandbox,
        now: app.clock.now(),
    })
}

/// The document of the routes served in this mode.
async fn openapi(State(app): State<App>) -> Json<Value> {
    Json(crate::http::openapi::document(&served_routes(app.config.sandbox)))
}
