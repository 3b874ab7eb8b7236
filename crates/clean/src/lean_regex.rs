//! A regex for the patterns the cleaner runs on a few lines of a page
//! (bylines, datelines, rights lines, writers' bios), compiled without the
//! lazy DFA that `regex::Regex` builds for fast searching. That DFA needs a
//! second, reverse automaton, and for these Unicode-heavy patterns
//! (`\p{Lu}[\p{L}\p{M}…]*` repeated) building both took about a third of
//! the cleaner's start-up (some 12 ms a process). Searching without it is
//! slower per byte, which does not show on a handful of anchored lines; on
//! patterns tried on many lines it does (see `structure::re`). The matches
//! are the same: the same syntax, leftmost-first, Unicode.

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;

/// A built-in pattern compiled to its forward automaton only.
pub(crate) struct LeanRegex(Regex);

impl LeanRegex {
    /// Compiles a built-in pattern; a bad one is a bug, found by the tests
    /// that use each pattern.
    pub(crate) fn new(pattern: &str) -> LeanRegex {
        let config = meta::Config::new().hybrid(false).dfa(false);
        let regex = meta::Builder::new()
            .configure(config)
            .build(pattern)
            .unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"));
        LeanRegex(regex)
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// The groups of the leftmost-first match in `text`, if any.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Groups<'t>> {
        let mut caps = self.0.create_captures();
        self.0.captures(text, &mut caps);
        caps.is_match().then_some(Groups { text, caps })
    }
}

/// The groups of one match.
pub(crate) struct Groups<'t> {
    text: &'t str,
    caps: Captures,
}

impl<'t> Groups<'t> {
    /// Group `index` (0 is the whole match), when it took part.
    pub(crate) fn get(&self, index: usize) -> Option<Group<'t>> {
        let span = self.caps.get_group(index)?;
        let text = self.text.get(span.start..span.end)?;
        Some(Group {
            text,
            end: span.end,
        })
    }
}

/// One group's text and where it ends in the searched text.
pub(crate) struct Group<'t> {
    text: &'t str,
    end: usize,
}

impl<'t> Group<'t> {
    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same pattern as a `regex::Regex`, on lines that match it in
    /// several ways, partly, or not at all: the same groups.
    #[test]
    fn groups_are_those_of_the_full_regex() {
        // The second pattern's first branch is the shorter: leftmost-first
        // takes it where a longest match would not.
        let patterns = [
            r"^(?i:by)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,2})(\s*\|)?",
            r"(?i)\b(?:by)\s+(Ann|Ann Lee|Zoë)(,)?",
        ];
        for pattern in patterns {
            let lean = LeanRegex::new(pattern);
            let full = regex::Regex::new(pattern).unwrap();
            for line in [
                "By Ann Lee",
                "BY ÉLODIE Brûlé, Tom O’Neil and Zoë Ng | Staff",
                "by ann lee",
                "By Ann Lee and Bob Ray and Cy Do and Di Em",
                "Bylines are odd",
                "",
                "By  Łukasz Żuk |",
                "words by Zoë, pictures by Ann",
            ] {
                let want = full.captures(line);
                let got = lean.captures(line);
                assert_eq!(want.is_some(), got.is_some(), "{line:?}");
                assert_eq!(full.is_match(line), lean.is_match(line), "{line:?}");
                if let (Some(want), Some(got)) = (want, got) {
                    for i in 0..3 {
                        assert_eq!(
                            want.get(i).map(|m| (m.as_str(), m.end())),
                            got.get(i).map(|g| (g.as_str(), g.end())),
                            "{line:?} group {i}"
                        );
                    }
                }
            }
        }
    }
}
