//! Text the shopper typed that must not outlive its use: passwords, card
//! numbers, one-time codes, security answers.

use zeroize::Zeroizing;

/// A secret string: never printed (its `Debug` is redacted), wiped from
/// memory when dropped, never saved with the app's state. Crosses the FFI
/// as a plain string.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SecretText(Zeroizing<String>);

impl SecretText {
    /// Wraps typed text.
    pub fn new(text: impl Into<String>) -> SecretText {
        SecretText(Zeroizing::new(text.into()))
    }

    /// The text, for the one call that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The same text without the spaces around it (a pasted code).
    pub fn trimmed(&self) -> SecretText {
        SecretText::new(self.0.trim())
    }

    /// Nothing typed (or only spaces).
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretText(redacted)")
    }
}

impl From<&str> for SecretText {
    fn from(text: &str) -> SecretText {
        SecretText::new(text)
    }
}

#[cfg(feature = "uniffi")]
uniffi::custom_type!(SecretText, String, {
    lower: |secret| secret.expose().to_string(),
    try_lift: |text| Ok(SecretText::new(text)),
});

#[cfg(test)]
mod tests {
    use super::SecretText;

    #[test]
    fn a_secret_never_prints_itself() {
        let secret = SecretText::new("381947");
        assert_eq!(format!("{secret:?}"), "SecretText(redacted)");
        assert_eq!(secret.expose(), "381947");
    }
}
