//! An identity document, as the shopper fills it in: for identity
//! verification, and for a support case about forgotten security answers.
//! The number is never kept in the app's saved state.

use crate::app::ui::describe;
use crate::app::ui::parts::{ChoiceView, FieldView, InputKind};
use crate::app::ui::state::document::DocumentDraft;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::CheckedDocument;
use crate::contract::accounts::IdentityDocument;

/// The documents offered, with their ids in events.
const DOCUMENTS: [(&str, IdentityDocument); 3] = [
    ("passport", IdentityDocument::Passport),
    ("national_id", IdentityDocument::NationalId),
    ("driving_licence", IdentityDocument::DrivingLicence),
];

/// A document's key in message ids (`document-national-id`).
pub(crate) fn document_key(document: IdentityDocument) -> &'static str {
    match document {
        IdentityDocument::Passport => "passport",
        IdentityDocument::NationalId => "national-id",
        IdentityDocument::DrivingLicence => "driving-licence",
    }
}

/// The document's fields, as the shell sends them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentInput {
    /// The id of the chosen document choice.
    pub document_type: String,
    /// The document's number, as printed.
    pub document_number: String,
    /// The id of the chosen country choice.
    pub issuing_country: String,
    /// The name as printed on the document.
    pub name_on_document: String,
}

/// The document's fields to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct DocumentFieldsView {
    pub document_label: String,
    pub documents: Vec<ChoiceView>,
    pub document_error: Option<String>,
    pub number: FieldView,
    pub country_label: String,
    pub countries: Vec<ChoiceView>,
    pub country_error: Option<String>,
    pub name: FieldView,
}

impl DocumentDraft {
    /// Keeps what was typed (minus the number) and checks it.
    pub fn take(&mut self, input: &DocumentInput) -> Result<CheckedDocument, Problem> {
        self.document_type = input.document_type.clone();
        self.country = input.issuing_country.clone();
        self.name = input.name_on_document.trim().to_string();
        let Some((_, document_type)) = DOCUMENTS.iter().find(|(id, _)| *id == input.document_type) else {
            return Err(Problem::Check { field: Some("document_type"), code: "choose_document" });
        };
        let problem = if input.document_number.chars().filter(char::is_ascii_alphanumeric).count() < 4 {
            Some(("document_number", "invalid_document_number"))
        } else if !describe::countries().any(|code| code == input.issuing_country) {
            Some(("issuing_country", "invalid_country"))
        } else if self.name.is_empty() {
            Some(("name_on_document", "required"))
        } else {
            None
        };
        if let Some((field, code)) = problem {
            return Err(Problem::Check { field: Some(field), code });
        }
        Ok(CheckedDocument {
            document_type: *document_type,
            document_number: input.document_number.trim().to_string(),
            issuing_country: input.issuing_country.clone(),
            name_on_document: self.name.clone(),
        })
    }

    /// The fields, with `problem` under the one it names; the country
    /// starts as `default_country` (the account's).
    pub fn view(
        &self,
        problem: &Option<Problem>,
        enabled: bool,
        default_country: &str,
        t: &Texts,
    ) -> DocumentFieldsView {
        let country = if self.country.is_empty() { default_country } else { self.country.as_str() };
        let error = |name: &str| {
            field_error(problem, name, t).or_else(|| field_error(problem, &format!("identity_document.{name}"), t))
        };
        let field = |label: &str, name: &str, value: &str| {
            let mut view = FieldView::new(t.get(label), InputKind::Text).value(value).enabled(enabled);
            view.error = error(name);
            view
        };
        DocumentFieldsView {
            document_label: t.get("verification-document"),
            documents: DOCUMENTS
                .iter()
                .map(|(id, _)| ChoiceView {
                    id: id.to_string(),
                    label: t.get(&format!("document-{}", id.replace('_', "-"))),
                    detail: None,
                    selected: self.document_type == *id,
                    enabled,
                })
                .collect(),
            document_error: error("document_type"),
            number: field("verification-number", "document_number", ""),
            country_label: t.get("verification-country"),
            countries: describe::country_choices(country, enabled, t),
            country_error: error("issuing_country"),
            name: field("verification-name", "name_on_document", &self.name),
        }
    }
}
