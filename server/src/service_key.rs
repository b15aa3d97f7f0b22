//! The service's secret key: what one-time codes are hashed with, so a copy
//! of the database alone cannot turn a stored hash back into a 6-digit code
//! (a plain hash of a million possibilities would fall in a second).
//!
//! It lives outside the database: from `POCKET_SERVICE_KEY` (64 hex digits),
//! else the file `service.key` in the data directory, created on first
//! start, readable by the service's user only.

use std::path::Path;

use blake2::digest::{KeyInit, Mac};
use blake2::Blake2sMac256;

/// The environment variable that holds the key in a deployment.
pub const SERVICE_KEY_ENV: &str = "POCKET_SERVICE_KEY";

const KEY_BYTES: usize = 32;

/// A 256-bit secret. Never printed.
#[derive(Clone)]
pub struct ServiceKey([u8; KEY_BYTES]);

impl std::fmt::Debug for ServiceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServiceKey(<secret>)")
    }
}

/// Where the service key came from, for the service to say at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// `POCKET_SERVICE_KEY`.
    Environment,
    /// A file in the data folder.
    File {
        /// The file.
        path: std::path::PathBuf,
        /// Made at this start (the folder too, if it was missing).
        made: bool,
    },
}

impl std::fmt::Display for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Environment => write!(f, "from {SERVICE_KEY_ENV}"),
            KeySource::File { path, made: true } => write!(f, "made now in {}", path.display()),
            KeySource::File { path, made: false } => write!(f, "from {}", path.display()),
        }
    }
}

/// The key could not be read or made.
#[derive(Debug, thiserror::Error)]
pub enum ServiceKeyError {
    /// The environment variable or the file is not 64 hex digits.
    #[error("the service key in {source_name} must be 64 hex digits")]
    Malformed {
        /// Where it came from.
        source_name: String,
    },
    /// The file could not be read or written.
    #[error("cannot read or create the service key file: {0}")]
    Io(#[from] std::io::Error),
}

impl ServiceKey {
    /// A fresh random key (tests, and stores that live in memory).
    pub fn random() -> ServiceKey {
        let mut key = [0u8; KEY_BYTES];
        getrandom::fill(&mut key).expect("the operating system's random source is available");
        ServiceKey(key)
    }

    /// The key from the environment, else from `data_dir/service.key`
    /// (the folder and the file made if missing), with where it came from.
    pub fn load(data_dir: &Path) -> Result<(ServiceKey, KeySource), ServiceKeyError> {
        if let Ok(hex_text) = std::env::var(SERVICE_KEY_ENV) {
            return Ok((ServiceKey::from_hex(&hex_text, SERVICE_KEY_ENV)?, KeySource::Environment));
        }
        let path = data_dir.join("service.key");
        match std::fs::read_to_string(&path) {
            Ok(hex_text) => Ok((
                ServiceKey::from_hex(&hex_text, &path.display().to_string())?,
                KeySource::File { path, made: false },
            )),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                // Over PostgreSQL nothing else makes the folder.
                create_private_dir(data_dir)?;
                let key = ServiceKey::random();
                match write_once(&path, &hex::encode(key.0)) {
                    Ok(()) => Ok((key, KeySource::File { path, made: true })),
                    // Another process starting beside this one made it
                    // first: theirs is the key, for both.
                    Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => ServiceKey::load(data_dir),
                    Err(error) => Err(error.into()),
                }
            }
            Err(error) => Err(error.into()),
        }
    }

    fn from_hex(hex_text: &str, source_name: &str) -> Result<ServiceKey, ServiceKeyError> {
        let malformed = || ServiceKeyError::Malformed { source_name: source_name.to_string() };
        let bytes = hex::decode(hex_text.trim()).map_err(|_| malformed())?;
        Ok(ServiceKey(bytes.try_into().map_err(|_| malformed())?))
    }

