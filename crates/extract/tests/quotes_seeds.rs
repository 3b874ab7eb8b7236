//! Quotes in the seed articles: every direct quote, counted by hand, with
//! the speaker it must get. Scored twice: with hand-marked entity mentions
//! (`canonical_seedkit.rs`), which isolates the quote rules, and through the
//! whole `Extractor` with the real tagger.

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_extract::find_quotes;
use newsmill_extract::Quote;

/// (seed, how the quote text starts — `=` for the exact text —, expected
/// speaker_canonical, or speaker substring when it starts with `~`,
/// fragment).
const EXPECTED: &[(&str, &str, &str, bool)] = &[
    ("000", "no breakthrough has yet", "Hamas", false),
    ("000", "=any proposal", "Hamas", true),
    ("000", "=Witkoff proposal,", "Hamas", true),
    (
        "000",
        "any proposal based on entering negotiations",
        "Abd al-Latif Qanoua",
        false,
    ),
    ("000", "The mediation proposal", "State Department", false),
    ("000", "could close quickly", "State Department", true),
    ("000", "For now, we still have", "State Department", false),
    (
        "000",
        "We hold Israel and its leadership fully responsible for the consequences of the ground",
        "Hamas",
        false,
    ),
    ("000", "Israel's repeated threats", "Hamas", false),
    ("000", "The IDF does not intend", "Avichay Adraee", false),
    ("000", "The secretary-general strongly", "Farhan Haq", false),
    ("000", "He underscores", "Farhan Haq", false),
    ("000", "determine responsibility", "Farhan Haq", true),
    ("000", "was either dropped", "Farhan Haq", false),
    (
        "000",
        "there was no IDF operational",
        "Israel Defense Forces",
        false,
    ),
    (
        "001",
        "any proposal based on entering the second phase",
        "Abdel Latif al-Qanua",
        false,
    ),
    (
        "001",
        "We hold Israel and its leadership fully responsible for the consequences of this",
        "Hamas",
        false,
    ),
    ("001", "what comes next", "Israel Katz", false),
    ("001", "Israel’s repeated threats", "Hamas", false),
    (
        "001",
        "a bridge proposal on the table",
        "State Department",
        false,
    ),
    ("001", "=closing fast.", "State Department", true),
    ("001", "Right now, we still have", "State Department", false),
    (
        "001",
        "The opportunity is still there",
        "State Department",
        false,
    ),
    ("003", "=broken down", "~US ambassador to Israel", true),
    (
        "003",
        "The differences are being narrowed",
        "Jack Lew",
        false,
    ),
    (
        "003",
        "There is international pressure",
        "Benjamin Netanyahu",
        false,
    ),
    ("003", "including Rafah", "Benjamin Netanyahu", false),
    ("003", "Whoever tells us", "Benjamin Netanyahu", false),
    ("003", "Hamas’s delegation left Cairo", "Hamas", false),
    ("003", "=thwarting", "Sami Abu Zuhri", true),
    ("003", "Needless to say", "David Mencer", false),
    ("003", "I feel great disappointment", "Abir", false),
    ("003", "America must apply pressure", "Abir", false),
    ("003", "agree to demands for a ceasefire", "Hamas", false),
    (
        "004",
        "Israel wants to retrieve hostages",
        "Khaled Meshaal",
        false,
    ),
    ("004", "=permanent", "Israel Katz", true),
    ("004", "The more Hamas continues", "Israel Katz", false),
    (
        "004",
        "one of the largest single-day",
        "United Nations Children's Fund",
        false,
    ),
    ("004", "=blatant violation", "Tamim Khallaf", true),
    ("004", "=isolationist policy", "Tamim Khallaf", true),
    ("004", "=various ideas", "Hamas", true),
];

fn matches(q: &Quote, pattern: &str) -> bool {
    match pattern.strip_prefix('=') {
        Some(exact) => q.text == exact,
        None => q.text.starts_with(pattern),
    }
}

fn speaker_ok(q: &Quote, expected: &str) -> bool {
    match expected.strip_prefix('~') {
        Some(sub) => q.speaker.as_deref().is_some_and(|s| s.contains(sub)),
        // The canonical is the fullest name in the article: with the real
        // tagger "State Department" is "U.S. State Department".
        None => q
            .speaker_canonical
            .as_deref()
            .is_some_and(|c| c == expected || c.ends_with(&format!(" {expected}"))),
    }
}

