//! The HTTP plumbing: a route table (`crate::routes`) becomes the router and
//! the OpenAPI document, so the published API cannot drift from the served
//! one; the extractors that hold requests to the API's shapes; the one
//! error shape. It knows no domain: the table, the session check and the
//! refusals' wording live with their domains.

mod error;
mod extract;
pub mod listen;
pub mod openapi;
mod schema_check;

use pocket_core::contract::service::ErrorKind;
use std::collections::BTreeMap;

use axum::extract::DefaultBodyLimit;
use axum::routing::MethodRouter;
use axum::Router;

pub use error::{status_of, ApiError};
pub use extract::{bearer_token, ApiForm, ApiJson, ApiPath, ApiQuery, ClientAddress, IdempotencyKey, MAX_BODY_BYTES};

use schemars::{JsonSchema, Schema, SchemaGenerator};

use crate::app::App;
use crate::refusals::Refusal;

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone.
    Public,
    /// A logged-in shopper (`Authorization: Bearer`).
    Session,
    /// Only when the service runs in sandbox mode; absent otherwise.
    Sandbox,
    /// A partner (a marketplace) with its API key (`Authorization: Bearer
    /// pk_...`); the route says which scope it needs.
    Partner,
}

/// Makes the JSON Schema of a type, its definitions going to the generator.
pub type SchemaOf = fn(&mut SchemaGenerator) -> Schema;

/// One route: how it is served and how it is documented. The body, query
/// and answers are named by their types, the very types the handler reads
/// and writes, so the document cannot drift from the service.
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
    /// The body it reads, if any: JSON, or a form ([`Route::form_body`]).
    pub body: Option<SchemaOf>,
    /// The body's media type.
    pub body_media_type: &'static str,
    /// Its query parameters: a struct, one parameter per field.
    pub query: Option<SchemaOf>,
    /// Its success answers: status, and the body's type (none for 204).
    pub answers: Vec<(u16, Option<SchemaOf>)>,
}

fn schema_of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

impl Route {
    /// A route; describe what it reads and answers with the methods below.
    pub fn new(
        method: &'static str,
        path: &'static str,
        summary: &'static str,
        access: Access,
        handler: MethodRouter<App>,
    ) -> Route {
        Route {
            method,
            path,
            summary,
            access,
            moves_money: false,
            handler,
            body: None,
            body_media_type: "application/json",
            query: None,
            answers: Vec::new(),
        }
    }

    /// It moves money: an `Idempotency-Key` is required.
    pub fn moves_money(mut self) -> Route {
        self.moves_money = true;
        self
    }

    /// It reads a JSON body of type `T`.
    pub fn body<T: JsonSchema>(mut self) -> Route {
        self.body = Some(schema_of::<T>);
        self
    }

    /// It reads a form body (`application/x-www-form-urlencoded`) with the
    /// fields of `T`.
    pub fn form_body<T: JsonSchema>(mut self) -> Route {
        self.body = Some(schema_of::<T>);
        self.body_media_type = "application/x-www-form-urlencoded";
        self
    }

    /// It reads query parameters, the fields of `T`.
    pub fn query<T: JsonSchema>(mut self) -> Route {
        self.query = Some(|generator| T::json_schema(generator));
        self
    }

    /// It answers `status` with a `T`.
    pub fn answers<T: JsonSchema>(mut self, status: u16) -> Route {
        self.answers.push((status, Some(schema_of::<T>)));
        self
    }

    /// It answers `status` with no body.
    pub fn answers_empty(mut self, status: u16) -> Route {
        self.answers.push((status, None));
        self
    }
}

/// The router serving `routes` (errors, the body limit and the request log
/// added around them).
pub fn router(app: App, routes: Vec<Route>) -> Router {
    let mut by_path: BTreeMap<&'static str, MethodRouter<App>> = BTreeMap::new();
    for route in routes {
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
        .fallback(|| async { not_found_route() })
        .method_not_allowed_fallback(|| async { method_not_allowed() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(extract::one_of_each_header))
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

fn method_not_allowed() -> Refusal {
    let mut error = Refusal::not_found("route");
    error.kind = ErrorKind::MethodNotAllowed;
    error.code = "method_not_allowed".into();
    error.message = "this path does not take that method; see GET /v1/openapi.json for the API".into();
    error
}

fn not_found_route() -> Refusal {
    let mut error = Refusal::not_found("route");
    error.code = "unknown_route".into();
    error.message = "there is no such route; see GET /v1/openapi.json for the API".into();
    error
}
