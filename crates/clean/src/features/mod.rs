//! Per-line text features: how much prose a line carries and in which script.

// The line scan's helpers in these modules are marked `#[inline]`: the
// scan runs for every line, and without the mark they would not be inlined
// across codegen units (70.3 M instructions a pass over the dev pages with
// it, 71.0 M without; `benches/clean_instructions.sh`).
mod line_hash;
mod links;
mod script;
mod sentence_end;
mod stop_words;

pub(crate) use line_hash::{norm_eq, norm_hash};
pub(crate) use script::{Script, SCRIPTS};
pub(crate) use sentence_end::{ends_like_sentence, is_closing_mark, is_opening_mark};

use links::{has_link, has_link_marked};
use script::script_of;
use std::collections::HashSet;
use stop_words::{Word, STOP_WORDS};

/// The word-at-a-time map hasher: the keys here are short words and line
/// hashes, and nothing hashed by it is written out (template counts are
/// sorted before they are).
pub(crate) type MapBuild = newsmill_types::BuildMapHasher;
pub(crate) type MapSet<T> = HashSet<T, MapBuild>;

/// What the classifier needs to know about one line's text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Features {
    /// Characters, not bytes.
    pub chars: u32,
    /// Visible "amount of text": non-space characters, CJK counted twice
    /// because one CJK character carries about a word's worth.
    pub weight: u32,
    pub words: u32,
    pub stop_words: u32,
    /// Words that start with an upper-case letter.
    pub capital_words: u32,
    pub letters: u32,
    pub digits: u32,
    /// Letters per script.
    pub scripts: [u32; SCRIPTS],
    /// Ends like a sentence (. ! ? … closing quote or bracket, colon).
    pub terminal: bool,
    /// Looks like it contains a URL, e-mail address or @handle.
    pub link: bool,
}

impl Features {
    pub fn stop_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stop_words as f32 / self.words as f32
        }
    }

    /// Letters of the line's own dominant script.
    pub fn script(&self) -> Option<(Script, u32)> {
        Script::dominant(&self.scripts)
    }

    /// Prose in a script without a stop-word list (Korean, Chinese, ...)
    /// cannot be judged by stop words, so the ratio test is waived there.
    /// A language missing from the list still writes long lines of mostly
    /// lower-case words, which menus, share bars and headline lists (short,
    /// capitalised) do not: that needs no list at all.
    pub fn prose_like(&self) -> bool {
        let latin_or_cyr =
            self.scripts[Script::Latin as usize] + self.scripts[Script::Cyrillic as usize];
        if latin_or_cyr * 2 < self.letters {
            return self.words >= 3 || self.weight >= 30;
        }
        (self.words >= 5 && self.stop_ratio() >= 0.12)
            || (self.words >= MIN_UNLISTED_PROSE_WORDS && self.capital_words * 3 <= self.words)
    }
}

/// Words a line needs to pass as prose on its case pattern alone, without
/// stop words: more than a headline or a menu row carries.
const MIN_UNLISTED_PROSE_WORDS: u32 = 12;

const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
const UPPER: u8 = 4;
const SPACE: u8 = 8;

