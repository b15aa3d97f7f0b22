//! A TCP proxy between the app core and the service that can misbehave on
//! demand: refuse connections (the service is down), swallow the service's
//! answer after it has done the work (the response is lost on the way back),
//! or hold the answer past the app's timeout.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How the proxy treats the next connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyMode {
    /// Pass everything through.
    Pass,
    /// Accept and close at once: the app sees the service as unreachable.
    Refuse,
    /// Forward the request, let the service answer, then close the app's
    /// connection without passing the answer on.
    DropAnswers,
    /// Forward the request, then hold the answer this long before passing it.
    DelayAnswers(Duration),
}

/// The proxy; cheap to clone.
#[derive(Clone)]
pub struct FaultProxy {
    address: SocketAddr,
    state: Arc<Mutex<State>>,
    /// Bumped on every change: open connections close, so the app's pooled
    /// keep-alive connections cannot slip past a new mode.
    generation: tokio::sync::watch::Sender<u64>,
}

struct State {
    upstream: SocketAddr,
    mode: ProxyMode,
    /// Answers swallowed so far in `DropAnswers` mode.
    dropped: u32,
}

impl FaultProxy {
    /// Starts a proxy to `upstream` on a free port.
    pub async fn start(upstream: SocketAddr) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy = FaultProxy {
            address: listener.local_addr().unwrap(),
            state: Arc::new(Mutex::new(State { upstream, mode: ProxyMode::Pass, dropped: 0 })),
            generation: tokio::sync::watch::Sender::new(0),
        };
        let (state, generation) = (proxy.state.clone(), proxy.generation.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (upstream, mode) = {
                    let state = state.lock().unwrap();
                    (state.upstream, state.mode)
                };
                let mut changed = generation.subscribe();
                let state = state.clone();
                tokio::spawn(async move {
                    tokio::select! {
                        _ = serve(client, upstream, mode, state) => {}
                        _ = changed.changed() => {}
                    }
                });
            }
        });
        proxy
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Changes how new connections are treated.
    pub fn set_mode(&self, mode: ProxyMode) {
        self.state.lock().unwrap().mode = mode;
        self.generation.send_modify(|generation| *generation += 1);
    }

    /// Points new connections at another address (a restarted service).
    pub fn set_upstream(&self, upstream: SocketAddr) {
        self.state.lock().unwrap().upstream = upstream;
        self.generation.send_modify(|generation| *generation += 1);
    }

    /// How many answers were swallowed.
    pub fn dropped_answers(&self) -> u32 {
        self.state.lock().unwrap().dropped
    }
}

async fn serve(mut client: TcpStream, upstream: SocketAddr, mode: ProxyMode, state: Arc<Mutex<State>>) {
    if mode == ProxyMode::Refuse {
        return; // dropping the socket closes it
    }
    let Ok(mut service) = TcpStream::connect(upstream).await else {
        return;
    };
    match mode {
        ProxyMode::Pass | ProxyMode::Refuse => {
            let _ = tokio::io::copy_bidirectional(&mut client, &mut service).await;
        }
        ProxyMode::DropAnswers | ProxyMode::DelayAnswers(_) => {
            let (mut client_read, mut client_write) = client.into_split();
            let (mut service_read, mut service_write) = service.into_split();
            // Requests flow on; the answer is read in full, then lost or held.
            tokio::spawn(async move {
                let _ = tokio::io::copy(&mut client_read, &mut service_write).await;
            });
            let mut answer = vec![0u8; 64 * 1024];
            let Ok(read) = service_read.read(&mut answer).await else {
                return;
            };
            if let ProxyMode::DelayAnswers(delay) = mode {
                tokio::time::sleep(delay).await;
                let _ = client_write.write_all(&answer[..read]).await;
                let _ = tokio::io::copy(&mut service_read, &mut client_write).await;
            } else {
                state.lock().unwrap().dropped += 1;
                drop(client_write);
            }
        }
    }
}
