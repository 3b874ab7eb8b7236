//! CoNLL-like tokenisation of raw text with byte offsets.
//!
//! Tokens are byte spans into the input (no allocation per token). The
//! tokeniser follows the conventions of the CoNLL-2003 English data so that a
//! model trained there sees familiar tokens on raw news text:
//!
//! * hyphenated compounds stay whole (`U.S.-backed`, `Hamas-run`);
//! * possessives split off (`Israel` `'s`, `Israel` `’s`, `Hamas` `’`);
//! * `n't` splits off (`does` `n't`);
//! * dashes `—` `–` `--` and quotes `“ ” " ‘` are separate tokens;
//! * numbers keep their separators (`38,000`, `2.3`, `10:30`);
//! * known abbreviations and initials keep their final period (`U.S.`,
//!   `Col.`, `Oct.`, `J.`), other trailing periods are split off;
//! * URLs and e-mail addresses are one token.
//!
//! The crate has one tokenizer, the rules' (`canonical::scan`): these
//! tokens are built from its tokens, by joining the ones that touch into
//! white-space-delimited chunks and splitting the chunks by the rules
//! above. The extractor tokenizes an article once and hands the same scan
//! to the tagger and to the quote, figure and date rules.
//!
//! ```
//! use newsmill_extract::tokenize;
//!
//! let text = "Israel's U.S.-backed plan—Col. Smith said.";
//! let tokens: Vec<&str> = tokenize(text).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(
//!     tokens,
//!     ["Israel", "'s", "U.S.-backed", "plan", "—", "Col.", "Smith", "said", "."]
//! );
//! ```

use crate::canonical::scan::{self, Tok, TokKind};
use newsmill_types::Span;

/// Is `word` (without its final period) an abbreviation that keeps the
/// period? The listed ones (compared case-sensitively), tokens with an inner
/// period (`U.S`, `e.g`) and single letters (initials). The one list of the
/// crate: the tokens keep such periods, and the one sentence splitter
/// (`crate::sentences`) reads the tokens.
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() {
        // Initials: "J." (but not digits or punctuation).
        return first.is_alphabetic();
    }
    if word.contains('.') {
        // "U.S", "e.g", "a.m": letters separated by periods.
        return word.split('.').all(|p| {
            !p.is_empty() && p.chars().count() <= 3 && p.chars().all(char::is_alphabetic)
        });
    }
    is_listed_abbreviation(word)
}

/// The listed abbreviations, as one `match` (the compiler tests the length
/// first; a list searched entry by entry cost every full stop a hundred
/// comparisons).
fn is_listed_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Sr"
            | "Jr"
            | "St"
            | "Mt"
            | "Ft"
            | "Col"
            | "Gen"
            | "Lt"
            | "Sgt"
            | "Maj"
            | "Capt"
            | "Cpl"
            | "Pvt"
            | "Cmdr"
            | "Adm"
            | "Brig"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Bros"
            | "Plc"
            | "Cie"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "No"
            | "Nos"
            | "Vol"
            | "vs"
            | "etc"
            | "approx"
            | "Dept"
            | "Univ"
            | "Assn"
            | "Fig"
            | "est"
            | "Calif"
            | "Mass"
            | "Conn"
            | "Ariz"
            | "Wash"
            | "Penn"
            | "Ill"
            | "Mich"
            | "Minn"
            | "Fla"
            | "Ga"
            | "Tex"
            | "Va"
            | "Ky"
            | "Tenn"
            | "Ore"
            | "Okla"
            | "Colo"
            | "Neb"
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒')
}

/// Characters peeled off the front of a chunk as their own tokens.
fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '<'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '¿'
            | '¡'
            | '*'
            | '#'
            | '$'
            | '£'
            | '€'
            | '¥'
            | '|'
            | '•'
            | '·'
            | '©'
            | '®'
            | '…'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '/'
            | '\\'
            | '×'
            | '>'
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | '~'
            | '^'
            | '='
            | '+'
            | '_'
            | '`'
            | '´'
            | '@'
            | '&'
            | '%'
    ) || is_dash(c)
}

/// Characters peeled off the end of a chunk as their own tokens (the period
/// is handled separately).
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | ')'
            | ']'
            | '}'
            | '>'
            | '”'
            | '’'
            | '\''
            | '»'
            | '›'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '*'
            | '|'
            | '…'
            | '“'
            | '‘'
            | '©'
            | '®'
            | '™'
            | '/'
            | '\\'
            | '•'
            | '='
            | '+'
            | '~'
            | '`'
            | '_'
            | '('
            | '['
            | '{'
            | '<'
    ) || is_dash(c)
}

