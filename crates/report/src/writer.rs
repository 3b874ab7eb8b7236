//! The built-in [`ArticleSink`]: files in one output directory.

use crate::aggregate::{DumpAggregates, TableBounds, TextDigest};
use crate::analysis::{analyse_with_entities, ArticleAssignments, DumpReport, ResolvedEntities};
use crate::csv::{self, CsvLine};
use crate::html_entries::EntryFile;
use crate::{
    AlreadyWritten, ArticleRecord, ArticleSink, DuplicateRecord, FailureRecord, ReportError,
    RunSummary,
};
use newsmill_entities::MergedEntity;
use newsmill_types::Bound;
use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub const ARTICLES_JSONL: &str = "articles.jsonl";
pub const FAILURES_JSONL: &str = "failures.jsonl";
pub const DUPLICATES_JSONL: &str = "duplicates.jsonl";
pub const MENTIONS_CSV: &str = "mentions.csv";
pub const QUOTES_CSV: &str = "quotes.csv";
pub const FIGURES_CSV: &str = "figures.csv";
pub const ARTICLES_CSV: &str = "articles.csv";
pub const ENTITIES_CSV: &str = "entities.csv";
pub const SUMMARY_JSON: &str = "summary.json";
pub const REPORT_MD: &str = "report.md";
pub const REPORT_HTML: &str = "report.html";

/// What to write and how much of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// Articles shown one by one in `report.html` (the first ones of the dump).
    pub html_article_limit: usize,
    /// Bytes of clean text shown per article in `report.html`.
    pub html_text_limit: usize,
    /// Bytes the per-article section of `report.html` may take; articles past
    /// it are summarised. Keeps the file under 20 MB whatever the dump.
    pub html_article_bytes: usize,
    /// Write `report.html`.
    pub html: bool,
    /// Write `report.md`.
    pub markdown: bool,
    /// Title of the reports.
    pub title: String,
    /// Where the per-article digests wait for the dump-level analysis
    /// (two scratch files, removed when the writer is done): `None` puts
    /// them in the output folder. Keeping them on disk is what keeps a
    /// run's memory flat whatever the number of articles.
    pub scratch_dir: Option<PathBuf>,
    /// How much of the dump's vocabulary (entity spellings, speakers,
    /// figure values) the dump-level tables keep before dropping their long
    /// tail.
    pub table_bounds: TableBounds,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            html_article_limit: 2000,
            html_text_limit: 20_000,
            html_article_bytes: 14_000_000,
            html: true,
            markdown: true,
            title: "newsmill report".to_string(),
            scratch_dir: None,
            table_bounds: TableBounds::default(),
        }
    }
}

/// One output file written line by line: every line goes in with a single
/// `write_all`, so a killed run leaves at most one torn (last) line.
struct LineFile {
    path: PathBuf,
    out: BufWriter<File>,
}

impl LineFile {
    fn open(path: PathBuf, append: bool) -> Result<Self, ReportError> {
        let file = if append {
            OpenOptions::new().create(true).append(true).open(&path)
        } else {
            File::create(&path)
        }
        .map_err(ReportError::io(&path))?;
        Ok(LineFile {
            out: BufWriter::with_capacity(1 << 16, file),
            path,
        })
    }

    fn write_line(&mut self, line: &[u8]) -> Result<(), ReportError> {
        self.out
            .write_all(line)
            .map_err(ReportError::io(&self.path))
    }

    fn flush(&mut self) -> Result<(), ReportError> {
        self.out.flush().map_err(ReportError::io(&self.path))
    }
}

/// An article made ready to write by [`ReportWriter::prepare`].
#[derive(Debug, Clone)]
pub struct PreparedArticle {
    digest: TextDigest,
    json: Vec<u8>,
    mentions: Vec<u8>,
    quotes: Vec<u8>,
    figures: Vec<u8>,
}

