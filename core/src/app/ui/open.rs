//! How one flow opens another: the state it starts with, the screen and
//! what it needs loaded. Below the flows, so sign-in can send the shopper
//! to setting a payment password, or checkout to paying, without knowing
//! those flows.

use super::loads::{load, reload};
use super::model::{Model, Route};
use super::state::pay::PayState;
use super::state::recovery::{RecoverPaymentState, ResetPasswordState};
use super::state::security::{PaymentPasswordState, QuestionsState};
use super::task::Task;
use crate::limits::VerificationLevel;
use crate::password::MIN_SECURITY_QUESTIONS;

/// Where a signed-in shopper goes next: the email first, then the payment
/// password, then the security questions, then home. The setup screens
/// are readied for a first-time setup.
pub(crate) fn setup_step(model: &mut Model) -> Route {
    let Some(profile) = &model.profile.last else { return Route::Home };
    if profile.level == VerificationLevel::Unverified {
        Route::CheckEmail
    } else if !profile.has_payment_password {
        model.flows.payment_password = PaymentPasswordState::setup();
        Route::PaymentPassword
    } else if profile.security_questions.len() < MIN_SECURITY_QUESTIONS {
        model.flows.questions = QuestionsState::setup();
        Route::SecurityQuestions
    } else {
        Route::Home
    }
}

/// The login password's reset, from sign-in, with the email typed there.
pub(crate) fn reset_password(model: &mut Model) {
    let email = model.flows.sign_in.email.clone();
    model.flows.reset_password = ResetPasswordState { email, ..ResetPasswordState::default() };
    model.push(Route::ResetPassword);
}

/// The payment password's recovery (from settings or the payment password
/// form).
pub(crate) fn recover_payment_password(model: &mut Model) {
    model.flows.recover_payment = RecoverPaymentState::default();
    model.push(Route::RecoverPaymentPassword);
}

/// Paying `order_ids` (a checkout's orders), on the screen already shown.
pub(crate) fn payment(model: &mut Model, order_ids: Vec<String>) -> Vec<Task> {
    model.flows.pay = PayState { order_ids, ..PayState::default() };
    // The balances must be fresh: they decide which sources can pay.
    let mut tasks = reload(model, Task::LoadWallet);
    tasks.extend(load(model, Task::LoadCards));
    tasks
}

/// Paying one order (from its page).
pub(crate) fn order_payment(model: &mut Model, order_id: String) -> Vec<Task> {
    model.push(Route::Pay);
    payment(model, vec![order_id])
}
