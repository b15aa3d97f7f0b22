//! `update(model, input, now) -> tasks`: the one place the app's state
//! changes. Pure: no network, no disk, no clock but `now`; the tasks it
//! returns are done by the app core and come back as inputs. Each flow's
//! events and outcomes are handled in its own module; this file routes
//! them and handles what is common (navigation, loading, the engine's
//! events, opening).

use chrono::{DateTime, Utc};

use super::destination::{Destination, Tab};
use super::event::UiEvent;
use super::flows::{
    account, cards, history, notifications, orders, pay, recovery, security, settings, shop, support, top_up, transfer,
    verification,
};
use super::loads::{load, loads_for, reload};
use super::model::{Loadable, Model, Notice, Route};
use super::parts::CodedAction;
use super::persist::SavedUi;
use super::task::{Done, Task};
use super::text::Problem;
use crate::app::{PocketError, PocketEvent, SavedScreens};
use crate::contract::wallet::{NotificationKind, NotificationTopic};

/// Something that happened to the app.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    /// The app core opened: what the phone has saved.
    Opened(Box<Opened>),
    /// The shopper (or the system) did something.
    Ui(UiEvent),
    /// A task finished.
    Done(Done),
    /// The app core noticed a change (its own action, or the service's feed).
    Engine(PocketEvent),
}

/// What the phone has when the app opens.
#[derive(Debug, Clone)]
pub(crate) struct Opened {
    pub signed_in: bool,
    pub screens: SavedScreens,
    pub pending: Vec<crate::app::PendingAction>,
    pub saved: Option<SavedUi>,
}

/// Applies `input` to `model`; the tasks to do.
pub(crate) fn update(model: &mut Model, input: Input, now: DateTime<Utc>) -> Vec<Task> {
    model.now = now;
    model.revision += 1;
    let mut tasks = match input {
        Input::Opened(opened) => on_opened(model, *opened),
        Input::Ui(event) => on_event(model, event),
        Input::Done(done) => on_done(model, done),
        Input::Engine(event) => on_engine(model, event),
    };
    if model.route() == Some(&Route::Notifications) {
        notifications::mark_seen(model);
    }
    tasks.dedup();
    tasks
}

fn on_opened(model: &mut Model, opened: Opened) -> Vec<Task> {
    model.opened = true;
    model.signed_in = opened.signed_in;
    model.pending = opened.pending;
    if let Some(saved) = opened.saved {
        if let Some(language) = saved.language.as_deref() {
            if language != model.texts.language() {
                model.texts = std::sync::Arc::new(model.texts.in_language(language));
            }
        }
        model.flows = saved.flows;
        model.flows.notifications.new_after = model.flows.notifications.seen_up_to;
        if !saved.stack.is_empty() && saved.signed_in == opened.signed_in {
            model.stack = saved.stack;
        }
    }
    if !model.signed_in {
        if model.stack.iter().any(|route| route.tab().is_some() || *route == Route::CheckEmail)
            || model.stack.is_empty()
        {
            model.reset_to(Route::Welcome);
        }
        return Vec::new();
    }
    let screens = opened.screens;
    model.profile = Loadable::saved(screens.profile);
    model.wallet = Loadable::saved(screens.wallet);
    model.cards = Loadable::saved(screens.cards);
    model.catalogue = Loadable::saved(screens.catalogue);
    model.orders = Loadable::saved(screens.orders);
    model.notifications = Loadable::saved(screens.notifications);
    if model.stack.is_empty() {
        let route = crate::app::ui::open::setup_step(model);
        model.reset_to(route);
    }
    let route = model.route().cloned().unwrap_or(Route::Home);
    let mut tasks = load(model, Task::LoadProfile);
    tasks.extend(loads_for(model, &route, false));
    tasks.extend(load(model, Task::LoadNotifications));
    tasks.extend(pay::restore(model));
    tasks.extend(top_up::restore(model));
    transfer::restore(model);
    tasks
}

