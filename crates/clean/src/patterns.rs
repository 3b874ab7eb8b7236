//! Known UI, promo, caption, rights, teaser and comment lines, compiled once
//! from `data/patterns.txt`.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use newsmill_types::RemovalReason;
use regex::{Regex, RegexBuilder};
use std::sync::LazyLock;

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
    /// Exact and prefix patterns in one anchored automaton (one search per
    /// line); the flag says whether the pattern must cover the whole line.
    start: AhoCorasick,
    start_hits: Vec<StartHit>,
    contains: AhoCorasick,
    contains_hits: Vec<Hit>,
    /// One alternation per distinct outcome: `is_match` on a few lazy DFAs
    /// is much cheaper than an overlapping search with a big set.
    regex: Vec<(Regex, Hit)>,
    suffix: Vec<(String, Hit)>,
    /// (required suffix, regex, outcome).
    gated: Vec<(String, Regex, Hit)>,
    /// All regex patterns at once: almost every line matches none, and one
    /// `is_match` says so.
    regex_any: Regex,
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

fn automaton(patterns: &[String], kind: MatchKind, start: StartKind) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .start_kind(start)
        .ascii_case_insensitive(true)
        .match_kind(kind)
        .build(patterns)
        .unwrap_or_else(|e| panic!("bad pattern table (a bug in data/patterns.txt): {e}"))
}

fn build(source: &str) -> Table {
    let mut exact = (Vec::new(), Vec::new());
    let mut prefix = (Vec::new(), Vec::new());
    let mut contains = (Vec::new(), Vec::new());
    let mut regex: Vec<(Vec<String>, Hit)> = Vec::new();
    let mut suffix = Vec::new();
    let mut gated = Vec::new();
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
        let slot = match kind {
            "exact" => &mut exact,
            "prefix" => &mut prefix,
            "contains" => &mut contains,
            "suffix" => {
                suffix.push((text.to_ascii_lowercase(), hit));
                continue;
            }
            gate if gate.starts_with("ends:") => {
                let re = RegexBuilder::new(&format!("(?i){text}"))
                    .build()
                    .unwrap_or_else(|e| panic!("bad regex in data/patterns.txt: {e}"));
                gated.push((gate["ends:".len()..].to_ascii_lowercase(), re, hit));
                continue;
            }
            "regex" => {
                match regex
                    .iter_mut()
                    .find(|(_, h): &&mut (Vec<String>, Hit)| *h == hit)
                {
                    Some((list, _)) => list.push(format!("(?:{text})")),
                    None => regex.push((vec![format!("(?:{text})")], hit)),
                }
                continue;
            }
            _ => panic!("bad kind in data/patterns.txt: {line}"),
        };
        slot.0.push(text.to_string());
        slot.1.push(hit);
    }
    let all: Vec<String> = regex
        .iter()
        .flat_map(|(list, _)| list.iter().cloned())
        .collect();
    let regex_any = RegexBuilder::new(&format!("(?i){}", all.join("|")))
        .dfa_size_limit(32 << 20)
        .build()
        .unwrap_or_else(|e| panic!("bad regex in data/patterns.txt: {e}"));
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
    Table {
        suffix,
        gated,
        regex_any,
        start: automaton(&texts, MatchKind::LeftmostLongest, StartKind::Anchored),
        start_hits: meanings,
        contains: automaton(&contains.0, MatchKind::LeftmostFirst, StartKind::Unanchored),
        contains_hits: contains.1,
        regex: regex
            .into_iter()
            .map(|(list, hit)| {
                let joined = format!("(?i){}", list.join("|"));
                // A roomy lazy-DFA cache: the patterns are Unicode-aware
                // and re-determinising after cache clears is slow.
                let re = RegexBuilder::new(&joined)
                    .dfa_size_limit(32 << 20)
                    .build()
                    .unwrap_or_else(|e| panic!("bad regex in data/patterns.txt: {e}"));
                (re, hit)
            })
            .collect(),
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| build(include_str!("../data/patterns.txt")));

/// The line without surrounding punctuation and symbols ("<< Follow us >>"
/// -> "Follow us"), so exact patterns need not list every decoration.
fn core(line: &str) -> &str {
    line.trim_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != ')' && c != '©')
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
    if let Some(m) = t.start.find(Input::new(core).anchored(Anchored::Yes)) {
        if let Some(meaning) = t.start_hits.get(m.pattern().as_usize()) {
            let whole = m.end() == core.len();
            let next = core[m.end()..].chars().next();
            let pattern_ends_in_word = core[..m.end()]
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
    if let Some((_, hit)) = t.suffix.iter().find(|(tail, _)| ends_with(tail)) {
        return Some(*hit);
    }
    if chars <= MAX_REGEX_CHARS {
        if let Some((_, _, hit)) = t
            .gated
            .iter()
            .find(|(tail, re, _)| ends_with(tail) && re.is_match(core))
        {
            return Some(*hit);
        }
    }
    // One word without digits is left to the exact patterns: the regexes
    // all need a number or a second word.
    if chars <= MAX_REGEX_CHARS && !sentence && (words >= 2 || digits > 0) {
        let hit = if t.regex_any.is_match(core) {
            t.regex.iter().find(|(re, _)| re.is_match(core))
        } else {
            None
        };
        if let Some((_, hit)) = hit {
            return Some(*hit);
        }
    }
    // Every `contains` phrase spans two words or more.
    if words < 2 {
        return None;
    }
    if let Some(m) = t.contains.find(line) {
        return t.contains_hits.get(m.pattern().as_usize()).copied();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(line: &str) -> Option<RemovalReason> {
        classify(line, line.chars().count() as u32).map(|h| h.reason)
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
    }
}
