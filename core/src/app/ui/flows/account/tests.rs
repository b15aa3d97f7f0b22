//! The account flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::Duration;

use crate::app::ui::destination::Destination;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Route;
use crate::app::ui::task::{Done, Task};
use crate::app::*;
use crate::contract::service::ErrorKind;
use crate::limits::VerificationLevel;

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
    let new_shopper = profile_where(|p| {
        p.level = VerificationLevel::Unverified;
        p.has_payment_password = false;
        p.security_questions = vec![];
    });
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
