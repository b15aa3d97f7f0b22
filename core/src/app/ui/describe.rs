//! How the app words the engine's things wherever they show: a card's
//! label, an order's items, a receipt's lines, a top-up's line, a
//! verification level's key, the countries and languages to choose from,
//! a notification's title and sentence (the feed's and the push's).
//! Below the flows, so two flows word a thing alike without knowing each
//! other.

use super::parts::{ButtonView, ChoiceView, LineView, OpeningFailedView};
use super::text::{Arg, Texts};
use crate::app::{Card, Notification, Order, Receipt, TopUp};
use crate::cards::CardBrand;
use crate::contract::shop::{PaymentMethod, ReceiptCard};
use crate::limits::VerificationLevel;

/// The screen of a failed opening, with the core's `detail`.
pub(crate) fn opening_failed(detail: &str, t: &Texts) -> OpeningFailedView {
    OpeningFailedView {
        title: t.get("opening-failed-title"),
        message: t.get("opening-failed-message"),
        detail: t.fmt("opening-failed-detail", &[("detail", detail.into())]),
        retry: ButtonView::new(t.get("opening-failed-retry")),
    }
}

/// "Visa 4242 •••• 4242".
pub(crate) fn card_label(card: &Card, t: &Texts) -> String {
    card_words(card.brand.display_name(), &card.first4, &card.last4, t)
}

/// A card as every screen words it, from its brand's name and its first
/// and last 4 digits.
fn card_words(brand: &str, first4: &str, last4: &str, t: &Texts) -> String {
    t.fmt("card-label", &[("brand", brand.into()), ("first4", first4.into()), ("last4", last4.into())])
}

/// A receipt's card, worded as every other card is; from a service that
/// sends no digits apart, as it sent it.
fn receipt_card_label(card: &ReceiptCard, t: &Texts) -> String {
    let brand = serde_json::from_value::<CardBrand>(serde_json::Value::String(card.brand.clone()));
    match brand {
        Ok(brand) if !card.first4.is_empty() => card_words(brand.display_name(), &card.first4, &card.last4, t),
        _ => format!("{} {}", card.brand, card.masked.replace('*', "•")),
    }
}

/// A receipt, line by line.
pub(crate) fn receipt_lines(receipt: &Receipt, t: &Texts) -> Vec<LineView> {
    let line = |id: &str, value: String| LineView::new(t.get(id), value);
    let mut lines = vec![
        line("receipt-payment", receipt.payment_id.clone()),
        line("receipt-order", receipt.order_id.clone()),
        line("receipt-paid", t.money(receipt.paid)),
        line("receipt-amount-usd", t.money(receipt.amount_usd)),
        line(
            "receipt-method",
            t.get(if receipt.method == PaymentMethod::Card { "receipt-method-card" } else { "receipt-method-balance" }),
        ),
    ];
    if let Some(card) = &receipt.card {
        lines.push(line("receipt-card", receipt_card_label(card, t)));
    }
    if let Some(rate) = &receipt.fx_rate {
        let usd = t.rate(rate);
        lines.push(line(
            "receipt-rate",
            t.fmt("pay-rate", &[("currency", receipt.paid.currency().code().into()), ("usd", usd.into())]),
        ));
    }
    lines.push(line("receipt-at", t.date_time(receipt.paid_at)));
    lines
}

/// One line per item: "Silicone phone case · Pixel 8 · teal × 2".
pub(crate) fn item_lines(order: &Order, t: &Texts) -> Vec<String> {
    order
        .items
        .iter()
        .map(|item| {
            let mut options: Vec<_> = item.options.iter().collect();
            options.sort();
            let mut parts = vec![item.title.clone()];
            parts.extend(options.into_iter().map(|(_, value)| value.clone()));
            t.fmt("order-item", &[("item", parts.join(" · ").into()), ("quantity", item.quantity.into())])
        })
        .collect()
}

/// A pending top-up's line: rail, amount, and when it is expected.
/// "Bank transfer · $30.00".
pub(crate) fn top_up_title(top_up: &TopUp, t: &Texts) -> String {
    let rail = t.get(&format!("rail-{}", crate::app::ui::text::rail_key(top_up.rail)));
    t.fmt("top-up-line", &[("rail", rail.into()), ("amount", t.money(top_up.amount).into())])
}

/// A verification level's key in message ids.
pub(crate) fn level_key(level: VerificationLevel) -> &'static str {
    match level {
        VerificationLevel::Unverified => "unverified",
        VerificationLevel::EmailConfirmed => "email-confirmed",
        VerificationLevel::IdentityVerified => "identity-verified",
    }
}

/// The countries the sign-up form offers (ISO 3166 alpha-2), in the order
/// of the country table (`core/data/countries.toml`).
pub(crate) fn countries() -> impl Iterator<Item = &'static str> {
    crate::countries::Countries::shipped().codes()
}

/// The countries served, each in the shopper's language, `selected` chosen.
pub(crate) fn country_choices(selected: &str, enabled: bool, t: &Texts) -> Vec<ChoiceView> {
    countries()
        .map(|code| ChoiceView {
            id: code.to_string(),
            label: t.get(&format!("country-{code}")),
            detail: None,
            selected: code == selected,
            enabled,
        })
        .collect()
}

/// The interface languages, each in its own name, `selected` chosen.
pub(crate) fn language_choices(selected: &str, enabled: bool) -> Vec<ChoiceView> {
    Texts::languages()
        .into_iter()
        .map(|(tag, name)| ChoiceView { selected: tag == selected, id: tag, label: name, detail: None, enabled })
        .collect()
}

/// A notification's title and sentence in the shopper's language: the
/// feed's, and the push's the service sends (`super::notification_words`).
pub(crate) fn notification_words(notification: &Notification, t: &Texts) -> (String, String) {
    let id = format!("notification-{}", notification.kind.name().replace('_', "-"));
    let title = if t.has(&id) { t.get(&id) } else { t.get("notification-other") };
    (title, notification_body(notification, t))
}

/// A notification's sentence in the shopper's language, from its facts; the
/// service's English when this version has no words for its kind.
fn notification_body(notification: &Notification, t: &Texts) -> String {
    let id = format!("notification-body-{}", notification.kind.name().replace('_', "-"));
    if !t.has(&id) {
        return notification.message.clone();
    }
    let facts = &notification.facts;
    let text = |value: &Option<String>| Arg::from(value.clone().unwrap_or_default());
    let wallet = facts.provider.as_deref().map(|p| t.get(&format!("provider-{p}")));
    let rail = facts.rail.as_deref().map(|r| t.get(&format!("rail-{r}")));
    let args = [
        ("amount", Arg::from(facts.amount.map(|amount| t.money(amount)).unwrap_or_default())),
        ("tracking", text(&facts.tracking_number)),
        ("counterpart", text(&facts.counterpart)),
        ("to", text(&facts.refund_to)),
        ("source", Arg::from(wallet.or(rail).unwrap_or_default())),
        ("status", text(&facts.order_status)),
        ("note", text(&facts.note)),
    ];
    t.fmt(&id, &args)
}
