//! Writers for newsmill results and the dump-level analysis.
//!
//! A [`ReportWriter`] takes the articles of a dump one at a time, in order,
//! and streams them to `articles.jsonl` and the per-row CSVs
//! (`mentions.csv`, `quotes.csv`, `figures.csv`), failures to
//! `failures.jsonl` and skipped byte-identical copies to `duplicates.jsonl`,
//! keeping only a small [`aggregate::ArticleDigest`] of each (≈ 500 bytes:
//! MinHash signature, id, outlet, title, top entities). [`ReportWriter::finish`] runs the dump-level
//! analysis (near-duplicate and syndication clusters, story clusters, figure
//! disagreements, entity tables) and writes `articles.csv`, `entities.csv`,
//! `summary.json`, `report.md` and a self-contained `report.html`.
//!
//! Every file and field is documented in `docs/schema.md`; a test fails when
//! the output and that document drift apart.
//!
//! ```
//! use newsmill_report::{ArticleRecord, FailureRecord, ReportOptions, ReportWriter, RunSummary};
//! use newsmill_types::Source;
//!
//! let dir = std::env::temp_dir().join(format!("newsmill-report-doc-{}", std::process::id()));
//! let mut writer = ReportWriter::create(&dir, ReportOptions::default())?;
//!
//! let mut article = ArticleRecord::new("a1", Source { path: "dump.jsonl".into(), line: Some(1) });
//! article.title = Some("Ceasefire talks stall".into());
//! article.text = "Negotiations over a new ceasefire remain deadlocked.".into();
//! article.words = 7;
//! writer.write_article(&article)?;
//!
//! // A verbatim copy from another line of the dump.
//! let mut copy = article.clone();
//! copy.id = "a2".into();
//! writer.write_article(&copy)?;
//!
//! writer.write_failure(&FailureRecord {
//!     id: "a3".into(),
//!     source: Source { path: "dump.jsonl".into(), line: Some(3) },
//!     reason: "no body text found".into(),
//!     kind: "empty".into(),
//! })?;
//!
//! let report = writer.finish(&RunSummary::default())?;
//! assert_eq!(report.totals.articles, 2);
//! assert_eq!(report.totals.exact_copies, 1);
//! assert_eq!(report.duplicate_clusters[0].representative.id, "a1");
//! assert!(dir.join("report.html").exists());
//!
//! // The copy was marked in articles.jsonl.
//! let jsonl = std::fs::read_to_string(dir.join("articles.jsonl"))?;
//! let second: ArticleRecord = serde_json::from_str(jsonl.lines().nth(1).unwrap())?;
//! assert_eq!(second.duplicate_of.as_deref(), Some("a1"));
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A program that wants its own output implements [`ArticleSink`], the one
//! trait the driver talks to.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod aggregate;
pub mod analysis;
pub mod csv;
pub mod digests;
mod error;
mod facts;
mod figures;
mod heap;
mod html;
mod html_entries;
mod markdown;
mod minhash;
pub mod shard;
pub mod state;
#[cfg(test)]
mod test_support;
mod writer;

pub use aggregate::{DumpAggregates, TableBounds, TextDigest};
pub use analysis::{DumpReport, Totals};
pub use error::ReportError;
pub use facts::{ArticleFacts, FactCounts, FigureFact, StatementFact};
pub use figures::{Qualifier, MAX_DAYS_APART};
pub use minhash::Signature;
pub use shard::{merge_shards, open_shards, Merger, Shard, ShardManifest, ShardTemplates};
pub use state::{DumpState, StateError, StateFold};
pub use writer::{
    PreparedArticle, ReportOptions, ReportWriter, ARTICLES_CSV, ARTICLES_JSONL, DUPLICATES_JSONL,
    ENTITIES_CSV, FAILURES_JSONL, FIGURES_CSV, MENTIONS_CSV, QUOTES_CSV, REPORT_HTML, REPORT_MD,
    SUMMARY_JSON,
};

