//! Shopping: the catalogue, a product with its options and quantity, "Buy
//! now" and "Add to cart", the cart as one parcel per seller with its
//! weight and value (and why a parcel cannot be paid for, before checkout),
//! and checkout with a delivery address and a coupon.

use std::collections::BTreeMap;

use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{ButtonView, ChoiceView, FieldView, InputKind};
use crate::app::ui::state::shop::{CartEntry, CheckoutState};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{parcel_reason_text, Problem, Texts};
use crate::app::{CartLine, Catalogue, Order, PocketError, Product, Seller};
use crate::money::{Currency, Money};
use crate::parcel::{Cart, CartItem, ParcelRules};

/// The most of one product in one line.
const MAX_QUANTITY: u32 = 99;

/// Taps while shopping.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum ShopEvent {
    OpenProduct {
        product_id: String,
    },
    /// Picks an option's value (`colour` → `teal`).
    ChooseOption {
        name: String,
        value: String,
    },
    /// One more / one fewer on the product page.
    Increase,
    Decrease,
    BuyNow,
    AddToCart,
    /// One more / one fewer / none of a cart line.
    IncreaseLine {
        index: u32,
    },
    DecreaseLine {
        index: u32,
    },
    RemoveLine {
        index: u32,
    },
    /// From the cart to checkout.
    Checkout,
    /// "Place order": one order per seller, then paying.
    PlaceOrder {
        delivery_address: String,
        coupon: String,
    },
}

/// The catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CatalogueView {
    /// Sellers with their products.
    pub sellers: Vec<SellerView>,
    /// "Cart (3)" (sends `Open { Cart }`).
    pub cart: ButtonView,
    /// What Pocket pays for ("parcels up to 2,000 g and $150.00").
    pub note: String,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// A seller.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SellerView {
    /// "Shenzhen Cases Co.".
    pub name: String,
    /// "Ships from China".
    pub ships_from: String,
    /// Its products.
    pub products: Vec<ProductCardView>,
}

/// A product in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProductCardView {
    /// Sent back in `OpenProduct`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// "$3.99".
    pub price: String,
    /// "45 g".
    pub weight: String,
}

/// A product page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct ProductView {
    pub id: String,
    pub title: String,
    /// "Sold by Shenzhen Cases Co.".
    pub seller: String,
    pub price: String,
    /// "45 g each".
    pub weight: String,
    /// Each option with its values; ids are the values for `ChooseOption`.
    pub options: Vec<OptionView>,
    /// "Quantity: 2".
    pub quantity: String,
    pub can_decrease: bool,
    pub can_increase: bool,
    /// What "−" and "+" say to a screen reader: "One fewer: Silicone phone case".
    pub fewer_label: String,
    pub more_label: String,
    /// "$7.98 · 90 g".
    pub total: String,
    /// Not enabled until every option is chosen.
    pub buy_now: ButtonView,
    pub add_to_cart: ButtonView,
    /// "Choose a model and a colour" while an option is missing.
    pub missing: Option<String>,
}

/// One option of a product.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OptionView {
    /// Sent back in `ChooseOption` (`colour`).
    pub name: String,
    /// "Colour".
    pub label: String,
    /// Its values.
    pub choices: Vec<ChoiceView>,
}

/// The cart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CartView {
    /// One parcel per seller.
    pub parcels: Vec<ParcelView>,
    /// "Total $45.00".
    pub total: String,
    /// Not enabled while a parcel cannot be paid for.
    pub checkout: ButtonView,
    /// "Your cart is empty".
    pub empty: Option<String>,
}

/// A parcel: one seller's items.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ParcelView {
    /// "From Shenzhen Cases Co.".
    pub seller: String,
    /// "1,250 g of 2,000 g".
    pub weight: String,
    /// "$45.00 of $150.00".
    pub value: String,
    /// Whether Pocket can pay for it.
    pub eligible: bool,
    /// Why not, with the figures.
    pub reasons: Vec<String>,
    /// Its lines.
    pub lines: Vec<CartLineView>,
}

