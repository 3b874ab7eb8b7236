//! FNV-1a 64: the stable hash every stage shares (content hashes, word
//! hashes, line hashes). Stable across platforms and versions, since some of
//! its values are written to output. Hash maps use the faster
//! [`MapHasher`](crate::MapHasher), whose values are never written.

use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a state; also a [`Hasher`] for hash maps keyed by short strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(OFFSET)
    }
}

impl Fnv1a {
    /// Mix in `bytes`.
    #[inline]
    pub fn update(&mut self, bytes: &[u8]) {
        let mut hash = self.0;
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
        self.0 = hash;
    }

    #[inline]
    pub fn value(&self) -> u64 {
        self.0
    }

    /// The hash of `bytes`.
    pub fn hash(bytes: &[u8]) -> u64 {
        let mut state = Fnv1a::default();
        state.update(bytes);
        state.0
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

/// Builds [`Fnv1a`] hashers for `HashMap`/`HashSet`.
pub type BuildFnv1a = BuildHasherDefault<Fnv1a>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(Fnv1a::hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv1a::hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fnv1a::hash(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn streaming_equals_one_shot() {
        let mut state = Fnv1a::default();
        state.update(b"foo");
        state.update(b"bar");
        assert_eq!(state.value(), Fnv1a::hash(b"foobar"));
    }
}
