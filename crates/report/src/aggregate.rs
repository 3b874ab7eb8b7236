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

use crate::figures::{normalise_place, normalise_scope, Qualifier};
use crate::minhash::{word_hashes, words_fingerprint, Signature};
use crate::ArticleRecord;
use newsmill_entities::EntityIndex;
use newsmill_types::EntitySummary;
use std::collections::{BTreeMap, HashMap};

/// Entities kept per article (most mentioned first).
pub const TOP_ENTITIES: usize = 8;
/// Sample quotes kept per speaker.
pub const QUOTE_SAMPLES: usize = 3;
/// Sources and outlets kept per reported figure value.
pub const FIGURE_SOURCES: usize = 6;
/// Speakers kept with their quote counts; past it, those with the fewest
/// quotes are dropped (see [`DumpAggregates::speakers`]).
pub const MAX_SPEAKERS_KEPT: usize = 50_000;
/// Characters kept of a title.
const TITLE_CHARS: usize = 200;
/// Characters kept of a quote sample.
const QUOTE_CHARS: usize = 300;

pub(crate) fn truncate_chars(text: &str, max: usize) -> Box<str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]).into_boxed_str(),
        None => text.into(),
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

/// What the report keeps of one article: ≈ 330 bytes plus its id, title,
/// byline and date packed in one allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDigest {
    /// id, title, byline and date joined by U+001F; an empty part is `None`.
    fields: Box<str>,
    /// Interned outlet.
    pub outlet: Option<u32>,
    pub words: u32,
    pub removed_share: f32,
    pub signature: Signature,
    /// [`name_id`]s of the canonical names of the most-mentioned entities
    /// (hashes, not interned ids: an interner would hold every name of the
    /// dump, and the dump's long tail of names is what must not stay).
    top: [u64; TOP_ENTITIES],
    top_len: u8,
}

const SEPARATOR: char = '\u{1f}';

impl ArticleDigest {
    fn part(&self, index: usize) -> &str {
        self.fields.split(SEPARATOR).nth(index).unwrap_or("")
    }

    fn optional(&self, index: usize) -> Option<&str> {
        Some(self.part(index)).filter(|p| !p.is_empty())
    }

    pub fn id(&self) -> &str {
        self.part(0)
    }

    /// The title, cut to 200 characters.
    pub fn title(&self) -> Option<&str> {
        self.optional(1)
    }

    /// The byline, cut to 200 characters.
    pub fn byline(&self) -> Option<&str> {
        self.optional(2)
    }

    pub fn date(&self) -> Option<&str> {
        self.optional(3)
    }

    /// [`name_id`]s of the most-mentioned entities' canonical names, most first.
    pub fn top_entities(&self) -> &[u64] {
        &self.top[..usize::from(self.top_len)]
    }
}

fn pack(parts: [Option<&str>; 4]) -> Box<str> {
    let mut packed = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            packed.push(SEPARATOR);
        }
        if let Some(part) = part {
            packed.extend(part.chars().map(|c| if c == SEPARATOR { ' ' } else { c }));
        }
    }
    packed.into_boxed_str()
}

/// Digests in dump order, stored in fixed chunks so that growing never
/// copies or over-allocates more than one chunk (a plain `Vec` doubles, and
/// at a million articles the slack alone would be hundreds of MB).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Digests {
    chunks: Vec<Vec<ArticleDigest>>,
    len: usize,
}

const CHUNK: usize = 1 << 14;

impl Digests {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn push(&mut self, digest: ArticleDigest) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(digest),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(digest);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    pub fn get(&self, position: usize) -> Option<&ArticleDigest> {
        self.chunks.get(position / CHUNK)?.get(position % CHUNK)
    }

    pub fn iter(&self) -> std::iter::Flatten<std::slice::Iter<'_, Vec<ArticleDigest>>> {
        self.chunks.iter().flatten()
    }
}

impl std::ops::Index<usize> for Digests {
    type Output = ArticleDigest;

    fn index(&self, position: usize) -> &ArticleDigest {
        &self.chunks[position / CHUNK][position % CHUNK]
    }
}

impl<'a> IntoIterator for &'a Digests {
    type Item = &'a ArticleDigest;
    type IntoIter = std::iter::Flatten<std::slice::Iter<'a, Vec<ArticleDigest>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.chunks.iter().flatten()
    }
}