/// A line of the cart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CartLineView {
    /// Sent back in the line events.
    pub index: u32,
    /// Its title.
    pub title: String,
    /// "Pixel 8 · teal".
    pub options: String,
    /// "× 2".
    pub quantity: String,
    /// "$7.98".
    pub price: String,
    /// Whether "−" is enabled (at 1, remove instead).
    pub can_decrease: bool,
    /// What "−" says to a screen reader: "One fewer: Silicone phone case"
    /// ("+" and "×" below likewise).
    pub fewer_label: String,
    /// "+" for a screen reader.
    pub more_label: String,
    /// "×" for a screen reader.
    pub remove_label: String,
}

/// Checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckoutView {
    /// The parcels ordered.
    pub parcels: Vec<ParcelView>,
    /// "Total $45.00 before any coupon".
    pub total: String,
    /// Where it goes (empty: the address of the account).
    pub address: FieldView,
    /// A Pocket coupon.
    pub coupon: FieldView,
    /// "Place order".
    pub place_order: ButtonView,
}

pub(crate) fn on_event(model: &mut Model, event: ShopEvent) -> Vec<Task> {
    let complete = options_complete(model);
    let shop = &mut model.flows.shop;
    match event {
        ShopEvent::OpenProduct { product_id } => {
            if shop.product.product_id != product_id {
                shop.product = CartEntry { product_id: product_id.clone(), options: BTreeMap::new(), quantity: 1 };
            }
            model.push(Route::Product { product_id });
        }
        ShopEvent::ChooseOption { name, value } => {
            let offered = product(model, &model.flows.shop.product.product_id)
                .is_some_and(|(_, product)| product.options.get(&name).is_some_and(|values| values.contains(&value)));
            if offered {
                model.flows.shop.product.options.insert(name, value);
            }
        }
        ShopEvent::Increase => shop.product.quantity = (shop.product.quantity + 1).min(MAX_QUANTITY),
        ShopEvent::Decrease => shop.product.quantity = shop.product.quantity.saturating_sub(1).max(1),
        ShopEvent::BuyNow | ShopEvent::AddToCart if !complete => {}
        ShopEvent::BuyNow => {
            let entry = model.flows.shop.product.clone();
            model.flows.shop.checkout = CheckoutState { buy_now: Some(entry), ..CheckoutState::default() };
            model.push(Route::Checkout);
        }
        ShopEvent::AddToCart => {
            let entry = shop.product.clone();
            match shop.cart.iter_mut().find(|line| line.product_id == entry.product_id && line.options == entry.options)
            {
                Some(line) => line.quantity = (line.quantity + entry.quantity).min(MAX_QUANTITY),
                None => shop.cart.push(entry),
            }
            let count = shop.cart.iter().map(|line| line.quantity).sum::<u32>();
            model.notice = Some(Notice::with("notice-added-to-cart", vec![("count", count.to_string())]));
        }
        ShopEvent::IncreaseLine { index } => {
            if let Some(line) = shop.cart.get_mut(index as usize) {
                line.quantity = (line.quantity + 1).min(MAX_QUANTITY);
            }
        }
        ShopEvent::DecreaseLine { index } => {
            if let Some(line) = shop.cart.get_mut(index as usize) {
                line.quantity = line.quantity.saturating_sub(1).max(1);
            }
        }
        ShopEvent::RemoveLine { index } => {
            if (index as usize) < shop.cart.len() {
                shop.cart.remove(index as usize);
            }
        }
        ShopEvent::Checkout => {
            if !shop.cart.is_empty() {
                shop.checkout = CheckoutState::default();
                model.push(Route::Checkout);
            }
        }
        ShopEvent::PlaceOrder { delivery_address, coupon } => return place_order(model, delivery_address, coupon),
    }
    Vec::new()
}

