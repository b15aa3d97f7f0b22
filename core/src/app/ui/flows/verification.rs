//! Identity verification, asked for by the shopper (from settings, or from
//! a refusal that a verified identity would lift): a document, its number,
//! the country that issued it and the name on it. It waits for review; the
//! level and the raised limits show as soon as it is approved.

use serde::{Deserialize, Serialize};

use super::{field_error, place_problem};
use crate::app::ui::model::{Model, Notice};
use crate::app::ui::task::Task;
use crate::app::ui::text::{Problem, Texts};
use crate::app::ui::view::{ButtonView, ChoiceView, FieldView, InputKind};
use crate::app::PocketError;
use crate::contract::accounts::{IdentityDocument, Verification, VerificationState};
use crate::limits::VerificationLevel;

/// The documents offered, with their ids in events.
const DOCUMENTS: [(&str, IdentityDocument); 3] = [
    ("passport", IdentityDocument::Passport),
    ("national_id", IdentityDocument::NationalId),
    ("driving_licence", IdentityDocument::DrivingLicence),
];

const FIELDS: [&str; 4] = ["document_type", "document_number", "issuing_country", "name_on_document"];

/// The form as last sent (the document number is not kept).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct VerificationFormState {
    pub document_type: String,
    pub country: String,
    pub name: String,
    pub sending: bool,
    #[serde(skip)]
    pub problem: Option<Problem>,
}

/// The form as sent by the shell.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VerificationInput {
    /// The id of the chosen document choice.
    pub document_type: String,
    /// The document's number, as printed.
    pub document_number: String,
    /// The id of the chosen country choice.
    pub issuing_country: String,
    /// The name as printed on the document.
    pub name_on_document: String,
}

/// Taps on the verification screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum VerificationEvent {
    /// "Send for review".
    Submit {
        /// The form.
        input: VerificationInput,
    },
}

/// Identity verification: where it stands, and the form when one can be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VerificationView {
    /// What it is for.
    pub intro: String,
    /// Where it stands ("Sent on ... We'll tell you ..."), once sent.
    pub status: Option<String>,
    /// The form, when a verification can be sent now.
    pub form: Option<VerificationFormView>,
    /// Nothing arrived yet.
    pub loading: bool,
}

/// The document form.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct VerificationFormView {
    pub document_label: String,
    pub documents: Vec<ChoiceView>,
    pub document_error: Option<String>,
    pub number: FieldView,
    pub country_label: String,
    pub countries: Vec<ChoiceView>,
    pub country_error: Option<String>,
    pub name: FieldView,
    /// "Send for review".
    pub submit: ButtonView,
}

pub(crate) fn on_event(model: &mut Model, event: VerificationEvent) -> Vec<Task> {
    let VerificationEvent::Submit { input } = event;
    let flow = &mut model.flows.verification;
    if flow.sending {
        return Vec::new();
    }
    flow.document_type = input.document_type.clone();
    flow.country = input.issuing_country.clone();
    flow.name = input.name_on_document.trim().to_string();
    flow.problem = None;
    let Some((_, document)) = DOCUMENTS.iter().find(|(id, _)| *id == input.document_type) else {
        flow.problem = Some(Problem::Check { field: Some("document_type"), code: "choose_document" });
        return Vec::new();
    };
    let check = if input.document_number.chars().filter(char::is_ascii_alphanumeric).count() < 4 {
        Some(("document_number", "invalid_document_number"))
    } else if !super::account::COUNTRIES.contains(&input.issuing_country.as_str()) {
        Some(("issuing_country", "invalid_country"))
    } else if flow.name.is_empty() {
        Some(("name_on_document", "required"))
    } else {
        None
    };
    if let Some((field, code)) = check {
        flow.problem = Some(Problem::Check { field: Some(field), code });
        return Vec::new();
    }
    flow.sending = true;
    vec![Task::RequestVerification {
        document_type: *document,
        document_number: input.document_number.trim().to_string(),
        issuing_country: input.issuing_country,
        name_on_document: flow.name.clone(),
    }]
}

