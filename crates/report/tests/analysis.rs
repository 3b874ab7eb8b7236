//! The dump-level analysis on constructed dumps.

mod common;

use common::*;
use newsmill_report::aggregate::DumpAggregates;
use newsmill_report::analysis::{analyse, DumpReport};
use newsmill_report::{ArticleRecord, RunSummary};
use newsmill_types::{ArticleDate, DateEvidence, Span};

fn aggregate(articles: &[ArticleRecord]) -> DumpAggregates {
    let mut aggregates = DumpAggregates::new();
    for a in articles {
        aggregates.add_article(a);
    }
    aggregates
}

fn report(articles: &[ArticleRecord]) -> DumpReport {
    analyse(&aggregate(articles), &RunSummary::default())
        .expect("no scratch files in memory")
        .0
}

#[test]
fn copies_with_one_changed_paragraph_are_clustered() {
    let original = GAZA_PARAGRAPHS.join("\n");
    let mut edited = GAZA_PARAGRAPHS.to_vec();
    edited[3] = "Officials in Washington said on Friday they expected a response from the group within days, and that a deal on the hostages was still within reach if both sides compromised.";
    let mut dump = vec![
        article("a-original", Some("JNS"), "Talks deadlocked", &original),
        article(
            "a-copy",
            Some("Wire"),
            "Talks still deadlocked",
            &edited.join("\n"),
        ),
    ];
    for (i, text) in UNRELATED.iter().enumerate() {
        dump.push(article(&format!("u{i}"), Some("Gazette"), "Other", text));
    }
    let aggregates = aggregate(&dump);
    let (report, assignments) = analyse(&aggregates, &RunSummary::default()).expect("in memory");
    assert_eq!(
        report.duplicate_clusters.len(),
        1,
        "{:#?}",
        report.duplicate_clusters
    );
    let cluster = &report.duplicate_clusters[0];
    assert_eq!(cluster.representative.id, "a-original");
    assert_eq!(cluster.members.len(), 1);
    assert_eq!(cluster.members[0].id, "a-copy");
    assert!(
        cluster.members[0].similarity >= 0.5,
        "{}",
        cluster.members[0].similarity
    );
    assert!(cluster.members[0].similarity < 1.0);
    assert_eq!(cluster.kind, "syndicated");
    assert_eq!(report.totals.near_duplicates, 1);
    assert_eq!(assignments.get(1).duplicate_of, Some(0));
    // The per-article similarity is the one the cluster lists.
    let listed = cluster.members[0].similarity;
    assert!((f64::from(assignments.get(1).similarity) - listed).abs() < 0.001);
    assert_eq!(assignments.get(0).cluster, Some(1));
    assert_eq!(assignments.get(0).duplicate_of, None);
    assert!((2..dump.len()).all(|i| assignments.get(i).cluster.is_none()));
}

