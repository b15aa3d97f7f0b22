//! Shoppers' accounts: sign-up with email confirmation (24 hours), login
//! (throttled) and sessions, profile and language, verification level and account age,
//! payment password and security questions with the wrong-attempt lockout;
//! an account frozen by compliance.

mod freeze;
mod identity_document;
mod login;
mod payment_password;
mod profile;
mod recovery;
mod routes;
mod signup;
mod verification;

pub use freeze::{freeze, frozen, thaw, Frozen};
pub use identity_document::{document_last4, DocumentGiven};
pub use login::{count_sign_in, forgive_sign_in};
pub use payment_password::{
    check_legacy_payment_password, check_payment_password, guarded_by_payment_password, payer_with_password,
    payment_password_step, LegacyPaymentPasswordHash, PasswordStop,
};
pub use profile::{load_standing, load_user, standing_to_spend, user_with_email, Payer, UserRecord};
pub use routes::routes;
pub use verification::{
    pending_verifications, review_verification, verification, PendingCheck, Review, ReviewDecision,
};

/// Creates a confirmed account with a payment password, for the sandbox's
/// demo shopper. The login hash is made by the caller, off the lock.
pub fn create_demo_account(
    tx: &crate::store::Db,
    config: &crate::app::Config,
    email: &str,
    login_hash: &pocket_core::password::PasswordHash,
    payment_password: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, crate::refusals::Refusal> {
    let request = signup::SignUpRequest {
        email: email.into(),
        password: String::new(),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500, São Paulo".into(),
        phone: "+5511999990000".into(),
        national_id: "123.456.789-09".into(),
        country: "BR".into(),
        language: Some("pt-BR".into()),
    };
    let user_id = signup::create_account(tx, config, &request, email, login_hash, now)?
        .ok_or_else(|| crate::refusals::Refusal::internal("the demo shopper exists already"))?;
    tx.execute(
        "UPDATE email_confirmations SET used_at = ?1 WHERE user_id = ?2",
        crate::params![now.to_rfc3339(), user_id],
    )?;
    tx.execute("UPDATE users SET level = 'email_confirmed' WHERE id = ?1", [&user_id])?;
    let stored = payment_password::keyed_payment_hash(&config.service_key, &user_id, payment_password);
    payment_password::store_payment_password(tx, &user_id, &stored)?;
    Ok(user_id)
}