fn place_order(model: &mut Model, delivery_address: String, coupon: String) -> Vec<Task> {
    let entries = checkout_entries(model);
    let refusals = parcel_refusals(model, &entries);
    let checkout = &mut model.flows.shop.checkout;
    if checkout.sending || entries.is_empty() {
        return Vec::new();
    }
    checkout.address = delivery_address.trim().to_string();
    checkout.coupon = coupon.trim().to_string();
    checkout.problem = None;
    if !refusals.is_empty() {
        model.problem = Some(Problem::Parcels(refusals));
        return Vec::new();
    }
    checkout.sending = true;
    let lines = entries
        .iter()
        .map(|entry| CartLine {
            product_id: entry.product_id.clone(),
            options: entry.options.clone().into_iter().collect(),
            quantity: entry.quantity,
        })
        .collect();
    vec![Task::CheckOut {
        lines,
        coupon: Some(checkout.coupon.clone()).filter(|c| !c.is_empty()),
        delivery_address: Some(checkout.address.clone()).filter(|a| !a.is_empty()),
    }]
}

pub(crate) fn on_checked_out(model: &mut Model, result: Result<Vec<Order>, PocketError>) -> Vec<Task> {
    model.flows.shop.checkout.sending = false;
    let orders = match result {
        Ok(orders) => orders,
        Err(PocketError::ParcelNotEligible { refusals, .. }) => {
            let named = refusals.into_iter().map(|refusal| (model.seller_name(&refusal.seller_id), refusal)).collect();
            model.problem = Some(Problem::Parcels(named));
            return Vec::new();
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &["delivery_address", "coupon"]);
            model.flows.shop.checkout.problem = kept;
            return Vec::new();
        }
    };
    if model.flows.shop.checkout.buy_now.is_none() {
        model.flows.shop.cart.clear();
    }
    model.flows.shop.checkout = CheckoutState::default();
    for order in &orders {
        model.remember_order(order.clone());
    }
    let order_ids = orders.into_iter().map(|order| order.id).collect();
    model.replace(Route::Pay);
    crate::app::ui::open::payment(model, order_ids)
}

/// The lines checkout is for.
fn checkout_entries(model: &Model) -> Vec<CartEntry> {
    match &model.flows.shop.checkout.buy_now {
        Some(entry) => vec![entry.clone()],
        None => model.flows.shop.cart.clone(),
    }
}

fn options_complete(model: &Model) -> bool {
    let entry = &model.flows.shop.product;
    product(model, &entry.product_id)
        .is_some_and(|(_, product)| product.options.keys().all(|name| entry.options.contains_key(name)))
}

fn product<'a>(model: &'a Model, product_id: &str) -> Option<(&'a Seller, &'a Product)> {
    model.catalogue.last.as_ref()?.sellers.iter().find_map(|seller| {
        seller.products.iter().find(|product| product.id == product_id).map(|product| (seller, product))
    })
}

/// The cart of `entries` as the parcel rules see it (lines whose product
/// the catalogue lacks are left to the service).
fn as_cart(catalogue: &Catalogue, entries: &[CartEntry]) -> Cart {
    let mut cart = Cart::new();
    for entry in entries {
        let found = catalogue.sellers.iter().find_map(|seller| {
            seller.products.iter().find(|p| p.id == entry.product_id).map(|product| (seller, product))
        });
        let Some((seller, product)) = found else { continue };
        let item = CartItem {
            product_id: product.id.clone(),
            title: product.title.clone(),
            options: entry.options.clone(),
            unit_weight_grams: product.unit_weight_grams,
            quantity: entry.quantity,
            unit_price: product.price,
            seller_id: seller.id.clone(),
        };
        if let Err(error) = cart.add(item) {
            tracing::warn!(%error, "a cart line the parcel rules cannot take");
        }
    }
    cart
}

fn parcel_refusals(model: &Model, entries: &[CartEntry]) -> Vec<(String, crate::parcel::ParcelRefusal)> {
    let Some(catalogue) = &model.catalogue.last else { return Vec::new() };
    let rules = ParcelRules::default();
    let parcels = as_cart(catalogue, entries).parcels_by_seller().unwrap_or_default();
    parcels
        .iter()
        .filter_map(|parcel| rules.check(parcel).err())
        .map(|refusal| (model.seller_name(&refusal.seller_id), refusal))
        .collect()
}

