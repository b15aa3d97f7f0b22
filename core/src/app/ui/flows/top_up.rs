//! Adding money: the rails with their minimum, maximum and arrival shown
//! before the shopper types; the amount; a card and its SMS code; the
//! result (credited, or pending until a date).

use crate::app::ui::describe;
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::parts::{BankCodeEvent, ButtonView, ChoiceView, CodedAction, FieldView, InputKind, SendingView};
use crate::app::ui::state::sending::{Outcome, SendState};
use crate::app::ui::state::top_up::TopUpState;
use crate::app::ui::steps::sending;
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{rail_key, Problem, Texts};
use crate::app::{ActionKind, Card, PocketError, TopUp, TopUpOutcome, TopUpRequest, TopUpStatus};
use crate::cards::CardStatus;
use crate::limits::LimitMethod;
use crate::money::{Currency, Money};
use crate::topup::{check_top_up, EWalletProvider, Settlement, TopUpRail};

const PROVIDERS: [EWalletProvider; 3] =
    [EWalletProvider::WebMoney, EWalletProvider::YandexMoney, EWalletProvider::Qiwi];

const FIELDS: [&str; 6] = ["amount", "rail", "provider", "card", "card_id", "one_time_code"];

/// Taps on the top-up screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum TopUpEvent {
    ChooseRail {
        rail: TopUpRail,
    },
    /// Chooses an e-wallet by the id of its choice.
    ChooseProvider {
        id: String,
    },
    /// Chooses the currency by the id of its choice (the ISO code).
    ChooseCurrency {
        id: String,
    },
    /// Chooses a card by the id of its choice.
    ChooseCard {
        card_id: String,
    },
    /// Adds a card for this top-up.
    AddCard,
    /// "Add money".
    Submit {
        amount: String,
    },
    /// Starts another top-up after one is done.
    Another,
}

/// The top-up screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopUpView {
    /// Every rail with its limits and arrival.
    pub rails: Vec<RailView>,
    /// Which e-wallet (e-wallet rail only).
    pub providers: Vec<ChoiceView>,
    /// Which card (bank card rail only); ids for `ChooseCard`.
    pub cards: Vec<ChoiceView>,
    /// "Add a card" (bank card rail only).
    pub add_card: Option<ButtonView>,
    /// A problem with the rail, e-wallet or card choice.
    pub choice_error: Option<String>,
    /// The currency sent; ids are ISO codes for `ChooseCurrency`.
    pub currencies: Vec<ChoiceView>,
    /// The amount.
    pub amount: FieldView,
    /// What the account's limits leave for this rail.
    pub limit: Option<String>,
    /// "Add money".
    pub submit: ButtonView,
    /// Once confirmed: the bank's page or SMS code a card waits on, or saved
    /// on the phone to be sent.
    pub sending: SendingView,
    /// What happened.
    pub result: Option<TopUpResultView>,
    /// "Add more" after a result.
    pub another: Option<ButtonView>,
}

/// A rail as the shopper chooses it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RailView {
    /// Sent back in `ChooseRail`.
    pub rail: TopUpRail,
    /// "Bank transfer".
    pub label: String,
    /// "From $21.00 to $100,000,000.00 per top-up".
    pub limits: String,
    /// "Arrives in up to 7 business days".
    pub arrival: String,
    /// Chosen now.
    pub selected: bool,
}

/// How a top-up went.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopUpResultView {
    /// "$50.00 added" or "$30.00 on its way".
    pub title: String,
    /// "It is in your balance now." or "Expected by Tue, Dec 1; ...".
    pub message: String,
    /// Whether the money is spendable now.
    pub credited: bool,
}

/// The SMS code the card's bank asked for this top-up.
pub(crate) fn on_bank_code(model: &mut Model, event: BankCodeEvent) -> Vec<Task> {
    let flow = &mut model.flows.top_up;
    sending::on_bank_code(&mut flow.sending, &mut flow.problem, event, |action_id, code| Task::CompleteTopUp {
        action_id,
        code,
    })
}

