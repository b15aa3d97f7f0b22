//! Random identifiers and secrets.

/// `bytes` random bytes from the operating system, hex-encoded.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the operating system's random source is available");
    hex::encode(buffer)
}

/// A new id such as `pay_019af3c2d1e83f9a0c2b7d1e4a55`: a prefix naming
/// the kind of thing, the time in milliseconds (12 hex digits), then 64
/// random bits. Time first, so a new row's key lands beside the last ones
/// in every index on it, and the payments a group commit writes share
/// their index pages: fully random keys put each in a page of its own.
pub fn new_id(prefix: &str) -> String {
    let millis =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_millis());
    format!("{prefix}_{:012x}{}", millis & 0xffff_ffff_ffff, random_hex(8))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_made_later_sort_later_and_differ() {
        let first = new_id("pay");
        std::thread::sleep(std::time::Duration::from_millis(2));
        let (second, third) = (new_id("pay"), new_id("pay"));
        assert!(first < second, "{first} then {second}");
        assert_ne!(second, third, "ids made in the same millisecond differ by their random part");
        assert!(first.starts_with("pay_") && first.len() == "pay_".len() + 12 + 16, "{first}");
    }
}
