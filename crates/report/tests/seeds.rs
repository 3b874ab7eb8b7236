//! A report over the real seed articles, extracted with `newsmill-extract`
//! (no cleaning: the raw text stands in for the clean text). Ignored by
//! default; run with `cargo test -p newsmill-report --test seeds -- --ignored`
//! and open `target/tmp/seeds-report/report.html`.

use newsmill_extract::Extractor;
use newsmill_report::{ArticleRecord, MentionRecord, ReportOptions, ReportWriter, RunSummary};
use newsmill_types::Source;
use std::path::PathBuf;

#[test]
#[ignore = "needs shared/data/seeds; writes target/tmp/seeds-report"]
fn report_over_the_seed_articles() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        println!("SKIPPED: no seeds at {}", seeds.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("seeds-report");
    let mut writer = ReportWriter::create(&out, ReportOptions::default()).unwrap();
    let extractor = Extractor::english();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_name().unwrap().to_string_lossy().into_owned();
        let extraction = extractor.extract(&text);
        let mut article = ArticleRecord::new(
            id.clone(),
            Source {
                path: path.display().to_string(),
                line: None,
            },
        );
        article.title = text.lines().next().map(|l| l.chars().take(80).collect());
        article.outlet = Some(format!("outlet-{}", &id[..3]));
        article.words = text.split_whitespace().count();
        article.content_hash = format!("{:016x}", newsmill_types::content_hash(&text));
        article.entities = extraction
            .mentions
            .iter()
            .map(|m| MentionRecord {
                text: m.text.clone(),
                kind: m.kind,
                start: m.start,
                end: m.end,
                clean_start: m.start,
                clean_end: m.end,
                canonical: m.canonical.clone(),
            })
            .collect();
        article.entity_summary = extraction.entities;
        article.quotes = extraction.quotes;
        article.figures = extraction.figures;
        article.dates = extraction.dates;
        article.text = text;
        writer.write_article(&article).unwrap();
    }
    let report = writer.finish(&RunSummary::default()).unwrap();
    println!(
        "{}",
        serde_json::to_string_pretty(&report.disagreements).unwrap()
    );
    println!("{}", serde_json::to_string_pretty(&report.figures).unwrap());
    println!("report: {}", out.join("report.html").display());
}
