//! Builders for constructed dumps.
#![allow(dead_code)]

use newsmill_report::{ArticleRecord, MentionRecord};
use newsmill_types::{
    Bound, EntityKind, EntitySummary, Figure, Quote, RemovalReason, Source, Span, Zone,
};
use std::path::PathBuf;

/// A fresh, empty directory under the target's temp dir.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsmill-report-test-{}-{}",
        name,
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn source(id: &str) -> Source {
    Source {
        path: format!("dump/{id}.txt"),
        line: None,
    }
}

/// An article with a clean text; words counted, content hash filled.
pub fn article(id: &str, outlet: Option<&str>, title: &str, text: &str) -> ArticleRecord {
    let mut a = ArticleRecord::new(id, source(id));
    a.outlet = outlet.map(str::to_string);
    a.title = Some(title.to_string());
    a.text = text.to_string();
    a.words = text.split_whitespace().count();
    a.content_hash = format!("{:016x}", newsmill_types::content_hash(text));
    a.content_key = format!("{:032x}", newsmill_types::content_key(text));
    a
}

/// Mark every occurrence of each `(surface, kind, canonical)` in the text
/// as a mention (raw offsets = clean offsets + 100) and fill the summary.
pub fn with_entities(mut a: ArticleRecord, entities: &[(&str, EntityKind, &str)]) -> ArticleRecord {
    for &(surface, kind, canonical) in entities {
        let mut count = 0;
        for (at, _) in a.text.match_indices(surface) {
            count += 1;
            a.entities.push(MentionRecord {
                text: surface.to_string(),
                kind,
                start: at + 100,
                end: at + surface.len() + 100,
                clean_start: Some(at),
                clean_end: Some(at + surface.len()),
                canonical: canonical.to_string(),
                zone: Zone::Body,
            });
        }
        if count == 0 {
            continue;
        }
        match a
            .entity_summary
            .iter_mut()
            .find(|e| e.canonical == canonical && e.kind == kind)
        {
            Some(e) => {
                e.mentions += count;
                e.aliases.push(surface.to_string());
            }
            None => a.entity_summary.push(EntitySummary {
                canonical: canonical.to_string(),
                kind,
                mentions: count,
                aliases: vec![surface.to_string()],
                roles: Vec::new(),
            }),
        }
    }
    a.entities.sort_by_key(|m| m.clean_start);
    a
}

pub fn figure(
    text: &str,
    value: f64,
    qualifier: Option<&str>,
    counted: &str,
    source: Option<&str>,
    time_scope: Option<&str>,
) -> Figure {
    Figure {
        text: text.to_string(),
        value,
        qualifier: qualifier.map(str::to_string),
        // What the extractor would make of the phrases these tests use.
        bound: qualifier.map(|phrase| match phrase {
            "nearly" | "almost" => Bound::Nearly,
            "more than" | "over" | "at least" => Bound::AtLeast,
            "up to" => Bound::AtMost,
            _ => Bound::About,
        }),
        counted: serde_json::from_value(serde_json::Value::from(counted))
            .unwrap_or_else(|_| panic!("{counted} is not a counted category")),
        source: source.map(str::to_string),
        time_scope: time_scope.map(str::to_string),
        place: None,
        span: Span::new(0, text.len()),
        zone: Zone::Body,
    }
}

pub fn quote(text: &str, speaker: &str) -> Quote {
    Quote {
        text: text.to_string(),
        speaker: Some(speaker.to_string()),
        speaker_canonical: Some(speaker.to_string()),
        span: Span::new(0, text.len()),
        fragment: false,
        zone: Zone::Body,
    }
}

pub const GAZA_PARAGRAPHS: [&str; 8] = [
    "Delegations from Hamas and the mediators spent a third day in Cairo without agreeing on the order in which a truce and an exchange of prisoners would take place, two officials briefed on the talks told our correspondent.",
    "The Israeli cabinet met late into the evening and left the negotiating mandate of its team unchanged, according to a minister who asked not to be named because the meeting was closed.",
    "Egyptian officials proposed that the two sides first agree on a timetable for aid convoys, leaving the harder questions of withdrawal lines and guarantees for a later round.",
    "Residents of southern Gaza described long queues for water on Tuesday as fuel shortages forced two desalination plants to cut their output by half.",
    "Witkoff, who has shuttled between regional capitals for most of the month, was expected to join the delegations at the end of the week if the gaps narrowed.",
    "A State Department official said the United States still saw a path to a deal and urged all sides to keep the channel open over the coming days.",
    "Local health workers said 71 people were killed in strikes overnight, bringing the total reported since the truce broke down to some 540, figures that could not be checked independently.",
    "Aid agencies warned that a further escalation would close the last crossing still used for medical evacuations, stranding hundreds of patients waiting for treatment abroad.",
];

