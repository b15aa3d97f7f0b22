//! A developer beside an emulator sets up the carts edge cases need by
//! adding sellers and products to the sandbox's catalogue.

use crate::support::{usd, Shopper, TestService};
use axum::http::StatusCode;
use serde_json::{json, Value};

async fn seller(service: &TestService) -> String {
    let added = service.post("/v1/sandbox/sellers", None, json!({ "name": "Edge Case Goods", "country": "CN" })).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    added.body["id"].as_str().unwrap().to_string()
}

async fn product(service: &TestService, seller_id: &str, grams: u32, price: &str) -> String {
    let body = json!({ "title": format!("{grams} g item"), "unit_weight_grams": grams, "price": usd(price) });
    let added = service.post(&format!("/v1/sandbox/sellers/{seller_id}/products"), None, body).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    added.body["id"].as_str().unwrap().to_string()
}

async fn check_out(service: &TestService, shopper: &Shopper, product_id: &str, quantity: u32) -> Value {
    let items = json!({ "items": [{ "product_id": product_id, "options": {}, "quantity": quantity }] });
    let reply = service.post("/v1/checkout", Some(&shopper.token), items).await;
    json!({ "status": reply.status.as_u16(), "code": reply.code(), "body": reply.body })
}

#[tokio::test]
async fn a_parcel_of_exactly_2000_g_and_one_at_the_low_value_cap_are_paid_for_one_gram_or_cent_more_is_not() {
    let service = TestService::sandbox();
    let maria = service.paying_shopper("maria@example.com").await;
    let seller_id = seller(&service).await;
    let two_kilos = product(&service, &seller_id, 2000, "10.00").await;
    let seven_hundred = product(&service, &seller_id, 700, "10.00").await;
    let at_cap = product(&service, &seller_id, 100, "150.00").await;
    let over_cap = product(&service, &seller_id, 100, "150.01").await;

    let catalogue = service.get("/v1/catalogue", None).await;
    assert!(catalogue.body.to_string().contains(&two_kilos), "the new products are in the catalogue");
    assert_eq!(check_out(&service, &maria, &two_kilos, 1).await["status"], 201);
    assert_eq!(check_out(&service, &maria, &at_cap, 1).await["status"], 201);
    let three = check_out(&service, &maria, &seven_hundred, 3).await;
    assert_eq!((three["status"].clone(), three["code"].clone()), (json!(422), json!("parcel_not_eligible")), "{three}");
    assert_eq!(check_out(&service, &maria, &over_cap, 1).await["code"], "parcel_not_eligible");
}

#[tokio::test]
async fn a_product_is_priced_in_usd_above_zero_with_a_real_weight_for_a_seller_that_exists() {
    let service = TestService::sandbox();
    let seller_id = seller(&service).await;
    let path = format!("/v1/sandbox/sellers/{seller_id}/products");
    let in_roubles =
        json!({ "title": "Pan", "unit_weight_grams": 500, "price": { "amount": "100.00", "currency": "RUB" } });
    assert_eq!(service.post(&path, None, in_roubles).await.code(), "price_in_usd");
    let weightless = json!({ "title": "Air", "unit_weight_grams": 0, "price": usd("1.00") });
    assert_eq!(service.post(&path, None, weightless).await.status, StatusCode::BAD_REQUEST);
    let free = json!({ "title": "Gift", "unit_weight_grams": 10, "price": usd("0") });
    assert_eq!(service.post(&path, None, free).await.status, StatusCode::BAD_REQUEST);
    let nobody = service
        .post(
            "/v1/sandbox/sellers/sel_nobody/products",
            None,
            json!({
                "title": "Pan", "unit_weight_grams": 500, "price": usd("1.00"),
            }),
        )
        .await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    let options =
        json!({ "title": "Hat", "unit_weight_grams": 80, "price": usd("5.00"), "options": { "size": ["S", "M"] } });
    let hat = service.post(&path, None, options).await;
    assert_eq!(hat.body["options"], json!({ "size": ["S", "M"] }));
}
