//! Trying again with doubling waits: the outbox's sends within a call and
//! the service reads. A leaf: it knows nothing of what it retries.

use std::time::Duration;

/// Runs `attempt` up to `tries` times while `worth_retrying` says its
/// failure is, sleeping `first_delay` after the first failure and twice as
/// long after each next one. The last outcome is returned.
pub(crate) async fn retry_with_backoff<T, E, Fut>(
    tries: u32,
    first_delay: Duration,
    worth_retrying: impl Fn(&E) -> bool,
    mut attempt: impl FnMut() -> Fut,
) -> Result<T, E>
where
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut delay = first_delay;
    for _ in 1..tries {
        match attempt().await {
            Err(error) if worth_retrying(&error) => {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            outcome => return outcome,
        }
    }
    attempt().await
}
