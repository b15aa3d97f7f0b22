//! The console's words, from Fluent (`server/locales/staff/en.ftl`).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

const ENGLISH: &str = include_str!("../../locales/staff/en.ftl");

fn bundle() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let resource = FluentResource::try_new(ENGLISH.to_string()).expect("the staff console's texts parse");
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().expect("a language tag")]);
        // Staff pages are HTML: no bidi isolation marks around values.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no message is defined twice");
        bundle
    })
}

/// The message `id`, with `args` (`[("email", "a@b.c")]`).
pub fn text(id: &str, args: &[(&str, &str)]) -> String {
    let bundle = bundle();
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.to_string());
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn every_message_the_console_uses_is_worded() {
        for id in ["console-title", "sign-in-refused", "cases-empty", "not-your-part", "form-expired"] {
            assert_ne!(text(id, &[]), id, "{id} has words");
        }
        assert_eq!(
            text("signed-in-as", &[("email", "ana@pocket.example"), ("role", "Support")]),
            "Signed in as ana@pocket.example (Support)"
        );
    }
}
