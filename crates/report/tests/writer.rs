//! The files the writer produces: JSONL, CSV, resume after a kill, HTML
//! safety and size.

mod common;

use common::*;
use newsmill_report::csv::parse;
use newsmill_report::{
    ArticleRecord, ArticleSink, FailureRecord, ReportError, ReportOptions, ReportWriter, RunSummary,
};
use std::io::Write;

fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn failure(id: &str) -> FailureRecord {
    FailureRecord {
        id: id.into(),
        source: source(id),
        reason: "no body text".into(),
        kind: "empty".into(),
    }
}

#[test]
fn writes_every_file() {
    let dir = temp_dir("every-file");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    for a in showcase_dump() {
        writer.write_article(&a).unwrap();
    }
    writer.write_failure(&failure("broken")).unwrap();
    let report = writer.finish(&RunSummary::default()).unwrap();
    for name in [
        "articles.jsonl",
        "failures.jsonl",
        "duplicates.jsonl",
        "mentions.csv",
        "quotes.csv",
        "figures.csv",
        "articles.csv",
        "entities.csv",
        "summary.json",
        "report.md",
        "report.html",
    ] {
        assert!(dir.join(name).is_file(), "{name} missing");
    }
    assert!(!dir.join("summary.json.tmp").exists());
    let jsonl = lines(&dir.join("articles.jsonl"));
    assert_eq!(jsonl.len(), showcase_dump().len());
    for line in &jsonl {
        let record: ArticleRecord = serde_json::from_str(line).unwrap();
        assert_eq!(record.schema_version, "2.1");
    }
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["totals"]["articles"], 9);
    assert_eq!(summary["totals"]["failures"], 1);
    assert_eq!(summary["records_seen"], 0); // the driver's numbers, at the top level
    assert!(summary.get("threads").is_some());
    assert_eq!(report.totals.figure_disagreements, 1);

    // articles.csv carries the dump-level results.
    let rows = parse(&std::fs::read_to_string(dir.join("articles.csv")).unwrap());
    assert_eq!(rows.len(), 1 + 9);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let copy = rows.iter().find(|r| r[0] == "001").unwrap();
    assert_eq!(copy[col("duplicate_of")], "000");
    assert_eq!(copy[col("cluster")], "d1");
    assert_eq!(copy[col("story")], "s1");
    let original = rows.iter().find(|r| r[0] == "000").unwrap();
    assert_eq!(original[col("duplicate_of")], "");
    assert_eq!(original[col("cluster")], "d1");

    // entities.csv: aliases with counts.
    let entities = parse(&std::fs::read_to_string(dir.join("entities.csv")).unwrap());
    let witkoff = entities.iter().find(|r| r[0] == "Steve Witkoff").unwrap();
    assert_eq!(witkoff[1], "PER");
    assert!(witkoff[2].contains("Witkoff (3)"), "{witkoff:?}");
    assert!(witkoff[2].contains(" | "), "{witkoff:?}");
    assert_eq!(witkoff[3], "3");

    let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
    assert!(md.contains("## Top entities by type"));
    assert!(md.contains("some 540"));
    assert!(md.contains("nearly 600"));
}

#[test]
fn csv_fields_are_quoted() {
    let dir = temp_dir("csv-quoting");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let mut a = article(
        "q,1",
        Some("Outlet, \"The\""),
        "Title with, comma and \"quotes\"\nand a newline",
        "Some text here.",
    );
    a.byline = Some(" leading space".into());
    a.quotes = vec![quote("He said, \"no\",\r\nthen left", "A, B")];
    writer.write_article(&a).unwrap();
    writer.finish(&RunSummary::default()).unwrap();

    let text = std::fs::read_to_string(dir.join("articles.csv")).unwrap();
    assert!(text.contains("\"q,1\",\"Title with, comma and \"\"quotes\"\"\nand a newline\",leading space,\"Outlet, \"\"The\"\"\""), "{text}");
    let rows = parse(&text);
    assert_eq!(rows[1][0], "q,1");
    assert_eq!(
        rows[1][1],
        "Title with, comma and \"quotes\"\nand a newline"
    );
    assert_eq!(rows[1][2], "leading space"); // trimmed
    assert_eq!(rows[1][3], "Outlet, \"The\"");
    let quotes = parse(&std::fs::read_to_string(dir.join("quotes.csv")).unwrap());
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[1][1], "A, B");
    assert_eq!(quotes[1][3], "He said, \"no\",\r\nthen left");
    assert!(text.ends_with("\r\n"));
}

