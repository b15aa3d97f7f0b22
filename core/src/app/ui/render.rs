//! `view(model) -> AppView`: the route on top drawn by its flow, with the
//! title, tabs, banner, dialog and notice around it. Pure, like `update`.

use super::destination::Tab;
use super::flows::{
    account, cards, history, home, notifications, orders, pay, recovery, security, settings, shop, support, top_up,
    transfer, verification,
};
use super::model::{Model, Route};
use super::steps::sending::bank_page_view;
use super::text::{Arg, Texts};
use super::view::{AppView, BankPageView, BannerKind, BannerView, Screen, TabView};

/// The whole view of `model`.
pub(crate) fn view(model: &Model) -> AppView {
    let t = model.texts.as_ref();
    // Views are sent only once the app has opened, when the stack has a route.
    let route = model.route().cloned().unwrap_or(Route::Welcome);
    let (screen, title) = screen(model, &route, t);
    AppView {
        revision: model.revision,
        screen,
        title,
        can_go_back: model.stack.len() > 1,
        back_label: t.get("back"),
        tabs: tabs(model, Some(&route), t),
        banner: banner(model, t),
        bank_page: bank_page(model, &route, t),
        problem: model.problem.as_ref().map(|problem| problem.view(t)),
        notice: model.notice.as_ref().map(|notice| {
            let args: Vec<(&str, Arg)> = notice.args.iter().map(|(name, value)| (*name, value.into())).collect();
            t.fmt(notice.id, &args)
        }),
        secure: route.is_secure(),
        language: t.language().to_string(),
    }
}

fn screen(model: &Model, route: &Route, t: &Texts) -> (Screen, String) {
    let title = |id: &str| t.get(id);
    match route {
        Route::Welcome => (Screen::Welcome { view: account::welcome_view(t) }, title("app-name")),
        Route::SignUp => (Screen::SignUp { view: account::sign_up_view(model, t) }, title("title-sign-up")),
        Route::CheckEmail => {
            (Screen::CheckEmail { view: account::check_email_view(model, t) }, title("title-check-email"))
        }
        Route::SignIn => (Screen::SignIn { view: account::sign_in_view(model, t) }, title("title-sign-in")),
        Route::ResetPassword => {
            (Screen::ResetPassword { view: recovery::reset_view(model, t) }, title("title-reset-password"))
        }
        Route::RecoverPaymentPassword => (
            Screen::RecoverPaymentPassword { view: recovery::recover_view(model, t) },
            title("title-recover-payment-password"),
        ),
        Route::PaymentPassword => {
            let id = match model.flows.payment_password.purpose {
                crate::app::ui::state::security::Purpose::Setup => "title-payment-password-setup",
                crate::app::ui::state::security::Purpose::Change => "title-payment-password-change",
            };
            (Screen::PaymentPassword { view: security::payment_password_view(model, t) }, title(id))
        }
        Route::SecurityQuestions => {
            (Screen::SecurityQuestions { view: security::questions_view(model, t) }, title("title-security-questions"))
        }
        Route::Home => (Screen::Home { view: home::home_view(model, t) }, title("title-home")),
        Route::Limits => (Screen::Limits { view: home::limits_view(model, t) }, title("title-limits")),
        Route::TopUp => (Screen::TopUp { view: top_up::view(model, t) }, title("title-top-up")),
        Route::Cards => (Screen::Cards { view: cards::cards_view(model, t) }, title("title-cards")),
        Route::AddCard => {
            let id = if model.flows.add_card.replacing.is_some() { "title-replace-card" } else { "title-add-card" };
            (Screen::AddCard { view: cards::add_card_view(model, t) }, title(id))
        }
        Route::Catalogue => (Screen::Catalogue { view: shop::catalogue_view(model, t) }, title("title-catalogue")),
        Route::Product { product_id } => match shop::product_view(model, product_id, t) {
            Some(view) => {
                let name = view.title.clone();
                (Screen::Product { view }, name)
            }
            None => (Screen::Catalogue { view: shop::catalogue_view(model, t) }, title("title-catalogue")),
        },
        Route::Cart => (Screen::Cart { view: shop::cart_view(model, t) }, title("title-cart")),
        Route::Checkout => (Screen::Checkout { view: shop::checkout_view(model, t) }, title("title-checkout")),
        Route::Pay => (Screen::Pay { view: pay::view(model, t) }, title("title-pay")),
        Route::Orders => (Screen::Orders { view: orders::orders_view(model, t) }, title("title-orders")),
        Route::Order { order_id } => match orders::order_view(model, order_id, t) {
            Some(view) => {
                let name = t.fmt("title-order", &[("seller", view.seller.as_str().into())]);
                (Screen::Order { view }, name)
            }
            None => (Screen::Orders { view: orders::orders_view(model, t) }, title("title-orders")),
        },
        Route::History => (Screen::History { view: history::history_view(model, t) }, title("title-history")),
        Route::RefundReceipt { order_id } => {
            (Screen::Receipt { view: history::refund_receipt_view(model, order_id, t) }, title("title-refund-receipt"))
        }
        Route::Receipt { order_id } => {
            (Screen::Receipt { view: history::receipt_view(model, order_id, t) }, title("title-receipt"))
        }
        Route::Transfer => (Screen::Transfer { view: transfer::view(model, t) }, title("title-transfer")),
        Route::Notifications => {
            (Screen::Notifications { view: notifications::view(model, t) }, title("title-notifications"))
        }
        Route::Settings => (Screen::Settings { view: settings::view(model, t) }, title("title-settings")),
        Route::Verification => {
            (Screen::Verification { view: verification::view(model, t) }, title("title-verification"))
        }
        Route::Support => (Screen::Support { view: support::list_view(model, t) }, title("title-support")),
        Route::SupportCase { case_id } => match support::case_view(model, case_id, t) {
            Some((view, name)) => (Screen::SupportCase { view }, name),
            None => (Screen::Support { view: support::list_view(model, t) }, title("title-support")),
        },
        Route::NewSupportCase => {
            (Screen::NewSupportCase { view: support::new_case_view(model, t) }, title("title-new-support-case"))
        }
    }
}

