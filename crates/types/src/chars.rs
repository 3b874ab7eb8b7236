//! Character classes asked for every character of every article.
//!
//! Outside ASCII, the characters of nearly every English article are
//! General Punctuation (curly quotes, dashes, ellipses: U+2000–U+206F), a
//! block with no letter or digit in it; the standard library answers for
//! them from Unicode's tables, at hundreds of instructions a character.
//! [`is_alphanumeric`] answers the same, and at once for that block.
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
        c.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(c) && c.is_alphanumeric()
    }
}

#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_gets_the_standard_answer() {
        for c in char::MIN..=char::MAX {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
