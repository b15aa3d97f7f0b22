//! The payment password (6 digits, with its confirmation) and the security
//! questions: set up right after sign-up, changed later from settings.

use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{ButtonView, ChoiceView, FieldView, InputKind};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::security::{Purpose, QUESTIONS};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{PocketError, SecurityAnswer};
use crate::password::{
    is_payment_password_shaped, validate_new_payment_password, SecurityAnswers, MAX_SAME_DIGIT_IN_A_ROW,
    MIN_SECURITY_QUESTIONS, PAYMENT_PASSWORD_DIGITS,
};

/// Taps on the payment password screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PaymentPasswordEvent {
    /// Saves the new password.
    Submit {
        /// The current password (changing only).
        current: Option<SecretText>,
        /// The new 6 digits.
        password: SecretText,
        /// The same 6 digits again.
        confirmation: SecretText,
    },
}

/// Taps on the security questions screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SecurityQuestionsEvent {
    /// Picks the question a slot asks.
    ChooseQuestion {
        /// The slot, from 0.
        slot: u32,
        /// The id of the question's choice.
        question_id: String,
    },
    /// Saves: one answer per slot, in order.
    Submit {
        /// The answers.
        answers: Vec<SecretText>,
    },
}

/// Setting or changing the payment password.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentPasswordView {
    /// Why it exists.
    pub intro: String,
    /// What a good one is, one rule per line.
    pub rules: Vec<String>,
    /// The current password (changing only).
    pub current: Option<FieldView>,
    /// The new password.
    pub password: FieldView,
    /// The new password again.
    pub confirmation: FieldView,
    /// "Save".
    pub submit: ButtonView,
}

/// Choosing and answering security questions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SecurityQuestionsView {
    /// Why they exist.
    pub intro: String,
    /// One per question to answer.
    pub slots: Vec<QuestionSlotView>,
    /// A problem with the set as a whole.
    pub error: Option<String>,
    /// "Save".
    pub submit: ButtonView,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuestionSlotView {
    /// "Question 1".
    pub label: String,
    /// Every question; those chosen in other slots are not enabled.
    pub choices: Vec<ChoiceView>,
    /// The answer.
    pub answer: FieldView,
}

const PASSWORD_FIELDS: [&str; 4] = ["current", "payment_password", "password", "confirmation"];

pub(crate) fn on_payment_password(model: &mut Model, event: PaymentPasswordEvent) -> Vec<Task> {
    let PaymentPasswordEvent::Submit { current, password, confirmation } = event;
    let flow = &mut model.flows.payment_password;
    if flow.sending {
        return Vec::new();
    }
    flow.problem = None;
    let current = match flow.purpose {
        Purpose::Setup => None,
        Purpose::Change => {
            let typed = current.unwrap_or_default();
            if !is_payment_password_shaped(typed.expose().trim()) {
                flow.problem = Some(Problem::Check { field: Some("current"), code: "not_six_digits" });
                return Vec::new();
            }
            Some(typed)
        }
    };
    if let Err(error) = validate_new_payment_password(password.expose(), confirmation.expose()) {
        flow.problem = Some(Problem::Password(error));
        return Vec::new();
    }
    flow.sending = true;
    vec![Task::SetPaymentPassword { password, confirmation, current }]
}

pub(crate) fn on_payment_password_set(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    model.flows.payment_password.sending = false;
    if let Err(error) = result {
        let kept = place_problem(model, Problem::Engine(error), &PASSWORD_FIELDS);
        model.flows.payment_password.problem = kept;
        return Vec::new();
    }
    if let Some(profile) = &mut model.profile.last {
        profile.has_payment_password = true;
    }
    match model.flows.payment_password.purpose {
        Purpose::Setup => {
            let route = crate::app::ui::open::setup_step(model);
            model.reset_to(route.clone());
            crate::app::ui::loads::loads_for(model, &route, false)
        }
        Purpose::Change => {
            model.pop_if(&Route::PaymentPassword);
            model.notice = Some(Notice::new("notice-payment-password-changed"));
            Vec::new()
        }
    }
}

