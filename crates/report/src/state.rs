//! The dump-level state as a value: built from any part of a dump on any
//! machine, sent as bytes, merged in dump order, and turned into the
//! dump-level files (`articles.csv`, `entities.csv`, `summary.json`,
//! `report.md`, `report.html`) anywhere.
//!
//! It is a log of what the aggregates are fed — each article without its
//! text (the text's [`TextDigest`] stands in for it), each failure's kind,
//! each skipped copy — and [`DumpState::aggregates`] replays it through
//! [`DumpAggregates`]' own `add_*` calls. So the dump-level results equal a
//! single run's by construction whatever the aggregates keep inside, and a
//! merge is a concatenation: associative, ordered ("other comes after").
//! The price is memory: an article's entry (its mentions, quotes, figures)
//! is larger than the aggregates' digest of it.
//!
//! ```
//! use newsmill_report::{ArticleRecord, DumpState};
//! use newsmill_types::Source;
//!
//! let source = Source { path: "dump.jsonl".into(), line: Some(1) };
//! let mut article = ArticleRecord::new("a1", source);
//! article.text = "Negotiations over a new ceasefire remain deadlocked.".into();
//! let mut first = DumpState::new();
//! first.add_article(&article);
//! let mut second = DumpState::new();
//! article.id = "a2".into();
//! second.add_article(&article);
//! second.add_failure("parse");
//!
//! let mut whole = DumpState::from_bytes(&first.to_bytes())?;
//! whole.merge(second);
//! assert_eq!(whole.summary().articles_written, 2);
//! assert_eq!(whole.word_copies(), vec![("a2".to_string(), "a1".to_string())]);
//! # Ok::<(), newsmill_report::StateError>(())
//! ```

use crate::aggregate::{DumpAggregates, TextDigest};
use crate::analysis::DumpReport;
use crate::writer::{write_dump_files, ReportOptions};
use crate::{ArticleRecord, ReportError, RunSummary, Signature};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The value of the `format` field of a state's bytes.
pub const STATE_FORMAT: &str = "newsmill-dump-state";
/// Version of the bytes; bumped on any incompatible change.
pub const STATE_VERSION: u32 = 1;