/// Token spans of `text` (byte offsets).
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut scratch = Vec::with_capacity(text.len() / 4 + 1);
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_reusing(text, &mut scratch, &mut out);
    out
}

/// [`tokenize`] into `out` (cleared first), with `scratch` for the scan
/// tokens: for many short texts, such as the lines of a name list.
pub(crate) fn tokenize_reusing(text: &str, scratch: &mut Vec<Tok>, out: &mut Vec<Span>) {
    scratch.clear();
    scan::tokenize_into(text, scratch);
    out.clear();
    conll_tokens_into(text, scratch, 0, out);
}

/// The crate's one tokenizer is the rules' ([`scan::tokenize`]): these
/// tokens are built from its tokens. `toks` are the scan tokens of a text
/// of which `text` is the part from byte `shift` on (only tokens inside
/// `text` may be passed); the spans appended are offsets into `text`.
///
/// The scan tokens that touch one another, but for line breaks, control
/// and invisible characters, make one white-space-delimited chunk; a chunk
/// of ASCII letters and digits is one token, any other is split by the
/// CoNLL conventions above.
pub(crate) fn conll_tokens_into(text: &str, toks: &[Tok], shift: usize, out: &mut Vec<Span>) {
    let mut i = 0;
    while i < toks.len() {
        let first = toks[i];
        i += 1;
        if is_separator(text, first, shift) {
            continue;
        }
        let mut end = first.end;
        while let Some(&next) = toks.get(i) {
            if next.start != end || is_separator(text, next, shift) {
                break;
            }
            end = next.end;
            i += 1;
        }
        let (start, end) = (first.start - shift, end - shift);
        // Most chunks are plain words ("said", "Minister", "2024"): nothing
        // in them splits, and they skip the splitting rules below.
        let plain_word = first.end - shift == end
            && first.kind == TokKind::Word
            && text.as_bytes()[start..end]
                .iter()
                .all(u8::is_ascii_alphanumeric);
        if plain_word {
            out.push(Span::new(start, end));
        } else {
            split_at_dashes(text, start, end, out);
        }
    }
}

/// A scan token that separates chunks as white space does: a line break,
/// or a control or invisible character (a zero-width space, a soft hyphen).
#[inline]
fn is_separator(text: &str, tok: Tok, shift: usize) -> bool {
    match tok.kind {
        TokKind::Word => false,
        TokKind::Newline => true,
        TokKind::Punct => text
            .get(tok.start - shift..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_whitespace() || c.is_control() || is_invisible(c)),
    }
}

/// Dashes (`—`, `–`, `--`) are tokens of their own wherever they are; the
/// pieces between them are split further.
fn split_at_dashes(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let chunk = &text[start..end];
    if is_url_start(chunk) {
        split_chunk(text, start, end, out);
        return;
    }
    let mut piece = start;
    let mut iter = chunk.char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        let abs = start + k;
        let dash_len = if is_dash(c) {
            c.len_utf8()
        } else if c == '-' && iter.peek().is_some_and(|&(_, n)| n == '-') {
            chunk[k..].bytes().take_while(|&b| b == b'-').count()
        } else {
            0
        };
        if dash_len == 0 {
            continue;
        }
        if piece < abs {
            split_chunk(text, piece, abs, out);
        }
        out.push(Span::new(abs, abs + dash_len));
        piece = abs + dash_len;
        while iter.peek().is_some_and(|&(kk, _)| start + kk < piece) {
            iter.next();
        }
    }
    if piece < end {
        split_chunk(text, piece, end, out);
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    )
}

fn is_url_start(s: &str) -> bool {
    let lower =
        |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    lower("http://") || lower("https://") || lower("www.") || lower("ftp://")
}

