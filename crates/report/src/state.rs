//! The dump-level state as a value: built from any part of a dump on any
//! machine, sent as bytes, merged in dump order, and turned into the
//! dump-level files (`articles.csv`, `entities.csv`, `summary.json`,
//! `report.md`, `report.html`) anywhere.
//!
//! It is a log of what the aggregates are fed — each article's
//! [`ArticleFacts`] (what the aggregates read of it; the text's
//! [`TextDigest`] stands in for the text), each failure's kind, each
//! skipped copy — and [`DumpState::aggregates`] replays it through
//! [`DumpAggregates`]' own `add_*` calls. So the dump-level results equal a
//! single run's by construction whatever the aggregates keep inside, and a
//! merge is a concatenation: associative, ordered ("other comes after").
//! The price is memory: an article's entry (its entities, statements and
//! body figures, about 3 KB for a 700-word article) is larger than the
//! aggregates' digest of it. [`StateFold`] folds states into aggregates in
//! dump order instead, for a driver that must not hold them all.
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

use crate::aggregate::{DumpAggregates, TableBounds, TextDigest};
use crate::analysis::DumpReport;
use crate::writer::{write_dump_files, ReportOptions, ShownArticles};
use crate::{ArticleFacts, ArticleRecord, ReportError, RunSummary, Signature};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The value of the `format` field of a state's bytes.
pub const STATE_FORMAT: &str = "newsmill-dump-state";
/// Version of the bytes; bumped on any incompatible change.
pub const STATE_VERSION: u32 = 2;

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
        /// What the aggregates read of the article; the digest stands in
        /// for its text.
        article: Box<ArticleFacts<'static>>,
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
        let mut kept = ArticleFacts::of(article).into_owned();
        // The bytes are JSON, which has no NaN: the writer makes the same
        // replacement in articles.jsonl. (Facts keep no figure that is not
        // a positive number.)
        if !kept.removed_share.is_finite() {
            kept.removed_share = 0.0;
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

    /// One input record that is not an article, by kind (a web archive's
    /// `request`, `redirect`, `non_html`...), as `summary.json`'s
    /// `skipped_records` counts them.
    pub fn add_skipped_record(&mut self, kind: &str) {
        self.run.records_seen += 1;
        *self
            .run
            .skipped_records
            .entry(kind.to_string())
            .or_default() += 1;
    }

    /// Input bytes read (decompressed), and whether the record's invalid
    /// bytes were replaced, as `summary.json` counts them.
    pub fn add_input(&mut self, bytes: u64, repaired: bool) {
        self.run.bytes_read += bytes;
        self.run.repaired_records += u64::from(repaired);
    }

    /// Fold `other` (the part of the dump after this one's) into `self`.
    pub fn merge(&mut self, other: DumpState) {
        add_run(&mut self.run, other.run);
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
    fn replay(&self, each: impl FnMut(&ArticleFacts, Option<u32>)) -> DumpAggregates {
        let mut aggregates = DumpAggregates::new();
        self.replay_into(&mut aggregates, each);
        aggregates
    }

    /// Feed the log to `aggregates`, after what they hold.
    fn replay_into(
        &self,
        aggregates: &mut DumpAggregates,
        mut each: impl FnMut(&ArticleFacts, Option<u32>),
    ) {
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
                    let copy_of = aggregates.add_facts(article, digest);
                    each(article, copy_of);
                }
                Entry::Failure { kind } => aggregates.add_failure(kind),
                Entry::SkippedCopy => aggregates.add_skipped_copy(),
            }
        }
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
            Entry::Article { article, .. } => Some(&*article.id),
            _ => None,
        });
        ids.extend(ids_by_position);
        self.replay(|article, copy_of| {
            if let Some(first) = copy_of.and_then(|p| ids.get(p as usize)) {
                copies.push((article.id.to_string(), first.to_string()));
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
        write_dump_files(
            dir,
            options,
            &self.aggregates(),
            run,
            ShownArticles::Reread(articles_jsonl.to_path_buf()),
        )
    }
}

/// Add `more` (the counts of the part after) to `run`.
fn add_run(run: &mut RunSummary, more: RunSummary) {
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
}

/// States folded in dump order into the aggregates themselves, whose
/// per-article digests wait in scratch files: what a driver holds stays
/// flat however many states it folds, where [`DumpState::merge`] keeps
/// every state's log. The reports equal those of the states merged.
///
/// ```
/// use newsmill_report::{ArticleRecord, DumpState, StateFold, TableBounds};
/// use newsmill_types::Source;
///
/// let mut article = ArticleRecord::new("a1", Source { path: "dump.jsonl".into(), line: Some(1) });
/// article.text = "Negotiations over a new ceasefire remain deadlocked.".into();
/// let mut first = DumpState::new();
/// first.add_article(&article);
/// let mut second = DumpState::new();
/// article.id = "a2".into();
/// second.add_article(&article);
///
/// let mut fold = StateFold::create(&std::env::temp_dir(), TableBounds::default())?;
/// fold.add(&first);
/// fold.add(&second);
/// assert_eq!(fold.summary().articles_written, 2);
/// assert_eq!(fold.word_copies(), &[("a2".to_string(), "a1".to_string())]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct StateFold {
    aggregates: DumpAggregates,
    run: RunSummary,
    word_copies: Vec<(String, String)>,
}

