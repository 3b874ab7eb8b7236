//! Searches for fixed texts (ASCII case-insensitively) keyed by four-byte
//! windows, in place of Aho-Corasick automata for the pattern table.
//!
//! Almost no line holds a pattern. An automaton pays a dependent table
//! lookup for every byte it reads, plus a fixed cost per call; here most
//! lines are settled by a few independent lookups in a small hash set, and
//! only the rare hits are compared with the text they may be. The answers
//! are exactly the automata's (tests compare the two), so the cleaner's
//! output does not depend on which one runs.

/// Folds ASCII case the lossy way: `| 0x20` also maps some punctuation onto
/// other punctuation, but texts that are equal ignoring ASCII case stay
/// equal, which is all a necessary condition needs.
const FOLD4: u32 = 0x2020_2020;

/// A set of folded four-byte windows in an open-addressing table at most a
/// quarter full: a lookup of a window not in the set (almost every
/// lookup) usually ends at the first, empty, slot. Exact, because a line
/// has one window per byte and even a small false-positive rate per window
/// would let most long lines through.
struct WindowSet {
    /// Folded windows; 0 marks an empty slot (a folded window has no zero
    /// byte).
    slots: Vec<u32>,
    shift: u32,
    /// One bit per hash of a member (`FILTER_BITS` bits of it): a window
    /// whose bit is clear is not a member, decided by a well-predicted
    /// branch instead of a probe that meets another key a quarter of the
    /// time.
    filter: Box<[u64; FILTER_WORDS]>,
}

const FILTER_BITS: u32 = 15;
const FILTER_WORDS: usize = 1 << (FILTER_BITS - 6);

fn filter_bit(window: u32) -> usize {
    ((window | FOLD4).wrapping_mul(0x2545_F491) >> (32 - FILTER_BITS)) as usize
}

/// The first (up to) eight bytes of a text, folded, with a mask of the
/// bytes it has: comparing a line's folded head under the mask rules out
/// almost every candidate in one step, before the exact comparison.
#[derive(Clone, Copy)]
struct Head {
    folded: u64,
    mask: u64,
}

impl Head {
    fn of(text: &[u8]) -> Head {
        let n = text.len().min(8);
        let mut buf = [0u8; 8];
        buf[..n].copy_from_slice(&text[..n]);
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        Head {
            folded: (u64::from_le_bytes(buf) | 0x2020_2020_2020_2020) & mask,
            mask,
        }
    }

    /// Whether `bytes` may start with the text: false rules it out, true
    /// leaves the exact comparison to the caller.
    fn may_open(&self, bytes: &[u8]) -> bool {
        match bytes.get(..8) {
            Some(chunk) => {
                let mut buf = [0u8; 8];
                buf.copy_from_slice(chunk);
                (u64::from_le_bytes(buf) | 0x2020_2020_2020_2020) & self.mask == self.folded
            }
            None => Head::of(bytes).folded & self.mask == self.folded,
        }
    }
}

fn window_at(bytes: &[u8]) -> Option<u32> {
    let w: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(w))
}

impl WindowSet {
    fn new(windows: &[u32]) -> WindowSet {
        let bits = (windows.len().max(4) * 4)
            .next_power_of_two()
            .trailing_zeros();
        let mut set = WindowSet {
            slots: vec![0; 1 << bits],
            shift: 32 - bits,
            filter: Box::new([0; FILTER_WORDS]),
        };
        for &w in windows {
            let bit = filter_bit(w);
            set.filter[bit / 64] |= 1 << (bit % 64);
            let mut at = set.home(w);
            let folded = w | FOLD4;
            while set.slots[at] != 0 && set.slots[at] != folded {
                at = (at + 1) % set.slots.len();
            }
            set.slots[at] = folded;
        }
        set
    }

