//! Steps several flows share, below the flows: the SMS code and bank page
//! a card charge may ask for (pay, top up, transfer), and an identity
//! document's fields (verification, support).

pub(crate) mod document;
pub(crate) mod sending;

pub use document::{DocumentFieldsView, DocumentInput};
