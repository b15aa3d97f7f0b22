//! A real `pocket-server serve` process of the built binary, on a free
//! loopback port: for the several-processes tests, the real edges' tests
//! and the bench.
#![allow(dead_code)]

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running service, killed when dropped.
pub struct ServiceProcess {
    pub child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
}

impl ServiceProcess {
    /// Starts the service with `data_args` (`--data-dir DIR`, and
    /// `--database-url URL` for PostgreSQL) and waits until it listens.
    pub fn start(data_args: impl IntoIterator<Item = OsString>) -> ServiceProcess {
        let args = std::iter::once(OsString::from("--sandbox")).chain(data_args);
        ServiceProcess::start_with(args, std::iter::empty::<(&str, String)>())
    }

    /// Starts `pocket-server serve` with `args` (no `--sandbox` unless
    /// given) and `settings` in its environment.
    pub fn start_with(
        args: impl IntoIterator<Item = OsString>,
        settings: impl IntoIterator<Item = (impl AsRef<std::ffi::OsStr>, impl AsRef<std::ffi::OsStr>)>,
    ) -> ServiceProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pocket-server"))
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(settings)
            .env("POCKET_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the service binary starts");
        let mut lines = BufReader::new(child.stdout.take().expect("its output is piped")).lines();
        let base_url = loop {
            let Some(line) = lines.next() else {
                let mut why = String::new();
                let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut why);
                panic!("the service stopped before it listened: {why}");
            };
            let line = line.expect("its output is text");
            if let Some(rest) = line.strip_prefix("Pocket service listening on ") {
                break rest.split_whitespace().next().expect("an address").to_string();
            }
        };
        // Keep reading both, so the service never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let errors = BufReader::new(child.stderr.take().expect("its errors are piped"));
        std::thread::spawn(move || errors.lines().for_each(drop));
        ServiceProcess { child, base_url }
    }

    /// `127.0.0.1:PORT`, for a client that speaks HTTP itself.
    pub fn address(&self) -> &str {
        self.base_url.strip_prefix("http://").unwrap_or(&self.base_url)
    }

    /// SIGKILL: no request in flight is finished, nothing is flushed.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServiceProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