/// The parcels of `entries`, each with its lines (indices into `entries`).
fn parcel_views(model: &Model, entries: &[CartEntry], t: &Texts) -> (Vec<ParcelView>, Money) {
    let Some(catalogue) = &model.catalogue.last else { return (Vec::new(), Money::zero(Currency::Usd)) };
    let rules = ParcelRules::default();
    let parcels = as_cart(catalogue, entries).parcels_by_seller().unwrap_or_default();
    let mut total = Money::zero(Currency::Usd);
    let views = parcels
        .iter()
        .map(|parcel| {
            total = total.checked_add(parcel.total_value).unwrap_or(total);
            let seller = model.seller_name(&parcel.seller_id);
            let reasons = match rules.check(parcel) {
                Ok(_) => Vec::new(),
                Err(refusal) => refusal.reasons.iter().map(|reason| parcel_reason_text(&seller, reason, t)).collect(),
            };
            let lines = entries
                .iter()
                .enumerate()
                .filter(|(_, entry)| parcel.items.iter().any(|item| item.product_id == entry.product_id))
                .filter_map(|(index, entry)| line_view(index, entry, catalogue, t))
                .collect();
            ParcelView {
                weight: t.fmt(
                    "parcel-weight",
                    &[
                        ("weight", t.grams(parcel.total_weight_grams).into()),
                        ("max", t.grams(rules.max_weight_grams).into()),
                    ],
                ),
                value: t.fmt(
                    "parcel-value",
                    &[("value", t.money(parcel.total_value).into()), ("cap", t.money(rules.low_value_cap).into())],
                ),
                seller: t.fmt("parcel-from", &[("seller", seller.into())]),
                eligible: reasons.is_empty(),
                reasons,
                lines,
            }
        })
        .collect();
    (views, total)
}

fn line_view(index: usize, entry: &CartEntry, catalogue: &Catalogue, t: &Texts) -> Option<CartLineView> {
    let product = catalogue.sellers.iter().flat_map(|s| &s.products).find(|p| p.id == entry.product_id)?;
    let price = product.price.times(entry.quantity).ok()?;
    Some(CartLineView {
        index: index as u32,
        title: product.title.clone(),
        options: entry.options.values().cloned().collect::<Vec<_>>().join(" · "),
        quantity: t.fmt("cart-quantity", &[("quantity", entry.quantity.into())]),
        price: t.money(price),
        can_decrease: entry.quantity > 1,
        fewer_label: item_label("step-fewer", &product.title, t),
        more_label: item_label("step-more", &product.title, t),
        remove_label: item_label("cart-remove-line", &product.title, t),
    })
}

/// A control's words for a screen reader, naming the item it acts on.
fn item_label(id: &str, item: &str, t: &Texts) -> String {
    t.fmt(id, &[("item", item.into())])
}

