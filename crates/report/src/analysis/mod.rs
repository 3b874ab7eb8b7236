//! Dump-level analysis over [`DumpAggregates`]: near-duplicate clusters,
//! story clusters, figure disagreements, top entities and co-occurrence.
//!
//! ## Near-duplicates and syndicated copies
//! MinHash signatures (the crate's `minhash` module: 64 hashes over word 4-shingles)
//! are banded into 32 bands of 2 rows. Articles whose signature agrees on a
//! whole band are candidates; a candidate pair is kept when the estimated
//! Jaccard similarity of the two shingle sets is at least
//! [`DUPLICATE_THRESHOLD`] (0.5). With 2-row bands a pair at similarity 0.5
//! becomes a candidate with probability 1 − (1 − 0.5²)³² ≈ 0.9999, so recall
//! at the threshold is practically complete; pairs below 0.5 that become
//! candidates cost one 64-value comparison each and are dropped. 0.5 is
//! chosen because a syndicated copy with a different header, footer and one
//! or two edited paragraphs keeps well over half of its 4-shingles, while two
//! different write-ups of the same event share almost none (typically < 0.1;
//! quotes they share are short against the article). Each band is
//! processed on its own: its `(key, position)` pairs are sorted (in runs
//! on disk, merged back, when the run has scratch files; so a key shared by
//! millions of templated articles never sits in memory whole), and among
//! the articles of one key an article is compared with at most
//! [`MAX_LEADERS`] earlier ones, so time and memory stay linear even when
//! thousands of copies share a key. Pairs are joined with
//! union-find; the representative of a cluster is its earliest article (by
//! date when dates are known, then by position in the dump), and each
//! member's similarity is its estimated Jaccard similarity with the
//! representative. A cluster whose articles come from more than one outlet
//! is `syndicated`, otherwise `duplicate`.
//!
//! ## Story clusters
//! Articles about the same event written separately: two articles are linked
//! when they share 3 of their [`STORY_ENTITIES`] most-mentioned entities and
//! their dates are at most [`STORY_DAYS`] apart (or both unknown). For every
//! triple of an article's top entities the articles with that triple are
//! sorted by date; each opens a window or joins the window of the article
//! that opened it when within `STORY_DAYS`. Windows are joined with
//! union-find. A story cluster is reported when it holds at least two
//! articles that are not copies of each other.
//!
//! ## Figure disagreements
//! See the crate's `figures` module.

use crate::aggregate::{day_number, name_id, Digests, DumpAggregates, FigureValue, FigureValueKey};
use crate::digests::ArticleDigest;
use crate::figures::{values_disagree, Qualifier, MAX_DAYS_APART};
use crate::minhash::{Signature, BANDS};
use crate::RunSummary;
use newsmill_entities::MergedEntity;
use newsmill_types::{EntityKind, UnionFind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};

mod clusters;
mod copies;
mod figure_check;
mod sorted_keys;
mod stories;

use clusters::*;
use copies::{similarity, CopyClusters};
use figure_check::*;
use stories::describe_stories;

/// Estimated Jaccard similarity at or above which two articles are copies.
pub const DUPLICATE_THRESHOLD: f64 = 0.5;
/// Earlier articles of one LSH key an article is compared with.
pub const MAX_LEADERS: usize = 16;
/// Top entities per article that define its story.
pub const STORY_ENTITIES: usize = 5;
/// Maximum distance in days between articles of one story window.
pub const STORY_DAYS: i64 = 2;
/// Entities in the co-occurrence matrix.
pub const COOCCURRENCE_ENTITIES: usize = 15;

const TOP_PER_TYPE: usize = 25;
const MAX_SPEAKERS: usize = 50;
const MAX_FIGURE_GROUPS: usize = 100;
const MAX_VALUES_PER_GROUP: usize = 64;
const MAX_DISAGREEMENTS: usize = 200;
const MAX_CLUSTERS: usize = 200;
const MAX_CLUSTER_MEMBERS: usize = 50;
const MAX_OUTLETS: usize = 50;

