//! Every refusal as the shopper reads it: a title, what happened, what to
//! do, the field at fault, and the figures (what is left, when it resets,
//! what would raise it). The cause stays typed in the model; the words are
//! chosen when the view is drawn, so a change of language re-words it.
//!
//! Message ids: `problem-<field>-<code>` when a code means different things
//! in different fields (a card number's `not_digits` and a password's),
//! else `problem-<code>`. Each message may carry `.title` and `.hint`.

use serde_json::Value;

use super::{Arg, Texts};
use crate::app::ui::destination::Destination;
use crate::app::ui::parts::{FigureView, ProblemView};
use crate::app::PocketError;
use crate::cards::CardError;
use crate::limits::{LimitRaise, LimitRefusal, LimitRule};
use crate::money::MoneyError;
use crate::parcel::{ParcelRefusal, ParcelRefusalReason};
use crate::password::{PasswordRuleError, SecurityQuestionError};
use crate::topup::TopUpError;

/// Why something the shopper asked for did not happen, kept typed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Problem {
    /// A refusal or failure from the app core or the service.
    Engine(PocketError),
    /// A check on the phone, before anything was sent: `code` in `field`
    /// (`required`, `invalid_email`, `choose_rail`, ...).
    Check { field: Option<&'static str>, code: &'static str },
    /// A new payment password the rules refuse.
    Password(PasswordRuleError),
    /// A card number or expiry the rules refuse.
    Card(CardError),
    /// A top-up the rail's rules refuse.
    TopUp(TopUpError),
    /// An amount that is not one, in `field`.
    Money { field: &'static str, error: MoneyError },
    /// Security questions the rules refuse.
    Questions(SecurityQuestionError),
    /// Parcels Pocket cannot pay for, each with its seller's name.
    Parcels(Vec<(String, ParcelRefusal)>),
    /// A spending limit, with its figures.
    Limit(LimitRefusal),
}

impl Problem {
    /// The field at fault, if one is (the form shows the message under it).
    pub fn field(&self) -> Option<&str> {
        match self {
            Problem::Engine(PocketError::InvalidInput { field, .. } | PocketError::Refused { field, .. }) => {
                field.as_deref().map(|f| f.split('.').next().unwrap_or(f))
            }
            Problem::Engine(_) | Problem::Parcels(_) | Problem::Limit(_) => None,
            Problem::Check { field, .. } => *field,
            Problem::Password(PasswordRuleError::ConfirmationMismatch) => Some("confirmation"),
            Problem::Password(_) => Some("password"),
            Problem::Card(CardError::TooManyCards { .. }) => None,
            Problem::Card(
                CardError::BadExpiryFormat | CardError::BadExpiryMonth { .. } | CardError::Expired { .. },
            ) => Some("expiry"),
            Problem::Card(_) => Some("number"),
            Problem::TopUp(TopUpError::MonthlyCapReached { .. }) => None,
            Problem::TopUp(_) => Some("amount"),
            Problem::Money { field, .. } => Some(field),
            Problem::Questions(_) => Some("answers"),
        }
    }

    /// The machine-readable reason (`wrong_payment_password`, `per_day`, ...).
    pub fn code(&self) -> String {
        match self {
            Problem::Engine(error) => engine_code(error),
            Problem::Check { code, .. } => code.to_string(),
            Problem::Password(error) => kind_of(error),
            Problem::Card(error) => kind_of(error),
            Problem::TopUp(TopUpError::Money(error)) | Problem::Money { error, .. } => kind_of(error),
            Problem::TopUp(error) => kind_of(error),
            Problem::Questions(error) => kind_of(error),
            Problem::Parcels(_) => "parcel_not_eligible".into(),
            Problem::Limit(refusal) => limit_code(refusal),
        }
    }

    /// Whether the shopper can fix it in the form (it names a field of it)
    /// rather than read it in a dialog.
    pub fn is_for_field(&self, fields: &[&str]) -> bool {
        self.field().is_some_and(|field| fields.contains(&field))
    }

