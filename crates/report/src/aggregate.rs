//! Dump-level aggregates: what the report keeps of every article, mergeable
//! across shards.
//!
//! Per article only an [`ArticleDigest`] is kept (≈ 450 bytes): id, title,
//! byline, outlet, date, word count, its MinHash [`Signature`] (256 bytes)
//! and its [`TOP_ENTITIES`] most-mentioned entities (as interned ids). Everything
//! else is folded into bounded summaries: the entity table
//! ([`EntityIndex`]), quote counts per speaker with the earliest
//! [`QUOTE_SAMPLES`] quotes, and figures grouped by what they count, with one
//! entry per distinct reported value.
//!
//! `merge` is associative: article positions are global (the articles of the
//! right-hand side come after those of the left), samples are "the K
//! earliest by position" (the K smallest of a union is associative), counts
//! are sums, interned names keep the order of first appearance.

pub use crate::digests::{ArticleDigest, Digests};
pub use crate::facts::FIGURE_DATE_CONFIDENCE;
use crate::facts::{truncate_chars, ArticleFacts, FIGURE_TEXT_CHARS, QUOTE_CHARS, TITLE_CHARS};
use crate::figures::{normalise_place, normalise_scope, Qualifier};
use crate::minhash::{word_hashes, words_fingerprint, Signature};
use crate::ArticleRecord;
use newsmill_entities::EntityIndex;
use newsmill_types::EntitySummary;
use newsmill_types::KeyMap;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Entities kept per article (most mentioned first).
pub const TOP_ENTITIES: usize = 8;
/// Sample quotes kept per speaker.
pub const QUOTE_SAMPLES: usize = 3;
/// Sources and outlets kept per reported figure value.
pub const FIGURE_SOURCES: usize = 6;
/// Distinct reported figure values kept over all groups by default; past
/// it, those reported least often are dropped (see
/// [`DumpAggregates::figures`]).
pub const MAX_FIGURE_VALUES: usize = 100_000;
/// Speakers kept with their quote counts by default; past it, those with
/// the fewest quotes are dropped (see [`DumpAggregates::speakers`]).
pub const MAX_SPEAKERS_KEPT: usize = 50_000;
/// The memory budget, in MB, that the default bounds are sized for.
pub const DEFAULT_MEMORY_MB: usize = 256;

/// How many entries the tables that grow with a dump's vocabulary keep
/// before they drop their long tail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableBounds {
    pub entity_spellings: usize,
    pub speakers: usize,
    pub figure_values: usize,
}

impl Default for TableBounds {
    fn default() -> Self {
        TableBounds {
            entity_spellings: newsmill_entities::DEFAULT_MAX_SPELLINGS,
            speakers: MAX_SPEAKERS_KEPT,
            figure_values: MAX_FIGURE_VALUES,
        }
    }
}

impl TableBounds {
    /// Bounds scaled to a memory budget of `mb` MB, the defaults at
    /// [`DEFAULT_MEMORY_MB`] (the tables take about a third of the budget;
    /// the rest is the tagger, the batches in flight and the analysis).
    pub fn for_memory_mb(mb: usize) -> Self {
        let scale =
            |n: usize| (n as u128 * mb as u128 / DEFAULT_MEMORY_MB as u128).max(1000) as usize;
        let default = TableBounds::default();
        TableBounds {
            entity_spellings: scale(default.entity_spellings),
            speakers: scale(default.speakers),
            figure_values: scale(default.figure_values),
        }
    }
}
/// Interned strings (outlets), ids in order of first use.
#[derive(Debug, Clone, Default)]
pub struct Interner {
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, u32>,
}

impl PartialEq for Interner {
    fn eq(&self, other: &Self) -> bool {
        self.names == other.names
    }
}

impl Interner {
    pub fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.index.get(name) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        self.names.push(name.into());
        self.index.insert(name.into(), id);
        id
    }

    pub fn get(&self, id: u32) -> &str {
        self.names.get(id as usize).map_or("", |name| name)
    }

    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

/// Quotes of one speaker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpeakerQuotes {
    pub quotes: u64,
    /// (article position, quote index, text), earliest first.
    pub samples: Vec<(u32, u32, Box<str>)>,
}