#[test]
fn interleaved_copy_clusters_keep_their_own_numbers_and_representatives() {
    // Two clusters whose members alternate with articles that have no copy:
    // every position maps to its own cluster, or to none.
    let gaza = GAZA_PARAGRAPHS.join("\n");
    let bank = format!("{} {}", UNRELATED[0], UNRELATED[1]);
    let dump = vec![
        article("u0", Some("Gazette"), "Other", UNRELATED[2]),
        article("gaza-1", Some("JNS"), "Talks", &gaza),
        article("bank-1", Some("Wire"), "Rates", &bank),
        article("u1", Some("Gazette"), "Other", UNRELATED[3]),
        article("gaza-2", Some("Post"), "Talks", &gaza),
        article("bank-2", Some("Wire"), "Rates", &bank),
        article("gaza-3", Some("JNS"), "Talks", &gaza),
        article("u2", Some("Gazette"), "Other", UNRELATED[4]),
    ];
    // In memory, and with scratch files (the copy table then waits in one
    // while the story sets are built).
    let scratch = std::env::temp_dir().join(format!("newsmill-interleaved-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let mut spilled = aggregate(&[]);
    spilled.spill_to(&scratch).expect("scratch files");
    for a in &dump {
        spilled.add_article(a);
    }
    for aggregates in [aggregate(&dump), spilled] {
        check_interleaved_clusters(&aggregates, dump.len());
    }
    let left: Vec<_> = std::fs::read_dir(&scratch)
        .expect("scratch folder")
        .flatten()
        .map(|entry| entry.file_name())
        .collect();
    assert!(left.is_empty(), "scratch files left: {left:?}");
    std::fs::remove_dir(&scratch).expect("empty scratch folder");
}

fn check_interleaved_clusters(aggregates: &DumpAggregates, articles: usize) {
    let (report, assignments) = analyse(aggregates, &RunSummary::default()).expect("analysis");
    assert_eq!(report.duplicate_clusters.len(), 2);
    assert_eq!(report.totals.near_duplicates, 3);
    let expected = [
        (None, None),
        (Some(1), None),
        (Some(2), None),
        (None, None),
        (Some(1), Some(1)),
        (Some(2), Some(2)),
        (Some(1), Some(1)),
        (None, None),
    ];
    for (position, &(cluster, duplicate_of)) in expected.iter().enumerate() {
        let assigned = assignments.get(position);
        assert_eq!(
            (assigned.cluster, assigned.duplicate_of),
            (cluster, duplicate_of),
            "position {position}"
        );
    }
    assert_eq!(assignments.get(articles).cluster, None);
}

#[test]
fn unrelated_articles_are_not_clustered() {
    let dump: Vec<_> = UNRELATED
        .iter()
        .enumerate()
        .map(|(i, text)| article(&format!("u{i}"), Some("Gazette"), "Other", text))
        .collect();
    let report = report(&dump);
    assert!(
        report.duplicate_clusters.is_empty(),
        "{:#?}",
        report.duplicate_clusters
    );
    assert_eq!(report.totals.near_duplicates, 0);
    assert!(report.story_clusters.is_empty());
}

#[test]
fn representative_is_the_earliest_by_date() {
    let text = GAZA_PARAGRAPHS.join("\n");
    let mut later = article("later", Some("A"), "t", &text);
    later.date = Some("2025-03-22".into());
    let mut earlier = article("earlier", Some("A"), "t", &text);
    earlier.date = Some("2025-03-20".into());
    let report = report(&[later, earlier]);
    assert_eq!(report.duplicate_clusters[0].representative.id, "earlier");
    assert_eq!(report.duplicate_clusters[0].kind, "duplicate");
}

fn figure_article(id: &str, outlet: &str, figures: Vec<newsmill_types::Figure>) -> ArticleRecord {
    let mut a = article(id, Some(outlet), id, UNRELATED[id.len() % UNRELATED.len()]);
    a.figures = figures;
    a
}

#[test]
fn figure_disagreement_is_found_when_it_exists() {
    let dump = vec![
        figure_article(
            "000",
            "JNS",
            vec![
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
                    Some("since the IDF resumed airstrikes in the enclave"),
                ),
            ],
        ),
        figure_article(
            "0004",
            "The Media Line",
            vec![
                figure(
                    "nearly 600",
                    600.0,
                    Some("nearly"),
                    "killed",
                    Some("Hamas-run Government Media Office"),
                    Some("since fighting resumed"),
                ),
                figure(
                    "more than a thousand",
                    1000.0,
                    Some("more than"),
                    "injured",
                    None,
                    Some("since fighting resumed"),
                ),
            ],
        ),
    ];
    // Undated articles: the pair is not compared, and the report says so.
    let undated = report(&dump);
    assert!(
        undated.disagreements.is_empty(),
        "{:#?}",
        undated.disagreements
    );
    assert_eq!(undated.totals.figure_pairs_undated, 1);
    assert!(undated.totals.figures_left_out().is_some_and(
        |note| note.contains("1 pair of incompatible values where an article has no date")
    ));

    let mut dump = dump;
    for a in &mut dump {
        a.date = Some("2025-03-20T08:00:00Z".into());
    }
    let report = report(&dump);
    assert_eq!(report.disagreements.len(), 1, "{:#?}", report.disagreements);
    assert_eq!(report.totals.figure_pairs_undated, 0);
    assert_eq!(report.totals.figures_left_out(), None);
    let d = &report.disagreements[0];
    assert_eq!(d.counted, "killed");
    assert_eq!(d.time_scope, "since fighting resumed");
    assert_eq!((d.low.value, d.high.value), (540.0, 600.0));
    assert_eq!(d.low.article_id, "000");
    assert_eq!(d.high.article_id, "0004");
    assert_eq!(d.low.source.as_deref(), Some("Palestinian networks"));
    assert_eq!(d.high.outlet.as_deref(), Some("The Media Line"));
    assert_eq!(report.totals.figure_disagreements, 1);
    assert!(report.figures[0].disagreement);
}

#[test]
fn figure_disagreement_is_not_invented() {
    let scope = Some("since fighting resumed");
    let cases: Vec<(&str, Vec<ArticleRecord>)> = vec![
        (
            "unscoped totals are about different events",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure(
                        "1,200 people",
                        1200.0,
                        None,
                        "killed",
                        Some("officials"),
                        None,
                    )],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure(
                        "30,800",
                        30800.0,
                        None,
                        "killed",
                        Some("ministry"),
                        None,
                    )],
                ),
            ],
        ),
        (
            "a bare count of people says too little to compare",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure("12 people", 12.0, None, "people", None, scope)],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure(
                        "about 3,000 residents",
                        3000.0,
                        Some("about"),
                        "people",
                        None,
                        scope,
                    )],
                ),
            ],
        ),
        (
            "identical values",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure(
                        "540",
                        540.0,
                        None,
                        "killed",
                        Some("ministry"),
                        scope,
                    )],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure(
                        "some 540",
                        540.0,
                        Some("some"),
                        "killed",
                        Some("agency"),
                        scope,
                    )],
                ),
            ],
        ),
        (
            "different counted kinds",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure("540", 540.0, None, "killed", None, scope)],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure("600", 600.0, None, "injured", None, scope)],
                ),
            ],
        ),
        (
            "different time scopes",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure("71", 71.0, None, "killed", None, Some("overnight"))],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure("540", 540.0, None, "killed", None, scope)],
                ),
            ],
        ),
        (
            "overlapping approximations",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure(
                        "about 590",
                        590.0,
                        Some("about"),
                        "killed",
                        None,
                        scope,
                    )],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure(
                        "nearly 600",
                        600.0,
                        Some("nearly"),
                        "killed",
                        None,
                        scope,
                    )],
                ),
            ],
        ),
        (
            "a lower bound and a higher value",
            vec![
                figure_article(
                    "a",
                    "X",
                    vec![figure(
                        "more than 500",
                        500.0,
                        Some("more than"),
                        "killed",
                        None,
                        scope,
                    )],
                ),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure("600", 600.0, None, "killed", None, scope)],
                ),
            ],
        ),
        (
            "same article, same source: an update, not a disagreement",
            vec![figure_article(
                "a",
                "X",
                vec![
                    figure("500", 500.0, None, "killed", Some("ministry"), scope),
                    figure("540", 540.0, None, "killed", Some("ministry"), scope),
                ],
            )],
        ),
        (
            "different places",
            vec![
                figure_article("a", "X", {
                    let mut f = figure("100", 100.0, None, "killed", None, scope);
                    f.place = Some("in Rafah".into());
                    vec![f]
                }),
                figure_article(
                    "bb",
                    "Y",
                    vec![figure("600", 600.0, None, "killed", None, scope)],
                ),
            ],
        ),
    ];
    for (name, mut dump) in cases {
        // Dated the same day, so only the rule under test keeps them apart.
        for a in &mut dump {
            a.date = Some("2025-03-20".into());
        }
        let report = report(&dump);
        assert!(
            report.disagreements.is_empty(),
            "{name}: {:#?}",
            report.disagreements
        );
        assert_eq!(report.totals.figure_disagreements, 0, "{name}");
    }

    // Running totals a week apart are not compared.
    let mut a = figure_article(
        "a",
        "X",
        vec![figure("540", 540.0, None, "killed", None, scope)],
    );
    a.date = Some("2025-03-20".into());
    let mut b = figure_article(
        "bb",
        "Y",
        vec![figure("900", 900.0, None, "killed", None, scope)],
    );
    b.date = Some("2025-03-27".into());
    assert!(report(&[a.clone(), b.clone()]).disagreements.is_empty());
    // A day apart is already another period ("overnight" a day later).
    b.date = Some("2025-03-21".into());
    let day_apart = report(&[a.clone(), b.clone()]);
    assert!(day_apart.disagreements.is_empty());
    assert_eq!(day_apart.totals.figure_pairs_days_apart, 1);
    b.date = Some("2025-03-20".into());
    let same_day = report(&[a, b]);
    assert_eq!(same_day.disagreements.len(), 1);
    assert_eq!(same_day.totals.figure_pairs_days_apart, 0);
}

