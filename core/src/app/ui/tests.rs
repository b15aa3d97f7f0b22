//! `update` and `view` driven as a shell would, without a network: each
//! flow's phases and every refusal path, with the task outcomes played by
//! hand. Every test ends by checking that no text was missing.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::destination::Destination;
use super::destination::Tab;
use super::event::UiEvent;
use super::fixtures::*;
use super::flows::*;
use super::model::{Model, Route};
use super::persist::SavedUi;
use super::steps::DocumentInput;
use super::task::{Done, OrderAction, Task};
use super::update::{update, Input, Opened};
use super::view::BannerKind;
use crate::app::*;
use crate::cards::{CardStatus, SaveCardChoice};
use crate::contract::accounts::{
    IdentityDocument, PasswordReset, PasswordResetSent, RecoveryLinkSent, Verification, VerificationState,
};
use crate::contract::service::ErrorKind;
use crate::contract::support::{SupportAuthor, SupportCase, SupportCases, SupportMessage, SupportStatus, SupportTopic};
use crate::contract::wallet::{Direction, JournalCode, MovementSource, NotificationKind};
use crate::limits::{LimitMethod, LimitRaise, LimitRefusal, LimitRule, VerificationLevel};
use crate::money::Currency;
use crate::orders::{BuyerAction, DisputeReason, OrderStatus, RefundPreference};
use crate::topup::{EWalletProvider, TopUpRail};

// ---- opening ----------------------------------------------------------------

#[test]
fn opening_signed_out_shows_welcome_and_loads_nothing() {
    let model = signed_out();
    let welcome = screen!(model, Welcome);
    assert_eq!(welcome.sign_up.label, "Create an account");
    let view = look(&model);
    assert!(view.tabs.is_empty(), "no tabs before sign-in");
    assert!(!view.can_go_back);
}

#[test]
fn opening_signed_in_shows_the_saved_home_at_once_and_refreshes_it() {
    let mut model = new_model("en-US");
    let opened = Opened { signed_in: true, screens: screens(), pending: Vec::new(), saved: None };
    let tasks = update(&mut model, Input::Opened(Box::new(opened)), now());
    assert!(tasks.contains(&Task::LoadWallet) && tasks.contains(&Task::LoadProfile));
    assert!(tasks.contains(&Task::LoadNotifications));
    let home = screen!(model, Home);
    assert_eq!(home.greeting, "Hello, Maria");
    assert_eq!(home.balances[0].available, "$150.00");
    assert_eq!(home.balances[0].pending.as_deref(), Some("$30.00 on its way"));
    assert_eq!(home.balances[1].available, "₽12,345.50");
    assert!(!home.loading, "saved data shows while the fresh copy loads");
    let view = look(&model);
    assert_eq!(view.tabs.iter().find(|t| t.selected).map(|t| t.tab), Some(Tab::Home));
}

#[test]
fn home_shows_pending_top_ups_with_their_dates_and_limits_left() {
    let model = signed_in();
    let home = screen!(model, Home);
    assert_eq!(home.pending_top_ups[0].title, "Bank transfer · $30.00");
    // 23:59 UTC on Dec 1 is 20:59 on Dec 1 in São Paulo.
    assert_eq!(home.pending_top_ups[0].status, "Expected by Dec 1, 2026");
    assert_eq!(home.limits.len(), 2, "balance and card limits on home");
    assert_eq!(home.limits[0].method, "Payments from your balance");
    assert_eq!(home.limits[0].left_today, "$220.00 left today");
    assert_eq!(home.limits[0].left_this_month, "$920.00 left this month");
    assert_eq!(
        home.verification.as_deref(),
        Some("Verify your identity to raise your limits and make large purchases.")
    );
}

// ---- sign-up, email, sign-in -------------------------------------------------

fn sign_up_input(password: &str) -> SignUpInput {
    SignUpInput {
        email: "Maria@Example.com".into(),
        password: secret(password),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500".into(),
        phone: "+5511900000001".into(),
        national_id: "123".into(),
        country: "BR".into(),
        language: "en".into(),
    }
}

#[test]
fn sign_up_explains_a_short_password_under_its_field_before_sending_anything() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignUp });
    let form = screen!(model, SignUp);
    assert!(form.countries.iter().any(|c| c.id == "BR" && c.selected), "the phone's region is the default country");
    let tasks = send(&mut model, UiEvent::SignUp { event: SignUpEvent::Submit { input: sign_up_input("short") } });
    assert!(tasks.is_empty(), "nothing is sent");
    let form = screen!(model, SignUp);
    assert_eq!(form.password.error.as_deref(), Some("Use at least 8 characters."));
    assert_eq!(form.email.value, "Maria@Example.com", "what was typed is kept");
    assert_eq!(form.password.value, "", "a password is never kept");
}

#[test]
fn sign_up_signs_in_waits_for_the_email_then_asks_for_the_payment_password() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignUp });
    let tasks =
        send(&mut model, UiEvent::SignUp { event: SignUpEvent::Submit { input: sign_up_input("correct horse") } });
    let [Task::SignUp { form }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(form.email, "maria@example.com");
    assert!(screen!(model, SignUp).submit.busy);

    let receipt =
        SignUpReceipt { email: "maria@example.com".into(), confirmation_expires_at: now() + Duration::hours(24) };
    let new_shopper = Profile {
        level: VerificationLevel::Unverified,
        has_payment_password: false,
        security_questions: vec![],
        ..profile()
    };
    done(&mut model, Done::SignedUp(Ok((receipt, Some(new_shopper)))));
    let check = screen!(model, CheckEmail);
    assert_eq!(
        check.message,
        "We sent a link to maria@example.com. Open it on this phone, or type the code from the email."
    );
    assert_eq!(check.expires.as_deref(), Some("The link works until Nov 21, 2026, 12:00 PM."));

    // A link opened on the phone confirms it.
    let tasks = send(&mut model, UiEvent::OpenLink { url: "pocket://confirm-email?token=abc123".into() });
    assert_eq!(tasks, [Task::ConfirmEmail { token: "abc123".into() }]);
    done(&mut model, Done::EmailConfirmed(Ok(())));
    let password = screen!(model, PaymentPassword);
    assert!(password.current.is_none(), "a first setup asks no current password");
    assert_eq!(look(&model).notice.as_deref(), Some("Your email is confirmed."));
}

#[test]
fn signing_up_with_an_email_that_has_an_account_only_says_to_check_the_inbox() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignUp });
    send(&mut model, UiEvent::SignUp { event: SignUpEvent::Submit { input: sign_up_input("correct horse") } });
    let receipt =
        SignUpReceipt { email: "maria@example.com".into(), confirmation_expires_at: now() + Duration::hours(24) };
    done(&mut model, Done::SignedUp(Ok((receipt, None))));
    let sign_in = screen!(model, SignIn);
    assert_eq!(sign_in.email.value, "maria@example.com");
    assert_eq!(look(&model).notice.as_deref(), Some("We sent a message to maria@example.com. Open it, then sign in."));
    assert!(look(&model).problem.is_none(), "nothing says the email was taken");
}

#[test]
fn an_expired_confirmation_link_says_so_and_how_to_get_a_new_one() {
    let mut model = signed_out();
    model.signed_in = true;
    model.reset_to(Route::CheckEmail);
    send(&mut model, UiEvent::CheckEmail { event: CheckEmailEvent::Confirm { code: "old".into() } });
    let expired = PocketError::Refused {
        kind: ErrorKind::Expired,
        code: "confirmation_link_expired".into(),
        explanation: "expired".into(),
        field: None,
        until: None,
        attempts_left: None,
    };
    done(&mut model, Done::EmailConfirmed(Err(expired)));
    let problem = look(&model).problem.expect("a dialog");
    assert_eq!(problem.title, "Link expired");
    assert_eq!(problem.hint.as_deref(), Some("Send a new link from this screen."));
    let tasks = send(&mut model, UiEvent::CheckEmail { event: CheckEmailEvent::Resend });
    assert!(matches!(tasks.as_slice(), [Task::ResendConfirmation { .. }]));
    done(&mut model, Done::ConfirmationResent(Ok(())));
    assert!(screen!(model, CheckEmail).resent.is_some());
}

#[test]
fn a_wrong_login_is_a_dialog_and_the_email_is_kept() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    let tasks = send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("nope") } },
    );
    assert!(matches!(tasks.as_slice(), [Task::LogIn { .. }]));
    let wrong = PocketError::Refused {
        kind: ErrorKind::Unauthorized,
        code: "wrong_credentials".into(),
        explanation: "wrong".into(),
        field: None,
        until: None,
        attempts_left: None,
    };
    done(&mut model, Done::LoggedIn(Err(wrong)));
    assert_eq!(look(&model).problem.unwrap().message, "The email or the password is wrong.");
    assert_eq!(screen!(model, SignIn).email.value, "maria@example.com");
}

#[test]
fn signing_in_goes_home_when_the_setup_is_done() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("pw") } },
    );
    let tasks = done(&mut model, Done::LoggedIn(Ok(profile())));
    assert!(tasks.contains(&Task::LoadWallet));
    screen!(model, Home);
    assert_eq!(model.stack, [Route::Home], "sign-in screens are not behind home");
}

// ---- forgotten passwords -----------------------------------------------------

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
        security_questions: profile().security_questions,
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
    model.problem = Some(super::text::Problem::Engine(refused("payment_password_locked", None, None, Some(now()))));
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