/// Headline numbers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub articles: u64,
    pub failures: u64,
    pub words: u64,
    pub mentions: u64,
    pub quotes: u64,
    pub figures: u64,
    pub dates: u64,
    pub removed_lines: u64,
    pub distinct_entities: u64,
    pub outlets: u64,
    pub speakers: u64,
    /// Articles whose words repeat an earlier article's exactly.
    pub exact_copies: u64,
    /// Records skipped by the driver as byte-identical copies (all runs).
    pub skipped_copies: u64,
    /// Articles in a duplicate cluster that are not its representative.
    pub near_duplicates: u64,
    pub duplicate_clusters: u64,
    pub story_clusters: u64,
    pub figure_disagreements: u64,
    /// Pairs of values that would disagree but were not compared because an
    /// article has no date.
    #[serde(default)]
    pub figure_pairs_undated: u64,
    /// Pairs of values that would disagree but were not compared because
    /// their articles are a day or more apart.
    #[serde(default)]
    pub figure_pairs_days_apart: u64,
    /// Entity spellings dropped from the entity table to bound memory (the
    /// long tail: those in the fewest articles).
    #[serde(default)]
    pub entity_spellings_dropped: u64,
    /// Speakers dropped to bound memory (those with the fewest quotes).
    #[serde(default)]
    pub speakers_dropped: u64,
    /// Distinct figure values dropped to bound memory (the least reported).
    #[serde(default)]
    pub figure_values_dropped: u64,
}

impl Totals {
    /// What the figure check left out and why, for the reports (`None` when
    /// nothing was).
    pub fn figures_left_out(&self) -> Option<String> {
        let (undated, apart) = (self.figure_pairs_undated, self.figure_pairs_days_apart);
        if undated + apart == 0 {
            return None;
        }
        Some(format!(
            "Not compared: {undated} pair{} of incompatible values where an article has no date, \
             and {apart} pair{} from articles a day or more apart (only claims made on the same \
             day are compared).",
            if undated == 1 { "" } else { "s" },
            if apart == 1 { "" } else { "s" },
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutletCount {
    pub outlet: String,
    pub articles: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AliasCount {
    pub alias: String,
    pub count: u64,
}

/// One entity of the dump.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopEntity {
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub articles: u64,
    pub mentions: u64,
    pub outlets: u64,
    /// Most frequent spellings (at most 5).
    pub aliases: Vec<AliasCount>,
}

/// How often the top entities appear in the same article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cooccurrence {
    pub entities: Vec<String>,
    /// `articles[i][j]`: articles with both entity i and entity j among their
    /// most-mentioned entities; the diagonal counts articles with entity i.
    pub articles: Vec<Vec<u64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteSample {
    pub article_id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerSummary {
    pub speaker: String,
    pub quotes: u64,
    pub samples: Vec<QuoteSample>,
}

/// One distinct value reported for a figure group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureReport {
    pub value: f64,
    pub qualifier: Qualifier,
    /// The phrase of the first report ("some 540").
    pub text: String,
    /// Reports of this value.
    pub count: u64,
    /// First article that reported it.
    pub article_id: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub time_scope: Option<String>,
    /// Distinct sources that gave this value (at most 6).
    pub sources: Vec<String>,
    /// Distinct outlets that printed this value (at most 6).
    pub outlets: Vec<String>,
}

/// Figures counting the same thing over the same time and place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureGroupSummary {
    pub counted: String,
    pub time_scope: String,
    pub place: String,
    pub reports: u64,
    pub values: Vec<FigureReport>,
    pub disagreement: bool,
}

/// Two reports of the same figure that cannot both be right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureDisagreement {
    pub counted: String,
    pub time_scope: String,
    pub place: String,
    pub low: FigureReport,
    pub high: FigureReport,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterArticle {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    /// Estimated Jaccard similarity with the cluster's representative.
    pub similarity: f64,
}

/// Copies of one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateCluster {
    /// `d1`, `d2`, ... in order of the representative's position.
    pub id: String,
    /// `syndicated` (several outlets) or `duplicate`.
    pub kind: String,
    pub size: u64,
    pub representative: ClusterArticle,
    /// The other articles (at most 50), earliest first.
    pub members: Vec<ClusterArticle>,
    pub outlets: Vec<String>,
}

/// Articles about the same event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryCluster {
    /// `s1`, `s2`, ... in order of the first article's position.
    pub id: String,
    pub size: u64,
    /// Entities most of its articles put in their top five.
    pub entities: Vec<String>,
    pub outlets: Vec<String>,
    /// Its articles (at most 50), earliest first; similarity is the
    /// estimated text similarity with the first.
    pub articles: Vec<ClusterArticle>,
}

/// What `finish` returns and writes to `summary.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DumpReport {
    pub schema_version: String,
    /// The driver's numbers, at the top level of `summary.json`.
    #[serde(flatten)]
    pub run: RunSummary,
    pub totals: Totals,
    pub failures_by_kind: BTreeMap<String, u64>,
    pub removed_by_reason: BTreeMap<String, u64>,
    pub outlets: Vec<OutletCount>,
    pub top_entities: Vec<TopEntity>,
    pub cooccurrence: Cooccurrence,
    pub speakers: Vec<SpeakerSummary>,
    pub figures: Vec<FigureGroupSummary>,
    pub disagreements: Vec<FigureDisagreement>,
    pub duplicate_clusters: Vec<DuplicateCluster>,
    pub story_clusters: Vec<StoryCluster>,
}