fn tabs(model: &Model, route: Option<&Route>, t: &Texts) -> Vec<TabView> {
    let current = route.and_then(Route::tab);
    if !model.signed_in || current.is_none() {
        return Vec::new();
    }
    let unread = model.unread_notifications();
    let cart = shop::cart_count(model);
    let badge = |n: u64| (n > 0).then(|| t.count(n));
    [
        (Tab::Home, "tab-home", badge(unread as u64)),
        (Tab::Shop, "tab-shop", badge(u64::from(cart))),
        (Tab::Orders, "tab-orders", None),
        (Tab::Profile, "tab-profile", None),
    ]
    .into_iter()
    .map(|(tab, id, badge)| TabView { tab, label: t.get(id), selected: current == Some(tab), badge })
    .collect()
}

/// The bank's page the charge of the screen on top waits on: a card
/// payment on the pay screen, a card top-up on the top-up screen.
fn bank_page(model: &Model, route: &Route, t: &Texts) -> Option<BankPageView> {
    let sending = match route {
        Route::Pay => &model.flows.pay.sending,
        Route::TopUp => &model.flows.top_up.sending,
        _ => return None,
    };
    bank_page_view(sending, t)
}

fn banner(model: &Model, t: &Texts) -> Option<BannerView> {
    if let Some(freshness) = model.visible_freshness() {
        let message = match freshness.fetched_at {
            Some(at) => t.fmt("banner-offline-saved", &[("at", t.date_time(at).into())]),
            None => t.get("banner-offline"),
        };
        return Some(BannerView { message, kind: BannerKind::Offline });
    }
    if let Some(problem) = model.visible_failure() {
        return Some(BannerView { message: problem.view(t).message, kind: BannerKind::Offline });
    }
    let waiting = model.pending.iter().filter(|action| action.state == crate::app::PendingState::Sending).count();
    let shows_pending = matches!(model.route(), Some(Route::Home | Route::Pay | Route::TopUp | Route::Transfer));
    if waiting > 0 && !shows_pending {
        return Some(BannerView {
            message: t.fmt("banner-sending", &[("count", waiting.into())]),
            kind: BannerKind::Sending,
        });
    }
    None
}
