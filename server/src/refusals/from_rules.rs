//! How the rules' own errors become refusals: each domain error of the
//! service and of `pocket-core` turned into the one shape, in this one place.

use pocket_core::contract::service::ErrorKind;
use pocket_core::limits::{LimitError, LimitRefusal};
use pocket_core::money::{MoneyError, UnknownCurrencyCode};
use pocket_core::topup::TopUpError;
use serde_json::{json, Value};

use super::Refusal;
use crate::ledger::LedgerError;
use crate::store::StoreError;

impl From<StoreError> for Refusal {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Sql(sql) => sql.into(),
            other => Refusal::internal(other),
        }
    }
}

impl From<MoneyError> for Refusal {
    fn from(error: MoneyError) -> Self {
        let code = serde_json::to_value(&error)
            .ok()
            .and_then(|value| value.get("kind").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(|| "invalid_amount".into());
        Refusal::validation(&code, error.to_string()).with_field("amount")
    }
}

impl From<UnknownCurrencyCode> for Refusal {
    fn from(error: UnknownCurrencyCode) -> Self {
        MoneyError::from(error).into()
    }
}

impl From<LedgerError> for Refusal {
    fn from(error: LedgerError) -> Self {
        match error {
            LedgerError::InsufficientFunds { needed, available, .. } => {
                let short = needed.saturating_sub(available).unwrap_or(needed);
                Refusal::refused(
                    ErrorKind::InsufficientFunds,
                    "insufficient_funds",
                    format!("your balance holds {available} and this needs {needed}: add {short} or pay another way"),
                )
                .with_details(json!({ "needed": needed, "available": available, "short": short }))
            }
            LedgerError::Money(error) => error.into(),
            LedgerError::Store(error) => error.into(),
            other => Refusal::internal(other),
        }
    }
}

impl From<LimitRefusal> for Refusal {
    fn from(refusal: LimitRefusal) -> Self {
        let details = serde_json::to_value(&refusal).unwrap_or(Value::Null);
        let code = match refusal.rule {
            pocket_core::limits::LimitRule::PerPayment => "per_payment_limit",
            pocket_core::limits::LimitRule::PerDay => "daily_limit",
            pocket_core::limits::LimitRule::PerMonth => "monthly_limit",
        };
        Refusal::refused(ErrorKind::Limit, code, refusal.to_string()).with_details(details)
    }
}

impl From<LimitError> for Refusal {
    fn from(error: LimitError) -> Self {
        match error {
            LimitError::Refused(refusal) => refusal.into(),
            LimitError::Money(error) => error.into(),
        }
    }
}

impl From<TopUpError> for Refusal {
    fn from(error: TopUpError) -> Self {
        let details = serde_json::to_value(&error).unwrap_or(Value::Null);
        match error {
            TopUpError::Money(error) => error.into(),
            TopUpError::BelowMinimum { .. } => {
                Refusal::validation("below_rail_minimum", error.to_string()).with_field("amount").with_details(details)
            }
            TopUpError::AboveMaximum { .. } => {
                Refusal::validation("above_rail_maximum", error.to_string()).with_field("amount").with_details(details)
            }
            TopUpError::MonthlyCapReached { .. } => {
                Refusal::refused(ErrorKind::Limit, "rail_monthly_cap", error.to_string()).with_details(details)
            }
        }
    }
}
