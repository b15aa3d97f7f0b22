//! The phone trusts what its platform trusts: a service whose certificate
//! chains to a CA the platform does not know is unreachable, and the same
//! service is reached once the platform's store holds that CA (on Linux the
//! system bundle, here named by `SSL_CERT_FILE`, as a developer would for a
//! debugging proxy; on Android the network security config, on iPhones the
//! installed profiles).

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::service::{ServiceClient, Unanswered};

/// A CA and a `localhost` certificate it signed, made with openssl.
fn certificates(folder: &Path) {
    let openssl = |args: &[&str]| {
        let ran = Command::new("openssl").args(args).current_dir(folder).output().expect("openssl runs");
        assert!(ran.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&ran.stderr));
    };
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl(
        &[
            &["req", "-x509"],
            &ec[..],
            &["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Pocket test CA"],
        ]
        .concat(),
    );
    openssl(&[&["req"], &ec[..], &["-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=localhost"]].concat());
    std::fs::write(folder.join("leaf.ext"), "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n").unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "leaf.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "leaf.pem",
        "-days",
        "2",
        "-extfile",
        "leaf.ext",
    ]);
}

/// An HTTPS server on localhost that answers every request `204 No Content`.
async fn https_server(folder: &Path) -> u16 {
    let chain = vec![CertificateDer::from_pem_file(folder.join("leaf.pem")).unwrap()];
    let key = PrivateKeyDer::from_pem_file(folder.join("leaf.key")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(socket).await else { return };
                let mut request = [0u8; 4096];
                let _ = tls.read(&mut request).await;
                let _ = tls.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n").await;
                let _ = tls.shutdown().await;
            });
        }
    });
    port
}

// One test, as it sets the process's SSL_CERT_FILE; no other test here
// speaks HTTPS.
#[tokio::test]
async fn a_service_is_reached_only_when_the_platform_trusts_its_certificate() {
    let folder = tempfile::tempdir().unwrap();
    certificates(folder.path());
    let port = https_server(folder.path()).await;
    let url = format!("https://localhost:{port}");
    let platform_store = folder.path().join("platform-store.pem");

    std::fs::write(&platform_store, "").unwrap();
    std::env::set_var("SSL_CERT_FILE", &platform_store);
    let unknown_ca = ServiceClient::new(&url, Duration::from_secs(5))
        .unwrap()
        .call(reqwest::Method::GET, "/v1/health", None, None, None, None)
        .await;
    assert!(matches!(unknown_ca, Err(Unanswered::Unreachable(_))), "a CA the platform does not know: {unknown_ca:?}");

    std::fs::copy(folder.path().join("ca.pem"), &platform_store).unwrap();
    let trusted = ServiceClient::new(&url, Duration::from_secs(5))
        .unwrap()
        .call(reqwest::Method::GET, "/v1/health", None, None, None, None)
        .await;
    std::env::remove_var("SSL_CERT_FILE");
    assert_eq!(trusted.map(|answer| answer.status).ok(), Some(204), "the CA the platform trusts");
}