// ---- payment password and questions -----------------------------------------

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

// ---- top-up ------------------------------------------------------------------

#[test]
fn top_up_shows_every_rail_with_its_limits_and_arrival_before_typing() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let form = screen!(model, TopUp);
    let transfer = form.rails.iter().find(|r| r.rail == TopUpRail::BankTransfer).unwrap();
    assert_eq!(transfer.limits, "From $21.00 to $100,000,000.00 each time");
    assert_eq!(transfer.arrival, "Arrives in up to 7 business days");
    let boleto = form.rails.iter().find(|r| r.rail == TopUpRail::Boleto).unwrap();
    assert_eq!(boleto.limits, "From $1.00, up to $3,000.00 per 30 days");
    assert!(look(&model).secure);
}

#[test]
fn a_top_up_below_the_rail_minimum_is_refused_with_the_figures() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "10".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).choice_error.as_deref(), Some("Choose how to add money."));
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankTransfer } });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "20.99".into() } }).is_empty());
    let form = screen!(model, TopUp);
    assert_eq!(form.amount.error.as_deref(), Some("Bank transfer top-ups start at $21.00."));
    assert_eq!(form.amount.value, "20.99");
    assert_eq!(form.limit.as_deref(), Some("Your limits leave $1,000.00 today and $2,000.00 this month for this."));
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "21.234".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).amount.error.as_deref(), Some("USD has 2 decimals at most."));
}

#[test]
fn a_slow_top_up_shows_when_it_is_expected_and_refreshes_the_wallet() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankTransfer } });
    let tasks = send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "30".into() } });
    let [Task::TopUp { request }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(request.amount, usd("30.00"));
    assert!(screen!(model, TopUp).submit.busy);
    let created = wallet().top_ups[0].clone();
    let tasks = done(&mut model, Done::ToppedUp(Ok(TopUpOutcome::Created { top_up: created })));
    assert!(tasks.contains(&Task::LoadWallet));
    let result = screen!(model, TopUp).result.unwrap();
    assert_eq!(result.title, "$30.00 on its way");
    assert_eq!(result.message, "Expected by Dec 1, 2026. If it hasn't arrived by then, contact support.");
    assert!(!result.credited);
}

#[test]
fn a_card_top_up_asks_for_the_sms_code_then_credits() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    assert!(send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } }).is_empty());
    assert_eq!(screen!(model, TopUp).choice_error.as_deref(), Some("Choose a card."));
    let form = screen!(model, TopUp);
    assert_eq!(form.cards[0].label, "Visa 4242 •••• 0000");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    done(&mut model, Done::ToppedUp(Ok(TopUpOutcome::NeedsOneTimeCode { action_id: "act_1".into() })));
    let form = screen!(model, TopUp);
    assert_eq!(form.code.as_ref().unwrap().label, "Code from the SMS");
    assert!(!form.submit.enabled, "no second top-up while the first waits for its code");
    let tasks = send(&mut model, UiEvent::TopUp { event: TopUpEvent::SubmitCode { code: secret("123456") } });
    assert!(matches!(tasks.as_slice(), [Task::CompleteTopUp { action_id, .. }] if action_id == "act_1"));
    let settled =
        TopUp { status: TopUpStatus::Settled, expected_by: None, amount: usd("50.00"), ..wallet().top_ups[0].clone() };
    done(&mut model, Done::TopUpCompleted(Ok(settled)));
    assert_eq!(screen!(model, TopUp).result.unwrap().title, "$50.00 added");
}

#[test]
fn a_card_top_up_the_bank_must_confirm_shows_its_page_and_asks_again_when_the_shopper_is_back() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    let page = "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1".to_string();
    let waiting = TopUpOutcome::AwaitingCharge { action_id: "act_1".into(), confirmation_url: Some(page.clone()) };
    done(&mut model, Done::ToppedUp(Ok(waiting)));
    let form = screen!(model, TopUp);
    let bank = form.bank_page.expect("the bank's page is offered");
    assert_eq!(
        (bank.url.as_str(), bank.open.label.as_str(), bank.open.enabled),
        (page.as_str(), "Open your bank's page", true)
    );
    assert!(!form.submit.enabled, "no second top-up while the first waits for the bank");
    let tasks = send(&mut model, UiEvent::OpenLink { url: "pocket://card-confirmed?payment_intent=pi_1".into() });
    assert!(
        matches!(tasks.as_slice(), [Task::ResendPending]),
        "back from the bank, the charge is asked again: {tasks:?}"
    );

    // A charge the processor is still deciding shows as such, with no page.
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::BankCard } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseCard { card_id: "card_0".into() } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "50".into() } });
    let deciding = TopUpOutcome::AwaitingCharge { action_id: "act_2".into(), confirmation_url: None };
    done(&mut model, Done::ToppedUp(Ok(deciding)));
    let form = screen!(model, TopUp);
    assert!(form.bank_page.is_none());
    assert!(form.saved.unwrap().starts_with("Your card's bank is still deciding"));
}

#[test]
fn only_the_rails_and_e_wallets_of_the_shoppers_country_are_offered() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let rails: Vec<_> = screen!(model, TopUp).rails.iter().map(|r| r.rail).collect();
    assert!(rails.contains(&TopUpRail::Boleto) && !rails.contains(&TopUpRail::EWallet), "Brazil: {rails:?}");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    assert_eq!(model.flows.top_up.rail, None, "a rail not offered cannot be chosen");

    model.profile.last.as_mut().unwrap().country = "BY".into();
    let rails: Vec<_> = screen!(model, TopUp).rails.iter().map(|r| r.rail).collect();
    assert!(!rails.contains(&TopUpRail::Boleto) && rails.contains(&TopUpRail::EWallet), "Belarus: {rails:?}");
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    let providers: Vec<_> = screen!(model, TopUp).providers.into_iter().map(|p| p.id).collect();
    assert_eq!(providers, ["web_money"], "only the e-wallets that operate in Belarus");
}

#[test]
fn a_limit_refusal_says_which_rule_what_is_left_when_it_resets_and_how_to_raise_it() {
    let mut model = signed_in();
    model.profile.last.as_mut().unwrap().country = "RU".into();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::EWallet } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseProvider { id: "qiwi".into() } });
    let tasks = send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "250".into() } });
    assert!(matches!(tasks.as_slice(), [Task::TopUp { request }] if request.provider == Some(EWalletProvider::Qiwi)));
    let refusal = LimitRefusal {
        method: LimitMethod::TopUp(TopUpRail::EWallet),
        rule: LimitRule::PerDay,
        amount: usd("250.00"),
        ceiling: usd("300.00"),
        left: usd("80.00"),
        resets_at: Some(Utc.with_ymd_and_hms(2026, 11, 21, 13, 30, 0).unwrap()),
        how_to_raise: Some(LimitRaise::VerifyIdentity { new_ceiling: usd("1000.00") }),
    };
    done(&mut model, Done::ToppedUp(Err(PocketError::LimitReached { refusal, explanation: "over".into() })));
    let problem = look(&model).problem.expect("a dialog");
    assert_eq!(problem.title, "Over your daily limit");
    assert_eq!(
        problem.message,
        "$250.00 is over what you can spend in 24 hours (Adding money by E-wallet). You can spend $80.00 now."
    );
    let figures: Vec<(String, String)> = problem.figures.into_iter().map(|f| (f.label, f.value)).collect();
    assert_eq!(
        figures,
        [
            ("Limit".to_string(), "$300.00 per 24 hours".to_string()),
            ("Left now".into(), "$80.00".into()),
            ("This amount fits again".into(), "Nov 21, 2026, 10:30 AM".into()),
            ("To raise it".into(), "Verify your identity: up to $1,000.00".into()),
        ]
    );
    assert!(screen!(model, TopUp).submit.enabled, "the form can be sent again with less");
    assert_eq!(problem.action.as_deref(), Some("Verify your identity"), "the dialog leads to the fix");
    send(&mut model, UiEvent::DismissProblem);
    assert!(look(&model).problem.is_none());
}

#[test]
fn a_refusal_a_verified_identity_would_lift_leads_to_the_verification() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let refusal = LimitRefusal {
        method: LimitMethod::Balance,
        rule: LimitRule::PerPayment,
        amount: usd("450.00"),
        ceiling: usd("200.00"),
        left: usd("200.00"),
        resets_at: None,
        how_to_raise: Some(LimitRaise::VerifyIdentity { new_ceiling: usd("1000.00") }),
    };
    model.problem = Some(super::text::Problem::Limit(refusal));
    let tasks = send(&mut model, UiEvent::FollowProblem);
    assert!(look(&model).problem.is_none(), "the dialog closes");
    screen!(model, Verification);
    assert!(tasks.contains(&Task::LoadVerification));
}

fn verification(state: VerificationState) -> Verification {
    Verification {
        state,
        level: VerificationLevel::EmailConfirmed,
        request_id: (state != VerificationState::NotRequested).then(|| "idv_1".into()),
        document_type: None,
        document_last4: None,
        submitted_at: (state != VerificationState::NotRequested).then(now),
        reviewed_at: None,
        decline_reason: (state == VerificationState::Declined).then(|| "The photo is blurred.".into()),
    }
}

fn passport_input(number: &str) -> DocumentInput {
    DocumentInput {
        document_type: "passport".into(),
        document_number: number.into(),
        issuing_country: "BR".into(),
        name_on_document: " Maria Souza ".into(),
    }
}

