//! The crate's one tokenizer and the rules' view of it: word/punctuation
//! tokens with byte offsets (the tagger's CoNLL tokens are built from them,
//! `crate::tokenize`), the sentences of the crate's one splitter mapped
//! onto them, and lower-casing (into a stack buffer, or once per text in a
//! [`TokenView`]) so lexicon look-ups never allocate per token.

use newsmill_types::chars::is_alphanumeric;
use newsmill_types::{Mention, Span};

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

/// Byte classes of [`tokenize`]'s ASCII paths (bytes of 0x80 and above
/// are decoded instead).
const BLANK: u8 = 1; // ASCII white space other than a line break
const ALNUM: u8 = 2;
const JOINER: u8 = 4; // `-`, `'`, `.` and `,`: inside a word between two alphanumerics

/// [`BLANK`], [`ALNUM`] and [`JOINER`] by byte: one look-up per byte where
/// the word loop was two range tests.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x80 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(byte, b'\t' | b'\x0B' | b'\x0C' | b'\r' | b' ') {
            BLANK
        } else if matches!(byte, b'-' | b'\'' | b'.' | b',') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Splits `text` into tokens. Offsets are always on char boundaries. ASCII
/// is classified byte by byte; other characters are decoded.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, &mut toks);
    toks
}

/// [`tokenize`], appending to `toks` (a buffer reused over many short
/// texts).
pub(crate) fn tokenize_into(text: &str, toks: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let len = if b < 0x80 {
            let class = BYTE_CLASS[usize::from(b)];
            if class & ALNUM == 0 {
                if class & BLANK == 0 {
                    let kind = if b == b'\n' {
                        TokKind::Newline
                    } else {
                        TokKind::Punct
                    };
                    toks.push(Tok {
                        start: i,
                        end: i + 1,
                        kind,
                    });
                }
                i += 1;
                continue;
            }
            1
        } else {
            let Some((c, len)) = char_at(text, i) else {
                break;
            };
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_alphanumeric(c) {
                toks.push(Tok {
                    start: i,
                    end: i + len,
                    kind: TokKind::Punct,
                });
                i += len;
                continue;
            }
            len
        };
        let end = word_end(text, i + len);
        toks.push(Tok {
            start: i,
            end,
            kind: TokKind::Word,
        });
        // The space after a word (most words have one) is passed here, not
        // by another turn of the loop.
        i = end + usize::from(bytes.get(end) == Some(&b' '));
    }
}

/// Where the word whose first character ends at byte `end` ends:
/// alphanumerics, and joiners with an alphanumeric after them (for `,`
/// only between digits: "38,000").
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    let n = bytes.len();
    loop {
        while end < n && BYTE_CLASS[usize::from(bytes[end])] & ALNUM != 0 {
            end += 1;
        }
        let Some(&d) = bytes.get(end) else {
            return end;
        };
        let (joiner, dl) = if d < 0x80 {
            if BYTE_CLASS[usize::from(d)] & JOINER == 0 {
                return end;
            }
            (d as char, 1)
        } else {
            let Some((c, dl)) = char_at(text, end) else {
                return end;
            };
            if is_alphanumeric(c) {
                end += dl;
                continue;
            }
            if c != '’' {
                return end;
            }
            (c, dl)
        };
        let after = char_at(text, end + dl).map(|x| x.0);
        let ok = match joiner {
            ',' => bytes[end - 1].is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit()),
            _ => after.is_some_and(is_alphanumeric),
        };
        if !ok {
            return end;
        }
        end += dl;
    }
}

/// One article's tokens (with their lower-cased copy) and sentences, built
/// once per article and read by the quote, figure and date rules.
pub(crate) struct Scanned<'t> {
    pub view: TokenView<'t>,
    /// Sentences as token index ranges (see [`sentences`]).
    pub sentences: Vec<(usize, usize)>,
}

impl<'t> Scanned<'t> {
    /// Scans `text`, splitting it into sentences with the crate's splitter
    /// ([`crate::sentence_spans`]) over the tagger's tokens, which are
    /// built from this scan's.
    pub fn new(text: &'t str) -> Self {
        let view = TokenView::new(text);
        let spans = crate::sentences::sentence_spans_of_scan(text, &view.toks);
        Scanned::of_view(view, &spans)
    }

