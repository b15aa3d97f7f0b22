//! The answers the service gives, as types: the service builds them, the
//! API document (`GET /v1/openapi.json`) is generated from them, so what is
//! documented is what is sent.
//!
//! Feature-free (plain serde), so both sides of the wire can use them; with
//! the `schema` feature each also has its JSON Schema.
//!
//! The requests the phone sends are here too (the service checks them
//! against their schema, the phone builds them), and every path and header
//! name (`paths`), so a field renamed on one side no longer compiles on the
//! other. The phone keeps what it saves in its own types (`app::views`),
//! made from these answers in one place (`app::from_wire`).

pub mod accounts;
pub mod cards;
pub mod partner;
pub mod paths;
pub mod sandbox;
pub mod service;
pub mod shop;
pub mod support;
pub mod wallet;

/// Derives a wire type's traits: serde both ways, and its JSON Schema with
/// the `schema` feature.
macro_rules! wire {
    ($(#[$meta:meta])* $vis:vis struct $($rest:tt)*) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        $vis struct $($rest)*
    };
    ($(#[$meta:meta])* $vis:vis enum $($rest:tt)*) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        $vis enum $($rest)*
    };
}
pub(crate) use wire;

/// Derives a request's traits: serde both ways, unknown fields refused, and
/// its JSON Schema with the `schema` feature (limits written as
/// `#[cfg_attr(feature = "schema", schemars(...))]`). No `Debug` unless the
/// request asks for it: many carry a secret, and write their own.
macro_rules! request {
    ($(#[$meta:meta])* $vis:vis struct $($rest:tt)*) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $vis struct $($rest)*
    };
}
pub(crate) use request;

/// A debug line that names a request and hides its secret fields.
fn redacted(f: &mut std::fmt::Formatter<'_>, name: &str) -> std::fmt::Result {
    write!(f, "{name} {{ <redacted> }}")
}
/// The name a wire enum has on the wire (`"balance"`, `"in"`), for the
/// places that keep it as text.
pub fn wire_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
