//! `newsmill run`: stream records through the stages in parallel batches
//! and hand them, in input order, to a sink (the report writer, or any
//! [`ArticleSink`]).
//!
//! The steps, in order: [`worker_pool`], [`load_stages`] (with the
//! template pass), [`open_report`], then [`drive`]: a reader thread batches
//! records; each batch is triaged in input order (failures, records an
//! earlier run wrote, exact copies), processed on the workers, and written
//! in input order; the sink's `finish` runs the dump-level analysis.

use crate::args::RunArgs;
use crate::first_ids::FirstIds;
use crate::held::{HeldRecords, Holder, Item};
use crate::pipeline::{failure_record, process_keyed, Stages, UNKNOWN_LANGUAGE};
use crate::progress::Progress;
use anyhow::{Context, Result};
use newsmill_clean::{Cleaner, TemplateCounter, TemplateLines};
use newsmill_extract::Extractor;
use newsmill_ingest::{Failure, IngestOptions, IngestStats, Records};
use newsmill_report::{
    AlreadyWritten, ArticleRecord, ArticleSink, FailureRecord, ReportOptions, ReportWriter,
    RunSummary, ShardManifest, ShardTemplates, TableBounds,
};
use newsmill_types::{content_key, Record};
use rayon::prelude::*;
use rayon::ThreadPool;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Instant;

/// Records handed to the workers at once: large enough to keep every core
/// busy, small enough that memory stays flat whatever the dump size.
const BATCH: usize = 256;
/// Records per partial count in the template-learning pass.
const TEMPLATE_CHUNK: usize = 32;
/// Batches read ahead of the workers.
const READ_AHEAD: usize = 2;
/// The share of `--memory` the template pass may fill with the records it
/// read, so that the main pass need not read them again (32 MB of the
/// default 256).
const HELD_SHARE_OF_MEMORY: u64 = 8;

/// What the run did; the exit code follows from it.
pub struct Outcome {
    pub summary: RunSummary,
}

/// `newsmill run`, as the command line asked for it.
pub fn run(args: &RunArgs) -> Result<Outcome> {
    let started = Instant::now();
    let (pool, threads) = worker_pool(args.threads)?;
    let mut options = args.input.ingest_options();
    if args.part.is_some() {
        check_splittable(&args.input.inputs)?;
    }
    // Template lines are the whole dump's, even for a part (so every part
    // cleans as a single run would); `--templates` saves each part the pass.
    let mut progress = Progress::new(args.quiet);
    let (stages, templates, held) = load_stages(args, &options, &pool, &mut progress)?;
    let part_bytes = match args.part {
        Some(part) => {
            options.part = Some(part);
            newsmill_ingest::input_size(&args.input.inputs)
        }
        None => None,
    };
    let shard_state = args.shard_state || args.part.is_some();
    let sink = open_report(args)?;
    if shard_state {
        // A manifest left by an earlier finished run must not vouch for
        // this one until it finishes too.
        ShardManifest::remove(&args.out)?;
    }
    let job = Job {
        inputs: &args.input.inputs,
        options: &options,
        threads,
        started,
        scratch_dir: Some(args.tmp.as_deref().unwrap_or(&args.out)),
    };
    let (summary, _report) = drive_from(&job, held, &stages, &pool, sink, &mut progress)?;
    if shard_state {
        if part_bytes.is_some() && part_bytes != newsmill_ingest::input_size(&args.input.inputs) {
            anyhow::bail!(
                "the inputs changed size while part {} was read: the parts of a dump must read the \
                 same bytes (no shard.json written)",
                args.part.map(|p| p.to_string()).unwrap_or_default()
            );
        }
        let mut manifest = ShardManifest::new(templates, summary.clone());
        manifest.part = args.part;
        manifest.part_bytes = part_bytes;
        manifest.write(&args.out)?;
    }
    Ok(Outcome { summary })
}

/// Every part must see the same inputs: standard input can be read once.
fn check_splittable(inputs: &[PathBuf]) -> Result<()> {
    if reads_stdin(inputs) {
        anyhow::bail!("--part cannot split standard input: name the files or folders to read");
    }
    Ok(())
}

/// The worker threads (`None`: one per core) and their number.
pub fn worker_pool(threads: Option<usize>) -> Result<(ThreadPool, usize)> {
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    Ok((pool, threads))
}

