//! Sending money to another Pocket user, from a balance, with the payment
//! password.

use crate::account::normalize_email;
use crate::app::ui::model::place_problem;
use crate::app::ui::model::Model;
use crate::app::ui::parts::{ButtonView, ChoiceView, FieldView, InputKind};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::sending::{Outcome, SendState};
use crate::app::ui::state::transfer::TransferState;
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{ActionKind, PocketError, Transfer};
use crate::money::{Currency, Money};
use crate::password::{is_payment_password_shaped, PAYMENT_PASSWORD_DIGITS};

const FIELDS: [&str; 4] = ["to_email", "amount", "note", "payment_password"];

/// Taps on the transfer screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum TransferEvent {
    /// Chooses the balance by the id of its choice (the ISO code).
    ChooseCurrency { id: String },
    /// "Send".
    Submit { to_email: String, amount: String, note: String, payment_password: SecretText },
    /// Starts another after one was sent.
    Another,
}

/// The transfer screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct TransferView {
    pub to_email: FieldView,
    /// The balances that can send; ids are ISO codes for `ChooseCurrency`.
    pub currencies: Vec<ChoiceView>,
    pub amount: FieldView,
    pub note: FieldView,
    pub password: FieldView,
    /// "Send".
    pub submit: ButtonView,
    /// Saved on the phone, being sent.
    pub saved: Option<String>,
    /// "Sent $10.00 to joao@example.com".
    pub result: Option<String>,
    /// "Send another".
    pub another: Option<ButtonView>,
}

pub(crate) fn on_event(model: &mut Model, event: TransferEvent) -> Vec<Task> {
    let texts = model.texts.clone();
    let flow = &mut model.flows.transfer;
    match event {
        TransferEvent::ChooseCurrency { id } => {
            if flow.editing() {
                flow.currency = Currency::from_code(&id).ok().or(flow.currency);
            }
            Vec::new()
        }
        TransferEvent::Another => {
            *flow = TransferState { currency: flow.currency, ..TransferState::default() };
            Vec::new()
        }
        TransferEvent::Submit { to_email, amount, note, payment_password } => {
            if !flow.editing() {
                return Vec::new();
            }
            flow.to_email = to_email.trim().to_string();
            flow.amount = amount.trim().to_string();
            flow.note = note.trim().to_string();
            flow.problem = None;
            let checked = normalize_email(&flow.to_email)
                .map_err(|_| Problem::Check { field: Some("to_email"), code: "invalid_email" })
                .and_then(|email| {
                    let amount = texts
                        .parse_amount(&flow.amount, flow.currency.unwrap_or(Currency::Usd))
                        .and_then(Money::require_positive)
                        .map_err(|error| Problem::Money { field: "amount", error })?;
                    Ok((email, amount))
                })
                .and_then(|checked| {
                    if is_payment_password_shaped(payment_password.expose()) {
                        Ok(checked)
                    } else {
                        Err(Problem::Check { field: Some("payment_password"), code: "not_six_digits" })
                    }
                });
            match checked {
                Ok((to_email, amount)) => {
                    flow.sending = SendState::Sending;
                    vec![Task::Transfer { to_email, amount, note: flow.note.clone(), password: payment_password }]
                }
                Err(problem) => {
                    flow.problem = Some(problem);
                    Vec::new()
                }
            }
        }
    }
}

pub(crate) fn on_transferred(model: &mut Model, result: Result<Transfer, PocketError>) -> Vec<Task> {
    match model.flows.transfer.sending.answered(result.map(Outcome::Done)) {
        Ok(Some(transfer)) => model.flows.transfer.done = Some(transfer),
        Ok(None) => {}
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &FIELDS);
            model.flows.transfer.problem = kept;
        }
    }
    Vec::new()
}

/// A saved transfer left the outbox: sent (or refused; the history says).
pub(crate) fn on_pending_changed(model: &mut Model) {
    if model.flows.transfer.sending.left_outbox(&model.pending) {
        model.flows.transfer = TransferState::default();
    }
}

/// After the app was killed while a transfer was being sent.
pub(crate) fn restore(model: &mut Model) {
    let newest = model.pending.iter().rev().find(|action| action.kind == ActionKind::Transfer);
    model.flows.transfer.sending.restore(newest);
    on_pending_changed(model);
}

pub(crate) fn view(model: &Model, t: &Texts) -> TransferView {
    let flow = &model.flows.transfer;
    let editing = flow.editing();
    let currency = flow.currency.unwrap_or(Currency::Usd);
    let field = |label: &str, input: InputKind, value: &str, name: &str| {
        let mut view = FieldView::new(t.get(label), input).value(value).enabled(editing);
        view.error = field_error(&flow.problem, name, t);
        view
    };
    let balances = model.wallet.last.as_ref().map(|wallet| wallet.balances.as_slice()).unwrap_or_default();
    let currencies = balances
        .iter()
        .map(|balance| ChoiceView {
            id: balance.currency.code().to_string(),
            label: balance.currency.code().to_string(),
            detail: Some(t.fmt("pay-source-available", &[("amount", t.money(balance.available).into())])),
            selected: balance.currency == currency,
            enabled: editing && !balance.available.is_zero(),
        })
        .collect();
    let result = flow.done.as_ref().map(|transfer| {
        t.fmt(
            "transfer-sent",
            &[("amount", t.money(transfer.amount).into()), ("email", transfer.to_email.as_str().into())],
        )
    });
    TransferView {
        to_email: field("transfer-to", InputKind::Email, &flow.to_email, "to_email"),
        currencies,
        amount: field("transfer-amount", InputKind::Amount, &flow.amount, "amount")
            .hint(t.fmt("transfer-amount-hint", &[("currency", currency.code().into())])),
        note: field("transfer-note", InputKind::Text, &flow.note, "note"),
        password: field(
            "transfer-password",
            InputKind::SecretDigits { max_length: PAYMENT_PASSWORD_DIGITS as u32 },
            "",
            "payment_password",
        ),
        submit: ButtonView::with(t.get("transfer-submit"), editing, flow.sending == SendState::Sending),
        saved: flow.sending.saved().map(|_| t.get("money-action-saved")),
        another: result.is_some().then(|| ButtonView::new(t.get("transfer-another"))),
        result,
    }
}

#[cfg(test)]
mod tests;
