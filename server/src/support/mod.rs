//! Support: cases the shopper opens and support answers (the sandbox plays
//! support).

mod cases;
mod routes;

pub use routes::{routes, sandbox_routes};
