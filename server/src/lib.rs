//! # pocket-server
//!
//! The Pocket service: the authority over shoppers' money. It keeps a
//! double-entry ledger in an embedded SQLite database, enforces the rules of
//! `pocket-core` (the very same code the phone uses to explain them) inside
//! the transaction that moves the money, and answers every money-moving
//! request exactly once per `Idempotency-Key`.
//!
//! In sandbox mode (`--sandbox`) it also lets a developer move the clock,
//! read the emails and SMS codes it "sent", and act for sellers.

// `Refusal` carries a message, a field and figures for the shopper; it is
// built at most once per request, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod accounts;
pub mod app;
pub mod audit;
pub mod card_payments;
pub mod cards;
pub mod catalogue;
pub mod clock;
pub mod codes;
pub mod demo;
pub mod edges;
pub mod fx;
pub mod http;
pub mod idempotency;
pub mod ids;
pub mod ledger;
pub mod letters;
pub mod messages;
pub mod orders;
pub mod outbox;
pub mod partners;
pub mod push;
pub mod refusals;
pub mod retries;
pub mod routes;
pub mod sandbox;
pub mod service_key;
pub mod sessions;
pub mod shapes;
pub mod spends;
pub mod staff;
pub mod store;
pub mod support;
pub mod time;
pub mod topups;
pub mod transfers;
pub mod wallet;
pub mod webhooks;
pub mod wire;

use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use app::{App, Config};

/// A running service: its address, and the way to stop it.
pub struct RunningServer {
    /// Where it listens.
    pub address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningServer {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Stops accepting requests, lets those in flight finish, and waits.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.await.unwrap_or_else(|error| Err(std::io::Error::other(error)))
    }
}

/// Starts serving `app` on `listen` (port 0 picks a free port). Once a
/// second in the background, ended protection periods complete their
/// orders (and, in the sandbox, the simulated bank brings in the top-ups
/// due); the outbox's emails, SMS, pushes, webhooks and card refunds are
/// sent as they are queued.
pub async fn start(app: App, listen: SocketAddr) -> std::io::Result<RunningServer> {
    let listener = TcpListener::bind(listen).await?;
    let address = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let settler = spawn_settler(app.clone());
    let delivery = outbox::spawn_delivery(app.clone());
    let limits = app.config.connections;
    let router = routes::router(app);
    let task = tokio::spawn(async move {
        let result = http::listen::serve(listener, router, limits, async move {
            let _ = stopped.await;
        })
        .await;
        settler.abort();
        delivery.abort();
        result
    });
    Ok(RunningServer { address, stop: Some(stop), task })
}

fn spawn_settler(app: App) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            // Another process on the same database may have moved the
            // sandbox clock: follow it within a tick.
            if app.config.sandbox {
                if let Ok(offset) = app.store.read(sandbox::stored_clock_offset).await {
                    app.clock.set_offset_seconds(offset);
                }
            }
            let now = app.clock.now();
            // With several processes on one PostgreSQL database, one of them
            // settles in a given tick; the others skip it.
            let simulated_bank = app.config.sandbox;
            let settled = app.store.write(move |tx| match tx.lead(store::Lead::Settler)? {
                true => audit::settle_everything_due(tx, now, simulated_bank),
                false => Ok((0, 0)),
            });
            if let Err(error) = settled.await {
                tracing::warn!(code = %error.code, "settling due top-ups and protections failed");
            }
        }
    })
}
