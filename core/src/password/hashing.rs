//! Argon2id hashing for the payment password and security answers.

use argon2::password_hash::{rand_core::OsRng, PasswordHash as PhcHash, PasswordHasher as _, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordVerifier as _, Version};
use serde::{Deserialize, Serialize};

/// A salted Argon2id hash in PHC string form, safe to store. It never shows
/// itself in full in logs.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PasswordHash(String);

impl PasswordHash {
    /// Wraps a PHC string read back from storage.
    pub fn from_phc(phc: String) -> PasswordHash {
        PasswordHash(phc)
    }

    /// The PHC string, for storage.
    pub fn as_phc(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(argon2id…)")
    }
}

/// Hashing failed: the parameters are out of range. A bug of ours, not the
/// shopper's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("could not hash the secret: {reason}")]
pub struct HashingError {
    reason: String,
}

/// Argon2id with a cost chosen for where it runs.
#[derive(Debug, Clone)]
pub struct SecretHasher {
    params: Params,
}

impl SecretHasher {
    /// OWASP's Argon2id recommendation: 19 MiB of memory, 2 passes, 1 lane.
    pub fn production() -> SecretHasher {
        SecretHasher { params: Params::new(19 * 1024, 2, 1, None).expect("constant parameters are valid") }
    }

    /// The cheapest parameters Argon2 accepts: for tests only, so a test run
    /// hashes in microseconds. Still Argon2id, still salted.
    pub fn fast_for_tests() -> SecretHasher {
        SecretHasher { params: Params::new(Params::MIN_M_COST, 1, 1, None).expect("constant parameters are valid") }
    }

    /// Hashes a secret with a fresh random salt.
    pub fn hash(&self, secret: &str) -> Result<PasswordHash, HashingError> {
        let salt = SaltString::generate(&mut OsRng);
        let phc = self
            .argon2()
            .hash_password(secret.as_bytes(), &salt)
            .map_err(|error| HashingError { reason: error.to_string() })?;
        Ok(PasswordHash(phc.to_string()))
    }

    /// Whether `candidate` is the secret behind `hash`. The parameters are
    /// read from the hash itself, so hashes made with other costs still verify.
    pub fn verify(&self, hash: &PasswordHash, candidate: &str) -> bool {
        match PhcHash::new(&hash.0) {
            Ok(parsed) => self.argon2().verify_password(candidate.as_bytes(), &parsed).is_ok(),
            Err(_) => false,
        }
    }

    fn argon2(&self) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_password_verifies_and_a_wrong_one_does_not() {
        let hasher = SecretHasher::fast_for_tests();
        let hash = hasher.hash("381947").unwrap();
        assert!(hasher.verify(&hash, "381947"));
        assert!(!hasher.verify(&hash, "381948"));
    }

    #[test]
    fn the_hash_is_argon2id_salted_and_never_the_password() {
        let hasher = SecretHasher::fast_for_tests();
        let first = hasher.hash("381947").unwrap();
        let second = hasher.hash("381947").unwrap();
        assert!(first.as_phc().starts_with("$argon2id$"));
        assert!(!first.as_phc().contains("381947"));
        assert_ne!(first, second, "each hash has its own salt");
    }

    #[test]
    fn debug_does_not_print_the_hash() {
        let hash = SecretHasher::fast_for_tests().hash("381947").unwrap();
        assert_eq!(format!("{hash:?}"), "PasswordHash(argon2id…)");
    }

    #[test]
    fn a_production_hash_verifies_with_any_hasher() {
        let hash = SecretHasher::production().hash("381947").unwrap();
        assert!(hash.as_phc().contains("m=19456,t=2,p=1"));
        assert!(SecretHasher::fast_for_tests().verify(&hash, "381947"));
    }

    #[test]
    fn a_corrupt_stored_hash_never_verifies() {
        let hasher = SecretHasher::fast_for_tests();
        assert!(!hasher.verify(&PasswordHash::from_phc("not a hash".into()), "381947"));
    }
}
