//! Paying the orders of a checkout, one after the other: the source (a
//! balance, with the FX quote shown before confirming when it is not USD;
//! a bound card; a new card, not saved unless ticked), the limits for this
//! payment, the payment password, the SMS code when the card asks, and the
//! receipt. A payment saved on the phone when the network failed shows as
//! "will be sent", never as lost or as a second Pay button.

use crate::app::ui::describe;
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Route};
use crate::app::ui::parts::{
    BankCodeEvent, ButtonView, CodedAction, FieldView, InputKind, LineView, ProblemView, SendingView,
};
use crate::app::ui::secret_text::SecretText;
use crate::app::ui::state::pay::{PayState, PaymentChoice};
use crate::app::ui::state::sending::{Outcome, SendState};
use crate::app::ui::steps::sending;
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{ActionKind, Order, PaySource, PaymentOutcome, PocketError, Quote, QuoteLimits};
use crate::cards::CardStatus;
use crate::limits::LimitMethod;
use crate::money::Currency;
use crate::orders::OrderStatus;
use crate::password::{is_payment_password_shaped, PAYMENT_PASSWORD_DIGITS};

const FIELDS: [&str; 3] = ["payment_password", "source", "one_time_code"];

/// Taps on the pay screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PayEvent {
    /// Picks a source from the view's list.
    Choose {
        /// The source's choice.
        choice: PaymentChoice,
    },
    /// Adds a card for this payment (not saved unless ticked).
    NewCard,
    /// "Pay" with the payment password.
    Confirm {
        /// The 6 digits.
        payment_password: SecretText,
    },
    /// Pays the checkout's next order.
    Next,
    /// Leaves for the orders.
    Finish,
}

/// The pay screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PayView {
    /// "Order 1 of 2", when a checkout made several.
    pub progress: Option<String>,
    /// "Shenzhen Cases Co.".
    pub seller: String,
    /// One line per item: "Silicone phone case · Pixel 8 · teal × 1".
    pub items: Vec<String>,
    /// "$3.99".
    pub price: String,
    /// What can pay.
    pub sources: Vec<SourceView>,
    /// "Use a new card".
    pub new_card: ButtonView,
    /// A problem with the choice of source.
    pub source_error: Option<String>,
    /// For a balance: what leaves it, the rate, the limits after paying.
    pub quote: Option<QuoteView>,
    /// The payment password.
    pub password: FieldView,
    /// "Pay $3.99".
    pub pay: ButtonView,
    /// Once confirmed: the bank's page or SMS code a card waits on, or saved
    /// on the phone to be sent.
    pub sending: SendingView,
    /// After paying: "Paid. The money is held until you confirm receipt."
    pub paid: Option<String>,
    /// The receipt, after paying.
    pub receipt: Vec<LineView>,
    /// "Pay the next order", when one is left.
    pub next: Option<ButtonView>,
    /// "Done".
    pub finish: Option<ButtonView>,
}

/// A source of money.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SourceView {
    /// Sent back in `Choose`.
    pub choice: PaymentChoice,
    /// "USD balance" or "Visa 4242 •••• 4242".
    pub label: String,
    /// "$146.01 available" or "Expires 12/30".
    pub detail: String,
    /// Chosen now.
    pub selected: bool,
    /// Can pay.
    pub enabled: bool,
}

/// What paying from a balance will take, before confirming.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuoteView {
    /// "You pay 312,45 ₽" (or "Checking the rate…" while asked).
    pub pay: String,
    /// "1 RUB = $0.0128", for another currency.
    pub rate: Option<String>,
    /// "After this payment: $196.01 left today, $996.01 this month".
    pub limits: Option<String>,
    /// The limits refuse it: which rule, what is left, when it resets.
    pub refusal: Option<ProblemView>,
    /// The balance does not cover it: by how much, and what to do.
    pub shortfall: Option<String>,
}

/// The SMS code the card's bank asked for this payment.
pub(crate) fn on_bank_code(model: &mut Model, event: BankCodeEvent) -> Vec<Task> {
    let flow = &mut model.flows.pay;
    sending::on_bank_code(&mut flow.sending, &mut flow.problem, event, |action_id, code| Task::CompletePayment {
        action_id,
        code,
    })
}

