//! Sentence splitting with byte offsets.
//!
//! Sentences end at every newline and after `.`, `!`, `?` (plus the closing
//! quotes or brackets that touch it) when the next token can start a
//! sentence. Periods of abbreviations and initials (`U.S.`, `Col.`, `Oct.`,
//! `Gen.`, `Mr.`, `J.`) stay inside their token (see [`crate::tokenize`]),
//! and end a sentence only before a word that opens one ("… the U.S. The
//! talks …"). This is the crate's one splitter: the tagger tags these
//! sentences and the quote, figure and date rules read them.
//!
//! ```
//! use newsmill_extract::sentence_spans;
//!
//! let text = "Col. Avichay Adraee spoke on Oct. 7. The U.S. State Department agreed.\nNext line";
//! let s: Vec<&str> = sentence_spans(text).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(
//!     s,
//!     ["Col. Avichay Adraee spoke on Oct. 7.", "The U.S. State Department agreed.", "Next line"]
//! );
//! ```

use crate::canonical::scan::{self, Tok};
use crate::tokenize::conll_tokens_into;
use newsmill_types::Span;

/// Sentence spans of `text` (byte offsets, trimmed of surrounding white
/// space, never empty).
pub fn sentence_spans(text: &str) -> Vec<Span> {
    sentence_spans_of_scan(text, &scan::tokenize(text))
}

/// [`sentence_spans`] of a text already scanned (`toks`: its
/// [`scan::tokenize`] tokens, which the tagger's tokens are built from).
pub(crate) fn sentence_spans_of_scan(text: &str, toks: &[Tok]) -> Vec<Span> {
    let mut tokens = Vec::with_capacity(toks.len());
    conll_tokens_into(text, toks, 0, &mut tokens);
    spans_of(&tokens, &text_sentences(text, &tokens))
}

/// The byte spans of sentences given as token index ranges.
pub(crate) fn spans_of(tokens: &[Span], sentences: &[(usize, usize)]) -> Vec<Span> {
    sentences
        .iter()
        .map(|&(a, b)| Span::new(tokens[a].start, tokens[b - 1].end))
        .collect()
}

/// Sentences of a tokenised text as token index ranges: newlines always
/// split, then punctuation rules. The crate's one sentence splitter: the
/// tagger tags these sentences, and the rule stages (quotes, figures,
/// dates) read the same ones, mapped onto their own tokens.
pub fn text_sentences(text: &str, tokens: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for i in 0..=tokens.len() {
        let boundary = i == tokens.len()
            || (i > 0
                && text
                    .get(tokens[i - 1].end..tokens[i].start)
                    .is_some_and(|g| g.contains('\n')));
        if boundary && i > line_start {
            for r in sentence_token_ranges(text, &tokens[line_start..i]) {
                out.push((line_start + r.start, line_start + r.end));
            }
            line_start = i;
        }
    }
    out
}

/// Splits one line's tokens into sentences: ranges of token indices.
pub fn sentence_token_ranges(text: &str, tokens: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].slice(text);
        // An abbreviation keeps its full stop ("U.S.", "Inc."), and so
        // ends a sentence only before a word that opens one ("… the U.S.
        // The talks …").
        if ends_in_abbreviation(t)
            && tokens
                .get(i + 1)
                .is_some_and(|n| is_sentence_opener(n.slice(text)))
        {
            out.push(start..i + 1);
            start = i + 1;
            i += 1;
            continue;
        }
        if is_terminal(t) {
            // Swallow closing quotes and brackets.
            let mut j = i + 1;
            while j < tokens.len() && is_closer(tokens[j].slice(text), text, tokens, j) {
                j += 1;
            }
            let next_ok = match tokens.get(j) {
                None => true,
                Some(n) => can_start(n.slice(text)),
            };
            if next_ok {
                out.push(start..j);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "..." | "…" | "?!" | "!?")
        || t.chars().all(|c| c == '.' || c == '!' || c == '?') && !t.is_empty()
}

/// A closing mark or bracket belongs to the sentence it touches: one after
/// a space opens the next ("said. ”I did" with a mis-curled mark, or
/// Swedish style).
fn is_closer(t: &str, text: &str, tokens: &[Span], j: usize) -> bool {
    matches!(t, ")" | "]" | "}" | "”" | "’" | "»" | "'" | "\"")
        && j > 0
        && tokens[j - 1].end == tokens[j].start
        && text.is_char_boundary(tokens[j].start)
}

/// A token that is an abbreviation with its full stop ("U.S.", "Inc.").
fn ends_in_abbreviation(t: &str) -> bool {
    t.len() > 1
        && t.ends_with('.')
        && !t.ends_with("..")
        && crate::tokenize::is_abbreviation(&t[..t.len() - 1])
}

/// Words that open a sentence even after an abbreviation's full stop.
fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "In"
            | "But"
            | "A"
            | "An"
            | "This"
            | "That"
            | "Meanwhile"
            | "However"
            | "On"
            | "As"
            | "After"
    )
}

fn can_start(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    !(c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']' | '%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentence_spans(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            sents("Gen. Smith met Mr. Jones and Dr. J. Doe in Jan. 2024. Then he left."),
            [
                "Gen. Smith met Mr. Jones and Dr. J. Doe in Jan. 2024.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("He said \"no.\" She agreed. “Yes.” Done"),
            ["He said \"no.\"", "She agreed.", "“Yes.”", "Done"]
        );
        assert_eq!(sents("  \n\n a \n"), ["a"]);
        assert_eq!(sents("e.g. this. and that."), ["e.g. this. and that."]);
    }
}
