//! The English tagger on the real scraped seed articles in
//! `../shared/data/seeds` (read at test time, never copied into the repo).

use newsmill_extract::tagger::Tagger;
use newsmill_extract::{EntityKind, EntityKind::*};
use newsmill_types::Span;

/// Text of the seed whose file name starts with `prefix` ("000").
fn seed(prefix: &str) -> String {
    newsmill_testkit::seed(prefix).1
}

/// Byte ranges of whole-word occurrences of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(needle) {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        if !word(before) && !word(after) {
            out.push(Span::new(i, i + needle.len()));
        }
    }
    out
}

fn describe(text: &str, ents: &[(Span, EntityKind)], near: Span) -> String {
    ents.iter()
        .filter(|(s, _)| s.start < near.end + 40 && s.end + 40 > near.start)
        .map(|(s, k)| format!("{}:{:?}", k.label(), s.slice(text)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every (or at least one, with `all = false`) occurrence of `surface` in
/// seed `file` is exactly one entity of `kind`.
fn expect(file: &str, surface: &str, kind: EntityKind, all: bool) {
    let text = seed(file);
    let ents = Tagger::english().tag_text(&text);
    let occ = occurrences(&text, surface);
    assert!(!occ.is_empty(), "{surface:?} does not occur in seed {file}");
    let ok: Vec<bool> = occ.iter().map(|o| ents.contains(&(*o, kind))).collect();
    let pass = if all {
        ok.iter().all(|&b| b)
    } else {
        ok.iter().any(|&b| b)
    };
    if !pass {
        let bad = occ
            .iter()
            .zip(&ok)
            .find(|(_, &b)| !b)
            .map(|(o, _)| *o)
            .unwrap_or(occ[0]);
        panic!(
            "seed {file}: {surface:?} not tagged {} ({}/{} occurrences ok); entities near it: {}",
            kind.label(),
            ok.iter().filter(|&&b| b).count(),
            occ.len(),
            describe(&text, &ents, bad)
        );
    }
}

#[test]
fn israel_katz_is_one_person() {
    expect("001", "Israel Katz", Person, true);
    expect("004", "Israel Katz", Person, true);
}

#[test]
fn spokesmen_are_people() {
    expect("000", "Abd al-Latif Qanoua", Person, true);
    expect("000", "Avichay Adraee", Person, true);
    expect("001", "Moran Azulay", Person, true);
}

#[test]
fn abdel_latif_al_qanua_is_a_person() {
    expect("001", "Abdel Latif al-Qanua", Person, true);
}

#[test]
fn gaza_places() {
    expect("000", "Netzarim Corridor", Place, true);
    expect("001", "Netzarim Corridor", Place, true);
    expect("000", "Deir al-Balah", Place, true);
    expect("003", "Khan Younis", Place, true);
    expect("002", "Rafah", Place, true);
    expect("003", "Rafah", Place, true);
    expect("004", "Rafah", Place, true);
    expect("002", "Shejaia", Place, true);
}

#[test]
fn salah_al_din_road_is_a_place() {
    // The model tags the name without the lowercase "road" (as CoNLL does
    // for common nouns after names); accept either extent.
    let text = seed("000");
    let ents = Tagger::english().tag_text(&text);
    for o in occurrences(&text, "Salah al-Din road") {
        let name = Span::new(o.start, o.start + "Salah al-Din".len());
        assert!(
            ents.contains(&(o, Place)) || ents.contains(&(name, Place)),
            "Salah al-Din road: {}",
            describe(&text, &ents, o)
        );
    }
}

#[test]
fn organisations() {
    expect("001", "Golani Brigade", Organisation, true);
    expect(
        "000",
        "United Nations Mine Action Service",
        Organisation,
        true,
    );
}

#[test]
fn al_araby_al_jadeed_is_an_organisation() {
    expect("000", "Al-Araby Al-Jadeed", Organisation, true);
}

#[test]
fn idf_every_time() {
    expect("000", "IDF", Organisation, true);
    expect("001", "IDF", Organisation, true);
}

#[test]
fn headings_are_not_people() {
    let text = seed("004");
    let ents = Tagger::english().tag_text(&text);
    for heading in [
        "Ceasefire Collapses Amid Renewed Fighting",
        "Hamas’ Stance on Ceasefire Proposal",
        "Israel Expands Military Operations",
        "International Reactions and Humanitarian Concerns",
        "Uncertain Path Forward",
    ] {
        for o in occurrences(&text, heading) {
            let bad: Vec<&str> = ents
                .iter()
                .filter(|(s, k)| *k == Person && s.start < o.end && s.end > o.start)
                .map(|(s, _)| s.slice(&text))
                .collect();
            assert!(bad.is_empty(), "heading {heading:?} has PER {bad:?}");
        }
    }
}
