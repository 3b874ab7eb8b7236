//! `newsmill run`: stream records through the stages in parallel batches
//! and write them, in input order, to the output folder.

use crate::args::RunArgs;
use crate::pipeline::{process, Stages};
use crate::progress::Progress;
use anyhow::{Context, Result};
use newsmill_clean::{Cleaner, TemplateCounter};
use newsmill_extract::Extractor;
use newsmill_ingest::{Failure, IngestOptions, Records};
use newsmill_report::{
    ArticleRecord, FailureRecord, PreparedArticle, ReportOptions, ReportWriter, RunSummary,
};
use newsmill_types::{content_hash, Record};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Instant;

/// Records handed to the workers at once: large enough to keep every core
/// busy, small enough that memory stays flat whatever the dump size.
const BATCH: usize = 256;
/// Records per partial count in the template-learning pass.
const TEMPLATE_CHUNK: usize = 32;
/// Batches read ahead of the workers.
const READ_AHEAD: usize = 2;

/// What the run did; the exit code follows from it.
pub struct Outcome {
    pub summary: RunSummary,
}

pub fn run(args: &RunArgs) -> Result<Outcome> {
    let started = Instant::now();
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .context("cannot start worker threads")?;
    let options = args.input.ingest_options();
    let extractor = match &args.ner_model {
        Some(path) => crate::load_extractor(path)?,
        None => Extractor::english(),
    };
    let cleaner = if args.no_template_learning || reads_stdin(&args.input.inputs) {
        Cleaner::default()
    } else {
        pool.install(|| learn_templates(&args.input.inputs, &options, args.template_min_records))
    };
    let stages = Stages { cleaner, extractor };

    let report_options = ReportOptions {
        html_article_limit: args.html_articles,
        ..ReportOptions::default()
    };
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let (mut writer, already_done) = if args.resume {
        ReportWriter::resume(&args.out, report_options)?
    } else {
        (
            ReportWriter::create(&args.out, report_options)?,
            Default::default(),
        )
    };
    // Copies of articles written before a resume are still copies.
    let mut first_of_hash: HashMap<u64, Box<str>> = writer
        .take_resumed_content_hashes()
        .into_iter()
        .map(|(hash, id)| (hash, id.into_boxed_str()))
        .collect();

    let (sender, receiver) = mpsc::sync_channel::<Vec<Result<Record, Failure>>>(READ_AHEAD);
    let inputs = args.input.inputs.clone();
    let reader_options = options.clone();
    let reader = std::thread::spawn(move || {
        let mut records = Records::open(&inputs, reader_options);
        let mut batch = Vec::with_capacity(BATCH);
        for item in records.by_ref() {
            batch.push(item);
            if batch.len() == BATCH
                && sender
                    .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                    .is_err()
            {
                return records.stats();
            }
        }
        if !batch.is_empty() {
            let _ = sender.send(batch);
        }
        records.stats()
    });

    let mut counts = Counts::default();
    let mut progress = Progress::new(args.quiet);
    for batch in receiver {
        let mut work: Vec<Record> = Vec::with_capacity(batch.len());
        let mut order: Vec<Slot> = Vec::with_capacity(batch.len());
        for item in batch {
            counts.seen += 1;
            match item {
                Err(failure) => order.push(Slot::Failed(failure_record(&failure))),
                Ok(record) => {
                    counts.bytes += record.text.len() as u64;
                    if already_done.contains(&record.id) {
                        counts.resumed += 1;
                        order.push(Slot::AlreadyDone);
                        continue;
                    }
                    // Exact duplicates are decided here, in input order, so the
                    // first copy wins whatever the thread count.
                    let hash = content_hash(&record.text);
                    if let Some(first) = first_of_hash.get(&hash) {
                        order.push(Slot::Duplicate(record.id, first.to_string()));
                        continue;
                    }
                    first_of_hash.insert(hash, record.id.clone().into_boxed_str());
                    order.push(Slot::Work);
                    work.push(record);
                }
            }
        }
        let articles: Vec<_> = pool.install(|| {
            work.par_iter()
                .map(|record| process_guarded(record, &stages))
                .collect()
        });
        let mut articles = articles.into_iter();
        for slot in order {
            match slot {
                Slot::AlreadyDone => {}
                Slot::Failed(failure) => {
                    counts.failed += 1;
                    writer.write_failure(&failure)?;
                }
                Slot::Duplicate(id, first) => {
                    counts.duplicates += 1;
                    writer.write_duplicate(&id, &first)?;
                }
                Slot::Work => match articles.next() {
                    Some(Ok((article, _))) if !keeps_language(&args.languages, &article) => {
                        *counts.skipped.entry("language".into()).or_default() += 1;
                    }
                    Some(Ok((article, prepared))) => {
                        counts.written += 1;
                        let language = article.language.as_deref().unwrap_or(UNKNOWN_LANGUAGE);
                        *counts.languages.entry(language.to_string()).or_default() += 1;
                        writer.write_prepared(&article, prepared)?;
                    }
                    Some(Err(failure)) => {
                        counts.failed += 1;
                        writer.write_failure(&failure)?;
                    }
                    None => anyhow::bail!("internal error: a processed article went missing"),
                },
            }
        }
        writer.flush()?;
        progress.update(counts.seen, counts.bytes);
    }
    progress.finish();
    let stats = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the input reader stopped unexpectedly"))?;

    let seconds = started.elapsed().as_secs_f64();
    // Records the reader skipped (WARC requests, redirects, images...) were
    // read too: they count as seen, by kind, beside the language filter's.
    let mut skipped_records = counts.skipped;
    for (kind, count) in &stats.skipped_records {
        *skipped_records.entry(kind.clone()).or_default() += count;
    }
    let summary = RunSummary {
        records_seen: counts.seen + stats.skipped_total(),
        articles_written: counts.written,
        failures: counts.failed,
        duplicates_skipped: counts.duplicates,
        resumed_skipped: counts.resumed,
        skipped_files: stats.skipped_files,
        skipped_records,
        languages: counts.languages,
        repaired_records: stats.repaired_records,
        bytes_read: stats.bytes,
        seconds,
        threads,
        inputs: args
            .input
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    };
    writer.finish(&summary)?;
    Ok(Outcome { summary })
}

