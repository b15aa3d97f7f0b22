//! The service's clock. In sandbox mode it can be moved forward, so a
//! developer can settle a bank transfer or end a protection period without
//! waiting days; the offset is kept in the database and survives restarts.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

/// Real time plus a sandbox offset (always zero outside the sandbox).
#[derive(Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    /// A clock `offset_seconds` ahead of real time.
    pub fn with_offset(offset_seconds: i64) -> Clock {
        Clock { offset_seconds: Arc::new(AtomicI64::new(offset_seconds)) }
    }

    /// The service's now.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset_seconds.load(Ordering::SeqCst))
    }

    /// The offset from real time.
    pub fn offset_seconds(&self) -> i64 {
        self.offset_seconds.load(Ordering::SeqCst)
    }

    /// Sets the offset (the caller persists it).
    pub fn set_offset_seconds(&self, offset_seconds: i64) {
        self.offset_seconds.store(offset_seconds, Ordering::SeqCst);
    }
}
