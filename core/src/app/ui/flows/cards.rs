//! Cards: the list (brand, first 4 and last 4, expiry, expired), adding one
//! with the "save this card" box unticked until the shopper ticks it, and
//! removing one after a confirmation.

use crate::app::ui::describe::card_label;
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{Autofill, ButtonView, ConfirmView, FieldView, InputKind, ToggleView};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::cards::{AddCardPurpose, AddCardState};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{Card, CardsScreen, PocketError};
use crate::cards::{check_can_bind, CardExpiry, CardNumber, CardStatus, SaveCardChoice, MAX_BOUND_CARDS};

/// Taps on the cards list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CardsEvent {
    /// "Add a card".
    Add,
    /// "Remove" on a card: asks first.
    Remove {
        /// The card.
        card_id: String,
    },
    /// "Remove" in the confirmation dialog.
    ConfirmRemove,
    /// "Keep it" in the confirmation dialog.
    CancelRemove,
    /// "Replace" on a card: a new card in its place, in one step.
    Replace {
        /// The card to replace.
        card_id: String,
    },
}

/// Taps on the add-card screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AddCardEvent {
    /// The "save this card" box was ticked or unticked.
    SetSave {
        /// The box's new state.
        save: bool,
    },
    /// "Add card".
    Submit {
        /// The card number (never stored on the phone).
        number: SecretText,
        /// `MM/YY`.
        expiry: String,
    },
}

/// The cards list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardsView {
    /// Bound cards.
    pub cards: Vec<CardView>,
    /// "2 of 5 cards saved".
    pub count: String,
    /// "Add a card" (not enabled at the limit).
    pub add: ButtonView,
    /// Why no more can be added, at the limit.
    pub at_limit: Option<String>,
    /// The removal's confirmation dialog.
    pub confirm_remove: Option<ConfirmView>,
    /// "No cards saved yet".
    pub empty: Option<String>,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// One card.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardView {
    /// Its id, for `Remove`.
    pub id: String,
    /// "Visa".
    pub brand: String,
    /// "4242 •••• 4242".
    pub number: String,
    /// "Expires 12/30".
    pub expiry: String,
    /// Whether it is expired (cannot pay; can be removed).
    pub expired: bool,
    /// "Expired: it cannot pay".
    pub status: Option<String>,
    /// "Remove".
    pub remove: ButtonView,
    /// "Replace" (sends `CardsEvent::Replace`).
    pub replace: ButtonView,
}

/// Adding a card.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AddCardView {
    /// The card number.
    pub number: FieldView,
    /// The expiry.
    pub expiry: FieldView,
    /// "Save this card for next time": unticked until ticked.
    pub save: ToggleView,
    /// "The number is exchanged for a token ... never stored on this phone."
    pub note: String,
    /// "Replaces Visa 4242 •••• 4242 ..." when it replaces a card.
    pub replacing: Option<String>,
    /// "Add card".
    pub submit: ButtonView,
}

pub(crate) fn on_cards(model: &mut Model, event: CardsEvent) -> Vec<Task> {
    let flow = &mut model.flows.cards;
    match event {
        CardsEvent::Add => {
            model.flows.add_card = AddCardState::for_purpose(AddCardPurpose::Cards);
            model.push(Route::AddCard);
            Vec::new()
        }
        CardsEvent::Replace { card_id } => {
            model.flows.add_card = AddCardState {
                save: true,
                replacing: Some(card_id),
                ..AddCardState::for_purpose(AddCardPurpose::Cards)
            };
            model.push(Route::AddCard);
            Vec::new()
        }
        CardsEvent::Remove { card_id } => {
            if flow.removing.is_none() {
                flow.confirm_remove = Some(card_id);
            }
            Vec::new()
        }
        CardsEvent::CancelRemove => {
            flow.confirm_remove = None;
            Vec::new()
        }
        CardsEvent::ConfirmRemove => {
            let Some(card_id) = flow.confirm_remove.take() else { return Vec::new() };
            flow.removing = Some(card_id.clone());
            vec![Task::RemoveCard { card_id }]
        }
    }
}