/// An article dated by its own text (no date in the input).
fn inferred(date: &str, from: DateEvidence, confidence: f64) -> Option<ArticleDate> {
    Some(ArticleDate {
        date: date.into(),
        from,
        confidence,
        text: date.into(),
        span: Span::new(0, date.len()),
    })
}

#[test]
fn figures_of_undated_articles_are_compared_on_the_dates_their_text_gives() {
    let scope = Some("overnight");
    let a = figure_article(
        "a",
        "X",
        vec![figure("71", 71.0, None, "killed", None, scope)],
    );
    let b = figure_article(
        "bb",
        "Y",
        vec![figure("83", 83.0, None, "killed", None, scope)],
    );
    let dated = |a_day: Option<ArticleDate>, b_day: Option<ArticleDate>| {
        let (mut a, mut b) = (a.clone(), b.clone());
        a.date_inferred = a_day;
        b.date_inferred = b_day;
        report(&[a, b])
    };
    // A caption dates one a year before the other's timestamp line.
    let year_apart = dated(
        inferred("2025-03-07", DateEvidence::Timestamp, 0.9),
        inferred("2024-03-07", DateEvidence::Caption, 0.6),
    );
    assert!(year_apart.disagreements.is_empty());
    assert_eq!(year_apart.totals.figure_pairs_days_apart, 1);
    assert_eq!(year_apart.totals.figure_pairs_undated, 0);
    // Both dated the same day by their datelines: compared.
    let same_day = dated(
        inferred("2025-03-07", DateEvidence::Dateline, 0.9),
        inferred("2025-03-07", DateEvidence::Dateline, 0.9),
    );
    assert_eq!(same_day.disagreements.len(), 1);
    // The latest date a text mentions is too weak to date its claims.
    let weak = dated(
        inferred("2025-03-07", DateEvidence::Timestamp, 0.9),
        inferred("2025-03-07", DateEvidence::Text, 0.3),
    );
    assert!(weak.disagreements.is_empty());
    assert_eq!(weak.totals.figure_pairs_undated, 1);
}

