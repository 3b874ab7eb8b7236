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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_sets_the_bit_of_its_first_letter_and_length() {
        let table = first_letter_lengths(&["two", "ten", "eleven", "a"]);
        assert_eq!(table[usize::from(b't' - b'a')], 1 << 3);
        assert_eq!(table[usize::from(b'e' - b'a')], 1 << 6);
        assert_eq!(table[0], 1 << 1);
        assert_eq!(table.iter().filter(|&&bits| bits != 0).count(), 3);
    }
}