impl StateFold {
    /// An empty fold whose digests go to scratch files in `scratch_dir`
    /// (removed when the fold is dropped).
    pub fn create(scratch_dir: &Path, bounds: TableBounds) -> std::io::Result<StateFold> {
        let mut aggregates = DumpAggregates::with_bounds(bounds);
        aggregates.spill_to(scratch_dir)?;
        Ok(StateFold {
            aggregates,
            run: RunSummary::default(),
            word_copies: Vec::new(),
        })
    }

    /// Fold in `state`, the part of the dump after those folded so far.
    pub fn add(&mut self, state: &DumpState) {
        let StateFold {
            aggregates,
            run,
            word_copies,
        } = self;
        add_run(run, state.run.clone());
        // Positions count articles, each first found by its position in
        // the aggregates' own digests (the earlier one may be in an
        // earlier state).
        let mut copies = Vec::new();
        state.replay_into(aggregates, |article, copy_of| {
            if let Some(first) = copy_of {
                copies.push((article.id.to_string(), first));
            }
        });
        for (id, first) in copies {
            if let Some(digest) = aggregates.articles.get(first as usize) {
                word_copies.push((id, digest.id().to_string()));
            }
        }
    }

    /// The run's counts so far, as `summary.json` has them.
    pub fn summary(&self) -> RunSummary {
        self.run.clone()
    }

    /// As [`DumpState::word_copies`] of the states merged.
    pub fn word_copies(&self) -> &[(String, String)] {
        &self.word_copies
    }

    /// As [`DumpState::write_reports`] of the states merged. A failure of
    /// the scratch files (a full disk) is reported here.
    pub fn write_reports(
        &mut self,
        dir: &Path,
        options: &ReportOptions,
        run: &RunSummary,
        articles_jsonl: &Path,
    ) -> Result<DumpReport, ReportError> {
        if let Some(error) = self.aggregates.take_scratch_error() {
            let scratch = self.aggregates.scratch_dir().map(Path::to_path_buf);
            return Err(ReportError::io(scratch.as_deref().unwrap_or(dir))(error));
        }
        std::fs::create_dir_all(dir).map_err(ReportError::io(dir))?;
        write_dump_files(
            dir,
            options,
            &self.aggregates,
            run,
            ShownArticles::Reread(articles_jsonl.to_path_buf()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        EntitySummary, MentionRecord, RemovalReason, ReportWriter, ARTICLES_CSV, ENTITIES_CSV,
        SUMMARY_JSON,
    };

    fn article(id: &str, text: &str) -> ArticleRecord {
        let mut article = crate::test_support::article(id, text);
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
        // Rich articles (entities in the body and the byline, long quotes
        // and titles, figures in the body and a caption, removed lines):
        // the writer reads the records, the states their facts.
        let articles: Vec<ArticleRecord> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let speaker = ["Sami Haddad", "Mona Aziz"][i % 2];
                rich_article(&format!("a{i}"), t, ["Wire", "Daily"][i % 2], speaker)
            })
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
        parts[2].add_skipped_record("request");
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
        assert_eq!((run.records_seen, run.failures), (6, 1));
        assert_eq!(run.skipped_records.get("request"), Some(&1));
        writer.finish(&run).expect("finished");
        let merged = temp_dir("merged");
        left.write_reports(
            &merged,
            &ReportOptions::default(),
            &run,
            &single.join(crate::ARTICLES_JSONL),
        )
        .expect("written");
        // report.html too: the writer renders its article list as it
        // writes, the states' report reads the articles back.
        for file in [
            ARTICLES_CSV,
            ENTITIES_CSV,
            SUMMARY_JSON,
            "report.md",
            "report.html",
        ] {
            let read = |dir: &Path| std::fs::read_to_string(dir.join(file)).expect("file");
            assert_eq!(read(&single), read(&merged), "{file}");
        }
        let _ = std::fs::remove_dir_all(&single);
        let _ = std::fs::remove_dir_all(&merged);
    }

