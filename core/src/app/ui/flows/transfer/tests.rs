//! The transfer flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::task::{Done, Task};
use crate::app::*;

#[test]
fn a_transfer_checks_the_email_and_password_then_says_what_was_sent() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::Transfer });
    let submit = |to: &str, amount: &str, password: &str| UiEvent::Transfer {
        event: TransferEvent::Submit {
            to_email: to.into(),
            amount: amount.into(),
            note: "lunch".into(),
            payment_password: secret(password),
        },
    };
    assert!(send(&mut model, submit("joao", "10", "381947")).is_empty());
    assert_eq!(
        screen!(model, Transfer).to_email.error.as_deref(),
        Some("Enter an email address like maria@example.com.")
    );
    assert!(send(&mut model, submit("joao@example.com", "0", "381947")).is_empty());
    assert_eq!(screen!(model, Transfer).amount.error.as_deref(), Some("Enter an amount above zero."));
    let tasks = send(&mut model, submit("Joao@Example.com", "10.50", "381947"));
    let [Task::Transfer { to_email, amount, .. }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!((to_email.as_str(), *amount), ("joao@example.com", usd("10.50")));
    let sent = Transfer {
        id: "trf_1".into(),
        amount: usd("10.50"),
        to_email: "joao@example.com".into(),
        note: "lunch".into(),
        created_at: now(),
    };
    done(&mut model, Done::Transferred(Ok(sent)));
    assert_eq!(screen!(model, Transfer).result.as_deref(), Some("Sent $10.50 to joao@example.com."));
}
