//! MinHash signatures over word 4-shingles, for near-duplicate detection.
//!
//! Words are maximal runs of alphanumeric characters, lowercased. A text's
//! shingles are its windows of [`SHINGLE_WORDS`] consecutive words (a text
//! with fewer words has one shingle of all of them). Each shingle is hashed
//! to 64 bits; the signature keeps, for each of [`SIGNATURE_LEN`] fixed hash
//! functions `h_i(x) = (a_i * x + b_i) >> 32` (odd `a_i`, seeds fixed in the
//! code), the minimum over the shingles. The share of equal positions of two
//! signatures estimates the Jaccard similarity of their shingle sets
//! (standard error ≤ 0.0625 at 64 hashes).
//!
//! Everything here is deterministic: no random seeds, no `HashMap` order.

/// Number of hash functions (and `u32` values) in a signature: 256 bytes.
pub const SIGNATURE_LEN: usize = 64;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;
/// LSH bands; `BANDS * ROWS == SIGNATURE_LEN`.
pub const BANDS: usize = 32;
/// Signature rows per LSH band.
pub const ROWS: usize = SIGNATURE_LEN / BANDS;

/// A MinHash signature. All `u32::MAX` for a text without words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signature(pub [u32; SIGNATURE_LEN]);

const fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const fn make_seeds() -> [(u64, u64); SIGNATURE_LEN] {
    let mut seeds = [(0u64, 0u64); SIGNATURE_LEN];
    let mut state: u64 = 0x6e65_7773_6d69_6c6c; // "newsmill"
    let mut i = 0;
    while i < SIGNATURE_LEN {
        state = splitmix64(state);
        let a = state | 1;
        state = splitmix64(state);
        seeds[i] = (a, state);
        i += 1;
    }
    seeds
}

const fn seed_part(first: bool) -> [u64; SIGNATURE_LEN] {
    let seeds = make_seeds();
    let mut out = [0u64; SIGNATURE_LEN];
    let mut i = 0;
    while i < SIGNATURE_LEN {
        out[i] = if first { seeds[i].0 } else { seeds[i].1 };
        i += 1;
    }
    out
}

/// The seeds' multipliers and addends apart, each in 32-bit halves (see
/// [`Signature::of_words`]).
static SEED_MULS: [u64; SIGNATURE_LEN] = seed_part(true);
static SEED_ADDS: [u64; SIGNATURE_LEN] = seed_part(false);
static MUL_LOW: [u32; SIGNATURE_LEN] = half(&SEED_MULS, 0);
static MUL_HIGH: [u32; SIGNATURE_LEN] = half(&SEED_MULS, 32);
static ADD_LOW: [u32; SIGNATURE_LEN] = half(&SEED_ADDS, 0);
static ADD_HIGH: [u32; SIGNATURE_LEN] = half(&SEED_ADDS, 32);

const fn half(values: &[u64; SIGNATURE_LEN], shift: u32) -> [u32; SIGNATURE_LEN] {
    let mut out = [0u32; SIGNATURE_LEN];
    let mut i = 0;
    while i < SIGNATURE_LEN {
        out[i] = (values[i] >> shift) as u32;
        i += 1;
    }
    out
}

/// `h_i(x)`: the high half of `a_i * x + b_i` (mod 2^64).
#[cfg(test)]
fn hash_value(i: usize, shingle: u64) -> u32 {
    (SEED_MULS[i]
        .wrapping_mul(shingle)
        .wrapping_add(SEED_ADDS[i])
        >> 32) as u32
}

/// FNV-1a 64 of the lowercased word's UTF-8 bytes (no allocation).
fn word_hash(word: &str) -> u64 {
    let mut hash = newsmill_types::Fnv1a::default();
    // Most words are ASCII: their lowercase bytes are the same bytes the
    // character loop below would feed, without decoding.
    if word.is_ascii() {
        for &byte in word.as_bytes() {
            hash.update(&[byte.to_ascii_lowercase()]);
        }
        return hash.value();
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        hash.update(c.encode_utf8(&mut buf).as_bytes());
    }
    hash.value()
}

/// The words of a text as hashes, in order.
pub fn word_hashes(text: &str) -> Vec<u64> {
    text.split(|c: char| !newsmill_types::chars::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(word_hash)
        .collect()
}

/// Hash of the whole word sequence: equal for texts with the same words in
/// the same order, whatever their case, punctuation or spacing.
pub fn words_fingerprint(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(0x1234_5678_9abc_def0, |acc, &w| splitmix64(acc ^ w))
}

/// [`Signature::of_words`] for a CPU with AVX2 (calling it elsewhere is
/// undefined behaviour, hence `unsafe` at the call).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn of_words_avx2(words: &[u64]) -> Signature {
    signature_of_words(words)
}

/// The minima of the hash functions over the shingles of `words`.
#[inline(always)]
fn signature_of_words(words: &[u64]) -> Signature {
    let mut mins = [u32::MAX; SIGNATURE_LEN];
    if words.is_empty() {
        return Signature(mins);
    }
    let width = SHINGLE_WORDS.min(words.len());
    for window in words.windows(width) {
        let shingle = window.iter().fold(0u64, |acc, &w| splitmix64(acc ^ w));
        let (x_low, x_high) = (shingle as u32, (shingle >> 32) as u32);
        // h_i in 32-bit halves, so that the loop vectorises without
        // 64-bit vector multiplies (which x86-64 lacks before AVX-512):
        // a*x + b = al*xl + bl + 2^32 (al*xh + ah*xl + bh) mod 2^64,
        // and al*xl + bl cannot overflow 64 bits.
        for i in 0..SIGNATURE_LEN {
            let low = u64::from(MUL_LOW[i]) * u64::from(x_low) + u64::from(ADD_LOW[i]);
            let value = ((low >> 32) as u32)
                .wrapping_add(MUL_LOW[i].wrapping_mul(x_high))
                .wrapping_add(MUL_HIGH[i].wrapping_mul(x_low))
                .wrapping_add(ADD_HIGH[i]);
            mins[i] = mins[i].min(value);
        }
    }
    Signature(mins)
}

