//! Per-line text features: how much prose a line carries and in which script.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The word-at-a-time map hasher: the keys here are short words and line
/// hashes, and nothing hashed by it is written out (template counts are
/// sorted before they are).
pub(crate) type MapBuild = newsmill_types::BuildMapHasher;
pub(crate) type MapSet<T> = HashSet<T, MapBuild>;

/// Stop words packed into integers (bytes little-endian, at most
/// `MAX_STOP_BYTES`) in an open-addressing table: a lookup is a multiply
/// and a compare or two, which matters because every word is looked up.
struct StopTable {
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

static STOP_WORDS: LazyLock<StopTable> = LazyLock::new(|| {
    StopTable::build(
        include_str!("../data/stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
});

/// Writing systems distinguished by the cleaner. Han, Hangul and Kana are
/// one group because Korean and Japanese prose mixes them freely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin = 0,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Cjk,
    Indic,
    Thai,
    Other,
}

pub(crate) const SCRIPTS: usize = 9;

impl Script {
    fn from_index(i: usize) -> Script {
        match i {
            0 => Script::Latin,
            1 => Script::Cyrillic,
            2 => Script::Greek,
            3 => Script::Hebrew,
            4 => Script::Arabic,
            5 => Script::Cjk,
            6 => Script::Indic,
            7 => Script::Thai,
            _ => Script::Other,
        }
    }

    /// The script with the most letters in `counts`, if any letters.
    pub(crate) fn dominant(counts: &[u32; SCRIPTS]) -> Option<(Script, u32)> {
        let (i, n) = counts
            .iter()
            .enumerate()
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
        (*n > 0).then(|| (Script::from_index(i), *n))
    }
}

fn script_of(c: char) -> Script {
    let u = c as u32;
    match u {
        0..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0900..=0x0DFF => Script::Indic,
        0x0E00..=0x0E7F => Script::Thai,
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF => Script::Cjk,
        _ => Script::Other,
    }
}

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

/// Emoji, pictographs, arrows and joiners that often trail a sentence
/// ("... today! 🙂") and say nothing about how it ends.
fn is_trailing_decoration(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2190..=0x21FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE00..=0xFE0F | 0x200D)
        || c.is_whitespace()
}

/// Ends like a sentence, ignoring trailing emoji. A trailing ellipsis marks
/// a truncated teaser headline, not the end of a sentence.
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    // Most lines end in a visible ASCII character: nothing to trim.
    let core = match line.as_bytes().last() {
        Some(&b) if b.is_ascii_graphic() => line,
        _ => line.trim_end_matches(is_trailing_decoration),
    };
    if core.ends_with("...") || core.ends_with('…') {
        return false;
    }
    let mut back = core.chars().rev();
    match back.next() {
        // A closing mark ends a sentence when what it closes did ("…
        // today.”"), when the line is all quotation, or after a word that
        // is not capitalised ("… to “put yourself out there”", "“by 40%”",
        // scripts without case); after a capitalised word it closes a
        // quoted title, as in a blog's comment heading `10 thoughts on
        // “Why We Garden”`.
        // German quotes open with „ and close with “.
        Some(c) if is_closing_mark(c) || (c == '“' && core.contains('„')) => {
            let quoted = &core[..core.len() - c.len_utf8()];
            let last_word = quoted.split_whitespace().next_back().unwrap_or_default();
            back.next().is_some_and(|p| is_terminal(p) || p == ',')
                || core.starts_with(is_opening_mark)
                || !last_word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(char::is_uppercase)
        }
        Some(c) => is_terminal(c),
        None => false,
    }
}

pub(crate) fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«' | '「' | '„')
}

pub(crate) fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | '」')
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '"'
            | '”'
            | '’'
            | '\''
            | ')'
            | ':'
            | ';'
            | '。'
            | '！'
            | '？'
            | '»'
            | '」'
            // Full stops and questions of other scripts: Devanagari and
            // Bengali dandas, Arabic and Urdu, Armenian, Ethiopic, Myanmar,
            // Khmer, full-width and half-width forms.
            | '।'
            | '॥'
            | '؟'
            | '؛'
            | '۔'
            | '։'
            | '።'
            | '፧'
            | '။'
            | '។'
            | '．'
            | '｡'
    )
}