/// Splits the non-white chunk `text[start..end]` into tokens.
fn split_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut s = start;
    let mut e = end;
    // Leading punctuation, one token per character ("--" and "..." kept whole).
    while s < e {
        let rest = &text[s..e];
        if is_url_start(rest) {
            break;
        }
        if rest.starts_with("--") || rest.starts_with("...") {
            let n = rest
                .bytes()
                .take_while(|&b| b == rest.as_bytes()[0])
                .count();
            out.push(Span::new(s, s + n));
            s += n;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        // A leading apostrophe of "'s", "'90s", "'re" is not a quote.
        if (c == '\'' || c == '’') && rest.len() > c.len_utf8() {
            let tail = &rest[c.len_utf8()..];
            let next = tail.chars().next().unwrap_or(' ');
            if next.is_ascii_digit()
                || ["s", "re", "ve", "ll", "d", "m"]
                    .iter()
                    .any(|t| tail.eq_ignore_ascii_case(t))
            {
                break;
            }
        }
        // Numbers with a leading sign or decimal point stay whole (".5").
        if c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit()) {
            break;
        }
        if is_leading_punct(c) {
            out.push(Span::new(s, s + c.len_utf8()));
            s += c.len_utf8();
        } else {
            break;
        }
    }
    if s >= e {
        return;
    }
    if is_url_start(&text[s..e]) || is_email(&text[s..e]) {
        // Trailing sentence punctuation is not part of a URL.
        let mut ue = e;
        while ue > s {
            let c = text[s..ue].chars().next_back().unwrap_or('a');
            if matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’' | ']'
            ) {
                ue -= c.len_utf8();
            } else {
                break;
            }
        }
        out.push(Span::new(s, ue));
        if ue < e {
            split_chunk(text, ue, e, out);
        }
        return;
    }
    // Trailing punctuation, collected right to left.
    let mut trail = [Span::new(0, 0); 12];
    let mut nt = 0;
    while s < e && nt < trail.len() - 2 {
        let word = &text[s..e];
        let c = word.chars().next_back().unwrap_or(' ');
        let cl = c.len_utf8();
        if word.ends_with("...") || word.ends_with("--") {
            let last = word.as_bytes()[word.len() - 1];
            let n = word.bytes().rev().take_while(|&b| b == last).count();
            trail[nt] = Span::new(e - n, e);
            nt += 1;
            e -= n;
            continue;
        }
        if c == '.' {
            let body = &word[..word.len() - 1];
            if body.is_empty() || !is_abbreviation(body) {
                trail[nt] = Span::new(e - 1, e);
                nt += 1;
                e -= 1;
                continue;
            }
            break;
        }
        // Possessive "'s" / "’s" and "n't".
        if let Some(n) = clitic_len(word) {
            trail[nt] = Span::new(e - n, e);
            nt += 1;
            e -= n;
            // Nothing but the clitic is split after it.
            break;
        }
        if is_trailing_punct(c) {
            // "Hamas’" / "Hamas'": the apostrophe is its own token either way.
            trail[nt] = Span::new(e - cl, e);
            nt += 1;
            e -= cl;
            continue;
        }
        break;
    }
    if s < e {
        split_inner(text, s, e, out);
    }
    for k in (0..nt).rev() {
        out.push(trail[k]);
    }
}

fn is_email(s: &str) -> bool {
    match s.find('@') {
        Some(at) if at > 0 => {
            s[at + 1..].contains('.')
                && s[..at]
                    .chars()
                    .all(|c| c.is_alphanumeric() || ".-_+".contains(c))
        }
        _ => false,
    }
}

