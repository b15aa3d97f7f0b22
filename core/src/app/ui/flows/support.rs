//! Help and support: the shopper's cases with support's replies, a new
//! case (from settings; about a late top-up from home; about a payment from
//! its receipt; about forgotten security answers, with an identity
//! document, from the payment password recovery), and writing to a case.

use crate::app::ui::describe;
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{ButtonView, ChoiceView, FieldView, InputKind, LineView};
use crate::app::ui::state::support::SupportState;
use crate::app::ui::steps::document::{DocumentFieldsView, DocumentInput};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::PocketError;
use crate::contract::support::{SupportAuthor, SupportCase, SupportCases, SupportStatus, SupportTopic};

/// The topics a shopper can choose when opening a case from settings (the
/// others start from the top-up or payment they are about).
const CHOOSABLE: [SupportTopic; 2] = [SupportTopic::Other, SupportTopic::ForgottenSecurityAnswers];

const FIELDS: [&str; 6] =
    ["message", "reference", "document_type", "document_number", "issuing_country", "name_on_document"];

/// Taps about support, from its screens and from the screens that lead there.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SupportEvent {
    /// "New request" on the support screen.
    NewCase,
    /// Picks what a new case is about, by the id of its choice.
    ChooseTopic {
        /// The choice's id.
        topic_id: String,
    },
    /// "Send" on a new case.
    Submit {
        /// What happened.
        message: String,
        /// The identity document, when the case asks for one.
        document: Option<DocumentInput>,
    },
    /// Opens a case.
    OpenCase {
        /// Its id.
        case_id: String,
    },
    /// Writes to a case.
    Write {
        /// Its id.
        case_id: String,
        /// The message.
        message: String,
    },
    /// "Report a problem" on a payment's receipt.
    ReportPayment {
        /// The order paid.
        order_id: String,
    },
    /// "Not arrived?" on a late top-up.
    ReportLateTopUp {
        /// The top-up.
        top_up_id: String,
    },
    /// "Contact support" when the security answers are forgotten.
    ForgotSecurityAnswers,
}

/// The shopper's cases.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupportView {
    /// What support does.
    pub intro: String,
    /// Newest first.
    pub cases: Vec<SupportCaseRowView>,
    /// "No requests yet."
    pub empty: Option<String>,
    /// "New request".
    pub new_case: ButtonView,
    /// "Open the request": the label of each case's link.
    pub open_case: String,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// A case in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupportCaseRowView {
    /// Its id (for `OpenCase`).
    pub id: String,
    /// What it is about.
    pub title: String,
    /// "Answered".
    pub status: String,
    /// The last message, shortened.
    pub last_message: String,
    /// When it last changed.
    pub date: String,
}

/// One case with its messages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupportCaseView {
    /// Its id.
    pub id: String,
    /// Where it stands.
    pub status: String,
    /// The receipt or document attached, as lines.
    pub attached: Vec<LineView>,
    /// The messages, oldest first.
    pub messages: Vec<SupportMessageView>,
    /// A new message.
    pub reply: FieldView,
    /// "Send".
    pub send: ButtonView,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupportMessageView {
    /// "You" or "Pocket support".
    pub author: String,
    /// What it says.
    pub body: String,
    /// When.
    pub date: String,
    /// Written by support (drawn on the other side).
    pub from_support: bool,
}

/// A new case.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewSupportCaseView {
    /// What it is about, when it started from a top-up, payment or recovery.
    pub about: Option<String>,
    /// The topics to choose from (none when it is set).
    pub topics: Vec<ChoiceView>,
    /// What happened.
    pub message: FieldView,
    /// The identity document, for forgotten security answers.
    pub document: Option<DocumentFieldsView>,
    /// "Send".
    pub submit: ButtonView,
}

// ---- events ---------------------------------------------------------------

pub(crate) fn on_event(model: &mut Model, event: SupportEvent) -> Vec<Task> {
    match event {
        SupportEvent::NewCase => start(model, SupportTopic::Other, None, false),
        SupportEvent::ReportPayment { order_id } => start(model, SupportTopic::PaymentProblem, Some(order_id), true),
        SupportEvent::ReportLateTopUp { top_up_id } => start(model, SupportTopic::LateTopUp, Some(top_up_id), true),
        SupportEvent::ForgotSecurityAnswers => start(model, SupportTopic::ForgottenSecurityAnswers, None, true),
        SupportEvent::ChooseTopic { topic_id } => {
            let flow = &mut model.flows.support;
            if let Some(topic) = CHOOSABLE.into_iter().find(|topic| topic_id == topic_key(*topic)) {
                if !flow.topic_fixed && !flow.sending {
                    flow.topic = Some(topic);
                    flow.problem = None;
                }
            }
            Vec::new()
        }
        SupportEvent::Submit { message, document } => submit(model, message, document),
        SupportEvent::OpenCase { case_id } => {
            let route = Route::SupportCase { case_id };
            model.push(route.clone());
            crate::app::ui::loads::loads_for(model, &route, false)
        }
        SupportEvent::Write { case_id, message } => {
            let flow = &mut model.flows.support;
            if flow.writing.is_some() {
                return Vec::new();
            }
            flow.problem = None;
            let message = message.trim().to_string();
            if message.is_empty() {
                flow.problem = Some(Problem::Check { field: Some("reply"), code: "required" });
                return Vec::new();
            }
            flow.writing = Some(case_id.clone());
            vec![Task::WriteToCase { case_id, message }]
        }
    }
}

