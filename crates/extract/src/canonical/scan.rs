//! Shared single-pass text scanning for the rule modules (canonical, quotes,
//! figures, dates): word/punctuation tokens with byte offsets, abbreviation
//! aware sentence ends, and lower-casing (into a stack buffer, or once per
//! text in a [`TokenView`]) so lexicon look-ups never allocate per token.

use newsmill_types::Mention;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters/digits, with inner `-`, `'`, `’`, `.`, `,` between two
    /// alphanumerics ("al-Qanua", "Katz’s", "38,000", "U.S").
    Word,
    /// Any other single non-space character (quote marks, dashes, commas ...).
    Punct,
    /// A line break: always ends a sentence; two in a row (or one, in this
    /// project's clean text) end a paragraph.
    Newline,
}

/// One token: `start..end` are byte offsets into the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// The char at byte `i` of `text` (which must be a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        let c = text.get(i..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }
}

/// Splits `text` into tokens. Offsets are always on char boundaries. ASCII
/// is classified byte by byte; other characters are decoded.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut toks = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (alnum, len) = if b < 0x80 {
            match b {
                b'\n' => {
                    toks.push(Tok {
                        start: i,
                        end: i + 1,
                        kind: TokKind::Newline,
                    });
                    i += 1;
                    continue;
                }
                b'\t' | b'\x0B' | b'\x0C' | b'\r' | b' ' => {
                    i += 1;
                    continue;
                }
                _ => (b.is_ascii_alphanumeric(), 1),
            }
        } else {
            let Some((c, len)) = char_at(text, i) else {
                break;
            };
            if c.is_whitespace() {
                i += len;
                continue;
            }
            (c.is_alphanumeric(), len)
        };
        if !alnum {
            toks.push(Tok {
                start: i,
                end: i + len,
                kind: TokKind::Punct,
            });
            i += len;
            continue;
        }
        let mut end = i + len;
        while end < n {
            let d = bytes[end];
            if d.is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            let (joiner, dl) = if d < 0x80 {
                if !matches!(d, b'-' | b'\'' | b'.' | b',') {
                    break;
                }
                (d as char, 1)
            } else {
                let Some((c, dl)) = char_at(text, end) else {
                    break;
                };
                if c.is_alphanumeric() {
                    end += dl;
                    continue;
                }
                if c != '’' {
                    break;
                }
                (c, dl)
            };
            // Joiner only when an alphanumeric follows it (for ',' only
            // between digits: "38,000").
            let after = char_at(text, end + dl).map(|x| x.0);
            let ok = match joiner {
                ',' => bytes[end - 1].is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit()),
                _ => after.is_some_and(char::is_alphanumeric),
            };
            if !ok {
                break;
            }
            end += dl;
        }
        toks.push(Tok {
            start: i,
            end,
            kind: TokKind::Word,
        });
        i = end;
    }
    toks
}

/// One article's tokens (with their lower-cased copy) and sentences, built
/// once per article and read by the quote, figure and date rules.
pub(crate) struct Scanned<'t> {
    pub view: TokenView<'t>,
    /// Sentences as token index ranges (see [`sentences`]).
    pub sentences: Vec<(usize, usize)>,
}

impl<'t> Scanned<'t> {
    pub fn new(text: &'t str) -> Self {
        let view = TokenView::new(text);
        let sentences = sentences(text, &view.toks);
        Scanned { view, sentences }
    }
}

/// A text with its tokens and an ASCII-lower-cased copy, for the rule
/// modules' look-ups by token index. The copy is made once per text and has
/// the same byte offsets, so [`TokenView::lw`] never allocates per token.
/// Out-of-range indices read as `""` (not a word).
pub(crate) struct TokenView<'t> {
    pub text: &'t str,
    /// `text` with ASCII letters lower-cased (same byte offsets).
    pub lower: String,
    pub toks: Vec<Tok>,
}

impl<'t> TokenView<'t> {
    pub fn new(text: &'t str) -> Self {
        TokenView {
            text,
            lower: text.to_ascii_lowercase(),
            toks: tokenize(text),
        }
    }
    /// The text of token `i` ("" past the end).
    pub fn w(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .map(|t| &self.text[t.start..t.end])
            .unwrap_or("")
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }
    /// The lower-cased word at token `i` ("" for punctuation).
    pub fn lw(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => self.lower.get(t.start..t.end).unwrap_or(""),
            _ => "",
        }
    }
    /// Lower-cased word for verb look-ups: capitalised words ("States") are not verbs.
    pub fn lv(&self, i: usize) -> &str {
        if starts_upper(self.w(i)) {
            ""
        } else {
            self.lw(i)
        }
    }
    /// The text of the inclusive token range `a..=b` ("" when out of range).
    pub fn span(&self, a: usize, b: usize) -> &'t str {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.start <= y.end => &self.text[x.start..y.end],
            _ => "",
        }
    }
}

/// Lower-cases the ASCII letters of `s` into `buf`; `""` when it does not fit.
pub(crate) fn lower<'b>(s: &str, buf: &'b mut [u8; 48]) -> &'b str {
    let bytes = s.as_bytes();
    if bytes.len() > buf.len() {
        return "";
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("")
}