/// Where in the dump a figure was reported: (article position, index).
pub type FigurePosition = (u32, u32);

/// Figures that count the same thing over the same time and place.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureKey {
    pub counted: Box<str>,
    /// Normalised time scope ("" when none was given).
    pub scope: Box<str>,
    /// Normalised place ("" when none, or the whole area of coverage).
    pub place: Box<str>,
}

/// One distinct reported value inside a [`FigureKey`] group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureValueKey {
    /// `f64::to_bits` of the (positive, finite) value.
    pub value_bits: u64,
    pub qualifier: Qualifier,
    /// Day number of the article's date, when it has one.
    pub day: Option<i64>,
}

impl FigureValueKey {
    pub fn value(&self) -> f64 {
        f64::from_bits(self.value_bits)
    }
}

/// The first report of a figure value, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureSample {
    pub position: FigurePosition,
    pub text: Box<str>,
    pub source: Option<Box<str>>,
    pub time_scope: Option<Box<str>>,
    pub place: Option<Box<str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureValue {
    /// Reports of this value.
    pub count: u64,
    pub first: FigureSample,
    /// Distinct sources, alphabetical, at most [`FIGURE_SOURCES`].
    pub sources: Vec<Box<str>>,
    /// Distinct outlets, alphabetical, at most [`FIGURE_SOURCES`].
    pub outlets: Vec<Box<str>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FigureGroup {
    pub reports: u64,
    pub values: BTreeMap<FigureValueKey, FigureValue>,
}

/// Sums over all articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub articles: u64,
    pub failures: u64,
    pub words: u64,
    pub mentions: u64,
    pub quotes: u64,
    pub figures: u64,
    pub dates: u64,
    pub removed_lines: u64,
    /// Articles whose words repeat an earlier article's exactly.
    pub exact_copies: u64,
    /// Records the driver skipped as byte-identical copies.
    pub skipped_copies: u64,
    /// Speakers dropped to bound memory (those with the fewest quotes).
    pub speakers_dropped: u64,
    /// Distinct figure values dropped to bound memory (the least reported).
    pub figure_values_dropped: u64,
    /// Distinct figure values held now.
    pub figure_values: u64,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.articles += other.articles;
        self.failures += other.failures;
        self.words += other.words;
        self.mentions += other.mentions;
        self.quotes += other.quotes;
        self.figures += other.figures;
        self.dates += other.dates;
        self.removed_lines += other.removed_lines;
        self.exact_copies += other.exact_copies;
        self.skipped_copies += other.skipped_copies;
        self.speakers_dropped += other.speakers_dropped;
        self.figure_values_dropped += other.figure_values_dropped;
        self.figure_values += other.figure_values;
    }
}

/// What the aggregates need from an article's words: pure, so it can be
/// computed on a worker thread while the writer stays single-threaded.
#[derive(Debug, Clone, PartialEq)]
pub struct TextDigest {
    /// Hash of the word sequence (exact copies).
    pub fingerprint: u64,
    /// MinHash signature (near copies).
    pub signature: Signature,
    pub has_words: bool,
}

impl TextDigest {
    pub fn of(text: &str) -> Self {
        let words = word_hashes(text);
        TextDigest {
            fingerprint: words_fingerprint(&words),
            signature: Signature::of_words(&words),
            has_words: !words.is_empty(),
        }
    }
}

/// The dump-level state of a report: fed one article at a time, mergeable.
#[derive(Debug, Default)]
pub struct DumpAggregates {
    pub names: Interner,
    pub articles: Digests,
    pub entities: EntityIndex,
    /// Quotes by speaker. Bounded: past `bounds.speakers` speakers, the
    /// speakers with the fewest quotes are dropped until a quarter of the
    /// room is free (counted in `counts.speakers_dropped`), as the entity
    /// table drops its long tail.
    pub speakers: BTreeMap<Box<str>, SpeakerQuotes>,
    /// Figures by what they count. Bounded: past `bounds.figure_values`
    /// distinct values, those reported least often are dropped until a
    /// quarter of the room is free (counted in
    /// `counts.figure_values_dropped`; the groups' `reports` still count
    /// every report).
    pub figures: BTreeMap<FigureKey, FigureGroup>,
    pub counts: Counts,
    pub removed_by_reason: BTreeMap<String, u64>,
    pub failures_by_kind: BTreeMap<String, u64>,
    /// Fingerprint of the word sequence → position of its first article
    /// (on disk after [`DumpAggregates::spill_to`]).
    pub fingerprints: KeyMap,
    scratch_error: Option<std::io::Error>,
    scratch_dir: Option<std::path::PathBuf>,
    bounds: TableBounds,
}

