//! The staff console (`/staff`): Pocket's own people, each in a role, at a
//! web page the service serves. Support answers and closes cases (and will
//! decide disputes); compliance reviews identities; finance chases late
//! top-ups; admin keeps the staff and the partners' keys. A role sees and
//! does only its own part.
//!
//! Staff are made from the command line (`pocket-server staff add EMAIL
//! --role ROLE`) and sign in with a password (Argon2id) and a TOTP code
//! (RFC 6238); the session lives in an `HttpOnly`, `Secure`,
//! `SameSite=Strict` cookie and ends after 30 minutes idle; every form
//! carries the session's CSRF token; sign-in is throttled like a shopper's.
//! Every action is written to the append-only audit log in the action's own
//! transaction, and the shopper hears of its outcome as she hears of
//! everything, in her language. The pages are rendered on the server from
//! templates (no JavaScript), their words from Fluent.
//!
//! The console calls the same functions as the sandbox's support routes,
//! so what staff do is written once.

mod accounts;
mod audit_log;
mod console;
mod texts;

pub use accounts::{add_staff, list_staff, remove_staff, FirstPassword, NewStaff, StaffMember, StaffRole};
pub use console::router;

/// How long a staff session lasts unused.
pub const IDLE_MINUTES: i64 = 30;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "pocket_staff";