#[test]
fn a_story_told_by_two_outlets_is_found() {
    let report = report(&showcase_dump());
    assert_eq!(
        report.story_clusters.len(),
        1,
        "{:#?}",
        report.story_clusters
    );
    let story = &report.story_clusters[0];
    let ids: Vec<&str> = story.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["000", "001", "004"]);
    assert!(story.entities.iter().any(|e| e == "Hamas"));
    assert_eq!(
        story.outlets,
        ["Daily Wire Service", "JNS", "The Media Line"]
    );
}

#[test]
fn merge_is_associative_and_equals_one_pass() {
    let mut dump = showcase_dump();
    // Copies across shard boundaries, and an exact copy.
    let mut exact = dump[0].clone();
    exact.id = "000-again".into();
    dump.push(exact);
    let mut late = dump[2].clone();
    late.id = "004-again".into();
    dump.push(late);
    let (a, rest) = dump.split_at(3);
    let (b, c) = rest.split_at(4);
    let (a, b, c) = (aggregate(a), aggregate(b), aggregate(c));

    let mut left = a.clone();
    left.merge(b.clone());
    left.merge(c.clone());

    let mut bc = b.clone();
    bc.merge(c.clone());
    let mut right = a.clone();
    right.merge(bc);

    assert!(
        left == right,
        "merge(merge(a, b), c) != merge(a, merge(b, c))"
    );
    let whole = aggregate(&dump);
    assert!(left == whole, "merged shards differ from one pass");
    let run = RunSummary::default();
    let report = |a| analyse(a, &run).expect("in memory").0;
    assert_eq!(report(&left), report(&right));
    assert_eq!(report(&left), report(&whole));
    assert_eq!(left.counts.exact_copies, 2);
    assert_eq!(left.len(), dump.len());
}

#[test]
fn quotes_are_grouped_by_speaker() {
    let report = report(&showcase_dump());
    let hamas = report
        .speakers
        .iter()
        .find(|s| s.speaker == "Hamas")
        .unwrap();
    assert_eq!(hamas.quotes, 1);
    assert_eq!(
        hamas.samples[0].text,
        "the talks have not moved since Sunday"
    );
    assert_eq!(hamas.samples[0].article_id, "000");
    // Scare-quote fragments are not statements.
    assert!(report
        .speakers
        .iter()
        .all(|s| s.speaker != "(unattributed)"));
}