pub(crate) fn catalogue_view(model: &Model, t: &Texts) -> CatalogueView {
    let rules = ParcelRules::default();
    let sellers = model
        .catalogue
        .last
        .as_ref()
        .map(|catalogue| {
            catalogue
                .sellers
                .iter()
                .map(|seller| SellerView {
                    name: seller.name.clone(),
                    ships_from: t.fmt(
                        "catalogue-ships-from",
                        &[("country", t.get(&format!("country-{}", seller.country)).into())],
                    ),
                    products: seller
                        .products
                        .iter()
                        .map(|product| ProductCardView {
                            id: product.id.clone(),
                            title: product.title.clone(),
                            price: t.money(product.price),
                            weight: t.grams(u64::from(product.unit_weight_grams)),
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    CatalogueView {
        sellers,
        cart: ButtonView::new(t.fmt("catalogue-cart", &[("count", cart_count(model).into())])),
        note: t.fmt(
            "catalogue-note",
            &[("weight", t.grams(rules.max_weight_grams).into()), ("cap", t.money(rules.low_value_cap).into())],
        ),
        loading: model.catalogue.is_loading_first(),
    }
}

/// How many items the cart holds.
pub(crate) fn cart_count(model: &Model) -> u32 {
    model.flows.shop.cart.iter().map(|line| line.quantity).sum()
}

pub(crate) fn product_view(model: &Model, product_id: &str, t: &Texts) -> Option<ProductView> {
    let (seller, product) = product(model, product_id)?;
    let entry = &model.flows.shop.product;
    // The catalogue's options come unordered; the screen lists them by name.
    let mut named: Vec<_> = product.options.iter().collect();
    named.sort_by(|a, b| a.0.cmp(b.0));
    let options: Vec<OptionView> = named
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(name, values)| OptionView {
            name: name.clone(),
            label: option_label(name, t),
            choices: values
                .iter()
                .map(|value| ChoiceView {
                    id: value.clone(),
                    label: value.clone(),
                    detail: None,
                    selected: entry.options.get(name) == Some(value),
                    enabled: true,
                })
                .collect(),
        })
        .collect();
    let missing: Vec<String> = options
        .iter()
        .filter(|option| !entry.options.contains_key(&option.name))
        .map(|option| option.label.clone())
        .collect();
    let complete = missing.is_empty();
    let total_price = product.price.times(entry.quantity).unwrap_or(product.price);
    Some(ProductView {
        id: product.id.clone(),
        title: product.title.clone(),
        seller: t.fmt("product-seller", &[("seller", seller.name.as_str().into())]),
        price: t.money(product.price),
        weight: t.fmt("product-weight", &[("weight", t.grams(u64::from(product.unit_weight_grams)).into())]),
        options,
        quantity: t.fmt("product-quantity", &[("quantity", entry.quantity.into())]),
        can_decrease: entry.quantity > 1,
        can_increase: entry.quantity < MAX_QUANTITY,
        fewer_label: item_label("step-fewer", &product.title, t),
        more_label: item_label("step-more", &product.title, t),
        total: t.fmt(
            "product-total",
            &[
                ("price", t.money(total_price).into()),
                ("weight", t.grams(u64::from(product.unit_weight_grams) * u64::from(entry.quantity)).into()),
            ],
        ),
        buy_now: ButtonView::with(t.get("product-buy-now"), complete, false),
        add_to_cart: ButtonView::with(t.get("product-add-to-cart"), complete, false),
        missing: (!complete).then(|| t.fmt("product-choose", &[("options", missing.join(", ").into())])),
    })
}

/// An option's name in the shopper's language (`colour` → "Colour"); an
/// option this version has no word for shows as the seller named it.
fn option_label(name: &str, t: &Texts) -> String {
    let id = format!("option-{name}");
    if t.has(&id) {
        t.get(&id)
    } else {
        name.to_string()
    }
}

pub(crate) fn cart_view(model: &Model, t: &Texts) -> CartView {
    let entries = &model.flows.shop.cart;
    let (parcels, total) = parcel_views(model, entries, t);
    let all_eligible = parcels.iter().all(|parcel| parcel.eligible);
    CartView {
        total: t.fmt("cart-total", &[("total", t.money(total).into())]),
        checkout: ButtonView::with(t.get("cart-checkout"), !entries.is_empty() && all_eligible, false),
        empty: entries.is_empty().then(|| t.get("cart-empty")),
        parcels,
    }
}

pub(crate) fn checkout_view(model: &Model, t: &Texts) -> CheckoutView {
    let checkout = &model.flows.shop.checkout;
    let entries = checkout_entries(model);
    let (parcels, total) = parcel_views(model, &entries, t);
    let enabled = !checkout.sending;
    let mut address = FieldView::new(t.get("checkout-address"), InputKind::Text)
        .value(&checkout.address)
        .hint(t.get("checkout-address-hint"))
        .enabled(enabled);
    address.error = field_error(&checkout.problem, "delivery_address", t);
    let mut coupon = FieldView::new(t.get("checkout-coupon"), InputKind::Text).value(&checkout.coupon).enabled(enabled);
    coupon.error = field_error(&checkout.problem, "coupon", t);
    let all_eligible = parcels.iter().all(|parcel| parcel.eligible);
    CheckoutView {
        total: t.fmt("checkout-total", &[("total", t.money(total).into()), ("orders", parcels.len().into())]),
        parcels,
        address,
        coupon,
        place_order: ButtonView::with(
            t.get("checkout-place-order"),
            all_eligible && !entries.is_empty(),
            checkout.sending,
        ),
    }
}

#[cfg(test)]
mod tests;
