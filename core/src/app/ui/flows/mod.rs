//! One module per flow of the app. Each holds its state (saved with the
//! route, minus secrets), its events, how it handles them and its tasks'
//! outcomes, and its view.

pub(crate) mod account;
pub(crate) mod cards;
pub(crate) mod history;
pub(crate) mod home;
pub(crate) mod notifications;
pub(crate) mod orders;
pub(crate) mod pay;
pub(crate) mod recovery;
pub(crate) mod security;
pub(crate) mod settings;
pub(crate) mod shop;
pub(crate) mod support;
pub(crate) mod top_up;
pub(crate) mod transfer;
pub(crate) mod verification;

pub use super::state::pay::PaymentChoice;
pub use account::{
    CheckEmailEvent, CheckEmailView, SignInEvent, SignInView, SignUpEvent, SignUpInput, SignUpView, WelcomeView,
};
pub use cards::{AddCardEvent, AddCardView, CardView, CardsEvent, CardsView};
pub use history::{HistoryEvent, HistoryRowView, HistoryView, ReceiptScreenView};
pub use home::{BalanceView, HomeView, LimitView, LimitsView, PendingView, ShortcutView, TopUpLineView};
pub use notifications::{NotificationView, NotificationsEvent, NotificationsView};
pub use orders::{
    DisputeChoiceView, OrderActionView, OrderButton, OrderDialogView, OrderRowView, OrderView, OrdersEvent, OrdersView,
    RefundChoiceView,
};
pub use pay::{PayEvent, PayView, QuoteView, SourceView};
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
