//! The demo's report, opened in headless Chromium: `newsmill run` on the
//! seed articles (from ../shared) and the bundled samples, then the page is
//! rendered, its DOM checked for the entities, quotes, figures and copy
//! clusters of that dump, the console checked for errors, and a screenshot
//! saved in the output folder. Skips, saying so, when Chromium is absent.

use newsmill_testkit::browser::{console_errors, require_browser, run};
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[test]
fn demo_report_shows_the_dump_in_chromium() {
    let Some(browser) = require_browser("demo_report_shows_the_dump_in_chromium") else {
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("../shared/data/seeds");
    assert!(seeds.is_dir(), "the seeds must be at {}", seeds.display());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("demo-report");
    let _ = std::fs::remove_dir_all(&out);
    let status = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .arg("run")
        .arg(&seeds)
        .arg(root.join("samples/articles"))
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .stdin(Stdio::null())
        .status()
        .expect("newsmill runs");
    assert!(status.success());
    let html = out.join("report.html").canonicalize().unwrap();
    let url = format!("file://{}", html.display());
    let profile = out.join("browser-profile");

    let (ok, dom, log) = run(
        &browser,
        &profile,
        &["--dump-dom".into()],
        &url,
        &out.join("dom"),
    );
    assert!(ok, "browser failed: {log}");
    let console = console_errors(&log);
    assert!(
        console.is_empty(),
        "console errors:\n{}",
        console.join("\n")
    );
    // Entities of the seed dump, with their canonical names.
    for entity in [
        "Hamas",
        "Israel Defense Forces",
        "Steve Witkoff",
        "Khan Younis",
        "Abdel Latif al-Qanua",
    ] {
        assert!(dom.contains(entity), "entity {entity} shown");
    }
    // Speakers of quotes, and figures with their sources.
    for speaker in ["Jack Lew", "Khaled Meshaal", "Farhan Haq", "Ilse Varga"] {
        assert!(dom.contains(speaker), "speaker {speaker} shown");
    }
    assert!(dom.contains("some 540") && dom.contains("Palestinian networks"));
    assert!(dom.contains("nearly 38,000"));
    // The sample syndicated copy is clustered with its original.
    let copies = dom
        .split("<section id=\"duplicates\"")
        .nth(1)
        .expect("copies section");
    let copies = copies.split("</section>").next().unwrap_or_default();
    assert!(
        copies.contains("01_floods_port_alder.txt") && copies.contains("02_floods_syndicated.txt")
    );

    let screenshot = out.join("report.png");
    let (ok, _, log) = run(
        &browser,
        &profile,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,2400".into(),
        ],
        &url,
        &out.join("screenshot"),
    );
    assert!(ok, "screenshot failed: {log}");
    assert!(std::fs::metadata(&screenshot).map(|m| m.len()).unwrap_or(0) > 10_000);
    let _ = std::fs::remove_dir_all(&profile);
    println!("screenshot: {}", screenshot.display());
}
