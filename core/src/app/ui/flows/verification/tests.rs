//! The verification flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use crate::app::ui::destination::Destination;
use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::persist::SavedUi;
use crate::app::ui::steps::DocumentInput;
use crate::app::ui::task::{Done, Task};
use crate::app::ui::update::{update, Input};
use crate::app::*;
use crate::contract::accounts::{IdentityDocument, Verification, VerificationState};
use crate::contract::wallet::NotificationKind;
use crate::limits::{LimitMethod, LimitRaise, LimitRefusal, LimitRule, VerificationLevel};

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
    model.problem = Some(crate::app::ui::text::Problem::Limit(refusal));
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
