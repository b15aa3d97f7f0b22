//! Names of enums as they appear on the wire and at rest.

use serde::Serialize;

/// The serde name of a unit enum variant (`TopUpRail::BankTransfer` ->
/// `"bank_transfer"`).
pub fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => panic!("wire_name takes a unit enum variant that serializes to a string"),
    }
}

/// A unit enum variant read back from its stored name.
pub fn from_wire_name<T: serde::de::DeserializeOwned>(name: &str) -> Result<T, crate::http::ApiError> {
    Ok(serde_json::from_value(serde_json::Value::String(name.to_string()))?)
}
