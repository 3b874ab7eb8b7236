//! Leave-sites-out cross-validation of the HTML extractor on the
//! cleaning-dev pages:
//!
//! ```text
//! cargo run -p newsmill-clean --release --example html_cv -- ../shared/data/cleaning-dev [FOLDS]
//! ```
//!
//! Sites (the manifest's `host`) are dealt into FOLDS groups (default 5) by a
//! stable hash, so no site is on both sides of a split. For each fold the
//! extractor setting with the best F1 on the other folds' pages is chosen
//! from a grid around the defaults (container shares, short-line
//! restoring, class/id furniture words) and scored on the held-out fold.
//! Printed: per fold the held-out F1 of the chosen setting and of the
//! defaults, then the pooled held-out F1 and the pages scoring below 0.3.

use flate2::read::GzDecoder;
use newsmill_clean::eval::{aggregate, page_counts, PageCounts};
use newsmill_clean::{Cleaner, HtmlOptions};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::{env, fs, process};

struct Sample {
    host: String,
    gold: String,
    html: String,
}

fn load(dir: &Path) -> Result<Vec<Sample>, String> {
    let manifest: serde_json::Value = serde_json::from_slice(
        &fs::read(dir.join("manifest.json")).map_err(|e| format!("manifest.json: {e}"))?,
    )
    .map_err(|e| format!("manifest.json: {e}"))?;
    let pages = manifest["pages"]
        .as_array()
        .ok_or("manifest.json has no pages")?;
    let mut samples = Vec::new();
    for page in pages {
        let (Some(id), Some(host)) = (page["id"].as_str(), page["host"].as_str()) else {
            continue;
        };
        let gold = fs::read_to_string(dir.join("gold").join(format!("{id}.txt")))
            .map_err(|e| format!("gold of {id}: {e}"))?;
        let gz = fs::read(dir.join("html").join(format!("{id}.html.gz")))
            .map_err(|e| format!("html of {id}: {e}"))?;
        let mut bytes = Vec::new();
        GzDecoder::new(&gz[..])
            .read_to_end(&mut bytes)
            .map_err(|e| format!("html of {id}: {e}"))?;
        samples.push(Sample {
            host: host.to_string(),
            gold,
            html: String::from_utf8_lossy(&bytes).into_owned(),
        });
    }
    Ok(samples)
}

fn grid() -> Vec<HtmlOptions> {
    let mut out = vec![HtmlOptions::default()];
    for semantic_share in [0.3, 0.4, 0.5] {
        for anchored_share in [0.1, 0.2, 0.3] {
            for descent_share in [0.7, 0.8, 0.9] {
                for nested_share in [0.65, 0.75, 0.85] {
                    for restore_short_lines in [true, false] {
                        for furniture_names in [true, false] {
                            let o = HtmlOptions {
                                semantic_share,
                                anchored_share,
                                descent_share,
                                nested_share,
                                restore_short_lines,
                                furniture_names,
                                ..HtmlOptions::default()
                            };
                            if o != HtmlOptions::default() {
                                out.push(o);
                            }
                        }
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
    let (_, _, f) = aggregate(std::slice::from_ref(c));
    f
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
            eprintln!("html_cv: {e}");
            process::exit(1);
        }
    };
    // Sites in a stable pseudo-random order, dealt round-robin into folds.
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
            let cleaner = Cleaner::default().with_html_options(options);
            samples
                .iter()
                .map(|s| {
                    let (page, article) = cleaner.clean_html_page(&s.html);
                    let text = article.clean_text(&page.text).into_text();
                    page_counts(&s.gold, &text, 4)
                })
                .collect()
        })
        .collect();
    let mut held_out_chosen = vec![PageCounts::default(); samples.len()];
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
            held_out_chosen[i] = counts[best][i];
        }
        let sites = hosts
            .iter()
            .filter(|h| fold_of.get(*h) == Some(&fold))
            .count();
        println!(
            "fold {}: {sites} sites, {} pages: held-out F1 {:.3} (setting chosen on the other folds: {:?}); defaults {:.3}; train F1 {:.3}",
            fold + 1,
            test.len(),
            f1(&counts[best], &test),
            settings[best],
            f1(&counts[0], &test),
            f1(&counts[best], &train),
        );
    }
    let all: Vec<usize> = (0..samples.len()).collect();
    let (p, r, f) = aggregate(&held_out_chosen);
    println!("pooled held-out: P {p:.3} R {r:.3} F1 {f:.3}");
    println!("defaults on all pages: F1 {:.3}", f1(&counts[0], &all));
    let bad = held_out_chosen.iter().filter(|c| page_f1(c) < 0.3).count();
    println!("pages with held-out F1 < 0.3: {bad} of {}", samples.len());
}