    #[test]
    fn two_folds_of_one_process_keep_their_own_scratch_files() {
        // The same words in both: a shared table of fingerprints would make
        // the second fold's article a copy of the first fold's.
        let articles: Vec<ArticleRecord> = ["t0", "t1"]
            .iter()
            .map(|id| rich_article(id, "Talks resumed in Cairo.", "Wire", "Sami Haddad"))
            .collect();
        let scratch = temp_dir("two-folds");
        std::fs::create_dir_all(&scratch).expect("dir");
        let mut states = [DumpState::new(), DumpState::new()];
        for (state, a) in states.iter_mut().zip(&articles) {
            state.add_article(a);
        }
        let mut folds = [
            StateFold::create(&scratch, TableBounds::default()).expect("scratch"),
            StateFold::create(&scratch, TableBounds::default()).expect("scratch"),
        ];
        for (fold, state) in folds.iter_mut().zip(&states) {
            fold.add(state);
        }
        let none = scratch.join("no-articles.jsonl");
        let options = ReportOptions::default();
        for (k, (fold, state)) in folds.iter_mut().zip(&states).enumerate() {
            let (by_fold, by_state) = (
                temp_dir(&format!("fold-{k}")),
                temp_dir(&format!("state-{k}")),
            );
            let run = state.summary();
            fold.write_reports(&by_fold, &options, &run, &none)
                .expect("written");
            state
                .write_reports(&by_state, &options, &run, &none)
                .expect("written");
            for file in [ARTICLES_CSV, SUMMARY_JSON] {
                let read = |dir: &Path| std::fs::read_to_string(dir.join(file)).expect("file");
                assert_eq!(read(&by_fold), read(&by_state), "fold {k}: {file}");
            }
            let _ = std::fs::remove_dir_all(by_fold);
            let _ = std::fs::remove_dir_all(by_state);
        }
        drop(folds);
        let _ = std::fs::remove_dir_all(scratch);
    }

    /// An article with all that the aggregates read: entities in the body
    /// and in the byline, a statement longer than a sample, a fragment,
    /// figures in the body and a caption, removed lines, a title and date.
    fn rich_article(id: &str, text: &str, outlet: &str, speaker: &str) -> ArticleRecord {
        use newsmill_types::{Counted, EntityKind, Figure, Quote, Span, Zone};
        let mut a = article(id, text);
        a.outlet = Some(outlet.into());
        a.title = Some(format!("  {}  ", "Ceasefire talks stall ".repeat(12)));
        a.byline = Some("By Ann Lee".into());
        a.date = Some("2025-03-20".into());
        a.removed_share = 0.25;
        let mention = |name: &str, kind, zone| MentionRecord {
            text: name.into(),
            kind,
            start: 0,
            end: name.len(),
            clean_start: None,
            clean_end: None,
            canonical: name.into(),
            zone,
        };
        a.entities = vec![
            mention(speaker, EntityKind::Person, Zone::Body),
            mention(speaker, EntityKind::Person, Zone::Body),
            mention("Ann Lee", EntityKind::Person, Zone::Byline),
            mention("Gaza", EntityKind::Place, Zone::Body),
        ];
        let summary = |name: &str, kind, mentions| EntitySummary {
            canonical: name.into(),
            kind,
            mentions,
            aliases: Vec::new(),
            roles: Vec::new(),
        };
        a.entity_summary = vec![
            summary(speaker, EntityKind::Person, 2),
            summary("Ann Lee", EntityKind::Person, 1),
            summary("Gaza", EntityKind::Place, 1),
        ];
        let quote = |words: String, fragment| Quote {
            text: words,
            speaker: Some(speaker.into()),
            speaker_canonical: None,
            span: Span::new(0, 1),
            fragment,
            zone: Zone::Body,
        };
        a.quotes = vec![
            quote("permanent".into(), true),
            quote("We will keep talking until it holds. ".repeat(12), false),
        ];
        let figure = |value: f64, zone| Figure {
            text: format!("at least {value} people"),
            value,
            qualifier: Some("at least".into()),
            bound: Some(newsmill_types::Bound::AtLeast),
            counted: Counted::Killed,
            source: Some("the health ministry".into()),
            time_scope: Some("overnight".into()),
            place: None,
            span: Span::new(0, 1),
            zone,
        };
        a.figures = vec![figure(71.0, Zone::Caption), figure(83.0, Zone::Body)];
        a.removed = vec![
            (0, 5, RemovalReason::Caption),
            (6, 9, RemovalReason::KnownPattern),
            (10, 12, RemovalReason::Caption),
        ];
        a
    }