/// Words longer than this (in UTF-8 bytes, lower-cased) are never stop
/// words, so they are not looked up.
const MAX_STOP_BYTES: usize = 12;

/// The word being read: its byte range in the line. The stop-word key is
/// only built at the end, and only for words whose length and first
/// letter some stop word has.
#[derive(Default)]
struct Word {
    start: usize,
    end: usize,
    ascii: bool,
    capital: bool,
    open: bool,
}

impl Word {
    fn start(&mut self, at: usize, capital: bool) {
        self.start = at;
        self.end = at;
        self.ascii = true;
        self.capital = capital;
        self.open = true;
    }

    fn extend(&mut self, end: usize, ascii: bool) {
        self.end = end;
        self.ascii &= ascii;
    }

    #[inline(always)]
    fn finish(&mut self, f: &mut Features, stops: &StopTable, line: &str) {
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

static SCHEME: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("://"));
static WWW: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("www."));

fn has_link(line: &str) -> bool {
    let b = line.as_bytes();
    // Bare "www." addresses only matter on short lines (a link line); on
    // prose lines a URL always has "://".
    if memchr::memchr2(b'/', b'@', b).is_none() {
        return b.len() <= 100 && WWW.find(b).is_some();
    }
    SCHEME.find(b).is_some()
        || WWW.find(b).is_some()
        || (b.first() == Some(&b'@') && !line.contains(' '))
        || (memchr::memchr(b'@', b).is_some()
            && b.len() < 60
            && line.split_whitespace().any(looks_like_email))
}

/// `has_link` for a line `scan_features` read in full, given its marks.
fn has_link_marked(line: &str, marks: u8) -> bool {
    let b = line.as_bytes();
    if marks & (MARK_SLASH | MARK_AT) == 0 {
        return b.len() <= 100 && marks & MARK_WWW != 0;
    }
    SCHEME.find(b).is_some()
        || marks & MARK_WWW != 0
        || (b.first() == Some(&b'@') && !line.contains(' '))
        || (marks & MARK_AT != 0 && b.len() < 60 && line.split_whitespace().any(looks_like_email))
}

fn looks_like_email(w: &str) -> bool {
    match w.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.'),
        None => false,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_scripts_full_stops_end_a_sentence() {
        for sentence in [
            "गांव की महिलाओं ने चक्की चलाई।",
            "গ্রামের মেয়েরা কল চালু করেছে।",
            "هل ستفتح المدرسة غدا؟",
            "اسکول کل کھلے گا۔",
            "Բանակցությունները կշարունակվեն։",
            "ስብሰባው ነገ ይቀጥላል።",
            "ကျောင်း မနက်ဖြန် ဖွင့်မည်။",
            "សាលារៀននឹងបើកនៅថ្ងៃស្អែក។",
        ] {
            assert!(ends_like_sentence(sentence), "{sentence}");
        }
        assert!(!ends_like_sentence("गांव की खबरें"));
    }

    #[test]
    fn a_closing_quotation_mark_ends_a_sentence_but_not_a_quoted_title() {
        for sentence in [
            "He called the plan “a disaster.”",
            "“We recommend it at 100%”",
            "You are secretly terrified to “put yourself out there”",
            "It was, he said, “the end of an era”",
            "Prices rose “by 40%”",
            "„Wir kommen wieder.“",
            "قال الوزير إن الحكومة «مستعدة للحوار»",
        ] {
            assert!(ends_like_sentence(sentence), "{sentence}");
        }
        for heading in [
            "10 thoughts on “Why We Garden”",
            "One response to \"How to Plant Garlic\"",
            "Readers ask about “The Long Winter”",
        ] {
            assert!(!ends_like_sentence(heading), "{heading}");
        }
    }

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
        let list = include_str!("../data/stopwords.txt")
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
