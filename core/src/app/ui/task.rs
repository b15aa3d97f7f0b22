//! The work `update` asks for, done by the app core (`Pocket`) on the
//! core's runtime; each comes back as a [`Done`] input. `update` itself
//! never touches the network or the disk, so it is tested without either.

use std::sync::Arc;

use crate::app::{
    Card, CardsScreen, CartLine, Catalogue, CheckedDocument, HistoryScreen, NotificationsScreen, Order, OrdersScreen,
    PaySource, PaymentOutcome, PendingAction, Pocket, PocketError, Profile, Quote, Receipt, SecurityAnswer,
    SignUpReceipt, SignUpRequest, TopUp, TopUpOutcome, TopUpRequest, Transfer, WalletScreen,
};
use crate::cards::SaveCardChoice;
use crate::contract::accounts::{PasswordReset, PasswordResetSent, RecoveryLinkSent, Verification};
use crate::contract::support::{SupportCase, SupportCases, SupportTopic};
use crate::money::{Currency, Money};
use crate::orders::{DisputeReason, RefundPreference};

use super::secret_text::SecretText;

/// One call into the app core. Secrets ride in [`SecretText`] and are
/// never saved with the app's state.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Task {
    LoadProfile,
    LoadWallet,
    LoadCards,
    LoadCatalogue,
    LoadOrders,
    LoadOrder {
        order_id: String,
    },
    LoadHistory,
    LoadNotifications,
    LoadReceipt {
        order_id: String,
    },
    LoadRefundReceipt {
        order_id: String,
    },
    LoadPending,
    /// Creates the account, then signs in with the same password.
    SignUp {
        form: SignUpRequest,
    },
    ConfirmEmail {
        token: String,
    },
    ResendConfirmation {
        email: String,
    },
    LogIn {
        email: String,
        password: SecretText,
    },
    LogOut,
    /// Forgets this phone's session, already ended at the service (a
    /// password reset): nothing to tell the shopper.
    DropSession,
    LogOutEverywhere,
    RequestPasswordReset {
        email: String,
    },
    ResetPassword {
        token: SecretText,
        password: SecretText,
    },
    RequestPaymentPasswordRecovery,
    LoadVerification,
    LoadSupportCases,
    RegisterPushToken {
        platform: crate::contract::wallet::PushPlatform,
        token: String,
    },
    OpenSupportCase {
        topic: SupportTopic,
        reference: Option<String>,
        message: String,
        document: Option<CheckedDocument>,
    },
    WriteToCase {
        case_id: String,
        message: String,
    },
    RequestVerification {
        document: CheckedDocument,
    },
    RecoverPaymentPassword {
        token: SecretText,
        answers: Vec<SecurityAnswer>,
        password: SecretText,
        confirmation: SecretText,
    },
    SetPaymentPassword {
        password: SecretText,
        confirmation: SecretText,
        current: Option<SecretText>,
    },
    SetSecurityQuestions {
        answers: Vec<SecurityAnswer>,
    },
    SetLanguage {
        language: String,
    },
    TopUp {
        request: TopUpRequest,
    },
    CompleteTopUp {
        action_id: String,
        code: SecretText,
    },
    /// A new SMS code for a payment or top-up waiting for one.
    ResendCode {
        action_id: String,
    },
    AddCard {
        number: SecretText,
        expiry: String,
        save: SaveCardChoice,
    },
    RemoveCard {
        card_id: String,
    },
    ReplaceCard {
        card_id: String,
        number: SecretText,
        expiry: String,
    },
    CheckOut {
        lines: Vec<CartLine>,
        coupon: Option<String>,
        delivery_address: Option<String>,
    },
    Quote {
        order_id: String,
        currency: Currency,
    },
    Pay {
        order_id: String,
        source: PaySource,
        password: SecretText,
    },
    CompletePayment {
        action_id: String,
        code: SecretText,
    },
    OrderAction {
        order_id: String,
        action: OrderAction,
    },
    Transfer {
        to_email: String,
        amount: Money,
        note: String,
        password: SecretText,
    },
    ResendPending,
}

/// What a buyer does to an order after paying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrderAction {
    ConfirmReceipt,
    Cancel,
    Dispute(DisputeReason),
    RefundTo(RefundPreference),
}

