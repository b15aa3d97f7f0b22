//! Where a money action is once the shopper confirmed it: on the wire,
//! waiting for the SMS code a card's bank sent or for the shopper on her
//! bank's page, or saved on the phone for the outbox to send when the
//! network is back. Paying and topping up share it.

use crate::app::ui::model::{Model, Notice};
use crate::app::ui::parts::{
    Autofill, BankCodeEvent, BankCodeView, BankPageView, ButtonView, CodedAction, FieldView, InputKind, SendingView,
};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::sending::SendState;
use crate::app::ui::task::Task;
use crate::app::ui::text::{field_error, Problem, Texts};
use crate::app::PocketError;

/// The fields a code refusal may name on the pay and top-up screens.
const CODE_FIELDS: [&str; 1] = ["one_time_code"];

/// The tasks a bank-code event starts for a flow whose action waits in
/// `state`: the action completed with the code (`complete`), or a new
/// code asked for. `problem` is the flow's: a blank code is refused there.
pub(crate) fn on_bank_code(
    state: &mut SendState,
    problem: &mut Option<Problem>,
    event: BankCodeEvent,
    complete: impl FnOnce(String, SecretText) -> Task,
) -> Vec<Task> {
    match event {
        BankCodeEvent::Submit { code } => {
            state.submit_code(&code, problem).map(|action_id| complete(action_id, code)).into_iter().collect()
        }
        BankCodeEvent::Resend => {
            *problem = None;
            state.resend_code().map(|action_id| Task::ResendCode { action_id }).into_iter().collect()
        }
    }
}

/// Where the flow's confirmed `action` is, as the pay and top-up screens
/// show it; `problem` is the flow's, for a refused SMS code.
pub(crate) fn sending_view(
    action: CodedAction,
    state: &SendState,
    problem: &Option<Problem>,
    t: &Texts,
) -> SendingView {
    SendingView { action, bank_code: bank_code_view(state, problem, t), saved: state.waiting_message(t) }
}

/// The SMS code step, while the card's bank asks for a code: the field
/// (with the flow's refusal of the last code), "Confirm", "Send a new code".
fn bank_code_view(state: &SendState, problem: &Option<Problem>, t: &Texts) -> Option<BankCodeView> {
    if !state.shows_code() {
        return None;
    }
    let mut code = FieldView::new(t.get("bank-code"), InputKind::SecretDigits { max_length: 8 })
        .autofill(Autofill::OneTimeCode)
        .hint(t.get("bank-code-hint"))
        .enabled(state.awaits_code().is_some());
    code.error = field_error(problem, CODE_FIELDS[0], t);
    Some(BankCodeView {
        code,
        submit: ButtonView::with(t.get("bank-code-submit"), true, state.is_busy()),
        resend: ButtonView::with(t.get("code-resend"), state.awaits_code().is_some(), state.is_resending()),
    })
}

/// Shows the answer to "send a new code": a notice that it is on its way,
/// or the refusal (too soon, too many) on the code field.
pub(crate) fn show_code_resent(
    model: &mut Model,
    resent: Result<bool, PocketError>,
    set_problem: impl FnOnce(&mut Model, Option<Problem>),
) {
    match resent {
        Ok(true) => model.notice = Some(Notice::new("notice-code-sent")),
        Ok(false) => {}
        Err(error) => {
            let kept = crate::app::ui::model::place_problem(model, Problem::Engine(error), &CODE_FIELDS);
            set_problem(model, kept);
        }
    }
}

/// The view of the bank's page a charge waits on, if it does.
pub(crate) fn bank_page_view(state: &SendState, t: &Texts) -> Option<BankPageView> {
    let url = state.bank_page()?;
    Some(BankPageView {
        message: t.get("bank-page-message"),
        open: ButtonView::new(t.get("bank-page-open")),
        url: url.to_string(),
    })
}
