//! The orders flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::Duration;

use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Model;
use crate::app::ui::task::{Done, OrderAction, Task};
use crate::app::*;
use crate::money::Currency;
use crate::orders::{BuyerAction, DisputeReason, OrderStatus, RefundPreference};

fn open_order(model: &mut Model, order: Order) {
    model.orders.last.as_mut().unwrap().orders.push(order.clone());
    send(model, UiEvent::SelectTab { tab: Tab::Orders });
    send(model, UiEvent::Orders { event: OrdersEvent::Open { order_id: order.id } });
}

#[test]
fn an_unshipped_order_can_be_cancelled_after_a_confirmation() {
    let mut model = signed_in();
    open_order(
        &mut model,
        order("ord_1", OrderStatus::Paid, vec![BuyerAction::Cancel, BuyerAction::ChooseRefundDestination]),
    );
    let page = screen!(model, Order);
    assert_eq!(page.status, "Paid");
    assert_eq!(look(&model).title, "Order from Shenzhen Cases Co.");
    let labels: Vec<_> = page.actions.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["Cancel order", "Where a refund goes", "Receipt"]);
    assert!(send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::Cancel } }).is_empty());
    let Some(OrderDialogView::Confirm { view }) = screen!(model, Order).dialog else { panic!("a confirmation") };
    assert_eq!(view.message, "It hasn't shipped yet, so you get all $3.99 back.");
    let tasks = send(&mut model, UiEvent::Orders { event: OrdersEvent::Confirm });
    assert_eq!(tasks, [Task::OrderAction { order_id: "ord_1".into(), action: OrderAction::Cancel }]);
    assert!(screen!(model, Order).actions.iter().all(|a| !a.enabled || a.button == OrderButton::Receipt));
    let cancelled = order("ord_1", OrderStatus::Cancelled, vec![]);
    done(&mut model, Done::OrderActed { action: OrderAction::Cancel, result: Ok(cancelled) });
    assert_eq!(screen!(model, Order).status, "Cancelled");
}

#[test]
fn a_delivered_order_offers_confirm_or_dispute_with_the_reasons() {
    let mut model = signed_in();
    let mut delivered =
        order("ord_1", OrderStatus::Delivered, vec![BuyerAction::ConfirmReceipt, BuyerAction::OpenDispute]);
    delivered.tracking_number = Some("LP00123".into());
    delivered.protection_ends_at = Some(now() + Duration::days(15));
    open_order(&mut model, delivered);
    let page = screen!(model, Order);
    assert!(page.lines.iter().any(|l| l.label == "Tracking number" && l.value == "LP00123"));
    assert!(page.lines.iter().any(|l| l.label == "Buyer protection until" && l.value == "Dec 5, 2026, 12:00 PM"));
    send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::OpenDispute } });
    let Some(OrderDialogView::Dispute { reasons, .. }) = screen!(model, Order).dialog else { panic!("reasons") };
    let labels: Vec<_> = reasons.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["It never arrived", "It isn't as described", "It's the wrong item"]);
    let tasks =
        send(&mut model, UiEvent::Orders { event: OrdersEvent::Dispute { reason: DisputeReason::NotAsDescribed } });
    assert_eq!(
        tasks,
        [Task::OrderAction { order_id: "ord_1".into(), action: OrderAction::Dispute(DisputeReason::NotAsDescribed) }]
    );
}

#[test]
fn the_refund_destination_dialog_marks_the_current_choice() {
    let mut model = signed_in();
    open_order(&mut model, order("ord_1", OrderStatus::Disputed, vec![BuyerAction::ChooseRefundDestination]));
    send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::ChooseRefundDestination } });
    let Some(OrderDialogView::RefundDestination { choices, .. }) = screen!(model, Order).dialog else { panic!() };
    assert!(choices[0].selected && choices[0].preference == RefundPreference::SameAsPayment);
    let tasks = send(
        &mut model,
        UiEvent::Orders { event: OrdersEvent::RefundTo { preference: RefundPreference::OriginalFundingSource } },
    );
    assert!(matches!(
        tasks.as_slice(),
        [Task::OrderAction { action: OrderAction::RefundTo(RefundPreference::OriginalFundingSource), .. }]
    ));
}

#[test]
fn an_order_event_from_the_service_updates_the_open_order_without_a_read() {
    let mut model = signed_in();
    open_order(&mut model, order("ord_1", OrderStatus::Paid, vec![]));
    let mut shipped = order("ord_1", OrderStatus::Shipped, vec![]);
    shipped.tracking_number = Some("LP9".into());
    let tasks = engine(&mut model, PocketEvent::OrderChanged { order: shipped });
    assert!(tasks.is_empty());
    assert_eq!(screen!(model, Order).status, "Shipped");
    let tasks = engine(
        &mut model,
        PocketEvent::BalancesChanged {
            balances: vec![Balance { currency: Currency::Usd, available: usd("1.00"), pending: usd("0") }],
        },
    );
    assert!(tasks.is_empty(), "balances come with the event: nothing is read again");
    send(&mut model, UiEvent::SelectTab { tab: Tab::Home });
    assert_eq!(screen!(model, Home).balances[0].available, "$1.00");
}