impl Clone for DumpAggregates {
    /// A copy in memory (without a pending scratch-file error).
    fn clone(&self) -> Self {
        DumpAggregates {
            names: self.names.clone(),
            articles: self.articles.clone(),
            entities: self.entities.clone(),
            speakers: self.speakers.clone(),
            figures: self.figures.clone(),
            counts: self.counts,
            removed_by_reason: self.removed_by_reason.clone(),
            failures_by_kind: self.failures_by_kind.clone(),
            fingerprints: self.fingerprints.clone(),
            scratch_error: None,
            scratch_dir: None,
            bounds: self.bounds,
        }
    }
}

impl PartialEq for DumpAggregates {
    fn eq(&self, other: &Self) -> bool {
        self.names == other.names
            && self.articles == other.articles
            && self.entities.resolve() == other.entities.resolve()
            && self.speakers == other.speakers
            && self.figures == other.figures
            && self.counts == other.counts
            && self.removed_by_reason == other.removed_by_reason
            && self.failures_by_kind == other.failures_by_kind
            && self.fingerprints == other.fingerprints
    }
}

fn top_entities(entities: &[EntitySummary]) -> Vec<&EntitySummary> {
    let mut sorted: Vec<&EntitySummary> = entities.iter().collect();
    sorted.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    sorted.dedup_by(|a, b| a.canonical == b.canonical);
    sorted.truncate(TOP_ENTITIES);
    sorted
}

fn insert_bounded(list: &mut Vec<Box<str>>, item: &str) {
    if let Err(at) = list.binary_search_by(|x| (**x).cmp(item)) {
        if at < FIGURE_SOURCES {
            list.insert(at, item.into());
            list.truncate(FIGURE_SOURCES);
        }
    }
}

fn merge_bounded(list: &mut Vec<Box<str>>, other: Vec<Box<str>>) {
    list.extend(other);
    list.sort();
    list.dedup();
    list.truncate(FIGURE_SOURCES);
}

pub use newsmill_types::calendar::day_number;

/// The id of an entity's canonical name in [`ArticleDigest::top_entities`]:
/// 64 bits of FNV-1a over the trimmed name.
pub fn name_id(name: &str) -> u64 {
    let mut hasher = newsmill_types::Fnv1a::default();
    std::hash::Hasher::write(&mut hasher, name.trim().as_bytes());
    std::hash::Hasher::finish(&hasher)
}

impl DumpAggregates {
    pub fn new() -> Self {
        Self::default()
    }

    /// Aggregates whose vocabulary tables keep at most `bounds` entries.
    pub fn with_bounds(bounds: TableBounds) -> Self {
        DumpAggregates {
            entities: EntityIndex::with_max_spellings(bounds.entity_spellings),
            bounds,
            ..Self::default()
        }
    }

    /// Number of articles added so far.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Add one article. Returns the position of an earlier article with
    /// exactly the same words, if any.
    pub fn add_article(&mut self, article: &ArticleRecord) -> Option<u32> {
        self.add_article_digested(article, TextDigest::of(&article.text))
    }

    /// [`DumpAggregates::add_article`] with the text's digest computed
    /// beforehand (e.g. on a worker thread).
    pub fn add_article_digested(
        &mut self,
        article: &ArticleRecord,
        digest: TextDigest,
    ) -> Option<u32> {
        self.add_facts(&ArticleFacts::of(article), digest)
    }