pub(crate) fn on_event(model: &mut Model, event: TopUpEvent) -> Vec<Task> {
    let (offered_rails, offered_providers) = offered(model);
    let flow = &mut model.flows.top_up;
    if flow.sending.is_busy() {
        return Vec::new();
    }
    match event {
        // A rail the shopper's country does not offer is never shown.
        TopUpEvent::ChooseRail { rail } if !offered_rails.contains(&rail) => {}
        TopUpEvent::ChooseRail { rail } => {
            flow.rail = Some(rail);
            flow.problem = None;
            if rail == TopUpRail::BankCard {
                return crate::app::ui::loads::load(model, Task::LoadCards);
            }
        }
        TopUpEvent::ChooseProvider { id } => {
            flow.provider =
                offered_providers.into_iter().find(|provider| provider_key(*provider) == id).or(flow.provider);
        }
        TopUpEvent::ChooseCurrency { id } => flow.currency = Currency::from_code(&id).ok().or(flow.currency),
        TopUpEvent::ChooseCard { card_id } => flow.card_id = Some(card_id),
        TopUpEvent::AddCard => {
            model.flows.add_card = crate::app::ui::state::cards::AddCardState::for_purpose(
                crate::app::ui::state::cards::AddCardPurpose::TopUp,
            );
            model.push(Route::AddCard);
        }
        TopUpEvent::Submit { amount } => return submit(model, amount),
        TopUpEvent::Another => {
            let keep = TopUpState { rail: flow.rail, currency: flow.currency, ..TopUpState::default() };
            *flow = keep;
        }
    }
    Vec::new()
}

fn submit(model: &mut Model, typed: String) -> Vec<Task> {
    let texts = model.texts.clone();
    let now = model.now;
    let flow = &mut model.flows.top_up;
    if !flow.editing() {
        return Vec::new();
    }
    flow.amount = typed.trim().to_string();
    flow.problem = None;
    match request(flow, &texts, now) {
        Ok(request) => {
            flow.sending = SendState::Sending;
            vec![Task::TopUp { request }]
        }
        Err(problem) => {
            flow.problem = Some(problem);
            Vec::new()
        }
    }
}

/// The request the form describes, or the first thing to fix.
fn request(flow: &TopUpState, texts: &Texts, now: chrono::DateTime<chrono::Utc>) -> Result<TopUpRequest, Problem> {
    let rail = flow.rail.ok_or(Problem::Check { field: Some("rail"), code: "choose_rail" })?;
    let amount = texts
        .parse_amount(&flow.amount, flow.currency())
        .and_then(Money::require_positive)
        .map_err(|error| Problem::Money { field: "amount", error })?;
    if amount.currency() == Currency::Usd {
        check_top_up(rail, amount, &[], now).map_err(Problem::TopUp)?;
    }
    let provider = match rail {
        TopUpRail::EWallet => {
            Some(flow.provider.ok_or(Problem::Check { field: Some("provider"), code: "provider_required" })?)
        }
        _ => None,
    };
    let card_id = match rail {
        TopUpRail::BankCard => {
            Some(flow.card_id.clone().ok_or(Problem::Check { field: Some("card"), code: "card_required" })?)
        }
        _ => None,
    };
    Ok(TopUpRequest { rail, amount, provider, card_id, one_time_code: None })
}

pub(crate) fn on_topped_up(model: &mut Model, result: Result<TopUpOutcome, PocketError>) -> Vec<Task> {
    let answered = model.flows.top_up.sending.answered(result.map(Outcome::from));
    settle(model, answered)
}

/// The answer to "send a new code".
pub(crate) fn on_code_resent(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    let resent = model.flows.top_up.sending.code_resent(result);
    sending::show_code_resent(model, resent, |model, problem| model.flows.top_up.problem = problem);
    Vec::new()
}