#[test]
fn exact_copies_are_marked_in_jsonl() {
    let dir = temp_dir("exact");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let a = article("a", Some("X"), "T", "The same words, in the same order.");
    let mut b = article("b", Some("Y"), "T", "the same words in the SAME order");
    writer.write_article(&a).unwrap();
    writer.write_article(&b).unwrap();
    b.id = "c".into();
    b.duplicate_of = Some("driver-said".into());
    writer.write_article(&b).unwrap();
    writer.finish(&RunSummary::default()).unwrap();
    let records: Vec<ArticleRecord> = lines(&dir.join("articles.jsonl"))
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0].duplicate_of, None);
    assert_eq!(records[1].duplicate_of.as_deref(), Some("a"));
    assert_eq!(records[2].duplicate_of.as_deref(), Some("driver-said"));
}

#[test]
fn resume_repairs_a_torn_line_and_appends() {
    let dir = temp_dir("resume");
    let dump = showcase_dump();
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    for a in &dump[..3] {
        writer.write_article(a).unwrap();
    }
    writer.write_failure(&failure("f1")).unwrap();
    writer.write_duplicate("000-copy", "000").unwrap();
    writer.flush().unwrap();
    drop(writer); // killed: no finish

    // kill -9 in the middle of a line.
    let torn = serde_json::to_string(&dump[3]).unwrap();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("articles.jsonl"))
        .unwrap();
    f.write_all(&torn.as_bytes()[..torn.len() / 2]).unwrap();
    drop(f);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("failures.jsonl"))
        .unwrap();
    f.write_all(b"{\"id\":\"f2\",\"sou").unwrap();
    drop(f);
    // The CSV also got rows of the torn article before the kill.
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("mentions.csv"))
        .unwrap();
    f.write_all(b"evil<script>,Officials,ORG,x,1,2,3,4\r\nevil<scr")
        .unwrap();
    drop(f);

    let mut writer = ReportWriter::resume(&dir, ReportOptions::default()).unwrap();
    let written = writer.already_written();
    let done = written.ids;
    let mut expected: Vec<&str> = vec!["000", "000-copy", "001", "004", "f1"];
    expected.sort();
    let mut got: Vec<&str> = done.iter().map(String::as_str).collect();
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(writer.articles_written(), 3);
    assert_eq!(written.content_keys.len(), 3);
    assert!(written.content_keys.values().any(|id| id == "000"));
    assert_eq!(
        writer.already_written(),
        Default::default(),
        "handed over once"
    );
    for a in dump.iter().filter(|a| !done.contains(&a.id)) {
        writer.write_article(a).unwrap();
    }
    writer.write_failure(&failure("f2")).unwrap();
    let report = writer
        .finish(&RunSummary {
            resumed_skipped: 3,
            ..RunSummary::default()
        })
        .unwrap();

    let jsonl = lines(&dir.join("articles.jsonl"));
    assert_eq!(jsonl.len(), dump.len());
    let ids: Vec<String> = jsonl
        .iter()
        .map(|l| serde_json::from_str::<ArticleRecord>(l).unwrap().id)
        .collect();
    let want: Vec<String> = dump.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, want);
    let failures = lines(&dir.join("failures.jsonl"));
    assert_eq!(failures.len(), 2);
    for l in &failures {
        serde_json::from_str::<FailureRecord>(l).unwrap();
    }
    assert_eq!(report.totals.articles, dump.len() as u64);
    assert_eq!(report.totals.failures, 2);
    assert_eq!(report.totals.skipped_copies, 1);
    assert_eq!(lines(&dir.join("duplicates.jsonl")).len(), 1);
    assert_eq!(report.duplicate_clusters.len(), 1);
    assert_eq!(report.totals.figure_disagreements, 1);

    // mentions.csv matches articles.jsonl exactly: no rows of the torn article twice.
    let mentions = parse(&std::fs::read_to_string(dir.join("mentions.csv")).unwrap());
    let expected_rows: usize = dump.iter().map(|a| a.entities.len()).sum();
    assert_eq!(mentions.len(), 1 + expected_rows);
}

