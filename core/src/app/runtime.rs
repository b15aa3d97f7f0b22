//! The core's own tokio runtime: the app's tasks and the background work
//! (resending pending actions, listening for notifications) run here,
//! whatever thread the shell calls from. Two workers: phones have few
//! cores to spare, and the work is mostly waiting on the network.

use std::sync::OnceLock;

/// The runtime, built on first use.
pub(crate) fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("pocket-core")
            .enable_all()
            .build()
            .expect("the Pocket runtime starts")
    })
}
