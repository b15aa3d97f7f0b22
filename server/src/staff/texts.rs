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
        // A whole number is passed as one, so plurals select on it.
        match value.parse::<i64>() {
            Ok(number) => fluent_args.set(*name, number),
            Err(_) => fluent_args.set(*name, value.to_string()),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::{bundle, text};
    use crate::staff::console::PAGES;

    #[test]
    fn every_id_a_page_names_and_every_name_a_page_builds_one_from_has_words() {
        let mut named: Vec<String> = Vec::new();
        for (_, page) in PAGES {
            for piece in page.split("t(\"").skip(1) {
                let id = piece.split('"').next().unwrap();
                if id.ends_with('-') {
                    continue; // a prefix, checked below with every value it takes
                }
                named.push(id.to_string());
            }
        }
        for prefix_and_values in [
            ("topic-", vec!["late_top_up", "payment_problem", "forgotten_security_answers", "other"]),
            ("status-", vec!["open", "answered", "resolved", "declined"]),
            ("reason-", vec!["not_received", "not_as_described", "wrong_item"]),
            ("document-", vec!["passport", "national_id", "driving_licence"]),
            (
                "order-status-",
                vec!["created", "paid", "shipped", "delivered", "disputed", "completed", "cancelled", "refunded"],
            ),
            ("role-", vec!["support", "compliance", "finance", "admin"]),
            (
                "area-",
                vec![
                    "cases", "disputes", "identity", "top-ups", "refunds", "ledger", "partners", "shoppers", "members",
                    "audit",
                ],
            ),
            ("level-", vec!["unverified", "email_confirmed", "identity_verified"]),
            ("identity-state-", vec!["not_requested", "pending", "approved", "declined"]),
            ("limit-", vec!["balance", "card", "top_up"]),
            (
                "journal-",
                vec![
                    "top_up",
                    "top_up_settled",
                    "top_up_declined",
                    "payment",
                    "escrow_release",
                    "refund",
                    "transfer",
                    "sandbox_grant",
                    "other",
                ],
            ),
            ("direction-", vec!["in", "out", "settled"]),
            ("card-", vec!["active", "expired"]),
            ("rail-", vec!["bank_transfer", "western_union", "boleto", "bank_card", "e_wallet"]),
            ("scope-", vec!["catalogue", "shipping", "refunds"]),
        ] {
            let (prefix, values) = prefix_and_values;
            named.extend(values.into_iter().map(|value| format!("{prefix}{value}")));
        }
        let missing: Vec<&String> = named.iter().filter(|id| bundle().get_message(id).is_none()).collect();
        assert!(missing.is_empty(), "ids with no words: {missing:?}");
    }

    #[test]
    fn every_message_the_console_uses_is_worded() {
        for id in ["console-title", "sign-in-refused", "cases-empty", "not-your-part", "form-expired"] {
            assert_ne!(text(id, &[]), id, "{id} has words");
        }
        assert_eq!(
            text("signed-in-as", &[("email", "ana@pocket.example"), ("role", "Support")]),
            "Signed in as ana@pocket.example (Support)"
        );
        assert_eq!(text("top-ups-days-late", &[("days", "1")]), "Late by 1 day");
        assert_eq!(text("top-ups-days-late", &[("days", "12")]), "Late by 12 days");
    }
}