#[test]
fn identity_verification_is_sent_from_settings_waits_for_review_and_an_approval_reloads_the_limits() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    let settings = screen!(model, Settings);
    assert_eq!(settings.verify_identity.unwrap().label, "Verify your identity");
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::VerifyIdentity });
    assert!(tasks.contains(&Task::LoadVerification));
    assert!(screen!(model, Verification).loading);
    done(&mut model, Done::Verification(Ok(verification(VerificationState::NotRequested))));
    let form = screen!(model, Verification).form.expect("a form while nothing was sent");
    assert!(form.document.countries.iter().any(|c| c.id == "BR" && c.selected), "the account's country first");

    let short =
        send(&mut model, UiEvent::Verification { event: VerificationEvent::Submit { input: passport_input("12") } });
    assert!(short.is_empty());
    let form = screen!(model, Verification).form.unwrap();
    assert_eq!(form.document.number.error.as_deref(), Some("Enter the document number as printed on it."));
    assert_eq!(form.document.name.value, "Maria Souza", "what was typed is kept, the number is not");

    let tasks = send(
        &mut model,
        UiEvent::Verification { event: VerificationEvent::Submit { input: passport_input("FZ 1234567") } },
    );
    let [Task::RequestVerification { document }] = tasks.as_slice() else { panic!("{tasks:?}") };
    let sent = (document.document_type, document.document_number.as_str());
    assert_eq!(sent, (IdentityDocument::Passport, "FZ 1234567"));
    done(&mut model, Done::VerificationRequested(Ok(verification(VerificationState::Pending))));
    let pending = screen!(model, Verification);
    assert!(pending.form.is_none(), "nothing to send while one waits");
    assert!(pending.status.unwrap().starts_with("Sent on Nov"));
    assert!(!SavedUi::of(&model).to_json().contains("1234567"), "the document number is never saved on the phone");

    let approved = Notification {
        id: 99,
        kind: NotificationKind::VerificationApproved,
        message: "Your identity is verified: your limits are raised.".into(),
        reference: "idv_1".into(),
        created_at: now(),
        facts: Default::default(),
    };
    let tasks = update(&mut model, Input::Engine(PocketEvent::NotificationReceived { notification: approved }), now());
    for load in [Task::LoadProfile, Task::LoadWallet, Task::LoadVerification] {
        assert!(tasks.contains(&load), "{load:?} after the review: {tasks:?}");
    }
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn a_declined_verification_says_why_and_offers_the_form_again() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::VerifyIdentity });
    done(&mut model, Done::Verification(Ok(verification(VerificationState::Declined))));
    let declined = screen!(model, Verification);
    assert_eq!(declined.status.as_deref(), Some("Not approved: The photo is blurred. You can send a document again."));
    assert!(declined.form.is_some());
}

#[test]
fn a_top_up_without_connection_is_saved_then_done_when_the_outbox_empties() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::ChooseRail { rail: TopUpRail::WesternUnion } });
    send(&mut model, UiEvent::TopUp { event: TopUpEvent::Submit { amount: "40".into() } });
    let offline = PocketError::WillRetry { action_id: "act_9".into(), reason: "down".into() };
    done(&mut model, Done::ToppedUp(Err(offline)));
    let form = screen!(model, TopUp);
    assert!(form.saved.unwrap().contains("will be sent by itself"));
    assert!(!form.submit.enabled, "never a second top-up while the first is on its way");
    engine(
        &mut model,
        PocketEvent::PendingActionsChanged {
            actions: vec![pending("act_9", "top_up", "western_union", PendingState::Sending)],
        },
    );
    assert!(screen!(model, TopUp).saved.is_some());
    let tasks = engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    assert!(tasks.contains(&Task::LoadWallet));
    assert!(screen!(model, TopUp).submit.enabled);
}

// ---- cards -------------------------------------------------------------------

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
    assert_eq!(
        screen!(model, AddCard).save.hint.as_deref(),
        Some("You have 5 cards saved, the most Pocket allows. Remove one first, or leave \"Save\" unticked.")
    );
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
    done(&mut model, Done::CardRemoved { card_id: "card_old".into(), result: Ok(cards(0)) });
    assert_eq!(screen!(model, Cards).empty.as_deref(), Some("No cards saved yet."));
}

// ---- shopping ----------------------------------------------------------------

fn open_product(model: &mut Model, product_id: &str) {
    send(model, UiEvent::SelectTab { tab: Tab::Shop });
    send(model, UiEvent::Shop { event: ShopEvent::OpenProduct { product_id: product_id.into() } });
}

fn choose(model: &mut Model, name: &str, value: &str) {
    send(model, UiEvent::Shop { event: ShopEvent::ChooseOption { name: name.into(), value: value.into() } });
}

#[test]
fn a_product_needs_every_option_before_it_can_be_bought() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    let page = screen!(model, Product);
    assert!(!page.buy_now.enabled && !page.add_to_cart.enabled);
    assert_eq!(page.missing.as_deref(), Some("Choose: Colour, Model"));
    assert_eq!(look(&model).title, "Silicone phone case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    choose(&mut model, "colour", "purple");
    send(&mut model, UiEvent::Shop { event: ShopEvent::Increase });
    let page = screen!(model, Product);
    assert!(page.buy_now.enabled);
    assert_eq!(page.quantity, "Quantity: 2");
    assert_eq!(page.total, "$7.98 · 90 g");
    assert!(page.options[0].choices.iter().any(|c| c.label == "teal" && c.selected), "an unknown value is ignored");
}

#[test]
fn the_cart_is_one_parcel_per_seller_and_a_parcel_over_2_kg_is_explained_before_checkout() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    assert_eq!(look(&model).notice.as_deref(), Some("Added to your cart (2 in it)."));
    open_product(&mut model, "prd_pan");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    let view = look(&model);
    assert_eq!(view.tabs.iter().find(|t| t.tab == Tab::Shop).unwrap().badge.as_deref(), Some("3"));
    send(&mut model, UiEvent::Open { destination: Destination::Cart });
    let cart = screen!(model, Cart);
    assert_eq!(cart.parcels.len(), 2);
    assert_eq!(cart.parcels[0].seller, "From Shenzhen Cases Co.");
    assert_eq!(cart.parcels[0].weight, "90 g of 2,000 g");
    assert_eq!(cart.parcels[0].lines[0].quantity, "× 2", "the same product and options are one line");
    assert!(cart.parcels[0].eligible);
    let pan = &cart.parcels[1];
    assert!(!pan.eligible);
    assert_eq!(pan.weight, "2,400 g of 2,000 g");
    assert_eq!(
        pan.reasons,
        ["The parcel from Ningbo Home Goods weighs 2,400 g; Pocket pays for parcels of up to 2,000 g. Remove 400 g of items, or order them separately."]
    );
    assert!(!cart.checkout.enabled);
    send(&mut model, UiEvent::Shop { event: ShopEvent::RemoveLine { index: 1 } });
    let cart = screen!(model, Cart);
    assert!(cart.checkout.enabled);
    assert_eq!(cart.total, "Total $7.98");
}

#[test]
fn buy_now_checks_out_one_line_and_leaves_the_cart_alone() {
    let mut model = signed_in();
    open_product(&mut model, "prd_pan");
    send(&mut model, UiEvent::Shop { event: ShopEvent::BuyNow });
    let checkout = screen!(model, Checkout);
    assert!(!checkout.place_order.enabled, "a 2.4 kg parcel cannot be ordered");
    let tasks = send(
        &mut model,
        UiEvent::Shop { event: ShopEvent::PlaceOrder { delivery_address: String::new(), coupon: String::new() } },
    );
    assert!(tasks.is_empty());
    let problem = look(&model).problem.unwrap();
    assert_eq!(problem.title, "Pocket can't pay for this parcel");
    assert!(problem.message.contains("weighs 2,400 g"));
}

#[test]
fn checking_out_goes_to_paying_and_empties_the_cart() {
    let mut model = signed_in();
    open_product(&mut model, "prd_case");
    choose(&mut model, "model", "Pixel 8");
    choose(&mut model, "colour", "teal");
    send(&mut model, UiEvent::Shop { event: ShopEvent::AddToCart });
    send(&mut model, UiEvent::Open { destination: Destination::Cart });
    send(&mut model, UiEvent::Shop { event: ShopEvent::Checkout });
    let tasks = send(
        &mut model,
        UiEvent::Shop {
            event: ShopEvent::PlaceOrder { delivery_address: "Rua B 2".into(), coupon: "POCKET10".into() },
        },
    );
    let [Task::CheckOut { lines, coupon, delivery_address }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(lines[0].product_id, "prd_case");
    assert_eq!((coupon.as_deref(), delivery_address.as_deref()), (Some("POCKET10"), Some("Rua B 2")));
    assert!(screen!(model, Checkout).place_order.busy);
    done(&mut model, Done::Wallet(Ok(wallet())));
    let tasks =
        done(&mut model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])])));
    assert!(tasks.contains(&Task::LoadWallet), "the balances are read again: they decide what can pay");
    let pay = screen!(model, Pay);
    assert_eq!(pay.price, "$3.99");
    assert_eq!(pay.items, ["Silicone phone case · teal · Pixel 8 × 1"]);
    assert!(model.flows.shop.cart.is_empty());
    assert_eq!(model.route(), Some(&Route::Pay));
}

// ---- paying ------------------------------------------------------------------

fn paying(model: &mut Model) {
    done(model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])])));
}

