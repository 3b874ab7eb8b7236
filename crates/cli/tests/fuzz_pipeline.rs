//! The whole per-article path on arbitrary text: no panic, every offset in
//! bounds and on character boundaries of the raw text, and the output
//! serialises. Deterministic (fixed seed); `NEWSMILL_FUZZ_ROUNDS` raises the
//! number of cases.

use newsmill_cli::pipeline::{process, Stages};
use newsmill_testkit::Rng;
use newsmill_types::Record;

const PIECES: &[&str] = &[
    "Share",
    "Type to search",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "—",
    "–",
    ",",
    ".",
    ":",
    "said",
    "told reporters",
    "according to the ministry",
    "at least",
    "nearly",
    "some",
    "killed",
    "injured",
    "hostages",
    "1,200",
    "38,000",
    "five",
    "a thousand",
    "Oct. 7",
    "Thursday",
    "last week",
    "U.S.",
    "UN",
    "Ilse Varga",
    "Port Alder",
    "Harbour Union",
    "Marrow Bay",
    "Prime Minister Tomas Renko",
    "Col.",
    "al-",
    "Abdel",
    "©",
    "2 View gallery",
    "Also Read:",
    "(Video: X)",
    "https://example.invalid/x",
    "@handle",
    "תקיפה",
    "غزة",
    "東京",
    "🙂",
    "\u{200B}",
    "\u{FEFF}",
    "\u{FFFD}",
    "é",
    "ß",
    "İ",
    "\t",
    "|",
    "<<",
    ">>",
];

fn random_text(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(400) {
        match rng.below(10) {
            0 => text.push(char::from_u32(rng.below(0x3_0000) as u32).unwrap_or('x')),
            1 => text.push_str(&"word ".repeat(rng.below(30))),
            _ => text.push_str(PIECES[rng.below(PIECES.len())]),
        }
    }
    text
}

fn check_span(raw: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= raw.len(),
        "{what} span {start}..{end} out of bounds ({})",
        raw.len()
    );
    assert!(
        raw.is_char_boundary(start) && raw.is_char_boundary(end),
        "{what} span {start}..{end} splits a character"
    );
}

#[test]
fn arbitrary_text_never_breaks_the_pipeline() {
    let rounds: usize = std::env::var("NEWSMILL_FUZZ_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let stages = Stages {
        cleaner: newsmill_clean::Cleaner::default(),
        extractor: newsmill_extract::Extractor::english(),
        languages: Vec::new(),
    };
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    for round in 0..rounds {
        let raw = random_text(&mut rng);
        let mut record = Record::from_text(format!("fuzz-{round}"), raw.clone());
        if round % 3 == 0 {
            record.date = Some("2031-04-08".into());
            record.title = Some(raw.lines().next().unwrap_or_default().to_string());
        }
        let article = process(&record, &stages);
        for mention in &article.entities {
            check_span(&raw, mention.start, mention.end, "mention");
            match (mention.clean_start, mention.clean_end) {
                (Some(start), Some(end)) => assert!(
                    article.text.get(start..end).is_some(),
                    "clean offsets of {mention:?}"
                ),
                (None, None) => assert_ne!(mention.zone, newsmill_types::Zone::Body),
                _ => panic!("half a clean span: {mention:?}"),
            }
        }
        for quote in &article.quotes {
            check_span(&raw, quote.span.start, quote.span.end, "quote");
        }
        for figure in &article.figures {
            check_span(&raw, figure.span.start, figure.span.end, "figure");
        }
        for date in &article.dates {
            check_span(&raw, date.span.start, date.span.end, "date");
        }
        for (start, end, _) in &article.removed {
            check_span(&raw, *start, *end, "removed line");
        }
        serde_json::to_string(&article).expect("every article serialises");
    }
}
