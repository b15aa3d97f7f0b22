//! The shopper's account: sign-up, email confirmation, sign-in and out,
//! profile and language, payment password and security questions.

use crate::contract::paths;
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use super::events::PocketEvent;
use super::from_wire::decode;
use super::reads::{parse, screen, Fetched};
use super::views::{Profile, SignUpReceipt};
use super::{Inner, Pocket, PocketError, SESSION_SECRET, USER_META};
use crate::contract::accounts::{
    self, ConfirmRequest, DocumentGiven, IdentityDocument, LoginRequest, PasswordReset, PasswordResetSent,
    PaymentPasswordRequest, QuestionAnswer, RecoverPaymentPasswordRequest, RecoveryLinkSent, ResendRequest,
    ResetPasswordRequest, SecurityQuestionsRequest, SignUpRequest, UpdateMeRequest, Verification,
};
use crate::contract::service::Empty;
use crate::contract::wallet::PushPlatform;
use crate::contract::wallet::{RegisterToken, UnregisterToken};
use crate::password::{validate_new_payment_password, SecurityAnswers};

impl Pocket {
    /// Creates an account; the service emails a confirmation link valid for
    /// 24 hours.
    pub async fn sign_up(&self, form: SignUpRequest) -> Result<SignUpReceipt, PocketError> {
        decode::<accounts::SignUpAccepted, _>(self.inner.public_post(paths::ACCOUNTS, &form).await?)
    }

    /// Confirms the email with the token from the link.
    pub async fn confirm_email(&self, token: String) -> Result<(), PocketError> {
        self.inner.public_post(paths::ACCOUNTS_CONFIRM_EMAIL, &ConfirmRequest { token }).await?;
        Ok(())
    }

    /// Sends a new confirmation link (the old one stops working).
    pub async fn resend_confirmation(&self, email: String) -> Result<(), PocketError> {
        self.inner.public_post(paths::ACCOUNTS_RESEND_CONFIRMATION, &ResendRequest { email }).await?;
        Ok(())
    }

    /// Signs in: the session token goes to the secret store, the profile
    /// and the notification feed are fetched and saved. Signing in as
    /// another shopper forgets the previous shopper's saved screens.
    pub async fn log_in(&self, email: String, password: String) -> Result<Profile, PocketError> {
        let inner = &self.inner;
        let answer = inner.public_post(paths::SESSIONS, &LoginRequest { email, password }).await?;
        let session: accounts::SessionOpened = parse(answer)?;
        if inner.store.meta(USER_META)?.as_deref() != Some(session.user_id.as_str()) {
            inner.store.forget_screens()?;
        }
        inner.secrets.put(SESSION_SECRET.into(), session.token)?;
        inner.store.set_meta(USER_META, &session.user_id)?;
        // The feed so far is history, not news: take it without announcing.
        let after = inner.last_notification_id();
        if let Fetched::Answer(body) = inner.fetch(&format!("{}?after={after}", paths::NOTIFICATIONS)).await? {
            inner.take_notifications(body, false).await?;
        }
        inner.session_changed.notify_waiters();
        inner.outbox_wake.notify_one();
        self.profile().await
    }

    /// Registers this phone's push token: the service sends a push for
    /// every notification until the shopper signs out here.
    pub async fn register_push_token(&self, platform: PushPlatform, token: String) -> Result<(), PocketError> {
        let body = RegisterToken { platform, token: token.clone() };
        self.inner.session_call(Method::POST, paths::ME_PUSH_TOKENS, &body).await?;
        self.inner.store.set_meta(PUSH_TOKEN_META, &token)?;
        Ok(())
    }

    /// Stops pushes to this phone (best effort: signing out goes on).
    async fn unregister_push_token(&self) {
        let inner = &self.inner;
        let (Ok(Some(push_token)), Ok(session)) = (inner.store.meta(PUSH_TOKEN_META), inner.token()) else { return };
        let Ok(body) = serde_json::to_value(UnregisterToken { token: push_token }) else { return };
        let path = paths::ME_PUSH_TOKENS_UNREGISTER;
        let _ = inner.service.call(Method::POST, path, Some(&session), None, Some(&body), None).await;
    }

