//! A page's own function words, for languages the stop-word list lacks.
//!
//! Running prose in any language repeats a few short words on most of its
//! lines (Swedish "och", "på", "att"; Polish "się", "że", "na"), written in
//! lower case; menus, share bars and teaser headlines are short and
//! capitalised. When a page's long lines carry almost none of the listed
//! stop words (its language is not on the list), the short lower-case words
//! that many of its long lines share are counted as its stop words, so that
//! its short paragraphs pass as prose as an English page's do. Pages in a
//! listed language are left as they are.

use crate::body::{Line, State};
use crate::features::{features, Script};
use std::collections::HashMap;

/// Words a line needs to count as a long line of the page.
const LONG_LINE_WORDS: u32 = 8;
/// Long lines a page needs before its own words are trusted.
const MIN_LONG_LINES: usize = 3;
/// Listed stop words per word on the long lines below which the page's
/// language is taken to be missing from the list: listed languages' prose
/// is at 0.3 or more, and unlisted ones share a few words with the list by
/// chance (Polish "most", a bridge, is an English stop word).
const LISTED_SHARE_CEILING: f32 = 0.15;
/// A page's function words are short.
const MAX_WORD_CHARS: usize = 4;
/// Share of the long lines a word must appear on (and at least two lines).
const MIN_LINE_SHARE: f32 = 0.3;
/// At most this many of the page's own words.
const MAX_PAGE_WORDS: usize = 24;
/// Bytes of a line read for the count, as `features` reads (the count is
/// scaled to the whole line the same way).
const MAX_SCAN_BYTES: usize = 256;

/// Adds the page's own function words to the stop-word count of each text
/// line, when the page's language is not on the list (see the module docs).
pub(crate) fn count_page_stop_words(raw: &str, lines: &mut [Line]) {
    let long: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| is_long_alphabetic_line(l))
        .map(|(i, _)| i)
        .collect();
    if long.len() < MIN_LONG_LINES {
        return;
    }
    let (listed, words) = long.iter().fold((0u64, 0u64), |(s, w), &i| {
        (
            s + u64::from(lines[i].f.stop_words),
            w + u64::from(lines[i].f.words),
        )
    });
    if listed as f32 > LISTED_SHARE_CEILING * words as f32 {
        return;
    }
    let page = page_words(raw, lines, &long);
    if page.is_empty() {
        return;
    }
    for line in lines.iter_mut().filter(|l| l.state == State::Text) {
        let text = scanned_part(line.span.slice(raw));
        let (mut found, mut seen) = (0u64, 0u64);
        for word in words_of(text) {
            seen += 1;
            found += u64::from(lower_case(word) && page.contains(&word));
        }
        if found > 0 {
            // Scaled to the whole line, as `features` scales its counts.
            let extra = found * u64::from(line.f.words) / seen.max(1);
            line.f.stop_words = line
                .f
                .stop_words
                .saturating_add(u32::try_from(extra).unwrap_or(u32::MAX))
                .min(line.f.words);
        }
    }
}

/// A text line of eight words or more, mostly in a cased alphabet (the
/// stop-word test is waived for the others already).
fn is_long_alphabetic_line(l: &Line) -> bool {
    let cased = l.f.scripts[Script::Latin as usize] + l.f.scripts[Script::Cyrillic as usize];
    l.state == State::Text && l.f.words >= LONG_LINE_WORDS && cased * 2 >= l.f.letters
}

/// The short lower-case words on at least 30% of the long lines (and two),
/// most frequent first, that the list does not hold already.
fn page_words<'a>(raw: &'a str, lines: &[Line], long: &[usize]) -> Vec<&'a str> {
    let mut lines_with: HashMap<&str, usize> = HashMap::new();
    let mut on_this_line: Vec<&str> = Vec::new();
    for &i in long {
        on_this_line.clear();
        for word in words_of(scanned_part(lines[i].span.slice(raw))) {
            if word.chars().count() <= MAX_WORD_CHARS
                && lower_case(word)
                && !on_this_line.contains(&word)
            {
                on_this_line.push(word);
            }
        }
        for word in &on_this_line {
            *lines_with.entry(word).or_default() += 1;
        }
    }
    let need = ((MIN_LINE_SHARE * long.len() as f32).ceil() as usize).max(2);
    let mut page: Vec<(&str, usize)> = lines_with
        .into_iter()
        .filter(|&(word, n)| n >= need && features(word).stop_words == 0)
        .collect();
    page.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    page.truncate(MAX_PAGE_WORDS);
    page.into_iter().map(|(word, _)| word).collect()
}

/// The part of a line `features` reads.
fn scanned_part(line: &str) -> &str {
    let mut end = line.len().min(MAX_SCAN_BYTES);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

/// Runs of letters.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

fn lower_case(word: &str) -> bool {
    !word.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::features;
    use newsmill_types::Span;

    fn lines_of(raw: &str) -> Vec<Line> {
        let mut at = 0;
        raw.split('\n')
            .map(|text| {
                let span = Span::new(at, at + text.len());
                at += text.len() + 1;
                Line {
                    span,
                    f: features(text),
                    state: State::Text,
                    stop: false,
                }
            })
            .collect()
    }

    #[test]
    fn an_unlisted_language_gets_its_own_function_words() {
        let raw = "Dela på Facebook\n\
            Den nya bron över älven i byn öppnades för trafik på morgonen.\n\
            Bygget tog tre år och kostade mer än vad kommunen hade räknat med.\n\
            Enligt kommunen blir vägen till skolan kortare för hundratals barn.\n\
            Tunga lastbilar får dock inte köra över bron.";
        let mut lines = lines_of(raw);
        let before: Vec<u32> = lines.iter().map(|l| l.f.stop_words).collect();
        count_page_stop_words(raw, &mut lines);
        // "för", "över" and "på" recur; the short body line now reads as prose.
        assert!(lines[4].f.stop_words > before[4]);
        assert!(lines[4].f.prose_like());
        // The capitalised share line stays no prose.
        assert!(!lines[0].f.prose_like());
    }

    #[test]
    fn a_listed_language_is_left_alone() {
        let raw = "Share on Facebook\n\
            The new bridge over the river opened to traffic on Saturday morning.\n\
            The work took three years and cost more than the council had planned.\n\
            According to the mayor the road to school is now much shorter for children.\n\
            Heavy lorries still may not cross it.";
        let mut lines = lines_of(raw);
        let before: Vec<u32> = lines.iter().map(|l| l.f.stop_words).collect();
        count_page_stop_words(raw, &mut lines);
        let after: Vec<u32> = lines.iter().map(|l| l.f.stop_words).collect();
        assert_eq!(before, after);
    }
}
