//! A cart checked out into one order per seller.

use pocket_core::contract::service::ErrorKind;
use std::collections::BTreeMap;

use crate::params;
use crate::store::{Db, Optional};
use chrono::{DateTime, Utc};
use pocket_core::contract::shop::{Checkout, OrderItem};
use pocket_core::money::{Currency, Money};
use pocket_core::orders::{Order, ProtectionPolicy};
use pocket_core::parcel::{Cart, CartItem, ParcelDraft, ParcelRules};
use pocket_core::text::{check_text, MAX_ADDRESS_CHARS};
use rust_decimal::Decimal;
use serde_json::json;

use super::store::{load_order, order_view};
use crate::catalogue::{load_product, Product};
use crate::ids::new_id;
use crate::refusals::Refusal;
use crate::wire::wire_name;

pub use pocket_core::contract::shop::{CheckoutItem, CheckoutRequest, MAX_CART_LINES};

fn check_options(product: &Product, chosen: &BTreeMap<String, String>) -> Result<(), Refusal> {
    for (name, values) in &product.options {
        match chosen.get(name) {
            Some(value) if values.contains(value) => {}
            Some(value) => {
                return Err(Refusal::validation(
                    "unknown_option",
                    format!("\"{}\" has no {name} \"{value}\"; choose one of {}", product.title, values.join(", ")),
                )
                .with_field(format!("items.options.{name}")))
            }
            None => {
                return Err(Refusal::validation(
                    "option_required",
                    format!("choose a {name} for \"{}\": {}", product.title, values.join(", ")),
                )
                .with_field(format!("items.options.{name}")))
            }
        }
    }
    if let Some(extra) = chosen.keys().find(|name| !product.options.contains_key(*name)) {
        return Err(Refusal::validation("unknown_option", format!("\"{}\" has no option \"{extra}\"", product.title))
            .with_field(format!("items.options.{extra}")));
    }
    Ok(())
}

fn build_cart(tx: &Db, items: &[CheckoutItem]) -> Result<Cart, Refusal> {
    if items.is_empty() {
        return Err(Refusal::validation("empty_cart", "the cart is empty; add a product first").with_field("items"));
    }
    let mut cart = Cart::new();
    for item in items {
        let product = load_product(tx, &item.product_id)?;
        check_options(&product, &item.options)?;
        cart.add(CartItem {
            product_id: product.id.clone(),
            title: product.title.clone(),
            options: item.options.clone(),
            unit_weight_grams: product.unit_weight_grams,
            quantity: item.quantity,
            unit_price: product.price,
            seller_id: product.seller_id.clone(),
        })
        .map_err(|error| Refusal::validation("invalid_quantity", error.to_string()).with_field("items.quantity"))?;
    }
    Ok(cart)
}

