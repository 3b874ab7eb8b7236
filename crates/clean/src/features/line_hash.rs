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

    /// ASCII letters and digits only, in chunks of eight bytes, a short
    /// last chunk padded with spaces: `| 0x20` lower-cases letters and
    /// leaves digits (and the padding) alone.
    fn push_ascii(&mut self, run: &[u8]) {
        let mut chunks = run.chunks_exact(8);
        for chunk in chunks.by_ref() {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word) | SPACES);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // Byte by byte rather than `copy_from_slice`, which calls
            // `memcpy` for a length not known when compiling.
            let mut word = [0x20u8; 8];
            for (to, &from) in word.iter_mut().zip(rest) {
                *to = from;
            }
            self.mix(u64::from_le_bytes(word) | SPACES);
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

/// A byte of 0x20 (space) in every lane of a word.
const SPACES: u64 = 0x2020_2020_2020_2020;

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as first written (runs gathered a character at a time,
    /// each chunk padded with `copy_from_slice`): the code must give the
    /// same values, since template counts and files made by earlier
    /// versions hold them.
    fn byte_at_a_time(line: &str) -> u64 {
        let mut hash = LineHash::new();
        let mut run = Vec::new();
        for c in line.chars() {
            if c.is_ascii_alphanumeric() {
                run.push(c as u8);
                continue;
            }
            for chunk in run.chunks(8) {
                let mut buf = [0x20u8; 8];
                buf[..chunk.len()].copy_from_slice(chunk);
                hash.mix(u64::from_le_bytes(buf) | 0x2020_2020_2020_2020);
            }
            run.clear();
            if !c.is_ascii() && newsmill_types::chars::is_alphanumeric(c) {
                hash.push_char(c);
            }
        }
        for chunk in run.chunks(8) {
            let mut buf = [0x20u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            hash.mix(u64::from_le_bytes(buf) | 0x2020_2020_2020_2020);
        }
        hash.finish()
    }

    #[test]
    fn the_hash_is_the_one_computed_a_byte_at_a_time() {
        let pieces = [
            "a",
            "Z",
            "0",
            "9",
            " ",
            "  ",
            "-",
            "'",
            "@",
            "`",
            "[",
            "{",
            "/",
            ":",
            "\t",
            "é",
            "Ü",
            "ß",
            "Σ",
            "中文",
            "İ",
            "😀",
            "\u{301}",
            "share",
            "SHARE",
            "Follow us",
            "2024",
            "abcdefgh",
            "ABCDEFGHIJ",
            "x1y2z3w4v5",
            "—",
            "’",
            "\u{a0}",
        ];
        let mut rng = newsmill_testkit::Rng::new(58);
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..1 + rng.below(12) {
                line.push_str(rng.pick(&pieces));
            }
            assert_eq!(norm_hash(&line), byte_at_a_time(&line), "{line:?}");
        }
    }

    #[test]
    fn real_page_lines_hash_as_computed_a_byte_at_a_time() {
        let dir = newsmill_testkit::seeds_dir().join("../cleaning-dev/input");
        let mut lines = 0;
        for entry in std::fs::read_dir(&dir).expect("the dev pages") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a page");
            for line in text.lines() {
                assert_eq!(norm_hash(line), byte_at_a_time(line), "{line:?}");
                lines += 1;
            }
        }
        assert!(lines > 5_000, "{lines} lines");
    }
}
