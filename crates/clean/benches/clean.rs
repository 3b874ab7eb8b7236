//! Throughput of `Cleaner::clean` over the 80 cleaning-dev pages (read from
//! the shared data folder at bench time):
//! `cargo bench -p newsmill-clean --bench clean`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsmill_clean::Cleaner;
use std::hint::black_box;
use std::path::PathBuf;

fn inputs() -> Vec<String> {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/cleaning-dev/input");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "cannot read {} ({e}); the bench needs the shared data",
                dir.display()
            )
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = inputs();
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::default();
    // Compile the pattern tables outside the measurement.
    let _ = cleaner.clean("warm up", None);
    let mut group = c.benchmark_group("clean");
    // Decimal megabytes, the unit of the cleaner's speed goal (100 MB/s per
    // core), so the printed figure needs no conversion from MiB/s.
    group.throughput(Throughput::BytesDecimal(bytes as u64));
    group.bench_function("cleaning_dev_80_pages", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(cleaner.clean(black_box(page), None));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
