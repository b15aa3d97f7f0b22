//! How an event is signed, as Stripe signs its own: HMAC-SHA256 over
//! `<unix seconds>.<body>` under the partner's secret, sent as
//! `Pocket-Signature: t=<unix seconds>,v1=<hex>`. The partner recomputes it
//! and refuses a body that does not match or a time too far from its own.

/// The header with the signature.
pub const SIGNATURE_HEADER: &str = "Pocket-Signature";

/// The header with the event's id (the same as the body's `id`).
pub const EVENT_ID_HEADER: &str = "Pocket-Event-Id";

/// The `Pocket-Signature` value for `body` sent at `timestamp` (unix seconds).
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes());
    let signed = ring::hmac::sign(&key, &[timestamp.to_string().as_bytes(), b".", body].concat());
    format!("t={timestamp},v1={}", hex::encode(signed.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::sign;

    #[test]
    fn the_signature_is_the_hmac_of_the_time_and_the_body_under_the_secret() {
        // Computed apart: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        let expected = "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";
        assert_eq!(sign("whsec_test", 1_700_000_000, br#"{"a":1}"#), expected);
        assert_ne!(sign("whsec_other", 1_700_000_000, br#"{"a":1}"#), expected, "another secret signs otherwise");
    }
}
