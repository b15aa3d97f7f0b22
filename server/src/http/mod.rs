//! The HTTP API: one table of routes builds both the router and the OpenAPI
//! document, so the published API cannot drift from the served one.

mod error;
mod extract;
mod idempotent;
mod openapi;

use std::collections::BTreeMap;

use axum::extract::DefaultBodyLimit;
use axum::routing::MethodRouter;
use axum::Router;

pub use error::ApiError;
pub use extract::{ApiJson, ClientAddress, IdempotencyKey, Session, MAX_BODY_BYTES};
pub use idempotent::{replay_if_seen, run_idempotent, REPLAYED_HEADER};

use crate::app::App;

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone.
    Public,
    /// A logged-in shopper (`Authorization: Bearer`).
    Session,
    /// Only when the service runs in sandbox mode; absent otherwise.
    Sandbox,
}

/// One route: how it is served and how it is documented.
pub struct Route {
    /// `GET`, `POST`, ...
    pub method: &'static str,
    /// The path, with `{param}` placeholders.
    pub path: &'static str,
    /// One line for the API document.
    pub summary: &'static str,
    /// Who may call it.
    pub access: Access,
    /// Whether it moves money and so requires an `Idempotency-Key`.
    pub moves_money: bool,
    /// The handler.
    pub handler: MethodRouter<App>,
}

/// Every route the service has, sandbox ones included.
pub fn all_routes() -> Vec<Route> {
    let mut routes = vec![];
    routes.extend(openapi::routes());
    routes.extend(crate::accounts::routes());
    routes.extend(crate::topups::routes());
    routes.extend(crate::wallet::routes());
    routes.extend(crate::cards::routes());
    routes.extend(crate::catalogue::routes());
    routes.extend(crate::orders::routes());
    routes.extend(crate::transfers::routes());
    routes.extend(crate::orders::sandbox_routes());
    routes.extend(crate::sandbox::routes());
    routes
}

/// The routes served in this mode.
pub fn served_routes(sandbox: bool) -> Vec<Route> {
    all_routes().into_iter().filter(|route| sandbox || route.access != Access::Sandbox).collect()
}

/// The service's router.
pub fn router(app: App) -> Router {
    let mut by_path: BTreeMap<&'static str, MethodRouter<App>> = BTreeMap::new();
    for route in served_routes(app.config.sandbox) {
        let merged = match by_path.remove(route.path) {
            Some(existing) => existing.merge(route.handler),
            None => route.handler,
        };
        by_path.insert(route.path, merged);
    }
    let mut router = Router::new();
    for (path, handler) in by_path {
        router = router.route(path, handler);
    }
    router
        .fallback(|| async { ApiError::not_found_route() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(app)
}

/// One log line per request: method, path, status, time. Never a body or a
/// header: bodies carry card numbers and passwords, headers session tokens.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_string());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(%method, %path, status = response.status().as_u16(), micros = started.elapsed().as_micros() as u64, "request");
    response
}

impl ApiError {
    fn not_found_route() -> ApiError {
        let mut error = ApiError::not_found("route");
        error.code = "unknown_route".into();
        error.message = "there is no such route; see GET /v1/openapi.json for the API".into();
        error
    }
}
