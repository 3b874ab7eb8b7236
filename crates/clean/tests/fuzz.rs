//! Deterministic property tests on adversarial inputs (no extra
//! dependency: a small xorshift generator).

use newsmill_clean::{Cleaner, Span, TemplateCounter};
use newsmill_testkit::Rng;

const PIECES: &[&str] = &[
    "The",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "would",
    "resume",
    "of",
    "the",
    "and",
    "a",
    ".",
    ",",
    "!",
    "?",
    "\"",
    "”",
    "“",
    "—",
    "–",
    ":",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{feff}",
    "\u{200b}",
    "é",
    "中文",
    "한국어",
    "שלום",
    "مرحبا",
    "Привет",
    "😀",
    "\u{301}",
    "Share",
    "Comments",
    "© 2020 Example News.",
    "Washington: ",
    "By Jane Doe",
    "Also read",
    "http://x.y/z",
    "@handle",
    "(Video: X)",
    "2 View gallery",
    "×",
    "\u{0}",
    "\u{7f}",
    "...",
    "|",
    "- Site",
    "SIOUX FALLS, S.D. – ",
    "This A report was republished on B by permission.",
];

fn generate(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => {
            let len = rng.below(400);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 => {
            // One very long line.
            let word = PIECES[rng.below(PIECES.len())];
            word.repeat(1 + rng.below(3000))
        }
        2 => {
            // Punctuation and separators only.
            let p = [".", "!", "—", "\n", " ", "\r\n", "©", "|", "\"", "…"];
            (0..rng.below(200)).map(|_| p[rng.below(p.len())]).collect()
        }
        3 => {
            // The same line many times.
            let line: String = (0..1 + rng.below(12))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect::<Vec<_>>()
                .join(" ");
            format!("{line}\n").repeat(1 + rng.below(30))
        }
        _ => (0..rng.below(300))
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect(),
    }
}

fn check_spans(raw: &str, spans: &[Span], what: &str) {
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= raw.len(),
            "{what} span {s:?} out of bounds in {raw:?}"
        );
        assert!(
            raw.is_char_boundary(s.start) && raw.is_char_boundary(s.end),
            "{what} span {s:?} not on char boundary in {raw:?}"
        );
    }
}

#[test]
fn adversarial_inputs_keep_the_invariants() {
    let cleaner = Cleaner::default();
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    // NEWSMILL_FUZZ_ROUNDS=100000 for a longer run.
    let rounds: usize = std::env::var("NEWSMILL_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4000);
    for round in 0..rounds {
        let raw = generate(&mut rng);
        let hint = (round % 3 == 0).then(|| PIECES[rng.below(PIECES.len())]);
        let a = cleaner.clean(&raw, hint);
        check_spans(&raw, &a.paragraphs, "paragraph");
        let removed: Vec<Span> = a.removed.iter().map(|r| r.span).collect();
        check_spans(&raw, &removed, "removed");
        for p in &a.paragraphs {
            assert!(!p.is_empty(), "empty paragraph in {raw:?}");
        }
        for w in a.paragraphs.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "paragraphs overlap or are unsorted in {raw:?}"
            );
        }
        // Body and removed lines never overlap.
        for p in &a.paragraphs {
            assert!(
                removed.iter().all(|r| r.end <= p.start || r.start >= p.end),
                "{p:?} also removed in {raw:?}"
            );
        }
        // Cleaning the clean text again never invents text: every second-pass
        // paragraph is one of the first-pass paragraphs.
        let text = a.clean_text(&raw).into_text();
        let again = cleaner.clean(&text, None);
        // (The second pass sees the first pass's paragraphs as its lines; it
        // may move a dateline prefix aside, so a paragraph may be a tail of
        // one, never text that spans or extends one.)
        let first: Vec<&str> = a.paragraphs.iter().map(|p| p.slice(&raw).trim()).collect();
        for p in &again.paragraphs {
            let s = p.slice(&text).trim();
            assert!(
                first
                    .iter()
                    .any(|l| *l == s || (l.ends_with(s) && !s.is_empty())),
                "second pass invented {s:?}"
            );
        }
    }
}

#[test]
fn clean_text_is_a_fixed_point_on_prose() {
    // On article-like text, a second pass keeps every paragraph: the body
    // the cleaner returns is itself a clean article. (On arbitrary bytes
    // the second pass may drop more, e.g. a weak line that loses its
    // neighbours, so this is checked on prose-shaped input.)
    let cleaner = Cleaner::default();
    let mut rng = Rng::new(42);
    let words = [
        "officials",
        "said",
        "the",
        "talks",
        "in",
        "Cairo",
        "would",
        "resume",
        "on",
        "Monday",
        "and",
        "that",
        "a",
        "deal",
    ];
    for _ in 0..300 {
        let mut raw = String::from("Menu\nShare\n");
        for _ in 0..2 + rng.below(8) {
            let n = 8 + rng.below(30);
            let sentence: Vec<&str> = (0..n).map(|_| words[rng.below(words.len())]).collect();
            raw.push_str("The ");
            raw.push_str(&sentence.join(" "));
            raw.push_str(".\n");
        }
        raw.push_str("Comments\n© 2024 Example.\n");
        let a = cleaner.clean(&raw, None);
        let text = a.clean_text(&raw).into_text();
        let b = cleaner.clean(&text, None);
        assert_eq!(
            b.clean_text(&text).text(),
            text,
            "second pass changed the body of {raw:?}"
        );
    }
}

#[test]
fn template_counter_survives_garbage() {
    let mut rng = Rng::new(7);
    let mut c = TemplateCounter::new().with_cap(64);
    for _ in 0..500 {
        c.observe(&generate(&mut rng));
    }
    let t = c.finish();
    let cleaner = Cleaner::with_template_lines(t);
    for _ in 0..200 {
        let raw = generate(&mut rng);
        let a = cleaner.clean(&raw, None);
        check_spans(&raw, &a.paragraphs, "paragraph");
    }
}

#[test]
fn cleaner_is_shareable_across_threads() {
    fn assert_sync<T: Sync + Send>(_: &T) {}
    let cleaner = Cleaner::default();
    assert_sync(&cleaner);
    std::thread::scope(|s| {
        for i in 0..2 {
            let c = &cleaner;
            s.spawn(move || {
                c.clean(
                    &format!("Talks resumed on day {i}, the officials said in a statement."),
                    None,
                )
            });
        }
    });
}