/// Per-article results of the analysis, in dense tables of 4 bytes an
/// article for the copy and story sets plus a few bytes a cluster; a copy's
/// similarity with its representative is computed from the two signatures
/// when asked for, so the digests are borrowed.
#[derive(Debug, Clone)]
pub struct ArticleAssignments<'a> {
    articles: &'a Digests,
    copies: CopyClusters,
    /// Story sets, every path flattened.
    stories: UnionFind,
    /// Roots of the reported stories' sets, ascending: story `n` is at
    /// `n - 1` (4 bytes a story, where a map took ten times that).
    story_roots: Vec<u32>,
}

/// What the analysis decided about one article.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Assignment {
    /// Duplicate cluster number (1-based).
    pub cluster: Option<u32>,
    /// Representative position, for a member that is not it.
    pub duplicate_of: Option<u32>,
    /// Similarity with the representative (members only).
    pub similarity: f32,
    /// Story cluster number (1-based), in a reported story.
    pub story: Option<u32>,
}

impl ArticleAssignments<'_> {
    /// What was decided about the article at `position` (all `None` for
    /// an article in no cluster).
    pub fn get(&self, position: usize) -> Assignment {
        let Ok(p) = u32::try_from(position) else {
            return Assignment::default();
        };
        let mut assigned = Assignment::default();
        if let Some((number, representative)) = self.copies.cluster_of(p) {
            assigned.cluster = Some(number);
            if representative != p {
                assigned.duplicate_of = Some(representative);
                assigned.similarity = similarity(self.articles, p, representative);
            }
        }
        if position < self.stories.len() {
            let root = self.stories.root(p);
            assigned.story = self
                .story_roots
                .binary_search(&root)
                .ok()
                .map(|index| index as u32 + 1);
        }
        assigned
    }
}

/// The day number of an article's date.
fn day_of(article: &ArticleDigest) -> Option<i64> {
    article.date().and_then(day_number)
}

/// Sort key of a cluster's members: dated ones first, earliest first, then
/// by position in the dump.
type OrderKey = (bool, Option<i64>, u32);

fn order_key(day: Option<i64>, position: u32) -> OrderKey {
    (day.is_none(), day, position)
}

fn cluster_article(aggregates: &DumpAggregates, position: u32, similarity: f64) -> ClusterArticle {
    let Some(digest) = aggregates.articles.get(position as usize) else {
        return ClusterArticle {
            id: String::new(),
            title: None,
            outlet: None,
            date: None,
            similarity,
        };
    };
    ClusterArticle {
        id: digest.id().to_string(),
        title: digest.title().map(str::to_string),
        outlet: aggregates.outlet(&digest).map(str::to_string),
        date: digest.date().map(str::to_string),
        similarity: (similarity * 1000.0).round() / 1000.0,
    }
}

