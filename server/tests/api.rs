//! Health, the OpenAPI document, and the sandbox's absence in production.
mod support;

use axum::http::StatusCode;
use support::TestService;

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
        assert_eq!(document["openapi"], "3.0.3");
        let routes = pocket_server::http::served_routes(sandbox);
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

#[tokio::test]
async fn sandbox_routes_do_not_exist_outside_the_sandbox() {
    let service = TestService::production();
    for route in pocket_server::http::all_routes() {
        if route.access == pocket_server::http::Access::Sandbox {
            let path = route.path.replace("{user_id}", "usr_x").replace("{top_up_id}", "top_x");
            let reply = service.get(&path, None).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        }
    }
    let document = service.get("/v1/openapi.json", None).await.body;
    assert!(!document["paths"].as_object().unwrap().keys().any(|p| p.contains("sandbox")));
}
