//! The core's log, handed to the shell: the `tracing` warnings and errors
//! (and, if asked, its info lines) reach a [`LogSink`] the shell sets, which
//! writes them to logcat on Android, `os_log` on iOS and standard error on
//! the desktop harness. Without a sink they go nowhere, as before.
//!
//! What the core logs is never a secret: no card number, password, code or
//! token is put in a log line (the end-to-end tests read every line).
//! A sink sees the line as the core wrote it, fields included.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock, RwLock};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// How much a log line matters, most first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LogLevel {
    /// Something failed that the shopper may notice.
    Error,
    /// Something went wrong and the core carried on.
    Warn,
    /// What the core did (opened, a money action answered).
    Info,
    /// Detail for a developer.
    Debug,
}

impl LogLevel {
    fn of(level: &Level) -> LogLevel {
        match *level {
            Level::ERROR => LogLevel::Error,
            Level::WARN => LogLevel::Warn,
            Level::INFO => LogLevel::Info,
            _ => LogLevel::Debug,
        }
    }
}

/// Where the shell writes the core's log lines (logcat, `os_log`, a
/// console). Called on the core's threads; it must not block for long.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait LogSink: Send + Sync {
    /// One line: its level, the core's module that wrote it
    /// (`pocket_core::app::outbox`), and the message with its fields
    /// (`money action done action=pay replayed=false`).
    fn log(&self, level: LogLevel, target: String, message: String);
}

/// The sink and the most detailed level it takes.
type Chosen = Option<(Arc<dyn LogSink>, LogLevel)>;

fn chosen() -> &'static RwLock<Chosen> {
    static CHOSEN: OnceLock<RwLock<Chosen>> = OnceLock::new();
    CHOSEN.get_or_init(|| RwLock::new(None))
}

/// Sends the core's log lines at `most_detail` and above to `sink` (`None`
/// stops them). Set it once at the app's start; setting it again replaces
/// the sink. Returns `false` when the process already has another `tracing`
/// subscriber (a host that logs itself), which then keeps the lines.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn set_log_sink(sink: Option<Arc<dyn LogSink>>, most_detail: LogLevel) -> bool {
    *chosen().write().unwrap_or_else(|poisoned| poisoned.into_inner()) = sink.map(|sink| (sink, most_detail));
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    *INSTALLED.get_or_init(|| tracing::subscriber::set_global_default(SinkSubscriber).is_ok())
}

/// A `tracing` subscriber that hands each event to the chosen sink. The
/// core logs events only (no spans), so spans are accepted and ignored.
pub(crate) struct SinkSubscriber;

impl Subscriber for SinkSubscriber {
    // Asked at every event, not cached per call site: the sink and its
    // level can change while the app runs.
    fn register_callsite(&self, _: &'static Metadata<'static>) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }

    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        let chosen = chosen().read().unwrap_or_else(|poisoned| poisoned.into_inner());
        chosen.as_ref().is_some_and(|(_, most_detail)| LogLevel::of(metadata.level()) <= *most_detail)
    }

    fn event(&self, event: &Event<'_>) {
        let sink = match chosen().read().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref() {
            Some((sink, _)) => sink.clone(),
            None => return,
        };
        let mut line = LogLine::default();
        event.record(&mut line);
        let metadata = event.metadata();
        sink.log(LogLevel::of(metadata.level()), metadata.target().to_string(), line.text());
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

/// The message first, then each field as `name=value`.
#[derive(Default)]
struct LogLine {
    message: String,
    fields: String,
}

impl LogLine {
    fn text(self) -> String {
        if self.fields.is_empty() {
            self.message
        } else {
            format!("{}{}", self.message, self.fields)
        }
    }
}

impl Visit for LogLine {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            let _ = write!(self.fields, " {}={value}", field.name());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            let _ = write!(self.fields, " {}={value:?}", field.name());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Lines(Mutex<Vec<(LogLevel, String, String)>>);

    impl LogSink for Lines {
        fn log(&self, level: LogLevel, target: String, message: String) {
            self.0.lock().unwrap().push((level, target, message));
        }
    }

    // One test owns the process-wide sink, so nothing else races it.
    #[test]
    fn a_sink_gets_the_lines_at_its_level_and_above_with_their_fields_and_stops_when_removed() {
        let lines = Arc::new(Lines::default());
        tracing::subscriber::with_default(SinkSubscriber, || {
            set_log_sink(Some(lines.clone()), LogLevel::Warn);
            tracing::warn!(screen = "cards", "a saved screen is dropped");
            tracing::info!("too detailed for this sink");
            tracing::error!(code = %"ok", "failed");
            set_log_sink(Some(lines.clone()), LogLevel::Info);
            tracing::info!(action = "pay", "money action done");
            set_log_sink(None, LogLevel::Debug);
            tracing::error!("nobody hears this");
        });
        let lines = lines.0.lock().unwrap().clone();
        let target = module_path!().to_string();
        assert_eq!(
            lines,
            vec![
                (LogLevel::Warn, target.clone(), "a saved screen is dropped screen=cards".to_string()),
                (LogLevel::Error, target.clone(), "failed code=ok".to_string()),
                (LogLevel::Info, target, "money action done action=pay".to_string()),
            ]
        );
    }
}