pub(crate) fn on_event(model: &mut Model, event: PayEvent) -> Vec<Task> {
    match event {
        PayEvent::Choose { choice } => choose(model, choice),
        PayEvent::NewCard => {
            if model.flows.pay.choosing() {
                model.flows.add_card = crate::app::ui::state::cards::AddCardState::for_purpose(
                    crate::app::ui::state::cards::AddCardPurpose::Payment,
                );
                model.push(Route::AddCard);
            }
            Vec::new()
        }
        PayEvent::Confirm { payment_password } => confirm(model, payment_password),
        PayEvent::Next => {
            let flow = &mut model.flows.pay;
            if flow.paid && flow.index + 1 < flow.order_ids.len() {
                flow.index += 1;
                flow.paid = false;
                flow.choice = None;
                flow.quote = None;
                flow.problem = None;
            }
            Vec::new()
        }
        PayEvent::Finish => {
            let first = model.flows.pay.order_ids.first().cloned();
            model.flows.pay = PayState::default();
            model.reset_to(Route::Orders);
            let mut tasks = crate::app::ui::loads::loads_for(model, &Route::Orders, false);
            if let Some(order_id) = first {
                let route = Route::Order { order_id };
                model.push(route.clone());
                tasks.extend(crate::app::ui::loads::loads_for(model, &route, false));
            }
            tasks
        }
    }
}

fn choose(model: &mut Model, choice: PaymentChoice) -> Vec<Task> {
    let flow = &mut model.flows.pay;
    let Some(order_id) = flow.order_id().map(str::to_string) else { return Vec::new() };
    if !flow.choosing() {
        return Vec::new();
    }
    flow.problem = None;
    flow.quote = None;
    flow.choice = Some(choice.clone());
    match choice {
        PaymentChoice::Balance { currency } => vec![Task::Quote { order_id, currency }],
        PaymentChoice::Card { .. } => Vec::new(),
    }
}

fn confirm(model: &mut Model, password: SecretText) -> Vec<Task> {
    let flow = &mut model.flows.pay;
    let Some(order_id) = flow.order_id().map(str::to_string) else { return Vec::new() };
    if !flow.choosing() {
        return Vec::new();
    }
    flow.problem = None;
    let Some(choice) = flow.choice.clone() else {
        flow.problem = Some(Problem::Check { field: Some("source"), code: "choose_source" });
        return Vec::new();
    };
    if !is_payment_password_shaped(password.expose()) {
        flow.problem = Some(Problem::Check { field: Some("payment_password"), code: "not_six_digits" });
        return Vec::new();
    }
    if let Some(QuoteLimits::Refused { refusal }) = flow.quote.as_ref().map(|quote| &quote.limits) {
        model.problem = Some(Problem::Limit(refusal.clone()));
        return Vec::new();
    }
    flow.sending = SendState::Sending;
    let source = match choice {
        PaymentChoice::Balance { currency } => PaySource::Balance { currency },
        PaymentChoice::Card { card_id } => PaySource::Card { card_id },
    };
    vec![Task::Pay { order_id, source, password }]
}

pub(crate) fn on_quoted(
    model: &mut Model,
    order_id: &str,
    currency: Currency,
    result: Result<Quote, PocketError>,
) -> Vec<Task> {
    let flow = &mut model.flows.pay;
    let current = flow.order_id() == Some(order_id) && flow.choice == Some(PaymentChoice::Balance { currency });
    if !current {
        return Vec::new();
    }
    match result {
        Ok(quote) => flow.quote = Some(quote),
        Err(error) => model.problem = Some(Problem::Engine(error)),
    }
    Vec::new()
}

pub(crate) fn on_paid(model: &mut Model, order_id: &str, result: Result<PaymentOutcome, PocketError>) -> Vec<Task> {
    if model.flows.pay.order_id() != Some(order_id) {
        return Vec::new();
    }
    let answered = model.flows.pay.sending.answered(result.map(Outcome::from));
    settle(model, answered)
}

/// The answer to "send a new code".
pub(crate) fn on_code_resent(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    let resent = model.flows.pay.sending.code_resent(result);
    sending::show_code_resent(model, resent, |model, problem| model.flows.pay.problem = problem);
    Vec::new()
}

pub(crate) fn on_code_completed(model: &mut Model, result: Result<Order, PocketError>) -> Vec<Task> {
    let answered = model.flows.pay.sending.code_answered(result);
    settle(model, answered)
}

/// The limit refusal the pay screen's quote shows, if it shows one: its
/// action ("Verify your identity") is followed as a dialog's is.
pub(crate) fn quote_problem(model: &Model) -> Option<Problem> {
    match model.flows.pay.quote.as_ref().map(|quote| &quote.limits) {
        Some(QuoteLimits::Refused { refusal }) => Some(Problem::Limit(refusal.clone())),
        _ => None,
    }
}

