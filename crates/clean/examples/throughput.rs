//! Clean every `*.txt` of a folder N times and print the bytes cleaned, for
//! CPU-time measurements that ignore other load on a shared machine:
//! `perf stat -e task-clock target/release/examples/throughput DIR 50`.

use newsmill_clean::Cleaner;
use std::time::Instant;
use std::{env, fs};

fn main() {
    let mut args = env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "../shared/data/cleaning-dev/input".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let pages: Vec<String> = fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .filter_map(|p| fs::read(p).ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .collect()
        })
        .unwrap_or_default();
    let cleaner = Cleaner::default();
    // One untimed pass compiles the pattern tables (done once per process).
    for p in &pages {
        cleaner.clean(p, None);
    }
    let start = Instant::now();
    let mut kept = 0usize;
    for _ in 0..rounds {
        for p in &pages {
            kept += cleaner.clean(p, None).paragraphs.len();
        }
    }
    let bytes: usize = pages.iter().map(String::len).sum::<usize>() * rounds;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{bytes} bytes in {secs:.3}s wall = {:.1} MB/s (kept {kept} paragraphs)",
        bytes as f64 / secs / 1e6
    );
}
