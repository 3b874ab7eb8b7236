//! Sentence splitting with byte offsets.
//!
//! Sentences end at every newline and after `.`, `!`, `?` (plus any closing
//! quotes or brackets) when the next token can start a sentence. Periods of
//! abbreviations and initials (`U.S.`, `Col.`, `Oct.`, `Gen.`, `Mr.`, `J.`)
//! stay inside their token (see [`crate::tokenize`]) and so never end a
//! sentence on their own.
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

use crate::tokenize::tokenize_into;
use newsmill_types::Span;

/// Sentence spans of `text` (byte offsets, trimmed of surrounding white
/// space, never empty).
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut spans = Vec::new();
    // Newlines always end a sentence: split by lines first.
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        tokens.clear();
        tokenize_into(line, &mut tokens);
        for sent in sentence_token_ranges(line, &tokens) {
            let (a, b) = (tokens[sent.start].start, tokens[sent.end - 1].end);
            spans.push(Span::new(line_start + a, line_start + b));
        }
        line_start += line.len();
    }
    spans
}

/// Splits one line's tokens into sentences: ranges of token indices.
pub fn sentence_token_ranges(text: &str, tokens: &[Span]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].slice(text);
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

fn is_closer(t: &str, text: &str, tokens: &[Span], j: usize) -> bool {
    match t {
        ")" | "]" | "}" | "”" | "’" | "»" | "'" => true,
        // A straight double quote closes when glued to the previous token.
        "\"" => {
            j > 0 && tokens[j - 1].end == tokens[j].start && text.is_char_boundary(tokens[j].start)
        }
        _ => false,
    }
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
