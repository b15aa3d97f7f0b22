//! Forgotten passwords: the login password reset by an emailed link (from
//! the sign-in screen), and the payment password recovered by an emailed
//! link and the security answers (from settings). A link opened on the
//! phone (`pocket://reset-password?token=...`) fills the code in; the code
//! can also be typed or pasted from the email.

use crate::account::{check_login_password, normalize_email, MIN_LOGIN_PASSWORD_CHARS};
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{Autofill, ButtonView, FieldView, InputKind};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::recovery::{LinkStep, RecoverPaymentState, ResetPasswordState};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{PocketError, SecurityAnswer};
use crate::contract::accounts::{PasswordReset, PasswordResetSent, RecoveryLinkSent};
use crate::password::{validate_new_payment_password, PAYMENT_PASSWORD_DIGITS};

/// Taps on the "reset your password" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ResetPasswordEvent {
    /// "Email me a link".
    SendLink {
        /// The account's email.
        email: String,
    },
    /// "Set new password".
    Submit {
        /// The code from the email (none when a link filled it in).
        code: Option<SecretText>,
        /// The new login password.
        password: SecretText,
    },
}

/// Taps on the "forgot payment password" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RecoverPaymentPasswordEvent {
    /// "Email me a link".
    SendLink,
    /// "Set new payment password".
    Submit {
        /// The code from the email (none when a link filled it in).
        code: Option<SecretText>,
        /// One answer per question, in the order shown.
        answers: Vec<SecretText>,
        /// The new 6 digits.
        password: SecretText,
        /// The same again.
        confirmation: SecretText,
    },
}

/// Resetting a forgotten login password.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ResetPasswordView {
    /// What happens.
    pub intro: String,
    /// The account's email (not asked when a link opened the screen).
    pub email: Option<FieldView>,
    /// "Email me a link" ("Send again" once sent); not when a link opened it.
    pub send_link: Option<ButtonView>,
    /// "We sent a link to ... It works for 30 minutes." once sent.
    pub sent: Option<String>,
    /// The code from the email, once sent and unless a link filled it in.
    pub code: Option<FieldView>,
    /// The new password, once a link was sent or opened.
    pub password: Option<FieldView>,
    /// "Set new password", with the password.
    pub submit: Option<ButtonView>,
}

/// Recovering a forgotten payment password.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RecoverPaymentPasswordView {
    /// What happens (or, without security questions, why it cannot).
    pub intro: String,
    /// "Email me a link" ("Send again" once sent); absent without questions.
    pub send_link: Option<ButtonView>,
    /// "We sent a link to ..." once sent.
    pub sent: Option<String>,
    /// The code from the email, once sent and unless a link filled it in.
    pub code: Option<FieldView>,
    /// One field per security question, labelled with it.
    pub answers: Vec<FieldView>,
    /// A problem with the answers as a whole ("2 tries left").
    pub answers_error: Option<String>,
    /// The new payment password.
    pub password: Option<FieldView>,
    /// The new payment password again.
    pub confirmation: Option<FieldView>,
    /// "Set new payment password".
    pub submit: Option<ButtonView>,
    /// "Forgot your answers? Contact support" (sends
    /// `SupportEvent::ForgotSecurityAnswers`).
    pub contact_support: ButtonView,
}

const RESET_FIELDS: [&str; 4] = ["email", "code", "token", "password"];
const RECOVER_FIELDS: [&str; 5] = ["code", "token", "answers", "password", "confirmation"];

/// The field for the code from the email (the link's token), when no link
/// filled it in.
fn code_field(problem: &Option<Problem>, busy: bool, t: &Texts) -> FieldView {
    let mut code =
        FieldView::new(t.get("recovery-code"), InputKind::Text).autofill(Autofill::OneTimeCode).enabled(!busy);
    code.error = field_error(problem, "code", t).or_else(|| field_error(problem, "token", t));
    code.hint = Some(t.get("recovery-code-hint"));
    code
}

// ---- the login password ---------------------------------------------------

/// A reset link opened on the phone: the new password is all that is asked.
pub(crate) fn open_reset_link(model: &mut Model, token: &str) {
    model.flows.reset_password =
        ResetPasswordState { link: LinkStep::from_link(token), ..ResetPasswordState::default() };
    if model.signed_in {
        model.push(Route::ResetPassword);
    } else {
        model.reset_to(Route::Welcome);
        model.push(Route::SignIn);
        model.push(Route::ResetPassword);
    }
}