/// The rows of `mentions.csv`, `quotes.csv` and `figures.csv` for one article.
fn csv_rows(article: &ArticleRecord) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let id = article.id.as_str();
    let mut c = CsvLine::new();
    let mut mentions = Vec::new();
    for m in &article.entities {
        c.field(id)
            .field(&m.text)
            .field(m.kind.label())
            .field(&m.canonical)
            .display(m.start)
            .display(m.end)
            .opt_display(m.clean_start)
            .opt_display(m.clean_end)
            .field(m.zone.as_str())
            .finish_into(&mut mentions);
    }
    let mut quotes = Vec::new();
    for q in &article.quotes {
        c.field(id)
            .opt(q.speaker.as_deref())
            .opt(q.speaker_canonical.as_deref())
            .field(&q.text)
            .display(q.fragment)
            .display(q.span.start)
            .display(q.span.end)
            .field(q.zone.as_str())
            .finish_into(&mut quotes);
    }
    let mut figures = Vec::new();
    for f in &article.figures {
        c.field(id)
            .field(&f.text)
            .display(f.value)
            .opt(f.qualifier.as_deref())
            .opt(f.bound.map(Bound::as_str))
            .field(f.counted.as_str())
            .opt(f.source.as_deref())
            .opt(f.time_scope.as_deref())
            .opt(f.place.as_deref())
            .display(f.span.start)
            .display(f.span.end)
            .field(f.zone.as_str())
            .finish_into(&mut figures);
    }
    (mentions, quotes, figures)
}

/// Writes every newsmill output file into one directory. See the crate docs
/// and `docs/schema.md`.
pub struct ReportWriter {
    dir: PathBuf,
    options: ReportOptions,
    articles: LineFile,
    failures: LineFile,
    duplicates: LineFile,
    mentions: LineFile,
    quotes: LineFile,
    figures: LineFile,
    aggregates: DumpAggregates,
    buffer: Vec<u8>,
    resumed: AlreadyWritten,
    /// The article list of `report.html`, rendered as articles are written
    /// (`None` when the options leave the page out).
    html_entries: Option<EntryFile>,
}

impl std::fmt::Debug for ReportWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportWriter")
            .field("dir", &self.dir)
            .field("articles", &self.aggregates.len())
            .finish_non_exhaustive()
    }
}

/// Cut a torn last line (one without its `\n`) off the end of a file.
/// Returns the number of bytes removed.
pub fn repair_torn_line(path: &Path) -> Result<u64, ReportError> {
    let mut file = match OpenOptions::new().read(true).write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(ReportError::io(path)(e)),
    };
    let len = file.metadata().map_err(ReportError::io(path))?.len();
    let mut end = len;
    let mut chunk = vec![0u8; 64 * 1024];
    while end > 0 {
        let start = end.saturating_sub(chunk.len() as u64);
        let piece = &mut chunk[..(end - start) as usize];
        file.seek(SeekFrom::Start(start))
            .map_err(ReportError::io(path))?;
        file.read_exact(piece).map_err(ReportError::io(path))?;
        if let Some(at) = piece.iter().rposition(|&b| b == b'\n') {
            end = start + at as u64 + 1;
            break;
        }
        end = start;
    }
    if end < len {
        file.set_len(end).map_err(ReportError::io(path))?;
        file.sync_all().map_err(ReportError::io(path))?;
    }
    Ok(len - end)
}

/// Read a JSONL file line by line (lines may be long: no limit) until `f`
/// returns `false`.
pub(crate) fn for_each_json_line<T: serde::de::DeserializeOwned>(
    path: &Path,
    mut f: impl FnMut(T) -> Result<bool, ReportError>,
) -> Result<(), ReportError> {
    for_each_line(path, |number, line| f(parse_json_line(path, number, line)?))
}

