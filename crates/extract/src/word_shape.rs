//! Tables for pre-tests on a word's first letter and length, for checks
//! that run on every token or every tagged name but can only match a short
//! list of words: built from the list when compiling, a table says in one
//! look-up whether any listed word opens with the same letter and has as
//! many bytes, and most words then need no comparison with the list.

/// For each lower-case ASCII first letter, bit `n` set when a word of
/// `words` of `n` bytes opens with it. Every listed word must be non-empty,
/// open with a lower-case ASCII letter and have fewer than 32 bytes (the
/// build stops otherwise).
pub(crate) const fn first_letter_lengths(words: &[&str]) -> [u32; 26] {
    let mut table = [0u32; 26];
    let mut k = 0;
    while k < words.len() {
        let word = words[k].as_bytes();
        assert!(!word.is_empty() && word.len() < 32 && word[0].is_ascii_lowercase());
        table[(word[0] - b'a') as usize] |= 1 << word.len();
        k += 1;
    }
    table
}

/// The tables of two lists of words (from [`first_letter_lengths`]) as
/// one: a word has the shape of one of them when it has this table's.
pub(crate) const fn either_lengths(a: [u32; 26], b: [u32; 26]) -> [u32; 26] {
    let mut table = [0u32; 26];
    let mut k = 0;
    while k < 26 {
        table[k] = a[k] | b[k];
        k += 1;
    }
    table
}

/// Whether a word holds a hyphen. Words are a few bytes long: a loop kept
/// inline is cheaper than `contains`, whose memchr call and set-up cost
/// more than the word (asked for most tokens of every article).
#[allow(clippy::manual_contains)]
pub(crate) fn has_hyphen(word: &[u8]) -> bool {
    word.iter().any(|&b| b == b'-')
}

/// A set of words or phrases read from a list when first used, with the
/// same pre-test kept per first byte: bit `min(n, 63)` set when an entry of
/// `n` bytes opens with that byte. A look-up whose first byte and length no
/// entry shares answers without hashing; the answer is always the set's.
#[derive(Debug, Clone)]
pub(crate) struct ShapedSet<T> {
    shapes: Box<[u64; 256]>,
    entries: std::collections::HashSet<T, newsmill_types::BuildMapHasher>,
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl<T: std::borrow::Borrow<str> + std::hash::Hash + Eq> ShapedSet<T> {
    pub(crate) fn contains(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&first) if self.shapes[usize::from(first)] & length_bit(word.len()) == 0 => false,
            _ => self.entries.contains(word),
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.entries.iter()
    }
}

impl<T: std::borrow::Borrow<str> + std::hash::Hash + Eq> FromIterator<T> for ShapedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(entries: I) -> Self {
        let mut shapes = Box::new([0u64; 256]);
        let entries: std::collections::HashSet<T, newsmill_types::BuildMapHasher> =
            entries.into_iter().collect();
        for entry in &entries {
            let entry: &str = entry.borrow();
            if let Some(&first) = entry.as_bytes().first() {
                shapes[usize::from(first)] |= length_bit(entry.len());
            }
        }
        ShapedSet { shapes, entries }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shaped_set_answers_as_its_entries() {
        let long = "a".repeat(70);
        let set: ShapedSet<&str> = ["Apple", "Galaxy Tab", "", "É", long.as_str()]
            .into_iter()
            .collect();
        for (word, listed) in [
            ("Apple", true),
            ("Galaxy Tab", true),
            ("", true),
            ("É", true),
            (long.as_str(), true),
            ("Apply", false),
            ("Apples", false),
            ("apple", false),
            ("G", false),
            (&"a".repeat(69), false),
            ("Éa", false),
        ] {
            assert_eq!(set.contains(word), listed, "{word:?}");
        }
    }

    #[test]
    fn each_word_sets_the_bit_of_its_first_letter_and_length() {
        let table = first_letter_lengths(&["two", "ten", "eleven", "a"]);
        assert_eq!(table[usize::from(b't' - b'a')], 1 << 3);
        assert_eq!(table[usize::from(b'e' - b'a')], 1 << 6);
        assert_eq!(table[0], 1 << 1);
        assert_eq!(table.iter().filter(|&&bits| bits != 0).count(), 3);
    }
}