/// Length in bytes of a final clitic ("'s", "’s", "'S", "n't", "'re",
/// "'ve", "'ll", "'d", "'m") that is split off, if any.
fn clitic_len(word: &str) -> Option<usize> {
    // Every clitic's apostrophe ("'" or the last byte of "’") sits in the
    // last six bytes; most words have none, and this runs on every word.
    let tail = &word.as_bytes()[word.len().saturating_sub(6)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0x99) {
        return None;
    }
    let lower_ends = |suffix: &str| {
        word.len() > suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    for apos in ["'", "’"] {
        for tail in ["s", "re", "ve", "ll", "d", "m"] {
            let n = apos.len() + tail.len();
            if word.len() > n
                && word.as_bytes()[word.len() - n..word.len() - tail.len()] == *apos.as_bytes()
                && word.as_bytes()[word.len() - tail.len()..].eq_ignore_ascii_case(tail.as_bytes())
            {
                // The body must end in a letter or digit.
                let body = &word[..word.len() - n];
                if body.chars().next_back().is_some_and(char::is_alphanumeric) {
                    return Some(n);
                }
            }
        }
        let nt = format_nt(apos);
        if lower_ends(nt.0) || lower_ends(nt.1) {
            let n = 2 + apos.len();
            if word.len() > n {
                return Some(n);
            }
        }
    }
    None
}

fn format_nt(apos: &str) -> (&'static str, &'static str) {
    if apos == "'" {
        ("n't", "N'T")
    } else {
        ("n’t", "N’T")
    }
}

/// Splits inside a word: at dashes, at commas/semicolons/colons that are not
/// between digits, at quotes and brackets, at "/" between words (kept as a
/// token). Hyphens, periods, apostrophes and ampersands stay inside.
fn split_inner(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let word = &text[s..e];
    let mut tok_start = s;
    let mut prev: Option<char> = None;
    let mut iter = word.char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        let abs = s + k;
        let next = iter.peek().map(|&(_, n)| n);
        let split_here = is_dash(c)
            || matches!(c, '"' | '“' | '”' | '(' | ')' | '[' | ']' | '|' | '…')
            || (matches!(c, ',' | ';' | ':')
                && !(prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())))
            || (c == '-' && next == Some('-'));
        if split_here {
            if tok_start < abs {
                out.push(Span::new(tok_start, abs));
            }
            if c == '-' {
                // "--" as one token.
                let n = word[k..].bytes().take_while(|&b| b == b'-').count();
                out.push(Span::new(abs, abs + n));
                for _ in 1..n {
                    iter.next();
                }
                tok_start = abs + n;
                prev = Some('-');
                continue;
            }
            out.push(Span::new(abs, abs + c.len_utf8()));
            tok_start = abs + c.len_utf8();
        }
        prev = Some(c);
    }
    if tok_start < e {
        // A piece cut out of the middle may itself end in a clitic ("Israel's—").
        let piece = &text[tok_start..e];
        match clitic_len(piece) {
            Some(n) if tok_start > s => {
                out.push(Span::new(tok_start, e - n));
                out.push(Span::new(e - n, e));
            }
            _ => out.push(Span::new(tok_start, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn plain_words_skip_rules_that_would_keep_them_whole() {
        // `conll_tokens_into` emits a chunk of ASCII letters and digits as one
        // token without the splitting rules; they must agree.
        for word in [
            "said", "Minister", "2024", "COVID19", "a", "I", "s", "nt", "x1y2",
        ] {
            let mut out = Vec::new();
            split_at_dashes(word, 0, word.len(), &mut out);
            assert_eq!(out, [Span::new(0, word.len())], "{word}");
            assert_eq!(tokenize(word), [Span::new(0, word.len())], "{word}");
        }
    }

    #[test]
    fn news_cases() {
        assert_eq!(toks("Israel’s army"), ["Israel", "’s", "army"]);
        assert_eq!(toks("Hamas’ rejection"), ["Hamas", "’", "rejection"]);
        assert_eq!(toks("Hamas' rejection"), ["Hamas", "'", "rejection"]);
        assert_eq!(toks("a U.S.-backed plan"), ["a", "U.S.-backed", "plan"]);
        assert_eq!(
            toks("nearly 38,000 deaths."),
            ["nearly", "38,000", "deaths", "."]
        );
        assert_eq!(toks("in the U.S. State"), ["in", "the", "U.S.", "State"]);
        assert_eq!(toks("Oct. 7 attack"), ["Oct.", "7", "attack"]);
        assert_eq!(
            toks("Alexander—a demand"),
            ["Alexander", "—", "a", "demand"]
        );
        assert_eq!(toks("civilians—most"), ["civilians", "—", "most"]);
        assert_eq!(toks("“any proposal”"), ["“", "any", "proposal", "”"]);
        assert_eq!(
            toks("\"closing fast.\""),
            ["\"", "closing", "fast", ".", "\""]
        );
        assert_eq!(
            toks("See https://bit.ly/4eJ37pE."),
            ["See", "https://bit.ly/4eJ37pE", "."]
        );
        assert_eq!(toks("doesn't"), ["does", "n't"]);
        assert_eq!(toks("Azulay|"), ["Azulay", "|"]);
        assert_eq!(toks("(Video: IDF)"), ["(", "Video", ":", "IDF", ")"]);
        assert_eq!(toks("2.3 million"), ["2.3", "million"]);
        assert_eq!(toks("Israel’s—"), ["Israel", "’s", "—"]);
    }
}