impl Signature {
    /// The signature of a text with no words.
    pub const EMPTY: Signature = Signature([u32::MAX; SIGNATURE_LEN]);

    /// Signature of a text.
    pub fn of_text(text: &str) -> Self {
        Self::of_words(&word_hashes(text))
    }

    /// Signature of a word-hash sequence (see `word_hashes`).
    pub fn of_words(words: &[u64]) -> Self {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // The same loop compiled for eight 32-bit lanes and a 32-bit
            // vector multiply (SSE2, the baseline, has neither): about a
            // twentieth of a whole run's instructions went here.
            #[allow(unsafe_code)]
            // SAFETY: the CPU has AVX2, checked just above.
            return unsafe { of_words_avx2(words) };
        }
        signature_of_words(words)
    }

    /// True for the signature of a text without words.
    pub fn is_empty(&self) -> bool {
        *self == Self::EMPTY
    }

    /// Estimated Jaccard similarity of the two shingle sets (0..=1); 0 when
    /// either text had no words.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let equal = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        equal as f64 / SIGNATURE_LEN as f64
    }

    /// The LSH key of band `band` (0..BANDS).
    pub fn band_key(&self, band: usize) -> u64 {
        let rows = &self.0[band * ROWS..(band + 1) * ROWS];
        rows.iter().fold(splitmix64(band as u64), |acc, &v| {
            splitmix64(acc ^ u64::from(v))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hashes_are_fnv1a_of_the_lowercase_word() {
        // FNV-1a 64 of "hello", as published for the algorithm.
        assert_eq!(word_hash("hello"), 0xa430_d846_80aa_bd0b);
        assert_eq!(word_hash("HeLLo"), 0xa430_d846_80aa_bd0b);
        // Outside ASCII the character path lowercases as Unicode does.
        assert_eq!(word_hash("ÉMILE"), word_hash("émile"));
        assert_eq!(
            word_hash("émile"),
            newsmill_types::Fnv1a::hash("émile".as_bytes())
        );
        // Every ASCII character: the fast path feeds what the character
        // path would.
        for byte in 0u8..128 {
            let word = format!("a{}Z", char::from(byte));
            let lower: String = word.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(
                word_hash(&word),
                newsmill_types::Fnv1a::hash(lower.as_bytes())
            );
        }
    }

    #[test]
    fn signature_holds_the_least_hash_value_of_each_function() {
        // The signature loop computes h_i in 32-bit halves; here each h_i
        // is the plain 64-bit formula, over shingles with every kind of
        // carry between the halves.
        let words: Vec<u64> = (0..40u64)
            .map(|k| splitmix64(k).wrapping_mul(k | 1) ^ (u64::MAX << (k % 64)))
            .collect();
        let mut expected = [u32::MAX; SIGNATURE_LEN];
        for window in words.windows(SHINGLE_WORDS) {
            let shingle = window.iter().fold(0u64, |acc, &w| splitmix64(acc ^ w));
            for (i, min) in expected.iter_mut().enumerate() {
                *min = (*min).min(hash_value(i, shingle));
            }
        }
        assert_eq!(Signature::of_words(&words).0, expected);
        // Both builds of the loop, whichever of them `of_words` takes here.
        assert_eq!(signature_of_words(&words).0, expected);
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            #[allow(unsafe_code)]
            // SAFETY: the CPU has AVX2, checked just above.
            let vector = unsafe { of_words_avx2(&words) };
            assert_eq!(vector.0, expected);
        } else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI's machines have AVX2: the vector build must be tested there"
            );
        }
        // A one-word text: its one shingle is splitmix64 of the word.
        for word in [0, u64::MAX, 1 << 32, (1 << 32) - 1, 0x8000_0000_8000_0000] {
            let got = Signature::of_words(&[word]);
            let mut from_hash = [0u32; SIGNATURE_LEN];
            let single = splitmix64(word);
            for (i, value) in from_hash.iter_mut().enumerate() {
                *value = hash_value(i, single);
            }
            assert_eq!(got.0, from_hash, "{word:#x}");
        }
    }

    #[test]
    fn identical_texts_have_identical_signatures() {
        let a = Signature::of_text("The quick brown fox jumps over the lazy dog.");
        let b = Signature::of_text("the QUICK brown fox, jumps over the lazy dog");
        assert_eq!(a, b);
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn unrelated_texts_are_dissimilar() {
        let a = Signature::of_text(
            "Negotiations over a new ceasefire continued over the past days but remain deadlocked",
        );
        let b = Signature::of_text(
            "The central bank raised interest rates by a quarter point on Tuesday afternoon",
        );
        assert!(a.similarity(&b) < 0.2, "{}", a.similarity(&b));
    }

    #[test]
    fn empty_text() {
        assert!(Signature::of_text(" ,.; ").is_empty());
        assert_eq!(Signature::EMPTY.similarity(&Signature::EMPTY), 0.0);
        assert!(!Signature::of_text("one").is_empty());
    }

    #[test]
    fn fingerprint_ignores_case_and_punctuation() {
        assert_eq!(
            words_fingerprint(&word_hashes("Hello, World!")),
            words_fingerprint(&word_hashes("hello world"))
        );
        assert_ne!(
            words_fingerprint(&word_hashes("hello world")),
            words_fingerprint(&word_hashes("world hello"))
        );
    }
}
