//! Shoppers' accounts: sign-up with email confirmation (24 hours), login
//! sessions, profile and language, verification level and account age,
//! payment password and security questions with the wrong-attempt lockout.

mod payment_password;
mod profile;
mod routes;
mod signup;

pub use payment_password::check_payment_password;
pub use profile::{load_standing, UserRecord};
pub use routes::routes;

/// Creates a confirmed account with a payment password, for the sandbox's
/// demo shopper.
pub fn signup_for_demo(
    app: &crate::app::App,
    tx: &rusqlite::Transaction,
    email: &str,
    password: &str,
    payment_password: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, crate::http::ApiError> {
    let request = signup::SignUpRequest {
        email: email.into(),
        password: password.into(),
        given_name: "Maria".into(),
        family_name: "Souza".into(),
        address: "Rua Augusta 1500, São Paulo".into(),
        phone: "+5511999990000".into(),
        national_id: "123.456.789-09".into(),
        country: "BR".into(),
        language: Some("pt".into()),
    };
    let created = signup::sign_up(tx, &app.config.hasher, &request, now)?;
    let user_id = created["user_id"].as_str().expect("sign-up returns the id").to_string();
    tx.execute(
        "UPDATE email_confirmations SET used_at = ?1 WHERE user_id = ?2",
        rusqlite::params![now.to_rfc3339(), user_id],
    )?;
    tx.execute("UPDATE users SET level = 'email_confirmed' WHERE id = ?1", [&user_id])?;
    payment_password::set_payment_password(app, tx, &user_id, payment_password, payment_password, None, now)?;
    Ok(user_id)
}
