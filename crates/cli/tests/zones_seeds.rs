//! Entities outside the body of the five real seed articles in
//! `../shared/data/seeds` (read at test time, never copied into the repo):
//! headline, standfirst, byline, dateline, captions and credits, checked
//! against our own reading of the seeds, PER/ORG/LOC as in the CoNLL-2003
//! guidelines, every occurrence counted. Also the date of the seed whose
//! only date is in a photo caption.

use newsmill_clean::Cleaner;
use newsmill_cli::pipeline::{process, Stages};
use newsmill_extract::Extractor;
use newsmill_report::ArticleRecord;
use newsmill_types::{DateEvidence, EntityKind, EntityKind::*, Record, Zone};

fn seed(prefix: &str) -> (String, ArticleRecord) {
    let (name, raw) = newsmill_testkit::seed(prefix);
    let stages = Stages {
        cleaner: Cleaner::default(),
        extractor: Extractor::english(),
        languages: Vec::new(),
    };
    let article = process(&Record::from_text(name, raw.clone()), &stages);
    (raw, article)
}

/// One expected mention: the raw line it is on (by its opening words), the
/// name, its type and zone. A line that occurs twice counts twice.
type Expected = (&'static str, &'static str, EntityKind, Zone);

const TITLE_001: &str = "Amid renewed fighting";
const STANDFIRST_001: &str = "Terror group remains defiant";
const TITLE_002: &str = "Hamas Reports No Progress";
const CAPTION_003: &str = "Packages fall towards";

const EXPECTED: &[(&str, &[Expected])] = &[
    ("000", &[]),
    (
        "001",
        &[
            (TITLE_001, "Hamas", Organisation, Zone::Title),
            (TITLE_001, "Israel", Place, Zone::Title),
            (STANDFIRST_001, "Israel", Place, Zone::Standfirst),
            (STANDFIRST_001, "IDF", Organisation, Zone::Standfirst),
            (STANDFIRST_001, "Netzarim Corridor", Place, Zone::Standfirst),
            (STANDFIRST_001, "US", Place, Zone::Standfirst),
            ("Moran Azulay|", "Moran Azulay", Person, Zone::Byline),
            ("IDF strikes in", "IDF", Organisation, Zone::Caption),
            ("IDF strikes in", "Gaza City", Place, Zone::Caption),
            (
                "Israeli American hostages",
                "Hamas",
                Organisation,
                Zone::Caption,
            ),
            (
                "Israeli American hostages",
                "Judi Weinstein Haggai",
                Person,
                Zone::Caption,
            ),
            (
                "Israeli American hostages",
                "Gad Haggai",
                Person,
                Zone::Caption,
            ),
            (
                "Israeli American hostages",
                "Edan Alexander",
                Person,
                Zone::Caption,
            ),
            (
                "Israeli American hostages",
                "Itay Chen",
                Person,
                Zone::Caption,
            ),
            (
                "Israeli American hostages",
                "Omer Neutra",
                Person,
                Zone::Caption,
            ),
            (
                "IDF ground forces resume",
                "IDF",
                Organisation,
                Zone::Caption,
            ),
            ("IDF ground forces resume", "Gaza", Place, Zone::Caption),
            ("(Video: IDF)", "IDF", Organisation, Zone::Credit),
        ],
    ),
    (
        "002",
        &[
            (TITLE_002, "Hamas", Organisation, Zone::Title),
            (TITLE_002, "Gaza", Place, Zone::Title),
            (TITLE_002, "Israel", Place, Zone::Title),
        ],
    ),
    (
        "003",
        &[
            (CAPTION_003, "Gaza", Place, Zone::Caption),
            (CAPTION_003, "Israel", Place, Zone::Caption),
            (CAPTION_003, "Hamas", Organisation, Zone::Caption),
            (CAPTION_003, "southern Israel", Place, Zone::Caption),
            (CAPTION_003, "REUTERS", Organisation, Zone::Credit),
            ("Washington: ", "Washington", Place, Zone::Dateline),
        ],
    ),
    ("004", &[]),
];