fn pay_with(model: &mut Model, password: &str) -> Vec<Task> {
    send(model, UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret(password) } })
}

fn refused(code: &str, field: Option<&str>, attempts_left: Option<u32>, until: Option<DateTime<Utc>>) -> PocketError {
    PocketError::Refused {
        kind: ErrorKind::Forbidden,
        code: code.into(),
        explanation: code.into(),
        field: field.map(str::to_string),
        until,
        attempts_left,
    }
}

#[test]
fn paying_from_a_rouble_balance_shows_the_quote_before_confirming() {
    let mut model = signed_in();
    paying(&mut model);
    let pay = screen!(model, Pay);
    assert!(!pay.pay.enabled, "nothing chosen yet");
    assert_eq!(pay.sources[1].label, "RUB balance");
    assert_eq!(pay.sources[1].detail, "₽12,345.50 available");
    let tasks = send(&mut model, UiEvent::Pay { event: PayEvent::Choose { choice: pay.sources[1].choice.clone() } });
    assert_eq!(tasks, [Task::Quote { order_id: "ord_1".into(), currency: Currency::Rub }]);
    let pay = screen!(model, Pay);
    assert_eq!(pay.quote.as_ref().unwrap().pay, "Checking the rate and your limits…");
    assert!(!pay.pay.enabled, "no paying before the quote is shown");
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("3.99"),
        pay: rub("369.91"),
        rate_usd_per_unit: Some("0.0108".into()),
        limits: QuoteLimits::Allowed { left_today_after: usd("216.01"), left_this_month_after: usd("916.01") },
    };
    done(&mut model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Rub, result: Ok(quote) });
    let pay = screen!(model, Pay);
    let quote = pay.quote.unwrap();
    assert_eq!(quote.pay, "You pay ₽369.91");
    assert_eq!(quote.rate.as_deref(), Some("1 RUB = 0.0108 USD"));
    assert_eq!(quote.limits.as_deref(), Some("After this payment: $216.01 left today, $916.01 this month."));
    assert_eq!(pay.pay.label, "Pay ₽369.91");
    assert!(pay.pay.enabled);
    assert_eq!(quote.shortfall, None);
    let tasks = pay_with(&mut model, "381947");
    assert!(matches!(
        tasks.as_slice(),
        [Task::Pay { order_id, source: PaySource::Balance { currency: Currency::Rub }, .. }] if order_id == "ord_1"
    ));
}

#[test]
fn a_balance_that_does_not_cover_the_quote_says_by_how_much_and_blocks_paying() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Balance { currency: Currency::Rub } } },
    );
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("3.99"),
        pay: rub("13000.00"),
        rate_usd_per_unit: Some("0.0108".into()),
        limits: QuoteLimits::Allowed { left_today_after: usd("216.01"), left_this_month_after: usd("916.01") },
    };
    done(&mut model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Rub, result: Ok(quote) });
    let pay = screen!(model, Pay);
    assert_eq!(
        pay.quote.unwrap().shortfall.as_deref(),
        Some("Your RUB balance is ₽654.50 short. Add money, or pay another way.")
    );
    assert!(!pay.pay.enabled);
}

#[test]
fn a_quote_the_limits_refuse_blocks_paying_and_shows_the_figures() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Balance { currency: Currency::Usd } } },
    );
    let refusal = LimitRefusal {
        method: LimitMethod::Balance,
        rule: LimitRule::PerPayment,
        amount: usd("250.00"),
        ceiling: usd("200.00"),
        left: usd("200.00"),
        resets_at: None,
        how_to_raise: Some(LimitRaise::AccountAge {
            on: Utc.with_ymd_and_hms(2026, 12, 20, 0, 0, 0).unwrap(),
            age_days: 30,
            new_ceiling: usd("500.00"),
        }),
    };
    let quote = Quote {
        order_id: "ord_1".into(),
        price: usd("250.00"),
        pay: usd("250.00"),
        rate_usd_per_unit: None,
        limits: QuoteLimits::Refused { refusal },
    };
    done(&mut model, Done::Quoted { order_id: "ord_1".into(), currency: Currency::Usd, result: Ok(quote) });
    let pay = screen!(model, Pay);
    assert!(!pay.pay.enabled);
    let refusal = pay.quote.unwrap().refusal.unwrap();
    assert_eq!(refusal.message, "$250.00 is over the $200.00 limit for one payment (Payments from your balance).");
    assert_eq!(
        refusal.figures.last().unwrap().value,
        "Up to $500.00 from Dec 19, 2026, when your account is 30 days old"
    );
}

#[test]
fn a_wrong_payment_password_says_how_many_tries_are_left_then_the_lockout_says_until_when() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    assert!(pay_with(&mut model, "12345").is_empty());
    assert_eq!(screen!(model, Pay).password.error.as_deref(), Some("Enter the 6 digits of your payment password."));
    assert_eq!(pay_with(&mut model, "111111").len(), 1);
    assert!(screen!(model, Pay).pay.busy);
    let wrong = refused("wrong_payment_password", Some("payment_password"), Some(2), None);
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(wrong) });
    let pay = screen!(model, Pay);
    assert_eq!(
        pay.password.error.as_deref(),
        Some("That's not your payment password. 2 tries left before payments lock for a while.")
    );
    assert!(pay.pay.enabled, "it can be tried again");
    pay_with(&mut model, "222222");
    let until = Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 22).unwrap();
    let locked = PocketError::Refused {
        kind: ErrorKind::Locked,
        code: "payment_password_locked".into(),
        explanation: "locked".into(),
        field: None,
        until: Some(until),
        attempts_left: None,
    };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(locked) });
    let problem = look(&model).problem.unwrap();
    assert_eq!(problem.title, "Payments locked");
    assert_eq!(problem.message, "Too many wrong payment passwords. Payments are locked until Nov 20, 2026, 12:30 PM.");
}

#[test]
fn a_declined_card_is_a_dialog_and_the_order_can_be_paid_another_way() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    let card_limits = screen!(model, Pay).quote.unwrap().limits;
    assert_eq!(card_limits.as_deref(), Some("Your card limits leave $200.00 today and $500.00 this month."));
    pay_with(&mut model, "381947");
    let declined = PocketError::Refused {
        kind: ErrorKind::Refused,
        code: "card_declined".into(),
        explanation: "declined".into(),
        field: None,
        until: None,
        attempts_left: None,
    };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(declined) });
    let problem = look(&model).problem.unwrap();
    assert_eq!(
        (problem.title.as_str(), problem.hint.as_deref()),
        ("Card declined", Some("Nothing was charged. Try another card or your balance."))
    );
    assert!(screen!(model, Pay).sources.iter().all(|s| s.enabled));
}

#[test]
fn a_card_that_asks_for_an_sms_code_is_paid_after_the_code() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Ok(PaymentOutcome::NeedsOneTimeCode { action_id: "act_2".into() }),
        },
    );
    let pay = screen!(model, Pay);
    assert!(pay.code.is_some() && !pay.pay.enabled);
    send(&mut model, UiEvent::Pay { event: PayEvent::SubmitCode { code: secret("000000") } });
    let wrong = refused("wrong_one_time_code", Some("one_time_code"), Some(4), None);
    done(&mut model, Done::PaymentCompleted { order_id: String::new(), result: Err(wrong) });
    assert_eq!(
        screen!(model, Pay).code.unwrap().error.as_deref(),
        Some("That code isn't right. 4 tries left for this code.")
    );
    let tasks = send(&mut model, UiEvent::Pay { event: PayEvent::SubmitCode { code: secret("424242") } });
    assert!(matches!(tasks.as_slice(), [Task::CompletePayment { action_id, .. }] if action_id == "act_2"));
    done(
        &mut model,
        Done::PaymentCompleted { order_id: "ord_1".into(), result: Ok(order("ord_1", OrderStatus::Paid, vec![])) },
    );
    let pay = screen!(model, Pay);
    assert_eq!(pay.paid.as_deref(), Some("Paid. Your money is held until you confirm the parcel arrived."));
    assert!(pay.receipt.iter().any(|line| line.label == "Paid" && line.value == "$3.99"));
    assert!(pay.finish.is_some() && pay.next.is_none());
}

#[test]
fn a_void_code_is_replaced_by_a_new_one_at_most_once_a_minute() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    let needs_code = PaymentOutcome::NeedsOneTimeCode { action_id: "act_2".into() };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Ok(needs_code) });
    send(&mut model, UiEvent::Pay { event: PayEvent::SubmitCode { code: secret("000000") } });
    let void = refused("one_time_code_void", Some("one_time_code"), None, None);
    done(&mut model, Done::PaymentCompleted { order_id: String::new(), result: Err(void) });
    let pay = screen!(model, Pay);
    assert!(pay.code.unwrap().error.unwrap().contains("Send a new code"));
    assert_eq!(pay.resend_code.as_ref().map(|b| (b.label.as_str(), b.enabled)), Some(("Send a new code", true)));

    let tasks = send(&mut model, UiEvent::Pay { event: PayEvent::ResendCode });
    assert_eq!(tasks, [Task::ResendCode { action_id: "act_2".into() }]);
    assert!(screen!(model, Pay).resend_code.unwrap().busy);
    done(&mut model, Done::CodeResent { action_id: "act_2".into(), result: Ok(()) });
    assert_eq!(look(&model).notice.as_deref(), Some("A new code is on its way by SMS."));
    assert!(screen!(model, Pay).code.unwrap().enabled, "the new code can be typed");

    send(&mut model, UiEvent::Pay { event: PayEvent::ResendCode });
    let too_soon = refused("one_time_code_cooldown", Some("one_time_code"), None, Some(now() + Duration::seconds(60)));
    done(&mut model, Done::CodeResent { action_id: "act_2".into(), result: Err(too_soon) });
    let pay = screen!(model, Pay);
    assert_eq!(pay.code.unwrap().error.as_deref(), Some("A new code can be sent at Nov 20, 2026, 12:01 PM."));
    assert!(pay.submit_code.unwrap().enabled, "the code already sent can still be typed");
}

