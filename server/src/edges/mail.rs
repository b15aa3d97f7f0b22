//! Email: the port, and its adapter over SMTP (lettre, rustls).

use std::time::Duration;

use async_trait::async_trait;
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::{Courier, DeliveryError, Sent, SettingsError};

/// One email, worded, its secret in it. Never printed.
pub struct OutgoingEmail<'a> {
    /// The shopper's address.
    pub to: &'a str,
    /// The subject line.
    pub subject: &'a str,
    /// The plain-text body.
    pub text: &'a str,
}

/// Sends email: the port.
pub type Mailer = dyn for<'a> Courier<OutgoingEmail<'a>>;

/// Email over SMTP: implicit TLS (`smtps://`), STARTTLS required
/// (`smtp://...?tls=required`), or plain SMTP to a relay on this machine
/// only (`smtp://localhost:25`), with credentials in the URL.
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// How long one SMTP exchange may take before the worker tries later.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

impl SmtpMailer {
    /// The mailer for `url`, sending as `from`; `ca_pem` adds a root
    /// certificate to trust (a private relay's), beside the Mozilla roots.
    pub fn new(url: &str, from: &str, ca_pem: Option<&[u8]>) -> Result<SmtpMailer, SettingsError> {
        let wrong = |why: String| SettingsError::Invalid { setting: "POCKET_SMTP_URL", why };
        let parsed = url::Url::parse(url).map_err(|error| wrong(format!("not a URL ({error})")))?;
        let host = parsed.host_str().ok_or_else(|| wrong("it names no host".into()))?.to_string();
        let query_tls = parsed.query_pairs().find(|(name, _)| name == "tls").map(|(_, value)| value.into_owned());
        let encrypted =
            match (parsed.scheme(), query_tls.as_deref()) {
                ("smtps", None) => true,
                ("smtp", Some("required")) => true,
                ("smtp", None) => false,
                _ => return Err(wrong(
                    "use smtps://HOST:465, or smtp://HOST:587?tls=required (STARTTLS); opportunistic TLS is refused"
                        .into(),
                )),
            };
        if !encrypted && !is_loopback(&host) {
            return Err(wrong(format!(
                "plain smtp:// reaches only a relay on this machine, not {host}: use smtps:// or ?tls=required"
            )));
        }
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| wrong(format!("lettre cannot use it ({error})")))?
            .timeout(Some(SMTP_TIMEOUT));
        if let (true, Some(ca_pem)) = (encrypted, ca_pem) {
            let certificate = Certificate::from_pem(ca_pem).map_err(|error| SettingsError::Invalid {
                setting: "POCKET_SMTP_CA_FILE",
                why: format!("not a PEM certificate ({error})"),
            })?;
            let parameters = TlsParameters::builder(host)
                .add_root_certificate(certificate)
                .build_rustls()
                .map_err(|error| wrong(format!("its TLS settings fail ({error})")))?;
            builder = builder.tls(if parsed.scheme() == "smtps" {
                Tls::Wrapper(parameters)
            } else {
                Tls::Required(parameters)
            });
        }
        let from = from
            .parse::<Mailbox>()
            .map_err(|error| SettingsError::Invalid { setting: "POCKET_MAIL_FROM", why: format!("{error}") })?;
        Ok(SmtpMailer { transport: builder.build(), from })
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|address| address.is_loopback())
}

#[async_trait]
impl<'a> Courier<OutgoingEmail<'a>> for SmtpMailer {
    async fn send(&self, email: &OutgoingEmail<'a>) -> Result<Sent, DeliveryError> {
        let to = email
            .to
            .parse::<Mailbox>()
            .map_err(|error| DeliveryError::RecipientRefused(format!("not an address lettre can send to ({error})")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(email.text.to_string())
            .map_err(|error| DeliveryError::Refused(format!("the email could not be built ({error})")))?;
        match self.transport.send(message).await {
            Ok(response) => Ok(Sent { provider_answer: response.message().collect::<Vec<_>>().join(" ") }),
            Err(error) if error.is_permanent() => Err(DeliveryError::RecipientRefused(error.to_string())),
            Err(error) => Err(DeliveryError::TryLater(error.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// lettre's connection pool lives on the tokio runtime.
    #[tokio::test]
    async fn mail_leaves_encrypted_except_to_a_relay_on_this_machine() {
        let from = "Pocket <no-reply@pocket.example>";
        for url in [
            "smtps://user:pass@smtp.example.com:465",
            "smtp://user:pass@smtp.example.com:587?tls=required",
            "smtp://127.0.0.1:1025",
            "smtp://localhost:25",
        ] {
            assert!(SmtpMailer::new(url, from, None).is_ok(), "{url}");
        }
        for url in [
            "smtp://smtp.example.com:25",
            "smtp://smtp.example.com:587?tls=opportunistic",
            "http://smtp.example.com",
            "not a url",
        ] {
            assert!(
                matches!(
                    SmtpMailer::new(url, from, None),
                    Err(SettingsError::Invalid { setting: "POCKET_SMTP_URL", .. })
                ),
                "{url}"
            );
        }
        assert!(matches!(
            SmtpMailer::new("smtp://127.0.0.1:1025", "not an address", None),
            Err(SettingsError::Invalid { setting: "POCKET_MAIL_FROM", .. })
        ));
    }
}