pub const UNRELATED: [&str; 5] = [
    "The central bank raised its benchmark interest rate by a quarter of a percentage point on Tuesday, citing stubborn inflation in services and a labour market that remains tighter than policymakers had expected at the start of the year. Markets had largely priced in the move, and bond yields barely changed after the announcement. The governor told reporters that further increases were possible if wage growth did not slow over the summer months.",
    "A team of marine biologists has documented a previously unknown population of seahorses living among the roots of a mangrove forest on the northern coast. The researchers counted several hundred animals during night dives over three weeks and took small tissue samples to compare their genetics with populations further south. Local fishing cooperatives have agreed to keep nets out of the area while the survey continues.",
    "The city council voted narrowly to close the old river bridge to cars from next spring, turning it into a route for pedestrians, cyclists and buses. Shop owners on the eastern bank warned that deliveries would take longer, while residents' groups welcomed quieter streets. Engineers say the structure needs repairs costing far more than the annual road budget if heavy traffic continues.",
    "In the final match of the season the home side came back from two goals down to draw, securing a place in European competition for the first time in a decade. The striker who scored both late goals had spent most of the year injured and said afterwards that he had doubted he would play again. Supporters stayed in the stadium long after the final whistle to celebrate with the players.",
    "A new exhibition at the national gallery brings together more than eighty drawings by a seventeenth century engraver whose work was long attributed to his more famous teacher. Curators used infrared imaging to reveal underdrawings and corrections that show a distinct hand. The show runs until the end of October and will travel to two other museums next year.",
];