    fn home(&self, window: u32) -> usize {
        ((window | FOLD4).wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// Number of slots: `slot` answers below this.
    fn len(&self) -> usize {
        self.slots.len()
    }

    /// The slot holding the window, if it is in the set.
    fn slot(&self, window: u32) -> Option<usize> {
        let bit = filter_bit(window);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let folded = window | FOLD4;
        let mut at = self.home(window);
        loop {
            match self.slots.get(at) {
                Some(&k) if k == folded => return Some(at),
                Some(&0) | None => return None,
                Some(_) => at = (at + 1) % self.slots.len(),
            }
        }
    }
}

/// How often a byte occurs in English prose, roughly (higher = more
/// common): the key window of a phrase minimises the sum, so that few
/// lines of prose hold any key window.
fn commonness(b: u8) -> u32 {
    const BY_FREQUENCY: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    match b.to_ascii_lowercase() {
        b' ' => 30,
        l @ b'a'..=b'z' => {
            let rank = BY_FREQUENCY.iter().position(|&c| c == l).unwrap_or(25);
            26 - rank as u32
        }
        b'0'..=b'9' => 4,
        _ => 1,
    }
}

/// The leftmost of a set of phrases in a line (ASCII case-insensitively;
/// at equal starts, the phrase listed first), as an Aho-Corasick
/// leftmost-first search reports it, but without reading every byte
/// through an automaton.
///
/// Each phrase is represented by `stride` consecutive four-byte windows,
/// chosen to be rare in prose. Any occurrence of the phrase puts exactly
/// one of them at a line position that is a multiple of `stride`, so only
/// those positions are looked up; a hit is verified against the phrase it
/// came from. Every occurrence is found, so the leftmost one is too.
pub(crate) struct PhraseFinder {
    phrases: Vec<Vec<u8>>,
    heads: Vec<Head>,
    windows: WindowSet,
    /// For each slot of `windows`: the phrases holding that window and the
    /// window's offset in each.
    owners: Vec<Vec<(usize, usize)>>,
    stride: usize,
}

/// Windows looked up per line position: fewer lookups, more keys.
const MAX_STRIDE: usize = 4;

impl PhraseFinder {
    /// `None` when some phrase is shorter than a window (search those
    /// with an automaton).
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Option<PhraseFinder> {
        let bytes: Vec<Vec<u8>> = phrases
            .iter()
            .map(|p| p.as_ref().as_bytes().to_vec())
            .collect();
        let shortest = bytes.iter().map(Vec::len).min().unwrap_or(0);
        if shortest < 4 {
            return None;
        }
        let stride = (shortest - 3).min(MAX_STRIDE);
        let mut keys: Vec<(u32, usize, usize)> = Vec::new();
        for (index, phrase) in bytes.iter().enumerate() {
            let cost =
                |at: usize| -> u32 { phrase[at..at + 4].iter().map(|&b| commonness(b)).sum() };
            // The run of `stride` windows whose most common window is rarest.
            let first = (0..=phrase.len() - 3 - stride)
                .min_by_key(|&at| (at..at + stride).map(cost).max())?;
            for offset in first..first + stride {
                keys.push((window_at(&phrase[offset..])?, index, offset));
            }
        }
        let windows = WindowSet::new(&keys.iter().map(|k| k.0).collect::<Vec<_>>());
        let mut owners = vec![Vec::new(); windows.len()];
        for (w, index, offset) in keys {
            owners[windows.slot(w)?].push((index, offset));
        }
        Some(PhraseFinder {
            heads: bytes.iter().map(|p| Head::of(p)).collect(),
            phrases: bytes,
            windows,
            owners,
            stride,
        })
    }

    #[cfg(test)]
    pub fn phrases(&self) -> &[Vec<u8>] {
        &self.phrases
    }

    /// Index of the leftmost phrase occurring in `line`.
    // Inlined into the pattern table's one caller: whether the compiler did
    // so on its own moved with unrelated edits to that module, by about 1 M
    // instructions a pass over the dev pages.
    #[inline]
    pub fn find(&self, line: &[u8]) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        let mut at = 0;
        while let Some(w) = line.get(at..).and_then(window_at) {
            if let Some(slot) = self.windows.slot(w) {
                for &(index, offset) in self.owners.get(slot).into_iter().flatten() {
                    let Some(start) = at.checked_sub(offset) else {
                        continue;
                    };
                    let candidate = (start, index);
                    if best.is_some_and(|b| b <= candidate) {
                        continue;
                    }
                    let phrase = &self.phrases[index];
                    let Some(here) = line.get(start..) else {
                        continue;
                    };
                    if self.heads[index].may_open(here)
                        && here
                            .get(..phrase.len())
                            .is_some_and(|h| h.eq_ignore_ascii_case(phrase))
                    {
                        best = Some(candidate);
                    }
                }
            }
            at += self.stride;
        }
        best.map(|(_, index)| index)
    }
}

/// The longest of a set of texts that opens a line (ASCII
/// case-insensitively), as an anchored leftmost-longest Aho-Corasick
/// search reports it. A text of four bytes or more fixes the line's first
/// window, so one lookup finds the few candidates to compare; shorter
/// texts are compared directly.
pub(crate) struct PrefixFinder {
    texts: Vec<Vec<u8>>,
    heads: Vec<Head>,
    windows: WindowSet,
    /// For each slot of `windows`: the texts opening with that window,
    /// longest first.
    owners: Vec<Vec<usize>>,
    /// Texts shorter than a window, longest first.
    short: Vec<usize>,
    /// Folded first two bytes (first byte for one-byte texts) of the short
    /// texts: most lines open with none, and skip the comparisons.
    short_heads: Vec<u16>,
    /// Some text is empty: it opens every line.
    has_empty: bool,
}

/// A text's or line's first two bytes folded (one byte: that byte, folded).
fn head2(bytes: &[u8]) -> Option<u16> {
    match bytes {
        [] => None,
        [a] => Some(u16::from(a | 0x20)),
        [a, b, ..] => Some(u16::from_le_bytes([a | 0x20, b | 0x20])),
    }
}

impl PrefixFinder {
    pub fn new<S: AsRef<str>>(texts: &[S]) -> PrefixFinder {
        let texts: Vec<Vec<u8>> = texts
            .iter()
            .map(|t| t.as_ref().as_bytes().to_vec())
            .collect();
        let windows = WindowSet::new(
            &texts
                .iter()
                .filter_map(|t| window_at(t))
                .collect::<Vec<_>>(),
        );
        let mut owners = vec![Vec::new(); windows.len()];
        let mut short = Vec::new();
        for (index, text) in texts.iter().enumerate() {
            match window_at(text).and_then(|w| windows.slot(w)) {
                Some(slot) => owners[slot].push(index),
                None => short.push(index),
            }
        }
        // Longest first, then first listed (texts are distinct ignoring
        // case, so equal lengths never both match).
        let by_length = |list: &mut Vec<usize>| {
            list.sort_by_key(|&i| (std::cmp::Reverse(texts[i].len()), i));
        };
        owners.iter_mut().for_each(by_length);
        by_length(&mut short);
        let mut short_heads: Vec<u16> = short.iter().filter_map(|&i| head2(&texts[i])).collect();
        short_heads.sort_unstable();
        short_heads.dedup();
        PrefixFinder {
            short_heads,
            has_empty: texts.iter().any(Vec::is_empty),
            heads: texts.iter().map(|t| Head::of(t)).collect(),
            texts,
            windows,
            owners,
            short,
        }
    }

