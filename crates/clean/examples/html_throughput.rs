//! Time the HTML extractor alone (parse + extract, one thread) on a folder
//! of pages (`*.html`, `*.html.gz`), after one untimed warm-up pass:
//!
//! ```text
//! cargo run -p newsmill-clean --release --example html_throughput -- DIR [ROUNDS] [--out OUT_DIR] [--parse-only]
//! ```
//!
//! Prints pages/s and MB/s of HTML. With `--out`, writes `OUT_DIR/<stem>.txt`
//! (the article text) for scoring with `shared/tools/clean_score.py`.
//! `--parse-only` times `newsmill_html::parse` alone.

use flate2::read::GzDecoder;
use newsmill_clean::Cleaner;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;
use std::{env, fs, process};

fn read_page(path: &Path) -> Option<String> {
    let bytes = fs::read(path).ok()?;
    let bytes = if path.extension().is_some_and(|x| x == "gz") {
        let mut out = Vec::new();
        GzDecoder::new(&bytes[..]).read_to_end(&mut out).ok()?;
        out
    } else {
        bytes
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn stem(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("page");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    name.strip_suffix(".html")
        .or_else(|| name.strip_suffix(".htm"))
        .unwrap_or(name)
        .to_string()
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let parse_only = args.iter().any(|a| a == "--parse-only");
    let out_dir = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let positional: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            let value_of_out = *i > 0 && args.get(i - 1).is_some_and(|p| p == "--out");
            !a.starts_with("--") && !value_of_out
        })
        .map(|(_, a)| a)
        .collect();
    let Some(dir) = positional.first() else {
        eprintln!("usage: html_throughput DIR [ROUNDS] [--out OUT_DIR] [--parse-only]");
        process::exit(2);
    };
    let rounds: usize = positional.get(1).and_then(|n| n.parse().ok()).unwrap_or(10);
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let name = p.to_string_lossy();
                    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz")
                })
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let pages: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| read_page(p).map(|html| (stem(p), html)))
        .collect();
    if pages.is_empty() {
        eprintln!("no pages in {dir}");
        process::exit(1);
    }
    let cleaner = Cleaner::default();
    // Warm-up pass (pattern tables are compiled once per process); it also
    // writes the outputs when asked.
    for (name, html) in &pages {
        let (page, article) = cleaner.clean_html_page(html);
        if let Some(out) = &out_dir {
            let _ = fs::create_dir_all(out);
            let text = article.clean_text(&page.text).into_text();
            if let Err(e) = fs::write(out.join(format!("{name}.txt")), text + "\n") {
                eprintln!("cannot write {name}: {e}");
                process::exit(1);
            }
        }
    }
    let start = Instant::now();
    let mut kept = 0usize;
    for _ in 0..rounds {
        for (_, html) in &pages {
            if parse_only {
                kept += newsmill_html::parse(html).lines.len();
            } else {
                kept += cleaner.clean_html_page(html).1.paragraphs.len();
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = pages.len() * rounds;
    let bytes: usize = pages.iter().map(|(_, h)| h.len()).sum::<usize>() * rounds;
    println!(
        "newsmill {}: {n} pages ({:.1} MB) in {secs:.3}s = {:.0} pages/s, {:.1} MB/s (checksum {kept})",
        if parse_only { "parse only" } else { "extract" },
        bytes as f64 / 1e6,
        n as f64 / secs,
        bytes as f64 / secs / 1e6
    );
}
