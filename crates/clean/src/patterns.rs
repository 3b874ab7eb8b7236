//! Known UI, promo, caption, rights, teaser and comment lines, compiled once
//! from `data/patterns.txt`.

use crate::match_only::MatchOnly;
use crate::window_search::{PhraseFinder, PrefixFinder};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use newsmill_types::RemovalReason;
#[cfg(test)]
use regex::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, OnceLock};

/// Lines longer than this are never matched by `contains` patterns: long
/// lines are prose, and a credit or policy phrase inside a paragraph must
/// not delete the paragraph.
const MAX_LOOSE_CHARS: usize = 320;
/// Regex patterns describe short furniture (counters, credits, file names,
/// comment headers); longer lines skip them, which also keeps them cheap.
const MAX_REGEX_CHARS: u32 = 160;

/// What a pattern says about a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub reason: RemovalReason,
    /// The line closes the article (comment section, "most popular" list).
    pub stop: bool,
}

/// What a start-anchored text means when it is the whole line and when it
/// only opens the line.
#[derive(Debug, Clone, Copy, Default)]
struct StartHit {
    whole: Option<Hit>,
    opening: Option<Hit>,
}

struct Table {
    /// Exact and prefix patterns, one search per line for the longest
    /// that opens it; `start_hits` says what it means as the whole line and
    /// as an opening.
    start: PrefixFinder,
    start_hits: Vec<StartHit>,
    contains: PhraseSearch,
    contains_hits: Vec<Hit>,
    suffix: Vec<(String, Hit)>,
    /// (required suffix, regex compiled on first use, outcome).
    gated: Vec<(String, LazyRegex, Hit)>,
    /// Whether some `suffix` or `gated` tail ends with this (lower-case)
    /// byte: most lines end with none, and skip both lists.
    tail_last: [bool; 256],
    regex: RegexTable,
}

/// A table regex compiled on first use (a test compiles them all). The
/// entries of one regex text under several gates share it, and it is
/// compiled once.
#[derive(Clone)]
struct LazyRegex {
    source: Arc<str>,
    re: Arc<OnceLock<MatchOnly>>,
}

impl LazyRegex {
    /// The table's regex for `source`: the one made for an earlier entry of
    /// the same text, or a new one.
    fn shared(made: &mut HashMap<String, LazyRegex>, source: &str) -> LazyRegex {
        made.entry(source.to_string())
            .or_insert_with(|| LazyRegex {
                source: source.into(),
                re: Arc::new(OnceLock::new()),
            })
            .clone()
    }

    fn get(&self) -> &MatchOnly {
        self.re
            .get_or_init(|| MatchOnly::new(&format!("(?i){}", self.source)))
    }
}

/// The `regex` and `needs:` patterns. A line gets the outcome of the first
/// outcome group (groups in order of first appearance in the data) with a
/// matching pattern.
struct RegexTable {
    /// Every plain `regex` pattern, compiled once: almost every line
    /// matches none, and one `is_match` says so; `matching` (a slower
    /// overlapping search) runs only on the rare hit.
    plain: MatchOnly,
    /// Outcome group of each `plain` pattern.
    plain_group: Vec<usize>,
    /// Patterns tried only on lines with the bytes they need (patterns
    /// whose lazy DFA would otherwise read most of every line, or that are
    /// slow to compile), each compiled on first use.
    needs: Vec<NeedsPattern>,
    groups: Vec<Hit>,
    /// For each byte, the `Needle::Seen` bits it sets: one pass over a line
    /// answers every one-byte needle.
    seen_bits: [u8; 256],
}

struct NeedsPattern {
    /// All of these must hold; each holds when one of its needles does.
    need: Vec<Vec<Needle>>,
    /// The `seen_bits` of which the line must set one, when a group of
    /// `need` is one-byte needles only (else 0): most lines are turned
    /// away by this one test.
    gate: u8,
    re: LazyRegex,
    group: usize,
}

/// An ASCII text the stripped line must contain (ASCII-case-insensitively),
/// or any non-ASCII character.
enum Needle {
    Prefix(Vec<u8>),
    Anywhere(Vec<u8>),
    /// One byte that is not a letter, or any non-ASCII byte (`None`):
    /// turned into `Seen` bits once the table is built.
    Byte(Option<u8>),
    /// Holds when the line sets one of these bits (see `seen_bits`).
    Seen(u8),
}

