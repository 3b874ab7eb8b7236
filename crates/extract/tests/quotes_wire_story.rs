//! A hand-written wire story (not from the seeds) with quotes in styles the
//! seeds do not use: appositions, asides, "the union", "He added:", partial
//! quotes after "who". Mentions come from the stand-in marker in
//! `canonical_seedkit.rs`.

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_extract::{canonicalize, find_dates, find_figures, find_quotes, EntityKind};

#[test]
fn wire_story() {
    let text = "KHARTOUM, Sudan (AP) — Fighting flared again on Monday in the Sudanese capital, residents said, as the army and a rival paramilitary force traded artillery fire.
\"We have not slept for three nights,\" said Amira Osman, a teacher in the Bahri district. \"The shelling starts at dusk and does not stop.\"
The Rapid Support Forces (RSF) said in a statement that its fighters had repelled an attack. The army did not respond to a request for comment.
Army spokesman Brig. Gen. Nabil Abdallah told The Associated Press that the RSF was \"shelling homes indiscriminately.\" He added: \"We will protect civilians.\"
U.N. Secretary-General Antonio Guterres urged both sides to return to talks. \"There is no military solution,\" Guterres said in New York, adding that the crisis \"is getting worse by the day.\"
According to the Sudan Doctors Union, at least 413 civilians have been killed and more than 3,500 wounded since the fighting began on April 15.
\"The hospitals are overwhelmed,\" the union said. \"We are running out of blood and anesthetics.\"
Mohamed Hamdan Dagalo, the RSF commander, wrote on X that his forces \"will not surrender.\" Dagalo, who is widely known as Hemedti, has previously said the army \"started this war.\"
In Geneva, the World Health Organization said 11 health facilities had been attacked. \"This is a violation of international humanitarian law,\" WHO spokesman Tarik Jasarevic told reporters.
Residents described \"total chaos\" in the streets.
“People are fleeing on foot,” one resident, who asked not to be named for safety reasons, told Reuters. “There is no water, no electricity.”
";
    let names: &[(&str, EntityKind)] = &[
        ("Amira Osman", EntityKind::Person),
        ("Nabil Abdallah", EntityKind::Person),
        ("Antonio Guterres", EntityKind::Person),
        ("Guterres", EntityKind::Person),
        ("Mohamed Hamdan Dagalo", EntityKind::Person),
        ("Dagalo", EntityKind::Person),
        ("Tarik Jasarevic", EntityKind::Person),
        ("Rapid Support Forces", EntityKind::Organisation),
        ("RSF", EntityKind::Organisation),
        ("Associated Press", EntityKind::Organisation),
        ("Sudan Doctors Union", EntityKind::Organisation),
        ("World Health Organization", EntityKind::Organisation),
        ("WHO", EntityKind::Organisation),
        ("Reuters", EntityKind::Organisation),
        ("U.N.", EntityKind::Organisation),
        ("Khartoum", EntityKind::Place),
        ("Sudan", EntityKind::Place),
        ("New York", EntityKind::Place),
        ("Geneva", EntityKind::Place),
    ];
    let mut m = seedkit::mark(text, names);
    let entities = canonicalize(text, &mut m);
    let got: Vec<(Option<String>, bool)> = find_quotes(text, &m)
        .into_iter()
        .map(|q| (q.speaker_canonical.or(q.speaker), q.fragment))
        .collect();
    let expected = [
        ("Amira Osman", false),
        ("Amira Osman", false),
        ("Nabil Abdallah", true),
        ("Nabil Abdallah", false),
        ("Antonio Guterres", false),
        ("Antonio Guterres", false),
        ("Sudan Doctors Union", false),
        ("Sudan Doctors Union", false),
        ("Mohamed Hamdan Dagalo", true),
        ("Mohamed Hamdan Dagalo", true),
        ("Tarik Jasarevic", false),
        ("Residents", true),
        ("one resident", false),
        ("one resident", false),
    ];
    let expected: Vec<(Option<String>, bool)> = expected
        .iter()
        .map(|(s, f)| (Some(s.to_string()), *f))
        .collect();
    assert_eq!(got, expected);

    let role = |name: &str| {
        entities
            .iter()
            .find(|e| e.canonical == name)
            .map(|e| e.roles.clone())
            .unwrap_or_default()
    };
    assert_eq!(role("Nabil Abdallah"), vec!["Army spokesman Brig. Gen."]);
    assert_eq!(role("Mohamed Hamdan Dagalo"), vec!["RSF commander"]);
    assert_eq!(role("Antonio Guterres"), vec!["U.N. Secretary-General"]);
    assert!(m
        .iter()
        .filter(|x| x.text == "RSF")
        .all(|x| x.canonical == "Rapid Support Forces"));

    let figs = find_figures(text, &m);
    assert_eq!(figs.len(), 2);
    assert_eq!((figs[0].value, figs[0].counted.as_str()), (413.0, "killed"));
    assert_eq!(
        (figs[1].value, figs[1].counted.as_str()),
        (3_500.0, "injured")
    );
    for f in &figs {
        assert_eq!(f.source.as_deref(), Some("Sudan Doctors Union"));
        assert_eq!(
            f.time_scope.as_deref(),
            Some("since the fighting began on April 15")
        );
    }
    let days: Vec<Option<String>> = find_dates(text, Some("2023-04-24"))
        .into_iter()
        .map(|d| d.resolved)
        .collect();
    assert_eq!(
        days,
        vec![
            Some("2023-04-24".to_string()),
            Some("2023-04-15".to_string())
        ]
    );
}
