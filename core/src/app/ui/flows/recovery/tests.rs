//! The recovery flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::Duration;

use crate::app::ui::destination::Destination;
use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Route;
use crate::app::ui::persist::SavedUi;
use crate::app::ui::task::{Done, Task};
use crate::contract::accounts::{PasswordReset, PasswordResetSent, RecoveryLinkSent};

#[test]
fn a_forgotten_login_password_is_reset_from_sign_in_with_the_emailed_code_then_sign_in_again() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    assert_eq!(screen!(model, SignIn).forgot_password.label, "Forgot your password?");
    send(&mut model, UiEvent::SignIn { event: SignInEvent::ForgotPassword { email: " maria@example.com ".into() } });
    let reset = screen!(model, ResetPassword);
    assert_eq!(reset.email.unwrap().value, "maria@example.com", "the email typed at sign-in is kept");
    assert!(reset.password.is_none() && reset.code.is_none(), "nothing more is asked before the link is sent");
    assert!(look(&model).secure);

    let tasks = send(
        &mut model,
        UiEvent::ResetPassword { event: ResetPasswordEvent::SendLink { email: "maria@example.com".into() } },
    );
    assert_eq!(tasks, [Task::RequestPasswordReset { email: "maria@example.com".into() }]);
    assert!(screen!(model, ResetPassword).send_link.unwrap().busy);
    done(&mut model, Done::PasswordResetSent(Ok(PasswordResetSent { sent: true, valid_minutes: 30 })));
    let reset = screen!(model, ResetPassword);
    assert_eq!(
        reset.sent.as_deref(),
        Some("If maria@example.com has a Pocket account, a link is on its way. It works for 30 minutes.")
    );
    assert_eq!(reset.send_link.unwrap().label, "Send again");

    let short = ResetPasswordEvent::Submit { code: Some(secret(" 0a1b ")), password: secret("short") };
    assert!(send(&mut model, UiEvent::ResetPassword { event: short }).is_empty());
    let reset = screen!(model, ResetPassword);
    assert_eq!(reset.password.unwrap().error.as_deref(), Some("Use at least 8 characters."));
    let submit = ResetPasswordEvent::Submit { code: Some(secret(" 0a1b ")), password: secret("staple battery") };
    let tasks = send(&mut model, UiEvent::ResetPassword { event: submit });
    let [Task::ResetPassword { token, .. }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(token.expose(), "0a1b", "a pasted code loses its spaces");

    let used = refused("recovery_link_used", None, None, None);
    done(&mut model, Done::PasswordReset(Err(used)));
    assert_eq!(look(&model).problem.unwrap().hint.as_deref(), Some("Send a new link from this screen."));
    send(&mut model, UiEvent::DismissProblem);
    send(
        &mut model,
        UiEvent::ResetPassword {
            event: ResetPasswordEvent::Submit { code: Some(secret("0a1c")), password: secret("staple battery") },
        },
    );
    let reset = PasswordReset { email: "maria@example.com".into(), sessions_ended: 2 };
    done(&mut model, Done::PasswordReset(Ok(reset)));
    assert_eq!(screen!(model, SignIn).email.value, "maria@example.com");
    assert_eq!(
        look(&model).notice.as_deref(),
        Some("Your password is changed and every phone was signed out. Sign in with the new one.")
    );
    assert_eq!(model.stack, [Route::Welcome, Route::SignIn]);
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn a_reset_link_opened_on_the_phone_asks_only_for_the_new_password_and_signs_this_phone_out() {
    let mut model = signed_in();
    send(&mut model, UiEvent::OpenLink { url: "pocket://reset-password?token=0a1b2c".into() });
    let reset = screen!(model, ResetPassword);
    assert!(reset.code.is_none() && reset.email.is_none(), "the link filled the code in");
    assert!(reset.password.is_some());
    let tasks = send(
        &mut model,
        UiEvent::ResetPassword { event: ResetPasswordEvent::Submit { code: None, password: secret("staple battery") } },
    );
    assert!(matches!(tasks.as_slice(), [Task::ResetPassword { token, .. }] if token.expose() == "0a1b2c"));
    let reset = PasswordReset { email: "maria@example.com".into(), sessions_ended: 1 };
    let tasks = done(&mut model, Done::PasswordReset(Ok(reset)));
    assert_eq!(tasks, [Task::DropSession], "this phone's session ended at the service too");
    assert!(!model.signed_in);
    screen!(model, SignIn);
    assert!(!SavedUi::of(&model).to_json().contains("0a1b2c"), "a link's token is never saved");
}

fn recovery_link_sent() -> RecoveryLinkSent {
    RecoveryLinkSent {
        email: "maria@example.com".into(),
        expires_at: now() + Duration::minutes(30),
        security_questions: profile().shopper.security_questions,
    }
}

#[test]
fn a_forgotten_payment_password_is_recovered_from_settings_with_the_answers_and_lifts_the_lock() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    assert_eq!(screen!(model, Settings).forgot_payment_password.label, "Forgot payment password?");
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ForgotPaymentPassword });
    let recover = screen!(model, RecoverPaymentPassword);
    assert!(recover.answers.is_empty() && recover.submit.is_none(), "the link comes first");
    let tasks = send(&mut model, UiEvent::RecoverPaymentPassword { event: RecoverPaymentPasswordEvent::SendLink });
    assert_eq!(tasks, [Task::RequestPaymentPasswordRecovery]);
    done(&mut model, Done::PaymentRecoveryLinkSent(Ok(recovery_link_sent())));
    let recover = screen!(model, RecoverPaymentPassword);
    assert!(recover.sent.as_deref().unwrap().starts_with("We sent a link to maria@example.com. It works until"));
    let questions: Vec<_> = recover.answers.iter().map(|a| a.label.clone()).collect();
    assert_eq!(questions, profile().security_questions, "each answer is labelled with its question");
    assert!(recover.code.is_some() && recover.password.is_some() && recover.confirmation.is_some());

    let missing_answer = RecoverPaymentPasswordEvent::Submit {
        code: Some(secret("0a1b")),
        answers: vec![secret("Rex")],
        password: secret("529174"),
        confirmation: secret("529174"),
    };
    assert!(send(&mut model, UiEvent::RecoverPaymentPassword { event: missing_answer }).is_empty());
    assert_eq!(screen!(model, RecoverPaymentPassword).answers_error.as_deref(), Some("Answer every question."));

    let answers = vec![secret("Rex"), secret("Porto Alegre"), secret("Escola Azul")];
    let submit = RecoverPaymentPasswordEvent::Submit {
        code: Some(secret("0a1b")),
        answers: answers.clone(),
        password: secret("529174"),
        confirmation: secret("529174"),
    };
    let tasks = send(&mut model, UiEvent::RecoverPaymentPassword { event: submit.clone() });
    let [Task::RecoverPaymentPassword { answers: sent, .. }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(sent[1].question, profile().security_questions[1]);
    assert_eq!(sent[1].answer, "Porto Alegre");

    let wrong = refused("wrong_security_answers", Some("answers"), Some(2), None);
    done(&mut model, Done::PaymentPasswordRecovered(Err(wrong)));
    assert_eq!(
        screen!(model, RecoverPaymentPassword).answers_error.as_deref(),
        Some("At least one answer isn't right. 2 tries left before recovery pauses for a while.")
    );
    send(&mut model, UiEvent::RecoverPaymentPassword { event: submit });
    done(&mut model, Done::PaymentPasswordRecovered(Ok(())));
    screen!(model, Settings);
    assert_eq!(look(&model).notice.as_deref(), Some("Your new payment password is saved, and payments are unlocked."));
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn the_payment_lock_points_to_the_recovery_and_a_recovery_link_needs_a_session() {
    let mut model = signed_in();
    model.problem =
        Some(crate::app::ui::text::Problem::Engine(refused("payment_password_locked", None, None, Some(now()))));
    let hint = look(&model).problem.unwrap().hint.unwrap();
    assert!(hint.contains("Forgot payment password?"), "{hint}");

    let mut signed_out = signed_out();
    send(&mut signed_out, UiEvent::OpenLink { url: "pocket://recover-payment-password?token=abc".into() });
    assert_eq!(look(&signed_out).problem.unwrap().message, "Sign in first, then open the link again.");

    let tasks = send(&mut model, UiEvent::OpenLink { url: "pocket://recover-payment-password?token=abc".into() });
    assert_eq!(tasks, [Task::LoadProfile]);
    let recover = screen!(model, RecoverPaymentPassword);
    assert!(recover.code.is_none(), "the link filled the code in");
    assert_eq!(recover.answers.len(), 3);
}