#[test]
fn a_payment_sent_without_connection_shows_as_saved_never_as_a_second_pay_button() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    let offline = PocketError::WillRetry { action_id: "act_3".into(), reason: "down".into() };
    done(&mut model, Done::Paid { order_id: "ord_1".into(), result: Err(offline) });
    engine(
        &mut model,
        PocketEvent::PendingActionsChanged { actions: vec![pending("act_3", "pay", "ord_1", PendingState::Sending)] },
    );
    let pay = screen!(model, Pay);
    assert!(pay.saved.unwrap().contains("It can't be charged twice."));
    assert!(!pay.pay.enabled && !pay.pay.busy);
    assert!(pay_with(&mut model, "381947").is_empty(), "a second tap sends nothing");
    // Back online: the outbox sent it; the order tells how it went.
    let tasks = engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    assert_eq!(tasks, [Task::LoadOrder { order_id: "ord_1".into() }]);
    done(&mut model, Done::Order { order_id: "ord_1".into(), result: Ok(order("ord_1", OrderStatus::Paid, vec![])) });
    assert!(screen!(model, Pay).paid.is_some());
}

#[test]
fn a_saved_payment_the_service_refused_goes_back_to_choosing_with_the_reason() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Err(PocketError::WillRetry { action_id: "act_4".into(), reason: "down".into() }),
        },
    );
    engine(&mut model, PocketEvent::PendingActionsChanged { actions: vec![] });
    done(
        &mut model,
        Done::Order {
            order_id: "ord_1".into(),
            result: Ok(order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])),
        },
    );
    assert_eq!(look(&model).problem.unwrap().code, "payment_not_sent");
    assert!(screen!(model, Pay).pay.enabled);
}

#[test]
fn an_app_killed_while_paying_reopens_on_the_payment_shown_as_pending() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    let saved = SavedUi::from_json(&SavedUi::of(&model).to_json()).expect("the state reads back");
    assert!(!SavedUi::of(&model).to_json().contains("381947"), "no secret is saved");

    let mut reopened = new_model("en-US");
    let opened = Opened {
        signed_in: true,
        screens: SavedScreens {
            orders: Some(OrdersScreen {
                orders: vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay])],
                freshness: fresh(),
            }),
            ..screens()
        },
        pending: vec![pending("act_5", "pay", "ord_1", PendingState::Sending)],
        saved: Some(saved),
    };
    let tasks = update(&mut reopened, Input::Opened(Box::new(opened)), now());
    assert!(tasks.contains(&Task::LoadOrder { order_id: "ord_1".into() }));
    let pay = screen!(reopened, Pay);
    assert!(pay.saved.is_some(), "the payment on its way is shown");
    assert!(!pay.pay.enabled, "never a second Pay button");
    assert_eq!(look(&reopened).banner, None, "the pay screen says it itself");
}

#[test]
fn an_app_killed_while_a_form_was_sent_reopens_with_the_form_ready_again() {
    let mut model = signed_out();
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("pw") } },
    );
    assert!(screen!(model, SignIn).submit.busy, "signing in");
    let saved = SavedUi::from_json(&SavedUi::of(&model).to_json()).expect("the state reads back");

    let mut reopened = new_model("en-US");
    let opened = Opened { signed_in: false, screens: screens(), pending: Vec::new(), saved: Some(saved) };
    update(&mut reopened, Input::Opened(Box::new(opened)), now());

    let sign_in = screen!(reopened, SignIn);
    assert!(!sign_in.submit.busy && sign_in.submit.enabled, "the answer never comes to a killed app: ask again");
    assert_eq!(sign_in.email.value, "maria@example.com", "what was typed is kept");
}

#[test]
fn a_checkout_of_two_sellers_pays_one_order_after_the_other() {
    let mut model = signed_in();
    let second = Order {
        id: "ord_2".into(),
        seller_id: "sel_home".into(),
        ..order("ord_2", OrderStatus::Created, vec![BuyerAction::Pay])
    };
    done(&mut model, Done::CheckedOut(Ok(vec![order("ord_1", OrderStatus::Created, vec![BuyerAction::Pay]), second])));
    assert_eq!(screen!(model, Pay).progress.as_deref(), Some("Order 1 of 2"));
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    pay_with(&mut model, "381947");
    done(
        &mut model,
        Done::Paid {
            order_id: "ord_1".into(),
            result: Ok(PaymentOutcome::Paid { order: order("ord_1", OrderStatus::Paid, vec![]) }),
        },
    );
    let pay = screen!(model, Pay);
    assert_eq!(pay.next.unwrap().label, "Pay the next order");
    send(&mut model, UiEvent::Pay { event: PayEvent::Next });
    let pay = screen!(model, Pay);
    assert_eq!((pay.progress.as_deref(), pay.seller.as_str()), (Some("Order 2 of 2"), "Ningbo Home Goods"));
    assert!(pay.sources.iter().all(|s| !s.selected));
}

#[test]
fn a_new_card_for_a_payment_comes_back_chosen_and_marked_one_off() {
    let mut model = signed_in();
    paying(&mut model);
    send(&mut model, UiEvent::Pay { event: PayEvent::NewCard });
    assert!(!screen!(model, AddCard).save.checked);
    send(
        &mut model,
        UiEvent::AddCard { event: AddCardEvent::Submit { number: secret("4000000000003220"), expiry: "11/29".into() } },
    );
    let one_off = Card { saved: false, ..card("card_tmp", "3220", CardStatus::Active) };
    done(&mut model, Done::CardAdded(Ok(one_off)));
    let pay = screen!(model, Pay);
    let chosen = pay.sources.iter().find(|s| s.selected).expect("the new card is chosen");
    assert_eq!((chosen.label.as_str(), chosen.detail.as_str()), ("Visa 4242 •••• 3220", "For this payment only"));
    assert_eq!(
        look(&model).notice.as_deref(),
        Some("Visa 4242 •••• 3220 will pay this once. It is not saved to your account.")
    );
}

// ---- orders ------------------------------------------------------------------

fn open_order(model: &mut Model, order: Order) {
    model.orders.last.as_mut().unwrap().orders.push(order.clone());
    send(model, UiEvent::SelectTab { tab: Tab::Orders });
    send(model, UiEvent::Orders { event: OrdersEvent::Open { order_id: order.id } });
}

#[test]
fn an_unshipped_order_can_be_cancelled_after_a_confirmation() {
    let mut model = signed_in();
    open_order(
        &mut model,
        order("ord_1", OrderStatus::Paid, vec![BuyerAction::Cancel, BuyerAction::ChooseRefundDestination]),
    );
    let page = screen!(model, Order);
    assert_eq!(page.status, "Paid");
    assert_eq!(look(&model).title, "Order from Shenzhen Cases Co.");
    let labels: Vec<_> = page.actions.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["Cancel order", "Where a refund goes", "Receipt"]);
    assert!(send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::Cancel } }).is_empty());
    let Some(OrderDialogView::Confirm { view }) = screen!(model, Order).dialog else { panic!("a confirmation") };
    assert_eq!(view.message, "It hasn't shipped yet, so you get all $3.99 back.");
    let tasks = send(&mut model, UiEvent::Orders { event: OrdersEvent::Confirm });
    assert_eq!(tasks, [Task::OrderAction { order_id: "ord_1".into(), action: OrderAction::Cancel }]);
    assert!(screen!(model, Order).actions.iter().all(|a| !a.enabled || a.button == OrderButton::Receipt));
    let cancelled = order("ord_1", OrderStatus::Cancelled, vec![]);
    done(&mut model, Done::OrderActed { order_id: "ord_1".into(), action: OrderAction::Cancel, result: Ok(cancelled) });
    assert_eq!(screen!(model, Order).status, "Cancelled");
}

#[test]
fn a_delivered_order_offers_confirm_or_dispute_with_the_reasons() {
    let mut model = signed_in();
    let mut delivered =
        order("ord_1", OrderStatus::Delivered, vec![BuyerAction::ConfirmReceipt, BuyerAction::OpenDispute]);
    delivered.tracking_number = Some("LP00123".into());
    delivered.protection_ends_at = Some(now() + Duration::days(15));
    open_order(&mut model, delivered);
    let page = screen!(model, Order);
    assert!(page.lines.iter().any(|l| l.label == "Tracking number" && l.value == "LP00123"));
    assert!(page.lines.iter().any(|l| l.label == "Buyer protection until" && l.value == "Dec 5, 2026, 12:00 PM"));
    send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::OpenDispute } });
    let Some(OrderDialogView::Dispute { reasons, .. }) = screen!(model, Order).dialog else { panic!("reasons") };
    let labels: Vec<_> = reasons.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["It never arrived", "It isn't as described", "It's the wrong item"]);
    let tasks =
        send(&mut model, UiEvent::Orders { event: OrdersEvent::Dispute { reason: DisputeReason::NotAsDescribed } });
    assert_eq!(
        tasks,
        [Task::OrderAction { order_id: "ord_1".into(), action: OrderAction::Dispute(DisputeReason::NotAsDescribed) }]
    );
}

