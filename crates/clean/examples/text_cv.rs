//! Leave-sites-out cross-validation of the text cleaner (`Cleaner::clean`
//! on the naive page text) on the cleaning-dev pages:
//!
//! ```text
//! cargo run -p newsmill-clean --release --example text_cv -- ../shared/data/cleaning-dev [FOLDS]
//! ```
//!
//! Sites (the manifest's `host`) are dealt into FOLDS groups (default 5) by a
//! stable hash, so no site is on both sides of a split. For each fold the
//! `TextOptions` with the best F1 on the other folds' pages is chosen from
//! a grid around the defaults and scored on the held-out fold.
//!
//! What this measures: how well the tuned numbers carry to unseen sites.
//! It cannot measure the rules themselves, which were written while
//! reading all dev pages; held-out sites remain the only honest test of
//! those.

use newsmill_clean::eval::{aggregate, page_counts, PageCounts};
use newsmill_clean::{Cleaner, TextOptions};
use std::collections::BTreeMap;
use std::path::Path;
use std::{env, fs, process};

struct Sample {
    host: String,
    gold: String,
    input: String,
}

fn load(dir: &Path) -> Result<Vec<Sample>, String> {
    let manifest: serde_json::Value = serde_json::from_slice(
        &fs::read(dir.join("manifest.json")).map_err(|e| format!("manifest.json: {e}"))?,
    )
    .map_err(|e| format!("manifest.json: {e}"))?;
    let pages = manifest["pages"]
        .as_array()
        .ok_or("manifest.json has no pages")?;
    let read = |sub: &str, id: &str| {
        fs::read(dir.join(sub).join(format!("{id}.txt")))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("{sub} of {id}: {e}"))
    };
    let mut samples = Vec::new();
    for page in pages {
        let (Some(id), Some(host)) = (page["id"].as_str(), page["host"].as_str()) else {
            continue;
        };
        samples.push(Sample {
            host: host.to_string(),
            gold: read("gold", id)?,
            input: read("input", id)?,
        });
    }
    Ok(samples)
}

fn grid() -> Vec<TextOptions> {
    let d = TextOptions::default();
    let mut out = vec![d];
    for after_stop_factor in [0.05, 0.1, 0.2, 0.35] {
        for isolated_damp in [0.25, 0.4, 0.6] {
            for anchor_bonus in [1.0, 2.0, 4.0, 6.0] {
                for furniture_cost in [1.5, 2.0, 3.0] {
                    let o = TextOptions {
                        after_stop_factor,
                        isolated_damp,
                        anchor_bonus,
                        furniture_cost,
                    };
                    if o != d {
                        out.push(o);
                    }
                }
            }
        }
    }
    out
}

fn f1(counts: &[PageCounts], pages: &[usize]) -> f64 {
    let picked: Vec<PageCounts> = pages.iter().map(|&i| counts[i]).collect();
    aggregate(&picked).2
}

fn page_f1(c: &PageCounts) -> f64 {
    aggregate(std::slice::from_ref(c)).2
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let dir = args
        .first()
        .map_or("../shared/data/cleaning-dev", String::as_str);
    let folds: usize = args
        .get(1)
        .and_then(|k| k.parse().ok())
        .filter(|&k| k >= 2)
        .unwrap_or(5);
    let samples = match load(Path::new(dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("text_cv: {e}");
            process::exit(1);
        }
    };
    let mut hosts: Vec<&str> = samples.iter().map(|s| s.host.as_str()).collect();
    hosts.sort_unstable();
    hosts.dedup();
    hosts.sort_by_key(|h| newsmill_types::content_hash(h));
    let fold_of: BTreeMap<&str, usize> = hosts
        .iter()
        .enumerate()
        .map(|(i, h)| (*h, i % folds))
        .collect();
    let settings = grid();
    eprintln!(
        "{} pages, {} sites, {folds} folds, {} settings",
        samples.len(),
        hosts.len(),
        settings.len()
    );
    let counts: Vec<Vec<PageCounts>> = settings
        .iter()
        .map(|&options| {
            let cleaner = Cleaner::default().with_text_options(options);
            samples
                .iter()
                .map(|s| {
                    let text = cleaner
                        .clean(&s.input, None)
                        .clean_text(&s.input)
                        .into_text();
                    page_counts(&s.gold, &text, 4)
                })
                .collect()
        })
        .collect();
    let mut held_out = vec![PageCounts::default(); samples.len()];
    for fold in 0..folds {
        let (test, train): (Vec<usize>, Vec<usize>) =
            (0..samples.len()).partition(|&i| fold_of.get(samples[i].host.as_str()) == Some(&fold));
        let best = (0..settings.len())
            .max_by(|&a, &b| {
                f1(&counts[a], &train)
                    .partial_cmp(&f1(&counts[b], &train))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    // On a tie, the earlier setting (the defaults first).
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        for &i in &test {
            held_out[i] = counts[best][i];
        }
        let bad = test
            .iter()
            .filter(|&&i| page_f1(&counts[best][i]) < 0.3)
            .count();
        println!(
            "fold {}: {} pages: held-out F1 {:.3} ({bad} below 0.3), defaults {:.3}, train F1 {:.3}; chosen {:?}",
            fold + 1,
            test.len(),
            f1(&counts[best], &test),
            f1(&counts[0], &test),
            f1(&counts[best], &train),
            settings[best],
        );
    }
    let all: Vec<usize> = (0..samples.len()).collect();
    let (p, r, f) = aggregate(&held_out);
    let bad = held_out.iter().filter(|c| page_f1(c) < 0.3).count();
    println!(
        "pooled held-out: P {p:.3} R {r:.3} F1 {f:.3}; pages below F1 0.3: {bad} of {} ({:.1}%)",
        samples.len(),
        100.0 * bad as f64 / samples.len() as f64
    );
    let bad_default = counts[0].iter().filter(|c| page_f1(c) < 0.3).count();
    println!(
        "defaults on all pages: F1 {:.3}; pages below F1 0.3: {bad_default}",
        f1(&counts[0], &all)
    );
}
