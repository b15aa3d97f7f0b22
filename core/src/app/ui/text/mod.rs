//! Every word a shopper reads, in their language: Project Fluent messages
//! (one `.ftl` file per language in `locales/`), and the locale's number,
//! money and date formats, which live in the same file as messages
//! (`format-decimal`, `format-money`, `month-1`, ...). Adding a language is
//! adding a file; a message missing from it falls back to English.

mod format;
mod problem;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub(crate) use problem::{parcel_reason_text, rail_key, Problem};

include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// The language every other one falls back to; its file is complete.
pub(crate) const FALLBACK_LANGUAGE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// An argument to a message: text, or a number (which plural forms use).
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// The shopper's texts and formats: one language, one time zone.
pub(crate) struct Texts {
    language: String,
    /// The language's bundle, then English's (unless it is English).
    bundles: Vec<Arc<Bundle>>,
    zone: Tz,
    decimal_separator: String,
    group_separator: String,
    /// Message ids asked for and found in no bundle (a test checks none are).
    missing: Mutex<BTreeSet<String>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("language", &self.language).field("zone", &self.zone).finish()
    }
}

impl Texts {
    /// Texts for `locale` (`ru-RU`, `pt-BR`, `en`: the best file for it,
    /// else English) in `time_zone` (IANA, such as `Europe/Moscow`; UTC if
    /// unknown).
    pub fn new(locale: &str, time_zone: &str) -> Texts {
        let language = best_language(locale);
        let mut bundles = vec![bundle(&language)];
        if language != FALLBACK_LANGUAGE {
            bundles.push(bundle(FALLBACK_LANGUAGE));
        }
        let zone = time_zone.parse::<Tz>().unwrap_or(Tz::UTC);
        let mut texts = Texts {
            language,
            bundles,
            zone,
            decimal_separator: String::new(),
            group_separator: String::new(),
            missing: Mutex::new(BTreeSet::new()),
        };
        texts.decimal_separator = texts.get("format-decimal");
        texts.group_separator = texts.get("format-group");
        texts
    }

    /// The same time zone in another language.
    pub fn in_language(&self, language: &str) -> Texts {
        Texts::new(language, self.zone.name())
    }

    /// The language tag of the texts (`en`, `ru`, `pt-BR`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The time zone dates are shown in.
    #[cfg(test)]
    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// The languages the app speaks: (tag, the language's own name).
    pub fn languages() -> Vec<(String, String)> {
        LOCALE_FILES.iter().map(|(tag, _)| (tag.to_string(), Texts::new(tag, "UTC").get("language-name"))).collect()
    }

    /// A message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// A message with arguments.
    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, None, args).unwrap_or_else(|| {
            self.note_missing(id);
            id.to_string()
        })
    }

    /// A message's attribute (`problem-x.title`), if the message has it.
    pub fn attr(&self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format(id, Some(attribute), args)
    }

    /// Whether any bundle has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|bundle| bundle.has_message(id))
    }

    /// Message ids that were asked for and found nowhere.
    #[cfg(test)]
    pub fn missing(&self) -> Vec<String> {
        self.missing.lock().unwrap_or_else(|p| p.into_inner()).iter().cloned().collect()
    }

    fn note_missing(&self, id: &str) {
        tracing::warn!(id, "no text for this message");
        self.missing.lock().unwrap_or_else(|p| p.into_inner()).insert(id.to_string());
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for bundle in &self.bundles {
            let Some(message) = bundle.get_message(id) else { continue };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, ?errors, "a message did not format cleanly");
            }
            return Some(text.into_owned());
        }
        None
    }
}

/// The best locale file for `locale`: the exact tag, else its language
/// (`pt-BR` → `pt`, `ru-RU` → `ru`), else a file of that language with a
/// region (`pt` → `pt-BR`), else English.
pub(crate) fn best_language(locale: &str) -> String {
    let wanted = locale.replace('_', "-");
    let primary = wanted.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let tags = LOCALE_FILES.iter().map(|(tag, _)| *tag);
    if let Some(tag) = tags.clone().find(|tag| tag.eq_ignore_ascii_case(&wanted)) {
        return tag.to_string();
    }
    if let Some(tag) = tags.clone().find(|tag| tag.eq_ignore_ascii_case(&primary)) {
        return tag.to_string();
    }
    if let Some(tag) = tags.clone().find(|tag| tag.split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(&primary)))
    {
        return tag.to_string();
    }
    FALLBACK_LANGUAGE.to_string()
}

/// Each language's bundle, parsed once per process.
fn bundle(language: &str) -> Arc<Bundle> {
    static BUNDLES: OnceLock<Mutex<HashMap<String, Arc<Bundle>>>> = OnceLock::new();
    let cache = BUNDLES.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
    cache.entry(language.to_string()).or_insert_with(|| Arc::new(parse_bundle(language))).clone()
}

fn parse_bundle(language: &str) -> Bundle {
    let source = LOCALE_FILES
        .iter()
        .find(|(tag, _)| *tag == language)
        .map(|(_, source)| *source)
        .expect("the language has a locale file");
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, errors)| {
        tracing::error!(language, ?errors, "a locale file has syntax errors; the rest of it is used");
        resource
    });
    let tag: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks would reach the screen as invisible characters; the
    // app's languages are all left-to-right.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(language, ?errors, "a locale file repeats a message");
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_finds_its_language_file_or_falls_back_to_english() {
        assert_eq!(best_language("en-US"), "en");
        assert_eq!(best_language("ru_RU"), "ru");
        assert_eq!(best_language("xx-YY"), "en");
    }

    #[test]
    fn every_locale_file_parses_without_errors_and_names_its_language() {
        for (tag, source) in LOCALE_FILES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{tag}.ftl has syntax errors: {errors:?}");
            }
            let texts = Texts::new(tag, "UTC");
            assert!(texts.bundles[0].has_message("language-name"), "{tag}.ftl names its language");
        }
    }

    #[test]
    fn every_other_language_has_only_messages_english_has() {
        let english = bundle(FALLBACK_LANGUAGE);
        for (tag, source) in LOCALE_FILES {
            let resource = FluentResource::try_new(source.to_string()).unwrap();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let id = message.id.name;
                    assert!(english.has_message(id), "{tag}.ftl has {id}, which English lacks");
                }
            }
        }
    }

    /// The languages whose file words every message English has.
    const COMPLETE: [&str; 2] = ["en", "ru"];

    fn messages(source: &str) -> Vec<(String, Vec<String>)> {
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some((
                    message.id.name.to_string(),
                    message.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_complete_language_words_every_message_and_attribute_english_has() {
        let english = messages(LOCALE_FILES.iter().find(|(tag, _)| *tag == FALLBACK_LANGUAGE).unwrap().1);
        for tag in COMPLETE {
            let source = LOCALE_FILES.iter().find(|(t, _)| *t == tag).expect("the file exists").1;
            let theirs = messages(source);
            for (id, attributes) in &english {
                let found = theirs.iter().find(|(their_id, _)| their_id == id);
                let Some((_, their_attributes)) = found else { panic!("{tag}.ftl lacks {id}") };
                assert_eq!(their_attributes, attributes, "{tag}.ftl words {id}'s attributes");
            }
        }
    }

    #[test]
    fn an_unknown_message_is_noted_and_shows_its_id() {
        let texts = Texts::new("en", "UTC");
        assert_eq!(texts.get("no-such-message"), "no-such-message");
        assert_eq!(texts.missing(), ["no-such-message"]);
    }
}
