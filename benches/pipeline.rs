//! Whole per-article pipeline (clean + extract + serialise) on the bundled
//! sample articles and on the seeds, in MB/s of raw input.
//!
//! `cargo bench --bench pipeline`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsmill_cli::pipeline::{process, Stages};
use newsmill_ingest::{IngestOptions, Records};
use std::path::PathBuf;

fn load(dir: &str) -> Vec<newsmill_types::Record> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    Records::open(&[path], IngestOptions::default())
        .flatten()
        .collect()
}

fn pipeline(c: &mut Criterion) {
    let stages = Stages {
        cleaner: newsmill_clean::Cleaner::default(),
        extractor: newsmill_extract::Extractor::english(),
        languages: Vec::new(),
    };
    let mut group = c.benchmark_group("pipeline");
    for (name, dir) in [
        ("samples", "samples/articles"),
        ("seeds", "../shared/data/seeds"),
    ] {
        let records = load(dir);
        if records.is_empty() {
            eprintln!("skipping {name}: no records under {dir}");
            continue;
        }
        let bytes: usize = records.iter().map(|r| r.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(bytes * 4);
                for record in &records {
                    let article = process(record, &stages);
                    serde_json::to_writer(&mut out, &article).expect("serialising to memory");
                    out.push(b'\n');
                }
                out
            })
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
