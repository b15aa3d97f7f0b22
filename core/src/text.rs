//! Text a shopper types: how long each kind may be, and the characters no
//! text may hold (control characters, and the invisible marks that reverse
//! the direction of text: a name with a right-to-left override can show
//! another name than it is). The phone checks them before sending, the
//! service when a request arrives, and the API document states them.

use serde::Serialize;

/// An email address (RFC 5321's limit).
pub const MAX_EMAIL_CHARS: usize = 254;

/// The languages Pocket speaks to shoppers (docs/PRODUCT.md section 1: the
/// markets its shoppers come from), as language tags. The phone has a text
/// file for each, and the service accepts exactly these.
pub const SHOPPER_LANGUAGES: [&str; 8] = ["en", "ru", "pt-BR", "es", "tr", "id", "sw", "el"];

/// A language tag as Pocket keeps it: one of [`SHOPPER_LANGUAGES`], matched
/// ignoring case and `_` for `-`; a bare `pt` means Brazilian Portuguese.
pub fn shopper_language(tag: &str) -> Option<&'static str> {
    let wanted = tag.trim().replace('_', "-");
    let wanted = if wanted.eq_ignore_ascii_case("pt") { "pt-BR".to_string() } else { wanted };
    SHOPPER_LANGUAGES.into_iter().find(|known| known.eq_ignore_ascii_case(&wanted))
}
/// A login password: long passphrases are welcome, not megabytes of them.
pub const MAX_PASSWORD_CHARS: usize = 128;
/// A given or family name.
pub const MAX_NAME_CHARS: usize = 100;
/// A delivery address.
pub const MAX_ADDRESS_CHARS: usize = 300;
/// A phone number as typed, with spaces and dashes.
pub const MAX_PHONE_CHARS: usize = 24;
/// A national identity number.
pub const MAX_NATIONAL_ID_CHARS: usize = 40;
/// A note on a transfer.
pub const MAX_NOTE_CHARS: usize = 140;
/// A security question.
pub const MAX_QUESTION_CHARS: usize = 200;
/// A security answer.
pub const MAX_ANSWER_CHARS: usize = 100;
/// An id, token, code or key: anything else a request carries as text.
pub const MAX_TOKEN_CHARS: usize = 255;
/// Any text in a request at all: the service refuses longer before reading
/// what it is.
pub const MAX_ANY_TEXT_CHARS: usize = 1_000;

/// The API document's pattern for text: none of [`is_forbidden_char`].
pub const PLAIN_TEXT_PATTERN: &str = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$";

/// Why a text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TextProblem {
    /// Longer than its kind allows.
    #[error("is longer than {max} characters; shorten it")]
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// Holds a control character or a mark that reverses text direction.
    #[error("holds an invisible control or text-direction character; type it again without it")]
    ForbiddenCharacter,
}

/// A control character (C0, DEL, C1) or a bidirectional formatting mark.
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks one text: at most `max_chars` characters, none forbidden.
pub fn check_text(text: &str, max_chars: usize) -> Result<(), TextProblem> {
    if text.chars().count() > max_chars {
        return Err(TextProblem::TooLong { max: max_chars });
    }
    if text.chars().any(is_forbidden_char) {
        return Err(TextProblem::ForbiddenCharacter);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_pass_and_direction_overrides_do_not() {
        for name in ["Maria", "Мария", "マリア", "مريم", "Zoë O'Brien-Smith"] {
            assert_eq!(check_text(name, MAX_NAME_CHARS), Ok(()), "{name}");
        }
        for bad in ["Mar\u{0}ia", "Maria\u{202E}moc.exe", "a\u{2066}b", "line\nbreak", "\u{85}"] {
            assert_eq!(check_text(bad, MAX_NAME_CHARS), Err(TextProblem::ForbiddenCharacter), "{bad:?}");
        }
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert_eq!(check_text(&"я".repeat(100), MAX_NAME_CHARS), Ok(()));
        assert_eq!(check_text(&"я".repeat(101), MAX_NAME_CHARS), Err(TextProblem::TooLong { max: 100 }));
    }

    #[test]
    fn the_documented_pattern_names_the_same_characters() {
        // The pattern's ranges, read back, are exactly the forbidden set
        // below U+2100 (the highest code point it names).
        let in_pattern = |c: char| {
            let u = c as u32;
            u <= 0x1F
                || (0x7F..=0x9F).contains(&u)
                || matches!(u, 0x061C | 0x200E | 0x200F)
                || (0x202A..=0x202E).contains(&u)
                || (0x2066..=0x2069).contains(&u)
        };
        for c in (0..0x2100u32).filter_map(char::from_u32) {
            assert_eq!(in_pattern(c), is_forbidden_char(c), "U+{:04X}", c as u32);
        }
        assert!(PLAIN_TEXT_PATTERN.contains(r"\u202A-\u202E"));
    }
}
