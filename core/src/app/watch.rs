//! Background work while the app is open: resend pending money actions,
//! and listen to the notification feed (a long poll) so screens refresh by
//! themselves. Both back off while the service is away.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;

use crate::contract::paths;

use super::Inner;

const FIRST_BACKOFF: Duration = Duration::from_millis(500);
const LONGEST_BACKOFF: Duration = Duration::from_secs(30);
/// How long the service holds a notification long poll.
const LONG_POLL_SECONDS: u64 = 25;

fn longer(backoff: Duration) -> Duration {
    (backoff * 2).min(LONGEST_BACKOFF)
}

/// Sends pending actions whenever woken (new action, sign-in, network back)
/// and, while some are pending, again after each backoff.
pub(crate) async fn resend_pending(inner: Arc<Inner>) {
    let mut backoff = FIRST_BACKOFF;
    loop {
        let pending = match inner.resend_pending().await {
            Ok(pending) => pending.iter().filter(|a| a.state == super::PendingState::Sending).count(),
            Err(_) => 0,
        };
        if pending == 0 {
            backoff = FIRST_BACKOFF;
            inner.outbox_wake.notified().await;
        } else {
            tokio::select! {
                _ = inner.outbox_wake.notified() => {}
                _ = tokio::time::sleep(backoff) => {}
            }
            backoff = longer(backoff);
        }
    }
}

/// Long-polls the notification feed while someone is signed in; each new
/// notification is saved and announced (see `take_notifications`). A
/// successful poll after a failure also wakes the resender: the network is
/// back.
pub(crate) async fn listen_for_notifications(inner: Arc<Inner>) {
    let mut backoff = FIRST_BACKOFF;
    let mut was_failing = false;
    loop {
        let Ok(token) = inner.token() else {
            inner.session_changed.notified().await;
            continue;
        };
        let after = inner.last_notification_id();
        let path = format!("{}?after={after}&wait_seconds={LONG_POLL_SECONDS}", paths::NOTIFICATIONS);
        let timeout = Duration::from_secs(LONG_POLL_SECONDS + 10);
        match inner.service.call(Method::GET, &path, Some(&token), None, None, Some(timeout)).await {
            Ok(answer) if answer.is_success() => {
                if was_failing {
                    inner.outbox_wake.notify_one();
                }
                was_failing = false;
                backoff = FIRST_BACKOFF;
                if let Err(error) = inner.take_notifications(answer.body, true).await {
                    tracing::warn!(%error, "could not take notifications");
                }
            }
            outcome => {
                if let Ok(answer) = outcome {
                    tracing::debug!(status = answer.status, "notification poll refused");
                }
                was_failing = true;
                tokio::select! {
                    _ = inner.session_changed.notified() => {}
                    _ = tokio::time::sleep(backoff) => {}
                }
                backoff = longer(backoff);
            }
        }
    }
}
