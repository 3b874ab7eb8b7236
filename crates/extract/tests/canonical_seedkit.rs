//! Shared helpers for the seed tests (included by the other `*_seeds.rs`
//! files with `#[path]`; also a test target of its own that checks the seeds
//! are there).
//!
//! To test the rules apart from the tagger, the seed tests build mentions
//! with [`mark`], which marks a fixed list of names as PER/ORG/LOC by plain
//! string search (longest names first, whole words, no overlaps): gold
//! mentions. `quotes_seeds.rs` also scores the whole `Extractor` with the
//! real tagger. The rules under test never see this list.
#![allow(dead_code)]

use newsmill_extract::{EntityKind, Mention};
use newsmill_types::Span;
use std::path::PathBuf;

pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seeds")
}

/// The text of the seed whose file name starts with `prefix` ("000").
/// Panics with a clear message when the seeds are missing.
pub fn seed(prefix: &str) -> String {
    let dir = seeds_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "seed articles missing: cannot read {} ({e}); the seed tests need shared/data/seeds beside the repository",
            dir.display()
        )
    });
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    let path = names
        .into_iter()
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .unwrap_or_else(|| panic!("seed {prefix}_*.txt missing in {}", dir.display()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

pub const SEEDS: [&str; 5] = ["000", "001", "002", "003", "004"];

const PER: EntityKind = EntityKind::Person;
const ORG: EntityKind = EntityKind::Organisation;
const LOC: EntityKind = EntityKind::Place;

/// Stand-in for the tagger: the names that occur in the seeds.
pub const NAMES: &[(&str, EntityKind)] = &[
    ("Steve Witkoff", PER),
    ("Witkoff", PER),
    ("Abd al-Latif Qanoua", PER),
    ("Abdel Latif al-Qanua", PER),
    ("Avichay Adraee", PER),
    ("Farhan Haq", PER),
    ("Haq", PER),
    ("Edan Alexander", PER),
    ("Israel Katz", PER),
    ("Katz", PER),
    ("Benjamin Netanyahu", PER),
    ("Netanyahu", PER),
    ("Judi Weinstein Haggai", PER),
    ("Gad Haggai", PER),
    ("Itay Chen", PER),
    ("Omer Neutra", PER),
    ("Moran Azulay", PER),
    ("Osama Hamdan", PER),
    ("Hamdan", PER),
    ("Jack Lew", PER),
    ("Sami Abu Zuhri", PER),
    ("Abu Zuhri", PER),
    ("David Mencer", PER),
    ("Joe Biden", PER),
    ("Abir", PER),
    ("Khaled Meshaal", PER),
    ("Meshaal", PER),
    ("Tamim Khallaf", PER),
    ("Hamas", ORG),
    ("Israel Defense Forces", ORG),
    ("IDF", ORG),
    ("Reuters", ORG),
    ("Al-Araby Al-Jadeed", ORG),
    ("State Department", ORG),
    ("United Nations Mine Action Service", ORG),
    ("United Nations", ORG),
    ("U.N.", ORG),
    ("AFP", ORG),
    ("UNICEF", ORG),
    ("Islamic Jihad", ORG),
    ("Golani Brigade", ORG),
    ("Government Media Office", ORG),
    ("Egyptian Foreign Ministry", ORG),
    ("Times of Israel", ORG),
    ("Gaza Strip", LOC),
    ("Gaza City", LOC),
    ("Gaza", LOC),
    ("Israel", LOC),
    ("Cairo", LOC),
    ("Rafah", LOC),
    ("Netzarim Corridor", LOC),
    ("Deir al-Balah", LOC),
    ("United States", LOC),
    ("U.S.", LOC),
    ("US", LOC),
    ("Beirut", LOC),
    ("Egypt", LOC),
    ("Qatar", LOC),
    ("Tel Aviv", LOC),
    ("Khan Younis", LOC),
    ("West Bank", LOC),
    ("Jerusalem", LOC),
    ("Shejaia", LOC),
    ("Iran", LOC),
];

/// Marks every whole-word occurrence of the given names (see module docs).
pub fn mark(text: &str, names: &[(&str, EntityKind)]) -> Vec<Mention> {
    let mut sorted: Vec<&(&str, EntityKind)> = names.iter().collect();
    sorted.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut out: Vec<Mention> = Vec::new();
    for (name, kind) in sorted {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            let ok = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if ok && !out.iter().any(|m| m.span.start < end && at < m.span.end) {
                out.push(Mention {
                    text: name.to_string(),
                    kind: *kind,
                    span: Span::new(at, end),
                    canonical: String::new(),
                    zone: newsmill_types::Zone::Body,
                });
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Seed text with stand-in mentions, canonicalised.
pub fn prepared(prefix: &str) -> (String, Vec<Mention>, Vec<newsmill_extract::EntitySummary>) {
    let text = seed(prefix);
    let mut mentions = mark(&text, NAMES);
    let entities = newsmill_extract::canonicalize(&text, &mut mentions);
    (text, mentions, entities)
}

#[test]
fn seeds_are_present() {
    for s in SEEDS {
        assert!(!seed(s).is_empty(), "seed {s} is empty");
    }
}
