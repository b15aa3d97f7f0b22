//! # pocket-core
//!
//! Every rule Pocket has lives here, once: the phone uses it to explain a
//! refusal before the shopper taps "Pay", and `pocket-server` uses the very
//! same code to enforce it.
//!
//! Rules never read the clock: every function that depends on time takes
//! `now` as an argument, so the service's sandbox clock and the tests can
//! move time forward.
pub mod money;
pub mod password;
pub mod cards;
pub mod parcel;
pub mod orders;
pub mod window;
pub mod topup;
