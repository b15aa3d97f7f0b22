//! The history flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::task::{Done, Task};
use crate::app::*;
use crate::contract::shop::RefundReceipt;
use crate::contract::wallet::{Direction, JournalCode, MovementSource};

/// Opens the history holding one $3.99 refund of `order_id` that went to
/// `source`; its row, as drawn.
fn history_with_a_refund(model: &mut Model, order_id: &str, source: MovementSource) -> HistoryRowView {
    let refund = HistoryEntry {
        journal_id: 9,
        kind: JournalCode::Refund,
        direction: Direction::In,
        amount: usd("3.99"),
        at: now(),
        reference: order_id.into(),
        receipt: Some(format!("/v1/orders/{order_id}/refund-receipt")),
        source,
    };
    send(model, UiEvent::Open { destination: Destination::History });
    done(model, Done::History(Ok(HistoryScreen { entries: vec![refund], freshness: fresh() })));
    screen!(model, History).entries[0].clone()
}

/// The refund's receipt as the service sends it: `refunded_to`, and the
/// top-up (its id, rail and provider) when it went back through one.
fn refund_receipt(order_id: &str, refunded_to: &str, top_up: Option<(&str, &str, &str)>) -> RefundReceipt {
    RefundReceipt {
        order_id: order_id.into(),
        amount: usd("3.99"),
        refunded_to: refunded_to.into(),
        top_up_id: top_up.map(|(id, _, _)| id.into()),
        rail: top_up.map(|(_, rail, _)| rail.into()),
        provider: top_up.map(|(_, _, provider)| provider.into()),
        refunded_at: now(),
    }
}

#[test]
fn a_refund_in_the_history_opens_its_own_receipt_naming_the_top_up_it_went_back_through() {
    let mut model = signed_in();
    let row = history_with_a_refund(&mut model, "ord_1", MovementSource::TopUpSource);
    assert_eq!(row.source, "Where you topped up from");
    let tasks = send(
        &mut model,
        UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: row.receipt_order_id.unwrap() } },
    );
    assert_eq!(model.route(), Some(&Route::RefundReceipt { order_id: "ord_1".into() }));
    assert!(tasks.contains(&Task::LoadRefundReceipt { order_id: "ord_1".into() }));
    let receipt = refund_receipt("ord_1", "top_up_source", Some(("top_7", "e_wallet", "qiwi")));
    done(&mut model, Done::RefundReceipt { order_id: "ord_1".into(), result: Ok(receipt) });
    assert_eq!(look(&model).title, "Refund receipt");
    let lines: Vec<_> = screen!(model, Receipt).lines.into_iter().map(|l| (l.label, l.value)).collect();
    assert!(lines.contains(&("Refunded to".into(), "Qiwi".into())), "{lines:?}");
    assert!(lines.contains(&("Through the top-up".into(), "top_7".into())), "{lines:?}");
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn a_card_payments_receipt_words_the_card_as_every_other_screen_does() {
    let mut model = signed_in();
    let card = crate::contract::shop::ReceiptCard {
        id: "card_1".into(),
        brand: "visa".into(),
        masked: "4599 **** **** 8411".into(),
        first4: "4599".into(),
        last4: "8411".into(),
    };
    let paid = Receipt { method: crate::contract::shop::PaymentMethod::Card, card: Some(card), ..receipt("ord_1") };
    let ready = crate::app::ui::model::Loadable { last: Some(paid), status: crate::app::ui::model::LoadStatus::Ready };
    model.receipts.insert("ord_1".into(), ready);
    model.push(Route::Receipt { order_id: "ord_1".into() });
    let lines: Vec<_> = screen!(model, Receipt).lines.into_iter().map(|l| (l.label, l.value)).collect();
    assert!(lines.contains(&("Card".into(), "Visa 4599 •••• 8411".into())), "{lines:?}");
}

#[test]
fn a_refund_to_the_balance_says_so_on_its_receipt() {
    let mut model = signed_in();
    let row = history_with_a_refund(&mut model, "ord_2", MovementSource::Balance);
    send(&mut model, UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: row.receipt_order_id.unwrap() } });
    let receipt = refund_receipt("ord_2", "pocket_balance", None);
    done(&mut model, Done::RefundReceipt { order_id: "ord_2".into(), result: Ok(receipt) });
    let lines: Vec<_> = screen!(model, Receipt).lines.into_iter().map(|l| (l.label, l.value)).collect();
    assert!(lines.contains(&("Refunded to".into(), "Your Pocket balance".into())), "{lines:?}");
}

#[test]
fn history_shows_a_page_at_a_time_and_opens_receipts() {
    let mut model = signed_in();
    let entry = |i: i64| HistoryEntry {
        journal_id: i,
        kind: if i % 2 == 0 { JournalCode::Payment } else { JournalCode::TopUp },
        direction: if i % 2 == 0 { Direction::Out } else { Direction::In },
        amount: usd("3.99"),
        at: now(),
        reference: format!("ord_{i}"),
        receipt: (i % 2 == 0).then(|| format!("/v1/orders/ord_{i}/receipt")),
        source: MovementSource::Balance,
    };
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Ok(HistoryScreen { entries: (0..450).map(entry).collect(), freshness: fresh() })));
    let history = screen!(model, History);
    assert_eq!(history.entries.len(), 200);
    assert_eq!(history.entries[0].title, "Payment for an order");
    assert_eq!(history.entries[0].amount, "−$3.99");
    assert_eq!(history.entries[1].amount, "+$3.99");
    assert_eq!(history.more.as_ref().unwrap().label, "Show 200 more");
    send(&mut model, UiEvent::History { event: HistoryEvent::ShowMore });
    send(&mut model, UiEvent::History { event: HistoryEvent::ShowMore });
    let history = screen!(model, History);
    assert_eq!((history.entries.len(), history.more), (450, None));
    let tasks = send(&mut model, UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: "ord_0".into() } });
    assert_eq!(tasks, [Task::LoadReceipt { order_id: "ord_0".into() }]);
    assert!(screen!(model, Receipt).loading);
    done(&mut model, Done::Receipt { order_id: "ord_0".into(), result: Ok(receipt("ord_0")) });
    let receipt = screen!(model, Receipt);
    assert!(receipt.lines.iter().any(|l| l.label == "Paid with" && l.value == "Pocket balance"));
    assert!(receipt.support.contains("Contact support with this receipt"));
}
