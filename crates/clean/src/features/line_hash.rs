//! Lines compared without case, spacing or punctuation: a stable hash and
//! an equality.

use super::{ALNUM, CLASS};

/// Running state of the line hash. Letters and digits are mixed in
/// chunks of up to eight lower-cased bytes (per word run), so the hash
/// ignores case, spacing and punctuation between words.
struct LineHash {
    h: u64,
    any: bool,
}

impl LineHash {
    fn new() -> Self {
        LineHash {
            h: newsmill_types::Fnv1a::default().value(),
            any: false,
        }
    }

    fn mix(&mut self, w: u64) {
        self.any = true;
        self.h = (self.h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    /// ASCII letters and digits only: `| 0x20` lower-cases letters and
    /// leaves digits alone.
    fn push_ascii(&mut self, run: &[u8]) {
        for chunk in run.chunks(8) {
            let mut buf = [0x20u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(buf) | 0x2020_2020_2020_2020);
        }
    }

    fn push_char(&mut self, c: char) {
        for lc in c.to_lowercase() {
            self.mix(u64::from(u32::from(lc)) << 8 | 0xff);
        }
    }

    fn finish(self) -> u64 {
        if self.any {
            self.h.max(1)
        } else {
            0
        }
    }
}

/// Hash of the line's letters and digits, lower-cased: lines that differ
/// only in case, spacing or punctuation hash the same. Stable across runs
/// (template counts from different shards must agree).
pub(crate) fn norm_hash(line: &str) -> u64 {
    let mut hash = LineHash::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let start = i;
            while i < bytes.len() && bytes[i] < 0x80 && CLASS[usize::from(bytes[i])] & ALNUM != 0 {
                i += 1;
            }
            if i > start {
                hash.push_ascii(&bytes[start..i]);
            } else {
                i += 1;
            }
            continue;
        }
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if newsmill_types::chars::is_alphanumeric(c) {
            hash.push_char(c);
        }
    }
    hash.finish()
}

/// The lower-cased letters and digits of `s`, for comparisons that ignore
/// case and punctuation.
pub(crate) fn norm_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| newsmill_types::chars::is_alphanumeric(c))
        .flat_map(char::to_lowercase)
}

pub(crate) fn norm_eq(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        // ASCII: the same comparison without Unicode case tables.
        fn norm(s: &str) -> impl Iterator<Item = u8> + '_ {
            s.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase())
        }
        return norm(a).eq(norm(b));
    }
    norm_chars(a).eq(norm_chars(b))
}