#[test]
fn the_refund_destination_dialog_marks_the_current_choice() {
    let mut model = signed_in();
    open_order(&mut model, order("ord_1", OrderStatus::Disputed, vec![BuyerAction::ChooseRefundDestination]));
    send(&mut model, UiEvent::Orders { event: OrdersEvent::Tap { button: OrderButton::ChooseRefundDestination } });
    let Some(OrderDialogView::RefundDestination { choices, .. }) = screen!(model, Order).dialog else { panic!() };
    assert!(choices[0].selected && choices[0].preference == RefundPreference::SameAsPayment);
    let tasks = send(
        &mut model,
        UiEvent::Orders { event: OrdersEvent::RefundTo { preference: RefundPreference::OriginalFundingSource } },
    );
    assert!(matches!(
        tasks.as_slice(),
        [Task::OrderAction { action: OrderAction::RefundTo(RefundPreference::OriginalFundingSource), .. }]
    ));
}

#[test]
fn an_order_event_from_the_service_updates_the_open_order_without_a_read() {
    let mut model = signed_in();
    open_order(&mut model, order("ord_1", OrderStatus::Paid, vec![]));
    let mut shipped = order("ord_1", OrderStatus::Shipped, vec![]);
    shipped.tracking_number = Some("LP9".into());
    let tasks = engine(&mut model, PocketEvent::OrderChanged { order: shipped });
    assert!(tasks.is_empty());
    assert_eq!(screen!(model, Order).status, "Shipped");
    let tasks = engine(
        &mut model,
        PocketEvent::BalancesChanged {
            balances: vec![Balance { currency: Currency::Usd, available: usd("1.00"), pending: usd("0") }],
        },
    );
    assert!(tasks.is_empty(), "balances come with the event: nothing is read again");
    send(&mut model, UiEvent::SelectTab { tab: Tab::Home });
    assert_eq!(screen!(model, Home).balances[0].available, "$1.00");
}

// ---- history, transfers, notifications, settings ----------------------------

#[test]
fn a_refund_in_the_history_opens_its_own_receipt_naming_the_top_up_it_went_back_through() {
    let mut model = signed_in();
    let refund = HistoryEntry {
        journal_id: 9,
        kind: JournalCode::Refund,
        direction: Direction::In,
        amount: usd("3.99"),
        at: now(),
        reference: "ord_1".into(),
        receipt: Some("/v1/orders/ord_1/refund-receipt".into()),
        source: MovementSource::TopUpSource,
    };
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Ok(HistoryScreen { entries: vec![refund], freshness: fresh() })));
    let row = screen!(model, History).entries[0].clone();
    assert_eq!(row.source, "Where you topped up from");
    let tasks = send(
        &mut model,
        UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: row.receipt_order_id.unwrap() } },
    );
    assert_eq!(model.route(), Some(&Route::RefundReceipt { order_id: "ord_1".into() }));
    assert!(tasks.contains(&Task::LoadRefundReceipt { order_id: "ord_1".into() }));
    let receipt = crate::contract::shop::RefundReceipt {
        order_id: "ord_1".into(),
        amount: usd("3.99"),
        refunded_to: "top_up_source".into(),
        top_up_id: Some("top_7".into()),
        rail: Some("e_wallet".into()),
        provider: Some("qiwi".into()),
        refunded_at: now(),
    };
    done(&mut model, Done::RefundReceipt { order_id: "ord_1".into(), result: Ok(receipt) });
    assert_eq!(look(&model).title, "Refund receipt");
    let lines: Vec<_> = screen!(model, Receipt).lines.into_iter().map(|l| (l.label, l.value)).collect();
    assert!(lines.contains(&("Refunded to".into(), "Qiwi".into())), "{lines:?}");
    assert!(lines.contains(&("Through the top-up".into(), "top_7".into())), "{lines:?}");
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn history_shows_a_page_at_a_time_and_opens_receipts() {
    let mut model = signed_in();
    let entry = |i: i64| HistoryEntry {
        journal_id: i,
        kind: if i % 2 == 0 { JournalCode::Payment } else { JournalCode::TopUp },
        direction: if i % 2 == 0 { Direction::Out } else { Direction::In },
        amount: usd("3.99"),
        at: now(),
        reference: format!("ord_{i}"),
        receipt: (i % 2 == 0).then(|| format!("/v1/orders/ord_{i}/receipt")),
        source: MovementSource::Balance,
    };
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Ok(HistoryScreen { entries: (0..450).map(entry).collect(), freshness: fresh() })));
    let history = screen!(model, History);
    assert_eq!(history.entries.len(), 200);
    assert_eq!(history.entries[0].title, "Payment for an order");
    assert_eq!(history.entries[0].amount, "−$3.99");
    assert_eq!(history.entries[1].amount, "+$3.99");
    assert_eq!(history.more.as_ref().unwrap().label, "Show 200 more");
    send(&mut model, UiEvent::History { event: HistoryEvent::ShowMore });
    send(&mut model, UiEvent::History { event: HistoryEvent::ShowMore });
    let history = screen!(model, History);
    assert_eq!((history.entries.len(), history.more), (450, None));
    let tasks = send(&mut model, UiEvent::History { event: HistoryEvent::OpenReceipt { order_id: "ord_0".into() } });
    assert_eq!(tasks, [Task::LoadReceipt { order_id: "ord_0".into() }]);
    assert!(screen!(model, Receipt).loading);
    done(&mut model, Done::Receipt { order_id: "ord_0".into(), result: Ok(receipt("ord_0")) });
    let receipt = screen!(model, Receipt);
    assert!(receipt.lines.iter().any(|l| l.label == "Paid with" && l.value == "Pocket balance"));
    assert!(receipt.support.contains("Contact support with this receipt"));
}

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

#[test]
fn new_notifications_count_on_home_until_the_list_is_opened() {
    let mut model = signed_in();
    let note = |id: i64, kind: &str| Notification {
        id,
        kind: NotificationKind::from_name(kind),
        message: format!("message {id}"),
        reference: "ord_1".into(),
        created_at: now(),
        facts: Default::default(),
    };
    engine(&mut model, PocketEvent::NotificationReceived { notification: note(1, "order_shipped") });
    engine(&mut model, PocketEvent::NotificationReceived { notification: note(2, "top_up_settled") });
    let home = screen!(model, Home);
    let bell = home.shortcuts.iter().find(|s| s.destination == Destination::Notifications).unwrap();
    assert_eq!(bell.badge.as_deref(), Some("2"));
    send(&mut model, UiEvent::Open { destination: Destination::Notifications });
    let list = screen!(model, Notifications);
    assert_eq!(list.items[0].title, "Money arrived");
    assert!(list.items.iter().all(|n| n.unread), "new during this visit");
    assert!(list.items[1].opens_order);
    send(&mut model, UiEvent::Back);
    let home = screen!(model, Home);
    assert_eq!(home.shortcuts.iter().find(|s| s.destination == Destination::Notifications).unwrap().badge, None);
}

#[test]
fn changing_the_language_rewords_everything_with_that_locales_formats() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ChangeLanguage });
    let languages = screen!(model, Settings).languages.expect("the list is open");
    assert!(languages.iter().any(|l| l.id == "ru" && l.label == "Русский"));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ChooseLanguage { id: "ru".into() } });
    assert_eq!(tasks, [Task::SetLanguage { language: "ru".into() }]);
    done(&mut model, Done::LanguageSet(Ok(Profile { language: "ru".into(), ..profile() })));
    assert_eq!(look(&model).language, "ru");
    send(&mut model, UiEvent::SelectTab { tab: Tab::Home });
    let home = screen!(model, Home);
    assert_eq!(home.balances[1].available, "12\u{a0}345,50\u{a0}₽");
}

#[test]
fn a_russian_shopper_reads_russian_with_russian_formats_and_times() {
    let mut model = new_model("ru-RU");
    let opened = Opened {
        signed_in: true,
        screens: SavedScreens { profile: Some(Profile { language: "ru".into(), ..profile() }), ..screens() },
        pending: Vec::new(),
        saved: None,
    };
    update(&mut model, Input::Opened(Box::new(opened)), now());
    let home = screen!(model, Home);
    assert_eq!(home.greeting, "Здравствуйте, Maria");
    assert_eq!(home.balances[0].available, "150,00\u{a0}$");
    assert_eq!(home.balances[1].available, "12\u{a0}345,50\u{a0}₽");
    assert_eq!(home.pending_top_ups[0].status, "Ожидается до 1 дек. 2026 г.");
    assert_eq!(home.limits[0].left_today, "Осталось на сегодня: 220,00\u{a0}$");
    let view = look(&model);
    assert_eq!(view.tabs[0].label, "Главная");
    send(&mut model, UiEvent::Open { destination: Destination::TopUp });
    let transfer = screen!(model, TopUp).rails.into_iter().find(|r| r.rail == TopUpRail::BankTransfer).unwrap();
    assert_eq!(transfer.arrival, "Зачисляется за 7 рабочих дней");
}

