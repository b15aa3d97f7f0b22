//! Every word a shopper reads, in their language: Project Fluent messages
//! (one `.ftl` file per language in `locales/`), and the locale's number,
//! money and date formats, which live in the same file as messages
//! (`format-decimal`, `format-money`, `month-1`, ...). Adding a language is
//! adding a file; a message missing from it falls back to English.

mod format;
mod problem;
mod zone;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::limits::LimitMethod;
use zone::Zone;

pub(crate) use problem::{field_error, parcel_reason_text, rail_key, Problem};

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
    zone: Zone,
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
        let zone = Zone::named(time_zone);
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
    pub fn zone(&self) -> &Zone {
        &self.zone
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

/// How the shopper calls a limit's method: "Balance payments".
pub(crate) fn limit_method_name(method: LimitMethod, t: &Texts) -> String {
    match method {
        LimitMethod::Balance => t.get("limit-method-balance"),
        LimitMethod::Card => t.get("limit-method-card"),
        LimitMethod::TopUp(rail) => {
            t.fmt("limit-method-top-up", &[("rail", t.get(&format!("rail-{}", rail_key(rail))).into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::{TimeZone, Utc};
    use fluent_syntax::ast;

    use super::*;
    use crate::money::{Currency, Money};

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
    fn no_locale_file_defines_a_message_twice() {
        // A second definition is dropped by the bundle, so one of two
        // meanings would silently show where the other was meant.
        for (tag, source) in LOCALE_FILES {
            let resource = FluentResource::try_new(source.to_string()).unwrap();
            let mut seen = std::collections::HashSet::new();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    assert!(seen.insert(message.id.name), "{tag}.ftl defines {} twice", message.id.name);
                }
            }
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

    /// The languages the app speaks. Every file in `locales/` must be
    /// complete (see [`complete`]), so these and any language added later
    /// word every message English has.
    const COMPLETE: [&str; 8] = ["en", "ru", "pt-BR", "es", "tr", "id", "sw", "el"];

    /// The languages whose file words every message English has: every
    /// locale file, so a new one must be complete too.
    fn complete() -> impl Iterator<Item = (&'static str, &'static str)> {
        LOCALE_FILES.iter().copied()
    }

    #[test]
    fn every_language_the_app_speaks_has_a_file() {
        assert_eq!(COMPLETE, crate::text::SHOPPER_LANGUAGES, "the service accepts the languages the phone speaks");
        let tags: Vec<&str> = complete().map(|(tag, _)| tag).collect();
        for tag in COMPLETE {
            assert!(tags.contains(&tag), "{tag}.ftl is missing from locales/");
            assert_eq!(best_language(tag), tag, "{tag} finds its own file");
        }
        for tag in &tags {
            assert!(COMPLETE.contains(tag), "{tag}.ftl is a language the service does not accept");
        }
        assert_eq!(best_language("pt"), "pt-BR");
        assert_eq!(best_language("es-MX"), "es");
        assert_eq!(best_language("sw_KE"), "sw");
    }

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
        for (tag, source) in complete() {
            let theirs = messages(source);
            for (id, attributes) in &english {
                let found = theirs.iter().find(|(their_id, _)| their_id == id);
                let Some((_, their_attributes)) = found else { panic!("{tag}.ftl lacks {id}") };
                assert_eq!(their_attributes, attributes, "{tag}.ftl words {id}'s attributes");
            }
        }
    }

    /// Every `{ $variable }`, `{ message }` and `{ -term }` of each message's
    /// value (under its id) and each attribute (under `id.attribute`), written
    /// as in the file: `$amount`, `app-name`, `-brand`.
    fn placeholders(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        let mut found = BTreeMap::new();
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else { continue };
            if let Some(value) = &message.value {
                found.insert(message.id.name.to_string(), pattern_placeholders(value));
            }
            for attribute in &message.attributes {
                let key = format!("{}.{}", message.id.name, attribute.id.name);
                found.insert(key, pattern_placeholders(&attribute.value));
            }
        }
        found
    }

    fn pattern_placeholders(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        add_pattern(pattern, &mut found);
        found
    }

    fn add_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                add_expression(expression, found);
            }
        }
    }

    fn add_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                add_inline(selector, found);
                for variant in variants {
                    add_pattern(&variant.value, found);
                }
            }
            ast::Expression::Inline(inline) => add_inline(inline, found),
        }
    }

    fn add_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        let with_attribute = |name: &str, attribute: &Option<ast::Identifier<&str>>| match attribute {
            Some(attribute) => format!("{name}.{}", attribute.name),
            None => name.to_string(),
        };
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(format!("${}", id.name));
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                found.insert(with_attribute(id.name, attribute));
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                found.insert(format!("-{}", with_attribute(id.name, attribute)));
                if let Some(arguments) = arguments {
                    add_arguments(arguments, found);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => add_arguments(arguments, found),
            ast::InlineExpression::Placeable { expression } => add_expression(expression, found),
            ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn add_arguments(arguments: &ast::CallArguments<&str>, found: &mut BTreeSet<String>) {
        for positional in &arguments.positional {
            add_inline(positional, found);
        }
        for named in &arguments.named {
            add_inline(&named.value, found);
        }
    }

    fn listed(placeholders: &BTreeSet<String>) -> String {
        let names: Vec<&str> = placeholders.iter().map(String::as_str).collect();
        format!("{{{}}}", names.join(", "))
    }

    /// The arguments `format.rs` gives the clock: a language writes the time
    /// with those it needs (a 24-hour clock has no `$hour12` nor `$ampm`).
    const CLOCK: [&str; 4] = ["$hour24", "$hour12", "$minute", "$ampm"];

    #[test]
    fn every_language_uses_the_same_placeholders_as_english() {
        let english = placeholders(LOCALE_FILES.iter().find(|(tag, _)| *tag == FALLBACK_LANGUAGE).unwrap().1);
        let mut wrong = Vec::new();
        for (tag, source) in LOCALE_FILES {
            for (key, theirs) in placeholders(source) {
                let Some(ours) = english.get(&key) else { continue };
                if key == "format-time" {
                    let clock_only = theirs.iter().all(|name| CLOCK.contains(&name.as_str()));
                    let has_hour = theirs.contains("$hour24") || theirs.contains("$hour12");
                    if !clock_only || !has_hour || !theirs.contains("$minute") {
                        wrong.push(format!("{tag}.ftl: {key} uses {} but the clock gives {CLOCK:?}", listed(&theirs)));
                    }
                } else if &theirs != ours {
                    wrong.push(format!("{tag}.ftl: {key} uses {} but English uses {}", listed(&theirs), listed(ours)));
                }
            }
        }
        assert!(wrong.is_empty(), "placeholders differ from English:\n{}", wrong.join("\n"));
    }

    #[test]
    fn each_language_writes_amounts_with_its_own_separators() {
        let money = |text: &str, currency: Currency| Money::parse(text, currency).unwrap();
        let cases = [
            ("en", money("1234.5", Currency::Usd), "$1,234.50", "1,234,567", "2,400 g"),
            ("ru", money("1234.5", Currency::Rub), "1\u{a0}234,50\u{a0}₽", "1\u{a0}234\u{a0}567", "2\u{a0}400 г"),
            ("pt-BR", money("1234.5", Currency::Brl), "R$\u{a0}1.234,50", "1.234.567", "2.400 g"),
            ("es", money("1234.5", Currency::Eur), "1.234,50\u{a0}€", "1.234.567", "2.400 g"),
            ("tr", money("1234.5", Currency::Try), "₺1.234,50", "1.234.567", "2.400 g"),
            ("id", money("1234.5", Currency::Usd), "US$1.234,50", "1.234.567", "2.400 g"),
            ("sw", money("1234.5", Currency::Usd), "US$\u{a0}1,234.50", "1,234,567", "2,400 g"),
            ("el", money("1234.5", Currency::Eur), "1.234,50\u{a0}€", "1.234.567", "2.400 g"),
        ];
        for (tag, amount, written, count, weight) in cases {
            let texts = Texts::new(tag, "UTC");
            assert_eq!(texts.language(), tag);
            assert_eq!(texts.money(amount), written, "{tag} writes 1234.5 {}", amount.currency().code());
            assert_eq!(texts.count(1_234_567), count, "{tag} groups thousands");
            assert_eq!(texts.grams(2400), weight, "{tag} writes a weight");
            assert!(texts.missing().is_empty(), "{tag} lacks {:?}", texts.missing());
        }
    }

    #[test]
    fn each_language_writes_dates_and_times_its_own_way() {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 22, 30, 0).unwrap();
        let cases = [
            ("en", "Nov 23, 2026", "10:30 PM"),
            ("ru", "23 нояб. 2026 г.", "22:30"),
            ("pt-BR", "23 de nov. de 2026", "22:30"),
            ("es", "23 nov 2026", "22:30"),
            ("tr", "23 Kas 2026", "22:30"),
            ("id", "23 Nov 2026", "22.30"),
            ("sw", "23 Nov 2026", "22:30"),
            ("el", "23 Νοε 2026", "22:30"),
        ];
        for (tag, date, time) in cases {
            let texts = Texts::new(tag, "UTC");
            assert_eq!(texts.date(at), date, "{tag} writes a date");
            assert_eq!(texts.time(at), time, "{tag} writes a time");
            assert!(texts.date_time(at).contains(date) && texts.date_time(at).contains(time), "{tag} joins them");
            assert!(texts.missing().is_empty(), "{tag} lacks {:?}", texts.missing());
        }
    }

    #[test]
    fn an_unknown_message_is_noted_and_shows_its_id() {
        let texts = Texts::new("en", "UTC");
        assert_eq!(texts.get("no-such-message"), "no-such-message");
        assert_eq!(texts.missing(), ["no-such-message"]);
    }
}
