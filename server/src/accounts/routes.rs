//! The accounts API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{delete, get, patch, post, put};
use axum::Json;
use pocket_core::contract::accounts::{
    ConfirmRequest, PaymentPasswordRequest, RecoverPaymentPasswordRequest, ResendRequest, ResetPasswordRequest,
    SecurityQuestionsRequest, UpdateMeRequest,
};
use pocket_core::contract::accounts::{
    ConfirmationResent, EmailConfirmed, PasswordReset, PasswordResetSent, PaymentPasswordRecovered, PaymentPasswordSet,
    Profile, RecoveryLinkSent, SecurityQuestionsSet, SessionOpened, SessionsEnded, SignUpAccepted, Verification,
};
use pocket_core::contract::paths;

use super::login::{log_in, LoginRequest};
use super::payment_password::{set_payment_password, set_security_questions};
use super::profile::{profile, set_language};
use super::recovery::{
    recover_payment_password, reset_password, send_password_reset, send_payment_password_recovery, PaymentRecovery,
};
use super::signup::{confirm_email, resend_confirmation, sign_up, SignUpRequest};
use super::verification::{request_verification, verification, VerificationRequest};
use crate::app::App;
use crate::http::{Access, ApiJson, ClientAddress, Route};
use crate::refusals::Refusal;
use crate::sessions;
use crate::sessions::Session;

/// The accounts routes.
pub fn routes() -> Vec<Route> {
    vec![
        Route::new(
            "POST",
            paths::ACCOUNTS,
            "Sign up; emails a confirmation link valid for 24 hours (the answer is the same for an email already used)",
            Access::Public,
            post(sign_up_handler),
        )
        .body::<SignUpRequest>()
        .answers::<SignUpAccepted>(202),
        Route::new(
            "POST",
            paths::ACCOUNTS_CONFIRM_EMAIL,
            "Confirm the email with the link's token",
            Access::Public,
            post(confirm_handler),
        )
        .body::<ConfirmRequest>()
        .answers::<EmailConfirmed>(200),
        Route::new(
            "POST",
            paths::ACCOUNTS_RESEND_CONFIRMATION,
            "Send a new confirmation link",
            Access::Public,
            post(resend_handler),
        )
        .body::<ResendRequest>()
        .answers::<ConfirmationResent>(202),
        Route::new(
            "POST",
            paths::SESSIONS,
            "Log in; returns a session token. Wrong passwords slow down and then pause sign-in (429, 423 with Retry-After)",
            Access::Public,
            post(log_in_handler),
        )
        .body::<LoginRequest>()
        .answers::<SessionOpened>(201),
        Route::new("DELETE", paths::SESSIONS_CURRENT, "Log out", Access::Session, delete(log_out_handler))
            .answers_empty(204),
        Route::new(
            "DELETE",
            paths::SESSIONS,
            "Sign out everywhere: every session of this shopper ends",
            Access::Session,
            delete(log_out_everywhere_handler),
        )
        .answers::<SessionsEnded>(200),
        Route::new("GET", paths::ME, "The profile, verification level and account age", Access::Session, get(me_handler))
            .answers::<Profile>(200),
        Route::new("PATCH", paths::ME, "Change the interface language", Access::Session, patch(update_me_handler))
            .body::<UpdateMeRequest>()
            .answers::<Profile>(200),
        Route::new(
            "PUT",
            paths::ME_PAYMENT_PASSWORD,
            "Set or change the 6-digit payment password",
            Access::Session,
            put(payment_password_handler),
        )
        .body::<PaymentPasswordRequest>()
        .answers::<PaymentPasswordSet>(200),
        Route::new(
            "PUT",
            paths::ME_SECURITY_QUESTIONS,
            "Set at least three security questions",
            Access::Session,
            put(security_questions_handler),
        )
        .body::<SecurityQuestionsRequest>()
        .answers::<SecurityQuestionsSet>(200),
        Route::new(
            "POST",
            paths::ACCOUNTS_PASSWORD_RESET,
            "Forgot the login password: emails a reset link valid for 30 minutes (the answer is the same whether or not the email has an account)",
            Access::Public,
            post(password_reset_handler),
        )
        .body::<ResendRequest>()
        .answers::<PasswordResetSent>(202),
        Route::new(
            "POST",
            paths::ACCOUNTS_PASSWORD_RESET_COMPLETE,
            "Set a new login password with the reset link's token; every session of the account ends",
            Access::Public,
            post(reset_password_handler),
        )
        .body::<ResetPasswordRequest>()
        .answers::<PasswordReset>(200),
        Route::new(
            "POST",
            paths::ME_PAYMENT_PASSWORD_RECOVERY,
            "Forgot the payment password: emails a link valid for 30 minutes, to use with the security answers",
            Access::Session,
            post(payment_recovery_handler),
        )
        .answers::<RecoveryLinkSent>(202),
        Route::new(
            "POST",
            paths::ME_PAYMENT_PASSWORD_RECOVERY_COMPLETE,
            "Set a new payment password with the emailed link and the security answers; lifts a payment lock. Wrong answers are counted and pause recovery (423 with Retry-After)",
            Access::Session,
            post(recover_payment_password_handler),
        )
        .body::<RecoverPaymentPasswordRequest>()
        .answers::<PaymentPasswordRecovered>(200),
        Route::new(
            "GET",
            paths::ME_VERIFICATION,
            "Where identity verification stands: the latest request and the level",
            Access::Session,
            get(verification_handler),
        )
        .answers::<Verification>(200),
        Route::new(
            "POST",
            paths::ME_VERIFICATION,
            "Ask for identity verification with a document; it waits for review, and approval raises the limits",
            Access::Session,
            post(request_verification_handler),
        )
        .body::<VerificationRequest>()
        .answers::<Verification>(202),
    ]
}

