//! The shop flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::task::{Done, Task};
use crate::orders::{BuyerAction, OrderStatus};

fn open_product(model: &mut Model, product_id: &str) {
    send(model, UiEvent::SelectTab { tab: Tab::Shop });
    send(model, UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: product_id.into() } });
}

fn choose(model: &mut Model, name: &str, value: &str) {
    send(model, UiEvent::Shop { event: ShopEvent::ChooseOption { name: name.into(), value: value.into() } });
}

#[test]
fn a_product_needs_every_option_before_it_can_be_bought() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    let page = screen!(model, Product);
    assert!(!page.buy_now.enabled && !page.add_to_cart.enabled);
    assert_eq!(page.missing.as_deref(), Some("Choose: Colour, Model"));
    assert_eq!(look(&model).title, "Silicone phone case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    choose(&mut model, "colour", "purple");
    send(&mut model, UiEvent::Shop { event: ShopEvent::Increase });
    let page = screen!(model, Product);
    assert!(page.buy_now.enabled);
    assert_eq!(page.quantity, "Quantity: 2");
    assert_eq!(page.total, "$7.98 · 90 g");
    assert_eq!(
        (page.fewer_label.as_str(), page.more_label.as_str()),
        ("One fewer: Silicone phone case", "One more: Silicone phone case")
    );
    assert!(page.options[0].choices.iter().any(|c| c.label == "teal" && c.selected), "an unknown value is ignored");
}

#[test]
fn the_cart_is_one_parcel_per_seller_and_a_parcel_over_2_kg_is_explained_before_checkout() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    assert_eq!(look(&model).notice.as_deref(), Some("Added to your cart (2 in it)."));
    open_product(&mut model, "prd_pan");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    let view = look(&model);
    assert_eq!(view.tabs.iter().find(|t| t.tab == Tab::Shop).unwrap().badge.as_deref(), Some("3"));
    send(&mut model, UiEvent::Open { destination: Destination::Cart });
    let cart = screen!(model, Cart);
    assert_eq!(cart.parcels.len(), 2);
    assert_eq!(cart.parcels[0].seller, "From Shenzhen Cases Co.");
    assert_eq!(cart.parcels[0].weight, "90 g of 2,000 g");
    assert_eq!(cart.parcels[0].lines[0].quantity, "× 2", "the same product and options are one line");
    let line = &cart.parcels[0].lines[0];
    assert_eq!(
        [line.fewer_label.as_str(), line.more_label.as_str(), line.remove_label.as_str()],
        [
            "One fewer: Silicone phone case",
            "One more: Silicone phone case",
            "Remove from the cart: Silicone phone case"
        ],
        "the sign buttons say what they do to a screen reader"
    );
    assert!(cart.parcels[0].eligible);
    let pan = &cart.parcels[1];
    assert!(!pan.eligible);
    assert_eq!(pan.weight, "2,400 g of 2,000 g");
    assert_eq!(
        pan.reasons,
        ["The parcel from Ningbo Home Goods weighs 2,400 g; Pocket pays for parcels of up to 2,000 g. Remove 400 g of items, or order them separately."]
    );
    assert!(!cart.checkout.enabled);
    send(&mut model, UiEvent::Shop { event: ShopEvent::RemoveLine { index: 1 } });
    let cart = screen!(model, Cart);
    assert!(cart.checkout.enabled);
    assert_eq!(cart.total, "Total $7.98");
}

#[test]
fn buy_now_checks_out_one_line_and_leaves_the_cart_alone() {
    let mut model = signed_in();
    open_product(&mut model, "prd_pan");
    send(&mut model, UiEvent::Shop { event: ShopEvent::BuyNow });
    let checkout = screen!(model, Checkout);
    assert!(!checkout.place_order.enabled, "a 2.4 kg parcel cannot be ordered");
    let tasks = send(
        &mut model,
        UiEvent::Shop { event: ShopEvent::PlaceOrder { delivery_address: String::new(), coupon: String::new() } },
    );
    assert!(tasks.is_empty());
    let problem = look(&model).problem.unwrap();
    assert_eq!(problem.title, "Pocket can't pay for this parcel");
    assert!(problem.message.contains("weighs 2,400 g"));
}

#[test]
fn checking_out_goes_to_paying_and_empties_the_cart() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(&mut model, UiEvent::Open { destination: Destination::Cart });
    send(&mut model, UiEvent::Shop { event: ShopEvent::Checkout });
    let tasks = send(
        &mut model,
        UiEvent::Shop {
            event: ShopEvent::PlaceOrder { delivery_address: "Rua B 2".into(), coupon: "POCKET10".into() },
        },
    );
    let [Task::CheckOut { lines, coupon, delivery_address }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(lines[0].product_id, "prd_case");
    assert_eq!((coupon.as_deref(), delivery_address.as_deref()), (Some("POCKET10"), Some("Rua B 2")));
    assert!(screen!(model, Checkout).place_order.busy);
    done(&mut model, Done::Wallet(Ok(wallet())));
    let tasks =
        done(&mut model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])])));
    assert!(tasks.contains(&Task::LoadWallet), "the balances are read again: they decide what can pay");
    let pay = screen!(model, Pay);
    assert_eq!(pay.price, "$3.99");
    assert_eq!(pay.items, ["Silicone phone case · teal · Pixel 8 × 1"]);
    assert!(model.flows.shop.cart.is_empty());
    assert_eq!(model.route(), Some(&Route::Pay));
}