    /// Signs out here and at the service. Money actions still pending stay
    /// saved and are sent when the same shopper signs in again.
    pub async fn log_out(&self) -> Result<(), PocketError> {
        self.unregister_push_token().await;
        let inner = &self.inner;
        if let Ok(token) = inner.token() {
            // Best effort: a session the service never hears about expires there.
            let _ = inner.service.call(Method::DELETE, paths::SESSIONS_CURRENT, Some(&token), None, None, None).await;
        }
        self.forget_session()
    }

    /// Signs out on every phone and browser the shopper is signed in on (a
    /// lost or shared phone), then here. Unlike [`Pocket::log_out`] this
    /// must reach the service: offline, it fails and nothing changes.
    pub async fn log_out_everywhere(&self) -> Result<(), PocketError> {
        self.unregister_push_token().await;
        self.inner.session_call(Method::DELETE, paths::SESSIONS, &Value::Null).await?;
        self.forget_session()
    }

    fn forget_session(&self) -> Result<(), PocketError> {
        let inner = &self.inner;
        inner.secrets.delete(SESSION_SECRET.into())?;
        inner.store.forget_screens()?;
        inner.session_changed.notify_waiters();
        inner.listeners.emit(PocketEvent::SignedOut);
        Ok(())
    }

    /// The profile, saved for offline use.
    pub async fn profile(&self) -> Result<Profile, PocketError> {
        let (mut profile, freshness) =
            self.inner.screen_from(screen::PROFILE, paths::ME, decode::<accounts::Profile, Profile>).await?;
        profile.freshness = freshness;
        Ok(profile)
    }

    /// Changes the interface language.
    pub async fn set_language(&self, language: String) -> Result<Profile, PocketError> {
        let body = UpdateMeRequest { language };
        let mut profile: Profile =
            decode::<accounts::Profile, _>(self.inner.session_call(Method::PATCH, paths::ME, &body).await?)?;
        profile.freshness = super::Freshness { fetched_at: Some(self.inner.now()), stale: false };
        self.inner.store.save_screen(screen::PROFILE, &profile, self.inner.now())?;
        Ok(profile)
    }

    /// Sets the 6-digit payment password (or changes it: pass the current
    /// one). The rules are checked here first, so a weak password is
    /// explained without a round trip.
    pub async fn set_payment_password(
        &self,
        password: String,
        confirmation: String,
        current_password: Option<String>,
    ) -> Result<(), PocketError> {
        validate_new_payment_password(&password, &confirmation)
            .map_err(|error| PocketError::rule_broken("password", &error))?;
        let body = PaymentPasswordRequest { password, confirmation, current_password };
        self.inner.session_call(Method::PUT, paths::ME_PAYMENT_PASSWORD, &body).await?;
        Ok(())
    }

    /// Sets the security questions: at least three distinct questions, each
    /// answered (checked here first).
    pub async fn set_security_questions(&self, answers: Vec<SecurityAnswer>) -> Result<(), PocketError> {
        let pairs: Vec<(String, String)> = answers.iter().map(|a| (a.question.clone(), a.answer.clone())).collect();
        SecurityAnswers::check(&pairs).map_err(|error| PocketError::rule_broken("answers", &error))?;
        let body = SecurityQuestionsRequest { answers: answers.into_iter().map(QuestionAnswer::from).collect() };
        self.inner.session_call(Method::PUT, paths::ME_SECURITY_QUESTIONS, &body).await?;
        Ok(())
    }
}

impl Pocket {
    /// Asks for a link to reset a forgotten login password. The service
    /// answers the same whether or not the email has an account.
    pub async fn request_password_reset(&self, email: String) -> Result<PasswordResetSent, PocketError> {
        parse(self.inner.public_post(paths::ACCOUNTS_PASSWORD_RESET, &ResendRequest { email }).await?)
    }

