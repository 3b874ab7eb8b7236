//! A sink of one's own: run the whole pipeline over a dump and, instead of
//! writing the report files, count who is quoted most.
//!
//! `cargo run --release -p newsmill-cli --example own_sink -- samples/articles`

use newsmill_clean::Cleaner;
use newsmill_cli::pipeline::Stages;
use newsmill_cli::{drive, worker_pool, Job, Progress};
use newsmill_extract::Extractor;
use newsmill_ingest::IngestOptions;
use newsmill_report::{ArticleRecord, ArticleSink, FailureRecord, RunSummary};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Quotes per speaker across the dump.
#[derive(Default)]
struct QuotedMost {
    quotes_by_speaker: BTreeMap<String, usize>,
    failures: usize,
}

impl ArticleSink for QuotedMost {
    type Error = std::io::Error;
    type Summary = Vec<(String, usize)>;
    /// The canonical speakers of the article's quotes, worked out on the
    /// worker threads.
    type Prepared = Vec<String>;

    fn prepare(article: &ArticleRecord) -> Result<Vec<String>, std::io::Error> {
        Ok(article
            .quotes
            .iter()
            .filter(|quote| !quote.fragment)
            .filter_map(|quote| {
                quote
                    .speaker_canonical
                    .clone()
                    .or_else(|| quote.speaker.clone())
            })
            .collect())
    }

    fn article(&mut self, _: &ArticleRecord, speakers: Vec<String>) -> Result<(), std::io::Error> {
        for speaker in speakers {
            *self.quotes_by_speaker.entry(speaker).or_default() += 1;
        }
        Ok(())
    }

    fn failure(&mut self, failure: &FailureRecord) -> Result<(), std::io::Error> {
        eprintln!("skipped {}: {}", failure.id, failure.reason);
        self.failures += 1;
        Ok(())
    }

    fn finish(self, _: &RunSummary) -> Result<Vec<(String, usize)>, std::io::Error> {
        let mut ranking: Vec<(String, usize)> = self.quotes_by_speaker.into_iter().collect();
        ranking.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(ranking)
    }
}

fn main() -> anyhow::Result<()> {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    anyhow::ensure!(!inputs.is_empty(), "usage: own_sink INPUT...");
    let (pool, threads) = worker_pool(None)?;
    let stages = Stages {
        cleaner: Cleaner::default(),
        extractor: Extractor::english(),
        languages: Vec::new(),
    };
    let options = IngestOptions::default();
    let job = Job {
        inputs: &inputs,
        options: &options,
        threads,
        started: std::time::Instant::now(),
        scratch_dir: None,
    };
    let mut progress = Progress::new(true);
    let (summary, ranking) = drive(&job, &stages, &pool, QuotedMost::default(), &mut progress)?;
    println!(
        "{} articles, {} failed; most quoted:",
        summary.articles_written, summary.failures
    );
    for (speaker, quotes) in ranking.iter().take(10) {
        println!("{quotes:4}  {speaker}");
    }
    Ok(())
}