    #[test]
    fn a_fold_of_states_writes_what_their_merge_writes() {
        let articles = [
            rich_article(
                "r0",
                "Talks resumed in Cairo on Monday.",
                "Wire",
                "Sami Haddad",
            ),
            rich_article(
                "r1",
                "Shelling went on overnight in the south.",
                "Daily",
                "Mona Aziz",
            ),
            rich_article(
                "r2",
                "Talks resumed in Cairo on Monday.",
                "Daily",
                "Sami Haddad",
            ),
            rich_article("r3", "Aid lorries crossed at dawn.", "Wire", "Mona Aziz"),
        ];
        let mut parts = [DumpState::new(), DumpState::new()];
        parts[0].add_article(&articles[0]);
        parts[0].add_article(&articles[1]);
        parts[1].add_failure("parse");
        parts[1].add_article(&articles[2]);
        parts[1].add_skipped_copy();
        parts[1].add_article(&articles[3]);

        let scratch = temp_dir("fold-scratch");
        std::fs::create_dir_all(&scratch).expect("dir");
        let mut fold = StateFold::create(&scratch, TableBounds::default()).expect("scratch");
        for part in &parts {
            fold.add(&DumpState::from_bytes(&part.to_bytes()).expect("reads"));
        }
        let [first, second] = parts;
        let mut merged = first;
        merged.merge(second);
        assert_eq!(fold.summary(), merged.summary());
        assert_eq!(fold.word_copies(), merged.word_copies().as_slice());
        assert_eq!(fold.word_copies(), &[("r2".to_string(), "r0".to_string())]);

        let run = merged.summary();
        let (by_merge, by_fold) = (temp_dir("by-merge"), temp_dir("by-fold"));
        let none = by_merge.join("no-articles.jsonl");
        let options = ReportOptions::default();
        let report = merged
            .write_reports(&by_merge, &options, &run, &none)
            .expect("written");
        fold.write_reports(&by_fold, &options, &run, &none)
            .expect("written");
        assert_eq!(report.totals.quotes, 8, "fragments counted as quotes");
        for file in [ARTICLES_CSV, ENTITIES_CSV, SUMMARY_JSON, "report.md"] {
            let read = |dir: &Path| std::fs::read_to_string(dir.join(file)).expect("file");
            assert_eq!(read(&by_merge), read(&by_fold), "{file}");
        }
        drop(fold);
        for dir in [by_merge, by_fold, scratch] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    #[test]
    fn a_state_keeps_the_facts_not_the_record() {
        let mut a = rich_article(
            "r0",
            "Talks resumed in Cairo on Monday.",
            "Wire",
            "Sami Haddad",
        );
        // What the aggregates never read: offsets, dates, page metadata.
        for i in 0..200 {
            a.removed.push((i, i + 1, RemovalReason::KnownPattern));
        }
        let record = serde_json::to_vec(&ArticleRecord {
            text: String::new(),
            ..a.clone()
        })
        .expect("json");
        let mut state = DumpState::new();
        state.add_article(&a);
        let bytes = state.to_bytes();
        assert!(
            bytes.len() * 3 < record.len(),
            "state {} bytes, record {} bytes",
            bytes.len(),
            record.len()
        );
        // A sample keeps 300 characters of a quote, and so does the state.
        let text = String::from_utf8(bytes).expect("utf-8");
        assert!(text.contains("until it holds."));
        assert!(!text.contains(&"We will keep talking until it holds. ".repeat(9)));
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
        let newer = format!("version {}", STATE_VERSION + 1);
        assert!(error.to_string().contains(&newer), "{error}");
        assert!(DumpState::from_bytes(b"").is_err());
    }
}
