//! Pull quotes: a sentence of the article printed again, large, between its
//! paragraphs ("The problem downtown is not too few parking spaces."). In
//! naive text it is a short line of prose that reads as a paragraph of its
//! own; it is found as a kept line whose words stand inside a longer kept
//! line of the same page.

use crate::body::{Line, State};
use crate::features::{is_closing_mark, is_opening_mark};
use newsmill_types::RemovalReason;

/// A pull quote's length in characters: a sentence or two.
const MIN_CHARS: u32 = 40;
const MAX_CHARS: u32 = 300;
/// Words a pull quote has at least (shorter lines are headings or cells).
const MIN_WORDS: u32 = 6;
/// Lines checked per article, so a page of many short paragraphs costs a
/// bounded amount.
const MAX_CANDIDATES: usize = 24;
/// Bytes of a sentence's opening compared before a full search.
const OPENING_BYTES: usize = 24;

/// Marks kept lines repeated inside a longer kept line as repeated.
pub(crate) fn drop_pull_quotes(raw: &str, lines: &mut [Line]) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].state == State::Kept)
        .collect();
    let candidates: Vec<usize> = kept
        .iter()
        .copied()
        .filter(|&i| {
            let f = &lines[i].f;
            (MIN_CHARS..=MAX_CHARS).contains(&f.chars) && f.words >= MIN_WORDS
        })
        .take(MAX_CANDIDATES)
        .collect();
    if candidates.is_empty() {
        return;
    }
    // A pull quote repeats a sentence: its opening bytes are those of a
    // sentence of a longer kept line. So a candidate is searched for in
    // full only when its opening opens a sentence of another kept line;
    // the few candidates' openings are compared at every sentence start.
    let needles: Vec<(usize, &str)> = candidates
        .iter()
        .map(|&c| {
            let needle = lines[c].span.slice(raw).trim_matches(|ch: char| {
                ch.is_whitespace() || is_opening_mark(ch) || is_closing_mark(ch)
            });
            (c, needle)
        })
        .filter(|(_, needle)| needle.len() >= MIN_CHARS as usize)
        .collect();
    let mut opens_elsewhere = vec![false; needles.len()];
    for &k in &kept {
        let text = lines[k].span.slice(raw);
        if text.len() < MIN_CHARS as usize {
            continue;
        }
        let mut start = words_start(text, 0);
        loop {
            if let Some(opening) = text.as_bytes().get(start..start + OPENING_BYTES) {
                // The first bytes alone turn most pairs away.
                for (n, (c, needle)) in needles.iter().enumerate() {
                    if needle.as_bytes().first() == opening.first()
                        && *c != k
                        && needle.as_bytes().get(..OPENING_BYTES) == Some(opening)
                    {
                        opens_elsewhere[n] = true;
                    }
                }
            }
            let Some(end) = memchr::memchr3(b'.', b'?', b'!', &text.as_bytes()[start..]) else {
                break;
            };
            start = words_start(text, start + end + 1);
            if start >= text.len() {
                break;
            }
        }
    }
    for (&(c, needle), _) in needles.iter().zip(&opens_elsewhere).filter(|(_, o)| **o) {
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let inside_longer = kept.iter().any(|&j| {
            j != c
                && lines[j].span.len() > needle.len() + needle.len() / 4
                && finder.find(lines[j].span.slice(raw).as_bytes()).is_some()
        });
        if inside_longer {
            lines[c].state = State::Removed(RemovalReason::Repeated);
        }
    }
}

/// Where the words of a sentence starting at byte `at` of `text` open:
/// past white space and quotation marks ('“If you only …').
fn words_start(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    at + rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || is_opening_mark(c))
            .len()
}
