//! # pocket-ffi
//!
//! The library the Android and iOS apps load: Pocket's app core with its
//! UniFFI scaffolding (the `uniffi` feature of `pocket-core`, where every
//! exported type and the `PocketApp` object are declared). Thin on purpose:
//! a crate whose only crate-types are cdylib and staticlib gets the release
//! profile's whole-program LTO, and the Kotlin and Swift bindings are
//! generated from this library (`make bindings`).

// Links the core in, and with it every exported FFI symbol.
pub use pocket_core;
