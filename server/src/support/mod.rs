//! Support: cases the shopper opens and support answers (the sandbox plays
//! support).

mod cases;
mod routes;

pub use cases::{reply, staff_case, waiting_cases, ReplyOutcome, SupportReply};
pub use routes::{routes, sandbox_routes};
