//! One module per flow of the app. Each holds its state (saved with the
//! route, minus secrets), its events, how it handles them and its tasks'
//! outcomes, and its view.

pub(crate) mod account;
pub(crate) mod cards;
pub(crate) mod document;
pub(crate) mod history;
pub(crate) mod home;
pub(crate) mod notifications;
pub(crate) mod orders;
pub(crate) mod pay;
pub(crate) mod recovery;
pub(crate) mod security;
pub(crate) mod sending;
pub(crate) mod settings;
pub(crate) mod shop;
pub(crate) mod support;
pub(crate) mod top_up;
pub(crate) mod transfer;
pub(crate) mod verification;

use serde::{Deserialize, Serialize};

pub use account::{
    CheckEmailEvent, CheckEmailView, SignInEvent, SignInView, SignUpEvent, SignUpInput, SignUpView, WelcomeView,
};
pub use cards::{AddCardEvent, AddCardView, CardView, CardsEvent, CardsView};
pub use document::{DocumentFieldsView, DocumentInput};
pub use history::{HistoryEvent, HistoryRowView, HistoryView, ReceiptScreenView};
pub use home::{BalanceView, HomeView, LimitView, LimitsView, PendingView, ShortcutView, TopUpLineView};
pub use notifications::{NotificationView, NotificationsEvent, NotificationsView};
pub use orders::{
    DisputeChoiceView, OrderActionView, OrderButton, OrderDialogView, OrderRowView, OrderView, OrdersEvent, OrdersView,
    RefundChoiceView,
};
pub use pay::{PayEvent, PayView, PaymentChoice, QuoteView, SourceView};
pub use recovery::{RecoverPaymentPasswordEvent, RecoverPaymentPasswordView, ResetPasswordEvent, ResetPasswordView};
pub use security::{
    PaymentPasswordEvent, PaymentPasswordView, QuestionSlotView, SecurityQuestionsEvent, SecurityQuestionsView,
};
pub use settings::{SettingsEvent, SettingsView};
pub use shop::{
    CartLineView, CartView, CatalogueView, CheckoutView, OptionView, ParcelView, ProductCardView, ProductView,
    SellerView, ShopEvent,
};
pub use support::{
    NewSupportCaseView, SupportCaseRowView, SupportCaseView, SupportEvent, SupportMessageView, SupportView,
};
pub use top_up::{RailView, TopUpEvent, TopUpResultView, TopUpView};
pub use transfer::{TransferEvent, TransferView};
pub use verification::{VerificationEvent, VerificationFormView, VerificationView};

use super::model::Model;
use super::text::{Problem, Texts};

/// Every flow's state. Saved as JSON with the route stack; a field added
/// later reads as its default from an older save.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Flows {
    pub sign_up: account::SignUpState,
    pub check_email: account::CheckEmailState,
    pub sign_in: account::SignInState,
    pub payment_password: security::PaymentPasswordState,
    pub questions: security::QuestionsState,
    pub top_up: top_up::TopUpState,
    pub cards: cards::CardsState,
    pub add_card: cards::AddCardState,
    pub shop: shop::ShopState,
    pub pay: pay::PayState,
    pub orders: orders::OrdersState,
    pub history: history::HistoryState,
    pub transfer: transfer::TransferState,
    pub notifications: notifications::NotificationsState,
    pub settings: settings::SettingsState,
    pub reset_password: recovery::ResetPasswordState,
    pub recover_payment: recovery::RecoverPaymentState,
    pub verification: verification::VerificationFormState,
    pub support: support::SupportState,
}

/// Keeps `problem` in the form when it names one of `fields`, else shows
/// it as the app's dialog. Returns what the form keeps.
pub(crate) fn place_problem(model: &mut Model, problem: Problem, fields: &[&str]) -> Option<Problem> {
    if problem.is_for_field(fields) {
        Some(problem)
    } else {
        model.problem = Some(problem);
        None
    }
}

/// The message for `field` if `problem` is about it.
pub(crate) fn field_error(problem: &Option<Problem>, field: &str, t: &Texts) -> Option<String> {
    let problem = problem.as_ref()?;
    (problem.field() == Some(field)).then(|| problem.view(t).message)
}