/// Paid, still on its way, or refused (the problem shown).
fn settle(model: &mut Model, answered: Result<Option<Order>, PocketError>) -> Vec<Task> {
    match answered {
        Ok(Some(order)) => model.remember_order(order),
        Ok(None) => {}
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &FIELDS);
            model.flows.pay.problem = kept;
        }
    }
    Vec::new()
}

/// The outbox changed: a saved payment no longer pending was answered,
/// paid or refused; the order says which.
pub(crate) fn on_pending_changed(model: &mut Model) -> Vec<Task> {
    let flow = &model.flows.pay;
    if !flow.sending.left_outbox(&model.pending) {
        return Vec::new();
    }
    match flow.order_id() {
        Some(order_id) => vec![Task::LoadOrder { order_id: order_id.to_string() }],
        None => Vec::new(),
    }
}

/// The order was read after a saved payment left the outbox: still unpaid
/// means the service refused it.
pub(crate) fn on_order_loaded(model: &mut Model, order: &Order) {
    model.flows.pay.order_changed(order);
    let flow = &mut model.flows.pay;
    let current = flow.order_id() == Some(order.id.as_str());
    if current && flow.sending.left_outbox(&model.pending) && order.status == OrderStatus::Created {
        flow.sending = SendState::Ready;
        model.problem = Some(Problem::Check { field: None, code: "payment_not_sent" });
    }
}

/// After the app was killed: a payment that was being sent is either
/// still saved in the outbox (it will be sent), or was answered; the order
/// tells which. Never a second Pay button for a payment on its way.
pub(crate) fn restore(model: &mut Model) -> Vec<Task> {
    let flow = &mut model.flows.pay;
    let Some(order_id) = flow.order_id().map(str::to_string) else { return Vec::new() };
    let pending = model
        .pending
        .iter()
        .find(|action| action.kind == ActionKind::Pay && action.reference.as_deref() == Some(&order_id));
    flow.sending.restore(pending);
    let mut tasks = vec![Task::LoadOrder { order_id: order_id.clone() }];
    if let Some(PaymentChoice::Balance { currency }) = flow.choice {
        if flow.choosing() {
            tasks.push(Task::Quote { order_id, currency });
        }
    }
    tasks
}

pub(crate) fn view(model: &Model, t: &Texts) -> PayView {
    let flow = &model.flows.pay;
    let order = flow.order_id().and_then(|id| model.order(id));
    let choosing = flow.choosing();
    let price = order.map(|order| t.money(order.price)).unwrap_or_default();
    let sources = sources(model, order, choosing, t);
    let quote = quote_view(model, t);
    let refused = quote.as_ref().is_some_and(|quote| quote.refusal.is_some() || quote.shortfall.is_some());
    let waiting_for_quote = matches!(flow.choice, Some(PaymentChoice::Balance { .. })) && flow.quote.is_none();
    let pay_label = match (&flow.quote, &flow.choice) {
        (Some(quote), Some(PaymentChoice::Balance { .. })) => {
            t.fmt("pay-button", &[("amount", t.money(quote.pay).into())])
        }
        _ => t.fmt("pay-button", &[("amount", price.as_str().into())]),
    };
    let mut password =
        FieldView::new(t.get("pay-password"), InputKind::SecretDigits { max_length: PAYMENT_PASSWORD_DIGITS as u32 })
            .enabled(choosing);
    password.error = field_error(&flow.problem, "payment_password", t);
    let paid = flow.paid;
    let more = flow.index + 1 < flow.order_ids.len();
    PayView {
        progress: (flow.order_ids.len() > 1).then(|| {
            t.fmt("pay-progress", &[("number", (flow.index + 1).into()), ("count", flow.order_ids.len().into())])
        }),
        seller: order.map(|order| model.seller_name(&order.seller_id)).unwrap_or_default(),
        items: order.map(|order| describe::item_lines(order, t)).unwrap_or_default(),
        price,
        sources,
        new_card: ButtonView::with(t.get("pay-new-card"), choosing, false),
        source_error: field_error(&flow.problem, "source", t),
        quote,
        password,
        pay: ButtonView::with(
            pay_label,
            choosing && flow.choice.is_some() && !refused && !waiting_for_quote,
            flow.sending == SendState::Sending,
        ),
        sending: sending::sending_view(CodedAction::Pay, &flow.sending, &flow.problem, t),
        paid: paid.then(|| t.get("pay-paid")),
        receipt: match order.and_then(|order| order.receipt.as_ref()) {
            Some(receipt) if paid => describe::receipt_lines(receipt, t),
            _ => Vec::new(),
        },
        next: (paid && more).then(|| ButtonView::new(t.get("pay-next"))),
        finish: (paid || flow.order_ids.is_empty()).then(|| ButtonView::new(t.get("pay-finish"))),
    }
}

