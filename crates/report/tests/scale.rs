//! Scale check: N synthetic articles of ~120 words (default 300,000; set
//! `NEWSMILL_SCALE_N`) from 200 outlets (`NEWSMILL_SCALE_OUTLETS`), 1% of
//! them near-copies. Ignored by default; run in
//! release: `cargo test --release -p newsmill-report --test scale -- --ignored --nocapture`
//! (under `/usr/bin/time -v` to see the peak memory).

use newsmill_report::{ArticleRecord, ReportOptions, ReportWriter, RunSummary};
use newsmill_types::{EntityKind, EntitySummary, Source};
use std::time::Instant;

fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
#[ignore = "slow: a scale check"]
fn many_articles() {
    let n: usize = std::env::var("NEWSMILL_SCALE_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300_000);
    let outlets: usize = std::env::var("NEWSMILL_SCALE_OUTLETS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let vocabulary: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scale-report");
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    let started = Instant::now();
    let mut state = 0x1234_5678_9abc_def1u64;
    let mut last_text = String::new();
    for i in 0..n {
        let text = if i % 100 == 99 {
            // A near-copy of the previous article: last 10 words changed.
            let mut words: Vec<&str> = last_text.split(' ').collect();
            let len = words.len();
            for w in words.iter_mut().skip(len - 10) {
                *w = "edited";
            }
            words.join(" ")
        } else {
            (0..120)
                .map(|_| vocabulary[(next(&mut state) % 20_000) as usize].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut a = ArticleRecord::new(
            format!("a{i}"),
            Source {
                path: format!("dump/{i}"),
                line: None,
            },
        );
        a.title = Some(format!("Title {i}"));
        a.outlet = Some(format!("Outlet {}", i % outlets));
        a.date = Some(format!("2025-03-{:02}", 1 + i % 28));
        a.words = 120;
        a.entity_summary = (0..6)
            .map(|k| EntitySummary {
                canonical: format!("Entity {}", next(&mut state) % 5000),
                kind: EntityKind::ALL[k % 4],
                mentions: 6 - k,
                aliases: vec![],
                roles: vec![],
            })
            .collect();
        a.text = text;
        writer.write_article(&a).unwrap();
        if i % 256 == 255 {
            writer.flush().unwrap();
        }
        last_text = a.text;
    }
    let written = started.elapsed();
    println!("before finish: {}", rss());
    let report = writer.finish(&RunSummary::default()).unwrap();
    println!("after finish: {}", rss());
    println!(
        "{n} articles: written in {written:?}, finished in {:?}; {} copy clusters, {} near-duplicates, {} stories; report.html {} bytes",
        started.elapsed() - written,
        report.totals.duplicate_clusters,
        report.totals.near_duplicates,
        report.totals.story_clusters,
        std::fs::metadata(dir.join("report.html")).unwrap().len()
    );
    assert_eq!(report.totals.near_duplicates as usize, n / 100);
    let _ = std::fs::remove_dir_all(&dir);
}

fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .collect::<Vec<_>>()
        .join(" ")
}