#[test]
fn signing_out_asks_first_and_keeps_what_is_waiting_to_be_sent() {
    let mut model = signed_in();
    model.pending = vec![pending("act_1", "pay", "ord_1", PendingState::Sending)];
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOut });
    let confirm = screen!(model, Settings).confirm_sign_out.unwrap();
    assert!(confirm.message.starts_with("One payment or transfer is still waiting to be sent."));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOut });
    assert_eq!(tasks, [Task::LogOut]);
    done(&mut model, Done::LoggedOut);
    screen!(model, Welcome);
    assert!(look(&model).tabs.is_empty());
}

#[test]
fn signing_out_everywhere_asks_first_and_stays_signed_in_if_the_service_is_unreachable() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    assert_eq!(screen!(model, Settings).sign_out_everywhere.label, "Sign out on all devices");
    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOutEverywhere });
    let confirm = screen!(model, Settings).confirm_sign_out_everywhere.unwrap();
    assert!(confirm.destructive && confirm.message.contains("lost or shared"));
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOutEverywhere });
    assert_eq!(tasks, [Task::LogOutEverywhere]);
    done(&mut model, Done::LogOutEverywhereFailed(PocketError::Offline { reason: "no network".into() }));
    screen!(model, Settings);
    assert!(look(&model).problem.is_some());

    send(&mut model, UiEvent::Settings { event: SettingsEvent::SignOutEverywhere });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ConfirmSignOutEverywhere });
    done(&mut model, Done::LoggedOut);
    screen!(model, Welcome);
}

#[test]
fn an_ended_session_goes_to_sign_in_with_the_email_filled() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Err(PocketError::NeedsSignIn)));
    let sign_in = screen!(model, SignIn);
    assert_eq!(sign_in.email.value, "maria@example.com");
    assert_eq!(
        look(&model).notice.as_deref(),
        Some("Your session ended. Sign in again; anything waiting to be sent is kept.")
    );
}

#[test]
fn offline_screens_say_when_they_were_saved() {
    let mut model = signed_in();
    let stale = WalletScreen { freshness: Freshness { fetched_at: Some(now()), stale: true }, ..wallet() };
    done(&mut model, Done::Wallet(Ok(stale)));
    let banner = look(&model).banner.unwrap();
    assert_eq!(banner.kind, BannerKind::Offline);
    assert_eq!(banner.message, "You're offline. Showing what was saved at Nov 20, 2026, 12:00 PM.");
    send(&mut model, UiEvent::Open { destination: Destination::History });
    done(&mut model, Done::History(Err(PocketError::Offline { reason: "down".into() })));
    let banner = look(&model).banner.unwrap();
    assert!(banner.message.starts_with("Pocket can't be reached right now"));
}

#[test]
fn back_closes_the_problem_then_leaves_the_screen_and_stops_at_the_tab() {
    let mut model = signed_in();
    send(&mut model, UiEvent::Open { destination: Destination::Cards });
    model.problem = Some(super::text::Problem::Check { field: None, code: "unknown_link" });
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Cards));
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Home));
    assert!(!look(&model).can_go_back);
    send(&mut model, UiEvent::Back);
    assert_eq!(model.route(), Some(&Route::Home));
}

#[test]
fn every_screen_draws_in_english_with_no_text_missing() {
    let mut model = signed_in();
    model.orders.last.as_mut().unwrap().orders.push(order("ord_1", OrderStatus::Paid, vec![BuyerAction::Cancel]));
    model.receipts.insert(
        "ord_1".into(),
        super::model::Loadable { last: Some(receipt("ord_1")), status: super::model::LoadStatus::Ready },
    );
    let routes = [
        Route::Welcome,
        Route::SignUp,
        Route::CheckEmail,
        Route::SignIn,
        Route::PaymentPassword,
        Route::SecurityQuestions,
        Route::Home,
        Route::Limits,
        Route::TopUp,
        Route::Cards,
        Route::AddCard,
        Route::Catalogue,
        Route::Product { product_id: "prd_case".into() },
        Route::Cart,
        Route::Checkout,
        Route::Pay,
        Route::Orders,
        Route::Order { order_id: "ord_1".into() },
        Route::History,
        Route::Receipt { order_id: "ord_1".into() },
        Route::RefundReceipt { order_id: "ord_1".into() },
        Route::Transfer,
        Route::Notifications,
        Route::Settings,
        Route::ResetPassword,
        Route::RecoverPaymentPassword,
        Route::Verification,
        Route::Support,
        Route::NewSupportCase,
    ];
    for route in routes {
        model.reset_to(route.clone());
        let view = look(&model);
        assert!(!view.title.is_empty(), "{route:?} has a title");
    }
}

#[test]
fn a_secret_typed_in_an_event_never_reaches_the_model_the_saved_state_or_a_log() {
    let mut model = signed_in();
    paying(&mut model);
    send(
        &mut model,
        UiEvent::Pay { event: PayEvent::Choose { choice: PaymentChoice::Card { card_id: "card_0".into() } } },
    );
    let event = UiEvent::Pay { event: PayEvent::Confirm { payment_password: secret("381947") } };
    assert!(!format!("{event:?}").contains("381947"));
    let tasks = send(&mut model, event);
    assert!(!format!("{tasks:?}").contains("381947"));
    assert!(!format!("{model:?}").contains("381947"));
    assert!(!SavedUi::of(&model).to_json().contains("381947"));
}

// ---- help and support ---------------------------------------------------------

fn case(id: &str, topic: SupportTopic, messages: &[(SupportAuthor, &str)]) -> SupportCase {
    SupportCase {
        id: id.into(),
        topic,
        reference: None,
        status: if messages.last().is_some_and(|(author, _)| *author == SupportAuthor::Support) {
            SupportStatus::Answered
        } else {
            SupportStatus::Open
        },
        opened_at: now(),
        updated_at: now(),
        messages: messages
            .iter()
            .map(|(author, body)| SupportMessage { author: *author, body: body.to_string(), sent_at: now() })
            .collect(),
        receipt: None,
        document: None,
    }
}

#[test]
fn a_request_to_support_is_written_from_settings_and_its_replies_show_in_the_case() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    assert_eq!(screen!(model, Settings).support.label, "Help and support");
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::OpenSupport });
    assert!(tasks.contains(&Task::LoadSupportCases));
    done(&mut model, Done::SupportCases(Ok(SupportCases { cases: vec![] })));
    assert_eq!(screen!(model, Support).empty.as_deref(), Some("No requests yet."));

    send(&mut model, UiEvent::Support { event: SupportEvent::NewCase });
    let form = screen!(model, NewSupportCase);
    let topics: Vec<_> = form.topics.iter().map(|t| (t.id.as_str(), t.selected)).collect();
    assert_eq!(topics, [("other", true), ("forgotten_security_answers", false)]);
    assert!(form.document.is_none());
    let blank = SupportEvent::Submit { message: "  ".into(), document: None };
    assert!(send(&mut model, UiEvent::Support { event: blank }).is_empty());
    assert_eq!(screen!(model, NewSupportCase).message.error.as_deref(), Some("Fill this in."));

    let submit = SupportEvent::Submit { message: "My refund is late.".into(), document: None };
    let tasks = send(&mut model, UiEvent::Support { event: submit });
    assert!(matches!(
        tasks.as_slice(),
        [Task::OpenSupportCase { topic: SupportTopic::Other, reference: None, document: None, .. }]
    ));
    done(
        &mut model,
        Done::SupportCaseOpened(Ok(case(
            "case_1",
            SupportTopic::Other,
            &[(SupportAuthor::Shopper, "My refund is late.")],
        ))),
    );
    let opened = screen!(model, SupportCase);
    assert_eq!(look(&model).title, "Something else");
    assert_eq!((opened.messages[0].author.as_str(), opened.status.as_str()), ("You", "Waiting for support"));
    assert_eq!(model.stack.last(), Some(&Route::SupportCase { case_id: "case_1".into() }));
    assert!(!model.stack.contains(&Route::NewSupportCase), "back goes to the list, not the sent form");

    let write = SupportEvent::Write { case_id: "case_1".into(), message: "Any news?".into() };
    assert_eq!(
        send(&mut model, UiEvent::Support { event: write }),
        [Task::WriteToCase { case_id: "case_1".into(), message: "Any news?".into() }]
    );
    let answered = case(
        "case_1",
        SupportTopic::Other,
        &[(SupportAuthor::Shopper, "My refund is late."), (SupportAuthor::Support, "It left today.")],
    );
    done(&mut model, Done::SupportCaseWritten(Ok(answered)));
    let thread = screen!(model, SupportCase);
    assert_eq!((thread.messages[1].author.as_str(), thread.messages[1].from_support), ("Pocket support", true));
    assert_eq!(thread.status, "Answered");

    let reply = Notification {
        id: 100,
        kind: NotificationKind::SupportReply,
        message: "Support: It left today.".into(),
        reference: "case_1".into(),
        created_at: now(),
        facts: Default::default(),
    };
    let tasks = update(&mut model, Input::Engine(PocketEvent::NotificationReceived { notification: reply }), now());
    assert!(tasks.contains(&Task::LoadSupportCases));
    assert!(model.texts.missing().is_empty(), "{:?}", model.texts.missing());
}