#[test]
fn resume_of_an_empty_directory_is_a_new_report() {
    let dir = temp_dir("resume-empty");
    let mut writer = ReportWriter::resume(&dir.join("new"), ReportOptions::default()).unwrap();
    assert!(writer.already_written().ids.is_empty());
    writer
        .write_article(&article("a", None, "t", "text"))
        .unwrap();
    let report = writer.finish(&RunSummary::default()).unwrap();
    assert_eq!(report.totals.articles, 1);
}

#[test]
fn a_corrupt_complete_line_is_an_error_naming_the_file() {
    let dir = temp_dir("corrupt");
    std::fs::write(
        dir.join("articles.jsonl"),
        format!(
            "{}\nnot json\n",
            serde_json::to_string(&article("a", None, "t", "x")).unwrap()
        ),
    )
    .unwrap();
    let err = ReportWriter::resume(&dir, ReportOptions::default()).unwrap_err();
    assert!(matches!(err, ReportError::Corrupt { line: 2, .. }), "{err}");
    let message = err.to_string();
    assert!(message.contains("articles.jsonl:2"), "{message}");
}

#[test]
fn io_errors_name_the_path() {
    let dir = temp_dir("io-error");
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let err = ReportWriter::create(&file.join("sub"), ReportOptions::default()).unwrap_err();
    assert!(err.to_string().contains("a-file"), "{err}");
}

