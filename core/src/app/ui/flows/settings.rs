//! Settings: the profile, the interface language, the verification level,
//! changing the payment password and the security questions, the limits,
//! and signing out.

use crate::app::ui::describe;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{ButtonView, ChoiceView, ConfirmView, LineView};
use crate::app::ui::state::security::{PaymentPasswordState, QuestionsState};
use crate::app::ui::task::Task;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{PocketError, Profile};

/// Taps on the settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(missing_docs)]
pub enum SettingsEvent {
    /// Opens the language list.
    ChangeLanguage,
    /// Picks a language by the id of its choice.
    ChooseLanguage {
        id: String,
    },
    /// Closes the language list.
    CloseLanguages,
    ChangePaymentPassword,
    /// "Forgot payment password?": recovery by email and security answers.
    ForgotPaymentPassword,
    /// "Verify your identity".
    VerifyIdentity,
    /// "Help and support".
    OpenSupport,
    ChangeSecurityQuestions,
    /// "Sign out": asks first.
    SignOut,
    ConfirmSignOut,
    /// Closes either sign-out question.
    CancelSignOut,
    /// "Sign out on all devices" (a lost or shared phone): asks first.
    SignOutEverywhere,
    ConfirmSignOutEverywhere,
}

/// The settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// "Maria Souza".
    pub name: String,
    /// Email, verification level, account age, country.
    pub profile: Vec<LineView>,
    /// What raises the level, if anything does.
    pub verification: Option<String>,
    /// "Verify your identity", while the email is confirmed and the
    /// identity is not.
    pub verify_identity: Option<ButtonView>,
    /// "Language: English".
    pub language: LineView,
    /// "Change".
    pub change_language: ButtonView,
    /// The list of languages, while choosing.
    pub languages: Option<Vec<ChoiceView>>,
    /// "Change payment password".
    pub change_payment_password: ButtonView,
    /// "Forgot payment password?".
    pub forgot_payment_password: ButtonView,
    /// "Change security questions".
    pub change_security_questions: ButtonView,
    /// "Help and support".
    pub support: ButtonView,
    /// "Sign out".
    pub sign_out: ButtonView,
    /// The sign-out confirmation.
    pub confirm_sign_out: Option<ConfirmView>,
    /// "Sign out on all devices".
    pub sign_out_everywhere: ButtonView,
    /// Its confirmation.
    pub confirm_sign_out_everywhere: Option<ConfirmView>,
    /// Nothing arrived yet.
    pub loading: bool,
}

pub(crate) fn on_event(model: &mut Model, event: SettingsEvent) -> Vec<Task> {
    let flow = &mut model.flows.settings;
    match event {
        SettingsEvent::ChangeLanguage => flow.choosing_language = true,
        SettingsEvent::CloseLanguages => flow.choosing_language = false,
        SettingsEvent::ChooseLanguage { id } => {
            flow.choosing_language = false;
            let known = Texts::languages().iter().any(|(tag, _)| *tag == id);
            if known && flow.saving_language.is_none() && id != model.texts.language() {
                flow.saving_language = Some(id.clone());
                return vec![Task::SetLanguage { language: id }];
            }
        }
        SettingsEvent::ChangePaymentPassword => {
            // After support reset it there is no current password to give:
            // it is set up anew, and the security questions after it.
            let has_one = model.profile.last.as_ref().is_none_or(|p| p.has_payment_password);
            model.flows.payment_password =
                if has_one { PaymentPasswordState::change() } else { PaymentPasswordState::setup() };
            model.push(Route::PaymentPassword);
        }
        SettingsEvent::ForgotPaymentPassword => crate::app::ui::open::recover_payment_password(model),
        SettingsEvent::OpenSupport => {
            model.push(Route::Support);
            return crate::app::ui::loads::loads_for(model, &Route::Support, true);
        }
        SettingsEvent::VerifyIdentity => {
            model.push(Route::Verification);
            return crate::app::ui::loads::loads_for(model, &Route::Verification, true);
        }
        SettingsEvent::ChangeSecurityQuestions => {
            model.flows.questions = QuestionsState::change();
            model.push(Route::SecurityQuestions);
        }
        SettingsEvent::SignOut => flow.confirm_sign_out = true,
        SettingsEvent::SignOutEverywhere => flow.confirm_sign_out_everywhere = true,
        SettingsEvent::CancelSignOut => {
            flow.confirm_sign_out = false;
            flow.confirm_sign_out_everywhere = false;
        }
        SettingsEvent::ConfirmSignOut => {
            flow.confirm_sign_out = false;
            if !flow.signing_out {
                flow.signing_out = true;
                return vec![Task::LogOut];
            }
        }
        SettingsEvent::ConfirmSignOutEverywhere => {
            flow.confirm_sign_out_everywhere = false;
            if !flow.signing_out {
                flow.signing_out = true;
                return vec![Task::LogOutEverywhere];
            }
        }
    }
    Vec::new()
}