    /// Where the fix is, if the app has a screen for it: a limit that a
    /// verified identity would raise leads to the verification.
    pub fn leads_to(&self) -> Option<Destination> {
        match self {
            Problem::Limit(refusal) | Problem::Engine(PocketError::LimitReached { refusal, .. }) => {
                matches!(refusal.how_to_raise, Some(LimitRaise::VerifyIdentity { .. }))
                    .then_some(Destination::Verification)
            }
            _ => None,
        }
    }

    /// The words and figures.
    pub fn view(&self, t: &Texts) -> ProblemView {
        let mut view = self.view_without_action(t);
        view.action = self.leads_to().map(|destination| match destination {
            Destination::Verification => t.get("problem-action-verify"),
            _ => t.get("problem-action-open"),
        });
        view
    }

    fn view_without_action(&self, t: &Texts) -> ProblemView {
        match self {
            Problem::Limit(refusal) | Problem::Engine(PocketError::LimitReached { refusal, .. }) => {
                limit_view(refusal, t)
            }
            Problem::Parcels(refusals) => parcels_view(refusals, t),
            Problem::Engine(PocketError::ParcelNotEligible { refusals, .. }) => {
                let named: Vec<_> = refusals.iter().map(|r| (r.seller_id.clone(), r.clone())).collect();
                parcels_view(&named, t)
            }
            _ => self.worded_view(t),
        }
    }

    fn worded_view(&self, t: &Texts) -> ProblemView {
        let code = self.code();
        let field = self.field().map(str::to_string);
        let args = self.args(t);
        let specific = field.as_ref().map(|f| format!("problem-{f}-{code}"));
        let general = format!("problem-{code}");
        let id = specific.filter(|id| t.has(id)).or_else(|| t.has(&general).then_some(general));
        let (message, id) = match id {
            Some(id) => (t.fmt(&id, &args), id),
            // A code this version has no words for: the service's own
            // sentence is better than nothing.
            None => (self.fallback_message(t), "problem-unknown".to_string()),
        };
        ProblemView {
            code,
            title: t.attr(&id, "title", &args).or_else(|| t.attr("problem-unknown", "title", &[])).unwrap_or_default(),
            message,
            hint: t.attr(&id, "hint", &args),
            field,
            figures: Vec::new(),
            dismiss_label: t.get("problem-dismiss"),
            action: None,
        }
    }

    fn fallback_message(&self, t: &Texts) -> String {
        match self {
            Problem::Engine(
                PocketError::InvalidInput { explanation, .. } | PocketError::Refused { explanation, .. },
            ) => explanation.clone(),
            _ => t.get("problem-unknown"),
        }
    }

    /// The figures a message may use, formatted for the shopper.
    fn args(&self, t: &Texts) -> Vec<(&'static str, Arg)> {
        match self {
            Problem::Engine(PocketError::Refused { until, attempts_left, .. }) => {
                let mut args = Vec::new();
                if let Some(until) = until {
                    args.push(("until", t.date_time(*until).into()));
                }
                if let Some(left) = attempts_left {
                    args.push(("attempts_left", (*left).into()));
                }
                args
            }
            Problem::Password(PasswordRuleError::WrongLength { length }) => vec![("length", (*length).into())],
            Problem::Card(error) => card_args(error),
            Problem::TopUp(TopUpError::Money(error)) | Problem::Money { error, .. } => money_args(error, t),
            Problem::TopUp(error) => top_up_args(error, t),
            Problem::Questions(SecurityQuestionError::TooFewQuestions { given, min }) => {
                vec![("given", (*given).into()), ("min", (*min).into())]
            }
            Problem::Questions(
                SecurityQuestionError::DuplicateQuestion { question } | SecurityQuestionError::EmptyAnswer { question },
            ) => vec![("question", question.into())],
            _ => Vec::new(),
        }
    }
}