/// `f` on the number and text of each non-blank line of `path` (a missing
/// file has none) until it returns `false`.
pub(crate) fn for_each_line(
    path: &Path,
    mut f: impl FnMut(u64, &str) -> Result<bool, ReportError>,
) -> Result<(), ReportError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(ReportError::io(path)(e)),
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = String::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = reader.read_line(&mut line).map_err(ReportError::io(path))?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        if line.trim().is_empty() {
            continue;
        }
        if !f(number, &line)? {
            return Ok(());
        }
    }
}

/// Line `number` of `path`, read as JSON.
pub(crate) fn parse_json_line<T: serde::de::DeserializeOwned>(
    path: &Path,
    number: u64,
    line: &str,
) -> Result<T, ReportError> {
    serde_json::from_str(line).map_err(|source| ReportError::Corrupt {
        path: path.to_path_buf(),
        line: number,
        source,
    })
}

/// Write a whole file through a temporary name, so readers never see half.
pub(crate) fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> Result<(), ReportError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let file = File::create(&tmp).map_err(ReportError::io(&tmp))?;
    let mut out = BufWriter::with_capacity(1 << 16, file);
    write(&mut out).map_err(ReportError::io(&tmp))?;
    out.flush().map_err(ReportError::io(&tmp))?;
    drop(out);
    std::fs::rename(&tmp, path).map_err(ReportError::io(path))
}

impl ReportWriter {
    /// Start a new report in `out_dir` (created if needed), truncating any
    /// earlier output there.
    pub fn create(out_dir: &Path, options: ReportOptions) -> Result<Self, ReportError> {
        std::fs::create_dir_all(out_dir).map_err(ReportError::io(out_dir))?;
        let mut writer = Self::open(out_dir, options, false)?;
        writer.write_csv_headers()?;
        Ok(writer)
    }

    /// Continue an interrupted report in `out_dir`: cut a torn last line off
    /// `articles.jsonl`, `failures.jsonl` and `duplicates.jsonl` (left by a
    /// killed run), read the
    /// articles already written back into the aggregates, rewrite
    /// `mentions.csv`, `quotes.csv` and `figures.csv` from them (so they
    /// match `articles.jsonl` exactly), and append from there.
    ///
    /// What was already written (ids of articles, failures and skipped
    /// duplicates; content hashes of articles) is handed to the driver by
    /// [`ArticleSink::already_written`]. A directory without earlier output
    /// resumes as an empty report.
    pub fn resume(out_dir: &Path, options: ReportOptions) -> Result<Self, ReportError> {
        std::fs::create_dir_all(out_dir).map_err(ReportError::io(out_dir))?;
        let articles_path = out_dir.join(ARTICLES_JSONL);
        let failures_path = out_dir.join(FAILURES_JSONL);
        let duplicates_path = out_dir.join(DUPLICATES_JSONL);
        repair_torn_line(&articles_path)?;
        repair_torn_line(&failures_path)?;
        repair_torn_line(&duplicates_path)?;
        let mut writer = Self::open(out_dir, options, true)?;
        writer.write_csv_headers()?;
        let mut ids = HashSet::new();
        let mut content_keys = HashMap::new();
        for_each_json_line(&articles_path, |article: ArticleRecord| {
            writer.aggregates.add_article(&article);
            writer.keep_html_entry(&article)?;
            let (mentions, quotes, figures) = csv_rows(&article);
            writer.mentions.write_line(&mentions)?;
            writer.quotes.write_line(&quotes)?;
            writer.figures.write_line(&figures)?;
            // Output written before content keys existed has none: its
            // articles cannot be recognised as copies of later records.
            if let Ok(key) = u128::from_str_radix(&article.content_key, 16) {
                content_keys
                    .entry(key)
                    .or_insert_with(|| article.id.clone());
            }
            ids.insert(article.id);
            Ok(true)
        })?;
        for_each_json_line(&duplicates_path, |duplicate: DuplicateRecord| {
            writer.aggregates.add_skipped_copy();
            ids.insert(duplicate.id);
            Ok(true)
        })?;
        for_each_json_line(&failures_path, |failure: FailureRecord| {
            writer.aggregates.add_failure(&failure.kind);
            ids.insert(failure.id);
            Ok(true)
        })?;
        writer.flush()?;
        writer.resumed = AlreadyWritten { ids, content_keys };
        Ok(writer)
    }

