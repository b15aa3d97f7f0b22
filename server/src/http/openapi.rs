//! The OpenAPI 3.1 document of a route table: each route names the types of
//! its body, query and answers, and their JSON Schemas come from those
//! types (`schemars`).

use pocket_core::contract::paths::{IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER};
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
    let mut names: Vec<&str> = routes.iter().map(tag_of).collect();
    names.sort_unstable();
    names.dedup();
    let tags: Vec<Value> =
        names.into_iter().map(|name| json!({ "name": name, "description": tag_description(name) })).collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Pocket",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The Pocket service. Amounts are {\"amount\": \"12.50\", \"currency\": \"USD\"} with the amount as a string. \
                            Every request that moves money needs an Idempotency-Key header; the first answer is replayed for retries. \
                            Every error answer has the shape of `ErrorBody`.",
            "contact": { "name": "Pocket's engineers (see CONTRIBUTING.md)" },
            "license": { "name": "Apache-2.0", "identifier": "Apache-2.0" },
        },
        "servers": [{ "url": "/", "description": "This service, where it serves this document" }],
        "tags": tags,
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
            Some(schema) => {
                // A free-form answer (this document itself) is any JSON: `{}`,
                // as OpenAPI wants an object where JSON Schema allows `true`.
                let schema = match schema(generator).to_value() {
                    Value::Bool(true) => json!({}),
                    schema => schema,
                };
                let mut response =
                    json!({ "description": "Success", "content": { "application/json": { "schema": schema } } });
                if route.moves_money {
                    response["headers"] = json!({ REPLAYED_HEADER: {
                        "description": "Present (`true`) when this is the first answer to the same Idempotency-Key, sent again",
                        "schema": { "type": "string", "enum": ["true"] }
                    }});
                }
                response
            }
            None => json!({ "description": "Success, no body" }),
        };
        match responses.get_mut(&status.to_string()) {
            // Two answers of one status (202: an SMS code sent, or a charge
            // waiting): either may come.
            Some(existing) => {
                let schema = &mut existing["content"]["application/json"]["schema"];
                let first = schema.take();
                let either = match first.get("anyOf") {
                    Some(_) => first,
                    None => json!({ "anyOf": [first] }),
                };
                *schema = either;
                schema["anyOf"]
                    .as_array_mut()
                    .expect("anyOf is a list")
                    .push(response["content"]["application/json"]["schema"].clone());
            }
            None => {
                responses.insert(status.to_string(), response);
            }
        }
    }
    let error_response = |description: &str| {
        json!({
            "description": description,
            "headers": { "Retry-After": {
                "description": "Seconds to wait, when the refusal is for a while (too many tries, a lockout)",
                "schema": { "type": "integer", "minimum": 0 }
            }},
            "content": { "application/json": { "schema": error } }
        })
    };
    responses.insert("4XX".into(), error_response("Refused: what was wrong and what to do"));
    responses.insert("5XX".into(), error_response("Our fault: nothing happened; retrying with the same key is safe"));
    let mut operation = json!({
        "summary": route.summary,
        "description": description_of(route),
        "operationId": operation_id(route),
        "tags": [tag_of(route)],
        "parameters": parameters,
        "responses": responses,
        // Public unless a scheme is named below.
        "security": [],
    });
    if let Some(body) = route.body {
        operation["requestBody"] =
            json!({ "required": true, "content": { route.body_media_type: { "schema": body(generator) } } });
    }
    if route.access == Access::Session {
        operation["security"] = json!([{ "session": [] }]);
    }
    if route.access == Access::Partner {
        operation["security"] = json!([{ "partner_key": [] }]);
    }
    operation
}

/// `post_v1_orders_order_id_pay` for `POST /v1/orders/{order_id}/pay`: unique,
/// and safe in a URL.
fn operation_id(route: &Route) -> String {
    let path: String =
        route.path.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    let words: Vec<&str> = path.split('_').filter(|word| !word.is_empty()).collect();
    format!("{}_{}", route.method.to_lowercase(), words.join("_"))
}

/// The group a route is listed under: the sandbox's and the partners' own,
/// else the first word of its path (`orders`, `top-ups`, `me`).
fn tag_of(route: &Route) -> &'static str {
    match route.access {
        Access::Sandbox => "sandbox",
        Access::Partner => "partner",
        _ => route.path.trim_start_matches("/v1/").split(['/', '.']).next().unwrap_or("service"),
    }
}

/// Each group's line in the document's list of tags.
fn tag_description(tag: &str) -> String {
    match tag {
        "sandbox" => "Only with `--sandbox`: move the clock, read what was sent, act as the seller or as staff".into(),
        "partner" => "The marketplace's door, with a partner's API key".into(),
        other => format!("`/v1/{other}`"),
    }
}

/// What the summary does not say: who may call it, and what a retry needs.
fn description_of(route: &Route) -> String {
    let who = match route.access {
        Access::Session => "Needs a shopper's session (`Authorization: Bearer`).",
        Access::Partner => "Needs a partner's API key with the route's scope (`Authorization: Bearer pk_...`).",
        Access::Sandbox => "Served only by a service started with `--sandbox`.",
        _ => "Open to anyone.",
    };
    let money = if route.moves_money {
        " Moves money: send an `Idempotency-Key`; a retry with the same key gets the first answer, marked `idempotent-replayed`."
    } else {
        ""
    };
    format!("{}. {who}{money}", route.summary)
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