/// The serde `kind` of a rule error: its machine-readable name.
fn kind_of<E: serde::Serialize>(error: &E) -> String {
    serde_json::to_value(error)
        .ok()
        .and_then(|value| value.get("kind").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "invalid".into())
}

fn engine_code(error: &PocketError) -> String {
    match error {
        PocketError::InvalidInput { code, .. } | PocketError::Refused { code, .. } => code.clone(),
        PocketError::LimitReached { refusal, .. } => limit_code(refusal),
        PocketError::ParcelNotEligible { .. } => "parcel_not_eligible".into(),
        PocketError::NeedsSignIn => "needs_sign_in".into(),
        PocketError::WillRetry { .. } => "will_retry".into(),
        PocketError::Offline { .. } => "offline".into(),
        PocketError::Internal { .. } => "internal".into(),
    }
}

fn limit_code(refusal: &LimitRefusal) -> String {
    kind_of(&serde_json::json!({ "kind": refusal.rule }))
}

fn card_args(error: &CardError) -> Vec<(&'static str, Arg)> {
    match error {
        CardError::InvalidLength { digits } => vec![("digits", (*digits).into())],
        CardError::BadExpiryMonth { month } => vec![("month", format!("{month:02}").into())],
        CardError::Expired { month, year } => vec![("expiry", format!("{month:02}/{year}").into())],
        CardError::TooManyCards { max_cards } => vec![("max_cards", (*max_cards).into())],
        _ => Vec::new(),
    }
}

fn money_args(error: &MoneyError, t: &Texts) -> Vec<(&'static str, Arg)> {
    match error {
        MoneyError::NotANumber { text } => vec![("text", text.into())],
        MoneyError::TooManyDecimals { currency, max_decimals, .. } => {
            vec![("currency", currency.code().into()), ("decimals", (*max_decimals).into())]
        }
        MoneyError::NotPositive { currency } => vec![("currency", currency.code().into())],
        MoneyError::TooLarge { currency, max, .. } => vec![("currency", currency.code().into()), ("max", max.into())],
        MoneyError::UnknownCurrency { code } => vec![("code", code.into())],
        MoneyError::Negative { currency, .. } | MoneyError::CurrencyMismatch { left: currency, .. } => {
            vec![("currency", t.currency_symbol(*currency).into())]
        }
        _ => Vec::new(),
    }
}

fn top_up_args(error: &TopUpError, t: &Texts) -> Vec<(&'static str, Arg)> {
    let rail = |name: &crate::topup::RailName| t.get(&format!("rail-{}", rail_key(name.0)));
    match error {
        TopUpError::BelowMinimum { rail: name, minimum, amount } => vec![
            ("rail", rail(name).into()),
            ("minimum", t.money(*minimum).into()),
            ("amount", t.money(*amount).into()),
        ],
        TopUpError::AboveMaximum { rail: name, maximum, amount } => vec![
            ("rail", rail(name).into()),
            ("maximum", t.money(*maximum).into()),
            ("amount", t.money(*amount).into()),
        ],
        TopUpError::MonthlyCapReached { rail: name, cap, left, fits_at } => {
            let mut args =
                vec![("rail", rail(name).into()), ("cap", t.money(*cap).into()), ("left", t.money(*left).into())];
            if let Some(at) = fits_at {
                args.push(("fits_at", t.date_time(*at).into()));
            }
            args
        }
        TopUpError::Money(error) => money_args(error, t),
    }
}

/// A rail's key in message ids: `bank_card`, `e_wallet`.
pub(crate) fn rail_key(rail: crate::topup::TopUpRail) -> String {
    kind_of(&serde_json::json!({ "kind": rail }))
}