/// The tagger (built-in or `--ner-model`) and the cleaner, with the site
/// templates read from `--templates`, or learnt from the whole dump unless
/// that is turned off or impossible (standard input can be read only once);
/// which template lines those are, for a shard's manifest; and the records
/// the template pass read, when they fit the budget and a run of the whole
/// dump (not a part) can use them.
fn load_stages(
    args: &RunArgs,
    options: &IngestOptions,
    pool: &ThreadPool,
    progress: &mut Progress,
) -> Result<(Stages, ShardTemplates, Option<HeldRecords>)> {
    let extractor = match &args.ner_model {
        Some(path) => crate::load_extractor(path)?,
        None => Extractor::english(),
    };
    let mut held = None;
    let (lines, source) = if let Some(path) = &args.templates {
        (read_template_file(path)?, "file")
    } else if args.no_template_learning || reads_stdin(&args.input.inputs) {
        (TemplateLines::default(), "none")
    } else {
        progress.phase("template pass", || None);
        let hold_bytes = if args.part.is_none() {
            hold_budget(args.memory, newsmill_ingest::input_size(&args.input.inputs))
        } else {
            0
        };
        let (lines, records) = pool.install(|| {
            learn_and_hold(
                &args.input.inputs,
                options,
                args.template_min_records,
                hold_bytes,
            )
        });
        held = records;
        (lines, "learned")
    };
    let templates = ShardTemplates {
        source: source.to_string(),
        lines: lines.len(),
        digest: format!("{:016x}", lines.digest()),
    };
    let cleaner = Cleaner::with_template_lines(lines);
    let languages = args.languages.clone();
    Ok((
        Stages {
            cleaner,
            extractor,
            languages,
        },
        templates,
        held,
    ))
}

/// Bytes of records the template pass may hold for the main pass, with
/// `--memory` at `memory_mb` and the inputs `input_bytes` large on disk: 0
/// for inputs larger than that (or of unknown size), since holding them
/// until the budget ran out would leave that much freed memory behind in
/// the process for the rest of the run.
fn hold_budget(memory_mb: u64, input_bytes: Option<u64>) -> u64 {
    let budget = memory_mb.saturating_mul(1 << 20) / HELD_SHARE_OF_MEMORY;
    match input_bytes {
        Some(bytes) if bytes <= budget => budget,
        _ => 0,
    }
}

/// A template-lines file written by `newsmill templates`.
pub(crate) fn read_template_file(path: &std::path::Path) -> Result<TemplateLines> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read template lines from {}", path.display()))?;
    TemplateLines::from_file_text(&text)
        .with_context(|| format!("{} is not a newsmill template-lines file", path.display()))
}