pub(crate) fn on_code_completed(model: &mut Model, result: Result<TopUp, PocketError>) -> Vec<Task> {
    let answered = model.flows.top_up.sending.code_answered(result);
    settle(model, answered)
}

/// Done, still on its way, or refused (the problem shown).
fn settle(model: &mut Model, answered: Result<Option<TopUp>, PocketError>) -> Vec<Task> {
    match answered {
        Ok(Some(top_up)) => {
            model.flows.top_up.done = Some(top_up);
            model.flows.top_up.one_off_card = None;
            // The balances came with the engine's event; the list of top-ups did not.
            crate::app::ui::loads::reload(model, Task::LoadWallet)
        }
        Ok(None) => Vec::new(),
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &FIELDS);
            model.flows.top_up.problem = kept;
            Vec::new()
        }
    }
}

/// A saved top-up was sent after all (the outbox no longer holds it).
pub(crate) fn on_pending_changed(model: &mut Model) -> Vec<Task> {
    if !model.flows.top_up.sending.left_outbox(&model.pending) {
        return Vec::new();
    }
    model.flows.top_up = TopUpState::default();
    crate::app::ui::loads::reload(model, Task::LoadWallet)
}

/// After the app was killed while a top-up was being sent.
pub(crate) fn restore(model: &mut Model) -> Vec<Task> {
    let newest = model.pending.iter().rev().find(|action| action.kind == ActionKind::TopUp);
    model.flows.top_up.sending.restore(newest);
    on_pending_changed(model)
}

/// What the shopper's country offers (docs/PRODUCT.md section 1): its rails
/// and e-wallets; everything until the profile is known.
fn offered(model: &Model) -> (Vec<TopUpRail>, Vec<EWalletProvider>) {
    let country = model.profile.last.as_ref().and_then(|p| crate::countries::Countries::shipped().get(&p.country));
    match country {
        Some(country) => (country.rails.clone(), country.e_wallets.clone()),
        None => (TopUpRail::ALL.to_vec(), PROVIDERS.to_vec()),
    }
}