/// The discount a coupon gives on a parcel, if it applies.
fn coupon_discount(tx: &Db, user_id: &str, code: &str, value: Money, now: DateTime<Utc>) -> Result<Money, Refusal> {
    let coupon: Option<(i64, i64, i64, String)> = tx
        .query_row(
            "SELECT percent_off, max_off_minor, min_order_minor, valid_until FROM coupons WHERE code = ?1",
            [code.trim().to_uppercase()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (percent_off, max_off_minor, min_order_minor, valid_until) = coupon.ok_or_else(|| {
        Refusal::validation("unknown_coupon", "there is no such coupon; check the code").with_field("coupon")
    })?;
    if now >= crate::time::parse_time(&valid_until)? {
        return Err(Refusal::validation("coupon_expired", "this coupon has expired").with_field("coupon"));
    }
    let used: Option<String> = tx
        .query_row(
            "SELECT order_id FROM coupon_uses WHERE code = ?1 AND user_id = ?2",
            params![code.trim().to_uppercase(), user_id],
            |r| r.get(0),
        )
        .optional()?;
    if used.is_some() {
        return Err(Refusal::conflict(
            "coupon_used",
            "you have already used this coupon; each coupon works once per shopper",
        )
        .with_field("coupon"));
    }
    let minimum = Money::from_minor_units(min_order_minor, Currency::Usd)?;
    if value < minimum {
        return Err(Refusal::validation("coupon_minimum", format!("this coupon needs an order of at least {minimum}"))
            .with_field("coupon"));
    }
    let percent = (value.amount() * Decimal::from(percent_off) / Decimal::from(100))
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
    let discount = Money::new(percent, Currency::Usd)?;
    let cap = Money::from_minor_units(max_off_minor, Currency::Usd)?;
    Ok(if discount > cap { cap } else { discount })
}

/// A coupon takes its discount off the first parcel (in seller order) large
/// enough for it; every other parcel gets none.
fn coupon_discounts(
    tx: &Db,
    user_id: &str,
    coupon: Option<&str>,
    parcels: &[ParcelDraft],
    now: DateTime<Utc>,
) -> Result<Vec<Money>, Refusal> {
    let mut discounts = vec![Money::zero(Currency::Usd); parcels.len()];
    let Some(code) = coupon else {
        return Ok(discounts);
    };
    let mut last_error = None;
    for (index, parcel) in parcels.iter().enumerate() {
        match coupon_discount(tx, user_id, code, parcel.total_value, now) {
            Ok(discount) => {
                discounts[index] = discount;
                return Ok(discounts);
            }
            Err(error) if error.code == "coupon_minimum" => last_error = Some(error),
            Err(error) => return Err(error),
        }
    }
    Err(last_error.expect("a cart has at least one parcel"))
}

fn refusal(refusals: Vec<pocket_core::parcel::ParcelRefusal>) -> Refusal {
    let message = refusals.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
    Refusal::refused(ErrorKind::Refused, "parcel_not_eligible", message).with_details(json!({ "parcels": refusals }))
}

/// Checks the cart against the parcel rules and creates one unpaid order
/// per seller. Nothing is created if any parcel is refused.
pub fn check_out(tx: &Db, user_id: &str, request: &CheckoutRequest, now: DateTime<Utc>) -> Result<Checkout, Refusal> {
    if request.items.len() > MAX_CART_LINES {
        return Err(Refusal::validation("too_many_lines", format!("a cart holds at most {MAX_CART_LINES} lines"))
            .with_field("items"));
    }
    if let Some(address) = request.delivery_address.as_deref() {
        check_text(address, MAX_ADDRESS_CHARS).map_err(|problem| {
            Refusal::validation("invalid_delivery_address", format!("the delivery address {problem}"))
                .with_field("delivery_address")
        })?;
    }
    let cart = build_cart(tx, &request.items)?;
    let parcels = cart.parcels_by_seller().map_err(|e| Refusal::validation("invalid_cart", e.to_string()))?;
    let rules = ParcelRules::default();
    let refusals: Vec<_> = parcels.iter().filter_map(|parcel| rules.check(parcel).err()).collect();
    if !refusals.is_empty() {
        return Err(refusal(refusals));
    }
    let address = match request.delivery_address.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
        Some(address) => address.to_string(),
        None => tx.query_row("SELECT address FROM users WHERE id = ?1", [user_id], |r| r.get(0))?,
    };
    let discounts = coupon_discounts(tx, user_id, request.coupon.as_deref(), &parcels, now)?;
    let checkout_id = new_id("chk");
    let mut orders = Vec::new();
    for (parcel, discount) in parcels.iter().zip(discounts) {
        let coupon = request.coupon.as_deref().filter(|_| !discount.is_zero());
        let order_id = create_order(tx, user_id, &checkout_id, parcel, discount, coupon, &address, now)?;
        if let Some(code) = coupon {
            tx.execute(
                "INSERT INTO coupon_uses (code, user_id, order_id) VALUES (?1, ?2, ?3)",
                params![code.trim().to_uppercase(), user_id, order_id],
            )?;
        }
        orders.push(order_view(tx, &load_order(tx, Some(user_id), &order_id)?, now)?);
    }
    Ok(Checkout { checkout_id, orders })
}

#[allow(clippy::too_many_arguments)]
fn create_order(
    tx: &Db,
    user_id: &str,
    checkout_id: &str,
    parcel: &ParcelDraft,
    discount: Money,
    coupon: Option<&str>,
    address: &str,
    now: DateTime<Utc>,
) -> Result<String, Refusal> {
    let order_id = new_id("ord");
    let price = parcel.total_value.checked_sub(discount)?;
    let machine = Order::new(order_id.clone(), parcel.seller_id.clone(), price, ProtectionPolicy::default());
    let items: Vec<OrderItem> = parcel
        .items
        .iter()
        .map(|item| OrderItem {
            product_id: item.product_id.clone(),
            title: item.title.clone(),
            options: item.options.clone(),
            quantity: item.quantity,
            unit_price: item.unit_price,
            unit_weight_grams: item.unit_weight_grams,
        })
        .collect();
    tx.execute(
        "INSERT INTO orders (id, user_id, seller_id, checkout_id, status, price_minor, discount_minor, coupon_code, weight_grams,
                             items, delivery_address, machine, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            order_id,
            user_id,
            parcel.seller_id,
            checkout_id,
            wire_name(&machine.status),
            price.to_minor_units(),
            discount.to_minor_units(),
            coupon.map(|c| c.trim().to_uppercase()),
            parcel.total_weight_grams as i64,
            serde_json::to_string(&items)?,
            address,
            serde_json::to_string(&machine)?,
            now.to_rfc3339(),
        ],
    )?;
    Ok(order_id)
}
