//! Property tests with a hand-rolled deterministic PRNG: the tokeniser, the
//! sentence splitter and the tagger never panic on arbitrary strings, and
//! every span is in bounds, on character boundaries, non-empty and ordered.

use newsmill_extract::sentence_spans;
use newsmill_extract::tagger::Tagger;
use newsmill_extract::tokenize;
use newsmill_testkit::Rng;
use newsmill_types::Span;

const PIECES: &[&str] = &[
    "a",
    "Z",
    "Gaza",
    "U.S.",
    "U.S.-backed",
    "Israel's",
    "Israel’s",
    "Hamas’",
    "'s",
    "’",
    "'",
    "\"",
    "“",
    "”",
    "—",
    "–",
    "-",
    "--",
    "...",
    "…",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "[",
    "]",
    "38,000",
    "2.3",
    "Col.",
    "Oct.",
    "Mr.",
    "J.",
    "e.g.",
    "http://x.y/z?q=1.",
    "www.example.com",
    "a@b.co",
    "n't",
    "don't",
    "al-Qanua",
    "IDF",
    "ROME",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "é",
    "É",
    "ß",
    "ﬁ",
    "İ",
    "א",
    "עזה",
    "😀",
    "\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "\0",
    "\u{7f}",
    "©",
    "|",
    "/",
    "\\",
    "&",
    "%",
    "$",
    "#",
    "@",
    "0",
    "9",
    "’s",
    "'S",
    "St.",
    "Inc.",
    "`",
    "´",
    "«",
    "»",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(60);
    let mut s = String::new();
    for _ in 0..n {
        match rng.below(10) {
            0 => {
                // A random Unicode scalar.
                let c = char::from_u32((rng.next_u64() % 0x11_0000) as u32).unwrap_or('x');
                s.push(c);
            }
            1 => s.push(char::from(b' ' + (rng.below(95)) as u8)),
            _ => s.push_str(PIECES[rng.below(PIECES.len())]),
        }
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

fn check_spans(text: &str, spans: &[Span], what: &str, allow_touching: bool) {
    let mut last_end = 0;
    for s in spans {
        assert!(s.start < s.end, "{what}: empty span {s:?} in {text:?}");
        assert!(
            s.end <= text.len(),
            "{what}: span {s:?} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what}: span {s:?} not on char boundaries in {text:?}"
        );
        assert!(
            s.start > last_end
                || (allow_touching && s.start >= last_end)
                || last_end == 0 && s.start == 0,
            "{what}: span {s:?} overlaps or is out of order in {text:?}"
        );
        assert!(
            !s.slice(text).trim().is_empty(),
            "{what}: blank span {s:?} in {text:?}"
        );
        last_end = s.end;
    }
}

#[test]
fn never_panics_and_spans_are_valid() {
    let mut rng = Rng::new(0x5eed_0001);
    let tagger = Tagger::english();
    for _ in 0..3000 {
        let text = random_text(&mut rng);
        let toks = tokenize(&text);
        check_spans(&text, &toks, "token", true);
        let sents = sentence_spans(&text);
        check_spans(&text, &sents, "sentence", true);
        let ents = tagger.tag_text(&text);
        let spans: Vec<Span> = ents.iter().map(|(s, _)| *s).collect();
        check_spans(&text, &spans, "entity", true);
    }
}

#[test]
fn tokens_cover_all_non_space_text() {
    let mut rng = Rng::new(0x5eed_0002);
    for _ in 0..2000 {
        let text = random_text(&mut rng);
        let toks = tokenize(&text);
        let mut covered = vec![false; text.len()];
        for t in &toks {
            covered[t.start..t.end].iter_mut().for_each(|c| *c = true);
        }
        for (i, c) in text.char_indices() {
            let invisible = c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
                );
            assert!(
                covered[i] || invisible,
                "char {c:?} at {i} not in any token of {text:?}"
            );
        }
    }
}

#[test]
fn empty_and_blank_inputs() {
    let tagger = Tagger::english();
    for text in ["", " ", "\n\n\n", "\u{a0}", "."] {
        assert!(tagger.tag_text(text).is_empty() || text == ".");
        check_spans(text, &tokenize(text), "token", true);
        check_spans(text, &sentence_spans(text), "sentence", true);
    }
}

#[test]
fn long_repetitive_input_is_handled() {
    // One 20,000-token "sentence" of the same capitalised word, and many
    // short lines: every per-token step must stay (near) linear.
    let tagger = Tagger::english();
    let text = "HAMAS Gaza ".repeat(10_000);
    let ents = tagger.tag_text(&text);
    let spans: Vec<Span> = ents.iter().map(|(s, _)| *s).collect();
    check_spans(&text, &spans, "entity", true);
    let lines = "Israel Katz said.\n".repeat(5_000);
    let ents = tagger.tag_text(&lines);
    assert!(!ents.is_empty());
}
