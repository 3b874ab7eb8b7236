//! Builders for constructed dumps.
#![allow(dead_code)]

use newsmill_report::{ArticleRecord, MentionRecord};
use newsmill_types::{EntityKind, EntitySummary, Figure, Quote, Source};
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
                clean_start: at,
                clean_end: at + surface.len(),
                canonical: canonical.to_string(),
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
        counted: counted.to_string(),
        source: source.map(str::to_string),
        time_scope: time_scope.map(str::to_string),
        place: None,
        start: 0,
        end: text.len(),
    }
}

pub fn quote(text: &str, speaker: &str) -> Quote {
    Quote {
        text: text.to_string(),
        speaker: Some(speaker.to_string()),
        speaker_canonical: Some(speaker.to_string()),
        start: 0,
        end: text.len(),
        fragment: false,
    }
}

pub const GAZA_PARAGRAPHS: [&str; 8] = [
    "Negotiations over a new ceasefire with Hamas continued over the past days but remain deadlocked, Israeli media reported Thursday, as the army continued to strike targets and advance ground troops in the northern Gaza Strip.",
    "A Hamas official speaking to reporters confirmed that efforts by the mediators had intensified in recent days but said that no breakthrough had yet been made in the talks in Cairo.",
    "According to a Qatari outlet, an Israeli delegation was in Cairo on Wednesday evening, and a Hamas delegation is expected there on Thursday to continue the talks with the Egyptian mediators.",
    "The Israeli government reportedly decided to gradually increase the military pressure on Hamas, while still hoping to push the group into concessions over the release of hostages.",
    "Witkoff said last week that Hamas had made counteroffers and private demands in the hope of buying more time without having to release the hostages it still holds in Gaza.",
    "The State Department said the mediation proposal to extend the ceasefire presented by Witkoff was still relevant but that the window to accept it could close quickly.",
    "Palestinian networks claimed that 71 people were killed in strikes overnight, raising the overall number to some 540 since the army resumed airstrikes in the enclave.",
    "The army issued an additional warning on Thursday morning to civilians in several neighbourhoods, calling on them to move south before further operations begin.",
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
    first.entity_summary[0].roles = vec!["terror group".into()];
    first.quotes = vec![
        quote("no breakthrough has yet been made", "Hamas"),
        Quote {
            text: "permanent".into(),
            speaker: None,
            speaker_canonical: None,
            start: 10,
            end: 19,
            fragment: true,
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
        start: 120,
        end: 128,
    }];
    first.removed = vec![
        (0, 40, "known_pattern".into()),
        (2000, 2050, "copyright".into()),
    ];
    first.removed_share = 0.04;
    first
        .meta
        .insert("lang".into(), serde_json::Value::String("en".into()));

    // The syndicated copy: one paragraph edited, another outlet.
    let mut paragraphs = GAZA_PARAGRAPHS.to_vec();
    paragraphs[2] = "Egyptian officials said on Wednesday that both delegations had been invited back to Cairo for another round of indirect talks early next week.";
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
    let other_text = "Hamas is considering a new ceasefire proposal presented by U.S. envoy Steve Witkoff as Israel escalates its offensive in Gaza.\nThe Hamas-run Government Media Office reported nearly 600 Palestinian deaths since fighting resumed, while Witkoff urged the group to accept the deal.\nEgyptian mediators in Cairo said talks would continue.\n\"Israel wants to retrieve hostages while avoiding the next phase,\" Khaled Meshaal said.";
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
    other.date = Some("2025-03-21".into());
    other.figures = vec![figure(
        "nearly 600",
        600.0,
        Some("nearly"),
        "killed",
        Some("Government Media Office"),
        Some("since fighting resumed"),
    )];
    other.quotes = vec![quote(
        "Israel wants to retrieve hostages while avoiding the next phase",
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
