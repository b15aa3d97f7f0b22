//! The cards flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::task::{Done, Task};
use crate::app::*;
use crate::cards::{CardStatus, SaveCardChoice};

#[test]
fn a_new_card_is_not_saved_unless_the_box_is_ticked() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    send(&mut model, UiEvent::Cards { event: CardsEvent::Add });
    let form = screen!(model, AddCard);
    assert!(!form.save.checked, "the save box starts unticked");
    let submit = |number: &str| UiEvent::AddCard {
        event: AddCardEvent::Submit { number: secret(number), expiry: "12/30".into() },
    };
    assert!(send(&mut model, submit("4242 4242 4242 4241")).is_empty());
    assert_eq!(
        screen!(model, AddCard).number.error.as_deref(),
        Some("This card number isn't valid. Check it for typos.")
    );
    let tasks = send(&mut model, submit("4242 4242 4242 4242"));
    assert!(matches!(tasks.as_slice(), [Task::AddCard { save: SaveCardChoice::DoNotSave, .. }]));
    assert!(!format!("{tasks:?}{:?}", model.flows).contains("4242424242424242"), "the number never prints");
    done(&mut model, Done::CardAdded(Err(PocketError::Offline { reason: "down".into() })));
    send(&mut model, UiEvent::DismissProblem);
    send(&mut model, UiEvent::AddCard { event: AddCardEvent::SetSave { save: true } });
    assert!(screen!(model, AddCard).save.checked);
    let tasks = send(&mut model, submit("4242 4242 4242 4242"));
    assert!(matches!(tasks.as_slice(), [Task::AddCard { save: SaveCardChoice::Save, .. }]));
    done(&mut model, Done::CardAdded(Ok(card("card_new", "4242", CardStatus::Active))));
    let list = screen!(model, Cards);
    assert_eq!(list.count, "2 of 5 cards saved");
    assert_eq!(look(&model).notice.as_deref(), Some("Visa 4242 •••• 4242 is saved for next time."));
}

#[test]
fn a_sixth_card_cannot_be_saved_and_says_why() {
    let mut model = signed_in();
    model.cards.last = Some(cards(5));
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    let list = screen!(model, Cards);
    assert!(!list.add.enabled);
    assert_eq!(list.at_limit.as_deref(), Some("You have 5 cards, the most Pocket allows. Remove one to add another."));
    send(&mut model, UiEvent::Open { destination: Destination::AddCard });
    send(&mut model, UiEvent::AddCard { event: AddCardEvent::SetSave { save: true } });
    let tasks = send(
        &mut model,
        UiEvent::AddCard { event: AddCardEvent::Submit { number: secret("4242424242424242"), expiry: "12/30".into() } },
    );
    assert!(tasks.is_empty());
    let save = screen!(model, AddCard).save;
    assert_eq!(
        save.error.as_deref(),
        Some("You have 5 cards saved, the most Pocket allows. Remove one first, or leave \"Save\" unticked."),
        "an error, drawn as one, not a hint line"
    );
    assert!(save.hint.is_some_and(|hint| !hint.contains("Remove one")), "the hint stays the hint");
}

#[test]
fn a_card_is_replaced_in_one_step_even_at_five_and_a_declined_new_card_keeps_the_old() {
    let mut model = signed_in();
    model.cards.last = Some(cards(5));
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    let first = screen!(model, Cards).cards[0].clone();
    assert_eq!(first.replace.label, "Replace");
    send(&mut model, UiEvent::Cards { event: CardsEvent::Replace { card_id: first.id.clone() } });
    let form = screen!(model, AddCard);
    assert_eq!(look(&model).title, "Replace a card");
    assert!(form.replacing.unwrap().starts_with("Replaces "));
    assert!(form.save.checked && !form.save.enabled, "a replacement is bound like the card it replaces");
    let submit = AddCardEvent::Submit { number: secret("4000000000000077"), expiry: "09/31".into() };
    let tasks = send(&mut model, UiEvent::AddCard { event: submit.clone() });
    assert!(
        matches!(tasks.as_slice(), [Task::ReplaceCard { card_id, .. }] if *card_id == first.id),
        "five cards do not stop a replacement: {tasks:?}"
    );
    let declined = refused("card_declined", None, None, None);
    done(&mut model, Done::CardReplaced { card_id: first.id.clone(), result: Err(declined) });
    assert_eq!(look(&model).problem.unwrap().code, "card_declined");
    assert_eq!(model.cards.last.as_ref().unwrap().cards.len(), 5, "the old card stays");

    send(&mut model, UiEvent::DismissProblem);
    send(&mut model, UiEvent::AddCard { event: submit });
    let new_card = card("card_new", "0077", CardStatus::Active);
    done(&mut model, Done::CardReplaced { card_id: first.id.clone(), result: Ok(new_card) });
    let list = screen!(model, Cards);
    assert_eq!(list.cards.len(), 5);
    assert!(list.cards.iter().all(|c| c.id != first.id) && list.cards.iter().any(|c| c.id == "card_new"));
    assert!(look(&model).notice.unwrap().contains("0077"));
}

#[test]
fn an_expired_card_shows_as_expired_and_removing_one_asks_first() {
    let mut model = signed_in();
    model.cards.last = Some(CardsScreen {
        cards: vec![card("card_old", "1111", CardStatus::Expired)],
        max_cards: 5,
        freshness: fresh(),
    });
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    let list = screen!(model, Cards);
    assert!(list.cards[0].expired);
    assert_eq!(list.cards[0].status.as_deref(), Some("Expired: it can't pay"));
    assert!(send(&mut model, UiEvent::Cards { event: CardsEvent::Remove { card_id: "card_old".into() } }).is_empty());
    let confirm = screen!(model, Cards).confirm_remove.expect("asks first");
    assert_eq!(confirm.message, "Visa 4242 •••• 1111 will no longer be able to pay. You can add it again later.");
    send(&mut model, UiEvent::Back);
    assert!(screen!(model, Cards).confirm_remove.is_none(), "back closes the dialog, not the screen");
    send(&mut model, UiEvent::Cards { event: CardsEvent::Remove { card_id: "card_old".into() } });
    let tasks = send(&mut model, UiEvent::Cards { event: CardsEvent::ConfirmRemove });
    assert_eq!(tasks, [Task::RemoveCard { card_id: "card_old".into() }]);
    done(&mut model, Done::CardRemoved(Ok(cards(0))));
    assert_eq!(screen!(model, Cards).empty.as_deref(), Some("No cards saved yet."));
}
