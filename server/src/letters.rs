//! The emails and SMS the service sends, in the shopper's language: Project
//! Fluent files in `server/locales/`, one per language the app speaks
//! (`pocket_core::text::SHOPPER_LANGUAGES`). Each message is a body with its
//! `.subject`; a language's file words every message English has, with the
//! same placeholders (tested), and English stands in for anything missing.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::store::Db;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use pocket_core::text::shopper_language;

use crate::refusals::Refusal;

/// Every language's file, by tag.
const FILES: [(&str, &str); 8] = [
    ("en", include_str!("../locales/en.ftl")),
    ("ru", include_str!("../locales/ru.ftl")),
    ("pt-BR", include_str!("../locales/pt-BR.ftl")),
    ("es", include_str!("../locales/es.ftl")),
    ("tr", include_str!("../locales/tr.ftl")),
    ("id", include_str!("../locales/id.ftl")),
    ("sw", include_str!("../locales/sw.ftl")),
    ("el", include_str!("../locales/el.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// An email or SMS, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The subject (the SMS's label).
    pub subject: String,
    /// The text.
    pub body: String,
}

/// The shopper's language, as kept (English if none the app speaks).
pub fn language_of(tx: &Db, user_id: &str) -> Result<&'static str, Refusal> {
    let language: String = tx.query_row("SELECT language FROM users WHERE id = ?1", [user_id], |r| r.get(0))?;
    Ok(shopper_language_or_english(&language))
}

/// A kept language as one the app speaks, English if it speaks no such.
pub fn shopper_language_or_english(kept: &str) -> &'static str {
    shopper_language(kept).unwrap_or("en")
}

/// Message `id` in `language`, with `args`.
pub fn letter(language: &str, id: &str, args: &[(&str, String)]) -> Letter {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.clone()));
    }
    let word = |attribute: Option<&str>| {
        [language, "en"]
            .into_iter()
            .filter_map(bundle)
            .find_map(|bundle| {
                let message = bundle.get_message(id)?;
                let pattern = match attribute {
                    Some(name) => message.get_attribute(name)?.value(),
                    None => message.value()?,
                };
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
            })
            .unwrap_or_else(|| {
                tracing::error!(id, language, "no words for a letter");
                id.to_string()
            })
    };
    Letter { subject: word(Some("subject")), body: word(None) }
}

fn bundle(language: &str) -> Option<Arc<Bundle>> {
    static BUNDLES: OnceLock<HashMap<&'static str, Arc<Bundle>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        FILES
            .iter()
            .map(|(tag, source)| {
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, errors)| {
                    tracing::error!(tag, ?errors, "a letters file has syntax errors; the rest of it is used");
                    resource
                });
                let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().unwrap_or_default()]);
                // Isolation marks would reach a phone as invisible characters.
                bundle.set_use_isolating(false);
                let _ = bundle.add_resource(resource);
                (*tag, Arc::new(bundle))
            })
            .collect()
    });
    bundles.get(language).cloned()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use pocket_core::text::SHOPPER_LANGUAGES;

    use super::*;

    fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        found.insert(id.name.to_string());
                    }
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            found.insert(id.name.to_string());
                        }
                        for variant in variants {
                            found.extend(variables(&variant.value));
                        }
                    }
                    _ => {}
                }
            }
        }
        found
    }

    /// Each message and attribute, with the variables it uses.
    fn shape(source: &str) -> Vec<(String, BTreeSet<String>)> {
        let resource = fluent_syntax::parser::parse(source).expect("the file parses");
        let mut shape = Vec::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                if let Some(value) = &message.value {
                    shape.push((message.id.name.to_string(), variables(value)));
                }
                for attribute in &message.attributes {
                    shape.push((format!("{}.{}", message.id.name, attribute.id.name), variables(&attribute.value)));
                }
            }
        }
        shape.sort();
        shape
    }

    #[test]
    fn every_language_the_app_speaks_words_every_letter_with_englishs_placeholders() {
        assert_eq!(FILES.map(|(tag, _)| tag), SHOPPER_LANGUAGES);
        let english = shape(FILES[0].1);
        for (tag, source) in FILES {
            assert_eq!(shape(source), english, "{tag}.ftl words every letter as English does");
        }
    }

    #[test]
    fn a_letter_is_worded_in_the_shoppers_language_with_its_figures() {
        let link = "pocket://reset-password?token=abc".to_string();
        let english = letter("en", "email-reset-password", &[("link", link.clone()), ("minutes", "30".into())]);
        assert_eq!(english.subject, "Reset your Pocket password");
        assert!(english.body.contains(&link) && english.body.contains("30 minutes"));
        for language in SHOPPER_LANGUAGES.into_iter().filter(|l| *l != "en") {
            let worded = letter(language, "email-reset-password", &[("link", link.clone()), ("minutes", "30".into())]);
            assert_ne!(worded.subject, english.subject, "{language} words the subject");
            assert!(worded.body.contains(&link), "{language} keeps the link: {}", worded.body);
        }
    }
}
