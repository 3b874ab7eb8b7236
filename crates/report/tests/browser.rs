//! Renders a generated `report.html` in headless Chromium: saves a
//! screenshot next to the report, checks the key elements in the DOM after
//! the page's script ran, and fails on any console error (script errors,
//! Content-Security-Policy violations, attempted loads).
//!
//! Skips, with a message, when no `chromium` is installed
//! (`apt-get install chromium`). Set `NEWSMILL_BROWSER=/path/to/chrome` to
//! use another binary.

mod common;

use common::*;
use newsmill_report::{FailureRecord, ReportOptions, ReportWriter, RunSummary};
use newsmill_testkit::browser::{console_errors, require_browser, run};
use std::path::{Path, PathBuf};

fn build_report(dir: &Path) -> PathBuf {
    let mut writer = ReportWriter::create(
        dir,
        ReportOptions {
            title: "newsmill report — browser check".into(),
            ..ReportOptions::default()
        },
    )
    .unwrap();
    for a in showcase_dump() {
        writer.write_article(&a).unwrap();
    }
    // Enough articles for three pages of the article view.
    for i in 0..110 {
        // Distinct texts: words drawn from the unrelated stories in an
        // order that depends on i, so the fillers are not copies.
        let vocabulary: Vec<&str> = UNRELATED
            .iter()
            .flat_map(|t| t.split_whitespace())
            .collect();
        let words: Vec<&str> = (0..60)
            .map(|k| vocabulary[(i * 31 + k * k * 7 + k * 13) % vocabulary.len()])
            .collect();
        let text = format!(
            "Filler report {i} mentions Hamas and Gaza once. {}.",
            words.join(" ")
        );
        let a = with_entities(
            article(
                &format!("filler-{i}"),
                Some("Filler Times"),
                &format!("Filler {i}"),
                &text,
            ),
            &[
                ("Hamas", newsmill_types::EntityKind::Organisation, "Hamas"),
                ("Gaza", newsmill_types::EntityKind::Place, "Gaza"),
            ],
        );
        writer.write_article(&a).unwrap();
    }
    writer
        .write_failure(&FailureRecord {
            id: "broken".into(),
            source: source("broken"),
            reason: "no body".into(),
            kind: "empty".into(),
        })
        .unwrap();
    writer
        .finish(&RunSummary {
            records_seen: 120,
            articles_written: 119,
            failures: 1,
            seconds: 0.4,
            threads: 2,
            inputs: vec!["dump/".into()],
            ..RunSummary::default()
        })
        .unwrap();
    dir.join("report.html")
}

#[test]
fn report_renders_in_headless_chromium() {
    let Some(browser) = require_browser("report_renders_in_headless_chromium") else {
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-report");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let html = build_report(&dir).canonicalize().unwrap();
    let url = format!("file://{}", html.display());
    let profile = dir.join("profile");

    let (ok, dom_text, log) = run(
        &browser,
        &profile,
        &["--dump-dom".into()],
        &url,
        &dir.join("dom"),
    );
    assert!(ok, "browser failed: {log}");

    let console = console_errors(&log);
    assert!(
        console.is_empty(),
        "console errors:\n{}",
        console.join("\n")
    );

    for id in [
        "summary",
        "entities",
        "cooccurrence",
        "quotes",
        "figures",
        "duplicates",
        "stories",
        "articles",
    ] {
        assert!(
            dom_text.contains(&format!("<section id=\"{id}\"")),
            "section {id} missing"
        );
    }
    // The script ran: the pager shows its label and hid the other pages.
    assert!(dom_text.contains("Page 1 of 3"), "pager did not run");
    assert_eq!(
        dom_text.matches("class=\"article hidden\"").count(),
        119 - 50
    );
    assert!(dom_text.contains("<table class=\"heat\">"));
    assert!(dom_text.contains("class=\"bar per\""));
    assert!(dom_text.contains("disagreement"));
    assert!(dom_text.contains("some 540"));
    assert!(dom_text.contains("nearly 600"));
    // Injected markup stayed text.
    assert!(!dom_text.contains("<img"));
    assert!(!dom_text.contains("<svg"));
    assert!(!dom_text.contains("<iframe"));
    assert!(dom_text.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"));

    let screenshot = dir.join("report.png");
    let (ok, _, log) = run(
        &browser,
        &profile,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2000".into(),
        ],
        &url,
        &dir.join("screenshot"),
    );
    assert!(ok, "screenshot failed: {log}");
    let size = std::fs::metadata(&screenshot).map(|m| m.len()).unwrap_or(0);
    assert!(size > 10_000, "screenshot too small: {size} bytes");
    let _ = std::fs::remove_dir_all(&profile);
    println!(
        "report: {}\nscreenshot: {}",
        html.display(),
        screenshot.display()
    );
}
