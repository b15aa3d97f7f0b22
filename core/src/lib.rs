//! # pocket-core
//!
//! Every rule Pocket has lives here, once: the phone uses it to explain a
//! refusal before the shopper taps "Pay", and `pocket-server` uses the very
//! same code to enforce it.
//!
//! | module | rule |
//! |---|---|
//! | [`account`] | the sign-up form: email, login password, required fields |
//! | [`money`] | exact amounts in 14 currencies; FX in the house's favour |
//! | [`limits`] | per-payment, daily and monthly ceilings by level, age and method |
//! | [`topup`] | the top-up rails' limits and arrival dates |
//! | [`parcel`] | one parcel per seller; 2 kg and the low-value cap |
//! | [`password`] | the payment password, security questions, lockout, login throttle |
//! | [`cards`] | card numbers, masking, expiry, the 5-card limit |
//! | [`contract`] | the service's answers as types; the API document is made from them |
//! | [`orders`] | order states, escrow and refunds |
//! | [`text`] | how long typed text may be; no control or text-direction marks |
//! | [`window`] | rolling 24-hour and 30-day windows over past spending |
//!
//! With the `app` feature (on by default), [`app`] adds the app core the
//! shells use: the [`app::Pocket`] object, its service client, offline
//! store, exactly-once outbox and secret store.
//!
//! Rules never read the clock: every function that depends on time takes
//! `now` as an argument, so the service's sandbox clock and the tests can
//! move time forward.
//!
//! ```
//! use pocket_core::limits::{AccountStanding, LimitMethod, LimitPolicy, VerificationLevel};
//! use pocket_core::money::{Currency, Money};
//! use chrono::{Duration, TimeZone, Utc};
//!
//! let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
//! let shopper = AccountStanding {
//!     level: VerificationLevel::EmailConfirmed,
//!     signed_up_at: now - Duration::days(3),
//! };
//! let price = Money::parse("250.00", Currency::Usd).unwrap();
//! let refusal = LimitPolicy::default_policy()
//!     .evaluate(&shopper, LimitMethod::Balance, price, &[], now)
//!     .unwrap_err();
//! assert!(refusal.to_string().contains("per-payment limit"));
//! ```
#![warn(missing_docs)]

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

// Times cross the FFI as the platform's own (java.time.Instant, Date).
#[cfg(feature = "uniffi")]
mod ffi_time {
    use std::time::SystemTime;

    /// UniFFI names a custom type by one identifier, so the generic needs an alias.
    type UtcTime = chrono::DateTime<chrono::Utc>;

    uniffi::custom_type!(UtcTime, SystemTime, {
        remote,
        lower: |time| time.into(),
        try_lift: |time| Ok(time.into()),
    });
}

pub mod account;
#[cfg(feature = "app")]
pub mod app;
pub mod cards;
pub mod contract;
pub mod countries;
pub mod limits;
pub mod money;
pub mod orders;
pub mod parcel;
pub mod password;
pub mod text;
pub mod topup;
pub mod window;
