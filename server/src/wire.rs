//! Names of enums as they appear on the wire and at rest.

/// The serde name of a unit enum variant (`TopUpRail::BankTransfer` ->
/// `"bank_transfer"`): the contract's, so both sides name them alike.
pub use pocket_core::contract::wire_name;

/// A unit enum variant read back from its stored name.
pub fn from_wire_name<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, crate::refusals::Refusal> {
    Ok(serde_json::from_value(serde_json::Value::String(name.to_string()))?)
}