/// Keep `item` if it is among the [`MAX_CLUSTERS`] smallest items (largest
/// clusters first, then by number) seen so far; `ranked` stays bounded.
fn keep_largest<T: Ord>(ranked: &mut Vec<T>, item: T) {
    ranked.push(item);
    if ranked.len() >= 2 * MAX_CLUSTERS {
        ranked.sort();
        ranked.truncate(MAX_CLUSTERS);
    }
}

/// Analyse the aggregates. `run` is copied into the report.
///
/// Its working sets (LSH and story keys) are sorted in run files beside
/// the aggregates' scratch files when they spill, and the copy table waits
/// in one while the story sets are built; an error is one of those files'.
pub fn analyse<'a>(
    aggregates: &'a DumpAggregates,
    run: &RunSummary,
) -> std::io::Result<(DumpReport, ArticleAssignments<'a>)> {
    analyse_with_entities(aggregates, &ResolvedEntities::of(aggregates), run)
}

/// The entity table resolved once, for the analysis and `entities.csv` (it
/// is the largest structure, and resolving it the largest allocation).
#[derive(Debug, Clone, Default)]
pub struct ResolvedEntities {
    entities: Vec<MergedEntity>,
    count: usize,
    speaker_names: BTreeMap<String, String>,
}

impl ResolvedEntities {
    /// The merged entities, most mentioned first (after
    /// [`ResolvedEntities::keep_head`], only those the analysis reads).
    pub fn entities(&self) -> &[MergedEntity] {
        &self.entities
    }

    /// How many merged entities there are in all.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The dump-level canonical name of each quote speaker the table holds,
    /// so that one person quoted under two spellings is one speaker.
    pub fn speaker_names(&self) -> &BTreeMap<String, String> {
        &self.speaker_names
    }

    pub fn of(aggregates: &DumpAggregates) -> Self {
        let (entities, speaker_names) = aggregates
            .entities
            .resolve_naming(aggregates.speakers.keys().map(|name| &**name));
        ResolvedEntities {
            count: entities.len(),
            entities,
            speaker_names,
        }
    }

    /// Keep only the entities the analysis reads (the first of each type,
    /// and those up to the co-occurrence table's last), once the whole list
    /// is written: on a full table the rest is tens of MB the per-article
    /// tables of the analysis can use instead.
    pub fn keep_head(&mut self) {
        let mut per_kind = [0usize; EntityKind::ALL.len()];
        let mut co_names: BTreeSet<&str> = BTreeSet::new();
        let keep: Vec<bool> = self
            .entities
            .iter()
            .map(|entity| {
                let rank = &mut per_kind[entity.kind.index()];
                *rank += 1;
                let in_cooccurrence = co_names.len() < COOCCURRENCE_ENTITIES;
                if in_cooccurrence {
                    co_names.insert(&entity.canonical);
                }
                *rank <= TOP_PER_TYPE || in_cooccurrence
            })
            .collect();
        let mut flags = keep.into_iter();
        self.entities.retain(|_| flags.next().unwrap_or(false));
        self.entities.shrink_to_fit();
    }
}