pub(crate) fn on_requested(model: &mut Model, result: Result<Verification, PocketError>) -> Vec<Task> {
    model.flows.verification.sending = false;
    match result {
        Ok(verification) => {
            model.verification.finish(Ok(verification));
            model.notice = Some(Notice::new("notice-verification-sent"));
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &FIELDS);
            model.flows.verification.problem = kept;
        }
    }
    Vec::new()
}

/// A review arrived (its notification): the level, the limits and the
/// screen are read again.
pub(crate) fn reviewed(model: &mut Model) -> Vec<Task> {
    let mut tasks = crate::app::ui::update::reload(model, Task::LoadProfile);
    tasks.extend(crate::app::ui::update::reload(model, Task::LoadWallet));
    tasks.extend(crate::app::ui::update::reload(model, Task::LoadVerification));
    tasks
}

pub(crate) fn view(model: &Model, t: &Texts) -> VerificationView {
    let verification = model.verification.last.as_ref();
    let level = verification
        .map(|v| v.level)
        .or_else(|| model.profile.last.as_ref().map(|p| p.level))
        .unwrap_or(VerificationLevel::EmailConfirmed);
    let status = match (level, verification) {
        (VerificationLevel::IdentityVerified, _) => Some(t.get("verification-status-approved")),
        (VerificationLevel::Unverified, _) => Some(t.get("verification-email-first")),
        (_, Some(v)) => match v.state {
            VerificationState::Pending => {
                let date = v.submitted_at.map(|at| t.date(at)).unwrap_or_default();
                Some(t.fmt("verification-status-pending", &[("date", date.into())]))
            }
            VerificationState::Declined => {
                let reason = v.decline_reason.clone().unwrap_or_default();
                Some(t.fmt("verification-status-declined", &[("reason", reason.into())]))
            }
            VerificationState::NotRequested | VerificationState::Approved => None,
        },
        (_, None) => None,
    };
    let can_send = level == VerificationLevel::EmailConfirmed
        && verification
            .is_some_and(|v| matches!(v.state, VerificationState::NotRequested | VerificationState::Declined));
    VerificationView {
        intro: t.get("verification-intro"),
        status,
        form: can_send.then(|| form_view(model, t)),
        loading: model.verification.is_loading_first(),
    }
}

fn form_view(model: &Model, t: &Texts) -> VerificationFormView {
    let flow = &model.flows.verification;
    let enabled = !flow.sending;
    let country = if flow.country.is_empty() {
        model.profile.last.as_ref().map(|p| p.country.clone()).unwrap_or_default()
    } else {
        flow.country.clone()
    };
    let field = |label: &str, name: &str, value: &str| {
        let mut view = FieldView::new(t.get(label), InputKind::Text).value(value).enabled(enabled);
        view.error = field_error(&flow.problem, name, t);
        view
    };
    VerificationFormView {
        document_label: t.get("verification-document"),
        documents: DOCUMENTS
            .iter()
            .map(|(id, _)| ChoiceView {
                id: id.to_string(),
                label: t.get(&format!("document-{}", id.replace('_', "-"))),
                detail: None,
                selected: flow.document_type == *id,
                enabled,
            })
            .collect(),
        document_error: field_error(&flow.problem, "document_type", t),
        number: field("verification-number", "document_number", ""),
        country_label: t.get("verification-country"),
        countries: super::account::COUNTRIES
            .iter()
            .map(|code| ChoiceView {
                id: code.to_string(),
                label: t.get(&format!("country-{code}")),
                detail: None,
                selected: *code == country,
                enabled,
            })
            .collect(),
        country_error: field_error(&flow.problem, "issuing_country", t),
        name: field("verification-name", "name_on_document", &flow.name),
        submit: ButtonView::with(t.get("verification-submit"), true, flow.sending),
    }
}
