//! Figures in the seed articles. Mentions come from the stand-in marker in
//! `canonical_seedkit.rs` (gold mentions, to test the rules apart from the tagger).

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_extract::find_figures;
use newsmill_extract::Figure;

fn figures(seed: &str) -> (String, Vec<Figure>) {
    let (text, mentions, _) = seedkit::prepared(seed);
    let figures = find_figures(&text, &mentions);
    (text, figures)
}

fn by_value(figs: &[Figure], value: f64) -> &Figure {
    figs.iter()
        .find(|f| f.value == value)
        .unwrap_or_else(|| panic!("no figure {value}: {figs:#?}"))
}

#[test]
fn exactly_the_hand_counted_figures() {
    let expected: [(&str, &[f64]); 5] = [
        ("000", &[5.0, 71.0, 540.0, 5.0]),
        ("001", &[5.0, 5.0, 59.0, 4.0]),
        ("002", &[38_000.0, 300.0, 35.0, 2.0]),
        (
            "003",
            &[40.0, 1_200.0, 253.0, 2_300_000.0, 30_800.0, 83.0, 47.0],
        ),
        ("004", &[600.0, 1_000.0, 100.0]),
    ];
    for (seed, values) in expected {
        let (text, figs) = figures(seed);
        let got: Vec<f64> = figs.iter().map(|f| f.value).collect();
        assert_eq!(got, values, "seed {seed}: {figs:#?}");
        for f in &figs {
            assert_eq!(&text[f.span.start..f.span.end], f.text);
        }
    }
}

#[test]
fn claims_carry_within_the_report() {
    let (_, figs) = figures("000");
    let killed = by_value(&figs, 71.0);
    assert_eq!(killed.counted.as_str(), "killed");
    assert_eq!(killed.source.as_deref(), Some("Palestinian networks"));
    assert_eq!(killed.time_scope.as_deref(), Some("overnight"));
    assert_eq!(killed.place.as_deref(), Some("in Gaza"));
    let total = by_value(&figs, 540.0);
    assert_eq!(total.text, "some 540");
    assert_eq!(total.qualifier.as_deref(), Some("some"));
    assert_eq!(total.counted.as_str(), "killed");
    assert_eq!(total.source.as_deref(), Some("Palestinian networks"));
    assert!(total
        .time_scope
        .as_deref()
        .is_some_and(|t| t.starts_with("since the IDF resumed")));
}

#[test]
fn health_ministry_and_other_sources() {
    let (_, figs) = figures("002");
    let deaths = by_value(&figs, 38_000.0);
    assert_eq!(deaths.text, "nearly 38,000 deaths");
    assert_eq!(deaths.qualifier.as_deref(), Some("nearly"));
    assert_eq!(deaths.counted.as_str(), "killed");
    assert_eq!(deaths.source.as_deref(), Some("Gaza’s health ministry"));
    let people = by_value(&figs, 35.0);
    assert_eq!(
        (people.counted.as_str(), people.qualifier.as_deref()),
        ("killed", Some("at least"))
    );
    assert_eq!(people.time_scope.as_deref(), Some("on Saturday"));

    let (_, figs) = figures("003");
    assert_eq!(by_value(&figs, 1_200.0).counted.as_str(), "killed");
    assert_eq!(by_value(&figs, 253.0).counted.as_str(), "abducted");
    assert_eq!(by_value(&figs, 253.0).source.as_deref(), Some("Israel"));
    let toll = by_value(&figs, 30_800.0);
    assert_eq!(toll.counted.as_str(), "killed");
    assert_eq!(toll.source.as_deref(), Some("Health officials in Gaza"));
    let day = by_value(&figs, 83.0);
    assert_eq!(day.time_scope.as_deref(), Some("in the past 24 hours"));
    assert_eq!(day.source.as_deref(), Some("Health officials in Gaza"));
    assert_eq!(by_value(&figs, 47.0).counted.as_str(), "bodies");
    assert_eq!(by_value(&figs, 2_300_000.0).counted.as_str(), "people");

    let (_, figs) = figures("004");
    let gmo = by_value(&figs, 600.0);
    assert_eq!(
        gmo.source.as_deref(),
        Some("Hamas-run Government Media Office")
    );
    assert_eq!(gmo.time_scope.as_deref(), Some("since fighting resumed"));
    let injured = by_value(&figs, 1_000.0);
    assert_eq!(
        (injured.counted.as_str(), injured.qualifier.as_deref()),
        ("injured", Some("more than"))
    );
    let rafah = by_value(&figs, 100.0);
    assert_eq!(rafah.counted.as_str(), "killed");
    assert_eq!(rafah.place.as_deref(), Some("in Rafah"));
    assert_eq!(
        rafah.source.as_deref(),
        Some("city’s municipal authorities")
    );
}
