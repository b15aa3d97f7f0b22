//! What a shell sends: taps, submitted forms, the back gesture, the app
//! coming to the foreground. Text fields arrive with the form that submits
//! them, never per keystroke.

use super::flows::{
    AddCardEvent, CardsEvent, CheckEmailEvent, HistoryEvent, NotificationsEvent, OrdersEvent, PayEvent,
    PaymentPasswordEvent, RecoverPaymentPasswordEvent, ResetPasswordEvent, SecurityQuestionsEvent, SettingsEvent,
    ShopEvent, SignInEvent, SignUpEvent, SupportEvent, TopUpEvent, TransferEvent, VerificationEvent,
};

use super::destination::{Destination, Tab};
use super::parts::{BankCodeEvent, CodedAction};

/// One thing the shopper did (or the system did to the app).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum UiEvent {
    /// The back gesture or arrow: closes a dialog, else leaves the screen.
    Back,
    /// A tab was tapped.
    SelectTab {
        tab: Tab,
    },
    /// A shortcut or link to another screen.
    Open {
        destination: Destination,
    },
    /// Pull to refresh: reloads what the screen shows.
    Refresh,
    /// The app came to the foreground: resend what is pending, refresh.
    Foreground,
    /// A link opened the app (`pocket://confirm-email?token=...`).
    OpenLink {
        url: String,
    },
    /// The platform gave this phone a push token (at every start, and when
    /// it changes): pushes come for every notification once signed in.
    PushToken {
        platform: crate::contract::wallet::PushPlatform,
        token: String,
    },
    /// A push was tapped: opens the screen its notification is about.
    OpenNotification {
        kind: String,
        reference: String,
    },
    /// Closes the problem dialog.
    DismissProblem,
    /// The problem dialog's action ("Verify your identity"): closes it and
    /// goes where it says.
    FollowProblem,
    /// Closes the notice.
    DismissNotice,
    SignUp {
        event: SignUpEvent,
    },
    CheckEmail {
        event: CheckEmailEvent,
    },
    SignIn {
        event: SignInEvent,
    },
    ResetPassword {
        event: ResetPasswordEvent,
    },
    RecoverPaymentPassword {
        event: RecoverPaymentPasswordEvent,
    },
    PaymentPassword {
        event: PaymentPasswordEvent,
    },
    SecurityQuestions {
        event: SecurityQuestionsEvent,
    },
    TopUp {
        event: TopUpEvent,
    },
    Cards {
        event: CardsEvent,
    },
    AddCard {
        event: AddCardEvent,
    },
    Shop {
        event: ShopEvent,
    },
    Pay {
        event: PayEvent,
    },
    /// The SMS code step of the money action `action` (paying or topping
    /// up), as its `SendingView` names it.
    BankCode {
        action: CodedAction,
        event: BankCodeEvent,
    },
    Orders {
        event: OrdersEvent,
    },
    History {
        event: HistoryEvent,
    },
    Transfer {
        event: TransferEvent,
    },
    Notifications {
        event: NotificationsEvent,
    },
    Settings {
        event: SettingsEvent,
    },
    Verification {
        event: VerificationEvent,
    },
    Support {
        event: SupportEvent,
    },
}