impl Needle {
    fn parse(text: &str) -> Needle {
        let bytes = |t: &str| -> Vec<u8> {
            t.bytes()
                .map(|b| {
                    if b == b'~' {
                        b' '
                    } else {
                        b.to_ascii_lowercase()
                    }
                })
                .collect()
        };
        if text == "#" {
            return Needle::Byte(None);
        }
        match text.strip_prefix('^') {
            Some(rest) => Needle::Prefix(bytes(rest)),
            None => match bytes(text).as_slice() {
                [b] if !b.is_ascii_alphabetic() => Needle::Byte(Some(*b)),
                other => Needle::Anywhere(other.to_vec()),
            },
        }
    }

    /// `seen`: the `seen_bits` of the line's bytes, or'ed.
    fn holds(&self, line: &[u8], seen: u8) -> bool {
        match self {
            Needle::Prefix(p) => line
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p)),
            Needle::Anywhere(n) => {
                n.is_empty() || line.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
            }
            Needle::Byte(Some(b)) => memchr::memchr(*b, line).is_some(),
            Needle::Byte(None) => !line.is_ascii(),
            Needle::Seen(bits) => seen & bits != 0,
        }
    }
}

impl NeedsPattern {
    fn is_match(&self, core: &str, seen: u8) -> bool {
        let bytes = core.as_bytes();
        self.need
            .iter()
            .all(|any| any.iter().any(|n| n.holds(bytes, seen)))
            && self.re.get().is_match(core)
    }
}

/// Give each distinct one-byte needle a bit (eight at most; any others
/// keep their own search) and fill the byte table.
fn assign_seen_bits(needs: &mut [NeedsPattern]) -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut keys: Vec<Option<u8>> = Vec::new();
    for n in needs.iter_mut().flat_map(|p| p.need.iter_mut().flatten()) {
        let Needle::Byte(key) = *n else {
            continue;
        };
        let slot = match keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None if keys.len() < 8 => {
                keys.push(key);
                keys.len() - 1
            }
            None => continue,
        };
        let bit = 1u8 << slot;
        match key {
            Some(b) => table[usize::from(b)] |= bit,
            None => table[0x80..].iter_mut().for_each(|t| *t |= bit),
        }
        *n = Needle::Seen(bit);
    }
    for p in needs.iter_mut() {
        p.gate = p
            .need
            .iter()
            .find_map(|any| {
                any.iter().try_fold(0u8, |bits, n| match n {
                    Needle::Seen(b) => Some(bits | b),
                    _ => None,
                })
            })
            .unwrap_or(0);
    }
    table
}

impl RegexTable {
    fn find(&self, core: &str) -> Option<Hit> {
        let mut best: Option<usize> = None;
        if self.plain.is_match(core) {
            best = self
                .plain
                .matching(core)
                .into_iter()
                .filter_map(|i| self.plain_group.get(i).copied())
                .min();
        }
        let mut seen = None;
        for p in &self.needs {
            if best.is_some_and(|b| b <= p.group) {
                continue;
            }
            let seen = *seen.get_or_insert_with(|| {
                core.bytes()
                    .fold(0u8, |acc, b| acc | self.seen_bits[usize::from(b)])
            });
            if p.gate & seen == 0 && p.gate != 0 {
                continue;
            }
            if p.is_match(core, seen) {
                best = Some(p.group);
            }
        }
        best.and_then(|g| self.groups.get(g).copied())
    }
}

/// A case-insensitive pattern from the table as a full `regex::Regex`.
#[cfg(test)]
fn regex(text: &str) -> Regex {
    RegexBuilder::new(&format!("(?i){text}"))
        .dfa_size_limit(32 << 20)
        .build()
        .unwrap_or_else(|e| panic!("bad regex in data/patterns.txt: {e}"))
}

fn parse_reason(word: &str) -> Option<Hit> {
    let (name, stop) = match word.strip_suffix("+stop") {
        Some(name) => (name, true),
        None => (word, false),
    };
    let reason = match name {
        "known" => RemovalReason::KnownPattern,
        "caption" => RemovalReason::Caption,
        "copyright" => RemovalReason::Copyright,
        "related" => RemovalReason::Related,
        "comments" => RemovalReason::Comments,
        "link" => RemovalReason::Link,
        "meta" => RemovalReason::Metadata,
        "nav" => RemovalReason::ShortOrNavigation,
        _ => return None,
    };
    Some(Hit { reason, stop })
}

