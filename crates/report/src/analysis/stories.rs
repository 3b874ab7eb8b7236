//! The description of the largest stories, gathered in walks over the
//! digests with state bounded per story: a story can hold most of a dump.

use super::*;
use std::cmp::Reverse;

/// Counters of the frequent-items summary. Each article adds at most
/// [`STORY_ENTITIES`] entities, so a story of `n` articles adds `m ≤ 5n`;
/// an entity named in half its articles occurs at least `n/2 ≥ m/10` times,
/// and the summary keeps every item above `m/(k+1)` for `k` counters.
const ENTITY_COUNTERS: usize = 4 * STORY_ENTITIES;

struct StoryCollector<'a> {
    number: u32,
    size: usize,
    /// The earliest articles, largest key on top.
    first: BinaryHeap<OrderKey>,
    outlets: BTreeSet<&'a str>,
    /// Misra–Gries counters: every entity frequent enough to be listed.
    candidates: Vec<(u64, usize)>,
    /// Exact counts of the candidates, from a second walk.
    counts: HashMap<u64, usize>,
}

impl<'a> StoryCollector<'a> {
    fn new(number: u32, size: usize) -> Self {
        StoryCollector {
            number,
            size,
            first: BinaryHeap::new(),
            outlets: BTreeSet::new(),
            candidates: Vec::with_capacity(ENTITY_COUNTERS),
            counts: HashMap::new(),
        }
    }

    fn add(&mut self, position: u32, digest: &ArticleDigest, outlet: Option<&'a str>) {
        self.first.push(order_key(day_of(digest), position));
        if self.first.len() > MAX_CLUSTER_MEMBERS {
            self.first.pop();
        }
        if let Some(outlet) = outlet {
            self.outlets.insert(outlet);
        }
        for &entity in digest.top_entities().iter().take(STORY_ENTITIES) {
            self.count_candidate(entity);
        }
    }

    fn count_candidate(&mut self, entity: u64) {
        if let Some(slot) = self.candidates.iter_mut().find(|(e, _)| *e == entity) {
            slot.1 += 1;
        } else if self.candidates.len() < ENTITY_COUNTERS {
            self.candidates.push((entity, 1));
        } else {
            for slot in &mut self.candidates {
                slot.1 -= 1;
            }
            self.candidates.retain(|&(_, n)| n > 0);
        }
    }

    fn count_exactly(&mut self, digest: &ArticleDigest) {
        for entity in digest.top_entities().iter().take(STORY_ENTITIES) {
            if let Some(n) = self.counts.get_mut(entity) {
                *n += 1;
            }
        }
    }

    fn into_cluster(
        self,
        aggregates: &DumpAggregates,
        names_by_id: &HashMap<u64, &str>,
    ) -> StoryCluster {
        let members: Vec<u32> = self
            .first
            .into_sorted_vec()
            .into_iter()
            .map(|(_, _, position)| position)
            .collect();
        let articles = &aggregates.articles;
        let first_signature = members
            .first()
            .and_then(|&m| articles.signature(m as usize))
            .unwrap_or(Signature::EMPTY);
        let mut entities: Vec<(usize, &str)> = self
            .counts
            .iter()
            .filter(|(_, &c)| c * 2 >= self.size)
            .filter_map(|(e, &c)| Some((c, *names_by_id.get(e)?)))
            .collect();
        entities.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        StoryCluster {
            id: format!("s{}", self.number),
            size: self.size as u64,
            entities: entities
                .into_iter()
                .take(STORY_ENTITIES)
                .map(|(_, e)| e.to_string())
                .collect(),
            outlets: self.outlets.into_iter().map(str::to_string).collect(),
            articles: members
                .iter()
                .map(|&m| {
                    let similarity = articles
                        .signature(m as usize)
                        .map_or(0.0, |s| first_signature.similarity(&s));
                    cluster_article(aggregates, m, similarity)
                })
                .collect(),
        }
    }
}

/// The `ranked` stories (size, number, root of the set), described in that
/// order. `stories` has every path flattened.
pub(super) fn describe_stories(
    aggregates: &DumpAggregates,
    stories: &UnionFind,
    ranked: &[(Reverse<usize>, u32, u32)],
    names_by_id: &HashMap<u64, &str>,
) -> Vec<StoryCluster> {
    if ranked.is_empty() {
        return Vec::new();
    }
    let mut collectors: HashMap<u32, StoryCollector> = ranked
        .iter()
        .map(|&(Reverse(size), number, root)| (root, StoryCollector::new(number, size)))
        .collect();
    for (i, digest) in aggregates.articles.iter().enumerate() {
        let position = i as u32;
        if let Some(collector) = collectors.get_mut(&stories.root(position)) {
            collector.add(position, &digest, aggregates.outlet(&digest));
        }
    }
    for collector in collectors.values_mut() {
        collector.counts = collector.candidates.iter().map(|&(e, _)| (e, 0)).collect();
    }
    for (i, digest) in aggregates.articles.iter().enumerate() {
        if let Some(collector) = collectors.get_mut(&stories.root(i as u32)) {
            collector.count_exactly(&digest);
        }
    }
    ranked
        .iter()
        .filter_map(|(_, _, root)| collectors.remove(root))
        .map(|collector| collector.into_cluster(aggregates, names_by_id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_entities_survive_the_bounded_counters() {
        let mut collector = StoryCollector::new(1, 100);
        // Entity 7 in every other article, among many rare ones.
        for article in 0..100u64 {
            if article % 2 == 0 {
                collector.count_candidate(7);
            }
            for k in 0..4 {
                collector.count_candidate(1000 + article * 4 + k);
            }
        }
        assert!(collector.candidates.len() <= ENTITY_COUNTERS);
        assert!(collector.candidates.iter().any(|&(e, _)| e == 7));
    }
}
