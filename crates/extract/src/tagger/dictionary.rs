//! An English dictionary as the tagger sees it: for a word, whether the
//! dictionary lists it as an ordinary (lower-case) word, as a name written
//! with a capital, both, or not at all. A capitalised word the model never
//! saw in training is far more often a name when no dictionary lists it as
//! an ordinary word ("Kuakata", "Zhirinovsky") than when one does ("BEAT" in
//! a capitals headline, "Outlook" opening a sentence).

use super::hash;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The word list (`data/words/english_words.txt`, written by
/// `english_words.py` from Debian's `wamerican`).
const WORDS: &str = include_str!("../../data/words/english_words.txt");

/// Listed as an ordinary word.
pub(crate) const ORDINARY: u8 = 1;
/// Listed with a capital.
pub(crate) const CAPITALISED: u8 = 2;

static CLASSES: LazyLock<HashMap<u64, u8, crate::gazetteer::IdBuild>> = LazyLock::new(|| {
    let mut classes: HashMap<u64, u8, crate::gazetteer::IdBuild> = HashMap::default();
    classes.reserve(80_000);
    for word in WORDS.lines() {
        let class = if word.starts_with(|c: char| c.is_uppercase()) {
            CAPITALISED
        } else {
            ORDINARY
        };
        *classes.entry(hash::lower(word)).or_insert(0) |= class;
    }
    classes
});

/// The dictionary class of a word from its [`hash::lower`]: a set of
/// [`ORDINARY`] and [`CAPITALISED`], 0 when the word is not listed.
pub(crate) fn class_of_lower(lower: u64) -> u8 {
    CLASSES.get(&lower).copied().unwrap_or(0)
}

/// The list's fingerprint, part of what a model is checked against.
pub(crate) fn fingerprint() -> u64 {
    hash::bytes(0x0d1c, WORDS.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_ordinary_capitalised_both_or_unlisted() {
        let class = |w: &str| class_of_lower(hash::lower(w));
        assert_eq!(class("beat"), ORDINARY);
        assert_eq!(class("BEAT"), ORDINARY, "any case of the word");
        assert_eq!(class("Africa"), CAPITALISED);
        assert_eq!(
            class("bush"),
            ORDINARY | CAPITALISED,
            "\"bush\" and \"Bush\""
        );
        assert_eq!(class("Zhirinovsky"), 0);
    }
}