/// Character classes of ASCII bytes.
static CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM
        } else if c.is_ascii_whitespace() {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Compute the features of `line` (already trimmed). One pass, no
/// allocation, with an ASCII fast path (most bytes of most pages).
pub(crate) fn features(line: &str) -> Features {
    // Long paragraphs are judged on a prefix: ratios (stop words, scripts)
    // are stable after a few dozen words, and the counts are scaled to the
    // whole line. This bounds the per-line cost.
    let scan = if line.len() <= MAX_SCAN_BYTES {
        line
    } else {
        let mut end = MAX_SCAN_BYTES;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        &line[..end]
    };
    let (mut f, marks) = scan_features(scan);
    if scan.len() < line.len() {
        let rest = &line.as_bytes()[scan.len()..];
        let rest_chars = rest.iter().filter(|b| (**b & 0xC0) != 0x80).count() as u64;
        let scanned = u64::from(f.chars.max(1));
        let scale = |n: u32| -> u32 {
            (u64::from(n) + u64::from(n) * rest_chars / scanned).min(u64::from(u32::MAX)) as u32
        };
        f.weight = scale(f.weight);
        f.words = scale(f.words);
        f.stop_words = scale(f.stop_words);
        f.capital_words = scale(f.capital_words);
        f.letters = scale(f.letters);
        f.digits = scale(f.digits);
        for n in f.scripts.iter_mut() {
            *n = scale(*n);
        }
        f.chars = f
            .chars
            .saturating_add(rest_chars.min(u64::from(u32::MAX)) as u32);
        f.terminal = ends_like_sentence(line);
        f.link = has_link(line);
    } else {
        f.link = has_link_marked(line, marks);
    }
    f
}

/// Punctuation seen by `scan_features`, for `has_link` without searching
/// the line again.
const MARK_SLASH: u8 = 1;
const MARK_AT: u8 = 2;
/// "www." somewhere in the line.
const MARK_WWW: u8 = 4;

/// Bytes of a line that `features` reads in full.
const MAX_SCAN_BYTES: usize = 256;

fn scan_features(line: &str) -> (Features, u8) {
    let stops = &*STOP_WORDS;
    let mut f = Features::default();
    let mut word = Word::default();
    let mut marks = 0u8;
    let mut latin = 0u32;
    let mut ascii_chars = 0u32;
    let bytes = line.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            let class = CLASS[usize::from(b)];
            if class & ALNUM != 0 {
                // A run of ASCII letters and digits, handled at once.
                let start = i;
                let digits = ascii_alnum_run(bytes, &mut i);
                let len = (i - start) as u32;
                ascii_chars += len;
                f.weight += len;
                f.digits += digits;
                latin += len - digits;
                if !word.open {
                    word.start(start, class & UPPER != 0);
                }
                word.extend(i, true);
                // The usual next byte, a space, ends the word here (as the
                // non-alphanumeric branch below would).
                if bytes.get(i) == Some(&b' ') {
                    i += 1;
                    ascii_chars += 1;
                    word.finish(&mut f, stops, line);
                }
                continue;
            }
            i += 1;
            ascii_chars += 1;
            word.finish(&mut f, stops, line);
            if class & SPACE == 0 {
                f.weight += 1;
                match b {
                    b'/' => marks |= MARK_SLASH,
                    b'@' => marks |= MARK_AT,
                    b'.' if i >= 4 && bytes.get(i - 4..i - 1) == Some(b"www") => {
                        marks |= MARK_WWW;
                    }
                    _ => {}
                }
            }
            continue;
        }
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        f.chars += 1;
        let u = u32::from(c);
        if (0x2000..=0x206F).contains(&u) {
            // General punctuation (curly quotes, dashes, ellipsis): common
            // in prose and never a letter; skip the Unicode table lookups.
            word.finish(&mut f, stops, line);
            if !c.is_whitespace() {
                f.weight += 1;
            }
            continue;
        }
        if (0x0400..=0x045F).contains(&u) {
            // The basic Cyrillic letters (Russian, Ukrainian, Serbian, ...):
            // all letters, upper case below U+0430.
            f.letters += 1;
            f.scripts[Script::Cyrillic as usize] += 1;
            f.weight += 1;
            if !word.open {
                word.start(i - c.len_utf8(), u < 0x0430);
            }
            word.extend(i, false);
            continue;
        }
        if (0xAC00..=0xD7A3).contains(&u) || (0x4E00..=0x9FFF).contains(&u) {
            // Hangul syllables and common CJK ideographs: letters without
            // case.
            f.letters += 1;
            f.scripts[Script::Cjk as usize] += 1;
            f.weight += 2;
            if !word.open {
                word.start(i - c.len_utf8(), false);
            }
            word.extend(i, false);
            continue;
        }
        if newsmill_types::chars::is_alphanumeric(c) {
            let script = script_of(c);
            if c.is_numeric() {
                f.digits += 1;
            } else {
                f.letters += 1;
                f.scripts[script as usize] += 1;
            }
            f.weight += if script == Script::Cjk { 2 } else { 1 };
            if !word.open {
                word.start(i - c.len_utf8(), c.is_uppercase());
            }
            word.extend(i, false);
        } else {
            word.finish(&mut f, stops, line);
            if !c.is_whitespace() {
                f.weight += 1;
            }
        }
    }
    word.finish(&mut f, stops, line);
    f.chars += ascii_chars;
    f.letters += latin;
    f.scripts[Script::Latin as usize] += latin;
    // A trailing ellipsis marks a truncated teaser headline, not the end
    // of a sentence.
    f.terminal = ends_like_sentence(line);
    (f, marks)
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Per byte of `x` (all high bits clear): the high bit set where the byte is
/// at least `n` (`n <= 0x80`; no carry crosses bytes).
#[inline(always)]
fn at_least(x: u64, n: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - n)) & HIGH
}

/// Per byte of `w`: (ASCII letter or digit, ASCII digit), as high bits.
#[inline(always)]
fn alnum_digit_mask(w: u64) -> (u64, u64) {
    let ascii = !w & HIGH;
    let x = w & LOW7;
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    let folded = x | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    ((digit | letter) & ascii, digit & ascii)
}