pub(crate) fn view(model: &Model, t: &Texts) -> TopUpView {
    let flow = &model.flows.top_up;
    let editing = flow.editing();
    let (offered_rails, offered_providers) = offered(model);
    let rails = TopUpRail::ALL
        .iter()
        .filter(|rail| offered_rails.contains(rail))
        .map(|rail| {
            let rules = rail.rules();
            let limits = match (rules.max_per_top_up, rules.max_per_month) {
                (Some(max), _) => {
                    t.fmt("rail-limits", &[("min", t.money(rules.min_per_top_up).into()), ("max", t.money(max).into())])
                }
                (None, Some(monthly)) => t.fmt(
                    "rail-limits-monthly",
                    &[("min", t.money(rules.min_per_top_up).into()), ("max", t.money(monthly).into())],
                ),
                (None, None) => t.fmt("rail-limits-account", &[("min", t.money(rules.min_per_top_up).into())]),
            };
            let arrival = match rules.settlement {
                Settlement::Instant => t.get("rail-arrives-instantly"),
                Settlement::BusinessDays { days } => t.fmt("rail-arrives-in-days", &[("days", days.into())]),
                Settlement::WhenPaid => t.get("rail-arrives-when-paid"),
            };
            RailView {
                rail: *rail,
                label: t.get(&format!("rail-{}", rail_key(*rail))),
                limits,
                arrival,
                selected: flow.rail == Some(*rail),
            }
        })
        .collect();
    let providers = match flow.rail {
        Some(TopUpRail::EWallet) => PROVIDERS
            .iter()
            .filter(|provider| offered_providers.contains(provider))
            .map(|provider| {
                let key = provider_key(*provider);
                ChoiceView {
                    id: key.to_string(),
                    label: t.get(&format!("provider-{key}")),
                    detail: None,
                    selected: flow.provider == Some(*provider),
                    enabled: editing,
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let on_card_rail = flow.rail == Some(TopUpRail::BankCard);
    let cards = if on_card_rail {
        card_choices(model, flow.card_id.as_deref(), flow.one_off_card.as_ref(), editing, t)
    } else {
        Vec::new()
    };
    let currency = flow.currency();
    let currencies = Currency::ALL
        .iter()
        .map(|c| ChoiceView {
            id: c.code().to_string(),
            label: c.code().to_string(),
            detail: Some(t.currency_symbol(*c)),
            selected: *c == currency,
            enabled: editing,
        })
        .collect();
    let mut amount = FieldView::new(t.fmt("top-up-amount", &[("currency", currency.code().into())]), InputKind::Amount)
        .value(&flow.amount)
        .enabled(editing);
    amount.error = field_error(&flow.problem, "amount", t);
    let limit = flow.rail.and_then(|rail| {
        let wallet = model.wallet.last.as_ref()?;
        let summary = wallet.limits.limits.iter().find(|l| l.method == LimitMethod::TopUp(rail))?;
        Some(t.fmt(
            "top-up-limit-left",
            &[("today", t.money(summary.left_today).into()), ("month", t.money(summary.left_this_month).into())],
        ))
    });
    let result = flow.done.as_ref().map(|top_up| result_view(top_up, t));
    TopUpView {
        rails,
        providers,
        cards,
        add_card: on_card_rail.then(|| ButtonView::with(t.get("top-up-add-card"), editing, false)),
        choice_error: ["rail", "provider", "card", "card_id"].iter().find_map(|f| field_error(&flow.problem, f, t)),
        currencies,
        amount,
        limit,
        submit: ButtonView::with(t.get("top-up-submit"), editing, flow.sending == SendState::Sending),
        sending: sending::sending_view(CodedAction::TopUp, &flow.sending, &flow.problem, t),
        another: result.is_some().then(|| ButtonView::new(t.get("top-up-another"))),
        result,
    }
}

fn result_view(top_up: &TopUp, t: &Texts) -> TopUpResultView {
    let amount = t.money(top_up.amount);
    if top_up.status == TopUpStatus::Settled {
        return TopUpResultView {
            title: t.fmt("top-up-credited", &[("amount", amount.into())]),
            message: t.get("top-up-credited-message"),
            credited: true,
        };
    }
    let message = if top_up.awaiting_payment {
        t.get("top-up-awaiting-boleto")
    } else {
        match top_up.expected_by {
            Some(at) => t.fmt("top-up-pending-message", &[("date", t.date(at).into())]),
            None => t.get("top-up-on-its-way"),
        }
    };
    TopUpResultView { title: t.fmt("top-up-pending", &[("amount", amount.into())]), message, credited: false }
}

/// The cards that can pay: bound active ones and a one-off card.
pub(crate) fn card_choices(
    model: &Model,
    selected: Option<&str>,
    one_off: Option<&Card>,
    enabled: bool,
    t: &Texts,
) -> Vec<ChoiceView> {
    let bound = model.cards.last.as_ref().map(|screen| screen.cards.as_slice()).unwrap_or_default();
    bound
        .iter()
        .chain(one_off)
        .map(|card| ChoiceView {
            id: card.id.clone(),
            label: describe::card_label(card, t),
            detail: Some(if card.status == CardStatus::Expired {
                t.get("card-expired")
            } else if card.saved {
                t.fmt("card-expires", &[("expiry", card.expiry.as_str().into())])
            } else {
                t.get("card-one-off")
            }),
            selected: selected == Some(card.id.as_str()),
            enabled: enabled && card.status == CardStatus::Active,
        })
        .collect()
}

/// An e-wallet's key in message ids and choice ids.
pub(crate) fn provider_key(provider: EWalletProvider) -> &'static str {
    match provider {
        EWalletProvider::WebMoney => "web_money",
        EWalletProvider::YandexMoney => "yandex_money",
        EWalletProvider::Qiwi => "qiwi",
    }
}

#[cfg(test)]
mod tests;