    /// Index of the longest text that `line` starts with.
    #[inline]
    pub fn find(&self, line: &[u8]) -> Option<usize> {
        let opens = |&index: &usize| {
            let text = &self.texts[index];
            self.heads[index].may_open(line)
                && line
                    .get(..text.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(text))
        };
        let long = window_at(line)
            .and_then(|w| self.windows.slot(w))
            .and_then(|slot| self.owners.get(slot))
            .and_then(|list| list.iter().copied().find(|i| opens(i)));
        if long.is_some() || self.short.is_empty() {
            return long;
        }
        // Unless a text is empty, some short text must share the line's
        // first byte or two.
        let heads = [line.get(..1).and_then(head2), head2(line)];
        if !self.has_empty && !heads.iter().flatten().any(|h| self.short_heads.contains(h)) {
            return None;
        }
        self.short.iter().copied().find(|i| opens(i))
    }

    /// Length of text `index` in bytes.
    pub fn len_of(&self, index: usize) -> usize {
        self.texts.get(index).map_or(0, Vec::len)
    }

    #[cfg(test)]
    pub fn texts(&self) -> &[Vec<u8>] {
        &self.texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random texts over pieces that share prefixes
    /// and windows with the phrases, in both cases.
    fn samples() -> Vec<String> {
        const PIECES: &[&str] = &[
            "all",
            "ALL",
            " ",
            "rights",
            "Rights",
            "reserved",
            "re",
            "(",
            "photo",
            "PHOTO",
            ":",
            "by",
            "By",
            "©",
            "ad",
            "x",
            "é",
            "credit",
            "in",
            "your",
            "inbox",
            "Ünï",
            "—",
            "a",
            "to",
            ".",
            "Credit: ",
            "(Photo: ",
            "All Rights",
            "to your inbox",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..20_000)
            .map(|_| {
                let n = (next() % 9) as usize;
                (0..n)
                    .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn phrase_finder_agrees_with_a_leftmost_first_automaton() {
        // Overlapping phrases, shared prefixes, a duplicate, mixed case.
        let phrases = [
            "all rights reserved",
            "(photo:",
            "in your inbox",
            "to your inbox",
            "credit: ",
            "rights reserved.",
            "All Rights",
            "(photo: ",
            "in your inbox",
            "photo credit",
        ];
        let finder = PhraseFinder::new(&phrases).expect("phrases are long enough");
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(phrases)
            .expect("valid phrases");
        let mut found = 0;
        for line in samples() {
            let expected = automaton.find(&line).map(|m| m.pattern().as_usize());
            assert_eq!(finder.find(line.as_bytes()), expected, "{line:?}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 500, "the samples should hold phrases ({found})");
    }

    #[test]
    fn phrase_finder_needs_phrases_of_a_window_or_more() {
        assert!(PhraseFinder::new(&["abc", "all rights reserved"]).is_none());
        assert!(PhraseFinder::new(&["abcd"]).is_some());
        let finder = PhraseFinder::new(&["abcd", "xbcdy"]).expect("long enough");
        assert_eq!(finder.find(b"zz xBCDy abcd"), Some(1));
        assert_eq!(finder.find(b"abc"), None);
    }

    #[test]
    fn prefix_finder_agrees_with_an_anchored_leftmost_longest_automaton() {
        let texts = [
            "by",
            "©",
            "ad",
            "ads",
            "all rights",
            "All rights reserved",
            "Photo",
            "(c)",
            "",
            "photo:",
            "credit",
            "in your",
            "to",
        ];
        let finder = PrefixFinder::new(&texts);
        let automaton = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(texts)
            .expect("valid texts");
        let mut found = 0;
        for line in samples() {
            let input = aho_corasick::Input::new(&line).anchored(aho_corasick::Anchored::Yes);
            let expected = automaton.find(input).map(|m| m.pattern().as_usize());
            let got = finder.find(line.as_bytes());
            assert_eq!(got, expected, "{line:?}");
            if let Some(i) = got {
                assert_eq!(finder.len_of(i), texts[i].len());
                found += usize::from(!texts[i].is_empty());
            }
        }
        assert!(found > 1000, "the samples should open with texts ({found})");
    }
}