/// A task's outcome, as an input to `update`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Done {
    Profile(Result<Profile, PocketError>),
    Wallet(Result<WalletScreen, PocketError>),
    Cards(Result<CardsScreen, PocketError>),
    Catalogue(Result<Catalogue, PocketError>),
    Orders(Result<OrdersScreen, PocketError>),
    Order(Result<Order, PocketError>),
    History(Result<HistoryScreen, PocketError>),
    Notifications(Result<NotificationsScreen, PocketError>),
    Receipt {
        order_id: String,
        result: Result<Receipt, PocketError>,
    },
    RefundReceipt {
        order_id: String,
        result: Result<crate::contract::shop::RefundReceipt, PocketError>,
    },
    Pending(Result<Vec<PendingAction>, PocketError>),
    /// Signed up; signed in too, unless the email already had an account
    /// with another password (the service does not say which).
    SignedUp(Result<(SignUpReceipt, Option<Profile>), PocketError>),
    EmailConfirmed(Result<(), PocketError>),
    ConfirmationResent(Result<(), PocketError>),
    LoggedIn(Result<Profile, PocketError>),
    LoggedOut,
    SessionDropped,
    PasswordResetSent(Result<PasswordResetSent, PocketError>),
    PasswordReset(Result<PasswordReset, PocketError>),
    PaymentRecoveryLinkSent(Result<RecoveryLinkSent, PocketError>),
    PaymentPasswordRecovered(Result<(), PocketError>),
    Verification(Result<Verification, PocketError>),
    VerificationRequested(Result<Verification, PocketError>),
    SupportCases(Result<SupportCases, PocketError>),
    PushTokenRegistered(Result<(), PocketError>),
    SupportCaseOpened(Result<SupportCase, PocketError>),
    SupportCaseWritten(Result<SupportCase, PocketError>),
    /// Signing out everywhere failed (it must reach the service).
    LogOutEverywhereFailed(PocketError),
    CodeResent {
        action_id: String,
        result: Result<(), PocketError>,
    },
    PaymentPasswordSet(Result<(), PocketError>),
    SecurityQuestionsSet(Result<(), PocketError>),
    LanguageSet(Result<Profile, PocketError>),
    ToppedUp(Result<TopUpOutcome, PocketError>),
    TopUpCompleted(Result<TopUp, PocketError>),
    CardAdded(Result<Card, PocketError>),
    CardRemoved(Result<CardsScreen, PocketError>),
    CardReplaced {
        card_id: String,
        result: Result<Card, PocketError>,
    },
    CheckedOut(Result<Vec<Order>, PocketError>),
    Quoted {
        order_id: String,
        currency: Currency,
        result: Result<Quote, PocketError>,
    },
    Paid {
        order_id: String,
        result: Result<PaymentOutcome, PocketError>,
    },
    PaymentCompleted(Result<Order, PocketError>),
    OrderActed {
        action: OrderAction,
        result: Result<Order, PocketError>,
    },
    Transferred(Result<Transfer, PocketError>),
    Resent(Result<Vec<PendingAction>, PocketError>),
}