/// The `contains` phrases: found by windows when every phrase is at least
/// a window long (as every shipped one is), by an automaton otherwise.
enum PhraseSearch {
    Windows(PhraseFinder),
    Automaton(AhoCorasick),
}

impl PhraseSearch {
    fn new(phrases: &[String]) -> PhraseSearch {
        if let Some(finder) = PhraseFinder::new(phrases) {
            return PhraseSearch::Windows(finder);
        }
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(phrases)
            .unwrap_or_else(|e| panic!("bad pattern table (a bug in data/patterns.txt): {e}"));
        PhraseSearch::Automaton(automaton)
    }

    /// Index of the leftmost phrase in `line` (the first listed at equal
    /// starts).
    fn find(&self, line: &str) -> Option<usize> {
        match self {
            PhraseSearch::Windows(finder) => finder.find(line.as_bytes()),
            PhraseSearch::Automaton(a) => a.find(line).map(|m| m.pattern().as_usize()),
        }
    }
}

fn build(source: &str) -> Table {
    let mut exact = (Vec::new(), Vec::new());
    let mut prefix = (Vec::new(), Vec::new());
    let mut contains = (Vec::new(), Vec::new());
    let mut groups: Vec<Hit> = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let mut plain_group: Vec<usize> = Vec::new();
    let mut needs: Vec<NeedsPattern> = Vec::new();
    let mut suffix = Vec::new();
    let mut gated = Vec::new();
    let mut lazy_regexes = HashMap::new();
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, ' ');
        let (Some(reason), Some(kind), Some(text)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad line in data/patterns.txt: {line}");
        };
        let hit = parse_reason(reason)
            .unwrap_or_else(|| panic!("bad reason in data/patterns.txt: {line}"));
        let group = |groups: &mut Vec<Hit>| match groups.iter().position(|h| *h == hit) {
            Some(g) => g,
            None => {
                groups.push(hit);
                groups.len() - 1
            }
        };
        let slot = match kind {
            "exact" => &mut exact,
            "prefix" => &mut prefix,
            "contains" => &mut contains,
            "suffix" => {
                suffix.push((text.to_ascii_lowercase(), hit));
                continue;
            }
            gate if gate.starts_with("ends:") => {
                gated.push((
                    gate["ends:".len()..].to_ascii_lowercase(),
                    LazyRegex::shared(&mut lazy_regexes, text),
                    hit,
                ));
                continue;
            }
            gate if gate.starts_with("needs:") => {
                let need = gate["needs:".len()..]
                    .split('&')
                    .map(|any| any.split(',').map(Needle::parse).collect())
                    .collect();
                // Compiled on first use (a test compiles them all).
                needs.push(NeedsPattern {
                    need,
                    gate: 0,
                    re: LazyRegex::shared(&mut lazy_regexes, text),
                    group: group(&mut groups),
                });
                continue;
            }
            "regex" => {
                plain_group.push(group(&mut groups));
                plain.push(format!("(?i){text}"));
                continue;
            }
            _ => panic!("bad kind in data/patterns.txt: {line}"),
        };
        slot.0.push(text.to_string());
        slot.1.push(hit);
    }
    let plain = MatchOnly::new_set(&plain);
    // One automaton entry per distinct text, remembering what the text
    // means as a whole line and as a line opening (both may be listed).
    let mut texts: Vec<String> = Vec::new();
    let mut meanings: Vec<StartHit> = Vec::new();
    for (is_exact, list) in [(true, &exact), (false, &prefix)] {
        for (text, hit) in list.0.iter().zip(&list.1) {
            let i = match texts.iter().position(|t| t.eq_ignore_ascii_case(text)) {
                Some(i) => i,
                None => {
                    texts.push(text.clone());
                    meanings.push(StartHit::default());
                    texts.len() - 1
                }
            };
            let slot = if is_exact {
                &mut meanings[i].whole
            } else {
                &mut meanings[i].opening
            };
            slot.get_or_insert(*hit);
        }
    }
    let mut tail_last = [false; 256];
    for tail in suffix
        .iter()
        .map(|s| &s.0)
        .chain(gated.iter().map(|g| &g.0))
    {
        if let Some(&b) = tail.as_bytes().last() {
            tail_last[usize::from(b)] = true;
        }
    }
    Table {
        suffix,
        gated,
        tail_last,
        start: PrefixFinder::new(&texts),
        start_hits: meanings,
        contains: PhraseSearch::new(&contains.0),
        contains_hits: contains.1,
        regex: RegexTable {
            plain,
            plain_group,
            seen_bits: assign_seen_bits(&mut needs),
            needs,
            groups,
        },
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| build(include_str!("../data/patterns.txt")));