fn start(model: &mut Model, topic: SupportTopic, reference: Option<String>, fixed: bool) -> Vec<Task> {
    model.flows.support = SupportState { topic: Some(topic), reference, topic_fixed: fixed, ..SupportState::default() };
    model.push(Route::NewSupportCase);
    Vec::new()
}

fn submit(model: &mut Model, message: String, document: Option<DocumentInput>) -> Vec<Task> {
    let flow = &mut model.flows.support;
    if flow.sending {
        return Vec::new();
    }
    flow.problem = None;
    flow.message = message.trim().to_string();
    let topic = flow.topic.unwrap_or(SupportTopic::Other);
    let document = match (topic, document) {
        (SupportTopic::ForgottenSecurityAnswers, Some(input)) => match flow.document.take(&input) {
            Ok(checked) => Some(checked),
            Err(problem) => {
                flow.problem = Some(problem);
                return Vec::new();
            }
        },
        (SupportTopic::ForgottenSecurityAnswers, None) => {
            flow.problem = Some(Problem::Check { field: Some("document_type"), code: "choose_document" });
            return Vec::new();
        }
        _ => None,
    };
    if flow.message.is_empty() {
        flow.problem = Some(Problem::Check { field: Some("message"), code: "required" });
        return Vec::new();
    }
    flow.sending = true;
    vec![Task::OpenSupportCase { topic, reference: flow.reference.clone(), message: flow.message.clone(), document }]
}

// ---- outcomes -------------------------------------------------------------

pub(crate) fn on_opened(model: &mut Model, result: Result<SupportCase, PocketError>) -> Vec<Task> {
    model.flows.support.sending = false;
    match result {
        Ok(case) => {
            let id = case.id.clone();
            remember(model, case);
            model.flows.support = SupportState::default();
            model.pop_if(&Route::NewSupportCase);
            model.push(Route::SupportCase { case_id: id });
            model.notice = Some(Notice::new("notice-support-case-opened"));
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &FIELDS);
            model.flows.support.problem = kept;
        }
    }
    Vec::new()
}

pub(crate) fn on_written(model: &mut Model, result: Result<SupportCase, PocketError>) -> Vec<Task> {
    model.flows.support.writing = None;
    match result {
        Ok(case) => {
            remember(model, case);
            model.notice = Some(Notice::new("notice-support-message-sent"));
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &["reply", "message"]);
            model.flows.support.problem = kept;
        }
    }
    Vec::new()
}

/// A case as the service now has it, in the list.
fn remember(model: &mut Model, case: SupportCase) {
    let cases = model.support.last.get_or_insert_with(|| SupportCases { cases: Vec::new() });
    match cases.cases.iter_mut().find(|known| known.id == case.id) {
        Some(known) => *known = case,
        None => cases.cases.insert(0, case),
    }
}

/// Support replied or closed a case (its notification): read the cases
/// again, and the profile (a resolved case may have reset the payment
/// password).
pub(crate) fn changed(model: &mut Model) -> Vec<Task> {
    let mut tasks = crate::app::ui::loads::reload(model, Task::LoadSupportCases);
    tasks.extend(crate::app::ui::loads::reload(model, Task::LoadProfile));
    tasks
}

// ---- views ----------------------------------------------------------------

fn topic_key(topic: SupportTopic) -> &'static str {
    match topic {
        SupportTopic::LateTopUp => "late_top_up",
        SupportTopic::PaymentProblem => "payment_problem",
        SupportTopic::ForgottenSecurityAnswers => "forgotten_security_answers",
        SupportTopic::Other => "other",
    }
}

fn topic_name(topic: SupportTopic, t: &Texts) -> String {
    t.get(&format!("support-topic-{}", topic_key(topic).replace('_', "-")))
}

fn status_name(status: SupportStatus, t: &Texts) -> String {
    t.get(match status {
        SupportStatus::Open => "support-status-open",
        SupportStatus::Answered => "support-status-answered",
        SupportStatus::Resolved => "support-status-resolved",
        SupportStatus::Declined => "support-status-declined",
    })
}