/// The report writer for `--out`: a new report, or the earlier one
/// continued with `--resume`.
fn open_report(args: &RunArgs) -> Result<ReportWriter> {
    let options = ReportOptions {
        html_article_limit: args.html_articles,
        scratch_dir: args.tmp.clone(),
        table_bounds: TableBounds::for_memory_mb(args.memory as usize),
        ..ReportOptions::default()
    };
    if let Some(tmp) = &args.tmp {
        std::fs::create_dir_all(tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    Ok(if args.resume {
        ReportWriter::resume(&args.out, options)?
    } else {
        ReportWriter::create(&args.out, options)?
    })
}

/// What to read, for [`drive`].
pub struct Job<'a> {
    pub inputs: &'a [PathBuf],
    pub options: &'a IngestOptions,
    /// Worker threads, as reported in the summary.
    pub threads: usize,
    /// When the run started (the summary's `seconds` count from here).
    pub started: Instant,
    /// Where the table of content keys (one entry per record, to decide
    /// exact copies) lives: a folder for its scratch files, or `None` to
    /// keep it in memory.
    pub scratch_dir: Option<&'a Path>,
}

/// Read every record of the job's inputs, process them on `pool` and hand
/// the results to `sink` in input order; returns the run's counts and what
/// the sink's `finish` returned. Works with any [`ArticleSink`]
/// (`examples/own_sink.rs`).
pub fn drive<S>(
    job: &Job<'_>,
    stages: &Stages,
    pool: &ThreadPool,
    sink: S,
    progress: &mut Progress,
) -> Result<(RunSummary, S::Summary)>
where
    S: ArticleSink,
    S::Error: std::error::Error + Send + Sync + 'static,
{
    drive_from(job, None, stages, pool, sink, progress)
}

/// [`drive`], reading the records from `held` when the template pass kept
/// them (the same items a reading of the job's inputs gives).
fn drive_from<S>(
    job: &Job<'_>,
    held: Option<HeldRecords>,
    stages: &Stages,
    pool: &ThreadPool,
    mut sink: S,
    progress: &mut Progress,
) -> Result<(RunSummary, S::Summary)>
where
    S: ArticleSink,
    S::Error: std::error::Error + Send + Sync + 'static,
{
    let mut triage = Triage::new(sink.already_written(), job.scratch_dir)?;
    let (batches, position, reader) = match held {
        Some(held) => replay_held(held),
        None => spawn_reader(job.inputs, job.options),
    };
    progress.phase("main pass", || {
        // A part reads about its share of the inputs.
        let share = job.options.part.map_or(1, |part| part.count());
        newsmill_ingest::input_size(job.inputs).map(|bytes| bytes / share)
    });
    // A batch is processed by the pool while this thread writes the one
    // before it: the writing is serial, and the workers would otherwise
    // wait for it (a fifth of a 2-thread run's time).
    let mut previous: Option<Done<S::Prepared>> = None;
    for batch in batches {
        let (slots, work) = match triage.sort(batch) {
            Ok(sorted) => sorted,
            Err(error) => {
                // The batch already processed still goes out before the
                // error: a resumed run then has less to redo.
                if let Some((slots, done)) = previous.take() {
                    write_in_order(&mut sink, &mut triage.counts, stages, slots, done)?;
                }
                return Err(error);
            }
        };
        let mut processed: Vec<Processed<S::Prepared>> = Vec::new();
        let mut written = Ok(());
        pool.in_place_scope(|scope| {
            scope.spawn(|_| {
                processed = work
                    .par_iter()
                    .map(|(record, key)| process_guarded::<S>(record, *key, stages))
                    .collect();
            });
            if let Some((slots, done)) = previous.take() {
                written = write_in_order(&mut sink, &mut triage.counts, stages, slots, done);
            }
        });
        written?;
        progress.update(
            triage.counts.seen,
            triage.counts.bytes,
            position.bytes(triage.counts.seen),
        );
        previous = Some((slots, processed));
    }
    if let Some((slots, done)) = previous.take() {
        write_in_order(&mut sink, &mut triage.counts, stages, slots, done)?;
    }
    let stats = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the input reader stopped unexpectedly"))?;
    progress.phase("dump analysis", || None);
    newsmill_types::trace_memory("after the main pass");
    let summary = run_summary(job, &triage.counts, &stats);
    let finished = sink.finish(&summary)?;
    progress.finish();
    Ok((summary, finished))
}

type Batch = Vec<Result<Record, Failure>>;

/// How far the main pass has read, for the progress line.
enum ReadPosition {
    /// Read as it goes.
    Reading(newsmill_ingest::InputPosition),
    /// Held in memory: the inputs' bytes on disk, shared out by items.
    Held { disk_bytes: u64, items: u64 },
}

impl ReadPosition {
    /// The inputs' bytes on disk read so far, `items_seen` items in.
    fn bytes(&self, items_seen: u64) -> u64 {
        match self {
            ReadPosition::Reading(position) => position.bytes(),
            ReadPosition::Held { disk_bytes, items } => {
                let share = u128::from(*disk_bytes) * u128::from(items_seen.min(*items));
                u64::try_from(share / u128::from((*items).max(1))).unwrap_or(*disk_bytes)
            }
        }
    }
}

/// The reader thread: records in batches of [`BATCH`], at most
/// [`READ_AHEAD`] batches ahead of the workers.
fn spawn_reader(
    inputs: &[PathBuf],
    options: &IngestOptions,
) -> (mpsc::Receiver<Batch>, ReadPosition, JoinHandle<IngestStats>) {
    let (sender, receiver) = mpsc::sync_channel::<Batch>(READ_AHEAD);
    let mut records = Records::open(inputs, options.clone());
    let position = ReadPosition::Reading(records.position());
    let reader = std::thread::spawn(move || {
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
    (receiver, position, reader)
}

/// [`spawn_reader`] for records the template pass held: the same batches,
/// without reading the inputs again.
fn replay_held(
    held: HeldRecords,
) -> (mpsc::Receiver<Batch>, ReadPosition, JoinHandle<IngestStats>) {
    let (sender, receiver) = mpsc::sync_channel::<Batch>(READ_AHEAD);
    let position = ReadPosition::Held {
        disk_bytes: held.disk_bytes,
        items: held.items.len() as u64,
    };
    let HeldRecords { items, stats, .. } = held;
    let reader = std::thread::spawn(move || {
        let mut items = items.into_iter();
        loop {
            let batch: Batch = items.by_ref().take(BATCH).collect();
            if batch.is_empty() || sender.send(batch).is_err() {
                break;
            }
        }
        stats
    });
    (receiver, position, reader)
}

/// What happens to one record of a batch, decided in input order.
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

/// A record to process, with its content key.
type KeyedRecord = (Record, u128);

/// Decides, record by record in input order, what needs processing: so the
/// first copy of a text wins whatever the thread count.
struct Triage {
    already_done: HashSet<String>,
    /// First record of each content key (128 bits: a crafted collision
    /// cannot make an article pass for a copy).
    first_of_key: FirstIds,
    counts: Counts,
}

impl Triage {
    fn new(already: AlreadyWritten, scratch: Option<&Path>) -> Result<Self> {
        let mut first_of_key = match scratch {
            Some(dir) => FirstIds::on_disk(dir)
                .with_context(|| format!("cannot create scratch files in {}", dir.display()))?,
            None => FirstIds::in_memory(),
        };
        // Copies of articles written before a resume are still copies.
        let mut resumed: Vec<(u128, String)> = already.content_keys.into_iter().collect();
        resumed.sort_unstable();
        for (key, id) in resumed {
            first_of_key.first_or_insert(key, &id)?;
        }
        Ok(Triage {
            already_done: already.ids,
            first_of_key,
            counts: Counts::default(),
        })
    }

    /// One slot per item of the batch, and the records to process.
    fn sort(&mut self, batch: Batch) -> Result<(Vec<Slot>, Vec<KeyedRecord>)> {
        let mut work = Vec::with_capacity(batch.len());
        let mut slots = Vec::with_capacity(batch.len());
        for item in batch {
            self.counts.seen += 1;
            let slot = match item {
                // A failure an earlier run already logged is not logged again.
                Err(failure) if self.already_done.contains(&failure.id) => Slot::AlreadyDone,
                Err(failure) => Slot::Failed(failure_record(&failure)),
                Ok(record) => {
                    self.counts.bytes += record.text.len() as u64;
                    self.sort_record(record, &mut work)?
                }
            };
            if matches!(slot, Slot::AlreadyDone) {
                self.counts.resumed += 1;
            }
            slots.push(slot);
        }
        Ok((slots, work))
    }

    fn sort_record(&mut self, record: Record, work: &mut Vec<KeyedRecord>) -> Result<Slot> {
        if self.already_done.contains(&record.id) {
            return Ok(Slot::AlreadyDone);
        }
        let key = content_key(&record.text);
        let first = self
            .first_of_key
            .first_or_insert(key, &record.id)
            .context("the scratch file of content keys failed (is the disk full?)")?;
        if let Some(first) = first {
            return Ok(Slot::Duplicate(record.id, first));
        }
        work.push((record, key));
        Ok(Slot::Work)
    }
}

type Processed<P> = Result<(ArticleRecord, P), FailureRecord>;

/// A batch processed and waiting to be written: its slots and results.
type Done<P> = (Vec<Slot>, Vec<Processed<P>>);

/// Hand a batch to the sink in input order, then flush it.
fn write_in_order<S>(
    sink: &mut S,
    counts: &mut Counts,
    stages: &Stages,
    slots: Vec<Slot>,
    processed: Vec<Processed<S::Prepared>>,
) -> Result<()>
where
    S: ArticleSink,
    S::Error: std::error::Error + Send + Sync + 'static,
{
    let mut processed = processed.into_iter();
    for slot in slots {
        match slot {
            Slot::AlreadyDone => {}
            Slot::Failed(failure) => {
                counts.failed += 1;
                sink.failure(&failure)?;
            }
            Slot::Duplicate(id, first) => {
                counts.duplicates += 1;
                sink.duplicate(&id, &first)?;
            }
            Slot::Work => match processed.next() {
                Some(Ok((article, _))) if !stages.keeps_language(article.language.as_deref()) => {
                    *counts.skipped.entry("language".into()).or_default() += 1;
                }
                Some(Ok((article, prepared))) => {
                    counts.written += 1;
                    let language = article.language.as_deref().unwrap_or(UNKNOWN_LANGUAGE);
                    *counts.languages.entry(language.to_string()).or_default() += 1;
                    sink.article(&article, prepared)?;
                }
                Some(Err(failure)) => {
                    counts.failed += 1;
                    sink.failure(&failure)?;
                }
                None => anyhow::bail!("internal error: a processed article went missing"),
            },
        }
    }
    sink.flush()?;
    Ok(())
}

fn run_summary(job: &Job<'_>, counts: &Counts, stats: &IngestStats) -> RunSummary {
    // Records the reader skipped (WARC requests, redirects, images...) were
    // read too: they count as seen, by kind, beside the language filter's.
    let mut skipped_records = counts.skipped.clone();
    for (kind, count) in &stats.skipped_records {
        *skipped_records.entry(kind.clone()).or_default() += count;
    }
    RunSummary {
        records_seen: counts.seen + stats.skipped_total(),
        articles_written: counts.written,
        failures: counts.failed,
        duplicates_skipped: counts.duplicates,
        resumed_skipped: counts.resumed,
        skipped_files: stats.skipped_files,
        skipped_records,
        languages: counts.languages.clone(),
        repaired_records: stats.repaired_records,
        bytes_read: stats.bytes,
        seconds: job.started.elapsed().as_secs_f64(),
        threads: job.threads,
        inputs: job.inputs.iter().map(|p| p.display().to_string()).collect(),
    }
}

/// Process one record and prepare it for the sink; a bug that panics on
/// some input costs that record (logged as a failure), never the batch.
fn process_guarded<S: ArticleSink>(
    record: &Record,
    key: u128,
    stages: &Stages,
) -> Processed<S::Prepared>
where
    S::Error: std::fmt::Display,
{
    let failure = |kind: &str, reason: String| FailureRecord {
        id: record.id.clone(),
        source: record.source.clone(),
        kind: kind.to_string(),
        reason,
    };
    let work = || {
        let article = process_keyed(record, key, stages);
        S::prepare(&article).map(|prepared| (article, prepared))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
        Ok(Ok(done)) => Ok(done),
        Ok(Err(error)) => Err(failure("serialize", error.to_string())),
        Err(panic) => {
            let message = crate::pipeline::panic_message(panic.as_ref());
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
/// None (an empty set) when the dump is too small for counts to mean
/// anything.
pub fn learn_template_lines(
    inputs: &[PathBuf],
    options: &IngestOptions,
    min_records: usize,
) -> TemplateLines {
    learn_and_hold(inputs, options, min_records, 0).0
}

/// [`learn_template_lines`], also keeping every item read (records and
/// failures) while the input read, decompressed, fits in `hold_bytes`, for
/// the main pass.
fn learn_and_hold(
    inputs: &[PathBuf],
    options: &IngestOptions,
    min_records: usize,
    hold_bytes: u64,
) -> (TemplateLines, Option<HeldRecords>) {
    let mut counter = TemplateCounter::default();
    let mut holder = Holder::new(hold_bytes);
    let mut records_seen = 0usize;
    let mut batch: Vec<Item> = Vec::with_capacity(BATCH);
    // Fixed-size chunks merged in input order: the counter prunes rare lines
    // when it grows large, so the merge order must not depend on how many
    // threads there are. Failures are not counted here on purpose: the main
    // pass logs each one.
    let count = |batch: &[Item], counter: &mut TemplateCounter| {
        let partials: Vec<TemplateCounter> = batch
            .par_chunks(TEMPLATE_CHUNK)
            .map(|chunk| {
                let mut partial = TemplateCounter::default();
                for record in chunk.iter().flatten() {
                    partial.observe(&record.text);
                }
                partial
            })
            .collect();
        for partial in partials {
            counter.merge(partial);
        }
    };
    let mut records = Records::open(inputs, options.clone());
    // Not `for … in records.by_ref()`: the holder asks the reader how much
    // it has read.
    while let Some(item) = records.next() {
        records_seen += usize::from(item.is_ok());
        batch.push(item);
        if batch.len() == BATCH {
            count(&batch, &mut counter);
            holder.keep(&mut batch, || records.stats().bytes);
        }
    }
    count(&batch, &mut counter);
    holder.keep(&mut batch, || records.stats().bytes);
    let held = holder.finish(&records);
    if records_seen < min_records {
        return (TemplateLines::default(), held);
    }
    (counter.finish(), held)
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsmill_testkit::TempDir;

    /// A dump of more than one batch, with a malformed line and site
    /// furniture repeated on every page.
    fn dump(tmp: &TempDir) -> PathBuf {
        let mut lines = String::new();
        for i in 0..BATCH + 44 {
            if i == 100 {
                lines.push_str("{not json\n");
            }
            let text = format!(
                "Subscribe to our newsletter\nStory {i} begins here, and the council met on day {i}.\nFollow us on social media"
            );
            lines.push_str(&serde_json::json!({"id": format!("r{i}"), "text": text}).to_string());
            lines.push('\n');
        }
        let path = tmp.path("dump.jsonl");
        std::fs::write(&path, lines).expect("write the dump");
        path
    }

    fn describe(item: &Item) -> String {
        match item {
            Ok(record) => format!("{record:?}"),
            Err(failure) => format!("failed {failure}"),
        }
    }

    #[test]
    fn held_records_are_what_a_second_reading_gives() {
        let tmp = TempDir::new("held-records");
        let inputs = [dump(&tmp)];
        let options = IngestOptions::default();
        let (lines, held) = learn_and_hold(&inputs, &options, 2, 64 << 20);
        let held = held.expect("a small dump is held");

        let mut records = Records::open(&inputs, options.clone());
        let read: Vec<String> = records.by_ref().map(|item| describe(&item)).collect();
        let kept: Vec<String> = held.items.iter().map(describe).collect();
        assert_eq!(kept.len(), BATCH + 45);
        assert!(kept[100].starts_with("failed"), "{}", kept[100]);
        assert_eq!(kept, read);
        assert_eq!(held.stats, records.stats());
        assert_eq!(
            held.disk_bytes,
            newsmill_ingest::input_size(&inputs).unwrap_or(0)
        );
        // Holding changes nothing learnt.
        let learnt = learn_template_lines(&inputs, &options, 2);
        assert!(!learnt.is_empty());
        assert_eq!(lines.digest(), learnt.digest());

        // The main pass gets them back in order, a batch at a time.
        let (batches, position, reader) = replay_held(held);
        let sizes: Vec<usize> = batches.iter().map(|batch| batch.len()).collect();
        assert_eq!(sizes, [BATCH, 45]);
        assert_eq!(reader.join().ok(), Some(records.stats()));
        assert_eq!(position.bytes(0), 0);
        assert_eq!(
            position.bytes(u64::MAX),
            newsmill_ingest::input_size(&inputs).unwrap_or(0)
        );
    }

    #[test]
    fn only_inputs_that_fit_an_eighth_of_the_memory_budget_are_held() {
        assert_eq!(hold_budget(256, Some(4 << 20)), 32 << 20);
        assert_eq!(hold_budget(256, Some(32 << 20)), 32 << 20);
        assert_eq!(hold_budget(256, Some((32 << 20) + 1)), 0);
        assert_eq!(hold_budget(16, Some(1 << 20)), 2 << 20);
        assert_eq!(hold_budget(256, None), 0);
    }

    #[test]
    fn a_dump_over_the_budget_is_not_held() {
        let tmp = TempDir::new("held-over-budget");
        let inputs = [dump(&tmp)];
        let options = IngestOptions::default();
        let (lines, held) = learn_and_hold(&inputs, &options, 2, 4096);
        assert!(held.is_none());
        assert_eq!(
            lines.digest(),
            learn_template_lines(&inputs, &options, 2).digest()
        );
    }
}