/// [`analyse`] with the entity table already resolved.
pub fn analyse_with_entities<'a>(
    aggregates: &'a DumpAggregates,
    resolved: &ResolvedEntities,
    run: &RunSummary,
) -> std::io::Result<(DumpReport, ArticleAssignments<'a>)> {
    let speaker_names = &resolved.speaker_names;
    let entity_count = resolved.count;
    let resolved = &resolved.entities[..];
    let articles = &aggregates.articles;
    let scratch = aggregates.scratch_dir();

    // Near-duplicates. Every cluster is numbered and assigned, but only the
    // largest are described (their members' titles and outlets read back):
    // a dump has many clusters and the report lists MAX_CLUSTERS.
    let mut copies = CopyClusters::number(duplicate_union(articles, scratch)?, articles);
    newsmill_types::trace_memory("after the copy sets");
    let clusters = copies.describe_largest(aggregates);
    let near_duplicates = copies.near_duplicates();
    let duplicate_cluster_count = copies.len();

    // Stories. Their entities are named from the spellings the entity
    // table holds (one it dropped to bound memory is left out of the list).
    let names_by_id: HashMap<u64, &str> = aggregates
        .entities
        .spellings()
        .map(|name| (name_id(name), name))
        .collect();
    let parked = copies.park(scratch)?;
    let mut stories = story_union(articles, scratch)?;
    // The story keys' sort buffer is freed: its pages go back before the
    // copy table comes back in its place.
    crate::heap::release_free_memory();
    copies.unpark(parked)?;
    newsmill_types::trace_memory("after the story sets");
    // A story is reported when its set holds two articles that are not
    // copies of each other. A set's root is its smallest member; the sets
    // of two or more are tallied in dense tables by root (a bit an
    // article, then 8 bytes a set), every path flattened on the way.
    let n = stories.len();
    let set_roots = stories.roots_of_groups();
    // Members of each set (the root counted), and whether it spans copies.
    const SPANS_COPIES: u32 = 1 << 31;
    let mut tallies: Vec<u32> = vec![1; set_roots.len()];
    for i in 0..n as u32 {
        let root = stories.root(i);
        if root == i {
            continue;
        }
        if let Ok(index) = set_roots.binary_search(&root) {
            let tally = &mut tallies[index];
            *tally = (*tally & SPANS_COPIES) | ((*tally & !SPANS_COPIES) + 1).min(!SPANS_COPIES);
            if copies.root(i) != copies.root(root) {
                *tally |= SPANS_COPIES;
            }
        }
    }
    let mut story_roots: Vec<u32> = Vec::new();
    let mut ranked: Vec<(std::cmp::Reverse<usize>, u32, u32)> = Vec::new();
    for (&root, &tally) in set_roots.iter().zip(&tallies) {
        if tally & SPANS_COPIES == 0 {
            continue;
        }
        story_roots.push(root);
        let size = (tally & !SPANS_COPIES) as usize;
        keep_largest(
            &mut ranked,
            (std::cmp::Reverse(size), story_roots.len() as u32, root),
        );
    }
    drop((set_roots, tallies));
    let story_count = story_roots.len() as u64;
    ranked.sort();
    ranked.truncate(MAX_CLUSTERS);
    let stories_listed = describe_stories(aggregates, &stories, &ranked, &names_by_id);
    let assignments = ArticleAssignments {
        articles,
        copies,
        stories,
        story_roots,
    };

    let FigureCheck {
        groups: figure_groups,
        disagreements,
        disagreement_count,
        pairs_undated,
        pairs_days_apart,
    } = check_figures(aggregates);

    // Entities.
    let mut top_entities = Vec::new();
    for kind in EntityKind::ALL {
        top_entities.extend(
            resolved
                .iter()
                .filter(|e| e.kind == kind)
                .take(TOP_PER_TYPE)
                .map(|e| TopEntity {
                    canonical: e.canonical.clone(),
                    kind: e.kind,
                    articles: e.articles as u64,
                    mentions: e.mentions as u64,
                    outlets: e.outlets.len() as u64,
                    aliases: e
                        .aliases
                        .iter()
                        .take(5)
                        .map(|(alias, count)| AliasCount {
                            alias: alias.clone(),
                            count: *count as u64,
                        })
                        .collect(),
                }),
        );
    }
    let mut co_names: Vec<String> = Vec::new();
    for entity in resolved {
        if co_names.len() == COOCCURRENCE_ENTITIES {
            break;
        }
        if !co_names.contains(&entity.canonical) {
            co_names.push(entity.canonical.clone());
        }
    }
    let co_ids: HashMap<u64, usize> = co_names
        .iter()
        .enumerate()
        .map(|(i, name)| (name_id(name), i))
        .collect();
    let mut matrix = vec![vec![0u64; co_names.len()]; co_names.len()];
    let mut present: Vec<usize> = Vec::new();
    for digest in articles {
        present.clear();
        present.extend(digest.top_entities().iter().filter_map(|id| co_ids.get(id)));
        present.sort_unstable();
        present.dedup();
        for &i in &present {
            for &j in &present {
                matrix[i][j] += 1;
            }
        }
    }

    // Speakers, grouped by the dump-level entity, so that one person quoted
    // under two spellings in two articles is one speaker.
    let dump_name = |speaker: &str| -> String {
        speaker_names
            .get(speaker)
            .cloned()
            .unwrap_or_else(|| speaker.to_string())
    };
    #[derive(Default)]
    struct SpeakerGroup<'a> {
        quotes: u64,
        /// (article position, quote index, text)
        samples: Vec<(u32, u32, &'a str)>,
    }
    let mut grouped: BTreeMap<String, SpeakerGroup> = BTreeMap::new();
    for (speaker, quotes) in &aggregates.speakers {
        let entry = grouped.entry(dump_name(speaker)).or_default();
        entry.quotes += quotes.quotes;
        entry.samples.extend(
            quotes
                .samples
                .iter()
                .map(|(pos, index, text)| (*pos, *index, &**text)),
        );
    }
    let mut speakers: Vec<SpeakerSummary> = grouped
        .into_iter()
        .map(
            |(
                speaker,
                SpeakerGroup {
                    quotes,
                    mut samples,
                },
            )| {
                samples.sort_unstable();
                samples.truncate(crate::aggregate::QUOTE_SAMPLES);
                SpeakerSummary {
                    speaker,
                    quotes,
                    samples: samples
                        .into_iter()
                        .map(|(pos, _, text)| QuoteSample {
                            article_id: articles
                                .get(pos as usize)
                                .map(|a| a.id().to_string())
                                .unwrap_or_default(),
                            text: text.to_string(),
                        })
                        .collect(),
                }
            },
        )
        .collect();
    speakers.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.speaker.cmp(&b.speaker)));
    let speaker_count = speakers.len() as u64;
    speakers.truncate(MAX_SPEAKERS);

    // Outlets.
    let mut outlet_counts: BTreeMap<u32, u64> = BTreeMap::new();
    for digest in articles {
        if let Some(o) = digest.outlet {
            *outlet_counts.entry(o).or_default() += 1;
        }
    }
    let mut outlets: Vec<OutletCount> = outlet_counts
        .iter()
        .map(|(&o, &count)| OutletCount {
            outlet: aggregates.names.get(o).to_string(),
            articles: count,
        })
        .collect();
    outlets.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.outlet.cmp(&b.outlet)));
    let outlet_count = outlets.len() as u64;
    outlets.truncate(MAX_OUTLETS);

    let c = &aggregates.counts;
    let totals = Totals {
        articles: c.articles,
        failures: c.failures,
        words: c.words,
        mentions: c.mentions,
        quotes: c.quotes,
        figures: c.figures,
        dates: c.dates,
        removed_lines: c.removed_lines,
        distinct_entities: entity_count as u64,
        outlets: outlet_count,
        speakers: speaker_count,
        exact_copies: c.exact_copies,
        skipped_copies: c.skipped_copies,
        near_duplicates,
        duplicate_clusters: duplicate_cluster_count,
        story_clusters: story_count,
        figure_disagreements: disagreement_count,
        figure_pairs_undated: pairs_undated,
        figure_pairs_days_apart: pairs_days_apart,
        entity_spellings_dropped: aggregates.entities.dropped().spellings,
        speakers_dropped: c.speakers_dropped,
        figure_values_dropped: c.figure_values_dropped,
    };
    let report = DumpReport {
        schema_version: crate::SCHEMA_VERSION.to_string(),
        run: run.clone(),
        totals,
        failures_by_kind: aggregates.failures_by_kind.clone(),
        removed_by_reason: aggregates.removed_by_reason.clone(),
        outlets,
        top_entities,
        cooccurrence: Cooccurrence {
            entities: co_names,
            articles: matrix,
        },
        speakers,
        figures: figure_groups,
        disagreements,
        duplicate_clusters: clusters,
        story_clusters: stories_listed,
    };
    Ok((report, assignments))
}
