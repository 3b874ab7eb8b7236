//! Dump-level entity table: the same entity under several spellings across
//! articles merged into one. Mergeable, so shards can be indexed apart.
//!
//! This crate depends only on `newsmill-types`: the extractor uses its name
//! keys inside one article, the report uses [`EntityIndex`] across the dump,
//! and neither has to build the other. The complete rule list with known
//! limits is in `crates/extract/RULES.md`.
//!
//! ```
//! use newsmill_entities::EntityIndex;
//! use newsmill_types::{EntityKind, EntitySummary, UnionFind};
//!
//! let person = |name: &str| EntitySummary {
//!     canonical: name.to_string(),
//!     kind: EntityKind::Person,
//!     mentions: 1,
//!     aliases: vec![name.to_string()],
//!     roles: Vec::new(),
//! };
//! let mut first_shard = EntityIndex::new();
//! first_shard.add_article(Some("Outlet A"), &[person("Abdel Latif al-Qanua")]);
//! let mut second_shard = EntityIndex::new();
//! second_shard.add_article(Some("Outlet B"), &[person("Abdul Latif al-Qanou")]);
//! first_shard.merge(second_shard);
//! let merged = first_shard.resolve();
//! assert_eq!(merged.len(), 1, "two transliterations, one person");
//! assert_eq!(merged[0].articles, 2);
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]
//!
//! Grouping works in two steps:
//!
//! 1. [`name_key`] folds a name to a phonetic-ish key (case, diacritics,
//!    Arabic articles `al-`/`el-`/`ad-`..., `Abd`/`Abdel`/`Abdul`/`Abd al-`,
//!    vowel runs, doubled letters, `q`/`k`, `ph`/`f`, hyphens and spacing).
//!    Canonical names of the same type with the same key are merge
//!    candidates.
//! 2. A conservative check ([`similar_names`]: edit distance of the folded
//!    spellings at most `1 + len/5`) must also pass; candidates that fail
//!    stay apart. A one-or-two word person name that is the tail of exactly
//!    one longer person name in the dump ("Zuhri" / "Sami Abu Zuhri") joins
//!    it; a tail shared by two different full names stays apart.
//!
//! The index only stores counts keyed by (type, key, canonical name), so
//! [`EntityIndex::merge`] is associative and commutative and
//! [`EntityIndex::resolve`] is a pure function of everything added: the
//! result does not depend on shard boundaries, insertion order or thread
//! count (while the per-entity caps below and the index's bound on
//! spellings are not reached; past the bound, it depends on the order too).

use newsmill_types::{EntityKind, EntitySummary, UnionFind};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use vec_map::VecMap;

mod name_key;
mod vec_map;

pub use name_key::{edit_distance, name_key, similar_names, strip_possessive};
use name_key::{fold_name, similar_folded};

/// At most this many distinct aliases are kept per canonical spelling; when
/// exceeded the rarest (ties: largest string) are dropped.
pub const MAX_ALIASES: usize = 64;
/// At most this many outlets are kept per canonical spelling (the smallest names).
pub const MAX_OUTLETS: usize = 256;
/// At most this many roles are kept per canonical spelling.
pub const MAX_ROLES: usize = 16;

/// One entity of the whole dump with every alias seen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MergedEntity {
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Surface forms with the number of articles that used them, most
    /// frequent first (ties by name).
    pub aliases: Vec<(String, usize)>,
    pub articles: usize,
    pub mentions: usize,
    /// Outlets whose articles mention it, sorted.
    pub outlets: Vec<String>,
    /// Roles seen in articles ("U.S. envoy") with the number of articles,
    /// most frequent first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<(String, usize)>,
}

/// Counts for one canonical spelling of one key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Spelling {
    articles: usize,
    mentions: usize,
    aliases: VecMap<usize>,
    roles: VecMap<usize>,
    /// Outlets (the values are unused).
    outlets: VecMap<()>,
}

impl Spelling {
    /// Add `other`'s counts, then cap the lists.
    fn absorb(&mut self, other: Spelling) {
        self.add(&other);
        self.cap();
    }