/// Raw byte ranges of the expected mentions of one seed, with type and
/// zone. "southern Israel" stands for the second "Israel" of its line.
fn expected_spans(raw: &str, expected: &[Expected]) -> Vec<(usize, usize, EntityKind, Zone)> {
    let mut out = Vec::new();
    for &(line_start, name, kind, zone) in expected {
        let mut line_at = 0;
        let mut lines = 0;
        for line in raw.split_inclusive('\n') {
            if line.starts_with(line_start) {
                let (offset, name) = match name.strip_prefix("southern ") {
                    Some(rest) => (line.find(name).expect("phrase on its line") + 9, rest),
                    None => (line.find(name).expect("name on its line"), name),
                };
                out.push((line_at + offset, line_at + offset + name.len(), kind, zone));
                lines += 1;
            }
            line_at += line.len();
        }
        assert!(lines > 0, "no line starts with {line_start:?}");
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn entities_of_every_zone_match_our_reading_of_the_seeds() {
    let (mut expected_total, mut found, mut predicted, mut right) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut extras = Vec::new();
    for &(prefix, expected) in EXPECTED {
        let (raw, article) = seed(prefix);
        let want = expected_spans(&raw, expected);
        let got: Vec<(usize, usize, EntityKind, Zone)> = article
            .entities
            .iter()
            .filter(|m| m.zone != Zone::Body && m.kind != Misc)
            .map(|m| (m.start, m.end, m.kind, m.zone))
            .collect();
        expected_total += want.len();
        predicted += got.len();
        for w in &want {
            if got.contains(w) {
                found += 1;
            } else {
                misses.push(format!("{prefix} {:?} {:?}", &raw[w.0..w.1], w));
            }
        }
        for g in &got {
            if want.contains(g) {
                right += 1;
            } else {
                extras.push(format!("{prefix} {:?} {:?}", &raw[g.0..g.1], g));
            }
        }
    }
    println!("zone entities: recall {found}/{expected_total}, precision {right}/{predicted}");
    assert_eq!(expected_total, 30, "our annotation");
    assert!(misses.is_empty(), "missed: {misses:#?}");
    assert!(extras.is_empty(), "not in our reading: {extras:#?}");
}

#[test]
fn zone_mentions_point_into_the_raw_text_and_not_the_body() {
    for &(prefix, _) in EXPECTED {
        let (raw, article) = seed(prefix);
        for m in &article.entities {
            assert_eq!(raw.get(m.start..m.end), Some(m.text.as_str()), "{m:?}");
            match m.zone {
                Zone::Body => {
                    let (start, end) = (m.clean_start.expect("body"), m.clean_end.expect("body"));
                    assert_eq!(article.text.get(start..end), Some(m.text.as_str()));
                }
                _ => assert!(m.clean_start.is_none() && m.clean_end.is_none(), "{m:?}"),
            }
        }
    }
}

#[test]
fn the_caption_dates_the_article_and_its_weekdays() {
    let (_, article) = seed("003");
    assert_eq!(article.date, None, "no date in the input");
    let inferred = article.date_inferred.expect("a date from the caption");
    assert_eq!(inferred.date, "2024-03-07");
    assert_eq!(inferred.from, DateEvidence::Caption);
    assert_eq!(inferred.text, "March 7, 2024");
    // "Hamas said on Thursday": March 7, 2024 was a Thursday.
    assert!(inferred.confidence > 0.6 && inferred.confidence < 0.9);
    let thursday = article
        .dates
        .iter()
        .find(|d| d.text == "Thursday")
        .expect("Thursday in the body");
    assert_eq!(thursday.resolved.as_deref(), Some("2024-03-07"));
    let sunday = article
        .dates
        .iter()
        .find(|d| d.text == "Sunday")
        .expect("Sunday in the body");
    assert_eq!(sunday.resolved.as_deref(), Some("2024-03-10"));
    // The seeds without any full date get none.
    for prefix in ["000", "001", "002", "004"] {
        assert_eq!(seed(prefix).1.date_inferred, None, "{prefix}");
    }
}

#[test]
fn the_headline_figure_is_kept_with_its_zone() {
    let (_, article) = seed("001");
    let standfirst: Vec<&str> = article
        .figures
        .iter()
        .filter(|f| f.zone == Zone::Standfirst)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(standfirst, ["5 hostages"]);
}
