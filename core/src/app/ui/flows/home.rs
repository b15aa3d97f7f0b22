//! Home: balances per currency, top-ups on their way with their dates,
//! money actions still being sent, the limits left, and shortcuts. Also the
//! full limits screen.

use crate::app::ui::describe::{level_key, top_up_title};
use crate::app::ui::destination::Destination;
use crate::app::ui::model::Model;
use crate::app::ui::parts::ButtonView;
use crate::app::ui::text::{limit_method_name, Texts};
use crate::app::{ActionKind, PendingAction, PendingState, TopUp, TopUpStatus};
use crate::limits::{LimitMethod, LimitSummary, VerificationLevel};

/// Home.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeView {
    /// "Hello, Maria".
    pub greeting: String,
    /// One per currency held, USD first.
    pub balances: Vec<BalanceView>,
    /// Nothing arrived yet (first load): show progress instead of balances.
    pub loading: bool,
    /// Top-ups on their way.
    pub pending_top_ups: Vec<TopUpLineView>,
    /// Money actions saved on this phone and not answered yet.
    pub sending: Vec<PendingView>,
    /// What is left to spend today and this month, balance and card.
    pub limits: Vec<LimitView>,
    /// What would raise the limits ("Verify your identity ...").
    pub verification: Option<String>,
    /// Where to go from here.
    pub shortcuts: Vec<ShortcutView>,
}

/// A balance.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BalanceView {
    /// The currency's code, for the shell's list identity ("USD").
    pub currency: String,
    /// "$146.01".
    pub available: String,
    /// "$30.00 on its way", if any is.
    pub pending: Option<String>,
}

/// A top-up not arrived yet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopUpLineView {
    /// Its id.
    pub id: String,
    /// "Bank transfer · $30.00".
    pub title: String,
    /// "Expected by Tue, Dec 1" or "Waiting for you to pay the Boleto".
    pub status: String,
    /// "Not arrived? Contact support", once it is later than expected
    /// (sends `SupportEvent::ReportLateTopUp`).
    pub report: Option<ButtonView>,
}

/// A money action still being sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PendingView {
    /// Its id.
    pub id: String,
    /// "Paying $3.99 for order ord_…".
    pub title: String,
    /// "Saved on this phone; it will be sent when you are back online".
    pub status: String,
}

/// A method's limits.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LimitView {
    /// "Balance payments".
    pub method: String,
    /// "$220.00 left today".
    pub left_today: String,
    /// "$920.00 left this month".
    pub left_this_month: String,
    /// "Up to $200.00 per payment".
    pub per_payment: String,
    /// "Frees up at 10:42" when money spent in the last 24 hours will free up.
    pub frees_up: Option<String>,
}

/// A shortcut to another screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShortcutView {
    /// Where it goes (sent back as `Open { destination }`).
    pub destination: Destination,
    /// Its label.
    pub label: String,
    /// A count on it ("2" unread), if any.
    pub badge: Option<String>,
}

/// Every limit, per method.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LimitsView {
    /// "Your account: email confirmed, 12 days old".
    pub standing: String,
    /// Every method.
    pub limits: Vec<LimitView>,
    /// What would raise them.
    pub verification: Option<String>,
    /// How the windows work ("a day is the last 24 hours ...").
    pub note: String,
    /// Nothing arrived yet.
    pub loading: bool,
}

pub(crate) fn home_view(model: &Model, t: &Texts) -> HomeView {
    let wallet = model.wallet.last.as_ref();
    let profile = model.profile.last.as_ref();
    let greeting = match profile {
        Some(profile) => t.fmt("home-greeting", &[("name", profile.given_name.as_str().into())]),
        None => t.get("home-greeting-anonymous"),
    };
    let balances = wallet
        .map(|wallet| {
            wallet
                .balances
                .iter()
                .map(|balance| BalanceView {
                    currency: balance.currency.code().to_string(),
                    available: t.money(balance.available),
                    pending: (!balance.pending.is_zero())
                        .then(|| t.fmt("home-balance-pending", &[("amount", t.money(balance.pending).into())])),
                })
                .collect()
        })
        .unwrap_or_default();
    let pending_top_ups = wallet
        .map(|wallet| {
            wallet
                .top_ups
                .iter()
                .filter(|top_up| top_up.status == TopUpStatus::Pending)
                .map(|top_up| top_up_line(top_up, model.now, t))
                .collect()
        })
        .unwrap_or_default();
    let limits = wallet
        .map(|wallet| {
            wallet
                .limits
                .limits
                .iter()
                .filter(|limit| matches!(limit.method, LimitMethod::Balance | LimitMethod::Card))
                .map(|limit| limit_view(limit, t))
                .collect()
        })
        .unwrap_or_default();
    HomeView {
        greeting,
        balances,
        loading: model.wallet.is_loading_first(),
        pending_top_ups,
        sending: model.pending.iter().map(|action| pending_view(action, t)).collect(),
        limits,
        verification: profile.and_then(|profile| verification_hint(profile.level, t)),
        shortcuts: shortcuts(model, t),
    }
}

