//! A hand-written casualty report (not from the seeds) with figures in
//! styles the seeds do not use: comma asides, tolls "risen to", "bringing the
//! number ... to", "according to" after the figure. Mentions come from the
//! stand-in marker in `canonical_seedkit.rs`.

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_extract::{canonicalize, find_figures, EntityKind};

/// value, counted, source, time scope, place.
type Row = (f64, String, Option<String>, Option<String>, Option<String>);

#[test]
fn casualty_report() {
    let text = "Israeli strikes killed 25 people in the central Gaza Strip overnight, including 10 children, the Health Ministry in Gaza said on Tuesday.
The ministry said the death toll had risen to 41,000 since the war began, with more than 95,000 wounded.
IDF spokesperson Rear Adm. Daniel Hagari said troops had found the bodies of six hostages in a tunnel in Rafah. \"They were murdered by Hamas shortly before we arrived,\" Hagari said.
About 1.9 million people, or 90% of the population, have been displaced, according to UNRWA.
Some 120 trucks entered the enclave on Monday, the Coordinator of Government Activities in the Territories (COGAT) said.
Hamas took about 250 hostages in the Oct. 7, 2023 attack, according to Israeli tallies. Roughly 100 remain in Gaza, about a third of whom are believed to be dead.
Two Israeli soldiers were killed in southern Gaza, the military said, bringing the number of soldiers killed since the ground offensive began to 339.
Last week, the United Nations said at least 2,000 aid workers had been displaced.
";
    let names: &[(&str, EntityKind)] = &[
        ("Daniel Hagari", EntityKind::Person),
        ("Hagari", EntityKind::Person),
        ("Health Ministry", EntityKind::Organisation),
        ("IDF", EntityKind::Organisation),
        ("Hamas", EntityKind::Organisation),
        ("UNRWA", EntityKind::Organisation),
        (
            "Coordinator of Government Activities in the Territories",
            EntityKind::Organisation,
        ),
        ("COGAT", EntityKind::Organisation),
        ("United Nations", EntityKind::Organisation),
        ("Gaza Strip", EntityKind::Place),
        ("Gaza", EntityKind::Place),
        ("Rafah", EntityKind::Place),
    ];
    let mut m = seedkit::mark(text, names);
    canonicalize(text, &mut m);
    let got: Vec<Row> = find_figures(text, &m)
        .into_iter()
        .map(|f| {
            (
                f.value,
                f.counted.as_str().to_string(),
                f.source,
                f.time_scope,
                f.place,
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    let expected = vec![
        (
            25.0,
            "killed".to_string(),
            s("Health Ministry in Gaza"),
            s("overnight"),
            s("in the central Gaza Strip"),
        ),
        (
            10.0,
            "children".to_string(),
            s("Health Ministry in Gaza"),
            s("overnight"),
            s("in the central Gaza Strip"),
        ),
        (
            41_000.0,
            "killed".to_string(),
            s("ministry"),
            s("since the war began"),
            None,
        ),
        (
            95_000.0,
            "injured".to_string(),
            s("ministry"),
            s("since the war began"),
            None,
        ),
        (
            6.0,
            "hostages".to_string(),
            s("Daniel Hagari"),
            None,
            s("in Rafah"),
        ),
        (1_900_000.0, "displaced".to_string(), s("UNRWA"), None, None),
        (
            250.0,
            "hostages".to_string(),
            s("Israeli tallies"),
            None,
            None,
        ),
        (
            2.0,
            "killed".to_string(),
            s("military"),
            None,
            s("in southern Gaza"),
        ),
        (
            339.0,
            "killed".to_string(),
            s("military"),
            s("since the ground offensive began"),
            s("in southern Gaza"),
        ),
        (
            2_000.0,
            "displaced".to_string(),
            s("United Nations"),
            s("Last week"),
            None,
        ),
    ];
    assert_eq!(got, expected);
}