    fn open(out_dir: &Path, options: ReportOptions, append: bool) -> Result<Self, ReportError> {
        let file = |name: &str, append: bool| LineFile::open(out_dir.join(name), append);
        let scratch = options.scratch_dir.as_deref().unwrap_or(out_dir);
        let mut aggregates = DumpAggregates::with_bounds(options.table_bounds);
        aggregates
            .spill_to(scratch)
            .map_err(ReportError::io(scratch))?;
        let html_entries = match options.html {
            true => Some(EntryFile::create(scratch, &options).map_err(ReportError::io(scratch))?),
            false => None,
        };
        Ok(ReportWriter {
            dir: out_dir.to_path_buf(),
            options,
            articles: file(ARTICLES_JSONL, append)?,
            failures: file(FAILURES_JSONL, append)?,
            duplicates: file(DUPLICATES_JSONL, append)?,
            // The row CSVs are always rewritten: on resume from articles.jsonl.
            mentions: file(MENTIONS_CSV, false)?,
            quotes: file(QUOTES_CSV, false)?,
            figures: file(FIGURES_CSV, false)?,
            aggregates,
            buffer: Vec::with_capacity(1 << 14),
            resumed: AlreadyWritten::default(),
            html_entries,
        })
    }

    /// Render the entry of the next article written for `report.html`.
    fn keep_html_entry(&mut self, article: &ArticleRecord) -> Result<(), ReportError> {
        match &mut self.html_entries {
            Some(entries) => entries.push(article).map_err(|source| ReportError::Io {
                path: entries.path().to_path_buf(),
                source,
            }),
            None => Ok(()),
        }
    }

