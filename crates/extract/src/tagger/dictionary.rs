//! An English dictionary as the tagger sees it: for a word, whether the
//! dictionary lists it as an ordinary (lower-case) word, as a name written
//! with a capital, both, or not at all. A capitalised word the model never
//! saw in training is far more often a name when no dictionary lists it as
//! an ordinary word ("Kuakata", "Zhirinovsky") than when one does ("BEAT" in
//! a capitals headline, "Outlook" opening a sentence).

/// The word list (`data/words/english_words.txt`, written by
/// `english_words.py` from Debian's `wamerican`) is read by the build
/// script (`build.rs`), which hashes each word with [`super::hash::lower`]
/// into an open-addressing table of `1 << TABLE_BITS` slots: the words'
/// keys (0 for an empty slot) and, beside them, their classes. A process
/// that tags reads the table where the binary holds it, instead of
/// building a map of the list first.
static KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dictionary_keys.bin"));
static CLASSES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dictionary_classes.bin"));
include!(concat!(env!("OUT_DIR"), "/dictionary_constants.rs"));

/// Listed as an ordinary word (the build script's class bits; tests read
/// them by name).
#[cfg(test)]
pub(crate) const ORDINARY: u8 = 1;
/// Listed with a capital.
#[cfg(test)]
pub(crate) const CAPITALISED: u8 = 2;

/// The key in slot `slot`, 0 past the table.
fn key_at(slot: usize) -> u64 {
    KEYS.get(8 * slot..8 * slot + 8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// The dictionary class of a word from its [`hash::lower`]: bit 1 when the
/// list has it as an ordinary word, bit 2 when it has it with a capital
/// (`ORDINARY`, `CAPITALISED`), 0 when the word is not listed.
///
/// [`hash::lower`]: super::hash::lower
pub(crate) fn class_of_lower(lower: u64) -> u8 {
    let mask = (1usize << TABLE_BITS) - 1;
    let mut slot = (lower >> (64 - TABLE_BITS)) as usize;
    // The table is under 60% full: every probe run ends at an empty slot.
    for _ in 0..=mask {
        match key_at(slot) {
            0 => return 0,
            key if key == lower => return CLASSES.get(slot).copied().unwrap_or(0),
            _ => slot = (slot + 1) & mask,
        }
    }
    0
}

/// The list's fingerprint, part of what a model is checked against.
pub(crate) fn fingerprint() -> u64 {
    WORDS_FINGERPRINT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::hash;
    use std::collections::HashMap;

    #[test]
    fn the_built_table_answers_as_a_map_of_the_list() {
        let list = include_str!("../../data/words/english_words.txt");
        let mut map: HashMap<u64, u8> = HashMap::new();
        for word in list.lines() {
            let class = if word.starts_with(char::is_uppercase) {
                CAPITALISED
            } else {
                ORDINARY
            };
            *map.entry(hash::lower(word)).or_insert(0) |= class;
        }
        assert!(map.len() > 70_000, "{}", map.len());
        for (key, class) in &map {
            assert_eq!(class_of_lower(*key), *class, "{key:#x}");
        }
        for k in 0..20_000u64 {
            let key = hash::finish(k.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            assert_eq!(class_of_lower(key), map.get(&key).copied().unwrap_or(0));
        }
        assert_eq!(fingerprint(), hash::bytes(0x0d1c, list.as_bytes()));
    }

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