fn sources(model: &Model, order: Option<&Order>, choosing: bool, t: &Texts) -> Vec<SourceView> {
    let flow = &model.flows.pay;
    let mut sources = Vec::new();
    if let Some(wallet) = &model.wallet.last {
        for balance in &wallet.balances {
            let choice = PaymentChoice::Balance { currency: balance.currency };
            let enough = match (balance.currency, order) {
                (Currency::Usd, Some(order)) => balance.available >= order.price,
                _ => !balance.available.is_zero(),
            };
            sources.push(SourceView {
                label: t.fmt("pay-source-balance", &[("currency", balance.currency.code().into())]),
                detail: t.fmt("pay-source-available", &[("amount", t.money(balance.available).into())]),
                selected: flow.choice.as_ref() == Some(&choice),
                enabled: choosing && enough,
                choice,
            });
        }
    }
    let bound = model.cards.last.as_ref().map(|screen| screen.cards.as_slice()).unwrap_or_default();
    for card in bound.iter().chain(flow.one_off_card.as_ref()) {
        let choice = PaymentChoice::Card { card_id: card.id.clone() };
        let detail = if card.status == CardStatus::Expired {
            t.get("card-expired")
        } else if !card.saved {
            t.get("card-one-off")
        } else {
            t.fmt("card-expires", &[("expiry", card.expiry.as_str().into())])
        };
        sources.push(SourceView {
            label: describe::card_label(card, t),
            detail,
            selected: flow.choice.as_ref() == Some(&choice),
            enabled: choosing && card.status == CardStatus::Active,
            choice,
        });
    }
    sources
}

fn quote_view(model: &Model, t: &Texts) -> Option<QuoteView> {
    let flow = &model.flows.pay;
    match &flow.choice {
        Some(PaymentChoice::Balance { .. }) => {}
        Some(PaymentChoice::Card { .. }) => return card_limits(model, t),
        None => return None,
    }
    let Some(quote) = &flow.quote else {
        return Some(QuoteView {
            pay: t.get("pay-quote-loading"),
            rate: None,
            limits: None,
            refusal: None,
            shortfall: None,
        });
    };
    let rate = quote.rate_usd_per_unit.as_ref().map(|rate| {
        let usd = t.rate(rate);
        t.fmt("pay-rate", &[("currency", quote.pay.currency().code().into()), ("usd", usd.into())])
    });
    let (limits, refusal) = match &quote.limits {
        QuoteLimits::Allowed { left_today_after, left_this_month_after } => (
            Some(t.fmt(
                "pay-limits-after",
                &[("today", t.money(*left_today_after).into()), ("month", t.money(*left_this_month_after).into())],
            )),
            None,
        ),
        QuoteLimits::Refused { refusal } => (None, Some(Problem::Limit(refusal.clone()).view(t))),
    };
    let available = model
        .wallet
        .last
        .as_ref()
        .and_then(|wallet| wallet.balances.iter().find(|b| b.currency == quote.pay.currency()))
        .map(|balance| balance.available);
    let shortfall =
        available.and_then(|available| quote.pay.checked_sub(available).ok()).filter(|short| !short.is_zero());
    let shortfall = shortfall.map(|short| {
        t.fmt("pay-short", &[("currency", short.currency().code().into()), ("amount", t.money(short).into())])
    });
    Some(QuoteView {
        pay: t.fmt("pay-you-pay", &[("amount", t.money(quote.pay).into())]),
        rate,
        limits,
        refusal,
        shortfall,
    })
}

/// For a card: what the card limits leave today and this month.
fn card_limits(model: &Model, t: &Texts) -> Option<QuoteView> {
    let wallet = model.wallet.last.as_ref()?;
    let summary = wallet.limits.limits.iter().find(|limit| limit.method == LimitMethod::Card)?;
    Some(QuoteView {
        pay: String::new(),
        rate: None,
        limits: Some(t.fmt(
            "pay-card-limits",
            &[("today", t.money(summary.left_today).into()), ("month", t.money(summary.left_this_month).into())],
        )),
        refusal: None,
        shortfall: None,
    })
}

#[cfg(test)]
mod tests;