/// Signing out everywhere must reach the service; this phone stays signed
/// in when it did not.
pub(crate) fn on_log_out_everywhere_failed(model: &mut Model, error: PocketError) -> Vec<Task> {
    model.flows.settings.signing_out = false;
    model.problem = Some(Problem::Engine(error));
    Vec::new()
}

pub(crate) fn on_language_set(model: &mut Model, result: Result<Profile, PocketError>) -> Vec<Task> {
    model.flows.settings.saving_language = None;
    match result {
        Ok(profile) => {
            model.follow_profile_language(&profile);
            model.profile.finish(Ok(profile));
            model.notice = Some(Notice::new("notice-language-changed"));
        }
        Err(error) => model.problem = Some(Problem::Engine(error)),
    }
    Vec::new()
}

pub(crate) fn view(model: &Model, t: &Texts) -> SettingsView {
    let flow = &model.flows.settings;
    let profile = model.profile.last.as_ref();
    let language_name =
        Texts::languages().into_iter().find(|(tag, _)| tag == t.language()).map(|(_, name)| name).unwrap_or_default();
    let mut lines = Vec::new();
    if let Some(profile) = profile {
        lines.push(LineView::new(t.get("settings-email"), profile.email.clone()));
        lines.push(LineView::new(
            t.get("settings-level"),
            t.get(&format!("level-{}", describe::level_key(profile.level))),
        ));
        lines.push(LineView::new(
            t.get("settings-age"),
            t.fmt("settings-age-days", &[("days", profile.account_age_days.into())]),
        ));
        lines.push(LineView::new(t.get("settings-country"), t.get(&format!("country-{}", profile.country))));
    }
    let busy = flow.signing_out;
    SettingsView {
        name: profile.map(|p| format!("{} {}", p.given_name, p.family_name)).unwrap_or_default(),
        profile: lines,
        verification: profile.and_then(|p| match p.level {
            crate::limits::VerificationLevel::IdentityVerified => None,
            crate::limits::VerificationLevel::EmailConfirmed => Some(t.get("verification-hint-identity")),
            crate::limits::VerificationLevel::Unverified => Some(t.get("verification-hint-email")),
        }),
        verify_identity: profile
            .filter(|p| p.level == crate::limits::VerificationLevel::EmailConfirmed)
            .map(|_| ButtonView::with(t.get("settings-verify-identity"), !busy, false)),
        language: LineView::new(t.get("settings-language"), language_name),
        change_language: ButtonView::with(t.get("settings-change-language"), !busy, flow.saving_language.is_some()),
        languages: flow
            .choosing_language
            .then(|| describe::language_choices(t.language(), flow.saving_language.is_none())),
        change_payment_password: ButtonView::with(
            t.get(if profile.is_none_or(|p| p.has_payment_password) {
                "settings-change-payment-password"
            } else {
                "settings-set-payment-password"
            }),
            !busy,
            false,
        ),
        forgot_payment_password: ButtonView::with(t.get("settings-forgot-payment-password"), !busy, false),
        change_security_questions: ButtonView::with(t.get("settings-change-questions"), !busy, false),
        support: ButtonView::with(t.get("settings-support"), !busy, false),
        sign_out: ButtonView::with(t.get("settings-sign-out"), true, busy),
        confirm_sign_out: flow.confirm_sign_out.then(|| ConfirmView {
            title: t.get("settings-sign-out-title"),
            message: t.fmt("settings-sign-out-message", &[("pending", model.pending.len().into())]),
            confirm_label: t.get("settings-sign-out-confirm"),
            cancel_label: t.get("dialog-cancel"),
            destructive: false,
        }),
        sign_out_everywhere: ButtonView::with(t.get("settings-sign-out-everywhere"), !busy, false),
        confirm_sign_out_everywhere: flow.confirm_sign_out_everywhere.then(|| ConfirmView {
            title: t.get("settings-sign-out-everywhere-title"),
            message: t.get("settings-sign-out-everywhere-message"),
            confirm_label: t.get("settings-sign-out-everywhere-confirm"),
            cancel_label: t.get("dialog-cancel"),
            destructive: true,
        }),
        loading: model.profile.is_loading_first(),
    }
}

#[cfg(test)]
mod tests;