pub(crate) use newsmill_entities::strip_possessive;

pub(crate) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The month of a lower-cased month name or abbreviation ("oct"), and
/// whether it is the abbreviation.
pub(crate) fn month_of(lw: &str) -> Option<(u32, bool)> {
    Some(match lw {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// Abbreviations whose final period does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let mut buf = [0u8; 48];
    let lw = lower(word, &mut buf);
    if word.contains('.') {
        return true; // "U.S", "U.N"
    }
    if word.chars().count() == 1 && starts_upper(word) {
        return true; // initials: "J."
    }
    if month_of(lw).is_some_and(|(_, abbr)| abbr) {
        return true; // "Oct.", "Sept."
    }
    matches!(
        lw,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "col"
            | "gen"
            | "lt"
            | "sgt"
            | "capt"
            | "maj"
            | "rep"
            | "sen"
            | "gov"
            | "prof"
            | "st"
            | "no"
            | "vs"
            | "jr"
            | "sr"
            | "inc"
            | "corp"
            | "ltd"
            | "co"
            | "adm"
            | "brig"
            | "cpl"
            | "pvt"
            | "rev"
            | "hon"
    )
}

/// Words that start a new sentence even after an abbreviation ("... the U.S. The talks").
fn is_sentence_starter(word: &str) -> bool {
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

fn is_closing_quote(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "»")
}

/// Longest sentence in tokens: longer runs are cut, which bounds the work
/// per sentence on text without punctuation.
const MAX_SENTENCE_TOKENS: usize = 400;

/// Sentences as half-open token index ranges `[a, b)`. A sentence ends after
/// `.`, `!` or `?` (plus any closing quote marks) when the next token starts
/// a new sentence, and at every newline. Abbreviations ("U.S.", "Col.",
/// "Oct.") do not end a sentence unless a typical sentence opener follows.
pub(crate) fn sentences(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let s = &text[t.start..t.end];
        if i - start >= MAX_SENTENCE_TOKENS {
            out.push((start, i));
            start = i;
        }
        if t.kind == TokKind::Newline {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
            i += 1;
            continue;
        }
        if t.kind == TokKind::Punct && matches!(s, "." | "!" | "?") {
            // Include closing quote marks right after the terminator.
            let mut j = i + 1;
            while j < toks.len()
                && toks[j].kind == TokKind::Punct
                && is_closing_quote(&text[toks[j].start..toks[j].end])
                && toks[j].start == toks[j - 1].end
            {
                j += 1;
            }
            let next = toks.get(j);
            let spaced = next.is_none_or(|n| n.start > toks[j - 1].end);
            let mut ends = spaced;
            if ends
                && s == "."
                && i > 0
                && toks[i - 1].kind == TokKind::Word
                && toks[i - 1].end == t.start
            {
                let prev = &text[toks[i - 1].start..toks[i - 1].end];
                if is_abbreviation(prev) {
                    ends = next.is_some_and(|n| {
                        n.kind == TokKind::Word && is_sentence_starter(&text[n.start..n.end])
                    });
                }
            }
            if ends {
                // Lower-case continuation ("... said. he") is rare; still end.
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

/// Mentions with valid offsets into `text`, sorted by start (indices into the input).
pub(crate) fn valid_mentions(text: &str, mentions: &[Mention]) -> Vec<usize> {
    let mut v: Vec<usize> = (0..mentions.len())
        .filter(|&k| {
            let m = &mentions[k];
            m.span.start < m.span.end && text.get(m.span.start..m.span.end).is_some()
        })
        .collect();
    v.sort_by_key(|&k| (mentions[k].span.start, mentions[k].span.end));
    v
}

/// First token index whose start is >= `byte`.
pub(crate) fn tok_at_or_after(toks: &[Tok], byte: usize) -> usize {
    toks.partition_point(|t| t.start < byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_names_numbers_and_possessives_whole() {
        assert_eq!(
            words("Abdel al-Qanua’s 38,000 U.S. envoy, 2.3 million."),
            vec![
                "Abdel",
                "al-Qanua’s",
                "38,000",
                "U.S",
                ".",
                "envoy",
                ",",
                "2.3",
                "million",
                "."
            ]
        );
        assert_eq!(
            words("war—stating “any”"),
            vec!["war", "—", "stating", "“", "any", "”"]
        );
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "The U.S. envoy met Col. Dan Ari on Oct. 7 in town. He left.\nNext one";
        let toks = tokenize(text);
        let s = sentences(text, &toks);
        let spans: Vec<&str> = s
            .iter()
            .map(|&(a, b)| &text[toks[a].start..toks[b - 1].end])
            .collect();
        assert_eq!(
            spans,
            vec![
                "The U.S. envoy met Col. Dan Ari on Oct. 7 in town.",
                "He left.",
                "Next one"
            ]
        );
    }

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Katz’s"), "Katz");
        assert_eq!(strip_possessive("Hamas’"), "Hamas");
        assert_eq!(strip_possessive("Gaza"), "Gaza");
    }
}
