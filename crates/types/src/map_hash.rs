//! A hasher for in-memory hash maps keyed by words and short names.
//!
//! [`Fnv1a`](crate::Fnv1a) mixes one byte at a time: a serial multiply per
//! byte, which made hashing the largest single cost of the rule stages'
//! word look-ups. [`MapHasher`] mixes eight bytes at a time and folds the
//! state once at the end. Its values are not stable across versions and are
//! never written to output; anything written out uses `Fnv1a`.
//!
//! ```
//! use newsmill_types::BuildMapHasher;
//! use std::collections::HashMap;
//!
//! let mut counts: HashMap<&str, u32, BuildMapHasher> = HashMap::default();
//! *counts.entry("Gaza").or_default() += 1;
//! *counts.entry("Gaza").or_default() += 1;
//! assert_eq!(counts["Gaza"], 2);
//! ```

use std::hash::{BuildHasherDefault, Hasher};

/// An odd multiplier with well-spread bits (2^64 divided by the golden ratio).
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
/// A second odd multiplier for the final fold.
const FOLD: u64 = 0xd6e8_feb8_6659_fd93;

/// Word-at-a-time hasher state; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct MapHasher(u64);

impl MapHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(MULTIPLIER).rotate_left(29);
    }
}

impl Hasher for MapHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length in the top byte keeps "ab" apart from "ab\0".
            self.mix(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 56));
        }
    }
    #[inline]
    fn write_u8(&mut self, value: u8) {
        self.mix(u64::from(value));
    }
    #[inline]
    fn write_u32(&mut self, value: u32) {
        self.mix(u64::from(value));
    }
    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }
    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.mix(value as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // A full-width multiply folded onto itself, so that the low bits
        // (the bucket index) depend on every input bit, as do the high bits
        // (the hash map's control tags).
        let product = u128::from(self.0) * u128::from(FOLD);
        (product as u64) ^ ((product >> 64) as u64)
    }
}

/// Builds [`MapHasher`]s for `HashMap`/`HashSet`.
pub type BuildMapHasher = BuildHasherDefault<MapHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::{BuildHasher, Hash};

    fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
        BuildMapHasher::default().hash_one(value)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_apart() {
        assert_eq!(hash_of("Jerusalem"), hash_of(&String::from("Jerusalem")));
        assert_ne!(hash_of("ab"), hash_of("ab\0"));
        assert_ne!(hash_of("Gaza"), hash_of("gaza"));
        assert_ne!(hash_of("abcdefgh"), hash_of("abcdefghi"));
        assert_ne!(hash_of(&(1u8, "a")), hash_of(&(2u8, "a")));
    }

    #[test]
    fn words_spread_over_buckets_and_tags() {
        // 20,000 distinct words: the low 12 bits (buckets of a large map)
        // and the top 7 bits (control tags) must each take nearly every
        // value, and no two words share a whole hash.
        let words: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        let hashes: Vec<u64> = words.iter().map(|w| hash_of(w.as_str())).collect();
        let distinct: HashSet<u64> = hashes.iter().copied().collect();
        assert_eq!(distinct.len(), words.len());
        let low: HashSet<u64> = hashes.iter().map(|h| h & 0xfff).collect();
        assert!(low.len() > 3900, "{} of 4096 low values", low.len());
        let top: HashSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert_eq!(top.len(), 128);
    }
}
