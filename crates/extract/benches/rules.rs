//! Throughput of the rule stages on the seed articles, each apart: canonical
//! names, quotes, figures and dates, over mentions marked by the seed kit's
//! name list (so that the tagger's cost stays out). The budget these stages
//! must keep against tagging is checked by `benches/rule_budget.sh`.
//!
//! `cargo bench -p newsmill-extract --bench rules`

#[path = "../tests/canonical_seedkit.rs"]
mod seedkit;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsmill_extract::Mention;

fn bench(c: &mut Criterion) {
    if !seedkit::seeds_dir().is_dir() {
        eprintln!("rules bench: ../shared/data/seeds not found; nothing measured");
        return;
    }
    let docs: Vec<(String, Vec<Mention>)> = seedkit::SEEDS
        .iter()
        .map(|s| {
            let text = seedkit::seed(s);
            let mentions = seedkit::mark(&text, seedkit::NAMES);
            (text, mentions)
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut group = c.benchmark_group("rules");
    group.throughput(Throughput::Bytes(bytes as u64));
    // canonicalize rewrites `canonical` in place: one copy per document
    // keeps cloning out of the timing.
    let mut copies: Vec<Vec<Mention>> = docs.iter().map(|d| d.1.clone()).collect();
    group.bench_function("seeds_canonicalize", |b| {
        b.iter(|| {
            let mut n = 0;
            for ((text, _), mentions) in docs.iter().zip(copies.iter_mut()) {
                n += newsmill_extract::canonicalize(text, mentions).len();
            }
            black_box(n)
        })
    });
    group.bench_function("seeds_quotes", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|(text, m)| newsmill_extract::find_quotes(text, m).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("seeds_figures", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|(text, m)| newsmill_extract::find_figures(text, m).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("seeds_dates", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|(text, _)| newsmill_extract::find_dates(text, Some("2024-03-07")).len())
                .sum();
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
