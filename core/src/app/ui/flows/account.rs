//! Welcome, sign-up, the email confirmation, sign-in and sign-out, and the
//! first steps after them (payment password, security questions).

use crate::account::{check_sign_up, SignUpError, CONFIRMATION_VALID_HOURS};
use crate::app::ui::describe::{countries, country_choices, language_choices};
use crate::app::ui::model::place_problem;
use crate::app::ui::model::{Model, Notice, Route};
use crate::app::ui::parts::{Autofill, ButtonView, ChoiceView, FieldView, InputKind};
use crate::app::ui::secret_text::SecretText;
pub use crate::app::ui::state::account::SignUpInput;
use crate::app::ui::state::account::{CheckEmailState, SignInState, SignUpState};
use crate::app::ui::task::Task;
use crate::app::ui::text::field_error;
use crate::app::ui::text::{Problem, Texts};
use crate::app::{PocketError, Profile, SignUpRequest};
use crate::limits::VerificationLevel;

const SIGN_UP_FIELDS: [&str; 9] =
    ["email", "password", "given_name", "family_name", "address", "phone", "national_id", "country", "language"];

/// Taps on the sign-up screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SignUpEvent {
    /// "Create account".
    Submit {
        /// The form.
        input: SignUpInput,
    },
}

/// Taps on the "check your email" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CheckEmailEvent {
    /// Confirms with the code from the email (or the link's token).
    Confirm {
        /// The code.
        code: String,
    },
    /// Sends a new link.
    Resend,
    /// Signs out (to use another email).
    SignOut,
}

/// Taps on the sign-in screen.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SignInEvent {
    /// "Sign in".
    Submit {
        /// The email.
        email: String,
        /// The login password.
        password: SecretText,
    },
    /// "Forgot your password?": opens the reset with the email typed so far.
    ForgotPassword {
        /// The email field as it is.
        email: String,
    },
}

/// The first screen before sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WelcomeView {
    /// One line on what Pocket is.
    pub tagline: String,
    /// What it promises, one line each.
    pub points: Vec<String>,
    /// "Create an account" (sends `Open { SignUp }`).
    pub sign_up: ButtonView,
    /// "I have an account" (sends `Open { SignIn }`).
    pub sign_in: ButtonView,
}

/// The sign-up form.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct SignUpView {
    pub intro: String,
    pub email: FieldView,
    pub password: FieldView,
    pub given_name: FieldView,
    pub family_name: FieldView,
    pub address: FieldView,
    pub phone: FieldView,
    pub national_id: FieldView,
    pub country_label: String,
    pub countries: Vec<ChoiceView>,
    pub country_error: Option<String>,
    pub language_label: String,
    pub languages: Vec<ChoiceView>,
    /// "Create account".
    pub submit: ButtonView,
    /// "I have an account" (sends `Open { SignIn }`).
    pub sign_in_instead: ButtonView,
}

/// Waiting for the email confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct CheckEmailView {
    /// "We sent a link to ..."
    pub message: String,
    /// "The link works until ..."
    pub expires: Option<String>,
    pub code: FieldView,
    pub confirm: ButtonView,
    pub resend: ButtonView,
    /// "A new link is on its way" after a resend.
    pub resent: Option<String>,
    pub sign_out: ButtonView,
}

/// The sign-in form.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[allow(missing_docs)]
pub struct SignInView {
    pub email: FieldView,
    pub password: FieldView,
    pub submit: ButtonView,
    /// "Create an account" (sends `Open { SignUp }`).
    pub sign_up_instead: ButtonView,
    /// "Forgot your password?" (sends `SignInEvent::ForgotPassword`).
    pub forgot_password: ButtonView,
}

// ---- events ---------------------------------------------------------------

pub(crate) fn on_sign_up(model: &mut Model, event: SignUpEvent) -> Vec<Task> {
    let SignUpEvent::Submit { input } = event;
    let flow = &mut model.flows.sign_up;
    if flow.sending {
        return Vec::new();
    }
    *flow = SignUpState { form: input.kept(), sending: false, problem: None };
    let fields = flow.form.fields(input.password.expose());
    let email = match check_sign_up(&fields) {
        Ok(email) => email,
        Err(error) => {
            flow.problem = Some(sign_up_problem(&error));
            return Vec::new();
        }
    };
    flow.sending = true;
    let form = &flow.form;
    let language = Some(form.language.clone()).filter(|l| !l.is_empty());
    let form = SignUpRequest {
        email,
        password: input.password.expose().to_string(),
        given_name: form.given_name.clone(),
        family_name: form.family_name.clone(),
        address: form.address.clone(),
        phone: form.phone.clone(),
        national_id: form.national_id.clone(),
        country: form.country.clone(),
        language,
    };
    vec![Task::SignUp { form }]
}

fn sign_up_problem(error: &SignUpError) -> Problem {
    Problem::Check { field: Some(error.field()), code: error.code() }
}