    /// `secret` sealed (ChaCha20-Poly1305, a random nonce) under a key
    /// derived from this one for `purpose`, as hex: what a queued message
    /// keeps of its link or code until it is sent. `bound_to` (the
    /// recipient) must be given again to open it, so a sealed secret moved to
    /// another row opens nowhere.
    pub fn seal(&self, purpose: &str, bound_to: &str, secret: &str) -> String {
        use ring::aead::{Aad, LessSafeKey, Nonce, NONCE_LEN};
        let key = self.sealing_key(purpose);
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).expect("the operating system's random source is available");
        let mut sealed = secret.as_bytes().to_vec();
        LessSafeKey::seal_in_place_append_tag(
            &key,
            Nonce::assume_unique_for_key(nonce),
            Aad::from(bound_to),
            &mut sealed,
        )
        .expect("sealing a short text cannot fail");
        hex::encode([nonce.as_slice(), &sealed].concat())
    }

    /// The secret [`ServiceKey::seal`] sealed, or `None` if it was sealed
    /// under another key, purpose or recipient, or altered.
    pub fn open(&self, purpose: &str, bound_to: &str, sealed_hex: &str) -> Option<String> {
        use ring::aead::{Aad, Nonce, NONCE_LEN};
        let bytes = hex::decode(sealed_hex).ok()?;
        let (nonce, sealed) = bytes.split_at_checked(NONCE_LEN)?;
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut sealed = sealed.to_vec();
        let opened = self.sealing_key(purpose).open_in_place(nonce, Aad::from(bound_to), &mut sealed).ok()?;
        String::from_utf8(opened.to_vec()).ok()
    }

    fn sealing_key(&self, purpose: &str) -> ring::aead::LessSafeKey {
        let derived = hex::decode(self.hash(&["sealing", purpose])).expect("hash() gives hex");
        let key = ring::aead::UnboundKey::new(&ring::aead::CHACHA20_POLY1305, &derived).expect("a 32-byte key");
        ring::aead::LessSafeKey::new(key)
    }

    /// The keyed BLAKE2s hash of `parts` (each length-prefixed, so
    /// `("ab", "c")` and `("a", "bc")` differ), hex-encoded.
    pub fn hash(&self, parts: &[&str]) -> String {
        let mut mac = <Blake2sMac256 as KeyInit>::new_from_slice(&self.0).expect("a 32-byte key fits BLAKE2s");
        for part in parts {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part.as_bytes());
        }
        hex::encode(mac.finalize().into_bytes())
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Writes `path` whole or not at all, and only if it does not exist yet: the
/// text goes to a file of this process's own, which is then linked in place
/// (a link fails if the name is taken), so no one ever reads half a key.
fn write_once(path: &Path, text: &str) -> std::io::Result<()> {
    let own = path.with_extension(format!("{}.new", std::process::id()));
    let _ = std::fs::remove_file(&own);
    write_private(&own, text)?;
    let linked = std::fs::hard_link(&own, path);
    std::fs::remove_file(&own)?;
    linked
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_depends_on_the_key_and_on_where_parts_split() {
        let key = ServiceKey::random();
        assert_eq!(key.hash(&["usr_1", "123456"]), key.hash(&["usr_1", "123456"]));
        assert_ne!(key.hash(&["usr_1", "123456"]), ServiceKey::random().hash(&["usr_1", "123456"]));
        assert_ne!(key.hash(&["ab", "c"]), key.hash(&["a", "bc"]));
    }

    #[test]
    fn the_key_file_is_made_once_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let (first, made) = ServiceKey::load(dir.path()).unwrap();
        let (again, read) = ServiceKey::load(dir.path()).unwrap();
        assert_eq!(first.hash(&["x"]), again.hash(&["x"]));
        let path = dir.path().join("service.key");
        assert_eq!(
            (made, read),
            (KeySource::File { path: path.clone(), made: true }, KeySource::File { path, made: false })
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("service.key")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(dir.path().join("service.key"), "not hex").unwrap();
        assert!(matches!(ServiceKey::load(dir.path()), Err(ServiceKeyError::Malformed { .. })));
    }

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_purpose_and_recipient() {
        let key = ServiceKey::random();
        let sealed = key.seal("message", "maria@example.com", "918273");
        assert!(!sealed.contains("918273"));
        assert_eq!(key.open("message", "maria@example.com", &sealed).as_deref(), Some("918273"));
        assert_ne!(sealed, key.seal("message", "maria@example.com", "918273"), "a fresh nonce each time");
        assert_eq!(key.open("message", "eve@example.com", &sealed), None);
        assert_eq!(key.open("push", "maria@example.com", &sealed), None);
        assert_eq!(ServiceKey::random().open("message", "maria@example.com", &sealed), None);
        let mut altered = sealed.clone().into_bytes();
        altered[40] = if altered[40] == b'0' { b'1' } else { b'0' };
        assert_eq!(key.open("message", "maria@example.com", &String::from_utf8(altered).unwrap()), None);
    }

    #[test]
    fn a_data_folder_that_does_not_exist_yet_is_made_for_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("pocket").join("data");
        let (_, source) = ServiceKey::load(&new).unwrap();
        assert_eq!(source, KeySource::File { path: new.join("service.key"), made: true });
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&new).unwrap().permissions().mode() & 0o777, 0o700);
        }
    }
}
