//! The support flow driven as a shell would, without a network: its phases
//! and its refusals, the task outcomes played by hand.

use chrono::{TimeZone, Utc};

use crate::app::ui::destination::Tab;
use crate::app::ui::event::UiEvent;
use crate::app::ui::fixtures::*;
use crate::app::ui::flows::*;
use crate::app::ui::model::Route;
use crate::app::ui::persist::SavedUi;
use crate::app::ui::steps::DocumentInput;
use crate::app::ui::task::{Done, Task};
use crate::app::ui::update::{update, Input};
use crate::app::*;
use crate::contract::accounts::IdentityDocument;
use crate::contract::support::{SupportAuthor, SupportCase, SupportCases, SupportMessage, SupportStatus, SupportTopic};
use crate::contract::wallet::NotificationKind;

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
        crate::app::ui::model::Loadable {
            last: Some(receipt("ord_1")),
            status: crate::app::ui::model::LoadStatus::Ready,
        },
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
    let reset = profile_where(|p| {
        p.has_payment_password = false;
        p.security_questions = vec![];
    });
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
