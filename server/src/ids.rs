//! Random identifiers and secrets.

/// `bytes` random bytes from the operating system, hex-encoded.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the operating system's random source is available");
    hex::encode(buffer)
}

/// A new id such as `usr_3f9a0c2b7d1e4a55`: a prefix naming the kind of
/// thing, then 64 random bits.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}_{}", random_hex(8))
}

/// A six-digit one-time code, for SMS.
pub fn one_time_code() -> String {
    let mut buffer = [0u8; 4];
    getrandom::fill(&mut buffer).expect("the operating system's random source is available");
    format!("{:06}", u32::from_le_bytes(buffer) % 1_000_000)
}

/// The stored form of a bearer secret (a session token, an email link's
/// token): its BLAKE2 hash. The secrets are 128 or more random bits, so a
/// copy of the database does not give them back.
pub fn token_hash(token: &str) -> String {
    use blake2::{Blake2s256, Digest};
    hex::encode(Blake2s256::digest(token.as_bytes()))
}