/// Bytes that are not a dump state this version can read.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("not a newsmill dump state: {0}")]
    Malformed(#[from] serde_json::Error),
    #[error("not a newsmill dump state: format {found:?}, version {version} (this newsmill reads {STATE_FORMAT:?} version {STATE_VERSION})")]
    Version { found: String, version: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Entry {
    Article {
        /// The article with an empty `text`: the digest stands in for it.
        article: Box<ArticleRecord>,
        fingerprint: u64,
        signature: Vec<u32>,
        has_words: bool,
    },
    Failure {
        kind: String,
    },
    SkippedCopy,
}

/// The mergeable dump-level state of a run (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DumpState {
    format: String,
    version: u32,
    /// The run's counts so far (`seconds`, `threads` and `inputs` are the
    /// caller's to fill in before writing the reports).
    run: RunSummary,
    entries: Vec<Entry>,
}

impl DumpState {
    pub fn new() -> Self {
        DumpState {
            format: STATE_FORMAT.to_string(),
            version: STATE_VERSION,
            ..DumpState::default()
        }
    }

    /// One article, after those added before it.
    pub fn add_article(&mut self, article: &ArticleRecord) {
        self.add_article_digested(article, TextDigest::of(&article.text));
    }

    /// [`DumpState::add_article`] with the digest computed beforehand.
    pub fn add_article_digested(&mut self, article: &ArticleRecord, digest: TextDigest) {
        let mut kept = ArticleRecord {
            text: String::new(),
            ..article.clone()
        };
        // The bytes are JSON, which has no NaN: the writer makes the same
        // replacement in articles.jsonl.
        if !kept.removed_share.is_finite() {
            kept.removed_share = 0.0;
        }
        for figure in &mut kept.figures {
            if !figure.value.is_finite() {
                figure.value = 0.0;
            }
        }
        self.run.records_seen += 1;
        self.run.articles_written += 1;
        let language = article.language.as_deref().unwrap_or("und");
        *self.run.languages.entry(language.to_string()).or_default() += 1;
        self.entries.push(Entry::Article {
            article: Box::new(kept),
            fingerprint: digest.fingerprint,
            signature: digest.signature.0.to_vec(),
            has_words: digest.has_words,
        });
    }

    /// One record that produced no article, by its failure kind.
    pub fn add_failure(&mut self, kind: &str) {
        self.run.records_seen += 1;
        self.run.failures += 1;
        self.entries.push(Entry::Failure {
            kind: kind.to_string(),
        });
    }

    /// One record skipped as a byte-identical copy of an earlier one.
    pub fn add_skipped_copy(&mut self) {
        self.run.records_seen += 1;
        self.run.duplicates_skipped += 1;
        self.entries.push(Entry::SkippedCopy);
    }

    /// Input bytes read (decompressed), and whether the record's invalid
    /// bytes were replaced, as `summary.json` counts them.
    pub fn add_input(&mut self, bytes: u64, repaired: bool) {
        self.run.bytes_read += bytes;
        self.run.repaired_records += u64::from(repaired);
    }

    /// Fold `other` (the part of the dump after this one's) into `self`.
    pub fn merge(&mut self, other: DumpState) {
        let run = &mut self.run;
        let more = other.run;
        run.records_seen += more.records_seen;
        run.articles_written += more.articles_written;
        run.failures += more.failures;
        run.duplicates_skipped += more.duplicates_skipped;
        run.resumed_skipped += more.resumed_skipped;
        run.skipped_files += more.skipped_files;
        run.repaired_records += more.repaired_records;
        run.bytes_read += more.bytes_read;
        for (kind, n) in more.skipped_records {
            *run.skipped_records.entry(kind).or_default() += n;
        }
        for (language, n) in more.languages {
            *run.languages.entry(language).or_default() += n;
        }
        run.inputs.extend(more.inputs);
        self.entries.extend(other.entries);
    }

    /// The run's counts so far, as `summary.json` has them.
    pub fn summary(&self) -> RunSummary {
        self.run.clone()
    }

    /// Articles added so far.
    pub fn articles(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e, Entry::Article { .. }))
            .count()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising plain data to memory cannot fail: an empty answer
        // would be refused by `from_bytes`, never misread.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, StateError> {
        let state: DumpState = serde_json::from_slice(bytes)?;
        if state.format != STATE_FORMAT || state.version != STATE_VERSION {
            return Err(StateError::Version {
                found: state.format,
                version: state.version,
            });
        }
        Ok(state)
    }

    /// Replay the log into aggregates; `each` sees every article with the
    /// position of an earlier article with the same words, if any.
    fn replay(&self, mut each: impl FnMut(&ArticleRecord, Option<u32>)) -> DumpAggregates {
        let mut aggregates = DumpAggregates::new();
        for entry in &self.entries {
            match entry {
                Entry::Article {
                    article,
                    fingerprint,
                    signature,
                    has_words,
                } => {
                    let mut words = [0u32; crate::minhash::SIGNATURE_LEN];
                    for (slot, value) in words.iter_mut().zip(signature) {
                        *slot = *value;
                    }
                    let digest = TextDigest {
                        fingerprint: *fingerprint,
                        signature: Signature(words),
                        has_words: *has_words,
                    };
                    let copy_of = aggregates.add_article_digested(article, digest);
                    each(article, copy_of);
                }
                Entry::Failure { kind } => aggregates.add_failure(kind),
                Entry::SkippedCopy => aggregates.add_skipped_copy(),
            }
        }
        aggregates
    }

    /// The aggregates a single run feeding the same records in the same
    /// order would hold.
    pub fn aggregates(&self) -> DumpAggregates {
        self.replay(|_, _| {})
    }

    /// `(id, first id)` of every article with exactly the same words as an
    /// earlier one: the `duplicate_of` the writer puts in `articles.jsonl`.
    pub fn word_copies(&self) -> Vec<(String, String)> {
        let mut ids: Vec<&str> = Vec::new();
        let mut copies = Vec::new();
        // Positions count articles only, as the aggregates' do.
        let ids_by_position = self.entries.iter().filter_map(|e| match e {
            Entry::Article { article, .. } => Some(article.id.as_str()),
            _ => None,
        });
        ids.extend(ids_by_position);
        self.replay(|article, copy_of| {
            if let Some(first) = copy_of.and_then(|p| ids.get(p as usize)) {
                copies.push((article.id.clone(), first.to_string()));
            }
        });
        copies
    }

    /// Write the dump-level files into `dir` (created if needed) with `run`
    /// as the run's summary; `report.html` shows the first articles of
    /// `articles_jsonl` (none when it is missing).
    pub fn write_reports(
        &self,
        dir: &Path,
        options: &ReportOptions,
        run: &RunSummary,
        articles_jsonl: &Path,
    ) -> Result<DumpReport, ReportError> {
        std::fs::create_dir_all(dir).map_err(ReportError::io(dir))?;
        write_dump_files(dir, options, &self.aggregates(), run, articles_jsonl)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ReportWriter, ARTICLES_CSV, ENTITIES_CSV, SUMMARY_JSON};
    use newsmill_types::Source;

    fn article(id: &str, text: &str) -> ArticleRecord {
        let mut article = ArticleRecord::new(
            id,
            Source {
                path: "dump.jsonl".into(),
                line: None,
            },
        );
        article.text = text.into();
        article.words = text.split_whitespace().count();
        article.outlet = Some(format!("Outlet {}", id.len()));
        article.language = Some("en".into());
        article
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsmill-state-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn parts_merged_in_order_write_what_one_writer_writes() {
        let texts = [
            "Rescuers searched the rubble through the night, officials said.",
            "The council voted to close the bridge for repairs next month.",
            "Rescuers searched the rubble through the night, officials said.",
            "Markets fell sharply after the central bank raised rates again.",
        ];
        let articles: Vec<ArticleRecord> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| article(&format!("a{i}"), t))
            .collect();
        let single = temp_dir("single");
        let mut writer = ReportWriter::create(&single, ReportOptions::default()).expect("dir");
        for a in &articles {
            writer.write_article(a).expect("written");
        }
        writer
            .write_failure(&crate::FailureRecord {
                id: "bad".into(),
                source: articles[0].source.clone(),
                reason: "no text".into(),
                kind: "parse".into(),
            })
            .expect("written");
        let mut parts = [DumpState::new(), DumpState::new(), DumpState::new()];
        parts[0].add_article(&articles[0]);
        parts[1].add_article(&articles[1]);
        parts[1].add_article(&articles[2]);
        parts[2].add_article(&articles[3]);
        parts[2].add_failure("parse");
        // (a + b) + c from bytes equals a + (b + c).
        let [a, b, c] = parts;
        let mut left = DumpState::from_bytes(&a.to_bytes()).expect("reads");
        left.merge(DumpState::from_bytes(&b.to_bytes()).expect("reads"));
        left.merge(c.clone());
        let mut right = b;
        right.merge(c);
        let mut right_whole = a;
        right_whole.merge(right);
        assert_eq!(left, right_whole);
        assert_eq!(left.word_copies(), vec![("a2".into(), "a0".into())]);
        assert_eq!(left.articles(), 4);

        let run = left.summary();
        assert_eq!((run.records_seen, run.failures), (5, 1));
        writer.finish(&run).expect("finished");
        let merged = temp_dir("merged");
        left.write_reports(
            &merged,
            &ReportOptions::default(),
            &run,
            &single.join(crate::ARTICLES_JSONL),
        )
        .expect("written");
        for file in [ARTICLES_CSV, ENTITIES_CSV, SUMMARY_JSON] {
            let read = |dir: &Path| std::fs::read_to_string(dir.join(file)).expect("file");
            assert_eq!(read(&single), read(&merged), "{file}");
        }
        let _ = std::fs::remove_dir_all(&single);
        let _ = std::fs::remove_dir_all(&merged);
    }

    #[test]
    fn bytes_of_another_kind_are_refused() {
        assert!(matches!(
            DumpState::from_bytes(b"{not json"),
            Err(StateError::Malformed(_))
        ));
        let mut state = DumpState::new();
        state.version = STATE_VERSION + 1;
        let error = DumpState::from_bytes(&state.to_bytes()).expect_err("newer");
        assert!(error.to_string().contains("version 2"), "{error}");
        assert!(DumpState::from_bytes(b"").is_err());
    }
}
