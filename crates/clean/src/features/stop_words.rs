//! Stop words: the table every word of a line is looked up in, and the
//! word being read while a line is scanned.

use super::Features;
use std::sync::LazyLock;

/// Stop words packed into integers (bytes little-endian, at most
/// `MAX_STOP_BYTES`) in an open-addressing table: a lookup is a multiply
/// and a compare or two, which matters because every word is looked up.
pub(super) struct StopTable {
    slots: Vec<u128>,
    mask: usize,
    /// The keys of at most seven bytes again, as `u64`s in a table a
    /// quarter the size: the lookup of almost every word stays in cache.
    short: Vec<u64>,
    /// Bit `len` of entry `first & 31` is set when some stop word of that
    /// byte length starts with a byte equal to `first` modulo 32: most
    /// words are rejected by this before any hashing.
    shapes: [u16; 32],
}

const TABLE_BITS: u32 = 11;
const SHORT_BITS: u32 = 11;

fn pack(bytes: &[u8]) -> u128 {
    bytes
        .iter()
        .enumerate()
        .fold(bytes.len() as u128, |acc, (i, b)| {
            acc | (u128::from(*b) << (8 * (i + 1)))
        })
}

fn short_slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_BITS)) as usize
}

fn slot_of(key: u128) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
}

impl StopTable {
    fn build(words: impl Iterator<Item = &'static str>) -> StopTable {
        let size = 1usize << TABLE_BITS;
        let mut slots = vec![0u128; size];
        for w in words.filter(|w| !w.is_empty() && w.len() <= MAX_STOP_BYTES) {
            let key = pack(w.as_bytes());
            let mut i = slot_of(key);
            while slots[i] != 0 && slots[i] != key {
                i = (i + 1) & (size - 1);
            }
            slots[i] = key;
        }
        let mut short = vec![0u64; 1 << SHORT_BITS];
        for key in slots.iter().filter_map(|k| u64::try_from(*k).ok()) {
            if key == 0 {
                continue;
            }
            let mut i = short_slot_of(key);
            while short[i] != 0 && short[i] != key {
                i = (i + 1) & (short.len() - 1);
            }
            short[i] = key;
        }
        let mut shapes = [0u16; 32];
        for key in slots.iter().filter(|k| **k != 0) {
            let len = (*key & 0xff) as u32;
            let first = ((*key >> 8) & 0x1f) as usize;
            shapes[first] |= 1 << len;
        }
        StopTable {
            slots,
            mask: size - 1,
            short,
            shapes,
        }
    }

    /// Cheap pre-test on a lower-cased ASCII word's first byte and length.
    fn may_contain(&self, first: u8, len: usize) -> bool {
        len < 16 && self.shapes[usize::from(first & 0x1f)] & (1 << len) != 0
    }

    /// `contains` for a key of at most seven bytes (high half zero).
    fn contains_short(&self, key: u64) -> bool {
        let mask = self.short.len() - 1;
        let mut i = short_slot_of(key);
        // The first probe settles almost every lookup, without a branch on
        // the answer (as unpredictable as whether a word is a stop word).
        let first = self.short.get(i).copied().unwrap_or(0);
        if (first != key) & (first != 0) {
            i = (i + 1) & mask;
        } else {
            return first == key;
        }
        loop {
            match self.short.get(i) {
                Some(&k) if k == key => return true,
                Some(&0) | None => return false,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    fn contains(&self, key: u128) -> bool {
        let mut i = slot_of(key);
        loop {
            match self.slots.get(i) {
                Some(&k) if k == key => return true,
                Some(&0) | None => return false,
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

pub(super) static STOP_WORDS: LazyLock<StopTable> = LazyLock::new(|| {
    StopTable::build(
        include_str!("../../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
});

/// Words longer than this (in UTF-8 bytes, lower-cased) are never stop
/// words, so they are not looked up.
pub(super) const MAX_STOP_BYTES: usize = 12;

/// The word being read: its byte range in the line. The stop-word key is
/// only built at the end, and only for words whose length and first
/// letter some stop word has.
#[derive(Default)]
pub(super) struct Word {
    start: usize,
    end: usize,
    ascii: bool,
    capital: bool,
    pub(super) open: bool,
}

impl Word {
    #[inline]
    pub(super) fn start(&mut self, at: usize, capital: bool) {
        self.start = at;
        self.end = at;
        self.ascii = true;
        self.capital = capital;
        self.open = true;
    }

    #[inline]
    pub(super) fn extend(&mut self, end: usize, ascii: bool) {
        self.end = end;
        self.ascii &= ascii;
    }

    #[inline(always)]
    pub(super) fn finish(&mut self, f: &mut Features, stops: &StopTable, line: &str) {
        if !self.open {
            return;
        }
        self.open = false;
        f.words += 1;
        f.capital_words += u32::from(self.capital);
        let len = self.end.saturating_sub(self.start);
        if len == 0 || len > MAX_STOP_BYTES {
            return;
        }
        let key = if self.ascii {
            let Some(bytes) = line.as_bytes().get(self.start..self.end) else {
                return;
            };
            if len <= 7 {
                // Most words: the whole key fits in 64 bits.
                let word = match line.as_bytes().get(self.start..self.start + 8) {
                    Some(chunk) => {
                        let mut buf = [0u8; 8];
                        buf.copy_from_slice(chunk);
                        u64::from_le_bytes(buf)
                    }
                    None => bytes
                        .iter()
                        .rev()
                        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b)),
                };
                let letters_mask = (1u64 << (8 * len)) - 1;
                let key = (((word & letters_mask) | (letters_mask & 0x2020_2020_2020_2020)) << 8)
                    | len as u64;
                f.stop_words += u32::from(stops.contains_short(key));
                return;
            }
            if !stops.may_contain(bytes[0] | 0x20, len) {
                return;
            }
            // Length in byte 0, the letters lower-cased in bytes 1..=len.
            // One 16-byte load when the line has room (no memcpy call).
            let letters_mask = (1u128 << (8 * len)) - 1;
            let word = match line.as_bytes().get(self.start..self.start + 16) {
                Some(chunk) => {
                    let mut buf = [0u8; 16];
                    buf.copy_from_slice(chunk);
                    u128::from_le_bytes(buf) & letters_mask
                }
                None => bytes
                    .iter()
                    .rev()
                    .fold(0u128, |acc, b| (acc << 8) | u128::from(*b)),
            };
            ((word | (letters_mask & 0x2020_2020_2020_2020_2020_2020_2020_2020)) << 8) | len as u128
        } else {
            let Some(raw) = line.get(self.start..self.end) else {
                return;
            };
            let mut buf = [0u8; MAX_STOP_BYTES];
            let mut len = 0;
            for lc in raw.chars().flat_map(char::to_lowercase) {
                let mut tmp = [0u8; 4];
                let enc = lc.encode_utf8(&mut tmp).as_bytes();
                if len + enc.len() > MAX_STOP_BYTES {
                    return;
                }
                buf[len..len + enc.len()].copy_from_slice(enc);
                len += enc.len();
            }
            pack(&buf[..len])
        };
        if stops.contains(key) {
            f.stop_words += 1;
        }
    }
}