    /// Add `other`'s counts.
    fn add(&mut self, other: &Spelling) {
        self.articles += other.articles;
        self.mentions += other.mentions;
        for (a, c) in other.aliases.iter() {
            self.aliases.add(a, *c);
        }
        for (r, c) in other.roles.iter() {
            self.roles.add(r, *c);
        }
        for outlet in other.outlets.keys() {
            self.outlets.get_or_default(outlet);
        }
    }

    fn cap(&mut self) {
        cap_counts(&mut self.aliases, MAX_ALIASES);
        cap_counts(&mut self.roles, MAX_ROLES);
        self.outlets.truncate(MAX_OUTLETS);
    }
}

fn cap_counts(map: &mut VecMap<usize>, max: usize) {
    if map.len() <= max {
        return;
    }
    let mut v = std::mem::take(map).into_entries();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(max);
    *map = VecMap::from_sorted(v);
}

/// The entries with their voted types: (type, key) in order, and under
/// each its spellings in name order.
type VotedEntries<'a> = Vec<((EntityKind, &'a str), Vec<(&'a str, Cow<'a, Spelling>)>)>;

/// Default bound on the spellings an [`EntityIndex`] keeps (about 30 MB).
pub const DEFAULT_MAX_SPELLINGS: usize = 100_000;

/// What a bounded [`EntityIndex`] let go of to stay within its bound.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Spellings dropped (one name dropped twice counts twice).
    pub spellings: u64,
    /// Their mentions.
    pub mentions: u64,
    /// The largest article count a spelling had when it was dropped.
    pub max_articles: u64,
}

/// Accumulates article entity lists. Cheap to merge; see the module docs.
///
/// Memory is bounded: past [`EntityIndex::with_max_spellings`] distinct
/// spellings (default [`DEFAULT_MAX_SPELLINGS`]), the spellings seen in the
/// fewest articles are dropped until a quarter of the room is free again
/// (lossy counting: a dropped name that comes back starts again from zero,
/// so an entity in `n` articles is counted at least `n -
/// dropped().max_articles` times, exactly when nothing of it was dropped).
/// The long tail goes; the top of every ranking stays. Which spellings go
/// depends only on what was added and in which order, never on threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityIndex {
    /// (type, key) -> canonical spelling -> counts.
    entries: BTreeMap<(EntityKind, String), VecMap<Spelling>>,
    spellings: usize,
    max_spellings: usize,
    dropped: Dropped,
}

impl Default for EntityIndex {
    fn default() -> Self {
        EntityIndex {
            entries: BTreeMap::new(),
            spellings: 0,
            max_spellings: DEFAULT_MAX_SPELLINGS,
            dropped: Dropped::default(),
        }
    }
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// An index that keeps at most `max` spellings (at least 16).
    pub fn with_max_spellings(max: usize) -> Self {
        EntityIndex {
            max_spellings: max.max(16),
            ..Self::default()
        }
    }

    /// Number of distinct (type, canonical spelling) pairs stored.
    pub fn len(&self) -> usize {
        self.spellings
    }