pub(crate) fn on_reset(model: &mut Model, event: ResetPasswordEvent) -> Vec<Task> {
    let flow = &mut model.flows.reset_password;
    if flow.link.busy() {
        return Vec::new();
    }
    flow.link.problem = None;
    match event {
        ResetPasswordEvent::SendLink { email } => {
            flow.email = email.trim().to_string();
            match normalize_email(&flow.email) {
                Ok(email) => {
                    flow.link.requesting = true;
                    vec![Task::RequestPasswordReset { email }]
                }
                Err(_) => {
                    flow.link.problem = Some(Problem::Check { field: Some("email"), code: "invalid_email" });
                    Vec::new()
                }
            }
        }
        ResetPasswordEvent::Submit { code, password } => {
            let Some(token) = flow.link.token_or(code) else {
                return Vec::new();
            };
            if let Err(error) = check_login_password(password.expose()) {
                flow.link.problem = Some(Problem::Check { field: Some("password"), code: error.code() });
                return Vec::new();
            }
            flow.link.sending = true;
            vec![Task::ResetPassword { token, password }]
        }
    }
}

pub(crate) fn on_reset_link_sent(model: &mut Model, result: Result<PasswordResetSent, PocketError>) -> Vec<Task> {
    let flow = &mut model.flows.reset_password;
    flow.link.requesting = false;
    match result {
        Ok(sent) => flow.sent_valid_minutes = Some(sent.valid_minutes),
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &RESET_FIELDS);
            model.flows.reset_password.link.problem = kept;
        }
    }
    Vec::new()
}

/// The password is new and every session ended, this phone's too: sign in
/// with it.
pub(crate) fn on_password_reset(model: &mut Model, result: Result<PasswordReset, PocketError>) -> Vec<Task> {
    model.flows.reset_password.link.sending = false;
    match result {
        Ok(reset) => {
            let was_signed_in = model.signed_in;
            model.forget_shopper();
            model.flows.sign_in.email = reset.email;
            model.reset_to(Route::Welcome);
            model.push(Route::SignIn);
            model.notice = Some(Notice::new("notice-password-reset"));
            if was_signed_in {
                vec![Task::DropSession]
            } else {
                Vec::new()
            }
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &RESET_FIELDS);
            model.flows.reset_password.link.problem = kept;
            Vec::new()
        }
    }
}

pub(crate) fn reset_view(model: &Model, t: &Texts) -> ResetPasswordView {
    let flow = &model.flows.reset_password;
    let busy = flow.link.busy();
    let from_link = flow.link.token.is_some();
    let email = (!from_link).then(|| {
        let mut email = FieldView::new(t.get("reset-password-email"), InputKind::Email)
            .autofill(Autofill::Email)
            .value(&flow.email)
            .enabled(!busy);
        email.error = field_error(&flow.link.problem, "email", t);
        email
    });
    let asks_password = flow.sent_valid_minutes.is_some() || flow.link.token.is_some();
    let code = (flow.sent_valid_minutes.is_some() && flow.link.token.is_none())
        .then(|| code_field(&flow.link.problem, busy, t));
    let password = asks_password.then(|| {
        let mut password = FieldView::new(t.get("reset-password-new"), InputKind::Password)
            .autofill(Autofill::NewPassword)
            .hint(t.fmt("sign-up-password-hint", &[("min", MIN_LOGIN_PASSWORD_CHARS.into())]))
            .enabled(!busy);
        password.error = field_error(&flow.link.problem, "password", t);
        password
    });
    let send_label = if flow.sent_valid_minutes.is_some() { "recovery-send-again" } else { "recovery-send-link" };
    ResetPasswordView {
        intro: t.get(if flow.link.token.is_some() { "reset-password-intro-link" } else { "reset-password-intro" }),
        email,
        send_link: (!from_link).then(|| ButtonView::with(t.get(send_label), !flow.link.sending, flow.link.requesting)),
        sent: flow.sent_valid_minutes.map(|minutes| {
            t.fmt("recovery-sent", &[("email", flow.email.as_str().into()), ("minutes", minutes.into())])
        }),
        code,
        password,
        submit: asks_password
            .then(|| ButtonView::with(t.get("reset-password-submit"), !flow.link.requesting, flow.link.sending)),
    }
}

// ---- the payment password -------------------------------------------------

/// A recovery link opened on the phone: the answers and the new password
/// are all that is asked. Needs a session (the link is the shopper's).
pub(crate) fn open_recover_link(model: &mut Model, token: &str) -> Vec<Task> {
    if !model.signed_in {
        model.problem = Some(Problem::Check { field: None, code: "sign_in_to_open_link" });
        return Vec::new();
    }
    model.flows.recover_payment =
        RecoverPaymentState { link: LinkStep::from_link(token), ..RecoverPaymentState::default() };
    model.reset_to(Route::Settings);
    model.push(Route::RecoverPaymentPassword);
    vec![Task::LoadProfile]
}

/// The questions to answer, as the service keeps them.
fn questions(model: &Model) -> Vec<String> {
    model.profile.last.as_ref().map(|profile| profile.security_questions.clone()).unwrap_or_default()
}

