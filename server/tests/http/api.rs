//! Health, the OpenAPI document, and the sandbox's absence in production.

use crate::support::TestService;
use axum::http::{Method, StatusCode};
use serde_json::Value;

#[tokio::test]
async fn health_reports_the_mode() {
    let service = TestService::production();
    let reply = service.get("/v1/health", None).await;
    assert_eq!(reply.body["status"], "ok");
    assert_eq!(reply.body["sandbox"], false);
}

#[tokio::test]
async fn every_served_route_is_in_the_openapi_document() {
    for (service, sandbox) in [(TestService::production(), false), (TestService::sandbox(), true)] {
        let document = service.get("/v1/openapi.json", None).await.body;
        assert_eq!(document["openapi"], "3.1.0");
        let routes = pocket_server::routes::served_routes(sandbox);
        let documented: usize =
            document["paths"].as_object().unwrap().values().map(|ops| ops.as_object().unwrap().len()).sum();
        assert_eq!(documented, routes.len());
        for route in routes {
            let operation = &document["paths"][route.path][route.method.to_lowercase()];
            assert!(operation.is_object(), "{} {} is missing", route.method, route.path);
            let needs_key = operation["parameters"].as_array().unwrap().iter().any(|p| p["name"] == "Idempotency-Key");
            assert_eq!(needs_key, route.moves_money, "{} {}", route.method, route.path);
        }
    }
}

/// Every `$ref` in `value`.
fn references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(fields) => {
            if let Some(Value::String(target)) = fields.get("$ref") {
                found.push(target.clone());
            }
            fields.values().for_each(|v| references(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, found)),
        _ => {}
    }
}

#[tokio::test]
async fn the_document_describes_bodies_answers_errors_and_parameters_with_schemas_that_resolve() {
    let document = TestService::sandbox().get("/v1/openapi.json", None).await.body;
    let schemas = document["components"]["schemas"].as_object().unwrap();
    let mut refs = Vec::new();
    references(&document, &mut refs);
    for target in &refs {
        let name = target.strip_prefix("#/components/schemas/").unwrap_or_else(|| panic!("{target}"));
        assert!(schemas.contains_key(name), "{target} does not resolve");
    }
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let responses = operation["responses"].as_object().unwrap();
            let success = responses.keys().filter(|status| status.starts_with('2')).count();
            assert!(success >= 1, "{method} {path} documents no success");
            for errors in ["4XX", "5XX"] {
                assert_eq!(
                    responses[errors]["content"]["application/json"]["schema"]["$ref"],
                    "#/components/schemas/ErrorBody"
                );
            }
            let placeholders = path.matches('{').count();
            let in_path = operation["parameters"].as_array().unwrap().iter().filter(|p| p["in"] == "path").count();
            assert_eq!(placeholders, in_path, "{method} {path}: every path parameter is described");
        }
    }
    let sign_up = &document["paths"]["/v1/accounts"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let sign_up = &schemas[sign_up["$ref"].as_str().unwrap().rsplit('/').next().unwrap()];
    assert_eq!(sign_up["properties"]["given_name"]["maxLength"], 100);
    assert_eq!(schemas["Money"]["properties"]["amount"]["pattern"], "^[0-9]+(\\.[0-9]+)?$");
    let quote = &document["paths"]["/v1/orders/{order_id}/quote"]["get"]["parameters"];
    assert!(quote
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["in"] == "query" && p["name"] == "currency" && p["required"] == true));
    let pay = &document["paths"]["/v1/orders/{order_id}/pay"]["post"]["responses"];
    assert!(pay["200"].is_object() && pay["202"].is_object(), "paid, or a code was sent");
}

#[tokio::test]
async fn sandbox_routes_do_not_exist_outside_the_sandbox() {
    let service = TestService::production();
    for route in pocket_server::routes::all_routes() {
        if route.access == pocket_server::http::Access::Sandbox {
            let path = route.path.replace("{user_id}", "usr_x").replace("{top_up_id}", "top_x");
            let reply = service.get(&path, None).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        }
    }
    let document = service.get("/v1/openapi.json", None).await.body;
    assert!(!document["paths"].as_object().unwrap().keys().any(|p| p.contains("sandbox")));
}