    /// Add one article given by what the aggregates read of it (see
    /// [`ArticleFacts`]) and its text's digest.
    pub fn add_facts(&mut self, article: &ArticleFacts<'_>, digest: TextDigest) -> Option<u32> {
        let position = u32::try_from(self.articles.len()).unwrap_or(u32::MAX);
        let TextDigest {
            fingerprint,
            signature,
            has_words,
        } = digest;
        let exact_of = if !has_words {
            None
        } else {
            match self
                .fingerprints
                .first_value(u128::from(fingerprint), u64::from(position))
            {
                Ok(first) => first.map(|p| p as u32),
                Err(error) => {
                    self.scratch_error.get_or_insert(error);
                    None
                }
            }
        };

        let outlet = article.outlet.as_deref();
        let outlet_id = outlet.map(|o| self.names.intern(o));
        let mut top = [0u64; TOP_ENTITIES];
        let mut top_len = 0u8;
        for (slot, entity) in top.iter_mut().zip(top_entities(&article.actors)) {
            *slot = name_id(&entity.canonical);
            top_len += 1;
        }
        let title = article
            .title
            .as_deref()
            .map(|t| truncate_chars(t, TITLE_CHARS));
        let byline = article
            .byline
            .as_deref()
            .map(|t| truncate_chars(t, TITLE_CHARS));
        self.articles.push(ArticleDigest::new(
            [
                Some(&*article.id),
                title.as_deref(),
                byline.as_deref(),
                article.date.as_deref(),
            ],
            outlet_id,
            u32::try_from(article.words).unwrap_or(u32::MAX),
            article.removed_share as f32,
            signature,
            &top[..usize::from(top_len)],
        ));
        self.entities.add_article(outlet, &article.actors);

        let counts = &mut self.counts;
        counts.articles += 1;
        counts.words += article.words as u64;
        counts.mentions += article.counts.mentions;
        counts.quotes += article.counts.quotes;
        counts.figures += article.counts.figures;
        counts.dates += article.counts.dates;
        counts.removed_lines += article.counts.removed_lines;
        if exact_of.is_some() {
            counts.exact_copies += 1;
        }
        for (reason, n) in &article.removed_reasons {
            *self
                .removed_by_reason
                .entry(reason.as_str().to_string())
                .or_default() += u64::from(*n);
        }

        for statement in &article.statements {
            let entry = self
                .speakers
                .entry((*statement.speaker).into())
                .or_default();
            entry.quotes += 1;
            if entry.samples.len() < QUOTE_SAMPLES {
                entry.samples.push((
                    position,
                    statement.index,
                    truncate_chars(&statement.text, QUOTE_CHARS),
                ));
            }
        }

        self.bound_speakers();

        for figure in &article.figures {
            let key = FigureKey {
                counted: figure.counted.as_str().into(),
                scope: normalise_scope(figure.time_scope.as_deref()).into(),
                place: normalise_place(figure.place.as_deref()).into(),
            };
            let value_key = FigureValueKey {
                value_bits: figure.value.to_bits(),
                qualifier: Qualifier::from(figure.bound),
                day: article.figure_day,
            };
            let group = self.figures.entry(key).or_default();
            group.reports += 1;
            let value = group.values.entry(value_key).or_insert_with(|| {
                self.counts.figure_values += 1;
                FigureValue {
                    count: 0,
                    first: FigureSample {
                        position: (position, figure.index),
                        text: truncate_chars(&figure.text, FIGURE_TEXT_CHARS),
                        source: figure.source.as_deref().map(Into::into),
                        time_scope: figure.time_scope.as_deref().map(Into::into),
                        place: figure.place.as_deref().map(Into::into),
                    },
                    sources: Vec::new(),
                    outlets: Vec::new(),
                }
            });
            value.count += 1;
            if let Some(source) = figure.source.as_deref() {
                insert_bounded(&mut value.sources, source);
            }
            if let Some(outlet) = outlet {
                insert_bounded(&mut value.outlets, outlet);
            }
        }
        self.bound_figures();
        exact_of
    }

    fn bound_figures(&mut self) {
        let max = self.bounds.figure_values;
        if self.counts.figure_values as usize <= max {
            return;
        }
        let target = (max - max / 4) as u64;
        let mut floor = 1;
        while self.counts.figure_values > target {
            let mut dropped = 0u64;
            self.figures.retain(|_, group| {
                group.values.retain(|_, value| {
                    let keep = value.count > floor;
                    dropped += u64::from(!keep);
                    keep
                });
                // A group keeps its reports count while it has a value.
                !group.values.is_empty()
            });
            self.counts.figure_values -= dropped;
            self.counts.figure_values_dropped += dropped;
            floor += 1;
        }
    }