    /// Every canonical spelling stored (each once per type it was given).
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        self.entries.values().flat_map(|spellings| spellings.keys())
    }

    /// What was dropped to stay within the bound.
    pub fn dropped(&self) -> Dropped {
        self.dropped
    }

    /// Drop the spellings seen in the fewest articles until a quarter of
    /// the room is free.
    fn bound(&mut self) {
        if self.spellings <= self.max_spellings {
            return;
        }
        let target = self.max_spellings - self.max_spellings / 4;
        let mut floor = 1;
        while self.spellings > target {
            let dropped = &mut self.dropped;
            let mut kept = 0;
            self.entries.retain(|_, spellings| {
                spellings.retain(|_, spelling| {
                    let keep = spelling.articles > floor;
                    if !keep {
                        dropped.spellings += 1;
                        dropped.mentions += spelling.mentions as u64;
                        dropped.max_articles = dropped.max_articles.max(spelling.articles as u64);
                    }
                    keep
                });
                kept += spellings.len();
                !spellings.is_empty()
            });
            self.spellings = kept;
            floor += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Add one article's entities.
    pub fn add_article(&mut self, outlet: Option<&str>, entities: &[EntitySummary]) {
        // One article counts once per spelling even if listed twice.
        let mut seen: BTreeSet<(EntityKind, &str)> = BTreeSet::new();
        for entity in entities {
            let canonical = entity.canonical.trim();
            if canonical.is_empty() {
                continue;
            }
            let key = name_key(canonical);
            let key = if key.is_empty() {
                canonical.to_lowercase()
            } else {
                key
            };
            let first = seen.insert((entity.kind, canonical));
            let spellings = self.entries.entry((entity.kind, key)).or_default();
            if !spellings.contains_key(canonical) {
                self.spellings += 1;
            }
            let spelling = spellings.get_or_default(canonical);
            if first {
                spelling.articles += 1;
            }
            spelling.mentions += entity.mentions;
            let mut aliases: Vec<&str> = entity.aliases.iter().map(|a| a.trim()).collect();
            aliases.retain(|a| !a.is_empty());
            aliases.sort_unstable();
            aliases.dedup();
            for alias in aliases {
                spelling.aliases.add(alias, 1);
            }
            let mut roles: Vec<&str> = entity.roles.iter().map(|r| r.trim()).collect();
            roles.retain(|r| !r.is_empty());
            roles.sort_unstable();
            roles.dedup();
            for role in roles {
                spelling.roles.add(role, 1);
            }
            if let Some(outlet) = outlet {
                spelling.outlets.get_or_default(outlet);
            }
            spelling.cap();
        }
        self.bound();
    }

    /// Fold another index (e.g. another shard's) into this one.
    pub fn merge(&mut self, other: EntityIndex) {
        for (key, spellings) in other.entries {
            let mine = self.entries.entry(key).or_default();
            for (name, spelling) in spellings.into_entries() {
                if !mine.contains_key(&name) {
                    self.spellings += 1;
                }
                mine.get_or_default(&name).absorb(spelling);
            }
        }
        let theirs = other.dropped;
        self.dropped.spellings += theirs.spellings;
        self.dropped.mentions += theirs.mentions;
        self.dropped.max_articles = self.dropped.max_articles.max(theirs.max_articles);
        self.bound();
    }

    /// The merged entities, most mentioned first (ties by name).
    pub fn resolve(&self) -> Vec<MergedEntity> {
        self.resolve_with_spellings()
            .into_iter()
            .map(|(e, _)| e)
            .collect()
    }

    /// [`EntityIndex::resolve`], and the dump-level canonical name of each
    /// of `names` the table holds (whatever its type; a name it does not
    /// hold is left out), from one resolution: cheaper in time and memory
    /// than [`EntityIndex::canonical_names`] when only a few names (quote
    /// speakers, say) need relabelling.
    pub fn resolve_naming<'n>(
        &self,
        names: impl IntoIterator<Item = &'n str>,
    ) -> (Vec<MergedEntity>, BTreeMap<String, String>) {
        let wanted: std::collections::BTreeSet<&str> = names.into_iter().collect();
        let mut renamed = BTreeMap::new();
        let entities = self
            .resolve_with_spellings()
            .into_iter()
            .map(|(entity, spellings)| {
                for spelling in spellings {
                    if wanted.contains(spelling.as_str()) {
                        renamed.insert(spelling, entity.canonical.clone());
                    }
                }
                entity
            })
            .collect();
        (entities, renamed)
    }

    /// For every article-level canonical name added (with its type), the
    /// canonical name of the merged entity it belongs to: use it to relabel
    /// per-article names, e.g. quote speakers, across the dump
    /// ("Abd al-Latif Qanoua" -> "Abdel Latif al-Qanua" or the reverse).
    pub fn canonical_names(&self) -> BTreeMap<(EntityKind, String), String> {
        let mut map = BTreeMap::new();
        for (entity, spellings) in self.resolve_with_spellings() {
            for s in spellings {
                // Articles may have typed this name otherwise before the
                // dump-level vote: their (type, name) finds it too.
                for kind in EntityKind::ALL {
                    map.insert((kind, s.clone()), entity.canonical.clone());
                }
            }
        }
        map
    }

    /// The entries with one type per spelling: the type most mentions of
    /// that exact canonical name have across the dump (ties: the first of
    /// PER, ORG, LOC, MISC), so that "Stadia" tagged an organisation in most
    /// articles and a person in a few is one organisation, not two rows. The
    /// vote is per spelling, not per name key: keys are phonetic ("Biden" and
    /// "Baden" share one), and two names that only sound alike must keep
    /// their own types. A spelling that stays where it was is borrowed; only
    /// one typed several ways is copied to be folded together.
    fn entries_by_voted_kind(&self) -> VotedEntries<'_> {
        let mut mentions_by_name: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
        for ((kind, _), spellings) in &self.entries {
            for (name, spelling) in spellings.iter() {
                mentions_by_name.entry(name).or_default()[kind.index()] += spelling.mentions;
            }
        }
        let winner = |name: &str| {
            let counts = mentions_by_name.get(name).copied().unwrap_or_default();
            let best = counts.iter().copied().max().unwrap_or(0);
            EntityKind::ALL
                .into_iter()
                .find(|k| counts[k.index()] == best)
                .unwrap_or(EntityKind::Misc)
        };
        // One flat list sorted by (voted type, key, spelling), not a map of
        // maps: a map per key allocated a whole tree node for the single
        // spelling most keys have, tens of MB on a full table. The sort is
        // stable, so a spelling typed several ways is folded in the order of
        // the table, as before.
        let mut all: Vec<(EntityKind, &str, &str, &Spelling)> = Vec::with_capacity(self.spellings);
        for ((_, key), spellings) in &self.entries {
            for (name, spelling) in spellings.iter() {
                all.push((winner(name), key.as_str(), name, spelling));
            }
        }
        all.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
        let mut voted: VotedEntries = Vec::new();
        for (kind, key, name, spelling) in all {
            match voted.last_mut() {
                Some((at, names)) if *at == (kind, key) => match names.last_mut() {
                    Some((last, folded)) if *last == name => {
                        folded.to_mut().absorb(spelling.clone());
                    }
                    _ => names.push((name, Cow::Borrowed(spelling))),
                },
                _ => voted.push(((kind, key), vec![(name, Cow::Borrowed(spelling))])),
            }
        }
        voted
    }

    /// Merged entities with the article-level canonical names each absorbed.
    fn resolve_with_spellings(&self) -> Vec<(MergedEntity, Vec<String>)> {
        // Step 1: clusters inside one (type, key) bucket, by the similarity check.
        struct Cluster<'a> {
            kind: EntityKind,
            names: Vec<(&'a str, &'a Spelling)>,
            tokens: Vec<String>,
        }
        let voted = self.entries_by_voted_kind();
        let mut clusters: Vec<Cluster> = Vec::new();
        for ((kind, key), spellings) in &voted {
            let names: Vec<(&str, &Spelling)> =
                spellings.iter().map(|(n, s)| (*n, s.as_ref())).collect();
            let folded: Vec<String> = names.iter().map(|(n, _)| fold_name(n)).collect();
            let mut sets = UnionFind::new(names.len());
            for i in 0..names.len() {
                for j in (i + 1)..names.len() {
                    if similar_folded(&folded[i], &folded[j]) {
                        sets.union(i as u32, j as u32);
                    }
                }
            }
            let mut groups: BTreeMap<u32, Vec<(&str, &Spelling)>> = BTreeMap::new();
            for (i, item) in names.iter().enumerate() {
                groups.entry(sets.find(i as u32)).or_default().push(*item);
            }
            for (_, names) in groups {
                clusters.push(Cluster {
                    kind: *kind,
                    names,
                    tokens: key.split(' ').map(str::to_string).collect(),
                });
            }
        }

        // Step 2: a short person name joins the unique longer person name it ends.
        let mut target: Vec<Option<usize>> = vec![None; clusters.len()];
        let mut by_last: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (j, o) in clusters.iter().enumerate() {
            if o.kind == EntityKind::Person && o.tokens.len() >= 2 {
                if let Some(last) = o.tokens.last() {
                    by_last.entry(last.as_str()).or_default().push(j);
                }
            }
        }
        for (i, c) in clusters.iter().enumerate() {
            if c.kind != EntityKind::Person || c.tokens.len() > 2 {
                continue;
            }
            let Some(bucket) = c.tokens.last().and_then(|l| by_last.get(l.as_str())) else {
                continue;
            };
            let mut candidates: Vec<usize> = bucket
                .iter()
                .copied()
                .filter(|&j| {
                    j != i
                        && clusters[j].tokens.len() > c.tokens.len()
                        && clusters[j].tokens.ends_with(&c.tokens)
                })
                .collect();
            // Keep maximal candidates only (drop those that end another candidate).
            let all = candidates.clone();
            candidates.retain(|&j| {
                !all.iter().any(|&k| {
                    k != j
                        && clusters[k].tokens.len() > clusters[j].tokens.len()
                        && clusters[k].tokens.ends_with(&clusters[j].tokens)
                })
            });
            if candidates.len() == 1 {
                target[i] = Some(candidates[0]);
            }
        }

        let mut merged: BTreeMap<usize, Vec<(&str, &Spelling)>> = BTreeMap::new();
        for (i, c) in clusters.iter().enumerate() {
            // Targets are longer names, which never have targets themselves.
            let root = target[i].unwrap_or(i);
            merged
                .entry(root)
                .or_default()
                .extend(c.names.iter().copied());
        }

        let mut out: Vec<(MergedEntity, Vec<String>)> = merged
            .into_iter()
            .map(|(root, names)| {
                let entity = build_entity(clusters[root].kind, &clusters[root].names, &names);
                let mut spellings: Vec<String> = names.iter().map(|(n, _)| n.to_string()).collect();
                spellings.sort();
                (entity, spellings)
            })
            .collect();
        out.sort_by(|(a, _), (b, _)| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.canonical.cmp(&b.canonical))
                .then_with(|| a.kind.cmp(&b.kind))
        });
        out
    }
}

