//! Top-ups on every rail, with the rail's own limits (from `pocket-core`)
//! and the account's spending limits, checked in the transaction that
//! credits the money. Instant rails credit the available balance at once;
//! slow rails credit a pending balance, which arrives as `arrival` says (in
//! the sandbox on the business day the rules give, outside it when finance
//! sees the money); a Boleto waits until it is paid.

mod arrival;
mod routes;
mod service;

pub use arrival::{decline, hold, read_after_arrivals, settle, settle_due, waiting_top_ups, WaitingTopUp};
pub use routes::routes;
pub use service::{book_top_up, check_top_up_request, top_up_owner, top_up_view, CheckedTopUp, TopUpRequest};