fn on_event(model: &mut Model, event: UiEvent) -> Vec<Task> {
    match event {
        UiEvent::Back => back(model),
        UiEvent::SelectTab { tab } => open_tab(model, tab),
        UiEvent::Open { destination } => open(model, destination),
        UiEvent::Refresh => {
            let route = model.route().cloned();
            route.map(|route| loads_for(model, &route, true)).unwrap_or_default()
        }
        UiEvent::Foreground if !model.signed_in => Vec::new(),
        UiEvent::Foreground => {
            let mut tasks = vec![Task::ResendPending];
            if let Some(route) = model.route().cloned() {
                tasks.extend(loads_for(model, &route, true));
            }
            tasks
        }
        UiEvent::OpenLink { url } => open_link(model, &url),
        UiEvent::DismissProblem => {
            model.problem = None;
            Vec::new()
        }
        UiEvent::FollowProblem => follow_problem(model),
        UiEvent::PushToken { platform, token } => {
            model.push_token = Some((platform, token.clone()));
            if model.signed_in {
                vec![Task::RegisterPushToken { platform, token }]
            } else {
                Vec::new()
            }
        }
        UiEvent::OpenNotification { kind, reference } => {
            notifications::open_about(model, NotificationKind::from_name(&kind), &reference)
        }
        UiEvent::Verification { event } => verification::on_event(model, event),
        UiEvent::Support { event } => support::on_event(model, event),
        UiEvent::DismissNotice => {
            model.notice = None;
            Vec::new()
        }
        UiEvent::SignUp { event } => account::on_sign_up(model, event),
        UiEvent::CheckEmail { event } => account::on_check_email(model, event),
        UiEvent::SignIn { event } => account::on_sign_in(model, event),
        UiEvent::ResetPassword { event } => recovery::on_reset(model, event),
        UiEvent::RecoverPaymentPassword { event } => recovery::on_recover(model, event),
        UiEvent::PaymentPassword { event } => security::on_payment_password(model, event),
        UiEvent::SecurityQuestions { event } => security::on_questions(model, event),
        UiEvent::TopUp { event } => top_up::on_event(model, event),
        UiEvent::Cards { event } => cards::on_cards(model, event),
        UiEvent::AddCard { event } => cards::on_add_card(model, event),
        UiEvent::Shop { event } => shop::on_event(model, event),
        UiEvent::Pay { event } => pay::on_event(model, event),
        UiEvent::BankCode { action: CodedAction::Pay, event } => pay::on_bank_code(model, event),
        UiEvent::BankCode { action: CodedAction::TopUp, event } => top_up::on_bank_code(model, event),
        UiEvent::Orders { event } => orders::on_event(model, event),
        UiEvent::History { event } => history::on_event(model, event),
        UiEvent::Transfer { event } => transfer::on_event(model, event),
        UiEvent::Notifications { event } => notifications::on_event(model, event),
        UiEvent::Settings { event } => settings::on_event(model, event),
    }
}