/// The canonical name is chosen among the root cluster's spellings (the
/// full names): most articles, then most mentions, then the longest, then
/// the smallest string.
fn build_entity(
    kind: EntityKind,
    root_names: &[(&str, &Spelling)],
    names: &[(&str, &Spelling)],
) -> MergedEntity {
    let canonical = root_names
        .iter()
        .max_by(|a, b| {
            a.1.articles
                .cmp(&b.1.articles)
                .then_with(|| a.1.mentions.cmp(&b.1.mentions))
                .then_with(|| a.0.len().cmp(&b.0.len()))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    let mut total = Spelling::default();
    for (_, s) in names {
        total.add(s);
    }
    let sorted = |m: VecMap<usize>| {
        let mut v: Vec<(String, usize)> = m
            .into_entries()
            .into_iter()
            .map(|(k, n)| (k.into_string(), n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    MergedEntity {
        canonical,
        kind,
        aliases: sorted(total.aliases),
        articles: total.articles,
        mentions: total.mentions,
        outlets: total.outlets.keys().map(str::to_string).collect(),
        roles: sorted(total.roles),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(
        canonical: &str,
        kind: EntityKind,
        mentions: usize,
        aliases: &[&str],
    ) -> EntitySummary {
        EntitySummary {
            canonical: canonical.to_string(),
            kind,
            mentions,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: Vec::new(),
        }
    }

    #[test]
    fn a_bounded_index_drops_the_long_tail_and_keeps_the_top() {
        let mut index = EntityIndex::with_max_spellings(100);
        let mut merged_shards = EntityIndex::with_max_spellings(100);
        let mut shard = EntityIndex::with_max_spellings(100);
        for i in 0..1000 {
            // Every article names the minister and one person never seen again.
            let article = [
                summary("Dana Weber", EntityKind::Person, 2, &["Dana Weber"]),
                summary(&format!("Unique Person{i}"), EntityKind::Person, 1, &[]),
            ];
            index.add_article(Some("Outlet"), &article);
            shard.add_article(Some("Outlet"), &article);
            if i % 250 == 249 {
                merged_shards.merge(std::mem::replace(
                    &mut shard,
                    EntityIndex::with_max_spellings(100),
                ));
            }
            assert!(
                index.len() <= 100,
                "bounded at article {i}: {}",
                index.len()
            );
        }
        for index in [&index, &merged_shards] {
            let resolved = index.resolve();
            let weber = resolved
                .iter()
                .find(|e| e.canonical == "Dana Weber")
                .expect("kept");
            assert_eq!(
                (weber.articles, weber.mentions),
                (1000, 2000),
                "the top is exact"
            );
            let dropped = index.dropped();
            assert_eq!(resolved.len() as u64 + dropped.spellings, 1001);
            assert_eq!(dropped.mentions, dropped.spellings);
            assert_eq!(dropped.max_articles, 1);
        }
        assert_eq!(EntityIndex::new().len(), 0);
    }

    #[test]
    fn one_name_has_one_type_across_the_dump() {
        let mut index = EntityIndex::new();
        index.add_article(
            Some("A"),
            &[summary("Stadia", EntityKind::Person, 1, &["Stadia"])],
        );
        for outlet in ["B", "C", "D"] {
            index.add_article(
                Some(outlet),
                &[summary("Stadia", EntityKind::Organisation, 2, &["Stadia"])],
            );
        }
        let merged = index.resolve();
        assert_eq!(merged.len(), 1, "{merged:#?}");
        assert_eq!(merged[0].kind, EntityKind::Organisation);
        assert_eq!((merged[0].articles, merged[0].mentions), (4, 7));
        // The article that typed it a person still finds the dump's entity.
        let names = index.canonical_names();
        assert_eq!(
            names.get(&(EntityKind::Person, "Stadia".to_string())),
            Some(&"Stadia".to_string())
        );
        // Names that only sound alike share a key but keep their own types.
        let mut alike = EntityIndex::new();
        alike.add_article(None, &[summary("Biden", EntityKind::Person, 3, &[])]);
        alike.add_article(None, &[summary("Baden", EntityKind::Place, 1, &[])]);
        assert_eq!(name_key("Biden"), name_key("Baden"));
        let kinds: BTreeSet<(String, EntityKind)> = alike
            .resolve()
            .into_iter()
            .map(|e| (e.canonical, e.kind))
            .collect();
        assert!(
            kinds.contains(&("Baden".to_string(), EntityKind::Place)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Biden".to_string(), EntityKind::Person)),
            "{kinds:?}"
        );
        // A tie keeps a fixed order of types: PER, ORG, LOC, MISC.
        let mut tie = EntityIndex::new();
        tie.add_article(None, &[summary("Jordan", EntityKind::Place, 1, &[])]);
        tie.add_article(None, &[summary("Jordan", EntityKind::Person, 1, &[])]);
        let merged = tie.resolve();
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].kind, EntityKind::Person);
    }

    #[test]
    fn spellings_across_articles_become_one() {
        let mut index = EntityIndex::new();
        index.add_article(
            Some("a.com"),
            &[summary(
                "Abd al-Latif Qanoua",
                EntityKind::Person,
                1,
                &["Abd al-Latif Qanoua"],
            )],
        );
        index.add_article(
            Some("b.com"),
            &[summary(
                "Abdel Latif al-Qanua",
                EntityKind::Person,
                2,
                &["Abdel Latif al-Qanua"],
            )],
        );
        index.add_article(
            Some("b.com"),
            &[summary(
                "Abdel Latif al-Qanua",
                EntityKind::Organisation,
                1,
                &["x"],
            )],
        );
        let out = index.resolve();
        let per: Vec<&MergedEntity> = out
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .collect();
        assert_eq!(per.len(), 1);
        // The one article that typed the name an organisation is outvoted:
        // one name, one type, its counts folded in.
        assert_eq!(out.len(), 1, "one type per name: {out:#?}");
        assert_eq!(per[0].mentions, 4);
        assert_eq!(per[0].articles, 3);
        assert_eq!(per[0].aliases.len(), 3);
        assert_eq!(per[0].outlets, vec!["a.com", "b.com"]);
    }

    #[test]
    fn canonical_names_map_article_names_to_the_merged_name() {
        let mut index = EntityIndex::new();
        let p = EntityKind::Person;
        index.add_article(
            None,
            &[summary(
                "Abd al-Latif Qanoua",
                p,
                1,
                &["Abd al-Latif Qanoua"],
            )],
        );
        index.add_article(
            None,
            &[summary(
                "Abdel Latif al-Qanua",
                p,
                3,
                &["Abdel Latif al-Qanua"],
            )],
        );
        index.add_article(None, &[summary("Witkoff", p, 1, &["Witkoff"])]);
        index.add_article(None, &[summary("Steve Witkoff", p, 1, &["Steve Witkoff"])]);
        let names = index.canonical_names();
        let get = |n: &str| names.get(&(p, n.to_string())).map(String::as_str);
        assert_eq!(get("Abd al-Latif Qanoua"), Some("Abdel Latif al-Qanua"));
        assert_eq!(get("Abdel Latif al-Qanua"), Some("Abdel Latif al-Qanua"));
        assert_eq!(get("Witkoff"), Some("Steve Witkoff"));
        assert_eq!(names.keys().filter(|(kind, _)| *kind == p).count(), 4);
        // Asked for two names (one the table never saw): only those, and
        // the entities exactly as `resolve` gives them.
        let (entities, renamed) =
            index.resolve_naming(["Witkoff", "Abd al-Latif Qanoua", "Nobody"]);
        assert_eq!(entities, index.resolve());
        assert_eq!(
            renamed.into_iter().collect::<Vec<_>>(),
            [
                (
                    "Abd al-Latif Qanoua".to_string(),
                    "Abdel Latif al-Qanua".to_string()
                ),
                ("Witkoff".to_string(), "Steve Witkoff".to_string())
            ]
        );
    }

    #[test]
    fn surnames_join_only_a_unique_full_name() {
        let mut index = EntityIndex::new();
        let p = EntityKind::Person;
        index.add_article(None, &[summary("Steve Witkoff", p, 3, &["Steve Witkoff"])]);
        index.add_article(None, &[summary("Witkoff", p, 1, &["Witkoff"])]);
        index.add_article(None, &[summary("Gad Haggai", p, 1, &["Gad Haggai"])]);
        index.add_article(None, &[summary("Judi Haggai", p, 1, &["Judi Haggai"])]);
        index.add_article(None, &[summary("Haggai", p, 1, &["Haggai"])]);
        let out = index.resolve();
        let names: Vec<&str> = out.iter().map(|e| e.canonical.as_str()).collect();
        assert!(names.contains(&"Steve Witkoff") && !names.contains(&"Witkoff"));
        assert!(
            names.contains(&"Gad Haggai")
                && names.contains(&"Judi Haggai")
                && names.contains(&"Haggai")
        );
        let w = out
            .iter()
            .find(|e| e.canonical == "Steve Witkoff")
            .expect("witkoff");
        assert_eq!(w.mentions, 4);
    }

    #[test]
    fn merge_is_associative_and_order_free() {
        let p = EntityKind::Person;
        let arts = [
            summary("Khaled Meshaal", p, 2, &["Khaled Meshaal", "Meshaal"]),
            summary("Khalid Mishal", p, 1, &["Khalid Mishal"]),
            summary("Hamas", EntityKind::Organisation, 5, &["Hamas"]),
            summary("Meshaal", p, 1, &["Meshaal"]),
        ];
        let one = |i: usize| {
            let mut x = EntityIndex::new();
            x.add_article(Some(&format!("o{i}")), std::slice::from_ref(&arts[i]));
            x
        };
        let mut left = one(0);
        left.merge(one(1));
        left.merge(one(2));
        left.merge(one(3));
        let mut bc = one(2);
        bc.merge(one(3));
        let mut right = one(1);
        right.merge(bc);
        let mut a = one(0);
        a.merge(right);
        assert_eq!(left.resolve(), a.resolve());
        let mut rev = one(3);
        for i in (0..3).rev() {
            rev.merge(one(i));
        }
        assert_eq!(left.resolve(), rev.resolve());
        let meshaal = left
            .resolve()
            .into_iter()
            .find(|e| e.kind == p)
            .expect("person");
        assert_eq!(meshaal.canonical, "Khaled Meshaal");
        assert_eq!(meshaal.mentions, 4);
    }
}