fn limit_view(refusal: &LimitRefusal, t: &Texts) -> ProblemView {
    let rule = limit_code(refusal);
    let method = super::limit_method_name(refusal.method, t);
    let args: Vec<(&str, Arg)> = vec![
        ("amount", t.money(refusal.amount).into()),
        ("method", method.into()),
        ("ceiling", t.money(refusal.ceiling).into()),
        ("left", t.money(refusal.left).into()),
    ];
    let id = format!("problem-{rule}");
    let mut figures =
        vec![FigureView { label: t.get("figure-limit"), value: t.fmt(&format!("limit-ceiling-{rule}"), &args) }];
    let left_label = if refusal.rule == LimitRule::PerPayment { "figure-most-at-once" } else { "figure-left" };
    figures.push(FigureView { label: t.get(left_label), value: t.money(refusal.left) });
    if let Some(at) = refusal.resets_at {
        figures.push(FigureView { label: t.get("figure-fits-again"), value: t.date_time(at) });
    }
    if let Some(raise) = refusal.how_to_raise {
        figures.push(FigureView { label: t.get("figure-how-to-raise"), value: raise_text(raise, t) });
    }
    ProblemView {
        code: rule,
        title: t.attr(&id, "title", &args).unwrap_or_default(),
        message: t.fmt(&id, &args),
        hint: t.attr(&id, "hint", &args),
        field: None,
        figures,
        dismiss_label: t.get("problem-dismiss"),
        action: None,
    }
}

/// What would raise a limit, in words: "Verify your identity: up to $1,000.00".
pub(crate) fn raise_text(raise: LimitRaise, t: &Texts) -> String {
    match raise {
        LimitRaise::VerifyEmail { new_ceiling } => {
            t.fmt("limit-raise-verify-email", &[("ceiling", t.money(new_ceiling).into())])
        }
        LimitRaise::VerifyIdentity { new_ceiling } => {
            t.fmt("limit-raise-verify-identity", &[("ceiling", t.money(new_ceiling).into())])
        }
        LimitRaise::AccountAge { on, age_days, new_ceiling } => t.fmt(
            "limit-raise-account-age",
            &[("ceiling", t.money(new_ceiling).into()), ("date", t.date(on).into()), ("days", age_days.into())],
        ),
    }
}

fn parcels_view(refusals: &[(String, ParcelRefusal)], t: &Texts) -> ProblemView {
    let mut lines = Vec::new();
    for (seller, refusal) in refusals {
        for reason in &refusal.reasons {
            lines.push(parcel_reason_text(seller, reason, t));
        }
    }
    ProblemView {
        code: "parcel_not_eligible".into(),
        title: t.attr("problem-parcel_not_eligible", "title", &[]).unwrap_or_default(),
        message: lines.join("\n"),
        hint: t.attr("problem-parcel_not_eligible", "hint", &[]),
        field: None,
        figures: Vec::new(),
        dismiss_label: t.get("problem-dismiss"),
        action: None,
    }
}

/// One reason a parcel does not qualify, with its figures.
pub(crate) fn parcel_reason_text(seller: &str, reason: &ParcelRefusalReason, t: &Texts) -> String {
    match reason {
        ParcelRefusalReason::Empty => t.fmt("parcel-empty", &[("seller", seller.into())]),
        ParcelRefusalReason::TooHeavy { weight_grams, max_weight_grams, over_by_grams } => t.fmt(
            "parcel-too-heavy",
            &[
                ("seller", seller.into()),
                ("weight", t.grams(*weight_grams).into()),
                ("max", t.grams(*max_weight_grams).into()),
                ("over", t.grams(*over_by_grams).into()),
            ],
        ),
        ParcelRefusalReason::OverLowValueCap { value, cap, over_by } => t.fmt(
            "parcel-over-cap",
            &[
                ("seller", seller.into()),
                ("value", t.money(*value).into()),
                ("cap", t.money(*cap).into()),
                ("over", t.money(*over_by).into()),
            ],
        ),
    }
}

/// The message for `field` if `problem` is about it.
pub(crate) fn field_error(problem: &Option<Problem>, field: &str, t: &Texts) -> Option<String> {
    let problem = problem.as_ref()?;
    (problem.field() == Some(field)).then(|| problem.view(t).message)
}