/// A small dump that exercises every output: syndicated copies, a story
/// told by two outlets, a figure disagreement, quotes, removed lines, and
/// text that tries to inject HTML.
pub fn showcase_dump() -> Vec<ArticleRecord> {
    use newsmill_types::{Syndication, TemporalMention};
    let gaza_entities: &[(&str, EntityKind, &str)] = &[
        ("Hamas", EntityKind::Organisation, "Hamas"),
        ("Witkoff", EntityKind::Person, "Steve Witkoff"),
        ("Gaza", EntityKind::Place, "Gaza"),
        ("Cairo", EntityKind::Place, "Cairo"),
        ("Israeli", EntityKind::Misc, "Israeli"),
        (
            "State Department",
            EntityKind::Organisation,
            "State Department",
        ),
    ];
    let original_text = GAZA_PARAGRAPHS.join("\n");
    let mut first = with_entities(
        article(
            "000",
            Some("JNS"),
            "Hamas ceasefire talks deadlocked",
            &original_text,
        ),
        gaza_entities,
    );
    first.source.line = Some(1);
    first.url = Some("https://example.invalid/jns/1".into());
    first.date = Some("2025-03-20".into());
    first.subtitle = Some("Mediators in Cairo".into());
    first.byline = Some("Staff writer".into());
    first.dateline = Some("Jerusalem".into());
    first.syndication = Some(Syndication {
        original: Some("JNS".into()),
        publisher: Some("JNS".into()),
    });
    first.page = Some(newsmill_types::PageMetadata {
        title: Some("Ceasefire talks stall".into()),
        authors: vec!["Staff writer".into()],
        published: Some("2025-03-20T08:00:00Z".into()),
        modified: Some("2025-03-20T09:30:00Z".into()),
        site_name: Some("JNS".into()),
        canonical_url: Some("https://example.invalid/talks".into()),
        description: Some("Mediators in Cairo".into()),
        language: Some("en".into()),
    });
    first.entity_summary[0].roles = vec!["terror group".into()];
    first.quotes = vec![
        quote("the talks have not moved since Sunday", "Hamas"),
        Quote {
            text: "permanent".into(),
            speaker: None,
            speaker_canonical: None,
            span: Span::new(10, 19),
            fragment: true,
            zone: Zone::Body,
        },
    ];
    first.figures = vec![
        figure(
            "71 people",
            71.0,
            None,
            "killed",
            Some("Palestinian networks"),
            Some("overnight"),
        ),
        figure(
            "some 540",
            540.0,
            Some("some"),
            "killed",
            Some("Palestinian networks"),
            Some("since the IDF resumed airstrikes"),
        ),
    ];
    first.dates = vec![TemporalMention {
        text: "Thursday".into(),
        resolved: Some("2025-03-20".into()),
        span: Span::new(120, 128),
        zone: Zone::Body,
    }];
    first.removed = vec![
        (0, 40, RemovalReason::KnownPattern),
        (2000, 2050, RemovalReason::Copyright),
    ];
    first.removed_share = 0.04;
    first
        .meta
        .insert("lang".into(), serde_json::Value::String("en".into()));

    // The syndicated copy: one paragraph edited, another outlet.
    let mut paragraphs = GAZA_PARAGRAPHS.to_vec();
    paragraphs[2] = "A spokesman for the Egyptian mediators said both teams would be asked back to Cairo early next week for another indirect round.";
    let mut copy = with_entities(
        article(
            "001",
            Some("Daily Wire Service"),
            "Ceasefire talks remain deadlocked",
            &paragraphs.join("\n"),
        ),
        gaza_entities,
    );
    copy.date = Some("2025-03-20".into());
    copy.syndication = Some(Syndication {
        original: Some("JNS".into()),
        publisher: Some("Daily Wire Service".into()),
    });

    // Same story, different words, another outlet, a different figure.
    let other_text = "Steve Witkoff's latest plan for a pause in the fighting in Gaza reached Hamas leaders on Friday, as Israel widened its ground operation.\nThe Government Media Office in Gaza put the number of dead since the truce ended at nearly 600, while Witkoff pressed both sides to answer within days.\nMediators in Cairo said their doors stayed open.\n\"We will not sign anything that leaves the war without an end date,\" Khaled Meshaal said.";
    let mut other = with_entities(
        article(
            "004",
            Some("The Media Line"),
            "Hamas weighs Witkoff proposal",
            other_text,
        ),
        &[
            ("Hamas", EntityKind::Organisation, "Hamas"),
            ("Steve Witkoff", EntityKind::Person, "Steve Witkoff"),
            ("Witkoff", EntityKind::Person, "Steve Witkoff"),
            ("Gaza", EntityKind::Place, "Gaza"),
            ("Cairo", EntityKind::Place, "Cairo"),
            ("Israel", EntityKind::Place, "Israel"),
            ("Khaled Meshaal", EntityKind::Person, "Khaled Meshaal"),
        ],
    );
    other.date = Some("2025-03-20".into());
    other.figures = vec![figure(
        "nearly 600",
        600.0,
        Some("nearly"),
        "killed",
        Some("Government Media Office"),
        Some("since fighting resumed"),
    )];
    other.quotes = vec![quote(
        "We will not sign anything that leaves the war without an end date",
        "Khaled Meshaal",
    )];

    // Hostile text: must come out escaped everywhere.
    let hostile_text = "Officials said <script>alert('pwned')</script> and <img src=x onerror=alert(1)> were found.\nA second paragraph with \"quotes\", commas, and a </details> tag.";
    let mut hostile = with_entities(
        article(
            "evil<script>",
            Some("<b>Evil</b> Outlet"),
            "<script>document.title='owned'</script>",
            hostile_text,
        ),
        &[("Officials", EntityKind::Organisation, "<i>Officials</i>")],
    );
    hostile.byline = Some("\"><svg onload=alert(2)>".into());
    hostile.quotes = vec![quote("<iframe src=javascript:alert(3)>", "<u>Someone</u>")];
    // Undated by its input: the day a caption gives.
    hostile.date_inferred = Some(newsmill_types::ArticleDate {
        date: "2025-03-20".into(),
        from: newsmill_types::DateEvidence::Caption,
        confidence: 0.6,
        text: "<b>March 20, 2025</b>".into(),
        span: Span::new(0, 21),
    });

    let mut dump = vec![first, copy, other, hostile];
    for (i, text) in UNRELATED.iter().enumerate() {
        dump.push(article(
            &format!("u{i}"),
            Some("Local Gazette"),
            &format!("Unrelated story {i}"),
            text,
        ));
    }
    dump
}