async fn verification_handler(State(app): State<App>, session: Session) -> Result<Json<Verification>, Refusal> {
    Ok(Json(app.store.read(move |tx| verification(tx, &session.user_id)).await?))
}

async fn request_verification_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<VerificationRequest>,
) -> Result<(StatusCode, Json<Verification>), Refusal> {
    let now = app.clock.now();
    let sent = app.store.write(move |tx| request_verification(tx, &session.user_id, &body.value, now)).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

async fn password_reset_handler(
    State(app): State<App>,
    body: ApiJson<ResendRequest>,
) -> Result<(StatusCode, Json<PasswordResetSent>), Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    let sent = app.store.write(move |tx| send_password_reset(tx, &config, &body.value.email, now)).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

async fn reset_password_handler(
    State(app): State<App>,
    body: ApiJson<ResetPasswordRequest>,
) -> Result<Json<PasswordReset>, Refusal> {
    Ok(Json(reset_password(&app, &body.value.token, &body.value.password).await?))
}

async fn payment_recovery_handler(
    State(app): State<App>,
    session: Session,
) -> Result<(StatusCode, Json<RecoveryLinkSent>), Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    let sent = app.store.write(move |tx| send_payment_password_recovery(tx, &config, &session.user_id, now)).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

async fn recover_payment_password_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<RecoverPaymentPasswordRequest>,
) -> Result<Json<PaymentPasswordRecovered>, Refusal> {
    let request = body.value;
    let recovery = PaymentRecovery {
        token: request.token,
        answers: request.answers.into_iter().map(|qa| (qa.question, qa.answer)).collect(),
        password: request.password,
        confirmation: request.confirmation,
    };
    Ok(Json(recover_payment_password(&app, &session.user_id, recovery).await?))
}

async fn sign_up_handler(
    State(app): State<App>,
    body: ApiJson<SignUpRequest>,
) -> Result<(StatusCode, Json<SignUpAccepted>), Refusal> {
    Ok((StatusCode::ACCEPTED, Json(sign_up(&app, body.value).await?)))
}

async fn confirm_handler(
    State(app): State<App>,
    body: ApiJson<ConfirmRequest>,
) -> Result<Json<EmailConfirmed>, Refusal> {
    let now = app.clock.now();
    Ok(Json(app.store.write(move |tx| confirm_email(tx, body.value.token.trim(), now)).await?))
}

async fn resend_handler(
    State(app): State<App>,
    body: ApiJson<ResendRequest>,
) -> Result<(StatusCode, Json<ConfirmationResent>), Refusal> {
    let now = app.clock.now();
    let config = app.config.clone();
    let sent = app.store.write(move |tx| resend_confirmation(tx, &config, &body.value.email, now)).await?;
    Ok((StatusCode::ACCEPTED, Json(sent)))
}

async fn log_in_handler(
    State(app): State<App>,
    ClientAddress(client): ClientAddress,
    body: ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<SessionOpened>), Refusal> {
    Ok((StatusCode::CREATED, Json(log_in(&app, &client, body.value).await?)))
}

async fn log_out_handler(State(app): State<App>, session: Session) -> Result<StatusCode, Refusal> {
    app.store.write(move |tx| sessions::sign_out(tx, &session.user_id, &session.token)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn log_out_everywhere_handler(State(app): State<App>, session: Session) -> Result<Json<SessionsEnded>, Refusal> {
    let ended = app.store.write(move |tx| sessions::sign_out_everywhere(tx, &session.user_id)).await?;
    Ok(Json(SessionsEnded { sessions_ended: ended as u64 }))
}

async fn me_handler(State(app): State<App>, session: Session) -> Result<Json<Profile>, Refusal> {
    let now = app.clock.now();
    Ok(Json(app.store.read(move |tx| profile(tx, &session.user_id, now)).await?))
}

async fn update_me_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<UpdateMeRequest>,
) -> Result<Json<Profile>, Refusal> {
    let now = app.clock.now();
    let me = app
        .store
        .write(move |tx| {
            set_language(tx, &session.user_id, body.value.language.trim())?;
            profile(tx, &session.user_id, now)
        })
        .await?;
    Ok(Json(me))
}

async fn payment_password_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<PaymentPasswordRequest>,
) -> Result<Json<PaymentPasswordSet>, Refusal> {
    let request = body.value;
    set_payment_password(
        &app,
        &session.user_id,
        &request.password,
        &request.confirmation,
        request.current_password.as_deref(),
    )
    .await?;
    Ok(Json(PaymentPasswordSet { payment_password_set: true }))
}

async fn security_questions_handler(
    State(app): State<App>,
    session: Session,
    body: ApiJson<SecurityQuestionsRequest>,
) -> Result<Json<SecurityQuestionsSet>, Refusal> {
    let pairs: Vec<(String, String)> = body.value.answers.into_iter().map(|qa| (qa.question, qa.answer)).collect();
    let count = pairs.len();
    set_security_questions(&app, &session.user_id, pairs).await?;
    Ok(Json(SecurityQuestionsSet { security_questions_set: count as u64 }))
}