    /// The scan of a text already tokenized (as the extractor does before
    /// tagging, so that the tagger and the rules share one tokenization).
    pub fn of_view(view: TokenView<'t>, sentence_spans: &[Span]) -> Self {
        let sentences = sentences(&view.toks, sentence_spans);
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

/// Longest sentence in tokens: longer runs are cut, which bounds the work
/// per sentence on text without punctuation.
const MAX_SENTENCE_TOKENS: usize = 400;

/// The sentences of `sentence_spans` (byte spans in text order, from
/// [`crate::sentences`], the crate's one splitter) as half-open ranges
/// `[a, b)` of `toks`: a sentence ends before the first token that starts
/// at or past a span's end, at every newline, and after
/// [`MAX_SENTENCE_TOKENS`] tokens without an end.
pub(crate) fn sentences(toks: &[Tok], sentence_spans: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(sentence_spans.len() + 1);
    let mut ends = sentence_spans.iter().map(|s| s.end);
    let mut next_end = ends.next().unwrap_or(usize::MAX);
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        // Words before the next end (most tokens) neither end a sentence
        // nor break a line: passed over in a loop of their own, up to the
        // longest sentence.
        let longest = toks.len().min(start + MAX_SENTENCE_TOKENS);
        while i < longest && toks[i].kind == TokKind::Word && toks[i].start < next_end {
            i += 1;
        }
        let Some(t) = toks.get(i) else {
            break;
        };
        if t.start >= next_end {
            next_end = ends.find(|&end| end > t.start).unwrap_or(usize::MAX);
            if i > start {
                out.push((start, i));
                start = i;
            }
        }
        if t.kind == TokKind::Newline {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
        } else if i - start >= MAX_SENTENCE_TOKENS {
            out.push((start, i));
            start = i;
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

    /// The tokens as a reading one character at a time gives them: the
    /// rules `tokenize` states, without its byte tables.
    fn tokens_char_by_char(text: &str) -> Vec<Tok> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |k: usize| chars.get(k).map(|&(_, c)| c);
        let offset = |k: usize| chars.get(k).map_or(text.len(), |&(o, _)| o);
        let mut toks = Vec::new();
        let mut k = 0;
        while let Some(c) = at(k) {
            if c == '\n' {
                toks.push(Tok {
                    start: offset(k),
                    end: offset(k + 1),
                    kind: TokKind::Newline,
                });
                k += 1;
            } else if c.is_whitespace() {
                k += 1;
            } else if !c.is_alphanumeric() {
                toks.push(Tok {
                    start: offset(k),
                    end: offset(k + 1),
                    kind: TokKind::Punct,
                });
                k += 1;
            } else {
                let start = k;
                k += 1;
                loop {
                    match at(k) {
                        Some(d) if d.is_alphanumeric() => k += 1,
                        Some(j @ ('-' | '\'' | '.' | '’'))
                            if at(k + 1).is_some_and(char::is_alphanumeric) =>
                        {
                            let _ = j;
                            k += 2;
                        }
                        Some(',')
                            if at(k - 1).is_some_and(|p| p.is_ascii_digit())
                                && at(k + 1).is_some_and(|n| n.is_ascii_digit()) =>
                        {
                            k += 2
                        }
                        _ => break,
                    }
                }
                toks.push(Tok {
                    start: offset(start),
                    end: offset(k),
                    kind: TokKind::Word,
                });
            }
        }
        toks
    }

    #[test]
    fn byte_tables_read_every_character_as_a_char_by_char_reading_does() {
        let pieces = [
            "a", "Z", "7", "-", "'", ".", ",", "’", " ", "\n", "\t", "\r", "\u{a0}", "é", "Ж", "“",
            "—", "\u{2009}", "\x00", "_",
        ];
        let mut checked = 0;
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    for w in ["", "b", "9", ","] {
                        let text = format!("{x}{y}{z}{w}");
                        assert_eq!(tokenize(&text), tokens_char_by_char(&text), "{text:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 32_000);
    }

    #[test]
    fn a_sentence_without_an_end_is_cut_every_400_tokens() {
        let words = |n: usize| vec!["word"; n].join(" ");
        let text = words(1000);
        assert_eq!(
            Scanned::new(&text).sentences,
            [(0, 400), (400, 800), (800, 1000)]
        );
        // The cut counts from the last end, a line break's or a full stop's.
        let text = format!("{}.\n{}. Next", words(3), words(450));
        assert_eq!(
            Scanned::new(&text).sentences,
            [(0, 4), (5, 405), (405, 456), (456, 457)]
        );
    }

    /// The text of each sentence of `text`.
    fn sentence_texts(text: &str) -> Vec<&str> {
        let scanned = Scanned::new(text);
        let toks = &scanned.view.toks;
        scanned
            .sentences
            .iter()
            .map(|&(a, b)| &text[toks[a].start..toks[b - 1].end])
            .collect()
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "The U.S. envoy met Col. Dan Ari on Oct. 7 in town. He left.\nNext one";
        assert_eq!(
            sentence_texts(text),
            vec![
                "The U.S. envoy met Col. Dan Ari on Oct. 7 in town.",
                "He left.",
                "Next one"
            ]
        );
    }

    #[test]
    fn sentences_know_the_abbreviations_the_tokenizer_knows() {
        // One list for both: "Supt." and "Det." keep their sentence, a
        // number's point is no abbreviation's, and neither is a domain's.
        let text =
            "Det. Supt. Ann Lee said shares rose 3.5. Then they fell at example.com. Then more.";
        assert_eq!(
            sentence_texts(text),
            vec![
                "Det. Supt. Ann Lee said shares rose 3.5.",
                "Then they fell at example.com.",
                "Then more."
            ]
        );
    }

    #[test]
    fn the_rules_read_the_sentences_the_tagger_tagged() {
        // The mapping of the one splitter's sentences onto the rules' tokens
        // loses no end and makes none: on every dev article the rules'
        // sentences end where the tagger's do, though their tokens differ
        // ("U.S" and "." here, "U.S." there; "Katz’s" here, "Katz" and
        // "’s" there).
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/cleaning-dev/gold");
        let files = std::fs::read_dir(&dir).unwrap_or_else(|e| {
            panic!(
                "cannot read {} ({e}): shared/data beside the repository",
                dir.display()
            )
        });
        let mut ends = 0;
        for file in files {
            let path = file.expect("directory entry").path();
            let text = std::fs::read_to_string(&path).expect("gold text");
            let scanned = Scanned::new(&text);
            let toks = &scanned.view.toks;
            // A line of zero-width spaces is a sentence of punctuation here;
            // the tagger's tokenizer passes over such characters.
            let invisible = |&&(a, b): &&(usize, usize)| {
                text[toks[a].start..toks[b - 1].end].chars().all(|c| {
                    matches!(
                        c,
                        '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
                    )
                })
            };
            let rules: Vec<usize> = scanned
                .sentences
                .iter()
                .filter(|s| !invisible(s))
                .map(|&(_, b)| toks[b - 1].end)
                .collect();
            let tagger: Vec<usize> = crate::sentences::sentence_spans(&text)
                .iter()
                .map(|s| s.end)
                .collect();
            assert_eq!(rules, tagger, "{}", path.display());
            ends += rules.len();
        }
        assert!(ends > 3000, "{ends}");
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_word_that_opens_one() {
        assert_eq!(
            sentence_texts("Shares of Acme Inc. The company sold 5 p.m. He said. Gen. Lee came."),
            vec![
                "Shares of Acme Inc.",
                "The company sold 5 p.m.",
                "He said.",
                "Gen. Lee came."
            ]
        );
    }

    #[test]
    fn a_closing_mark_after_a_space_opens_the_next_sentence() {
        // A mis-curled opening mark (or Swedish style) is no closing one.
        assert_eq!(
            sentence_texts("“Fine,” she said. ”I did it anyway.” Then (he left.) Done."),
            vec![
                "“Fine,” she said.",
                "”I did it anyway.”",
                "Then (he left.)",
                "Done."
            ]
        );
    }

    #[test]
    fn sentences_end_where_a_quote_and_its_attribution_do() {
        // The tagger's rules: "…?" before a lower-case attribution goes on,
        // an ellipsis before a capital ends, a closing bracket belongs to
        // its sentence.
        assert_eq!(
            sentence_texts("“Why now?” she asked. He waited… Then (he left.) It rained."),
            vec![
                "“Why now?” she asked.",
                "He waited…",
                "Then (he left.)",
                "It rained."
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