fn on_done(model: &mut Model, done: Done) -> Vec<Task> {
    if let Some(tasks) = session_ended(model, &done) {
        return tasks;
    }
    match done {
        Done::Profile(result) => {
            if let Ok(profile) = &result {
                model.follow_profile_language(profile);
            }
            model.profile.finish(result);
            Vec::new()
        }
        Done::Wallet(result) => {
            if let Ok(wallet) = &result {
                model.pending = wallet.pending_actions.clone();
            }
            model.wallet.finish(result);
            Vec::new()
        }
        Done::Cards(result) => finish(&mut model.cards, result),
        Done::Catalogue(result) => finish(&mut model.catalogue, result),
        Done::Orders(result) => finish(&mut model.orders, result),
        Done::Order(Ok(order)) => {
            pay::on_order_loaded(model, &order);
            model.remember_order(order);
            Vec::new()
        }
        Done::Order(Err(error)) => {
            model.problem = Some(Problem::Engine(error));
            Vec::new()
        }
        Done::History(result) => finish(&mut model.history, result),
        Done::Notifications(result) => finish(&mut model.notifications, result),
        Done::Receipt { order_id, result } => finish(model.receipts.entry(order_id).or_default(), result),
        Done::RefundReceipt { order_id, result } => finish(model.refund_receipts.entry(order_id).or_default(), result),
        Done::Pending(Ok(pending)) | Done::Resent(Ok(pending)) => pending_changed(model, pending),
        Done::Pending(Err(error)) | Done::Resent(Err(error)) => {
            tracing::warn!(%error, "could not read the pending actions");
            Vec::new()
        }
        Done::SignedUp(result) => account::on_signed_up(model, result),
        Done::EmailConfirmed(result) => account::on_email_confirmed(model, result),
        Done::ConfirmationResent(result) => account::on_confirmation_resent(model, result),
        Done::LoggedIn(result) => account::on_logged_in(model, result),
        Done::LoggedOut => {
            model.forget_shopper();
            model.reset_to(Route::Welcome);
            model.notice = Some(Notice::new("notice-signed-out"));
            Vec::new()
        }
        Done::SessionDropped => Vec::new(),
        Done::PushTokenRegistered(result) => {
            if let Err(error) = result {
                // The long poll still brings news while the app is open.
                tracing::warn!(%error, "the push token was not registered");
            }
            Vec::new()
        }
        Done::Verification(result) => finish(&mut model.verification, result),
        Done::VerificationRequested(result) => verification::on_requested(model, result),
        Done::SupportCases(result) => finish(&mut model.support, result),
        Done::SupportCaseOpened(result) => support::on_opened(model, result),
        Done::SupportCaseWritten(result) => support::on_written(model, result),
        Done::PasswordResetSent(result) => recovery::on_reset_link_sent(model, result),
        Done::PasswordReset(result) => recovery::on_password_reset(model, result),
        Done::PaymentRecoveryLinkSent(result) => recovery::on_recovery_link_sent(model, result),
        Done::PaymentPasswordRecovered(result) => recovery::on_payment_password_recovered(model, result),
        Done::LogOutEverywhereFailed(error) => settings::on_log_out_everywhere_failed(model, error),
        Done::CodeResent { action_id, result } => {
            if model.flows.pay.sending.resending(&action_id) {
                pay::on_code_resent(model, result)
            } else if model.flows.top_up.sending.resending(&action_id) {
                top_up::on_code_resent(model, result)
            } else {
                Vec::new()
            }
        }
        Done::PaymentPasswordSet(result) => security::on_payment_password_set(model, result),
        Done::SecurityQuestionsSet(result) => security::on_questions_set(model, result),
        Done::LanguageSet(result) => settings::on_language_set(model, result),
        Done::ToppedUp(result) => top_up::on_topped_up(model, result),
        Done::TopUpCompleted(result) => top_up::on_code_completed(model, result),
        Done::CardAdded(result) => cards::on_card_added(model, result),
        Done::CardRemoved(result) => cards::on_card_removed(model, result),
        Done::CardReplaced { card_id, result } => cards::on_card_replaced(model, &card_id, result),
        Done::CheckedOut(result) => shop::on_checked_out(model, result),
        Done::Quoted { order_id, currency, result } => pay::on_quoted(model, &order_id, currency, result),
        Done::Paid { order_id, result } => pay::on_paid(model, &order_id, result),
        Done::PaymentCompleted(result) => pay::on_code_completed(model, result),
        Done::OrderActed { action, result } => orders::on_acted(model, action, result),
        Done::Transferred(result) => transfer::on_transferred(model, result),
    }
}

fn finish<T>(loadable: &mut Loadable<T>, result: Result<T, PocketError>) -> Vec<Task> {
    loadable.finish(result);
    Vec::new()
}