enum Slot {
    Work,
    Failed(FailureRecord),
    Duplicate(String, String),
    AlreadyDone,
}

#[derive(Default)]
struct Counts {
    seen: u64,
    written: u64,
    failed: u64,
    duplicates: u64,
    resumed: u64,
    bytes: u64,
    /// Articles left out by `--languages`, under `language`.
    skipped: BTreeMap<String, u64>,
    languages: BTreeMap<String, u64>,
}

/// How `--languages` and the summary name an unknown language.
const UNKNOWN_LANGUAGE: &str = "und";

/// Whether `--languages` (empty: everything) keeps this article.
fn keeps_language(languages: &[String], article: &ArticleRecord) -> bool {
    let language = article.language.as_deref().unwrap_or(UNKNOWN_LANGUAGE);
    languages.is_empty()
        || languages
            .iter()
            .any(|wanted| wanted.trim().eq_ignore_ascii_case(language))
}

fn failure_record(failure: &Failure) -> FailureRecord {
    FailureRecord {
        id: failure.id.clone(),
        source: failure.source.clone(),
        kind: failure.error.kind().to_string(),
        reason: failure.error.to_string(),
    }
}

/// Process one record and prepare its output lines; a bug that panics on
/// some input costs that record (logged as a failure), never the batch.
fn process_guarded(
    record: &Record,
    stages: &Stages,
) -> Result<(ArticleRecord, PreparedArticle), FailureRecord> {
    let failure = |kind: &str, reason: String| FailureRecord {
        id: record.id.clone(),
        source: record.source.clone(),
        kind: kind.to_string(),
        reason,
    };
    let work = || {
        let article = process(record, stages);
        ReportWriter::prepare(&article).map(|prepared| (article, prepared))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
        Ok(Ok(done)) => Ok(done),
        Ok(Err(error)) => Err(failure("serialize", error.to_string())),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(failure(
                "internal_error",
                format!("internal error while processing (please report): {message}"),
            ))
        }
    }
}

fn reads_stdin(inputs: &[PathBuf]) -> bool {
    inputs
        .iter()
        .any(|p| p.as_os_str() == newsmill_ingest::STDIN)
}

/// First pass: count lines across the dump to find site-template lines.
/// Skipped (plain cleaner) when the dump is too small for counts to mean
/// anything.
pub fn learn_templates(inputs: &[PathBuf], options: &IngestOptions, min_records: usize) -> Cleaner {
    let mut counter = TemplateCounter::default();
    let mut records = 0usize;
    let mut batch: Vec<String> = Vec::with_capacity(BATCH);
    // Fixed-size chunks merged in input order: the counter prunes rare lines
    // when it grows large, so the merge order must not depend on how many
    // threads there are.
    let flush = |batch: &mut Vec<String>, counter: &mut TemplateCounter| {
        let partials: Vec<TemplateCounter> = batch
            .par_chunks(TEMPLATE_CHUNK)
            .map(|chunk| {
                let mut partial = TemplateCounter::default();
                for text in chunk {
                    partial.observe(text);
                }
                partial
            })
            .collect();
        for partial in partials {
            counter.merge(partial);
        }
        batch.clear();
    };
    // Failures are skipped here on purpose: the main pass reads the same
    // inputs again and logs each one.
    for record in Records::open(inputs, options.clone()).flatten() {
        records += 1;
        batch.push(record.text);
        if batch.len() == BATCH {
            flush(&mut batch, &mut counter);
        }
    }
    flush(&mut batch, &mut counter);
    if records < min_records {
        return Cleaner::default();
    }
    Cleaner::with_template_lines(counter.finish())
}
