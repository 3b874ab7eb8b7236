//! Pull quotes: a sentence of the article printed again, large, between its
//! paragraphs ("The problem downtown is not too few parking spaces."). In
//! naive text it is a short line of prose that reads as a paragraph of its
//! own; it is found as a kept line whose words stand inside a longer kept
//! line of the same page.

use crate::body::{Line, State};
use newsmill_types::RemovalReason;

/// A pull quote's length in characters: a sentence or two.
const MIN_CHARS: u32 = 40;
const MAX_CHARS: u32 = 300;
/// Words a pull quote has at least (shorter lines are headings or cells).
const MIN_WORDS: u32 = 6;
/// Lines checked per article, so a page of many short paragraphs costs a
/// bounded amount.
const MAX_CANDIDATES: usize = 24;

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
    for c in candidates {
        let needle = lines[c]
            .span
            .slice(raw)
            .trim_matches(|ch: char| ch.is_whitespace() || is_quote_mark(ch));
        if needle.len() < MIN_CHARS as usize {
            continue;
        }
        let inside_longer = kept.iter().any(|&j| {
            j != c
                && lines[j].state == State::Kept
                && lines[j].span.len() > needle.len() + needle.len() / 4
                && lines[j].span.slice(raw).contains(needle)
        });
        if inside_longer {
            lines[c].state = State::Removed(RemovalReason::Repeated);
        }
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„')
}
