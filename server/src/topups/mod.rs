//! Top-ups on every rail, with the rail's own limits (from `pocket-core`)
//! and the account's spending limits, checked in the transaction that
//! credits the money. Instant rails credit the available balance at once;
//! slow rails credit a pending balance that settles on the business day the
//! rules give (on the sandbox clock); a Boleto waits until it is paid.

mod routes;
mod service;

pub use routes::routes;
pub use service::{
    book_top_up, check_top_up_request, settle, settle_due, top_up_owner, top_up_view, CheckedTopUp, TopUpRequest,
};
