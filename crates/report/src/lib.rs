//! Writers for newsmill results and the dump-level analysis.
//!
//! The JSONL schema of [`ArticleRecord`] is documented in `docs/schema.md`.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

use newsmill_types::{EntitySummary, Figure, Quote, Source, Syndication, TemporalMention};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the `articles.jsonl` schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.0";

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
}