/// Does `task` with the app core.
pub(crate) async fn run(pocket: Arc<Pocket>, task: Task) -> Done {
    match task {
        Task::LoadProfile => Done::Profile(pocket.profile().await),
        Task::LoadWallet => Done::Wallet(pocket.wallet().await),
        Task::LoadCards => Done::Cards(pocket.cards().await),
        Task::LoadCatalogue => Done::Catalogue(pocket.catalogue().await),
        Task::LoadOrders => Done::Orders(pocket.orders().await),
        Task::LoadOrder { order_id } => Done::Order(pocket.order(order_id).await),
        Task::LoadHistory => Done::History(pocket.history().await),
        Task::LoadNotifications => Done::Notifications(pocket.notifications().await),
        Task::LoadReceipt { order_id } => {
            let result = pocket.receipt(order_id.clone()).await;
            Done::Receipt { order_id, result }
        }
        Task::LoadRefundReceipt { order_id } => {
            let result = pocket.refund_receipt(order_id.clone()).await;
            Done::RefundReceipt { order_id, result }
        }
        Task::LoadPending => Done::Pending(pocket.pending_actions()),
        Task::SignUp { form } => Done::SignedUp(sign_up_and_log_in(&pocket, form).await),
        Task::ConfirmEmail { token } => Done::EmailConfirmed(pocket.confirm_email(token).await),
        Task::ResendConfirmation { email } => Done::ConfirmationResent(pocket.resend_confirmation(email).await),
        Task::LogIn { email, password } => Done::LoggedIn(pocket.log_in(email, password.expose().to_string()).await),
        Task::LogOut => {
            if let Err(error) = pocket.log_out().await {
                tracing::warn!(%error, "signing out left something behind");
            }
            Done::LoggedOut
        }
        Task::DropSession => {
            if let Err(error) = pocket.log_out().await {
                tracing::warn!(%error, "forgetting the ended session left something behind");
            }
            Done::SessionDropped
        }
        Task::RequestPasswordReset { email } => Done::PasswordResetSent(pocket.request_password_reset(email).await),
        Task::ResetPassword { token, password } => {
            Done::PasswordReset(pocket.reset_password(token.expose().to_string(), password.expose().to_string()).await)
        }
        Task::RequestPaymentPasswordRecovery => {
            Done::PaymentRecoveryLinkSent(pocket.request_payment_password_recovery().await)
        }
        Task::LoadVerification => Done::Verification(pocket.verification().await),
        Task::LoadSupportCases => Done::SupportCases(pocket.support_cases().await),
        Task::RegisterPushToken { platform, token } => {
            Done::PushTokenRegistered(pocket.register_push_token(platform, token).await)
        }
        Task::OpenSupportCase { topic, reference, message, document } => {
            Done::SupportCaseOpened(pocket.open_support_case(topic, reference, message, document).await)
        }
        Task::WriteToCase { case_id, message } => {
            Done::SupportCaseWritten(pocket.write_to_support_case(case_id, message).await)
        }
        Task::RequestVerification { document } => Done::VerificationRequested(
            pocket
                .request_verification(
                    document.document_type,
                    document.document_number,
                    document.issuing_country,
                    document.name_on_document,
                )
                .await,
        ),
        Task::RecoverPaymentPassword { token, answers, password, confirmation } => Done::PaymentPasswordRecovered(
            pocket
                .recover_payment_password(
                    token.expose().to_string(),
                    answers,
                    password.expose().to_string(),
                    confirmation.expose().to_string(),
                )
                .await,
        ),
        Task::LogOutEverywhere => match pocket.log_out_everywhere().await {
            Ok(()) => Done::LoggedOut,
            Err(error) => Done::LogOutEverywhereFailed(error),
        },
        Task::SetPaymentPassword { password, confirmation, current } => Done::PaymentPasswordSet(
            pocket
                .set_payment_password(
                    password.expose().to_string(),
                    confirmation.expose().to_string(),
                    current.map(|current| current.expose().to_string()),
                )
                .await,
        ),
        Task::SetSecurityQuestions { answers } => {
            Done::SecurityQuestionsSet(pocket.set_security_questions(answers).await)
        }
        Task::SetLanguage { language } => Done::LanguageSet(pocket.set_language(language).await),
        Task::TopUp { request } => Done::ToppedUp(pocket.top_up(request).await),
        Task::CompleteTopUp { action_id, code } => {
            Done::TopUpCompleted(pocket.complete_top_up_with_code(action_id, code.expose().to_string()).await)
        }
        Task::ResendCode { action_id } => {
            let result = pocket.resend_code(action_id.clone()).await;
            Done::CodeResent { action_id, result }
        }
        Task::AddCard { number, expiry, save } => {
            Done::CardAdded(pocket.add_card(number.expose().to_string(), expiry, save).await)
        }
        Task::RemoveCard { card_id } => Done::CardRemoved(pocket.remove_card(card_id).await),
        Task::ReplaceCard { card_id, number, expiry } => {
            let result = pocket.replace_card(card_id.clone(), number.expose().to_string(), expiry).await;
            Done::CardReplaced { card_id, result }
        }
        Task::CheckOut { lines, coupon, delivery_address } => {
            Done::CheckedOut(pocket.check_out(lines, coupon, delivery_address).await)
        }
        Task::Quote { order_id, currency } => {
            let result = pocket.quote(order_id.clone(), currency).await;
            Done::Quoted { order_id, currency, result }
        }
        Task::Pay { order_id, source, password } => {
            let result = pocket.pay(order_id.clone(), source, password.expose().to_string()).await;
            Done::Paid { order_id, result }
        }
        Task::CompletePayment { action_id, code } => {
            Done::PaymentCompleted(pocket.complete_payment_with_code(action_id, code.expose().to_string()).await)
        }
        Task::OrderAction { order_id, action } => {
            let result = match action {
                OrderAction::ConfirmReceipt => pocket.confirm_receipt(order_id).await,
                OrderAction::Cancel => pocket.cancel_order(order_id).await,
                OrderAction::Dispute(reason) => pocket.open_dispute(order_id, reason).await,
                OrderAction::RefundTo(preference) => pocket.choose_refund_destination(order_id, preference).await,
            };
            Done::OrderActed { action, result }
        }
        Task::Transfer { to_email, amount, note, password } => {
            Done::Transferred(pocket.transfer(to_email, amount, note, password.expose().to_string()).await)
        }
        Task::ResendPending => Done::Resent(pocket.resend_pending().await),
    }
}

/// Signs up, then in. A wrong password then means the email had an account
/// already (its owner was emailed); the shopper hears only to check the
/// inbox, as for a new account.
async fn sign_up_and_log_in(
    pocket: &Pocket,
    form: SignUpRequest,
) -> Result<(SignUpReceipt, Option<Profile>), PocketError> {
    let (email, password) = (form.email.clone(), form.password.clone());
    let receipt = pocket.sign_up(form).await?;
    match pocket.log_in(email, password).await {
        Ok(profile) => Ok((receipt, Some(profile))),
        Err(PocketError::Refused { code, .. }) if code == "wrong_credentials" => Ok((receipt, None)),
        Err(error) => Err(error),
    }
}