/// Advance `*i` over the run of ASCII letters and digits that starts
/// there, eight bytes at a time; returns how many of them are digits.
#[inline(always)]
fn ascii_alnum_run(bytes: &[u8], i: &mut usize) -> u32 {
    let mut digits = 0u32;
    while let Some(chunk) = bytes.get(*i..*i + 8) {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        let (alnum, digit) = alnum_digit_mask(u64::from_le_bytes(buf));
        let end = !alnum & HIGH;
        // Digits are rare in words: no bit count (a slow one without a
        // POPCNT instruction) for the usual all-letter chunk.
        if end == 0 {
            if digit != 0 {
                digits += digit.count_ones();
            }
            *i += 8;
            continue;
        }
        let k = end.trailing_zeros() / 8;
        let before = (1u64 << (8 * k)) - 1;
        if digit & before != 0 {
            digits += (digit & before).count_ones();
        }
        *i += k as usize;
        return digits;
    }
    while let Some(&b) = bytes.get(*i) {
        let class = CLASS.get(usize::from(b)).copied().unwrap_or(0);
        if class & ALNUM == 0 {
            break;
        }
        digits += u32::from(class & DIGIT != 0);
        *i += 1;
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::line_hash::norm_chars;
    use super::stop_words::MAX_STOP_BYTES;
    use super::*;

    #[test]
    fn prose_versus_menu() {
        let prose =
            features("The show opens to the public on Friday. Here are some of the highlights:");
        assert!(prose.terminal && prose.prose_like());
        let menu = features("Real Estate");
        assert!(!menu.terminal && !menu.prose_like());
        assert_eq!(menu.capital_words, 2);
    }

    #[test]
    fn prose_without_listed_stop_words() {
        // Swahili has no stop-word list here: its running prose passes on
        // its case pattern, a capitalised menu row of as many words does not.
        let prose = features(
            "wakulima wengi walipanda mahindi mapema mwaka huu kwa sababu mvua zilianza kunyesha mwezi uliopita.",
        );
        assert_eq!(prose.stop_words, 0);
        assert!(prose.prose_like());
        let menu = features(
            "Habari Michezo Biashara Burudani Teknolojia Afya Elimu Siasa Mazingira Kilimo Utalii Sanaa",
        );
        assert!(!menu.prose_like());
        let short = features("mvua zilianza kunyesha mwezi uliopita");
        assert!(!short.prose_like());
    }

    #[test]
    fn scripts_and_links() {
        let f = features("שלום עולם");
        assert_eq!(f.script().map(|s| s.0), Some(Script::Hebrew));
        assert!(features("Paper here: https://example.com/x").link);
        assert!(features("mail desk@example.com").link);
        assert!(norm_eq("Hello, World!", "hello world"));
        assert_eq!(norm_hash("Share"), norm_hash(" share! "));
        assert_eq!(norm_hash("Ünïcode Share!"), norm_hash("ünïcode   share"));
        assert_ne!(norm_hash("Share"), norm_hash("Shared"));
    }

    /// Deterministic pseudo-random lines over a small alphabet that hits
    /// every branch (links, stop words, punctuation, non-ASCII).
    fn sample_lines() -> Vec<String> {
        const PIECES: &[&str] = &[
            "the",
            "The",
            "OF",
            "and",
            "a",
            "www.",
            "wwww.",
            "http://x.org",
            "/",
            "@",
            "me@x.com",
            "@handle",
            " ",
            "  ",
            ".",
            ",",
            "word",
            "Capital",
            "12345",
            "x1",
            "é",
            "Ünï",
            "’",
            "“",
            "—",
            "한국",
            "中文",
            "Привет",
            "и",
            "…",
            "🙂",
            "\t",
            "fashionably",
            "extraordinarily",
            "www",
            "a/b",
            "e-mail",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..3000)
            .map(|_| {
                let n = (next() % 40) as usize;
                (0..n)
                    .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn cyrillic_fast_path_agrees_with_unicode_tables() {
        for u in 0x0400..=0x045F {
            let c = char::from_u32(u).expect("a Cyrillic letter");
            assert!(c.is_alphanumeric() && !c.is_numeric(), "{c}");
            assert_eq!(c.is_uppercase(), u < 0x0430, "{c}");
            assert_eq!(script_of(c), Script::Cyrillic);
        }
        let f = features("Официальные сайты ГТО");
        assert_eq!((f.words, f.capital_words, f.letters), (3, 2, 19));
    }

    #[test]
    fn link_marks_agree_with_search() {
        for line in sample_lines() {
            let line = line.trim();
            if line.len() <= MAX_SCAN_BYTES {
                let (_, marks) = scan_features(line);
                assert_eq!(has_link_marked(line, marks), has_link(line), "{line:?}");
            }
        }
    }

    #[test]
    fn stop_words_in_any_case() {
        let list = include_str!("../../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for w in list.filter(|w| w.len() <= MAX_STOP_BYTES && w.chars().all(char::is_alphanumeric))
        {
            assert_eq!(features(w).stop_words, 1, "{w}");
            assert_eq!(features(&w.to_uppercase()).stop_words, 1, "{w}");
            assert_eq!(features(&format!("{w} {w}.")).stop_words, 2, "{w}");
        }
        assert_eq!(features("theory ofx andy").stop_words, 0);
    }

    #[test]
    fn ascii_norm_eq_agrees_with_unicode() {
        let lines = sample_lines();
        for pair in lines.windows(2) {
            let (a, b) = (pair[0].as_str(), pair[1].as_str());
            let reference = |x: &str, y: &str| norm_chars(x).eq(norm_chars(y));
            assert_eq!(norm_eq(a, b), reference(a, b));
            let upper = a.to_ascii_uppercase();
            assert_eq!(norm_eq(a, &upper), reference(a, &upper));
        }
    }
}