use newsmill_types::{
    EntitySummary, Figure, PageMetadata, Quote, RemovalReason, Source, Syndication, TemporalMention,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Version of the output schema (`articles.jsonl`, `failures.jsonl`,
/// `summary.json`, the CSVs); bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "2.1";

/// An entity mention with offsets into the raw input text (`start`/`end`)
/// and, for a mention in the body, into the clean text
/// (`clean_start`/`clean_end`; `None` in the other zones, which are not
/// part of the clean text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: newsmill_types::EntityKind,
    pub start: usize,
    pub end: usize,
    pub clean_start: Option<usize>,
    pub clean_end: Option<usize>,
    pub canonical: String,
    /// The zone of the article the mention is in.
    #[serde(default)]
    pub zone: newsmill_types::Zone,
}

impl MentionRecord {
    /// A mention whose span was mapped to the raw text, and where it was in
    /// the clean text (`None` outside the body).
    pub fn new(mention: newsmill_types::Mention, clean: Option<newsmill_types::Span>) -> Self {
        MentionRecord {
            text: mention.text,
            kind: mention.kind,
            start: mention.span.start,
            end: mention.span.end,
            clean_start: clean.map(|c| c.start),
            clean_end: clean.map(|c| c.end),
            canonical: mention.canonical,
            zone: mention.zone,
        }
    }

    /// Whether the mention names an actor of the story, for the dump-level
    /// tables: not a picture credit (an agency or photographer) and not a
    /// byline author (who would otherwise top the table of every outlet).
    pub fn names_an_actor(&self) -> bool {
        !matches!(
            self.zone,
            newsmill_types::Zone::Credit | newsmill_types::Zone::Byline
        )
    }
}

/// One line of `articles.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub schema_version: String,
    pub id: String,
    pub source: Source,
    pub url: Option<String>,
    pub date: Option<String>,
    /// The publication day inferred from the text when the input gave no
    /// date: from what, and how sure.
    #[serde(default)]
    pub date_inferred: Option<newsmill_types::ArticleDate>,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub byline: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    pub syndication: Option<Syndication>,
    /// Clean body, paragraphs separated by `\n`.
    pub text: String,
    pub words: usize,
    /// Share of the raw text's non-blank bytes removed as boilerplate.
    pub removed_share: f64,
    /// FNV-1a 64 of the raw text, hex.
    pub content_hash: String,
    /// First 128 bits of the raw text's SHA-256, hex: the key that decides
    /// exact copies (see [`newsmill_types::content_key`]).
    #[serde(default)]
    pub content_key: String,
    /// Id of an earlier article of the dump with exactly the same words in
    /// the same order (case and punctuation aside). [`ReportWriter`] fills it
    /// when the driver left it `None`. Near-duplicates (small edits) are only
    /// known at the end: see `articles.csv`.
    #[serde(default)]
    pub duplicate_of: Option<String>,
    pub entities: Vec<MentionRecord>,
    pub entity_summary: Vec<EntitySummary>,
    /// Quotes; `start`/`end` are raw-text offsets.
    pub quotes: Vec<Quote>,
    /// Figures; `start`/`end` are raw-text offsets.
    pub figures: Vec<Figure>,
    /// Dates; `start`/`end` are raw-text offsets.
    pub dates: Vec<TemporalMention>,
    /// Removed lines as `[start, end, reason]` raw-text ranges.
    pub removed: Vec<(usize, usize, RemovalReason)>,
    /// Input fields that newsmill does not interpret.
    pub meta: BTreeMap<String, serde_json::Value>,
    /// ISO 639-1 code of the article's language, `None` when unknown.
    #[serde(default)]
    pub language: Option<String>,
    /// 0–1: how sure the language detection is (0 when unknown).
    #[serde(default)]
    pub language_confidence: f64,
    /// What the page's markup says about the article (HTML input only):
    /// title, authors, dates, site, canonical URL, description, language.
    #[serde(default)]
    pub page: Option<PageMetadata>,
}

impl ArticleRecord {
    /// An empty record with the current schema version: fill in the rest.
    pub fn new(id: impl Into<String>, source: Source) -> Self {
        ArticleRecord {
            schema_version: SCHEMA_VERSION.to_string(),
            id: id.into(),
            source,
            url: None,
            date: None,
            date_inferred: None,
            title: None,
            subtitle: None,
            byline: None,
            outlet: None,
            dateline: None,
            syndication: None,
            text: String::new(),
            words: 0,
            removed_share: 0.0,
            content_hash: String::new(),
            content_key: String::new(),
            duplicate_of: None,
            entities: Vec::new(),
            entity_summary: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
            dates: Vec::new(),
            removed: Vec::new(),
            meta: BTreeMap::new(),
            language: None,
            language_confidence: 0.0,
            page: None,
        }
    }
}

/// One line of `failures.jsonl`: a record that produced no article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureRecord {
    pub id: String,
    pub source: Source,
    /// Human-readable reason ("not valid UTF-8 JSON: expected `,` at 1:40").
    pub reason: String,
    /// Short machine label of the failure class: `read`, `decode`, `parse`,
    /// `empty`, `too_large`, `panic`, ... (the driver's choice; open set).
    pub kind: String,
}