#[test]
fn html_escapes_article_text() {
    let dir = temp_dir("html-escape");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    for a in showcase_dump() {
        writer.write_article(&a).unwrap();
    }
    writer.finish(&RunSummary::default()).unwrap();
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    // Our one script, nothing else executable or loadable.
    assert_eq!(html.matches("<script").count(), 1);
    for needle in [
        "<img",
        "<svg",
        "<iframe",
        "<b>Evil",
        "<i>Officials",
        "<u>Someone",
        "</details> tag",
    ] {
        assert!(!html.contains(needle), "unescaped {needle}");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&quot;&gt;&lt;svg onload=alert(2)&gt;"));
    // Self-contained: no external resources.
    for needle in ["src=\"http", "href=\"http", "@import", "url(", "<link"] {
        assert!(!html.contains(needle), "external resource: {needle}");
    }
    // Entities highlighted from clean offsets.
    assert!(html.contains("<mark class=\"org\" title=\"ORG · Hamas\">Hamas</mark>"));
    let md = std::fs::read_to_string(dir.join("report.md")).unwrap();
    assert!(!md.contains("<script"));
    assert!(!md.contains("<b>"));
}

#[test]
fn html_stays_small_for_100k_articles() {
    let dir = temp_dir("html-size");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let words = [
        "ceasefire",
        "talks",
        "Gaza",
        "mediators",
        "hostages",
        "strikes",
        "Cairo",
        "proposal",
        "envoy",
        "statement",
        "ministry",
        "civilians",
        "aid",
        "border",
        "truce",
        "army",
    ];
    let kinds = [
        newsmill_types::EntityKind::Person,
        newsmill_types::EntityKind::Organisation,
        newsmill_types::EntityKind::Place,
        newsmill_types::EntityKind::Misc,
    ];
    let started = std::time::Instant::now();
    for i in 0..100_000usize {
        // Every 4-shingle holds a number unique to the article, so the
        // synthetic dump has no copies and the test stays fast in debug.
        let text = format!(
            "Entity{} said {i} {} {} {i} {} on day {i}.",
            i % 997,
            words[i % 16],
            words[(i / 16) % 16],
            words[(i / 256) % 16]
        );
        let name = format!("Entity{}", i % 997);
        let mut a = with_entities(
            article(
                &format!("id{i}"),
                Some(&format!("Outlet {}", i % 50)),
                &format!("Title {i}"),
                &text,
            ),
            &[(name.as_str(), kinds[i % 4], name.as_str())],
        );
        if i % 10 == 0 {
            a.quotes = vec![quote(
                &format!("quote number {i}"),
                &format!("Speaker {}", i % 300),
            )];
            a.figures = vec![figure(
                &format!("{i} people"),
                (i % 40 + 1) as f64,
                None,
                "killed",
                None,
                Some("overnight"),
            )];
        }
        writer.write_article(&a).unwrap();
    }
    eprintln!("written in {:?}", started.elapsed());
    let report = writer.finish(&RunSummary::default()).unwrap();
    eprintln!("finished in {:?}", started.elapsed());
    assert_eq!(report.totals.articles, 100_000);
    let size = std::fs::metadata(dir.join("report.html")).unwrap().len();
    assert!(size < 20_000_000, "report.html is {size} bytes");
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert_eq!(html.matches("<details class=\"article\"").count(), 2000);
    assert!(html.contains("Showing 2000 of 100000 articles"));
    let csv_lines = std::fs::read_to_string(dir.join("articles.csv"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(csv_lines, 100_001);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn html_article_budget_caps_big_articles() {
    let dir = temp_dir("html-budget");
    let options = ReportOptions {
        html_article_bytes: 200_000,
        html_text_limit: 5_000,
        ..ReportOptions::default()
    };
    let mut writer = ReportWriter::create(&dir, options).unwrap();
    let big = "word ".repeat(20_000);
    for i in 0..500 {
        writer
            .write_article(&article(
                &format!("b{i}"),
                None,
                "Big",
                &format!("{i} {big}"),
            ))
            .unwrap();
    }
    writer.finish(&RunSummary::default()).unwrap();
    let size = std::fs::metadata(dir.join("report.html")).unwrap().len();
    assert!(size < 400_000, "{size}");
}

#[test]
fn the_writer_is_a_sink() {
    fn drive<S: ArticleSink>(mut sink: S, dump: &[ArticleRecord]) -> Result<S::Summary, S::Error> {
        for a in dump {
            let prepared = S::prepare(a)?;
            sink.article(a, prepared)?;
        }
        sink.flush()?;
        sink.finish(&RunSummary::default())
    }
    let dir = temp_dir("sink");
    let writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let report = drive(writer, &showcase_dump()).unwrap();
    assert_eq!(report.totals.articles, 9);
}

#[test]
fn non_finite_numbers_are_written_as_zero_and_read_back() {
    let dir = temp_dir("non-finite");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let mut a = article("nan", None, "t", "Some words here.");
    a.removed_share = f64::NAN;
    a.figures = vec![figure("lots", f64::INFINITY, None, "killed", None, None)];
    writer.write_article(&a).unwrap();
    writer.flush().unwrap();
    drop(writer);
    let mut writer = ReportWriter::resume(&dir, ReportOptions::default()).unwrap();
    assert!(writer.already_written().ids.contains("nan"));
    writer.finish(&RunSummary::default()).unwrap();
    let record: ArticleRecord =
        serde_json::from_str(&lines(&dir.join("articles.jsonl"))[0]).unwrap();
    assert_eq!(record.removed_share, 0.0);
    assert_eq!(record.figures[0].value, 0.0);
}

#[test]
fn an_interrupted_and_resumed_run_writes_what_one_run_writes() {
    let dump = showcase_dump();
    let whole = temp_dir("resume-same-one");
    let mut writer = ReportWriter::create(&whole, ReportOptions::default()).unwrap();
    for a in &dump {
        writer.write_article(a).unwrap();
    }
    writer.write_failure(&failure("f1")).unwrap();
    let one_run = writer.finish(&RunSummary::default()).unwrap();

    let split = temp_dir("resume-same-two");
    let mut writer = ReportWriter::create(&split, ReportOptions::default()).unwrap();
    for a in &dump[..5] {
        writer.write_article(a).unwrap();
    }
    writer.flush().unwrap();
    drop(writer);
    let mut writer = ReportWriter::resume(&split, ReportOptions::default()).unwrap();
    let done = writer.already_written().ids;
    for a in dump.iter().filter(|a| !done.contains(&a.id)) {
        writer.write_article(a).unwrap();
    }
    writer.write_failure(&failure("f1")).unwrap();
    let resumed = writer.finish(&RunSummary::default()).unwrap();

    assert_eq!(one_run, resumed);
    for file in [
        "articles.jsonl",
        "failures.jsonl",
        "duplicates.jsonl",
        "mentions.csv",
        "quotes.csv",
        "figures.csv",
        "articles.csv",
        "entities.csv",
        "summary.json",
        "report.md",
        "report.html",
    ] {
        assert_eq!(
            std::fs::read(whole.join(file)).unwrap(),
            std::fs::read(split.join(file)).unwrap(),
            "{file} differs"
        );
    }
}