#[test]
fn cooccurrence_counts_articles_with_both() {
    let report = report(&showcase_dump());
    let co = &report.cooccurrence;
    let i = co.entities.iter().position(|e| e == "Hamas").unwrap();
    let j = co
        .entities
        .iter()
        .position(|e| e == "Steve Witkoff")
        .unwrap();
    assert_eq!(co.articles[i][j], 3);
    assert_eq!(co.articles[j][i], 3);
    assert_eq!(co.articles[i][i], 3);
}

#[test]
fn credits_and_bylines_stay_out_of_the_entity_tables_and_headline_figures_out_of_the_groups() {
    use newsmill_types::{EntityKind, Zone};
    let text = "Hamas said on Thursday that 40 hostages would be freed, officials said.";
    let mut a = with_entities(
        article("z1", Some("Gazette"), "Talks", text),
        &[("Hamas", EntityKind::Organisation, "Hamas")],
    );
    // A photo agency credited twice and an author, outside the body.
    for (name, kind, zone) in [
        ("Northpix", EntityKind::Organisation, Zone::Credit),
        ("Northpix", EntityKind::Organisation, Zone::Credit),
        ("Mara Quist", EntityKind::Person, Zone::Byline),
        ("Hamas", EntityKind::Organisation, Zone::Title),
    ] {
        let mut m = a.entities[0].clone();
        (m.text, m.canonical, m.kind, m.zone) = (name.into(), name.into(), kind, zone);
        (m.clean_start, m.clean_end) = (None, None);
        a.entities.push(m);
    }
    let mut summary = a.entity_summary[0].clone();
    summary.mentions = 2;
    a.entity_summary = vec![summary.clone()];
    for (name, kind, mentions) in [
        ("Northpix", EntityKind::Organisation, 2),
        ("Mara Quist", EntityKind::Person, 1),
    ] {
        let mut s = summary.clone();
        (s.canonical, s.kind, s.mentions, s.aliases) =
            (name.into(), kind, mentions, vec![name.into()]);
        a.entity_summary.push(s);
    }
    let mut in_title = figure("40 hostages", 40.0, None, "hostages", None, None);
    in_title.zone = Zone::Title;
    a.figures = vec![
        figure("40 hostages", 40.0, None, "hostages", None, None),
        in_title,
    ];
    let report = report(&[a]);
    let names: Vec<(&str, u64)> = report
        .top_entities
        .iter()
        .map(|e| (e.canonical.as_str(), e.mentions))
        .collect();
    // The headline's "Hamas" counts; the credit and the author do not.
    assert_eq!(names, [("Hamas", 2)]);
    let reports: u64 = report.figures.iter().map(|g| g.reports).sum();
    assert_eq!(reports, 1, "{:#?}", report.figures);
}

#[test]
fn the_analysis_reads_only_the_head_of_the_entity_list() {
    use newsmill_report::analysis::{analyse_with_entities, ResolvedEntities};
    use newsmill_types::EntityKind;
    // 40 people, 40 organisations and 40 places, each in its own number of
    // articles: more than the report lists of each type.
    let mut dump = Vec::new();
    let kinds = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
    ];
    for i in 0..40usize {
        for (k, kind) in kinds.iter().enumerate() {
            let name = format!("Name{k}x{i}");
            for copy in 0..(i % 7 + 1) {
                let a = article(
                    &format!("a{k}-{i}-{copy}"),
                    Some("Gazette"),
                    "Title",
                    &format!("{name} spoke on day {copy} of {i}."),
                );
                dump.push(with_entities(a, &[(name.as_str(), *kind, name.as_str())]));
            }
        }
    }
    let aggregates = aggregate(&dump);
    let run = RunSummary::default();
    let full = ResolvedEntities::of(&aggregates);
    // A few names that only differ by a digit merge: still over 25 a type.
    let total = full.entities().len();
    assert!(total > 100, "{total}");
    let mut head = full.clone();
    head.keep_head();
    assert_eq!(head.count(), total, "the count stays");
    assert_eq!(head.entities().len(), 75, "25 of each type");
    let (a, _) = analyse_with_entities(&aggregates, &full, &run).expect("in memory");
    let (b, _) = analyse_with_entities(&aggregates, &head, &run).expect("in memory");
    assert_eq!(a, b);
    assert_eq!(b.totals.distinct_entities, total as u64);
    assert_eq!(b.top_entities.len(), 75);
}