pub(crate) fn on_recover(model: &mut Model, event: RecoverPaymentPasswordEvent) -> Vec<Task> {
    let questions = questions(model);
    let flow = &mut model.flows.recover_payment;
    if flow.link.busy() {
        return Vec::new();
    }
    flow.link.problem = None;
    match event {
        RecoverPaymentPasswordEvent::SendLink => {
            flow.link.requesting = true;
            vec![Task::RequestPaymentPasswordRecovery]
        }
        RecoverPaymentPasswordEvent::Submit { code, answers, password, confirmation } => {
            let Some(token) = flow.link.token_or(code) else {
                return Vec::new();
            };
            let answers: Vec<SecurityAnswer> = questions
                .iter()
                .zip(answers.iter().map(|a| a.expose().trim().to_string()).chain(std::iter::repeat(String::new())))
                .map(|(question, answer)| SecurityAnswer { question: question.clone(), answer })
                .collect();
            if answers.is_empty() || answers.iter().any(|a| a.answer.is_empty()) {
                flow.link.problem = Some(Problem::Check { field: Some("answers"), code: "answer_every_question" });
                return Vec::new();
            }
            if let Err(error) = validate_new_payment_password(password.expose(), confirmation.expose()) {
                flow.link.problem = Some(Problem::Password(error));
                return Vec::new();
            }
            flow.link.sending = true;
            vec![Task::RecoverPaymentPassword { token, answers, password, confirmation }]
        }
    }
}

pub(crate) fn on_recovery_link_sent(model: &mut Model, result: Result<RecoveryLinkSent, PocketError>) -> Vec<Task> {
    let flow = &mut model.flows.recover_payment;
    flow.link.requesting = false;
    match result {
        Ok(sent) => {
            flow.sent_to = Some(sent.email);
            flow.expires_at = Some(sent.expires_at);
            if let Some(profile) = &mut model.profile.last {
                profile.security_questions = sent.security_questions;
            }
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &RECOVER_FIELDS);
            model.flows.recover_payment.link.problem = kept;
        }
    }
    Vec::new()
}

pub(crate) fn on_payment_password_recovered(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    model.flows.recover_payment.link.sending = false;
    match result {
        Ok(()) => {
            model.flows.recover_payment = RecoverPaymentState::default();
            if let Some(profile) = &mut model.profile.last {
                profile.has_payment_password = true;
            }
            model.pop_if(&Route::RecoverPaymentPassword);
            model.pop_if(&Route::PaymentPassword);
            model.notice = Some(Notice::new("notice-payment-password-recovered"));
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &RECOVER_FIELDS);
            model.flows.recover_payment.link.problem = kept;
        }
    }
    Vec::new()
}

pub(crate) fn recover_view(model: &Model, t: &Texts) -> RecoverPaymentPasswordView {
    let flow = &model.flows.recover_payment;
    let busy = flow.link.busy();
    let questions = questions(model);
    let has_questions = !questions.is_empty() || model.profile.last.is_none();
    let asks = flow.sent_to.is_some() || flow.link.token.is_some();
    let digits = InputKind::SecretDigits { max_length: PAYMENT_PASSWORD_DIGITS as u32 };
    let secret_field = |label: &str, field: &str| {
        let mut view = FieldView::new(t.get(label), digits).enabled(!busy);
        view.error = field_error(&flow.link.problem, field, t);
        view
    };
    let send_label = if flow.sent_to.is_some() { "recovery-send-again" } else { "recovery-send-link" };
    RecoverPaymentPasswordView {
        intro: t.get(match (has_questions, flow.link.token.is_some()) {
            (false, _) => "recover-payment-no-questions",
            (true, true) => "recover-payment-intro-link",
            (true, false) => "recover-payment-intro",
        }),
        send_link: has_questions.then(|| ButtonView::with(t.get(send_label), !flow.link.sending, flow.link.requesting)),
        sent: flow.sent_to.as_ref().map(|email| {
            let until = flow.expires_at.map(|at| t.date_time(at)).unwrap_or_default();
            t.fmt("recover-payment-sent", &[("email", email.into()), ("until", until.into())])
        }),
        code: (flow.sent_to.is_some() && flow.link.token.is_none()).then(|| code_field(&flow.link.problem, busy, t)),
        answers: if asks {
            questions.iter().map(|q| FieldView::new(q.clone(), InputKind::Password).enabled(!busy)).collect()
        } else {
            Vec::new()
        },
        answers_error: field_error(&flow.link.problem, "answers", t),
        password: asks.then(|| secret_field("payment-password-new", "password")),
        confirmation: asks.then(|| secret_field("payment-password-confirm", "confirmation")),
        submit: asks
            .then(|| ButtonView::with(t.get("recover-payment-submit"), !flow.link.requesting, flow.link.sending)),
        contact_support: ButtonView::with(t.get("recover-payment-contact-support"), !busy, false),
    }
}

#[cfg(test)]
mod tests;
