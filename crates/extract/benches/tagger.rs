//! Tagging throughput (tokens/s) on pre-tokenised text: the seed articles
//! from `../shared/data/seeds` and, when present, CoNLL `eng.testa`.
//!
//! ```text
//! cargo bench -p newsmill-extract --bench tagger
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsmill_extract::conll::read_conll;
use newsmill_extract::tagger::{text_sentences, Tagger};
use newsmill_extract::tokenize;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::english();
    let mut group = c.benchmark_group("tagger");

    // Seed articles, tokenised and split once.
    let mut texts = Vec::new();
    if let Ok(dir) = std::fs::read_dir(shared().join("seeds")) {
        let mut paths: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push(t);
            }
        }
    }
    let docs: Vec<Vec<Vec<&str>>> = texts
        .iter()
        .map(|t| {
            let toks = tokenize(t);
            text_sentences(t, &toks)
                .into_iter()
                .map(|(a, b)| toks[a..b].iter().map(|s| s.slice(t)).collect())
                .collect()
        })
        .collect();
    let n: usize = docs.iter().flatten().map(Vec::len).sum();
    if n > 0 {
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function("seeds_tag_document", |b| {
            b.iter(|| {
                for d in &docs {
                    let refs: Vec<&[&str]> = d.iter().map(Vec::as_slice).collect();
                    black_box(tagger.tag_document(&refs));
                }
            })
        });
        let bytes: usize = texts.iter().map(String::len).sum();
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function(format!("seeds_tag_text_{bytes}_bytes"), |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(tagger.tag_text(t));
                }
            })
        });
        // Everything `Extractor::extract` adds to tagging (canonical names,
        // quotes, figures, dates), in the same tokens/s unit: compare with
        // seeds_tag_text to see what the rule stages cost.
        let extractor = newsmill_extract::Extractor::english();
        group.bench_function("seeds_extract_all", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(extractor.extract(t));
                }
            })
        });
    } else {
        eprintln!("no seed texts under {}", shared().display());
    }

    if let Ok(conll) =
        std::fs::read_to_string(shared().join("conll2003/eng.testa")).map(|t| read_conll(&t))
    {
        let sents: Vec<Vec<Vec<&str>>> = conll
            .iter()
            .map(|d| d.sentences.iter().map(|s| s.token_strs()).collect())
            .collect();
        let n: usize = sents.iter().flatten().map(Vec::len).sum();
        group.throughput(Throughput::Elements(n as u64));
        group.sample_size(10);
        group.bench_function("testa_tag_document", |b| {
            b.iter(|| {
                for d in &sents {
                    let refs: Vec<&[&str]> = d.iter().map(Vec::as_slice).collect();
                    black_box(tagger.tag_document(&refs));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