/// The line without surrounding punctuation and symbols ("<< Follow us >>"
/// -> "Follow us"), so exact patterns need not list every decoration.
fn core(line: &str) -> &str {
    let keep = |b: u8| b.is_ascii_alphanumeric() || b == b'(' || b == b')';
    match line.as_bytes() {
        // Most lines open and close with a kept ASCII character.
        [first, .., last] if keep(*first) && keep(*last) => line,
        _ => line.trim_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != ')' && c != '©'),
    }
}

/// Match `line` (trimmed) against the pattern table. `chars` is the line's
/// length in characters.
#[cfg(test)]
pub(crate) fn classify(line: &str, chars: u32) -> Option<Hit> {
    classify_with(line, chars, u32::MAX, 1, false)
}

/// `classify`, told whether the line is already known to be a plain
/// sentence: regex patterns (counters, credits, file names) never describe
/// one, so they are skipped for it.
pub(crate) fn classify_with(
    line: &str,
    chars: u32,
    words: u32,
    digits: u32,
    sentence: bool,
) -> Option<Hit> {
    let t = &*TABLE;
    let core = core(line);
    if core.is_empty() {
        return None;
    }
    if let Some(index) = t.start.find(core.as_bytes()) {
        if let Some(meaning) = t.start_hits.get(index) {
            // A text is whole characters, so it ends on a boundary.
            let end = t.start.len_of(index);
            let whole = end == core.len();
            let next = core.get(end..).and_then(|rest| rest.chars().next());
            let pattern_ends_in_word = core
                .get(..end)
                .unwrap_or_default()
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let at_boundary =
                !pattern_ends_in_word || !matches!(next, Some(c) if c.is_alphanumeric());
            if whole && chars <= 80 {
                if let Some(hit) = meaning.whole {
                    return Some(hit);
                }
            }
            if at_boundary {
                if let Some(hit) = meaning.opening {
                    return Some(hit);
                }
            }
        }
    }
    if chars as usize > MAX_LOOSE_CHARS {
        return None;
    }
    let last = core.as_bytes().last().map_or(0, u8::to_ascii_lowercase);
    let ends_with = |tail: &str| {
        tail.as_bytes().last() == Some(&last)
            && core.len() >= tail.len()
            && core.is_char_boundary(core.len() - tail.len())
            && core[core.len() - tail.len()..].eq_ignore_ascii_case(tail)
    };
    if t.tail_last[usize::from(last)] {
        if let Some((_, hit)) = t.suffix.iter().find(|(tail, _)| ends_with(tail)) {
            return Some(*hit);
        }
        if chars <= MAX_REGEX_CHARS {
            if let Some((_, _, hit)) = t
                .gated
                .iter()
                .find(|(tail, re, _)| ends_with(tail) && re.get().is_match(core))
            {
                return Some(*hit);
            }
        }
    }
    // One word without digits is left to the exact patterns: the regexes
    // all need a number or a second word.
    if chars <= MAX_REGEX_CHARS && !sentence && (words >= 2 || digits > 0) {
        if let Some(hit) = t.regex.find(core) {
            return Some(hit);
        }
    }
    // Every `contains` phrase spans two words or more.
    if words < 2 {
        return None;
    }
    t.contains
        .find(line)
        .and_then(|p| t.contains_hits.get(p).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::StartKind;

    fn reason(line: &str) -> Option<RemovalReason> {
        classify(line, line.chars().count() as u32).map(|h| h.reason)
    }

    #[test]
    fn breadcrumbs_health_site_boxes_and_chinese_page_furniture() {
        let nav = Some(RemovalReason::ShortOrNavigation);
        assert_eq!(reason("Home > World > Europe"), nav);
        assert_eq!(reason("Home › Business"), nav);
        assert_eq!(reason("首页 > 青岚频道 > 正文"), nav);
        assert_eq!(reason("News > Local > Courts > Harbour"), nav);
        // One arrow in prose, or a comparison, is not a breadcrumb.
        assert_eq!(reason("Costs > revenue for the third year running."), None);
        assert_eq!(
            reason("分享到：微信 微博 QQ空间 复制链接"),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(reason("责任编辑：周立 举报"), Some(RemovalReason::Metadata));
        assert_eq!(
            reason("2024-12-28 10:26:15 来源：东岭新闻网 作者：林晓彤 参与评论(126)"),
            Some(RemovalReason::Metadata)
        );
        assert_eq!(
            reason("声明：本网转载内容仅代表作者观点，不代表本网立场。"),
            Some(RemovalReason::Copyright)
        );
        assert_eq!(
            reason("12月28日，乘客在梧桐湖站乘坐地铁3号线首班列车。记者 陈默 摄"),
            Some(RemovalReason::Caption)
        );
        assert_eq!(
            reason("Share this articleFacebookPinterestEmail"),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(
            reason("Get our healthy aging newsletter"),
            Some(RemovalReason::KnownPattern)
        );
        assert!(classify("Sources", 7).is_some_and(|h| h.stop));
        assert!(classify("Read this next", 14).is_some_and(|h| h.stop));
        assert_eq!(reason("Get our readers to the polls"), None);
        assert!(classify("Kommentare (4)", 14).is_some_and(|h| h.stop));
        assert_eq!(
            reason("Alice Pfister contributed to this report."),
            Some(RemovalReason::Metadata)
        );
        assert_eq!(
            reason("Have a view on this column?"),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(
            reason("Von Martin Schwab 09.04.2024, 16:12 Uhr 3 Min."),
            Some(RemovalReason::Metadata)
        );
        assert_eq!(reason("Mehr zum Thema"), Some(RemovalReason::Related));
        assert_eq!(
            reason("This post may contain affiliate links. Please read my disclosure policy."),
            Some(RemovalReason::KnownPattern)
        );
        // A sentence about taking photographs is not a credit.
        assert_eq!(reason("这张照片是他在湖边拍摄"), None);
        assert_eq!(reason("声明称公司将继续运营。"), None);
    }

    #[test]
    fn comment_counts_and_prompts_in_other_languages_end_the_article() {
        let stop = |line: &str| {
            classify(line, line.chars().count() as u32)
                .filter(|h| h.reason == RemovalReason::Comments)
                .is_some_and(|h| h.stop)
        };
        for line in [
            "27 commentaires",
            "3 Kommentare",
            "12 comentarios",
            "Écrire un commentaire",
            "écrire un commentaire",
            "Scrivi un commento",
            "5 комментариев",
            "Schreibe einen Kommentar Antworten abbrechen",
            "Deja una respuesta",
        ] {
            assert!(stop(line), "{line}");
        }
        // WordPress's headings of related posts, in German and Spanish.
        for line in [
            "Ähnliche Beiträge",
            "Entradas relacionadas",
            "Weitere Themen",
        ] {
            assert_eq!(reason(line), Some(RemovalReason::Related), "{line}");
        }
        assert_eq!(reason("Antworten"), Some(RemovalReason::Comments));
        assert!(!stop("27 commentaires sur la réforme ont été reçus."));
    }

    #[test]
    fn furniture_phrases_of_unseen_pages() {
        assert_eq!(
            reason("(Foto: Christian Charisius/dpa)"),
            Some(RemovalReason::Caption)
        );
        assert_eq!(reason("READ THE REST"), Some(RemovalReason::Related));
        assert_eq!(
            reason("We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program."),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(reason("Die Bahn will mehr Fotos zeigen."), None);
    }

    #[test]
    fn table_compiles_and_matches() {
        assert_eq!(reason("Type to search"), Some(RemovalReason::KnownPattern));
        assert_eq!(reason("Share"), Some(RemovalReason::KnownPattern));
        assert_eq!(reason("Shared values matter."), None);
        assert_eq!(reason("2 View gallery"), Some(RemovalReason::Caption));
        assert_eq!(reason("(Video: IDF)"), Some(RemovalReason::Caption));
        assert_eq!(
            reason("Also Read: Minister says X"),
            Some(RemovalReason::Related)
        );
        assert_eq!(
            reason("© 2025 Example. All rights reserved."),
            Some(RemovalReason::Copyright)
        );
        assert_eq!(
            reason("Getting your Trinity Audio player ready..."),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(
            reason("<< Follow Example on Facebook | Twitter >>"),
            Some(RemovalReason::KnownPattern)
        );
        assert_eq!(
            reason("gaza aidaa-1709823574255"),
            Some(RemovalReason::Caption)
        );
        assert!(classify("Comments", 8).is_some_and(|h| h.stop));
        assert_eq!(reason("IMG_2231.JPG"), Some(RemovalReason::Caption));
        assert!(classify("Alex on September 17, 2018 at 6:34 am said:", 44).is_some_and(|h| h.stop));
        assert_eq!(reason("Officials said the talks would resume."), None);
        for heading in [
            "10 thoughts on “Business Focus: Why Some People Triumph”",
            "One response to \"How to Plant Garlic\"",
            "3 Comments on 'A Week in Lisbon'",
        ] {
            let chars = heading.chars().count() as u32;
            assert!(
                classify(heading, chars).is_some_and(|h| h.stop),
                "{heading}"
            );
        }
        assert_eq!(reason("Two responses to the crisis emerged."), None);
        assert_eq!(reason("Two responses to “Brexit” stood out."), None);
        // Other languages: capitalised as a line opens, prose left alone.
        assert_eq!(
            reason("À lire aussi : Le port rouvre lundi"),
            Some(RemovalReason::Related)
        );
        assert!(classify("Últimas noticias", 16).is_some_and(|h| h.stop));
        assert!(classify("Ähnliche Artikel", 16).is_some_and(|h| h.stop));
        assert!(classify("ЧИТАЙТЕ ТАКЖЕ: Новый мост откроют в мае", 38).is_some());
        assert!(classify("КОММЕНТАРИИ", 11).is_some_and(|h| h.stop));
        assert_eq!(
            reason("Auch interessant: Markthalle sucht neue Pächter"),
            Some(RemovalReason::Related)
        );
        assert_eq!(
            reason("Auch interessant ist, dass die Fähre nachts mit Sonnenstrom lädt."),
            None
        );
        // More news languages: closing headings, teaser openings, ad and
        // tag labels; a sentence that starts like a label is prose.
        for heading in [
            "Tin cùng chuyên mục",
            "Najczęściej czytane",
            "많이 본 뉴스",
            "الأكثر قراءة",
        ] {
            let chars = heading.chars().count() as u32;
            assert!(
                classify(heading, chars).is_some_and(|h| h.stop),
                "{heading}"
            );
        }
        // "Related articles" boxes sit between paragraphs in these
        // languages: removed, but the body goes on.
        for heading in [
            "関連記事",
            "관련기사",
            "Habari zinazohusiana",
            "Σχετικά άρθρα",
        ] {
            let chars = heading.chars().count() as u32;
            assert!(
                classify(heading, chars)
                    .is_some_and(|h| !h.stop && h.reason == RemovalReason::Related),
                "{heading}"
            );
        }
        assert_eq!(
            reason("Czytaj także: Szpital szuka pediatrów"),
            Some(RemovalReason::Related)
        );
        assert_eq!(
            reason("Soma pia: Bunge lapitisha bajeti ya barabara"),
            Some(RemovalReason::Related)
        );
        assert!(reason("Envoyer à un ami | Imprimer | Partager sur Facebook").is_some());
        assert!(reason("Par Sylvie Dornier – Publié le 11/04/2024 à 18h20").is_some());
        assert!(reason("Publicado el 11/04/2024 a las 18:20").is_some());
        assert!(reason("Have a news tip? Email news@kvrn5.com or call our newsroom.").is_some());
        assert_eq!(
            reason("Par ailleurs, la mairie a publié le bilan de 2023 en juin."),
            None
        );
        assert_eq!(
            reason("Cầu Rạch Mây nối xã Tân Hòa Đông với trung tâm huyện. Ảnh: Hữu Phước"),
            Some(RemovalReason::Caption)
        );
        assert_eq!(
            reason("Chia sẻ với phóng viên, ông Thuận cho biết cầu sẽ thông xe vào tháng tới."),
            None
        );
        assert_eq!(
            reason("The former ferry terminal has been vacant since 2017. (Marguerite Osei/The Harbour Ledger)"),
            Some(RemovalReason::Caption)
        );
        assert_eq!(
            reason("The vote was 5-4 (Smith/Jones dissenting) and the plan passed."),
            None
        );
        assert!(
            reason("Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.").is_some()
        );
        assert!(
            reason("Local news every weekday at 6. Free, and you can unsubscribe any time.")
                .is_some()
        );
        assert!(reason("Words by Helena Marsh Photographs by Idris Penhale").is_some());
        assert!(reason("Der Kellbach-Newsletter").is_some());
        assert_eq!(
            reason("The newsletter went out to 4,000 homes, the council said, and most of them read it."),
            None
        );
        assert!(reason("You've read all of your free articles this month.").is_some());
        assert!(
            reason("Republish this story for free under a Creative Commons license.").is_some()
        );
        assert!(reason("X'te Paylaş (yeni pencerede açılır)").is_some());
        assert_eq!(
            reason(
                "A stolen excavator sits in Tullow Creek on Tuesday. (Photo courtesy State Police)"
            ),
            Some(RemovalReason::Caption)
        );
        assert!(reason("REKLAMA").is_some());
        assert!(reason("Tangazo").is_some());
        assert!(reason("Mada: mvua Mwambani miundombinu").is_some());
        assert_eq!(
            reason("Mada hii ilijadiliwa kwa kina na wabunge wa kaunti jana."),
            None
        );
        assert!(classify("Bill Harper • 3 hours ago", 25).is_some_and(|h| h.stop));
        // Sign-up, paywall and sponsor boxes, comment actions and photo
        // credits inside the article, and prose that only resembles them.
        let cases: &[(&str, Option<RemovalReason>)] = &[
            (
                "By signing up, you agree to our Terms of Use and Privacy Policy.",
                Some(RemovalReason::KnownPattern),
            ),
            (
                "Subscribe now to continue reading. Already a subscriber? Log in.",
                Some(RemovalReason::KnownPattern),
            ),
            (
                "This content is sponsored by Harbor Bank, which offers mortgages and loans.",
                Some(RemovalReason::KnownPattern),
            ),
            (
                "This week's podcast is sponsored by the Davis Cup Finals, held in Madrid.",
                None,
            ),
            (
                "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
                Some(RemovalReason::KnownPattern),
            ),
            (
                "Dieser Artikel ist nur für Abonnenten verfügbar.",
                Some(RemovalReason::KnownPattern),
            ),
            ("Like • Reply", Some(RemovalReason::Comments)),
            ("The vote • 3 hours ago, the board met again", None),
            (
                "The wetlands south of town, seen from the air in June. Photo by Sam Reed",
                Some(RemovalReason::Caption),
            ),
            (
                "Fans at the gate. (Photo courtesy of the Harbor Club)",
                Some(RemovalReason::Caption),
            ),
            (
                "She took the photo by the river. It went around the world.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(reason(line), *want, "{line}");
        }
    }

    /// Lines made from the shipped texts themselves (whole, cut short,
    /// upper-cased, inside other words and prose): the window searches
    /// must answer exactly as the automata they replace.
    #[test]
    fn window_searches_agree_with_automata_on_the_shipped_table() {
        let t = &*TABLE;
        let PhraseSearch::Windows(phrases) = &t.contains else {
            panic!("every shipped contains phrase is a window long");
        };
        let starts = t.start.texts();
        let start_automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(starts)
            .expect("valid texts");
        let phrase_automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(phrases.phrases())
            .expect("valid phrases");
        let mut lines: Vec<Vec<u8>> = Vec::new();
        for text in starts.iter().chain(phrases.phrases()) {
            let upper = text.to_ascii_uppercase();
            let cut = &text[..text.len().saturating_sub(1)];
            for variant in [text.as_slice(), &upper, cut] {
                lines.push(variant.to_vec());
                for (before, after) in [
                    (&b"Officials said "[..], &b" on Tuesday."[..]),
                    (b"", b"s and more"),
                    (b"x", b""),
                    (b"\xc2\xa9 ", b" ..."),
                ] {
                    lines.push([before, variant, after].concat());
                }
            }
        }
        let (mut opened, mut held) = (0, 0);
        for line in &lines {
            let input = aho_corasick::Input::new(line).anchored(aho_corasick::Anchored::Yes);
            let expected = start_automaton.find(input).map(|m| m.pattern().as_usize());
            assert_eq!(
                t.start.find(line),
                expected,
                "{}",
                String::from_utf8_lossy(line)
            );
            let expected = phrase_automaton.find(line).map(|m| m.pattern().as_usize());
            assert_eq!(
                phrases.find(line),
                expected,
                "{}",
                String::from_utf8_lossy(line)
            );
            opened += usize::from(t.start.find(line).is_some());
            held += usize::from(expected.is_some());
        }
        assert!(opened > lines.len() / 4 && held > 200, "{opened} {held}");
    }

    #[test]
    fn short_phrases_fall_back_to_the_automaton() {
        let phrases = ["(c)".to_string(), "all rights reserved".to_string()];
        let search = PhraseSearch::new(&phrases);
        assert!(matches!(search, PhraseSearch::Automaton(_)));
        assert_eq!(search.find("x ALL RIGHTS RESERVED (C)"), Some(1));
        assert_eq!(search.find("(c) all rights reserved"), Some(0));
        assert_eq!(search.find("nothing"), None);
        let long = PhraseSearch::new(&phrases[1..]);
        assert!(matches!(long, PhraseSearch::Windows(_)));
        assert_eq!(long.find("x ALL RIGHTS RESERVED (C)"), Some(0));
    }

    #[test]
    fn lazy_regexes_compile() {
        let t = &*TABLE;
        for p in &t.regex.needs {
            let _ = p.re.get();
        }
        for (_, re, _) in &t.gated {
            let _ = re.get();
        }
    }

    #[test]
    fn one_regex_text_under_several_gates_is_compiled_once() {
        let t = build(
            "known ends:day ,\\severy\\sday$\n\
             known ends:week ,\\severy\\sweek$\n\
             caption ends:day ,\\severy\\sday$\n\
             known needs:every ,\\severy\\sday$",
        );
        let [(_, day, _), (_, week, _), (_, day_again, _)] = &t.gated[..] else {
            panic!("three gated entries");
        };
        assert!(Arc::ptr_eq(&day.re, &day_again.re));
        assert!(Arc::ptr_eq(&day.re, &t.regex.needs[0].re.re));
        assert!(!Arc::ptr_eq(&day.re, &week.re));
        assert!(day.get().is_match("news, every day"));
        assert!(day_again.re.get().is_some(), "compiled with the first");
        assert!(week.re.get().is_none());
        // Each entry keeps its own outcome.
        assert_eq!(t.gated[0].2.reason, RemovalReason::KnownPattern);
        assert_eq!(t.gated[2].2.reason, RemovalReason::Caption);
    }

    #[test]
    fn needs_gates() {
        let t = &*TABLE;
        assert_eq!(
            t.regex.find("follow the daily news on twitter"),
            Some(Hit {
                reason: RemovalReason::KnownPattern,
                stop: false
            })
        );
        // Non-ASCII names go to the full pattern.
        assert!(t.regex.find("Follow Ynet Ünï on Facebook").is_some());
        assert!(t.regex.find("Follow Ynet Ünï at Facebook").is_none());
        assert_eq!(
            reason("gaza aidaa-1709823574255"),
            Some(RemovalReason::Caption)
        );
        assert_eq!(
            reason("World | Updated 3 hours ago"),
            Some(RemovalReason::Metadata)
        );
        assert_eq!(reason("World | Opinion"), None);
    }

    #[test]
    fn follow_ascii_form_matches_full_form_on_ascii() {
        let network = "(?:facebook|twitter|instagram|telegram|linkedin|youtube|x|tiktok|whatsapp|google news)(?-u:\\b)";
        let ascii = regex(&format!("^follow [a-z0-9 .&'-]{{2,40}} on {network}"));
        let full = regex(&format!(
            "^follow [\\p{{L}}\\p{{N}} .&'-]{{2,40}} on {network}"
        ));
        for line in [
            "Follow us on Twitter",
            "follow NBC Latino on Facebook, Twitter",
            "Follow The Verge online:",
            "Follow A on X",
            "Follow AB on X",
            "Follow A-B & C's on youtube now",
            "follow xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx on x",
            "follow xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx on x",
            "Follow us on Xbox",
            "Follow us: on twitter",
        ] {
            assert_eq!(ascii.is_match(line), full.is_match(line), "{line}");
        }
    }
}