pub(crate) fn list_view(model: &Model, t: &Texts) -> SupportView {
    let cases = model.support.last.as_ref().map(|s| s.cases.as_slice()).unwrap_or_default();
    SupportView {
        intro: t.get("support-intro"),
        cases: cases
            .iter()
            .map(|case| SupportCaseRowView {
                id: case.id.clone(),
                title: topic_name(case.topic, t),
                status: status_name(case.status, t),
                last_message: case.messages.last().map(|m| shorten(&m.body)).unwrap_or_default(),
                date: t.date(case.updated_at),
            })
            .collect(),
        empty: (cases.is_empty() && model.support.last.is_some()).then(|| t.get("support-empty")),
        new_case: ButtonView::new(t.get("support-new-case")),
        open_case: t.get("support-open-case"),
        loading: model.support.is_loading_first(),
    }
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(80).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// The case's screen, once the case is known.
pub(crate) fn case_view(model: &Model, case_id: &str, t: &Texts) -> Option<(SupportCaseView, String)> {
    let case = model.support.last.as_ref()?.cases.iter().find(|case| case.id == case_id)?;
    let flow = &model.flows.support;
    let mut attached = Vec::new();
    if let Some(receipt) = &case.receipt {
        attached.push(LineView::new(t.get("receipt-paid"), t.money(receipt.paid)));
        attached.push(LineView::new(t.get("receipt-at"), t.date_time(receipt.paid_at)));
        attached.push(LineView::new(t.get("receipt-payment"), receipt.payment_id.clone()));
    }
    if let Some(document) = &case.document {
        let name =
            t.get(&format!("document-{}", crate::app::ui::steps::document::document_key(document.document_type)));
        attached.push(LineView::new(t.get("verification-document"), format!("{name} ••••{}", document.document_last4)));
    }
    if let (Some(reference), SupportTopic::LateTopUp) = (&case.reference, case.topic) {
        attached.push(LineView::new(t.get("support-top-up"), reference.clone()));
    }
    let writing = flow.writing.as_deref() == Some(case_id);
    let mut reply = FieldView::new(t.get("support-reply"), InputKind::Text).enabled(!writing);
    reply.error = field_error(&flow.problem, "reply", t).or_else(|| field_error(&flow.problem, "message", t));
    let view = SupportCaseView {
        id: case.id.clone(),
        status: status_name(case.status, t),
        attached,
        messages: case
            .messages
            .iter()
            .map(|message| SupportMessageView {
                author: t.get(match message.author {
                    SupportAuthor::Shopper => "support-author-you",
                    SupportAuthor::Support => "support-author-support",
                }),
                body: message.body.clone(),
                date: t.date_time(message.sent_at),
                from_support: message.author == SupportAuthor::Support,
            })
            .collect(),
        reply,
        send: ButtonView::with(t.get("support-send"), true, writing),
    };
    Some((view, topic_name(case.topic, t)))
}

pub(crate) fn new_case_view(model: &Model, t: &Texts) -> NewSupportCaseView {
    let flow = &model.flows.support;
    let topic = flow.topic.unwrap_or(SupportTopic::Other);
    let enabled = !flow.sending;
    let mut message = FieldView::new(t.get("support-message"), InputKind::Text).value(&flow.message).enabled(enabled);
    message.error = field_error(&flow.problem, "message", t).or_else(|| field_error(&flow.problem, "reference", t));
    let country = model.profile.last.as_ref().map(|p| p.country.as_str()).unwrap_or_default();
    NewSupportCaseView {
        about: about(model, topic, flow.reference.as_deref(), t),
        topics: if flow.topic_fixed {
            Vec::new()
        } else {
            CHOOSABLE
                .iter()
                .map(|choice| ChoiceView {
                    id: topic_key(*choice).to_string(),
                    label: topic_name(*choice, t),
                    detail: None,
                    selected: *choice == topic,
                    enabled,
                })
                .collect()
        },
        message,
        document: (topic == SupportTopic::ForgottenSecurityAnswers)
            .then(|| flow.document.view(&flow.problem, enabled, country, t)),
        submit: ButtonView::with(t.get("support-send"), true, flow.sending),
    }
}

/// What a case that started somewhere is about, in words.
fn about(model: &Model, topic: SupportTopic, reference: Option<&str>, t: &Texts) -> Option<String> {
    match (topic, reference) {
        (SupportTopic::LateTopUp, Some(id)) => {
            let wallet = model.wallet.last.as_ref();
            let top_up = wallet.and_then(|w| w.top_ups.iter().find(|top_up| top_up.id == id));
            Some(match top_up {
                Some(top_up) => t.fmt("support-about-top-up", &[("top_up", describe::top_up_title(top_up, t).into())]),
                None => t.get("support-topic-late-top-up"),
            })
        }
        (SupportTopic::PaymentProblem, Some(order_id)) => {
            let receipt = model.receipts.get(order_id).and_then(|r| r.last.as_ref());
            Some(match receipt {
                Some(receipt) => t.fmt(
                    "support-about-payment",
                    &[("amount", t.money(receipt.paid).into()), ("date", t.date(receipt.paid_at).into())],
                ),
                None => t.get("support-topic-payment-problem"),
            })
        }
        (SupportTopic::ForgottenSecurityAnswers, _) => Some(t.get("support-about-answers")),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
