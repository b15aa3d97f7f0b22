//! What a shell draws: one [`AppView`] for the whole app, plain data with
//! every sentence written and every amount formatted. A shell decides
//! nothing: which buttons are enabled, which field shows an error, which
//! dialog is open and what the banner says are all in the view.

pub use super::destination::Tab;
use super::flows::{
    AddCardView, CardsView, CartView, CatalogueView, CheckEmailView, CheckoutView, HistoryView, HomeView, LimitsView,
    NewSupportCaseView, NotificationsView, OrderView, OrdersView, PayView, PaymentPasswordView, ProductView,
    ReceiptScreenView, RecoverPaymentPasswordView, ResetPasswordView, SecurityQuestionsView, SettingsView, SignInView,
    SignUpView, SupportCaseView, SupportView, TopUpView, TransferView, VerificationView, WelcomeView,
};
pub use super::parts::*;

/// The whole app, as the shell draws it now.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AppView {
    /// Grows with every change; a shell may drop a view older than the
    /// one it drew.
    pub revision: u64,
    /// The screen on top.
    pub screen: Screen,
    /// The screen's title.
    pub title: String,
    /// Whether back (gesture or arrow) goes somewhere inside the app; if
    /// not, the system's back leaves the app.
    pub can_go_back: bool,
    /// What the back arrow says to a screen reader.
    pub back_label: String,
    /// The bottom tabs (none before sign-in).
    pub tabs: Vec<TabView>,
    /// Offline, or money actions still being sent.
    pub banner: Option<BannerView>,
    /// The card's bank asks the shopper to confirm the payment or top-up
    /// on this screen on its page: drawn above the screen, so scrolling the
    /// form never hides it.
    pub bank_page: Option<BankPageView>,
    /// A problem to show as a dialog (field problems show in their form).
    pub problem: Option<ProblemView>,
    /// A short message that went well ("Card removed"); dismissed by
    /// `UiEvent::DismissNotice` or the next change of screen.
    pub notice: Option<String>,
    /// The screen shows a password, card or code entry: hide it from
    /// screenshots and the app switcher.
    pub secure: bool,
    /// The language of every text in this view (`en`, `ru`, `pt-BR`).
    pub language: String,
}

/// The screen on top, with everything it draws.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum Screen {
    Welcome { view: WelcomeView },
    SignUp { view: SignUpView },
    CheckEmail { view: CheckEmailView },
    SignIn { view: SignInView },
    ResetPassword { view: ResetPasswordView },
    PaymentPassword { view: PaymentPasswordView },
    SecurityQuestions { view: SecurityQuestionsView },
    Home { view: HomeView },
    Limits { view: LimitsView },
    TopUp { view: TopUpView },
    Cards { view: CardsView },
    AddCard { view: AddCardView },
    Catalogue { view: CatalogueView },
    Product { view: ProductView },
    Cart { view: CartView },
    Checkout { view: CheckoutView },
    Pay { view: PayView },
    Orders { view: OrdersView },
    Order { view: OrderView },
    History { view: HistoryView },
    Receipt { view: ReceiptScreenView },
    Transfer { view: TransferView },
    Notifications { view: NotificationsView },
    Settings { view: SettingsView },
    RecoverPaymentPassword { view: RecoverPaymentPasswordView },
    Verification { view: VerificationView },
    Support { view: SupportView },
    SupportCase { view: SupportCaseView },
    NewSupportCase { view: NewSupportCaseView },
}

/// A bottom tab.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TabView {
    /// Which.
    pub tab: Tab,
    /// Its label.
    pub label: String,
    /// The tab of the screen on top.
    pub selected: bool,
    /// A count to show on it ("3"), if any.
    pub badge: Option<String>,
}

/// A strip across the top of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BannerView {
    /// What it says.
    pub message: String,
    /// How it looks.
    pub kind: BannerKind,
}

/// What a banner is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum BannerKind {
    /// The service cannot be reached: what shows is what was saved.
    Offline,
    /// Money actions are saved on the phone and still being sent.
    Sending,
}