pub(crate) fn on_card_removed(model: &mut Model, result: Result<CardsScreen, PocketError>) -> Vec<Task> {
    model.flows.cards.removing = None;
    match result {
        Ok(screen) => {
            model.cards.finish(Ok(screen));
            model.notice = Some(Notice::new("notice-card-removed"));
        }
        Err(error) => model.problem = Some(Problem::Engine(error)),
    }
    Vec::new()
}

pub(crate) fn on_add_card(model: &mut Model, event: AddCardEvent) -> Vec<Task> {
    let today = model.now.date_naive();
    let bound = model.cards.last.as_ref().map(|screen| screen.cards.len()).unwrap_or(0);
    let flow = &mut model.flows.add_card;
    if flow.sending {
        return Vec::new();
    }
    match event {
        AddCardEvent::SetSave { save } => {
            // A replacement is bound like the card it replaces.
            flow.save = save || flow.replacing.is_some();
            flow.problem = None;
            Vec::new()
        }
        AddCardEvent::Submit { number, expiry } => {
            flow.expiry = expiry.trim().to_string();
            flow.problem = None;
            if let Err(error) = CardNumber::parse(number.expose()) {
                flow.problem = Some(Problem::Card(error));
                return Vec::new();
            }
            let expiry_ok = CardExpiry::parse(&flow.expiry).and_then(|expiry| expiry.can_pay(today));
            if let Err(error) = expiry_ok {
                flow.problem = Some(Problem::Card(error));
                return Vec::new();
            }
            if let Some(card_id) = flow.replacing.clone() {
                flow.sending = true;
                return vec![Task::ReplaceCard { card_id, number, expiry: flow.expiry.clone() }];
            }
            if flow.save {
                if let Err(error) = check_can_bind(bound) {
                    flow.problem = Some(Problem::Card(error));
                    return Vec::new();
                }
            }
            flow.sending = true;
            let save = if flow.save { SaveCardChoice::Save } else { SaveCardChoice::DoNotSave };
            vec![Task::AddCard { number, expiry: flow.expiry.clone(), save }]
        }
    }
}

/// The card form's answer: the card, or `None` with the refusal shown on
/// the form (on the number or expiry when it names one).
fn card_answered(model: &mut Model, result: Result<Card, PocketError>) -> Option<Card> {
    model.flows.add_card.sending = false;
    match result {
        Ok(card) => Some(card),
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &["number", "expiry"]);
            model.flows.add_card.problem = kept;
            None
        }
    }
}

pub(crate) fn on_card_added(model: &mut Model, result: Result<Card, PocketError>) -> Vec<Task> {
    let Some(card) = card_answered(model, result) else {
        return Vec::new();
    };
    if card.saved {
        if let Some(screen) = &mut model.cards.last {
            screen.cards.retain(|c| c.id != card.id);
            screen.cards.push(card.clone());
        }
    }
    let label = card_label(&card, &model.texts);
    let purpose = model.flows.add_card.purpose;
    model.pop_if(&Route::AddCard);
    model.flows.add_card = AddCardState::default();
    match purpose {
        AddCardPurpose::Cards => {}
        AddCardPurpose::Payment => model.flows.pay.use_card(card.clone()),
        AddCardPurpose::TopUp => model.flows.top_up.use_card(card.clone()),
    }
    let id = if card.saved { "notice-card-saved" } else { "notice-card-one-off" };
    model.notice = Some(Notice::with(id, vec![("card", label)]));
    Vec::new()
}

pub(crate) fn on_card_replaced(model: &mut Model, old_card_id: &str, result: Result<Card, PocketError>) -> Vec<Task> {
    let Some(card) = card_answered(model, result) else {
        return Vec::new();
    };
    if let Some(screen) = &mut model.cards.last {
        screen.cards.retain(|c| c.id != old_card_id && c.id != card.id);
        screen.cards.push(card.clone());
    }
    let label = card_label(&card, &model.texts);
    model.pop_if(&Route::AddCard);
    model.flows.add_card = AddCardState::default();
    model.notice = Some(Notice::with("notice-card-replaced", vec![("card", label)]));
    Vec::new()
}

