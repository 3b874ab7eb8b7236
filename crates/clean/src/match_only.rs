//! A regex asked only whether it matches, compiled to its forward lazy DFA
//! alone. `regex::Regex` also compiles a reverse automaton (to find where
//! a match starts) and a one-pass DFA (for groups); a whether-question
//! needs neither, and for the cleaner's Unicode, case-insensitive patterns
//! those made up more than half of compiling them: the pattern table's
//! regexes cost a whole run 72 M instructions less this way
//! (`benches/run_instructions.sh`). The answers are the same: the same
//! syntax, Unicode and case rules, and the same forward search `regex`
//! makes for `is_match`.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{meta, Anchored, Input, MatchKind, PatternSet};
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// One pattern, or a set of them, that answers only "does it match" (and,
/// for a set, "which match").
pub(crate) struct MatchOnly {
    patterns: Vec<String>,
    /// The lazy DFA and the caches its searches write to, one per thread.
    dfa: Option<(DFA, Pool<Cache, CacheFn>)>,
    anchored: Anchored,
    /// The full engine, built only if the lazy DFA cannot answer (a
    /// pattern it cannot compile, or a search it gives up on).
    fallback: OnceLock<meta::Regex>,
}

impl MatchOnly {
    /// Compiles a built-in pattern; a bad one is a bug, found by the tests
    /// that use each pattern.
    pub(crate) fn new(pattern: &str) -> MatchOnly {
        Self::new_set(&[pattern])
    }

    /// Compiles a set of built-in patterns, matched together.
    pub(crate) fn new_set<P: AsRef<str>>(patterns: &[P]) -> MatchOnly {
        let patterns: Vec<String> = patterns.iter().map(|p| p.as_ref().to_string()).collect();
        let dfa = forward_dfa(&patterns);
        let anchored = match &dfa {
            // A set of patterns that all open with `^`: the search stops as
            // soon as none can match, as `regex` does.
            Some(dfa) if dfa.get_nfa().is_always_start_anchored() => Anchored::Yes,
            _ => Anchored::No,
        };
        let dfa = dfa.map(|dfa| {
            let maker = dfa.clone();
            let create: CacheFn = Box::new(move || maker.create_cache());
            (dfa, Pool::new(create))
        });
        let this = MatchOnly {
            patterns,
            dfa,
            anchored,
            fallback: OnceLock::new(),
        };
        if this.dfa.is_none() {
            this.full();
        }
        this
    }

    /// Whether a pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        if let Some((dfa, caches)) = &self.dfa {
            let input = Input::new(text).anchored(self.anchored).earliest(true);
            let mut cache = caches.get();
            if let Ok(found) = dfa.try_search_fwd(&mut cache, &input) {
                return found.is_some();
            }
        }
        self.full().is_match(text)
    }

    /// The indexes of the patterns that match `text`, in order.
    pub(crate) fn matching(&self, text: &str) -> Vec<usize> {
        let mut set = PatternSet::new(self.patterns.len());
        if let Some((dfa, caches)) = &self.dfa {
            let input = Input::new(text).anchored(self.anchored);
            let mut cache = caches.get();
            if dfa
                .try_which_overlapping_matches(&mut cache, &input, &mut set)
                .is_ok()
            {
                return set.iter().map(|p| p.as_usize()).collect();
            }
            set.clear();
        }
        let full = self.full();
        full.which_overlapping_matches(&Input::new(text), &mut set);
        set.iter().map(|p| p.as_usize()).collect()
    }

    fn full(&self) -> &meta::Regex {
        self.fallback.get_or_init(|| {
            meta::Builder::new()
                .configure(meta::Config::new().match_kind(MatchKind::All))
                .build_many(&self.patterns)
                .unwrap_or_else(|e| panic!("bad built-in regex {:?}: {e}", self.patterns))
        })
    }
}

/// The forward lazy DFA of the patterns, as `regex` configures it for a
/// set (every match kept, so that "which match" can be answered), with a
/// roomy cache: re-determinising these Unicode patterns after a cache
/// clear is slow. None when the lazy DFA cannot take them (a Unicode word
/// boundary).
fn forward_dfa(patterns: &[String]) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(thompson::Config::new().which_captures(WhichCaptures::None))
        .build_many(patterns)
        .ok()?;
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .cache_capacity(32 << 20),
        )
        .build_from_nfa(nfa)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::{Regex, RegexSet};

    const PATTERNS: &[&str] = &[
        r"(?i)^follow [\p{L}\p{N} .&'-]{2,40} on (?:facebook|twitter|x)(?-u:\b)",
        r"(?i)(?-u:\b)\d{1,3}[\s-]?min(?:ute)?s?\s+read$",
        r"(?i)^[^•]{1,40}\s[•·|]\s(?:\d+|an?)\s+(?:seconds?|minutes?|hours?)",
        r"(?i)\.\s\(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s?\)$",
        r"(?i)(?:记者|通讯员)\s*[\x{4E00}-\x{9FFF}]{2,4}",
        // A Unicode word boundary: the lazy DFA cannot take it.
        r"(?i)\bformerly\b",
    ];

    const LINES: &[&str] = &[
        "Follow Ana Lee on Twitter",
        "FOLLOW The Daily Ledger on X",
        "follow me on facebook now",
        "Follow a on X",
        "5 min read",
        "12-minute read",
        "It takes 5 min read",
        "Jo Marsh • 3 hours ago",
        "He left. (Ann Lee)",
        "Said so. (ÉLODIE Brun-Ndiaye)",
        "记者 王小明",
        "She was formerly a nurse",
        "Formerlyx",
        "Ṡtraße ſ K",
        "",
    ];

    #[test]
    fn answers_as_regex_does() {
        for pattern in PATTERNS {
            let ours = MatchOnly::new(pattern);
            let theirs = Regex::new(pattern).expect("pattern compiles");
            for line in LINES {
                assert_eq!(
                    ours.is_match(line),
                    theirs.is_match(line),
                    "{pattern} on {line:?}"
                );
            }
        }
    }

    #[test]
    fn a_set_answers_which_as_regex_set_does() {
        let anchored = [
            r"(?i)^\d+\s*(?:shares?|views?)$",
            r"(?i)^\d+",
            r"(?i)^(?:image|photo)s?:",
        ];
        for patterns in [&anchored[..], PATTERNS] {
            let ours = MatchOnly::new_set(patterns);
            let theirs = RegexSet::new(patterns).expect("patterns compile");
            for line in LINES
                .iter()
                .chain(&["12 views", "12", "Photos: AP", "photo"])
            {
                assert_eq!(ours.is_match(line), theirs.is_match(line), "{line:?}");
                let want: Vec<usize> = theirs.matches(line).iter().collect();
                assert_eq!(ours.matching(line), want, "{line:?}");
            }
        }
    }

    #[test]
    fn a_pattern_the_lazy_dfa_cannot_take_is_answered_by_the_full_engine() {
        let unicode_boundary = MatchOnly::new(r"(?i)\bformerly\b");
        assert!(unicode_boundary.dfa.is_none());
        assert!(unicode_boundary.is_match("She was formerly a nurse"));
        assert!(!unicode_boundary.is_match("Formerlyx"));
    }

    #[test]
    fn only_anchored_sets_search_anchored() {
        assert_eq!(MatchOnly::new(r"(?i)^\d+").anchored, Anchored::Yes);
        assert_eq!(MatchOnly::new(r"\d+$").anchored, Anchored::No);
        assert_eq!(MatchOnly::new_set(&[r"^a", r"b"]).anchored, Anchored::No);
    }
}