    fn write_csv_headers(&mut self) -> Result<(), ReportError> {
        self.mentions
            .write_line(csv::line(csv::MENTIONS_HEADER).as_bytes())?;
        self.quotes
            .write_line(csv::line(csv::QUOTES_HEADER).as_bytes())?;
        self.figures
            .write_line(csv::line(csv::FIGURES_HEADER).as_bytes())
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The aggregates so far (e.g. to merge shards by hand).
    pub fn aggregates(&self) -> &DumpAggregates {
        &self.aggregates
    }

    /// Articles written so far, including those kept by `resume`.
    pub fn articles_written(&self) -> usize {
        self.aggregates.len()
    }

    /// Append one article: a line of `articles.jsonl`, its rows of
    /// `mentions.csv`, `quotes.csv` and `figures.csv`, and its digest.
    pub fn write_article(&mut self, article: &ArticleRecord) -> Result<(), ReportError> {
        let prepared = Self::prepare(article)?;
        self.write_prepared(article, prepared)
    }

    /// The costly, pure part of writing an article (serialising it, its CSV
    /// rows, its MinHash signature), for a worker thread to do before the
    /// single writer thread calls [`ReportWriter::write_prepared`].
    pub fn prepare(article: &ArticleRecord) -> Result<PreparedArticle, ReportError> {
        let mut json = Vec::with_capacity(article.text.len() * 2 + 256);
        serde_json::to_writer(&mut json, article).map_err(|source| ReportError::Serialize {
            path: PathBuf::from(ARTICLES_JSONL),
            source,
        })?;
        json.push(b'\n');
        let (mentions, quotes, figures) = csv_rows(article);
        Ok(PreparedArticle {
            digest: TextDigest::of(&article.text),
            json,
            mentions,
            quotes,
            figures,
        })
    }

    /// Write an article prepared by [`ReportWriter::prepare`] from the same
    /// `article`. Articles must arrive in dump order.
    pub fn write_prepared(
        &mut self,
        article: &ArticleRecord,
        prepared: PreparedArticle,
    ) -> Result<(), ReportError> {
        let exact_of = self
            .aggregates
            .add_article_digested(article, prepared.digest);
        let first_id = match exact_of {
            Some(first) if article.duplicate_of.is_none() => self
                .aggregates
                .articles
                .get(first as usize)
                .map(|d| d.id().to_string()),
            _ => None,
        };
        self.mentions.write_line(&prepared.mentions)?;
        self.quotes.write_line(&prepared.quotes)?;
        self.figures.write_line(&prepared.figures)?;
        // JSON has no NaN or infinity (serde_json would write null, which
        // would not read back): such numbers become 0. Rare, so the copy is.
        let non_finite = !article.removed_share.is_finite()
            || article.figures.iter().any(|f| !f.value.is_finite());
        if first_id.is_none() && !non_finite {
            self.keep_html_entry(article)?;
            return self.articles.write_line(&prepared.json);
        }
        let mut copy = article.clone();
        if first_id.is_some() {
            copy.duplicate_of = first_id;
        }
        if !copy.removed_share.is_finite() {
            copy.removed_share = 0.0;
        }
        for figure in &mut copy.figures {
            if !figure.value.is_finite() {
                figure.value = 0.0;
            }
        }
        // The page shows the record as written.
        self.keep_html_entry(&copy)?;
        self.buffer.clear();
        serde_json::to_writer(&mut self.buffer, &copy).map_err(|source| {
            ReportError::Serialize {
                path: self.articles.path.clone(),
                source,
            }
        })?;
        self.buffer.push(b'\n');
        self.articles.write_line(&self.buffer)
    }

    /// Append one line to `failures.jsonl`.
    pub fn write_failure(&mut self, failure: &FailureRecord) -> Result<(), ReportError> {
        self.buffer.clear();
        serde_json::to_writer(&mut self.buffer, failure).map_err(|source| {
            ReportError::Serialize {
                path: self.failures.path.clone(),
                source,
            }
        })?;
        self.buffer.push(b'\n');
        self.failures.write_line(&self.buffer)?;
        self.aggregates.add_failure(&failure.kind);
        Ok(())
    }

    /// Record that the driver skipped record `id` as a byte-identical copy
    /// of the earlier record `first`: a line of `duplicates.jsonl`.
    pub fn write_duplicate(&mut self, id: &str, first: &str) -> Result<(), ReportError> {
        self.buffer.clear();
        let record = DuplicateRecord {
            id: id.to_string(),
            duplicate_of: first.to_string(),
        };
        serde_json::to_writer(&mut self.buffer, &record).map_err(|source| {
            ReportError::Serialize {
                path: self.duplicates.path.clone(),
                source,
            }
        })?;
        self.buffer.push(b'\n');
        self.duplicates.write_line(&self.buffer)?;
        self.aggregates.add_skipped_copy();
        Ok(())
    }

    /// Push everything written so far to the files; call at the end of each
    /// batch so a killed run loses at most the current batch.
    pub fn flush(&mut self) -> Result<(), ReportError> {
        self.check_scratch()?;
        self.articles.flush()?;
        self.failures.flush()?;
        self.duplicates.flush()?;
        self.mentions.flush()?;
        self.quotes.flush()?;
        self.figures.flush()
    }

    /// A failure of the digests' scratch files (a full disk) ends the
    /// report: its analysis would be missing articles.
    fn check_scratch(&mut self) -> Result<(), ReportError> {
        match self.aggregates.take_scratch_error() {
            None => Ok(()),
            Some(source) => Err(ReportError::Io {
                path: self.scratch_path(),
                source,
            }),
        }
    }

    fn scratch_path(&self) -> PathBuf {
        self.options
            .scratch_dir
            .clone()
            .unwrap_or_else(|| self.dir.clone())
    }

    /// Run the dump-level analysis and write `articles.csv`, `entities.csv`,
    /// `summary.json`, `report.md` and `report.html`.
    pub fn finish(mut self, run: &RunSummary) -> Result<DumpReport, ReportError> {
        self.flush()?;
        self.check_scratch()?;
        let shown = match self.html_entries.as_mut() {
            Some(entries) => ShownArticles::Rendered(entries),
            None => ShownArticles::Reread(self.dir.join(ARTICLES_JSONL)),
        };
        let report = write_dump_files(&self.dir, &self.options, &self.aggregates, run, shown)?;
        self.check_scratch()?;
        Ok(report)
    }
}

/// Where the article list of `report.html` comes from.
pub(crate) enum ShownArticles<'a> {
    /// Entries rendered as the articles were written.
    Rendered(&'a mut EntryFile),
    /// The records of this `articles.jsonl` (a missing file has none), read
    /// back: for reports made from saved state (`DumpState`, `StateFold`:
    /// the Python and Spark paths), which have no writer.
    Reread(PathBuf),
}

/// The dump-level files of [`ReportWriter::finish`] from aggregates however
/// they were gathered (by a writer, or merged from a cluster's partitions);
/// `report.html` shows the first articles, from `shown`.
pub(crate) fn write_dump_files(
    dir: &Path,
    options: &ReportOptions,
    aggregates: &DumpAggregates,
    run: &RunSummary,
    shown: ShownArticles<'_>,
) -> Result<DumpReport, ReportError> {
    newsmill_types::trace_memory("before the entity table is resolved");
    let mut entities = ResolvedEntities::of(aggregates);
    newsmill_types::trace_memory("after the entity table is resolved");
    // Written before the analysis (which may still fail on a scratch file):
    // a resumed or rerun finish writes it again with the other end files.
    write_entities_csv(dir, entities.entities())?;
    entities.keep_head();
    // The resolution's scratch and the entities written are free now: give
    // them back before the per-article tables of the analysis are built.
    crate::heap::release_free_memory();
    newsmill_types::trace_memory("after entities.csv, freed memory released");
    let scratch_error = |source| ReportError::Io {
        path: aggregates.scratch_dir().unwrap_or(dir).to_path_buf(),
        source,
    };
    let (report, assignments) =
        analyse_with_entities(aggregates, &entities, run).map_err(scratch_error)?;
    // A read of the digests that failed during the analysis.
    if let Some(source) = aggregates.articles.take_error() {
        return Err(scratch_error(source));
    }
    newsmill_types::trace_memory("after the analysis");
    write_articles_csv(dir, aggregates, &assignments)?;
    drop(entities);
    let summary_path = dir.join(SUMMARY_JSON);
    write_file_atomically(&summary_path, |out| {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(std::io::Error::other)?;
        out.write_all(b"\n")
    })?;
    if options.markdown {
        let text = crate::markdown::render(&report, options);
        write_file_atomically(&dir.join(REPORT_MD), |out| out.write_all(text.as_bytes()))?;
    }
    if options.html {
        let mut page = crate::html::HtmlReport::new(&report, options);
        let limit = options.html_article_limit;
        // What the analysis adds to the entry of the article at `position`:
        // its near-copy cluster, the article it copies and its story.
        let found = |position: usize| {
            let assigned = assignments.get(position);
            let first = assigned
                .duplicate_of
                .and_then(|p| aggregates.articles.get(p as usize));
            let duplicate_of = first.map(|d| d.id().to_string());
            (assigned.cluster, duplicate_of, assigned.story)
        };
        match shown {
            ShownArticles::Rendered(entries) => {
                let path = entries.path().to_path_buf();
                let mut reader = entries.read().map_err(ReportError::io(&path))?;
                let mut position = 0usize;
                while position < limit && page.has_room() {
                    let Some(entry) = reader.next_entry().map_err(ReportError::io(&path))? else {
                        break;
                    };
                    let (cluster, duplicate_of, story) = found(position);
                    page.add_entry(&entry, cluster, duplicate_of.as_deref(), story);
                    position += 1;
                }
            }
            ShownArticles::Reread(articles_jsonl) => {
                let mut position = 0usize;
                for_each_json_line(&articles_jsonl, |article: ArticleRecord| {
                    if position < limit && page.has_room() {
                        let (cluster, duplicate_of, story) = found(position);
                        page.add_article(&article, cluster, duplicate_of.as_deref(), story);
                        position += 1;
                    }
                    // Stop reading once nothing more can be shown.
                    Ok(position < limit && page.has_room())
                })?;
            }
        }
        let total = aggregates.len();
        write_file_atomically(&dir.join(REPORT_HTML), |out| page.write_to(total, out))?;
    }
    Ok(report)
}

fn write_articles_csv(
    dir: &Path,
    aggregates: &DumpAggregates,
    assignments: &ArticleAssignments,
) -> Result<(), ReportError> {
    write_file_atomically(&dir.join(ARTICLES_CSV), |out| {
        out.write_all(csv::line(csv::ARTICLES_HEADER).as_bytes())?;
        let mut c = CsvLine::new();
        for (i, digest) in aggregates.articles.iter().enumerate() {
            let assigned = assignments.get(i);
            let first = assigned
                .duplicate_of
                .and_then(|p| aggregates.articles.get(p as usize));
            let duplicate_of = first.as_ref().map(|d| d.id());
            c.field(digest.id())
                .opt(digest.title())
                .opt(digest.byline())
                .opt(aggregates.outlet(&digest))
                .opt(digest.date())
                .display(digest.words)
                .field(&format!("{:.3}", digest.removed_share))
                .opt(duplicate_of);
            if duplicate_of.is_some() {
                c.field(&format!("{:.3}", assigned.similarity));
            } else {
                c.field("");
            }
            match assigned.cluster {
                Some(n) => c.field(&format!("d{n}")),
                None => c.field(""),
            };
            match assigned.story {
                Some(n) => c.field(&format!("s{n}")),
                None => c.field(""),
            };
            out.write_all(c.finish().as_bytes())?;
        }
        Ok(())
    })
}

fn write_entities_csv(dir: &Path, entities: &[MergedEntity]) -> Result<(), ReportError> {
    write_file_atomically(&dir.join(ENTITIES_CSV), |out| {
        out.write_all(csv::line(csv::ENTITIES_HEADER).as_bytes())?;
        let mut c = CsvLine::new();
        for e in entities {
            let aliases = e
                .aliases
                .iter()
                .map(|(alias, n)| format!("{alias} ({n})"))
                .collect::<Vec<_>>()
                .join(" | ");
            c.field(&e.canonical)
                .field(e.kind.label())
                .field(&aliases)
                .display(e.articles)
                .display(e.mentions)
                .field(&e.outlets.join(" | "));
            out.write_all(c.finish().as_bytes())?;
        }
        Ok(())
    })
}

impl ArticleSink for ReportWriter {
    type Error = ReportError;
    type Summary = DumpReport;
    type Prepared = PreparedArticle;

    fn prepare(article: &ArticleRecord) -> Result<PreparedArticle, ReportError> {
        ReportWriter::prepare(article)
    }

    fn article(
        &mut self,
        article: &ArticleRecord,
        prepared: PreparedArticle,
    ) -> Result<(), ReportError> {
        self.write_prepared(article, prepared)
    }

    fn already_written(&mut self) -> AlreadyWritten {
        std::mem::take(&mut self.resumed)
    }

    fn failure(&mut self, failure: &FailureRecord) -> Result<(), ReportError> {
        self.write_failure(failure)
    }

    fn duplicate(&mut self, id: &str, first: &str) -> Result<(), ReportError> {
        self.write_duplicate(id, first)
    }

    fn flush(&mut self) -> Result<(), ReportError> {
        ReportWriter::flush(self)
    }

    fn finish(self, run: &RunSummary) -> Result<DumpReport, ReportError> {
        ReportWriter::finish(self, run)
    }
}
