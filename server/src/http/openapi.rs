//! The OpenAPI 3.1 document of a route table: each route names the types of
//! its body, query and answers, and their JSON Schemas come from those
//! types (`schemars`).

use pocket_core::contract::paths::IDEMPOTENCY_KEY_HEADER;
use pocket_core::contract::service::ErrorBody;
use schemars::generate::SchemaSettings;
use schemars::SchemaGenerator;
use serde_json::{json, Map, Value};

use super::{Access, Route};
use pocket_core::contract::paths::MAX_IDEMPOTENCY_KEY_CHARS;

/// The longest path parameter (an id) the service takes.
pub const MAX_ID_CHARS: u64 = 64;

/// The OpenAPI document of `routes`.
pub fn document(routes: &[Route]) -> Value {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "#/components/schemas/".into();
    settings.meta_schema = None;
    let mut generator = SchemaGenerator::new(settings);
    let error = generator.subschema_for::<ErrorBody>();
    let mut paths: Map<String, Value> = Map::new();
    for route in routes {
        let entry = paths.entry(route.path.to_string()).or_insert_with(|| json!({}));
        entry[route.method.to_lowercase()] = operation(route, &mut generator, &error);
    }
    let schemas = generator.take_definitions(true);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Pocket",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Pocket service. Amounts are {\"amount\": \"12.50\", \"currency\": \"USD\"} with the amount as a string. \
                            Every request that moves money needs an Idempotency-Key header; the first answer is replayed for retries. \
                            Every error answer has the shape of `ErrorBody`.",
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "session": { "type": "http", "scheme": "bearer" },
                "partner_key": { "type": "http", "scheme": "bearer", "description": "A partner's API key (pk_...), issued by Pocket's operator" },
            },
            "schemas": schemas,
        }
    })
}

fn operation(route: &Route, generator: &mut SchemaGenerator, error: &schemars::Schema) -> Value {
    let mut parameters: Vec<Value> = route
        .path
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(|name| {
            json!({
                "name": name, "in": "path", "required": true,
                "schema": { "type": "string", "minLength": 1, "maxLength": MAX_ID_CHARS, "pattern": "^[A-Za-z0-9_-]+$" }
            })
        })
        .collect();
    if let Some(query) = route.query {
        parameters.extend(query_parameters(query(generator).as_value()));
    }
    if route.moves_money {
        parameters.push(json!({
            "name": IDEMPOTENCY_KEY_HEADER, "in": "header", "required": true,
            "description": "Created and saved by the client before the first try; reused on every retry.",
            "schema": { "type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY_CHARS, "pattern": "^[!-~]+$" }
        }));
    }
    let mut responses = Map::new();
    for (status, answer) in &route.answers {
        let response = match answer {
            Some(schema) => json!({
                "description": "Success",
                "content": { "application/json": { "schema": schema(generator) } }
            }),
            None => json!({ "description": "Success, no body" }),
        };
        match responses.get_mut(&status.to_string()) {
            // Two answers of one status (202: an SMS code sent, or a charge
            // waiting): either may come.
            Some(existing) => {
                let schema = &mut existing["content"]["application/json"]["schema"];
                let first = schema.take();
                let either = match first.get("oneOf") {
                    Some(_) => first,
                    None => json!({ "oneOf": [first] }),
                };
                *schema = either;
                schema["oneOf"]
                    .as_array_mut()
                    .expect("oneOf is a list")
                    .push(response["content"]["application/json"]["schema"].clone());
            }
            None => {
                responses.insert(status.to_string(), response);
            }
        }
    }
    let error_response = |description: &str| json!({ "description": description, "content": { "application/json": { "schema": error } } });
    responses.insert("4XX".into(), error_response("Refused: what was wrong and what to do"));
    responses.insert("5XX".into(), error_response("Our fault: nothing happened; retrying with the same key is safe"));
    let mut operation = json!({
        "summary": route.summary,
        "operationId": format!("{} {}", route.method, route.path),
        "parameters": parameters,
        "responses": responses,
    });
    if let Some(body) = route.body {
        operation["requestBody"] =
            json!({ "required": true, "content": { route.body_media_type: { "schema": body(generator) } } });
    }
    if route.access == Access::Session {
        operation["security"] = json!([{ "session": [] }]);
    }
    if route.access == Access::Sandbox {
        operation["tags"] = json!(["sandbox"]);
    }
    if route.access == Access::Partner {
        operation["security"] = json!([{ "partner_key": [] }]);
        operation["tags"] = json!(["partner"]);
    }
    operation
}

/// One query parameter per property of the query type's object schema.
fn query_parameters(object: &Value) -> Vec<Value> {
    let required: Vec<&str> = object["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    object["properties"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, schema)| {
            json!({ "name": name, "in": "query", "required": required.contains(&name.as_str()), "schema": schema })
        })
        .collect()
}
