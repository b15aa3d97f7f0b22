//! How every process hears of the commits that changed rows on PostgreSQL,
//! so a long-poll wakes for a change made through any process: this
//! process's own waiters at once, the others through `NOTIFY` on a channel
//! each process listens on.
//!
//! The `NOTIFY` is not sent inside each transaction: PostgreSQL takes one
//! lock for the whole database's notification queue from a notifying
//! transaction's commit until it ends, so every payment's commit would
//! wait for the one before it (measured: about a tenth fewer payments a
//! second).
//! A connection of its own sends one `NOTIFY` for all the commits made
//! since the last, at most once per [`ANNOUNCE_GAP`]: another process's
//! long-poll wakes that much later at most.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

/// The channel a commit that changed rows is announced on.
pub(super) const CHANGES_CHANNEL: &str = "pocket_changes";

/// The least time between two announcements to the other processes.
const ANNOUNCE_GAP: Duration = Duration::from_millis(5);

/// What the process does after a commit that changed rows.
pub(super) struct Changes {
    /// This process's waiters (long-polls, the outbox worker).
    local: Arc<Notify>,
    /// Wakes the announcer: some commit is not announced yet.
    unannounced: Notify,
}

impl Changes {
    /// Starts announcing on `runtime`, over connections made from `config`.
    pub(super) fn start(
        config: tokio_postgres::Config,
        local: Arc<Notify>,
        runtime: &tokio::runtime::Handle,
    ) -> Arc<Changes> {
        let changes = Arc::new(Changes { local: local.clone(), unannounced: Notify::new() });
        runtime.spawn(announce(config.clone(), changes.clone()));
        runtime.spawn(listen(config, local));
        changes
    }

    /// A transaction that changed rows has committed.
    pub(super) fn committed(&self) {
        self.local.notify_waiters();
        self.unannounced.notify_one();
    }
}

/// Sends one `NOTIFY` for the commits made since the last; connects again
/// a second after losing its connection, and then announces at once (a
/// commit may have gone unannounced meanwhile).
async fn announce(config: tokio_postgres::Config, changes: Arc<Changes>) {
    let notify = format!("NOTIFY {CHANGES_CHANNEL}");
    loop {
        if let Ok((client, connection)) = config.connect(tokio_postgres::NoTls).await {
            let driven = tokio::spawn(connection);
            while client.batch_execute(&notify).await.is_ok() {
                tokio::time::sleep(ANNOUNCE_GAP).await;
                changes.unannounced.notified().await;
            }
            driven.abort();
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Listens on a connection of its own for every process's announcements
/// and wakes `local` for each; connects again a second after losing the
/// connection, and then wakes `local` once (one may have been missed).
/// Runs as long as the driver's runtime.
async fn listen(config: tokio_postgres::Config, local: Arc<Notify>) {
    loop {
        if let Ok((client, mut connection)) = config.connect(tokio_postgres::NoTls).await {
            let listen_sql = format!("LISTEN {CHANGES_CHANNEL}");
            let listen = client.batch_execute(&listen_sql);
            // The connection must be driven for LISTEN to be answered, and
            // then for the notifications to arrive. LISTEN is polled until
            // it answers, never after; if it fails, connect again.
            let mut listen = Some(std::pin::pin!(listen));
            loop {
                let message = std::future::poll_fn(|cx| {
                    if let Some(waiting) = listen.as_mut() {
                        if let std::task::Poll::Ready(answer) = waiting.as_mut().poll(cx) {
                            listen = None;
                            if answer.is_err() {
                                return std::task::Poll::Ready(None);
                            }
                            local.notify_waiters();
                        }
                    }
                    connection.poll_message(cx)
                })
                .await;
                match message {
                    Some(Ok(tokio_postgres::AsyncMessage::Notification(_))) => local.notify_waiters(),
                    Some(Ok(_)) => {}
                    Some(Err(_)) | None => break,
                }
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