#[test]
fn a_late_top_up_and_a_paid_order_each_lead_to_a_request_about_them() {
    let mut model = signed_in();
    assert!(screen!(model, Home).pending_top_ups[0].report.is_none(), "not late yet");
    model.now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    assert_eq!(screen!(model, Home).pending_top_ups[0].report.as_ref().unwrap().label, "Not arrived? Contact support");
    send(&mut model, UiEvent::Support { event: SupportEvent::ReportLateTopUp { top_up_id: "top_1".into() } });
    let form = screen!(model, NewSupportCase);
    assert_eq!(form.about.as_deref(), Some("About your top-up: Bank transfer · $30.00"));
    assert!(form.topics.is_empty(), "the topic is set by where it started");
    let tasks = send(
        &mut model,
        UiEvent::Support { event: SupportEvent::Submit { message: "Sent a week ago.".into(), document: None } },
    );
    assert!(matches!(
        tasks.as_slice(),
        [Task::OpenSupportCase { topic: SupportTopic::LateTopUp, reference: Some(r), .. }] if r == "top_1"
    ));

    let mut model = signed_in();
    model.receipts.insert(
        "ord_1".into(),
        super::model::Loadable { last: Some(receipt("ord_1")), status: super::model::LoadStatus::Ready },
    );
    model.reset_to(Route::Receipt { order_id: "ord_1".into() });
    assert_eq!(screen!(model, Receipt).report.label, "Report a problem with this payment");
    send(&mut model, UiEvent::Support { event: SupportEvent::ReportPayment { order_id: "ord_1".into() } });
    let about = screen!(model, NewSupportCase).about.unwrap();
    assert!(about.starts_with("About your payment of $3.99 on Nov 20, 2026."), "{about}");
}

#[test]
fn forgotten_security_answers_go_to_support_with_an_identity_document() {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ForgotPaymentPassword });
    assert_eq!(
        screen!(model, RecoverPaymentPassword).contact_support.label,
        "Forgot your answers too? Contact support"
    );
    send(&mut model, UiEvent::Support { event: SupportEvent::ForgotSecurityAnswers });
    let form = screen!(model, NewSupportCase);
    assert!(form.document.is_some(), "the document is asked for");
    let without = SupportEvent::Submit { message: "I forgot them.".into(), document: None };
    assert!(send(&mut model, UiEvent::Support { event: without }).is_empty());
    let document = DocumentInput {
        document_type: "national_id".into(),
        document_number: "123 456 789 09".into(),
        issuing_country: "BR".into(),
        name_on_document: "Maria Souza".into(),
    };
    let with = SupportEvent::Submit { message: "I forgot them.".into(), document: Some(document) };
    let tasks = send(&mut model, UiEvent::Support { event: with });
    let [Task::OpenSupportCase { topic, document: Some(document), .. }] = tasks.as_slice() else { panic!("{tasks:?}") };
    assert_eq!(
        (*topic, document.document_type),
        (SupportTopic::ForgottenSecurityAnswers, IdentityDocument::NationalId)
    );
    assert!(!SavedUi::of(&model).to_json().contains("456 789"), "the number is never saved on the phone");
}

#[test]
fn after_support_resets_the_payment_password_a_new_one_is_set_without_the_old_then_new_questions() {
    let mut model = signed_in();
    let resolved = Notification {
        id: 101,
        kind: NotificationKind::SupportResolved,
        message: "Support: set a new payment password.".into(),
        reference: "case_1".into(),
        created_at: now(),
        facts: Default::default(),
    };
    let tasks = update(&mut model, Input::Engine(PocketEvent::NotificationReceived { notification: resolved }), now());
    assert!(tasks.contains(&Task::LoadProfile), "the reset shows in the profile");
    let reset = Profile { has_payment_password: false, security_questions: vec![], ..profile() };
    done(&mut model, Done::Profile(Ok(reset)));
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    let settings = screen!(model, Settings);
    assert_eq!(settings.change_payment_password.label, "Set payment password");
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ChangePaymentPassword });
    assert!(screen!(model, PaymentPassword).current.is_none(), "no old password is asked for");
    let set =
        PaymentPasswordEvent::Submit { current: None, password: secret("529174"), confirmation: secret("529174") };
    send(&mut model, UiEvent::PaymentPassword { event: set });
    done(&mut model, Done::PaymentPasswordSet(Ok(())));
    screen!(model, SecurityQuestions);
}

// ---- the shoppers' languages --------------------------------------------------

/// What a shopper in `language` reads: a limit refusal, a receipt's paid
/// line and a notification, after choosing the language in settings.
fn read_in(language: &str) -> (String, String, String) {
    let mut model = signed_in();
    send(&mut model, UiEvent::SelectTab { tab: Tab::Profile });
    send(&mut model, UiEvent::Settings { event: SettingsEvent::ChangeLanguage });
    let tasks = send(&mut model, UiEvent::Settings { event: SettingsEvent::ChooseLanguage { id: language.into() } });
    if language != "en" {
        assert_eq!(tasks, [Task::SetLanguage { language: language.into() }]);
        done(&mut model, Done::LanguageSet(Ok(Profile { language: language.into(), ..profile() })));
    }
    assert_eq!(look(&model).language, language);

    let refusal = LimitRefusal {
        method: LimitMethod::Balance,
        rule: LimitRule::PerDay,
        amount: usd("1234.50"),
        ceiling: usd("1000.00"),
        left: usd("400.00"),
        resets_at: Some(now() + Duration::hours(5)),
        how_to_raise: None,
    };
    model.problem = Some(super::text::Problem::Limit(refusal));
    let refused = look(&model).problem.unwrap().message;
    model.problem = None;

    let paid = Receipt { paid: usd("1234.50"), ..receipt("ord_1") };
    model
        .receipts
        .insert("ord_1".into(), super::model::Loadable { last: Some(paid), status: super::model::LoadStatus::Ready });
    model.push(Route::Receipt { order_id: "ord_1".into() });
    let receipt_lines =
        screen!(model, Receipt).lines.iter().map(|l| format!("{} {}", l.label, l.value)).collect::<Vec<_>>();

    let arrived = Notification {
        id: 7,
        kind: NotificationKind::TopUpSettled,
        message: "$1,234.50 arrived in your Pocket balance".into(),
        reference: "top_9".into(),
        created_at: now(),
        facts: crate::contract::wallet::NotificationFacts { amount: Some(usd("1234.50")), ..Default::default() },
    };
    update(&mut model, Input::Engine(PocketEvent::NotificationReceived { notification: arrived }), now());
    send(&mut model, UiEvent::Open { destination: Destination::Notifications });
    let notification = screen!(model, Notifications).items[0].message.clone();
    assert!(model.texts.missing().is_empty(), "{language} lacks {:?}", model.texts.missing());
    (refused, receipt_lines.join("\n"), notification)
}

#[test]
fn a_shopper_in_each_language_reads_a_refusal_a_receipt_and_a_notification_in_it_with_its_own_numbers() {
    // 1234.50 as each language writes its digits.
    let digits = [
        ("en", "1,234.50"),
        ("ru", "1\u{a0}234,50"),
        ("pt-BR", "1.234,50"),
        ("es", "1.234,50"),
        ("tr", "1.234,50"),
        ("id", "1.234,50"),
        ("sw", "1,234.50"),
        ("el", "1.234,50"),
    ];
    assert_eq!(digits.map(|(tag, _)| tag), crate::text::SHOPPER_LANGUAGES, "every language the service accepts");
    let english = read_in("en");
    for (language, written) in digits {
        let (refused, receipt, notification) = read_in(language);
        for (what, text) in [("the refusal", &refused), ("the receipt", &receipt), ("the notification", &notification)]
        {
            assert!(text.contains(written), "{language}: {what} writes 1234.50 as {written}: {text}");
        }
        // The words, not only the numbers, are the language's own.
        let words = |text: &str| text.chars().filter(|c| c.is_alphabetic()).collect::<String>();
        if language != "en" {
            assert_ne!(words(&refused), words(&english.0), "{language} words the refusal: {refused}");
            assert_ne!(words(&receipt), words(&english.1), "{language} words the receipt: {receipt}");
            assert_ne!(words(&notification), words(&english.2), "{language} words the notification: {notification}");
        }
    }
}

// ---- pushes -------------------------------------------------------------------

#[test]
fn the_push_token_is_registered_once_signed_in_and_a_tapped_push_opens_the_screen_it_is_about() {
    use crate::contract::wallet::PushPlatform;
    let mut model = signed_out();
    let token = UiEvent::PushToken { platform: PushPlatform::Fcm, token: "fcm:token-1".into() };
    assert!(send(&mut model, token).is_empty(), "nothing to register before sign-in");
    send(&mut model, UiEvent::Open { destination: Destination::SignIn });
    send(
        &mut model,
        UiEvent::SignIn { event: SignInEvent::Submit { email: "maria@example.com".into(), password: secret("pw") } },
    );
    let tasks = done(&mut model, Done::LoggedIn(Ok(profile())));
    assert!(tasks.contains(&Task::RegisterPushToken { platform: PushPlatform::Fcm, token: "fcm:token-1".into() }));

    let tasks =
        send(&mut model, UiEvent::OpenNotification { kind: "support_reply".into(), reference: "case_1".into() });
    assert_eq!(model.route(), Some(&Route::SupportCase { case_id: "case_1".into() }));
    assert!(tasks.contains(&Task::LoadSupportCases));
    let tasks = send(&mut model, UiEvent::OpenNotification { kind: "payment".into(), reference: "ord_1".into() });
    assert_eq!(model.route(), Some(&Route::Order { order_id: "ord_1".into() }));
    assert!(tasks.contains(&Task::LoadOrder { order_id: "ord_1".into() }));
    send(&mut model, UiEvent::OpenNotification { kind: "verification_approved".into(), reference: "idv_1".into() });
    assert_eq!(model.route(), Some(&Route::Verification));
}