fn shortcuts(model: &Model, t: &Texts) -> Vec<ShortcutView> {
    let unread = model.unread_notifications();
    let shortcut = |destination, id: &str, badge: Option<String>| ShortcutView { destination, label: t.get(id), badge };
    vec![
        shortcut(Destination::TopUp, "shortcut-top-up", None),
        shortcut(Destination::Transfer, "shortcut-transfer", None),
        shortcut(Destination::Cards, "shortcut-cards", None),
        shortcut(Destination::History, "shortcut-history", None),
        shortcut(Destination::Notifications, "shortcut-notifications", (unread > 0).then(|| t.count(unread as u64))),
        shortcut(Destination::Limits, "shortcut-limits", None),
    ]
}

pub(crate) fn top_up_line(top_up: &TopUp, now: chrono::DateTime<chrono::Utc>, t: &Texts) -> TopUpLineView {
    let late = !top_up.awaiting_payment && top_up.expected_by.is_some_and(|at| at < now);
    let status = if top_up.awaiting_payment {
        t.get("top-up-awaiting-boleto")
    } else {
        match top_up.expected_by {
            Some(at) => t.fmt("top-up-expected-by", &[("date", t.date(at).into())]),
            None => t.get("top-up-on-its-way"),
        }
    };
    TopUpLineView {
        id: top_up.id.clone(),
        title: top_up_title(top_up, t),
        status,
        report: late.then(|| ButtonView::new(t.get("top-up-report-late"))),
    }
}

/// A pending money action in words.
pub(crate) fn pending_view(action: &PendingAction, t: &Texts) -> PendingView {
    let amount = action.amount.map(|amount| t.money(amount)).unwrap_or_default();
    let reference = action.reference.clone().unwrap_or_default();
    let title_id = match action.kind {
        ActionKind::Pay => "pending-pay",
        ActionKind::TopUp => "pending-top-up",
        ActionKind::Transfer => "pending-transfer",
        ActionKind::CancelOrder => "pending-cancel-order",
        ActionKind::ConfirmReceipt => "pending-confirm-receipt",
    };
    let status = match action.state {
        PendingState::Sending => t.get("pending-status-sending"),
        PendingState::WaitingForCode => t.get("pending-status-code"),
        PendingState::WaitingForBank => t.get("pending-status-bank"),
    };
    PendingView {
        id: action.id.clone(),
        title: t.fmt(title_id, &[("amount", amount.into()), ("reference", reference.into())]),
        status,
    }
}

pub(crate) fn limit_view(limit: &LimitSummary, t: &Texts) -> LimitView {
    LimitView {
        method: limit_method_name(limit.method, t),
        left_today: t.fmt("limit-left-today", &[("amount", t.money(limit.left_today).into())]),
        left_this_month: t.fmt("limit-left-month", &[("amount", t.money(limit.left_this_month).into())]),
        per_payment: t.fmt("limit-per-payment", &[("amount", t.money(limit.ceilings.per_payment).into())]),
        frees_up: limit.day_frees_at.map(|at| t.fmt("limit-frees-up", &[("at", t.date_time(at).into())])),
    }
}

fn verification_hint(level: VerificationLevel, t: &Texts) -> Option<String> {
    match level {
        VerificationLevel::Unverified => Some(t.get("verification-hint-email")),
        VerificationLevel::EmailConfirmed => Some(t.get("verification-hint-identity")),
        VerificationLevel::IdentityVerified => None,
    }
}

pub(crate) fn limits_view(model: &Model, t: &Texts) -> LimitsView {
    let wallet = model.wallet.last.as_ref();
    let standing = match wallet {
        Some(wallet) => t.fmt(
            "limits-standing",
            &[
                ("level", t.get(&format!("level-{}", level_key(wallet.limits.level))).into()),
                ("days", wallet.limits.account_age_days.into()),
            ],
        ),
        None => String::new(),
    };
    LimitsView {
        standing,
        limits: wallet.map(|w| w.limits.limits.iter().map(|limit| limit_view(limit, t)).collect()).unwrap_or_default(),
        verification: wallet.and_then(|w| verification_hint(w.limits.level, t)),
        note: t.get("limits-note"),
        loading: model.wallet.is_loading_first(),
    }
}

#[cfg(test)]
mod tests;