pub(crate) fn on_check_email(model: &mut Model, event: CheckEmailEvent) -> Vec<Task> {
    match event {
        CheckEmailEvent::Confirm { code } => confirm_email(model, code),
        CheckEmailEvent::Resend => {
            let flow = &mut model.flows.check_email;
            if flow.resending {
                return Vec::new();
            }
            flow.resending = true;
            flow.resent = false;
            vec![Task::ResendConfirmation { email: flow.email.clone() }]
        }
        CheckEmailEvent::SignOut => vec![Task::LogOut],
    }
}

/// Confirms with a code typed or a link opened (`pocket://confirm-email?token=...`).
pub(crate) fn confirm_email(model: &mut Model, code: String) -> Vec<Task> {
    let flow = &mut model.flows.check_email;
    let token = code.trim().to_string();
    if token.is_empty() {
        flow.problem = Some(Problem::Check { field: Some("code"), code: "required" });
        return Vec::new();
    }
    if flow.sending {
        return Vec::new();
    }
    flow.sending = true;
    flow.problem = None;
    vec![Task::ConfirmEmail { token }]
}

pub(crate) fn on_sign_in(model: &mut Model, event: SignInEvent) -> Vec<Task> {
    let (email, password) = match event {
        SignInEvent::Submit { email, password } => (email, password),
        SignInEvent::ForgotPassword { email } => {
            model.flows.sign_in.email = email.trim().to_string();
            model.flows.sign_in.problem = None;
            crate::app::ui::open::reset_password(model);
            return Vec::new();
        }
    };
    let flow = &mut model.flows.sign_in;
    if flow.sending {
        return Vec::new();
    }
    flow.email = email.trim().to_string();
    flow.problem = None;
    if flow.email.is_empty() {
        flow.problem = Some(Problem::Check { field: Some("email"), code: "required" });
        return Vec::new();
    }
    if password.is_blank() {
        flow.problem = Some(Problem::Check { field: Some("password"), code: "required" });
        return Vec::new();
    }
    flow.sending = true;
    vec![Task::LogIn { email: flow.email.clone(), password }]
}

// ---- outcomes -------------------------------------------------------------

pub(crate) fn on_signed_up(
    model: &mut Model,
    result: Result<(crate::app::SignUpReceipt, Option<Profile>), PocketError>,
) -> Vec<Task> {
    model.flows.sign_up.sending = false;
    match result {
        Ok((receipt, None)) => {
            model.flows.sign_up = SignUpState::default();
            model.flows.sign_in = SignInState { email: receipt.email.clone(), ..SignInState::default() };
            model.reset_to(Route::Welcome);
            model.push(Route::SignIn);
            model.notice = Some(Notice::with("notice-check-inbox", vec![("email", receipt.email)]));
            Vec::new()
        }
        Ok((receipt, Some(profile))) => {
            model.flows.check_email = CheckEmailState {
                email: receipt.email,
                expires_at: Some(receipt.confirmation_expires_at),
                ..CheckEmailState::default()
            };
            model.flows.sign_up = SignUpState::default();
            signed_in(model, profile)
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &SIGN_UP_FIELDS);
            model.flows.sign_up.problem = kept;
            Vec::new()
        }
    }
}

pub(crate) fn on_logged_in(model: &mut Model, result: Result<Profile, PocketError>) -> Vec<Task> {
    model.flows.sign_in.sending = false;
    match result {
        Ok(profile) => {
            if model.flows.check_email.email.is_empty() {
                model.flows.check_email.email = profile.email.clone();
            }
            model.flows.sign_in = SignInState::default();
            signed_in(model, profile)
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &["email", "password"]);
            model.flows.sign_in.problem = kept;
            Vec::new()
        }
    }
}

/// A session began: the profile decides the first screen.
fn signed_in(model: &mut Model, profile: Profile) -> Vec<Task> {
    model.signed_in = true;
    model.follow_profile_language(&profile);
    model.profile.finish(Ok(profile));
    let route = crate::app::ui::open::setup_step(model);
    model.reset_to(route.clone());
    let mut tasks = crate::app::ui::loads::loads_for(model, &route, false);
    tasks.push(Task::LoadNotifications);
    tasks.push(Task::LoadPending);
    if let Some((platform, token)) = model.push_token.clone() {
        tasks.push(Task::RegisterPushToken { platform, token });
    }
    tasks
}

pub(crate) fn on_email_confirmed(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    model.flows.check_email.sending = false;
    match result {
        Ok(()) => {
            if let Some(profile) = &mut model.profile.last {
                profile.level = profile.level.max(VerificationLevel::EmailConfirmed);
            }
            model.flows.check_email = CheckEmailState::default();
            model.notice = None;
            let route = crate::app::ui::open::setup_step(model);
            model.reset_to(route.clone());
            model.notice = Some(Notice::new("notice-email-confirmed"));
            let mut tasks = vec![Task::LoadProfile];
            tasks.extend(crate::app::ui::loads::loads_for(model, &route, false));
            tasks
        }
        Err(error) => {
            let kept = place_problem(model, Problem::Engine(error), &["code", "token"]);
            model.flows.check_email.problem = kept;
            Vec::new()
        }
    }
}