pub(crate) fn on_questions(model: &mut Model, event: SecurityQuestionsEvent) -> Vec<Task> {
    let texts = model.texts.clone();
    let flow = &mut model.flows.questions;
    if flow.sending {
        return Vec::new();
    }
    match event {
        SecurityQuestionsEvent::ChooseQuestion { slot, question_id } => {
            let slot = slot as usize;
            let known = QUESTIONS.contains(&question_id.as_str());
            let taken = flow.chosen.iter().enumerate().any(|(i, q)| i != slot && *q == question_id);
            if known && !taken && slot < flow.chosen.len() {
                flow.chosen[slot] = question_id;
                flow.problem = None;
            }
            Vec::new()
        }
        SecurityQuestionsEvent::Submit { answers } => {
            flow.problem = None;
            let pairs: Vec<(String, String)> = flow
                .chosen
                .iter()
                .zip(answers.iter().map(|a| a.expose().trim().to_string()).chain(std::iter::repeat(String::new())))
                .map(|(question, answer)| (texts.get(question), answer))
                .collect();
            if let Err(error) = SecurityAnswers::check(&pairs) {
                flow.problem = Some(Problem::Questions(error));
                return Vec::new();
            }
            flow.sending = true;
            let answers = pairs.into_iter().map(|(question, answer)| SecurityAnswer { question, answer }).collect();
            vec![Task::SetSecurityQuestions { answers }]
        }
    }
}

pub(crate) fn on_questions_set(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    model.flows.questions.sending = false;
    if let Err(error) = result {
        let kept = place_problem(model, Problem::Engine(error), &["answers"]);
        model.flows.questions.problem = kept;
        return Vec::new();
    }
    let texts = model.texts.clone();
    if let Some(profile) = &mut model.profile.last {
        profile.security_questions = model.flows.questions.chosen.iter().map(|q| texts.get(q)).collect();
    }
    match model.flows.questions.purpose {
        Purpose::Setup => {
            model.reset_to(Route::Home);
            model.notice = Some(Notice::new("notice-all-set"));
            crate::app::ui::loads::loads_for(model, &Route::Home, false)
        }
        Purpose::Change => {
            model.pop_if(&Route::SecurityQuestions);
            model.notice = Some(Notice::new("notice-questions-changed"));
            Vec::new()
        }
    }
}

pub(crate) fn payment_password_view(model: &Model, t: &Texts) -> PaymentPasswordView {
    let flow = &model.flows.payment_password;
    let enabled = !flow.sending;
    let digits = InputKind::SecretDigits { max_length: PAYMENT_PASSWORD_DIGITS as u32 };
    let field = |label: &str, names: &[&str]| {
        let mut view = FieldView::new(t.get(label), digits).enabled(enabled);
        view.error = names.iter().find_map(|name| field_error(&flow.problem, name, t));
        view
    };
    PaymentPasswordView {
        intro: t.get(match flow.purpose {
            Purpose::Setup => "payment-password-intro-setup",
            Purpose::Change => "payment-password-intro-change",
        }),
        rules: vec![
            t.fmt("payment-password-rule-digits", &[("digits", PAYMENT_PASSWORD_DIGITS.into())]),
            t.get("payment-password-rule-runs"),
            t.fmt("payment-password-rule-repeats", &[("max", MAX_SAME_DIGIT_IN_A_ROW.into())]),
        ],
        current: (flow.purpose == Purpose::Change)
            .then(|| field("payment-password-current", &["current", "payment_password", "current_password"])),
        password: field("payment-password-new", &["password"]),
        confirmation: field("payment-password-confirm", &["confirmation"]),
        submit: ButtonView::with(t.get("payment-password-submit"), true, flow.sending),
    }
}

pub(crate) fn questions_view(model: &Model, t: &Texts) -> SecurityQuestionsView {
    let flow = &model.flows.questions;
    let enabled = !flow.sending;
    let slots = flow
        .chosen
        .iter()
        .enumerate()
        .map(|(slot, chosen)| QuestionSlotView {
            label: t.fmt("questions-slot", &[("number", (slot + 1).into())]),
            choices: QUESTIONS
                .iter()
                .map(|question| ChoiceView {
                    id: question.to_string(),
                    label: t.get(question),
                    detail: None,
                    selected: chosen == question,
                    enabled: enabled && (chosen == question || !flow.chosen.iter().any(|c| c == question)),
                })
                .collect(),
            answer: FieldView::new(t.get("questions-answer"), InputKind::Password).enabled(enabled),
        })
        .collect();
    SecurityQuestionsView {
        intro: t.fmt("questions-intro", &[("min", MIN_SECURITY_QUESTIONS.into())]),
        slots,
        error: field_error(&flow.problem, "answers", t),
        submit: ButtonView::with(t.get("questions-submit"), true, flow.sending),
    }
}

#[cfg(test)]
mod tests;