    fn bound_speakers(&mut self) {
        let max = self.bounds.speakers;
        if self.speakers.len() <= max {
            return;
        }
        let target = max - max / 4;
        let mut floor = 1;
        while self.speakers.len() > target {
            let before = self.speakers.len();
            self.speakers.retain(|_, speaker| speaker.quotes > floor);
            self.counts.speakers_dropped += (before - self.speakers.len()) as u64;
            floor += 1;
        }
    }

    /// Count one failed record.
    pub fn add_failure(&mut self, kind: &str) {
        self.counts.failures += 1;
        *self.failures_by_kind.entry(kind.to_string()).or_default() += 1;
    }

    /// Count one record skipped as a byte-identical copy.
    pub fn add_skipped_copy(&mut self) {
        self.counts.skipped_copies += 1;
    }

    /// Fold `other` (the articles that come after this one's) into `self`.
    pub fn merge(&mut self, other: DumpAggregates) {
        let base = u32::try_from(self.articles.len()).unwrap_or(u32::MAX);
        let remap: Vec<u32> = other
            .names
            .names
            .iter()
            .map(|name| self.names.intern(name))
            .collect();
        let map = |id: u32| remap.get(id as usize).copied().unwrap_or(id);
        for mut digest in &other.articles {
            digest.outlet = digest.outlet.map(map);
            self.articles.push(digest);
        }
        self.entities.merge(other.entities);
        for (speaker, theirs) in other.speakers {
            let mine = self.speakers.entry(speaker).or_default();
            mine.quotes += theirs.quotes;
            mine.samples.extend(
                theirs
                    .samples
                    .into_iter()
                    .map(|(pos, index, text)| (pos + base, index, text)),
            );
            mine.samples.sort_by_key(|s| (s.0, s.1));
            mine.samples.truncate(QUOTE_SAMPLES);
        }
        for (key, theirs) in other.figures {
            let mine = self.figures.entry(key).or_default();
            mine.reports += theirs.reports;
            for (value_key, mut value) in theirs.values {
                value.first.position.0 += base;
                match mine.values.get_mut(&value_key) {
                    None => {
                        mine.values.insert(value_key, value);
                    }
                    Some(existing) => {
                        existing.count += value.count;
                        if value.first.position < existing.first.position {
                            existing.first = value.first;
                        }
                        merge_bounded(&mut existing.sources, value.sources);
                        merge_bounded(&mut existing.outlets, value.outlets);
                    }
                }
            }
        }
        self.counts.add(&other.counts);
        // Values of one key in both sides are one value now.
        self.counts.figure_values = self.figures.values().map(|g| g.values.len() as u64).sum();
        self.bound_speakers();
        self.bound_figures();
        for (reason, n) in other.removed_by_reason {
            *self.removed_by_reason.entry(reason).or_default() += n;
        }
        for (kind, n) in other.failures_by_kind {
            *self.failures_by_kind.entry(kind).or_default() += n;
        }
        let mut theirs = Vec::with_capacity(other.fingerprints.len());
        if let Err(error) = other.fingerprints.for_each(|k, v| theirs.push((k, v))) {
            self.scratch_error.get_or_insert(error);
        }
        // In their positions' order: the same table whatever the order of
        // the scan.
        theirs.sort_unstable_by_key(|&(_, pos)| pos);
        for (fingerprint, pos) in theirs {
            match self
                .fingerprints
                .first_value(fingerprint, pos + u64::from(base))
            {
                Ok(Some(_)) => self.counts.exact_copies += 1,
                Ok(None) => {}
                Err(error) => {
                    self.scratch_error.get_or_insert(error);
                }
            }
        }
        if let Some(error) = other.scratch_error {
            self.scratch_error.get_or_insert(error);
        }
    }