/// The session ended at the service (expired, or signed out elsewhere):
/// back to sign-in. Money actions saved on the phone stay saved and are
/// sent after the shopper signs in again.
fn session_ended(model: &mut Model, done: &Done) -> Option<Vec<Task>> {
    let ended = done_error(done).is_some_and(|error| *error == PocketError::NeedsSignIn);
    if !ended || !model.signed_in {
        return None;
    }
    let email = model.profile.last.as_ref().map(|profile| profile.email.clone()).unwrap_or_default();
    model.forget_shopper();
    model.flows.sign_in.email = email;
    model.reset_to(Route::SignIn);
    model.notice = Some(Notice::new("notice-session-ended"));
    Some(Vec::new())
}

fn done_error(done: &Done) -> Option<&PocketError> {
    match done {
        Done::Profile(Err(e))
        | Done::Wallet(Err(e))
        | Done::Cards(Err(e))
        | Done::Catalogue(Err(e))
        | Done::Orders(Err(e))
        | Done::History(Err(e))
        | Done::Notifications(Err(e))
        | Done::Order(Err(e))
        | Done::Receipt { result: Err(e), .. }
        | Done::RefundReceipt { result: Err(e), .. }
        | Done::PaymentPasswordSet(Err(e))
        | Done::PaymentRecoveryLinkSent(Err(e))
        | Done::PaymentPasswordRecovered(Err(e))
        | Done::Verification(Err(e))
        | Done::VerificationRequested(Err(e))
        | Done::SupportCases(Err(e))
        | Done::SupportCaseOpened(Err(e))
        | Done::SupportCaseWritten(Err(e))
        | Done::SecurityQuestionsSet(Err(e))
        | Done::LanguageSet(Err(e))
        | Done::ToppedUp(Err(e))
        | Done::TopUpCompleted(Err(e))
        | Done::CardAdded(Err(e))
        | Done::CardRemoved(Err(e))
        | Done::CardReplaced { result: Err(e), .. }
        | Done::CheckedOut(Err(e))
        | Done::Quoted { result: Err(e), .. }
        | Done::Paid { result: Err(e), .. }
        | Done::PaymentCompleted(Err(e))
        | Done::OrderActed { result: Err(e), .. }
        | Done::Transferred(Err(e)) => Some(e),
        _ => None,
    }
}

fn on_engine(model: &mut Model, event: PocketEvent) -> Vec<Task> {
    match event {
        PocketEvent::BalancesChanged { balances } => {
            if let Some(wallet) = &mut model.wallet.last {
                wallet.balances = balances;
            }
            Vec::new()
        }
        PocketEvent::OrderChanged { order } => {
            model.remember_order(order);
            Vec::new()
        }
        PocketEvent::TopUpSettled { .. } => reload(model, Task::LoadWallet),
        PocketEvent::NotificationReceived { notification } => {
            let topic = notification.kind.topic();
            notifications::received(model, notification);
            match topic {
                NotificationTopic::Verification => verification::reviewed(model),
                NotificationTopic::Support => support::changed(model),
                _ => Vec::new(),
            }
        }
        PocketEvent::PendingActionsChanged { actions } => pending_changed(model, actions),
        PocketEvent::SignedOut => Vec::new(),
    }
}

fn pending_changed(model: &mut Model, pending: Vec<crate::app::PendingAction>) -> Vec<Task> {
    model.pending = pending;
    if let Some(wallet) = &mut model.wallet.last {
        wallet.pending_actions = model.pending.clone();
    }
    transfer::on_pending_changed(model);
    let mut tasks = pay::on_pending_changed(model);
    tasks.extend(top_up::on_pending_changed(model));
    tasks
}

// ---- navigation -----------------------------------------------------------

fn back(model: &mut Model) -> Vec<Task> {
    if model.problem.take().is_some() {
        return Vec::new();
    }
    if close_dialog(model) {
        return Vec::new();
    }
    if model.stack.len() > 1 {
        model.stack.pop();
        model.notice = None;
    }
    Vec::new()
}

