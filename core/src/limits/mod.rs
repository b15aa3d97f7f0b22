//! Spending limits (docs/PRODUCT.md section 4).
//!
//! Limits depend on the verification level, the account's age and the
//! method (balance, card, each top-up rail). Each has a per-payment, a
//! per-day (rolling 24 hours) and a per-month (rolling 30 days) ceiling, in
//! USD, from a data table ([`LimitPolicy::default_policy`] loads
//! `core/data/limits.toml`). [`LimitPolicy::evaluate`] either allows a
//! payment and says what is left, or refuses it naming the rule, what is
//! left, when the amount fits and what would raise the limit.

mod evaluate;
mod policy;

pub use evaluate::{
    AccountStanding, Allowed, LimitError, LimitRaise, LimitRefusal, LimitRule, LimitSummary, SpentInWindows,
};
pub use policy::{Ceilings, LimitMethod, LimitPolicy, LimitPolicyError, VerificationLevel};
