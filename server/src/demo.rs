//! Demo data for the sandbox: a shopper a developer can log in as at once.

use crate::store::Optional;
use pocket_core::money::{Currency, Money};

use crate::accounts::create_demo_account;
use crate::app::App;
use crate::ledger::{post, AccountKey, Journal, JournalCode, Leg};
use crate::refusals::Refusal;

/// The demo shopper's email.
pub const DEMO_EMAIL: &str = "maria@pocket.test";
/// The demo shopper's login password.
pub const DEMO_PASSWORD: &str = "pocket-demo";
/// The demo shopper's payment password.
pub const DEMO_PAYMENT_PASSWORD: &str = "381947";

/// Creates the demo shopper (email confirmed, payment password set, 150.00
/// USD to spend) unless it exists. Returns the user id.
pub async fn seed(app: &App) -> Result<String, Refusal> {
    let login_hash = app.off_the_lock(|app| app.config.hasher.hash(DEMO_PASSWORD)).await.map_err(Refusal::internal)?;
    let config = app.config.clone();
    let now = app.clock.now();
    app.store
        .write(move |tx| {
            let existing: Option<String> =
                tx.query_row("SELECT id FROM users WHERE email = ?1", [DEMO_EMAIL], |r| r.get(0)).optional()?;
            if let Some(user_id) = existing {
                return Ok(user_id);
            }
            let user_id = create_demo_account(tx, &config, DEMO_EMAIL, &login_hash, DEMO_PAYMENT_PASSWORD, now)?;
            let amount = Money::parse("150.00", Currency::Usd)?;
            post(
                tx,
                &Journal {
                    code: JournalCode::SandboxGrant,
                    reference: format!("grant:{user_id}"),
                    legs: vec![Leg {
                        debit: AccountKey::RailClearing { rail: "sandbox_grant".into(), currency: Currency::Usd },
                        credit: AccountKey::UserAvailable { user_id: user_id.clone(), currency: Currency::Usd },
                        amount,
                    }],
                    at: now,
                },
            )?;
            Ok(user_id)
        })
        .await
}