#[tokio::test]
async fn a_wrong_method_a_bad_path_and_a_bad_query_answer_in_the_error_shape() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let wrong_method = service.call(Method::PATCH, "/v1/balances", Some(&maria.token), None, None).await;
    assert_eq!((wrong_method.status, wrong_method.code()), (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"));
    let bad_query = service.get("/v1/notifications?after=soon", Some(&maria.token)).await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_query.body["error"]["field"], "after");
    let unknown_query = service.get("/v1/orders/ord_1/quote?currency=usd", Some(&maria.token)).await;
    assert_eq!(unknown_query.status, StatusCode::BAD_REQUEST, "{}", unknown_query.body);
    let bad_path = service.get("/v1/orders/%FF%FE", Some(&maria.token)).await;
    assert_eq!((bad_path.status, bad_path.body["error"]["type"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
}

/// The property names of a schema and every schema it refers to.
fn property_names(schema: &Value, components: &Value, seen: &mut Vec<String>, names: &mut Vec<String>) {
    match schema {
        Value::Object(fields) => {
            if let Some(Value::String(target)) = fields.get("$ref") {
                let name = target.rsplit('/').next().unwrap().to_string();
                if !seen.contains(&name) {
                    seen.push(name.clone());
                    property_names(&components[&name], components, seen, names);
                }
            }
            if let Some(Value::Object(properties)) = fields.get("properties") {
                names.extend(properties.keys().cloned());
            }
            fields.values().for_each(|value| property_names(value, components, seen, names));
        }
        Value::Array(items) => items.iter().for_each(|item| property_names(item, components, seen, names)),
        _ => {}
    }
}

#[tokio::test]
async fn no_request_the_service_takes_outside_the_sandbox_has_a_field_for_a_card_number() {
    let document = TestService::production().get("/v1/openapi.json", None).await.body;
    let components = &document["components"]["schemas"];
    let mut fields = Vec::new();
    for operations in document["paths"].as_object().unwrap().values() {
        for operation in operations.as_object().unwrap().values() {
            let mut seen = Vec::new();
            property_names(&operation["requestBody"], components, &mut seen, &mut fields);
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                fields.push(parameter["name"].as_str().unwrap().to_string());
            }
        }
    }
    assert!(fields.contains(&"payment_method".to_string()), "the walk reaches the cards' requests: {fields:?}");
    let card_like = |name: &str| {
        let name = name.to_lowercase();
        ["number", "pan", "cvc", "cvv", "card_number"]
            .iter()
            .any(|word| name == *word || name.contains(&format!("[{word}]")))
    };
    let found: Vec<&String> = fields.iter().filter(|name| card_like(name)).collect();
    assert!(found.is_empty(), "request fields that could carry a card number: {found:?}");
}

#[tokio::test]
async fn a_card_number_pasted_into_free_text_is_refused_and_not_kept() {
    let service = TestService::sandbox();
    let maria = service.confirmed_shopper("maria@example.com").await;
    let mut form = crate::support::sign_up_body("ivan@example.com");
    form["address"] = serde_json::json!("Rua Augusta 1500, card 4242 4242 4242 4242");
    let sign_up = service.post("/v1/accounts", None, form).await;
    assert_eq!((sign_up.status, sign_up.code()), (StatusCode::BAD_REQUEST, "card_number_in_text"));
    assert_eq!(sign_up.body["error"]["field"], "address");
    let case = serde_json::json!({ "topic": "other", "message": "my card is 5555-5555-5555-4444 please help" });
    let support = service.post("/v1/support/cases", Some(&maria.token), case).await;
    assert_eq!((support.status, support.code()), (StatusCode::BAD_REQUEST, "card_number_in_text"), "{}", support.body);
    let stored = service.all_stored_text();
    assert!(!stored.contains("4242424242424242") && !stored.contains("4242 4242 4242 4242"));
    assert!(!stored.contains("5555-5555-5555-4444"));
    for reply in [&sign_up, &support] {
        assert!(!reply.body.to_string().contains("4242 4242") && !reply.body.to_string().contains("5555-5555"));
    }
}
