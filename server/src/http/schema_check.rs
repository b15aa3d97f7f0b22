//! Every request body is held to the JSON Schema the API document states
//! for it (made from the same type), so what the document promises to
//! refuse is refused: lengths, patterns, list sizes, enumerations. The
//! typed rules still run after it and give their own codes.
//!
//! A refusal names the field and the broken constraint, never the value.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::error::ValidationErrorKind;
use jsonschema::Validator;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use crate::refusals::Refusal;

/// Checks `body` against `T`'s schema; the first broken constraint as a
/// validation error on its field.
pub fn check_against_schema<T: JsonSchema + 'static>(body: &Value) -> Result<(), Refusal> {
    let validator = validator_for::<T>();
    let first = validator
        .iter_errors(body)
        .next()
        .map(|error| (field_name(&error.instance_path().to_string()), broken_rule(error.kind())));
    let Some((field, (code, rule))) = first else { return Ok(()) };
    let shown = if field.is_empty() { "the body".to_string() } else { format!("`{field}`") };
    let error = Refusal::validation(code, format!("{shown} {rule}; see the API document"));
    Err(if field.is_empty() { error } else { error.with_field(field) })
}

/// Each type's validator, built once per process.
fn validator_for<T: JsonSchema + 'static>() -> Arc<Validator> {
    static VALIDATORS: OnceLock<Mutex<HashMap<TypeId, Arc<Validator>>>> = OnceLock::new();
    let cache = VALIDATORS.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    cache
        .entry(TypeId::of::<T>())
        .or_insert_with(|| {
            let schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>();
            let schema = serde_json::to_value(schema).expect("a schema is JSON");
            Arc::new(jsonschema::validator_for(&schema).expect("the request types' schemas are valid"))
        })
        .clone()
}

/// `/answers/3/answer` → `answers.3.answer`.
fn field_name(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

/// The constraint's code and words; never the value that broke it.
fn broken_rule(kind: &ValidationErrorKind) -> (&'static str, String) {
    match kind {
        ValidationErrorKind::MaxLength { limit } => ("too_long", format!("is longer than {limit} characters")),
        ValidationErrorKind::MinLength { limit } => ("too_short", format!("is shorter than {limit} characters")),
        ValidationErrorKind::MaxItems { limit } => ("too_many_items", format!("has more than {limit} items")),
        ValidationErrorKind::MinItems { limit } => ("too_few_items", format!("has fewer than {limit} items")),
        ValidationErrorKind::Pattern { .. } => ("invalid_format", "is not in the documented format".into()),
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. } => {
            ("invalid_choice", "is not one of the documented values".into())
        }
        ValidationErrorKind::Maximum { limit } | ValidationErrorKind::ExclusiveMaximum { limit } => {
            ("number_too_large", format!("is above {limit}"))
        }
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::ExclusiveMinimum { limit } => {
            ("number_too_small", format!("is below {limit}"))
        }
        ValidationErrorKind::Type { .. } => ("invalid_field", "is not of the documented type".into()),
        ValidationErrorKind::Required { .. } => ("invalid_field", "lacks a required field".into()),
        ValidationErrorKind::AdditionalProperties { .. } => {
            ("invalid_field", "has a field the API does not take".into())
        }
        _ => ("invalid_field", "is not as documented".into()),
    }
}

#[cfg(test)]
mod tests {
    use schemars::JsonSchema;
    use serde::Deserialize;
    use serde_json::json;

    use super::check_against_schema;

    #[allow(dead_code)]
    #[derive(Deserialize, JsonSchema)]
    struct Form {
        #[schemars(length(min = 1, max = 5))]
        name: String,
        #[schemars(length(max = 2))]
        tags: Vec<String>,
    }

    #[test]
    fn a_body_breaking_its_documented_limits_is_refused_naming_the_field_not_the_value() {
        assert!(check_against_schema::<Form>(&json!({ "name": "Ana", "tags": [] })).is_ok());
        let long = check_against_schema::<Form>(&json!({ "name": "Anastasia", "tags": [] })).unwrap_err();
        assert_eq!(long.field.as_deref(), Some("name"));
        assert!(!long.message.contains("Anastasia"), "{}", long.message);
        let many = check_against_schema::<Form>(&json!({ "name": "Ana", "tags": ["a", "b", "c"] })).unwrap_err();
        assert_eq!((many.code.as_str(), many.field.as_deref()), ("too_many_items", Some("tags")));
    }
}