fn all_quotes() -> Vec<(String, String, Vec<Quote>)> {
    seedkit::SEEDS
        .iter()
        .map(|s| {
            let (text, mentions, _) = seedkit::prepared(s);
            let quotes = find_quotes(&text, &mentions);
            (s.to_string(), text, quotes)
        })
        .collect()
}

fn tagged_quotes() -> Vec<(String, String, Vec<Quote>)> {
    let extractor = newsmill_extract::Extractor::english();
    seedkit::SEEDS
        .iter()
        .map(|s| {
            let (text, _, _) = seedkit::prepared(s);
            let quotes = extractor.extract(&text).quotes;
            (s.to_string(), text, quotes)
        })
        .collect()
}

/// (found, right speaker, what went wrong) against the hand count.
fn score(all: &[(String, String, Vec<Quote>)]) -> (usize, usize, Vec<String>) {
    let mut found = 0;
    let mut right = 0;
    let mut misses = Vec::new();
    for (seed, pattern, speaker, fragment) in EXPECTED {
        let quotes = &all.iter().find(|(s, _, _)| s == seed).expect("seed").2;
        match quotes.iter().find(|q| matches(q, pattern)) {
            None => misses.push(format!("{seed} not found: {pattern}")),
            Some(q) => {
                found += 1;
                if speaker_ok(q, speaker) {
                    right += 1;
                } else {
                    misses.push(format!(
                        "{seed} {pattern}: speaker {:?} / {:?}, expected {speaker}",
                        q.speaker, q.speaker_canonical
                    ));
                }
                if q.fragment != *fragment {
                    misses.push(format!(
                        "{seed} {pattern}: fragment {} expected {fragment}",
                        q.fragment
                    ));
                }
            }
        }
    }
    (found, right, misses)
}

#[test]
fn every_hand_counted_quote_is_found_with_its_speaker() {
    let (found, right, misses) = score(&all_quotes());
    let total = EXPECTED.len();
    assert_eq!((found, right), (total, total), "{misses:#?}");
    assert!(misses.is_empty(), "{misses:#?}");
}

#[test]
fn the_real_tagger_keeps_the_speakers_right() {
    let (found, right, misses) = score(&tagged_quotes());
    let total = EXPECTED.len();
    eprintln!("with the real tagger: found {found}/{total}, right speaker {right}/{total}");
    assert_eq!((found, right), (total, total), "{misses:#?}");
    assert!(misses.is_empty(), "{misses:#?}");
}

#[test]
fn no_invented_quotes() {
    for (seed, text, quotes) in all_quotes() {
        let expected = EXPECTED.iter().filter(|e| e.0 == seed).count();
        assert_eq!(quotes.len(), expected, "seed {seed}: {quotes:#?}");
        for q in &quotes {
            assert!(q.span.start <= q.span.end && q.span.end <= text.len());
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            if !q.text.contains('\n') {
                assert_eq!(&text[q.span.start..q.span.end], q.text);
            }
        }
    }
}

#[test]
fn issue_acceptance() {
    let all = all_quotes();
    let get = |seed: &str, pattern: &str| -> Quote {
        let quotes = &all.iter().find(|(s, _, _)| s == seed).expect("seed").2;
        quotes
            .iter()
            .find(|q| matches(q, pattern))
            .cloned()
            .unwrap_or_else(|| panic!("{seed}: no quote {pattern}"))
    };
    let spokeswoman = get("000", "For now, we still have");
    assert_eq!(spokeswoman.speaker.as_deref(), Some("a spokeswoman"));
    assert_eq!(
        spokeswoman.speaker_canonical.as_deref(),
        Some("State Department")
    );
    for (seed, pattern, who) in [
        ("003", "The differences are being narrowed", "Jack Lew"),
        ("003", "Needless to say", "David Mencer"),
        ("004", "Israel wants to retrieve hostages", "Khaled Meshaal"),
        ("004", "The more Hamas continues", "Israel Katz"),
        ("000", "The IDF does not intend", "Avichay Adraee"),
        ("000", "The secretary-general strongly", "Farhan Haq"),
    ] {
        assert_eq!(
            get(seed, pattern).speaker_canonical.as_deref(),
            Some(who),
            "{pattern}"
        );
    }
    assert!(get("004", "=permanent").fragment);
    assert!(get("000", "=any proposal").fragment);
    assert!(!get("003", "Needless to say").fragment);
}
