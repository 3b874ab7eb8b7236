//! What the leave-sites-out cross-validation examples (`text_cv`,
//! `html_cv`) share: the cleaning-dev pages and their sites, sites dealt
//! into folds, each fold's setting chosen on the other folds, and the
//! held-out figures printed.

use newsmill_clean::eval::{aggregate, PageCounts};
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// A dev page: its id, its site and its gold text.
pub struct Page {
    pub id: String,
    pub host: String,
    pub gold: String,
}

/// The data folder and the number of folds from the command line
/// (defaults: `../shared/data/cleaning-dev`, 5).
pub fn args() -> (PathBuf, usize) {
    let args: Vec<String> = env::args().skip(1).collect();
    let dir = args
        .first()
        .map_or("../shared/data/cleaning-dev", String::as_str);
    let folds = args
        .get(1)
        .and_then(|k| k.parse().ok())
        .filter(|&k| k >= 2)
        .unwrap_or(5);
    (PathBuf::from(dir), folds)
}

/// Exit with `message` (the examples have nothing to go on without data).
pub fn fail(name: &str, message: &str) -> ! {
    eprintln!("{name}: {message}");
    process::exit(1)
}

/// The manifest's pages with their gold texts.
pub fn pages(dir: &Path) -> Result<Vec<Page>, String> {
    let manifest: serde_json::Value = serde_json::from_slice(
        &fs::read(dir.join("manifest.json")).map_err(|e| format!("manifest.json: {e}"))?,
    )
    .map_err(|e| format!("manifest.json: {e}"))?;
    let listed = manifest["pages"]
        .as_array()
        .ok_or("manifest.json has no pages")?;
    let mut pages = Vec::new();
    for page in listed {
        let (Some(id), Some(host)) = (page["id"].as_str(), page["host"].as_str()) else {
            continue;
        };
        let gold = fs::read(dir.join("gold").join(format!("{id}.txt")))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("gold of {id}: {e}"))?;
        pages.push(Page {
            id: id.to_string(),
            host: host.to_string(),
            gold,
        });
    }
    Ok(pages)
}

fn f1(counts: &[PageCounts], pages: &[usize]) -> f64 {
    let picked: Vec<PageCounts> = pages.iter().map(|&i| counts[i]).collect();
    aggregate(&picked).2
}

fn page_f1(c: &PageCounts) -> f64 {
    aggregate(std::slice::from_ref(c)).2
}

/// Sites in a stable pseudo-random order dealt round-robin into `folds`
/// (so no site is on both sides of a split); for each fold the setting
/// with the best F1 on the other folds (`counts[setting][page]`; setting 0
/// is the defaults, preferred on a tie) is scored on the fold. Prints each
/// fold, the pooled held-out figures and the defaults'.
pub fn cross_validate<O: Debug>(
    pages: &[Page],
    settings: &[O],
    counts: &[Vec<PageCounts>],
    folds: usize,
) {
    let mut hosts: Vec<&str> = pages.iter().map(|p| p.host.as_str()).collect();
    hosts.sort_unstable();
    hosts.dedup();
    hosts.sort_by_key(|h| newsmill_types::content_hash(h));
    let fold_of: BTreeMap<&str, usize> = hosts
        .iter()
        .enumerate()
        .map(|(i, h)| (*h, i % folds))
        .collect();
    eprintln!(
        "{} pages, {} sites, {folds} folds, {} settings",
        pages.len(),
        hosts.len(),
        settings.len()
    );
    let mut held_out = vec![PageCounts::default(); pages.len()];
    for fold in 0..folds {
        let (test, train): (Vec<usize>, Vec<usize>) =
            (0..pages.len()).partition(|&i| fold_of.get(pages[i].host.as_str()) == Some(&fold));
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
        let sites = hosts
            .iter()
            .filter(|h| fold_of.get(*h) == Some(&fold))
            .count();
        let bad = test
            .iter()
            .filter(|&&i| page_f1(&counts[best][i]) < 0.3)
            .count();
        println!(
            "fold {}: {sites} sites, {} pages: held-out F1 {:.3} ({bad} below 0.3), defaults {:.3}, train F1 {:.3}; chosen {:?}",
            fold + 1,
            test.len(),
            f1(&counts[best], &test),
            f1(&counts[0], &test),
            f1(&counts[best], &train),
            settings[best],
        );
    }
    let all: Vec<usize> = (0..pages.len()).collect();
    let (p, r, f) = aggregate(&held_out);
    let bad = held_out.iter().filter(|c| page_f1(c) < 0.3).count();
    println!(
        "pooled held-out: P {p:.3} R {r:.3} F1 {f:.3}; pages below F1 0.3: {bad} of {} ({:.1}%)",
        pages.len(),
        100.0 * bad as f64 / pages.len() as f64
    );
    let bad_default = counts[0].iter().filter(|c| page_f1(c) < 0.3).count();
    println!(
        "defaults on all pages: F1 {:.3}; pages below F1 0.3: {bad_default}",
        f1(&counts[0], &all)
    );
}
