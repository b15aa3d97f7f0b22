//! Identity verification, asked for by the shopper (from settings, or from
//! a refusal that a verified identity would lift): a document, its number,
//! the country that issued it and the name on it. It waits for review; the
//! level and the raised limits show as soon as it is approved.

use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice};
use crate::app::ui::parts::ButtonView;
use crate::app::ui::steps::document::{DocumentFieldsView, DocumentInput};
use crate::app::ui::task::Task;
use crate::app::ui::text::{Problem, Texts};
use crate::app::PocketError;
use crate::contract::accounts::{Verification, VerificationState};
use crate::limits::VerificationLevel;

const FIELDS: [&str; 4] = ["document_type", "document_number", "issuing_country", "name_on_document"];

/// Taps on the verification screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum VerificationEvent {
    /// "Send for review".
    Submit {
        /// The document.
        input: DocumentInput,
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
pub struct VerificationFormView {
    /// The document's fields.
    pub document: DocumentFieldsView,
    /// "Send for review".
    pub submit: ButtonView,
}

pub(crate) fn on_event(model: &mut Model, event: VerificationEvent) -> Vec<Task> {
    let VerificationEvent::Submit { input } = event;
    let flow = &mut model.flows.verification;
    if flow.sending {
        return Vec::new();
    }
    flow.problem = None;
    match flow.document.take(&input) {
        Ok(document) => {
            flow.sending = true;
            vec![Task::RequestVerification { document }]
        }
        Err(problem) => {
            flow.problem = Some(problem);
            Vec::new()
        }
    }
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
    let mut tasks = crate::app::ui::loads::reload(model, Task::LoadProfile);
    tasks.extend(crate::app::ui::loads::reload(model, Task::LoadWallet));
    tasks.extend(crate::app::ui::loads::reload(model, Task::LoadVerification));
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
    let country = model.profile.last.as_ref().map(|p| p.country.as_str()).unwrap_or_default();
    VerificationFormView {
        document: flow.document.view(&flow.problem, !flow.sending, country, t),
        submit: ButtonView::with(t.get("verification-submit"), true, flow.sending),
    }
}

#[cfg(test)]
mod tests;