    /// Sets a new login password with the emailed link's token. Every
    /// session of the account ends, this phone's too: sign in again.
    pub async fn reset_password(&self, token: String, password: String) -> Result<PasswordReset, PocketError> {
        let body = ResetPasswordRequest { token, password };
        parse(self.inner.public_post(paths::ACCOUNTS_PASSWORD_RESET_COMPLETE, &body).await?)
    }

    /// Asks for a link to recover a forgotten payment password; it is used
    /// with the security answers.
    pub async fn request_payment_password_recovery(&self) -> Result<RecoveryLinkSent, PocketError> {
        // The route takes no body; an empty object is what it is sent.
        parse(self.inner.session_call(Method::POST, paths::ME_PAYMENT_PASSWORD_RECOVERY, &Empty {}).await?)
    }

    /// Sets a new payment password with the emailed link's token and the
    /// security answers; a payment lock from wrong passwords lifts. The new
    /// password's rules are checked here first.
    pub async fn recover_payment_password(
        &self,
        token: String,
        answers: Vec<SecurityAnswer>,
        password: String,
        confirmation: String,
    ) -> Result<(), PocketError> {
        validate_new_payment_password(&password, &confirmation)
            .map_err(|error| PocketError::rule_broken("password", &error))?;
        let answers = answers.into_iter().map(QuestionAnswer::from).collect();
        let body = RecoverPaymentPasswordRequest { token, answers, password, confirmation };
        self.inner.session_call(Method::POST, paths::ME_PAYMENT_PASSWORD_RECOVERY_COMPLETE, &body).await?;
        Ok(())
    }
}

impl Pocket {
    /// Where identity verification stands: the latest request and the level.
    pub async fn verification(&self) -> Result<Verification, PocketError> {
        let token = self.inner.token()?;
        parse(
            self.inner
                .service
                .call(Method::GET, paths::ME_VERIFICATION, Some(&token), None, None, None)
                .await?
                .into_body()?,
        )
    }

    /// Sends an identity document for review. Only its last 4 characters
    /// are kept by the service.
    pub async fn request_verification(
        &self,
        document_type: IdentityDocument,
        document_number: String,
        issuing_country: String,
        name_on_document: String,
    ) -> Result<Verification, PocketError> {
        let body = DocumentGiven { document_type, document_number, issuing_country, name_on_document };
        parse(self.inner.session_call(Method::POST, paths::ME_VERIFICATION, &body).await?)
    }
}

/// The phone's push token, once registered (signing out unregisters it).
const PUSH_TOKEN_META: &str = "push_token";

/// A security question and its answer.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct SecurityAnswer {
    /// The question.
    pub question: String,
    /// The answer (compared ignoring case and spaces).
    pub answer: String,
}

impl From<SecurityAnswer> for QuestionAnswer {
    fn from(answer: SecurityAnswer) -> QuestionAnswer {
        QuestionAnswer { question: answer.question, answer: answer.answer }
    }
}

impl std::fmt::Debug for SecurityAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecurityAnswer").field("question", &self.question).finish_non_exhaustive()
    }
}

impl Inner {
    /// A POST that needs no session and moves no money.
    pub(crate) async fn public_post<B: Serialize + ?Sized>(&self, path: &str, body: &B) -> Result<Value, PocketError> {
        let body = serde_json::to_value(body).map_err(PocketError::internal)?;
        self.service.call(Method::POST, path, None, None, Some(&body), None).await?.into_body()
    }

    /// A call with the session that moves no money (not through the outbox:
    /// repeating it is harmless, so a failure is simply reported).
    pub(crate) async fn session_call<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<Value, PocketError> {
        let token = self.token()?;
        let body = serde_json::to_value(body).map_err(PocketError::internal)?;
        let body = (method != Method::DELETE).then_some(&body);
        self.service.call(method, path, Some(&token), None, body, None).await?.into_body()
    }
}
