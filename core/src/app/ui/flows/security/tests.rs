//! The security flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Route;
use crate::app::ui::task::{Done, Task};

#[test]
fn payment_password_rules_are_explained_in_the_right_field() {
    let mut model = signed_in();
    model.profile.last.as_mut().unwrap().has_payment_password = false;
    model.flows.payment_password = crate::app::ui::state::security::PaymentPasswordState::setup();
    model.reset_to(Route::PaymentPassword);
    let submit = |password: &str, confirmation: &str| UiEvent::PaymentPassword {
        event: PaymentPasswordEvent::Submit {
            current: None,
            password: secret(password),
            confirmation: secret(confirmation),
        },
    };
    assert!(send(&mut model, submit("123456", "123456")).is_empty());
    assert_eq!(
        screen!(model, PaymentPassword).password.error.as_deref(),
        Some("Digits counting up or down are easy to guess. Mix them up.")
    );
    assert!(send(&mut model, submit("555123", "555123")).is_empty());
    assert_eq!(
        screen!(model, PaymentPassword).password.error.as_deref(),
        Some("The same digit 3 times in a row is easy to guess.")
    );
    assert!(send(&mut model, submit("381947", "381974")).is_empty());
    let form = screen!(model, PaymentPassword);
    assert_eq!(form.confirmation.error.as_deref(), Some("The two don't match. Enter the same 6 digits twice."));
    assert_eq!(form.password.error, None);
    let tasks = send(&mut model, submit("381947", "381947"));
    assert!(matches!(tasks.as_slice(), [Task::SetPaymentPassword { current: None, .. }]));
    assert!(!format!("{tasks:?}").contains("381947"), "a password never prints");
}

#[test]
fn security_questions_are_three_different_ones_each_answered() {
    let mut model = signed_in();
    model.flows.questions = crate::app::ui::state::security::QuestionsState::setup();
    model.reset_to(Route::SecurityQuestions);
    let form = screen!(model, SecurityQuestions);
    assert_eq!(form.slots.len(), 3);
    let taken = &form.slots[1].choices[0];
    assert!(!taken.enabled, "a question chosen in another slot cannot be chosen twice");
    let answers = |a: &[&str]| UiEvent::SecurityQuestions {
        event: SecurityQuestionsEvent::Submit { answers: a.iter().map(|s| secret(s)).collect() },
    };
    assert!(send(&mut model, answers(&["Rex", "", "Lisbon"])).is_empty());
    assert_eq!(screen!(model, SecurityQuestions).error.as_deref(), Some("Answer \"In which city were you born?\"."));
    send(
        &mut model,
        UiEvent::SecurityQuestions {
            event: SecurityQuestionsEvent::ChooseQuestion { slot: 2, question_id: "question-first-job".into() },
        },
    );
    let tasks = send(&mut model, answers(&["Rex", "Porto", "Baker"]));
    let [Task::SetSecurityQuestions { answers }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(answers[2].question, "What was your first job?");
    done(&mut model, Done::SecurityQuestionsSet(Ok(())));
    screen!(model, Home);
    assert_eq!(look(&model).notice.as_deref(), Some("You're all set. Add money to start shopping."));
}