/// Closes the dialog of the screen on top, if one is open.
fn close_dialog(model: &mut Model) -> bool {
    let flows = &mut model.flows;
    match model.stack.last() {
        Some(Route::Cards) if flows.cards.confirm_remove.is_some() => flows.cards.confirm_remove = None,
        Some(Route::Order { .. }) if flows.orders.dialog.is_some() => flows.orders.dialog = None,
        Some(Route::Settings) if flows.settings.choosing_language => flows.settings.choosing_language = false,
        Some(Route::Settings) if flows.settings.confirm_sign_out => flows.settings.confirm_sign_out = false,
        Some(Route::Settings) if flows.settings.confirm_sign_out_everywhere => {
            flows.settings.confirm_sign_out_everywhere = false
        }
        _ => return false,
    }
    true
}

fn open_tab(model: &mut Model, tab: Tab) -> Vec<Task> {
    if !model.signed_in {
        return Vec::new();
    }
    let route = match tab {
        Tab::Home => Route::Home,
        Tab::Shop => Route::Catalogue,
        Tab::Orders => Route::Orders,
        Tab::Profile => Route::Settings,
    };
    model.reset_to(route.clone());
    loads_for(model, &route, false)
}

fn open(model: &mut Model, destination: Destination) -> Vec<Task> {
    let route = match destination {
        Destination::SignUp => Route::SignUp,
        Destination::SignIn => Route::SignIn,
        _ if !model.signed_in => return Vec::new(),
        Destination::Home => Route::Home,
        Destination::Limits => Route::Limits,
        Destination::TopUp => Route::TopUp,
        Destination::Cards => Route::Cards,
        Destination::AddCard => {
            model.flows.add_card = crate::app::ui::state::cards::AddCardState::default();
            Route::AddCard
        }
        Destination::Catalogue => Route::Catalogue,
        Destination::Cart => Route::Cart,
        Destination::Orders => Route::Orders,
        Destination::History => Route::History,
        Destination::Transfer => Route::Transfer,
        Destination::Notifications => {
            notifications::opened(model);
            Route::Notifications
        }
        Destination::Settings => Route::Settings,
        Destination::Verification => Route::Verification,
        Destination::Support => Route::Support,
    };
    if matches!(route, Route::SignUp | Route::SignIn) {
        model.reset_to(Route::Welcome);
    }
    model.push(route.clone());
    loads_for(model, &route, false)
}

/// The problem dialog's action: closes it and goes where it leads.
fn follow_problem(model: &mut Model) -> Vec<Task> {
    // The dialog's problem, or the one the pay screen shows inline.
    let problem = match model.problem.take() {
        Some(problem) => Some(problem),
        None if model.route() == Some(&Route::Pay) => pay::quote_problem(model),
        None => None,
    };
    let leads_to = problem.and_then(|problem| problem.leads_to());
    match leads_to {
        Some(destination) => open(model, destination),
        None => Vec::new(),
    }
}

/// Opens an emailed link: `pocket://<what>?token=...`.
fn open_link(model: &mut Model, url: &str) -> Vec<Task> {
    let (what, query) = url.strip_prefix("pocket://").and_then(|rest| rest.split_once('?')).unwrap_or_default();
    let token = query.split('&').find_map(|pair| pair.strip_prefix("token=")).filter(|t| !t.is_empty());
    match (what, token) {
        ("confirm-email", Some(token)) if model.signed_in => {
            model.reset_to(Route::CheckEmail);
            account::confirm_email(model, token.to_string())
        }
        ("reset-password", Some(token)) => {
            recovery::open_reset_link(model, token);
            Vec::new()
        }
        ("recover-payment-password", Some(token)) => recovery::open_recover_link(model, token),
        // Back from the bank's page: the charge waiting on it is asked for
        // again (its answer, or still waiting).
        _ if url.starts_with(crate::contract::paths::CARD_CONFIRMED_LINK) && model.signed_in => {
            vec![Task::ResendPending]
        }
        _ => {
            model.problem = Some(Problem::Check { field: None, code: "unknown_link" });
            Vec::new()
        }
    }
}
