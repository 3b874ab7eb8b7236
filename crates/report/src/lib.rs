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
pub mod browser;
pub mod csv;
mod error;
pub mod figures;
mod html;
mod markdown;
pub mod minhash;
mod writer;

pub use aggregate::{DumpAggregates, TextDigest};
pub use analysis::{DumpReport, Totals};
pub use error::ReportError;
pub use writer::{PreparedArticle, ReportOptions, ReportWriter};

use newsmill_types::{
    EntitySummary, Figure, PageMetadata, Quote, Source, Syndication, TemporalMention,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the output schema (`articles.jsonl`, `failures.jsonl`,
/// `summary.json`, the CSVs); bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.1";

/// An entity mention with offsets into the raw input text (`start`/`end`)
/// and into the clean text (`clean_start`/`clean_end`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: newsmill_types::EntityKind,
    pub start: usize,
    pub end: usize,
    pub clean_start: usize,
    pub clean_end: usize,
    pub canonical: String,
}

/// One line of `articles.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub schema_version: String,
    pub id: String,
    pub source: Source,
    pub url: Option<String>,
    pub date: Option<String>,
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
    pub removed: Vec<(usize, usize, String)>,
    /// Input fields that newsmill does not interpret.
    pub meta: BTreeMap<String, serde_json::Value>,
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
            duplicate_of: None,
            entities: Vec::new(),
            entity_summary: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
            dates: Vec::new(),
            removed: Vec::new(),
            meta: BTreeMap::new(),
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

/// Where the driver sends results: one call per article or failure, in dump
/// order, from one thread. [`ReportWriter`] is the built-in implementation;
/// implement this to send results elsewhere (a database, a queue, a test).
///
/// ```
/// use newsmill_report::{ArticleRecord, ArticleSink, FailureRecord, RunSummary};
///
/// #[derive(Default)]
/// struct Count { articles: usize, failures: usize }
///
/// impl ArticleSink for Count {
///     type Error = std::convert::Infallible;
///     type Summary = (usize, usize);
///     fn article(&mut self, _: &ArticleRecord) -> Result<(), Self::Error> {
///         self.articles += 1;
///         Ok(())
///     }
///     fn failure(&mut self, _: &FailureRecord) -> Result<(), Self::Error> {
///         self.failures += 1;
///         Ok(())
///     }
///     fn finish(self, _: &RunSummary) -> Result<(usize, usize), Self::Error> {
///         Ok((self.articles, self.failures))
///     }
/// }
/// ```
pub trait ArticleSink {
    type Error;
    /// What `finish` hands back ([`DumpReport`] for [`ReportWriter`]).
    type Summary;
    fn article(&mut self, article: &ArticleRecord) -> Result<(), Self::Error>;
    fn failure(&mut self, failure: &FailureRecord) -> Result<(), Self::Error>;
    /// A record skipped as an exact copy of the earlier record `first`.
    fn duplicate(&mut self, id: &str, first: &str) -> Result<(), Self::Error> {
        let _ = (id, first);
        Ok(())
    }
    /// End of a batch: make everything written so far durable.
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn finish(self, run: &RunSummary) -> Result<Self::Summary, Self::Error>
    where
        Self: Sized;
}