impl IntoIterator for Digests {
    type Item = ArticleDigest;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<ArticleDigest>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
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
#[derive(Debug, Clone, Default)]
pub struct DumpAggregates {
    pub names: Interner,
    pub articles: Digests,
    pub entities: EntityIndex,
    /// Quotes by speaker. Bounded: past [`MAX_SPEAKERS_KEPT`] speakers, the
    /// speakers with the fewest quotes are dropped until a quarter of the
    /// room is free (counted in `counts.speakers_dropped`), as the entity
    /// table drops its long tail.
    pub speakers: BTreeMap<Box<str>, SpeakerQuotes>,
    pub figures: BTreeMap<FigureKey, FigureGroup>,
    pub counts: Counts,
    pub removed_by_reason: BTreeMap<String, u64>,
    pub failures_by_kind: BTreeMap<String, u64>,
    /// Fingerprint of the word sequence → position of its first article.
    pub fingerprints: HashMap<u64, u32>,
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

fn non_empty(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
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
        let position = u32::try_from(self.articles.len()).unwrap_or(u32::MAX);
        let TextDigest {
            fingerprint,
            signature,
            has_words,
        } = digest;
        let exact_of = if !has_words {
            None
        } else {
            match self.fingerprints.get(&fingerprint) {
                Some(&first) => Some(first),
                None => {
                    self.fingerprints.insert(fingerprint, position);
                    None
                }
            }
        };

        let outlet = non_empty(article.outlet.as_deref()).map(|o| self.names.intern(o));
        let mut top = [0u64; TOP_ENTITIES];
        let mut top_len = 0u8;
        for (slot, entity) in top.iter_mut().zip(top_entities(&article.entity_summary)) {
            *slot = name_id(&entity.canonical);
            top_len += 1;
        }
        let title = non_empty(article.title.as_deref()).map(|t| truncate_chars(t, TITLE_CHARS));
        let byline = non_empty(article.byline.as_deref()).map(|t| truncate_chars(t, TITLE_CHARS));
        self.articles.push(ArticleDigest {
            fields: pack([
                Some(article.id.as_str()),
                title.as_deref(),
                byline.as_deref(),
                non_empty(article.date.as_deref()),
            ]),
            outlet,
            words: u32::try_from(article.words).unwrap_or(u32::MAX),
            removed_share: article.removed_share as f32,
            signature,
            top,
            top_len,
        });
        self.entities.add_article(
            non_empty(article.outlet.as_deref()),
            &article.entity_summary,
        );

        let counts = &mut self.counts;
        counts.articles += 1;
        counts.words += article.words as u64;
        counts.mentions += article.entities.len() as u64;
        counts.quotes += article.quotes.len() as u64;
        counts.figures += article.figures.len() as u64;
        counts.dates += article.dates.len() as u64;
        counts.removed_lines += article.removed.len() as u64;
        if exact_of.is_some() {
            counts.exact_copies += 1;
        }
        for (_, _, reason) in &article.removed {
            *self
                .removed_by_reason
                .entry(reason.as_str().to_string())
                .or_default() += 1;
        }

        for (index, quote) in article.quotes.iter().enumerate() {
            if quote.fragment {
                continue;
            }
            let speaker = non_empty(quote.speaker_canonical.as_deref())
                .or(non_empty(quote.speaker.as_deref()))
                .unwrap_or("(unattributed)");
            let entry = self.speakers.entry(speaker.into()).or_default();
            entry.quotes += 1;
            if entry.samples.len() < QUOTE_SAMPLES {
                entry.samples.push((
                    position,
                    index as u32,
                    truncate_chars(&quote.text, QUOTE_CHARS),
                ));
            }
        }

        self.bound_speakers();

        let day = article.date.as_deref().and_then(day_number);
        for (index, figure) in article.figures.iter().enumerate() {
            if !figure.value.is_finite() || figure.value <= 0.0 {
                continue;
            }
            let key = FigureKey {
                counted: figure.counted.as_str().into(),
                scope: normalise_scope(figure.time_scope.as_deref()).into(),
                place: normalise_place(figure.place.as_deref()).into(),
            };
            let value_key = FigureValueKey {
                value_bits: figure.value.to_bits(),
                qualifier: Qualifier::from(figure.bound),
                day,
            };
            let group = self.figures.entry(key).or_default();
            group.reports += 1;
            let value = group
                .values
                .entry(value_key)
                .or_insert_with(|| FigureValue {
                    count: 0,
                    first: FigureSample {
                        position: (position, index as u32),
                        text: truncate_chars(&figure.text, 120),
                        source: non_empty(figure.source.as_deref()).map(Into::into),
                        time_scope: non_empty(figure.time_scope.as_deref()).map(Into::into),
                        place: non_empty(figure.place.as_deref()).map(Into::into),
                    },
                    sources: Vec::new(),
                    outlets: Vec::new(),
                });
            value.count += 1;
            if let Some(source) = non_empty(figure.source.as_deref()) {
                insert_bounded(&mut value.sources, source);
            }
            if let Some(outlet) = non_empty(article.outlet.as_deref()) {
                insert_bounded(&mut value.outlets, outlet);
            }
        }
        exact_of
    }

    fn bound_speakers(&mut self) {
        if self.speakers.len() <= MAX_SPEAKERS_KEPT {
            return;
        }
        let target = MAX_SPEAKERS_KEPT - MAX_SPEAKERS_KEPT / 4;
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
        for mut digest in other.articles {
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
        self.bound_speakers();
        for (reason, n) in other.removed_by_reason {
            *self.removed_by_reason.entry(reason).or_default() += n;
        }
        for (kind, n) in other.failures_by_kind {
            *self.failures_by_kind.entry(kind).or_default() += n;
        }
        for (fingerprint, pos) in other.fingerprints {
            match self.fingerprints.get(&fingerprint) {
                Some(_) => self.counts.exact_copies += 1,
                None => {
                    self.fingerprints.insert(fingerprint, pos + base);
                }
            }
        }
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
    fn packed_fields() {
        let packed = pack([Some("id"), None, Some("a\u{1f}b"), Some("2025-01-01")]);
        let digest = ArticleDigest {
            fields: packed,
            outlet: None,
            words: 0,
            removed_share: 0.0,
            signature: Signature::EMPTY,
            top: [0; TOP_ENTITIES],
            top_len: 0,
        };
        assert_eq!(digest.id(), "id");
        assert_eq!(digest.title(), None);
        assert_eq!(digest.byline(), Some("a b"));
        assert_eq!(digest.date(), Some("2025-01-01"));
        assert!(digest.top_entities().is_empty());
    }

    #[test]
    fn truncation_is_on_char_boundaries() {
        assert_eq!(&*truncate_chars("héllo", 2), "hé…");
        assert_eq!(&*truncate_chars("hé", 2), "hé");
    }
}
