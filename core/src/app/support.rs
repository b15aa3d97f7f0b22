//! Support cases, through the service: list them, open one (with the
//! identity document when it asks for one), write to one.

use crate::contract::paths;
use reqwest::Method;

use super::reads::parse;
use super::{Pocket, PocketError};
use crate::contract::accounts::{DocumentGiven, IdentityDocument};
use crate::contract::support::{CaseMessage, OpenCase, SupportCase, SupportCases, SupportTopic};

/// An identity document that passed the phone's checks (for verification,
/// and for a case about forgotten security answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CheckedDocument {
    pub document_type: IdentityDocument,
    pub document_number: String,
    pub issuing_country: String,
    pub name_on_document: String,
}

impl Pocket {
    /// The shopper's support cases with their messages, newest first.
    pub async fn support_cases(&self) -> Result<SupportCases, PocketError> {
        let token = self.inner.token()?;
        let answer = self.inner.service.call(Method::GET, paths::SUPPORT_CASES, Some(&token), None, None, None).await?;
        parse(answer.into_body()?)
    }

    /// Opens a case about `reference` (a top-up or an order), with an
    /// identity document for forgotten security answers.
    pub(crate) async fn open_support_case(
        &self,
        topic: SupportTopic,
        reference: Option<String>,
        message: String,
        document: Option<CheckedDocument>,
    ) -> Result<SupportCase, PocketError> {
        let identity_document = document.map(|document| DocumentGiven {
            document_type: document.document_type,
            document_number: document.document_number,
            issuing_country: document.issuing_country,
            name_on_document: document.name_on_document,
        });
        let body = OpenCase { topic, reference, message, identity_document };
        parse(self.inner.session_call(Method::POST, paths::SUPPORT_CASES, &body).await?)
    }

    /// Writes to a case; a closed one opens again.
    pub async fn write_to_support_case(&self, case_id: String, message: String) -> Result<SupportCase, PocketError> {
        let path = paths::path(paths::SUPPORT_CASE_MESSAGES, &[&case_id]);
        parse(self.inner.session_call(Method::POST, &path, &CaseMessage { message }).await?)
    }
}
