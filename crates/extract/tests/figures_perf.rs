//! Throughput of the rule modules on the seed articles (ignored by default:
//! `cargo test -p newsmill-extract --release --test figures_perf -- --ignored --nocapture`).
//! Mentions come from the stand-in marker in `canonical_seedkit.rs`.

#[path = "canonical_seedkit.rs"]
mod seedkit;

use std::time::Instant;

#[test]
#[ignore = "timing; run in release"]
fn rules_throughput() {
    let docs: Vec<(String, Vec<newsmill_extract::Mention>)> = seedkit::SEEDS
        .iter()
        .map(|s| {
            let text = seedkit::seed(s);
            let mentions = seedkit::mark(&text, seedkit::NAMES);
            (text, mentions)
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let words: usize = docs.iter().map(|d| d.0.split_whitespace().count()).sum();
    let rounds = 400;
    let mut sink = 0usize;
    // canonicalize overwrites `canonical` in place, so one copy per document
    // is enough and cloning stays out of the timing.
    let mut copies: Vec<Vec<newsmill_extract::Mention>> =
        docs.iter().map(|d| d.1.clone()).collect();
    let t = Instant::now();
    for _ in 0..rounds {
        for ((text, _), m) in docs.iter().zip(copies.iter_mut()) {
            sink += newsmill_extract::canonicalize(text, m).len();
            sink += newsmill_extract::find_quotes(text, m).len();
            sink += newsmill_extract::find_figures(text, m).len();
            sink += newsmill_extract::find_dates(text, Some("2024-03-07")).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let mut part = [0f64; 5];
    for _ in 0..rounds / 4 {
        for (text, mentions) in &docs {
            let mut m = mentions.clone();
            let t0 = Instant::now();
            sink += newsmill_extract::canonicalize(text, &mut m).len();
            let t1 = Instant::now();
            sink += newsmill_extract::find_quotes(text, &m).len();
            let t2 = Instant::now();
            sink += newsmill_extract::find_figures(text, &m).len();
            let t3 = Instant::now();
            sink += newsmill_extract::find_dates(text, Some("2024-03-07")).len();
            let t4 = Instant::now();
            part[0] += (t1 - t0).as_secs_f64();
            part[1] += (t2 - t1).as_secs_f64();
            part[2] += (t3 - t2).as_secs_f64();
            part[3] += (t4 - t3).as_secs_f64();
        }
    }
    println!(
        "canonical {:.3} quotes {:.3} figures {:.3} dates {:.3}",
        part[0], part[1], part[2], part[3]
    );
    let total_words = (words * rounds) as f64;
    println!(
        "rules: {:.1} MB/s, {:.2} M words/s ({sink})",
        (bytes * rounds) as f64 / secs / 1e6,
        total_words / secs / 1e6
    );
}
