//! `GET /v1/health` and `GET /v1/openapi.json`, built from the route table.

use axum::extract::State;
use axum::routing::get;
use axum::Json;
use serde_json::{json, Map, Value};

use super::{served_routes, Access, Route};
use crate::app::App;

pub(super) fn routes() -> Vec<Route> {
    vec![
        Route {
            method: "GET",
            path: "/v1/health",
            summary: "Whether the service is up, its version and mode",
            access: Access::Public,
            moves_money: false,
            handler: get(health),
        },
        Route {
            method: "GET",
            path: "/v1/openapi.json",
            summary: "This API, as OpenAPI 3.0",
            access: Access::Public,
            moves_money: false,
            handler: get(openapi),
        },
    ]
}

async fn health(State(app): State<App>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "sandbox": app.config.sandbox,
        "now": app.clock.now(),
    }))
}

async fn openapi(State(app): State<App>) -> Json<Value> {
    Json(document(app.config.sandbox))
}

/// The OpenAPI document for the routes served in this mode.
pub fn document(sandbox: bool) -> Value {
    let mut paths: Map<String, Value> = Map::new();
    for route in served_routes(sandbox) {
        let entry = paths.entry(route.path.to_string()).or_insert_with(|| json!({}));
        entry[route.method.to_lowercase()] = operation(&route);
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Pocket",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Pocket service. Amounts are {\"amount\": \"12.50\", \"currency\": \"USD\"} with the amount as a string. \
                            Every request that moves money needs an Idempotency-Key header; the first answer is replayed for retries.",
        },
        "paths": paths,
        "components": {
            "securitySchemes": { "session": { "type": "http", "scheme": "bearer" } },
            "schemas": {
                "Money": {
                    "type": "object",
                    "required": ["amount", "currency"],
                    "properties": {
                        "amount": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$", "example": "12.50" },
                        "currency": { "type": "string", "example": "USD" }
                    }
                },
                "Error": {
                    "type": "object",
                    "properties": { "error": {
                        "type": "object",
                        "required": ["type", "code", "message"],
                        "properties": {
                            "type": { "type": "string" },
                            "code": { "type": "string" },
                            "message": { "type": "string" },
                            "field": { "type": "string" },
                            "details": { "type": "object" }
                        }
                    } }
                }
            }
        }
    })
}

fn operation(route: &Route) -> Value {
    let mut parameters: Vec<Value> = route
        .path
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }))
        .collect();
    if route.moves_money {
        parameters.push(json!({
            "name": "Idempotency-Key", "in": "header", "required": true,
            "description": "Created and saved by the client before the first try; reused on every retry.",
            "schema": { "type": "string", "maxLength": 255 }
        }));
    }
    let mut operation = json!({
        "summary": route.summary,
        "operationId": format!("{} {}", route.method, route.path),
        "parameters": parameters,
        "responses": {
            "200": { "description": "Success" },
            "default": { "description": "An error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
        }
    });
    if route.access == Access::Session {
        operation["security"] = json!([{ "session": [] }]);
    }
    if route.access == Access::Sandbox {
        operation["tags"] = json!(["sandbox"]);
    }
    operation
}