/// What the driver knows about the run; written at the top level of
/// `summary.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// Records read from the inputs (including failed and skipped ones).
    pub records_seen: u64,
    /// Articles written by this run (not counting those kept by a resume).
    pub articles_written: u64,
    /// Failures of this run.
    pub failures: u64,
    /// Exact duplicates (same raw text) the driver skipped.
    pub duplicates_skipped: u64,
    /// Records skipped because a resumed run had already written them.
    pub resumed_skipped: u64,
    /// Folder entries that were not article files and were skipped.
    pub skipped_files: u64,
    /// Input records that are not articles, by kind (WARC requests,
    /// redirects, images..., and `language` for articles `--languages`
    /// left out). Part of `records_seen`.
    #[serde(default)]
    pub skipped_records: BTreeMap<String, u64>,
    /// Articles written by this run, by language (`und` when unknown).
    #[serde(default)]
    pub languages: BTreeMap<String, u64>,
    /// Records in which invalid bytes were replaced.
    pub repaired_records: u64,
    /// Input bytes read (decompressed).
    pub bytes_read: u64,
    /// Wall-clock seconds of the run.
    pub seconds: f64,
    /// Worker threads.
    pub threads: usize,
    /// The input paths as given.
    pub inputs: Vec<String>,
}

/// One line of `duplicates.jsonl`: a record the driver skipped because its
/// raw text is byte-identical to an earlier record's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicateRecord {
    pub id: String,
    /// Id of the first record with the same text.
    pub duplicate_of: String,
}

/// What an interrupted run already wrote, as a sink knows it after a resume:
/// the driver skips these records and keeps treating later copies of the
/// written articles as copies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlreadyWritten {
    /// Ids of records already in the output (articles, failures, duplicates).
    pub ids: HashSet<String>,
    /// Content key of each article already written (see
    /// [`newsmill_types::content_key`]) with the id of the first article
    /// that had it.
    pub content_keys: HashMap<u128, String>,
}

/// Where the driver sends results: one call per article, failure or skipped
/// copy, in dump order, from one thread. [`ReportWriter`] is the built-in
/// implementation; implement this to send results elsewhere (a database, a
/// queue, a test). `newsmill_cli::drive` runs a whole dump into any sink;
/// `crates/cli/examples/own_sink.rs` is a runnable example.
///
/// [`ArticleSink::prepare`] is the costly, pure part of handling an article
/// (serialising it, say): the driver calls it on worker threads, then hands
/// the result to [`ArticleSink::article`] on the writer thread.
///
/// ```
/// use newsmill_report::{ArticleRecord, ArticleSink, FailureRecord, RunSummary};
///
/// /// Counts articles and words.
/// #[derive(Default)]
/// struct WordCount { articles: usize, words: usize, failures: usize }
///
/// impl ArticleSink for WordCount {
///     type Error = std::convert::Infallible;
///     type Summary = (usize, usize, usize);
///     type Prepared = usize;
///     fn prepare(article: &ArticleRecord) -> Result<usize, Self::Error> {
///         Ok(article.text.split_whitespace().count())
///     }
///     fn article(&mut self, _: &ArticleRecord, words: usize) -> Result<(), Self::Error> {
///         self.articles += 1;
///         self.words += words;
///         Ok(())
///     }
///     fn failure(&mut self, _: &FailureRecord) -> Result<(), Self::Error> {
///         self.failures += 1;
///         Ok(())
///     }
///     fn finish(self, _: &RunSummary) -> Result<Self::Summary, Self::Error> {
///         Ok((self.articles, self.words, self.failures))
///     }
/// }
///
/// let mut sink = WordCount::default();
/// let mut article = ArticleRecord::new("a1", newsmill_types::Source { path: "x".into(), line: None });
/// article.text = "Three short words".into();
/// let prepared = WordCount::prepare(&article).unwrap();
/// sink.article(&article, prepared).unwrap();
/// assert_eq!(sink.finish(&RunSummary::default()).unwrap(), (1, 3, 0));
/// ```
pub trait ArticleSink {
    type Error;
    /// What `finish` hands back ([`DumpReport`] for [`ReportWriter`]).
    type Summary;
    /// What `prepare` makes of an article for `article` to consume.
    type Prepared: Send;
    /// Pure work on one article, run on a worker thread.
    fn prepare(article: &ArticleRecord) -> Result<Self::Prepared, Self::Error>;
    /// One article, in dump order, with what `prepare` made of it.
    fn article(
        &mut self,
        article: &ArticleRecord,
        prepared: Self::Prepared,
    ) -> Result<(), Self::Error>;
    fn failure(&mut self, failure: &FailureRecord) -> Result<(), Self::Error>;
    /// A record skipped as an exact copy of the earlier record `first`.
    fn duplicate(&mut self, id: &str, first: &str) -> Result<(), Self::Error> {
        let _ = (id, first);
        Ok(())
    }
    /// What an earlier run already wrote to this sink (after a resume);
    /// asked once, before the first record. Default: nothing.
    fn already_written(&mut self) -> AlreadyWritten {
        AlreadyWritten::default()
    }
    /// End of a batch: make everything written so far durable.
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn finish(self, run: &RunSummary) -> Result<Self::Summary, Self::Error>
    where
        Self: Sized;
}