    /// Keep the per-article state (digests and the table of word
    /// fingerprints) in scratch files in `dir` from now on, so that memory
    /// does not grow with the number of articles. The files go with the
    /// aggregates.
    pub fn spill_to(&mut self, dir: &Path) -> std::io::Result<()> {
        self.articles.spill_to(dir)?;
        let mut fingerprints = KeyMap::on_disk(dir, "fingerprints")?;
        let mut entries = Vec::new();
        self.fingerprints.for_each(|k, v| entries.push((k, v)))?;
        for (k, v) in entries {
            fingerprints.first_value(k, v)?;
        }
        self.fingerprints = fingerprints;
        self.scratch_dir = Some(dir.to_path_buf());
        Ok(())
    }

    /// Where the scratch files are, after [`DumpAggregates::spill_to`].
    pub fn scratch_dir(&self) -> Option<&Path> {
        self.scratch_dir.as_deref()
    }

    /// The first failure of the scratch files (a full disk, say), if any:
    /// the aggregates cannot be trusted after one.
    pub fn take_scratch_error(&mut self) -> Option<std::io::Error> {
        self.scratch_error
            .take()
            .or_else(|| self.articles.take_error())
    }

    /// The outlet name of an article.
    pub fn outlet(&self, digest: &ArticleDigest) -> Option<&str> {
        digest.outlet.map(|id| self.names.get(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-03-20T10:00:00Z"), Some(20167));
        assert_eq!(
            day_number("2024-03-01")
                .zip(day_number("2024-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(day_number("March 20"), None);
        assert_eq!(day_number("2025-13-01"), None);
    }

    #[test]
    fn the_figure_table_is_bounded_and_keeps_the_most_reported_values() {
        let figure = |value: f64| newsmill_types::Figure {
            text: format!("{value} people"),
            value,
            qualifier: None,
            bound: None,
            counted: newsmill_types::Counted::Killed,
            source: None,
            time_scope: None,
            place: None,
            span: newsmill_types::Span::new(0, 1),
            zone: newsmill_types::Zone::Body,
        };
        let mut aggregates = DumpAggregates::new();
        let per_article = 500;
        let articles = MAX_FIGURE_VALUES / per_article + 20;
        for a in 0..articles {
            let mut article = ArticleRecord::new(
                format!("a{a}"),
                newsmill_types::Source {
                    path: "dump".into(),
                    line: None,
                },
            );
            // 42 in every article; every other value once in the dump.
            article.figures.push(figure(42.0));
            for k in 0..per_article {
                article
                    .figures
                    .push(figure(1000.0 + (a * per_article + k) as f64));
            }
            aggregates.add_article(&article);
            assert!(aggregates.counts.figure_values as usize <= MAX_FIGURE_VALUES);
        }
        let values: usize = aggregates.figures.values().map(|g| g.values.len()).sum();
        assert_eq!(values as u64, aggregates.counts.figure_values);
        let distinct = (articles * per_article + 1) as u64;
        assert_eq!(
            values as u64 + aggregates.counts.figure_values_dropped,
            distinct
        );
        let group = aggregates.figures.values().next().expect("one group");
        assert_eq!(
            group.reports,
            (articles * (per_article + 1)) as u64,
            "reports all counted"
        );
        let top = group
            .values
            .iter()
            .find(|(key, _)| key.value() == 42.0)
            .expect("the value reported everywhere stays");
        assert_eq!(top.1.count, articles as u64);
    }

    #[test]
    fn table_bounds_scale_with_the_memory_budget() {
        assert_eq!(
            TableBounds::for_memory_mb(DEFAULT_MEMORY_MB),
            TableBounds::default()
        );
        let double = TableBounds::for_memory_mb(2 * DEFAULT_MEMORY_MB);
        assert_eq!(double.speakers, 2 * MAX_SPEAKERS_KEPT);
        assert_eq!(double.figure_values, 2 * MAX_FIGURE_VALUES);
        assert!(TableBounds::for_memory_mb(0).entity_spellings >= 1000);
        let small = DumpAggregates::with_bounds(TableBounds::for_memory_mb(16));
        assert_eq!(small.bounds.figure_values, MAX_FIGURE_VALUES / 16);
    }

    #[test]
    fn truncation_is_on_char_boundaries() {
        assert_eq!(&*truncate_chars("héllo", 2), "hé…");
        assert_eq!(&*truncate_chars("hé", 2), "hé");
    }
}
