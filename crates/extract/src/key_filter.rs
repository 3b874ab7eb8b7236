//! A bitmap in front of a set of hash keys that answers most "is it there?"
//! questions without the set.
//!
//! The name lists and the training data's entity strings are looked up at
//! every token, as the first word of a possible name. Three tokens in four
//! open no name, and for each the hash tables (hundreds of kilobytes, far
//! from the cache) answered "no" after one or two misses. A bit per key in
//! 32 KiB answers that "no" from the cache.

/// log2 of the bits: 32 KiB, for the tens of thousands of keys these sets
/// hold (a key absent from them passes with odds of about one in twenty).
const BITS_LOG2: u32 = 18;

/// Which bits of a key's mix pick its place: the top ones.
const SHIFT: u32 = 64 - BITS_LOG2;

/// A superset of a set of `u64` keys: [`KeyFilter::may_contain`] is true
/// for every key inserted, and for a few others.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct KeyFilter {
    words: Vec<u64>,
}

impl Default for KeyFilter {
    fn default() -> KeyFilter {
        KeyFilter {
            words: vec![0; 1 << (BITS_LOG2 - 6)],
        }
    }
}

impl std::fmt::Debug for KeyFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.words.iter().map(|w| w.count_ones()).sum();
        write!(f, "KeyFilter({set} of {} bits set)", 1u64 << BITS_LOG2)
    }
}

impl KeyFilter {
    /// The bit of `key`. The keys are hashes already, but of sequences
    /// built up a token at a time, so they are mixed once more.
    #[inline(always)]
    fn place(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> SHIFT) as usize
    }

    pub(crate) fn insert(&mut self, key: u64) {
        let bit = Self::place(key);
        if let Some(word) = self.words.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// False only when `key` was never inserted.
    #[inline(always)]
    pub(crate) fn may_contain(&self, key: u64) -> bool {
        let bit = Self::place(key);
        self.words
            .get(bit / 64)
            .is_none_or(|word| word & (1 << (bit % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inserted_key_may_be_there_and_most_others_are_not() {
        let mut filter = KeyFilter::default();
        let keys: Vec<u64> = (0..20_000u64)
            .map(|k| k.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0x5bd1_e995)
            .collect();
        for &k in &keys {
            filter.insert(k);
        }
        assert!(keys.iter().all(|&k| filter.may_contain(k)));
        let others = (1_000_000..1_100_000u64).filter(|&k| filter.may_contain(k));
        // About 7% of the bits are set.
        let passed = others.count();
        assert!(passed < 10_000, "{passed} of 100000 absent keys passed");
        assert!(!KeyFilter::default().may_contain(keys[0]));
    }
}