pub(crate) fn on_confirmation_resent(model: &mut Model, result: Result<(), PocketError>) -> Vec<Task> {
    let flow = &mut model.flows.check_email;
    flow.resending = false;
    match result {
        Ok(()) => {
            flow.resent = true;
            flow.expires_at = Some(model.now + chrono::Duration::hours(CONFIRMATION_VALID_HOURS));
        }
        Err(error) => model.problem = Some(Problem::Engine(error)),
    }
    Vec::new()
}

// ---- views ----------------------------------------------------------------

pub(crate) fn welcome_view(t: &Texts) -> WelcomeView {
    WelcomeView {
        tagline: t.get("welcome-tagline"),
        points: vec![t.get("welcome-point-escrow"), t.get("welcome-point-parcels"), t.get("welcome-point-cards")],
        sign_up: ButtonView::new(t.get("welcome-sign-up")),
        sign_in: ButtonView::new(t.get("welcome-sign-in")),
    }
}

pub(crate) fn sign_up_view(model: &Model, t: &Texts) -> SignUpView {
    let flow = &model.flows.sign_up;
    let enabled = !flow.sending;
    let field = |name: &str, input: InputKind, value: &str| {
        let mut view =
            FieldView::new(t.get(&format!("sign-up-{}", name.replace('_', "-"))), input).value(value).enabled(enabled);
        view.error = field_error(&flow.problem, name, t);
        view
    };
    let country = if flow.form.country.is_empty() { default_country(model) } else { flow.form.country.clone() };
    let language = if flow.form.language.is_empty() { t.language().to_string() } else { flow.form.language.clone() };
    SignUpView {
        intro: t.get("sign-up-intro"),
        email: field("email", InputKind::Email, &flow.form.email).autofill(Autofill::Email),
        password: field("password", InputKind::Password, "")
            .autofill(Autofill::NewPassword)
            .hint(t.fmt("sign-up-password-hint", &[("min", crate::account::MIN_LOGIN_PASSWORD_CHARS.into())])),
        given_name: field("given_name", InputKind::Text, &flow.form.given_name).autofill(Autofill::GivenName),
        family_name: field("family_name", InputKind::Text, &flow.form.family_name).autofill(Autofill::FamilyName),
        address: field("address", InputKind::Text, &flow.form.address).autofill(Autofill::Address),
        phone: field("phone", InputKind::Phone, &flow.form.phone)
            .autofill(Autofill::Phone)
            .hint(t.get("sign-up-phone-hint")),
        national_id: field("national_id", InputKind::Text, &flow.form.national_id),
        country_label: t.get("sign-up-country"),
        countries: country_choices(&country, enabled, t),
        country_error: field_error(&flow.problem, "country", t),
        language_label: t.get("sign-up-language"),
        languages: language_choices(&language, enabled),
        submit: ButtonView::with(t.get("sign-up-submit"), true, flow.sending),
        sign_in_instead: ButtonView::with(t.get("sign-up-sign-in-instead"), enabled, false),
    }
}

fn default_country(model: &Model) -> String {
    model.region.clone().filter(|region| countries().any(|code| code == region)).unwrap_or_default()
}

pub(crate) fn check_email_view(model: &Model, t: &Texts) -> CheckEmailView {
    let flow = &model.flows.check_email;
    let mut code = FieldView::new(t.get("check-email-code"), InputKind::Text)
        .autofill(Autofill::OneTimeCode)
        .enabled(!flow.sending);
    code.error = field_error(&flow.problem, "code", t).or_else(|| field_error(&flow.problem, "token", t));
    CheckEmailView {
        message: t.fmt("check-email-message", &[("email", flow.email.as_str().into())]),
        expires: flow.expires_at.map(|at| t.fmt("check-email-expires", &[("at", t.date_time(at).into())])),
        code,
        confirm: ButtonView::with(t.get("check-email-confirm"), true, flow.sending),
        resend: ButtonView::with(t.get("check-email-resend"), !flow.sending, flow.resending),
        resent: flow.resent.then(|| t.fmt("check-email-resent", &[("email", flow.email.as_str().into())])),
        sign_out: ButtonView::new(t.get("check-email-sign-out")),
    }
}

pub(crate) fn sign_in_view(model: &Model, t: &Texts) -> SignInView {
    let flow = &model.flows.sign_in;
    let mut email = FieldView::new(t.get("sign-in-email"), InputKind::Email)
        .autofill(Autofill::Email)
        .value(&flow.email)
        .enabled(!flow.sending);
    email.error = field_error(&flow.problem, "email", t);
    let mut password = FieldView::new(t.get("sign-in-password"), InputKind::Password)
        .autofill(Autofill::Password)
        .enabled(!flow.sending);
    password.error = field_error(&flow.problem, "password", t);
    SignInView {
        email,
        password,
        submit: ButtonView::with(t.get("sign-in-submit"), true, flow.sending),
        sign_up_instead: ButtonView::with(t.get("sign-in-sign-up-instead"), !flow.sending, false),
        forgot_password: ButtonView::with(t.get("sign-in-forgot-password"), !flow.sending, false),
    }
}

#[cfg(test)]
mod tests;