pub(crate) fn cards_view(model: &Model, t: &Texts) -> CardsView {
    let flow = &model.flows.cards;
    let cards = model.cards.last.as_ref().map(|screen| screen.cards.as_slice()).unwrap_or_default();
    let max = model.cards.last.as_ref().map(|screen| screen.max_cards).unwrap_or(MAX_BOUND_CARDS as u32);
    let at_limit = cards.len() as u32 >= max;
    let confirm_remove =
        flow.confirm_remove.as_ref().and_then(|id| cards.iter().find(|c| &c.id == id)).map(|card| ConfirmView {
            title: t.get("cards-remove-title"),
            message: t.fmt("cards-remove-message", &[("card", card_label(card, t).into())]),
            confirm_label: t.get("cards-remove-confirm"),
            cancel_label: t.get("cards-remove-cancel"),
            destructive: true,
        });
    CardsView {
        cards: cards
            .iter()
            .map(|card| {
                let expired = card.status == CardStatus::Expired;
                let removing = flow.removing.as_deref() == Some(card.id.as_str());
                CardView {
                    id: card.id.clone(),
                    brand: card.brand.display_name().to_string(),
                    number: t.fmt(
                        "card-number",
                        &[("first4", card.first4.as_str().into()), ("last4", card.last4.as_str().into())],
                    ),
                    expiry: t.fmt("card-expires", &[("expiry", card.expiry.as_str().into())]),
                    expired,
                    status: expired.then(|| t.get("card-expired")),
                    remove: ButtonView::with(t.get("cards-remove"), flow.removing.is_none(), removing),
                    replace: ButtonView::with(t.get("cards-replace"), flow.removing.is_none(), false),
                }
            })
            .collect(),
        count: t.fmt("cards-count", &[("count", cards.len().into()), ("max", max.into())]),
        add: ButtonView::with(t.get("cards-add"), !at_limit, false),
        at_limit: at_limit.then(|| t.fmt("cards-at-limit", &[("max", max.into())])),
        confirm_remove,
        empty: (cards.is_empty() && model.cards.last.is_some()).then(|| t.get("cards-empty")),
        loading: model.cards.is_loading_first(),
    }
}

pub(crate) fn add_card_view(model: &Model, t: &Texts) -> AddCardView {
    let flow = &model.flows.add_card;
    let enabled = !flow.sending;
    let mut number = FieldView::new(t.get("add-card-number"), InputKind::SecretDigits { max_length: 19 })
        .autofill(Autofill::CardNumber)
        .enabled(enabled);
    number.error = field_error(&flow.problem, "number", t);
    let mut expiry = FieldView::new(t.get("add-card-expiry"), InputKind::Digits { max_length: 7 })
        .autofill(Autofill::CardExpiry)
        .value(&flow.expiry)
        .hint(t.get("add-card-expiry-hint"))
        .enabled(enabled);
    expiry.error = field_error(&flow.problem, "expiry", t);
    let save_error = model.flows.add_card.problem.as_ref().filter(|p| p.field().is_none()).map(|p| p.view(t).message);
    AddCardView {
        number,
        expiry,
        save: ToggleView {
            label: t.get("add-card-save"),
            checked: flow.save,
            hint: Some(t.fmt("add-card-save-hint", &[("max", MAX_BOUND_CARDS.into())])),
            error: save_error,
            enabled: enabled && flow.replacing.is_none(),
        },
        note: t.get("add-card-note"),
        replacing: flow.replacing.as_ref().map(|id| {
            let cards = model.cards.last.as_ref().map(|s| s.cards.as_slice()).unwrap_or_default();
            let old = cards.iter().find(|card| &card.id == id).map(|card| card_label(card, t)).unwrap_or_default();
            t.fmt("add-card-replacing", &[("card", old.into())])
        }),
        submit: ButtonView::with(
            t.get(if flow.replacing.is_some() { "add-card-replace-submit" } else { "add-card-submit" }),
            true,
            flow.sending,
        ),
    }
}

#[cfg(test)]
mod tests;
