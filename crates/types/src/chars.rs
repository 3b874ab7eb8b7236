//! Character classes asked for every character of every article.
//!
//! Outside ASCII, the characters of nearly every English article are
//! General Punctuation (curly quotes, dashes, ellipses: U+2000–U+206F), a
//! block with no letter or digit in it; the standard library answers for
//! them from Unicode's tables, at hundreds of instructions a character.
//! [`is_alphanumeric`] answers the same, and at once for that block and for
//! the blocks of letters that articles in other languages are mostly
//! written in.
//!
//! ```
//! use newsmill_types::chars::is_alphanumeric;
//!
//! assert!(is_alphanumeric('é') && is_alphanumeric('7'));
//! assert!(!is_alphanumeric('’') && !is_alphanumeric('—'));
//! ```

/// `char::is_alphanumeric`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    known_block(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// `char::is_alphabetic`, answered at once for the same blocks as
/// [`is_alphanumeric`].
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    known_block(c).unwrap_or_else(|| c.is_alphabetic())
}

/// The answer of both classes for a character outside ASCII where no table
/// is needed: none for General Punctuation, which holds no letter or
/// digit; yes for the blocks of letters only where the articles of other
/// languages spend most of their characters (Latin-1's and Latin
/// Extended-A's letters, basic Cyrillic, Greek's small letters, Hiragana,
/// the common CJK ideographs, Hangul syllables).
#[inline]
fn known_block(c: char) -> Option<bool> {
    match u32::from(c) {
        0x2000..=0x206F => Some(false),
        0x00C0..=0x00D6
        | 0x00D8..=0x00F6
        | 0x00F8..=0x017F
        | 0x0400..=0x045F
        | 0x03B1..=0x03C9
        | 0x3041..=0x3096
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3 => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_gets_the_standard_answer() {
        for c in char::MIN..=char::MAX {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
