//! Which articles are copies of each other and which tell the same story:
//! MinHash LSH buckets joined with union-find.

use super::*;

/// The sets of the union-find with at least two members, by root; members
/// in position order. Singletons (most articles) cost nothing.
pub(super) fn groups_of_two_or_more(uf: &mut UnionFind, n: usize) -> BTreeMap<u32, Vec<u32>> {
    let mut sizes = vec![0u32; n];
    for i in 0..n as u32 {
        sizes[uf.find(i) as usize] += 1;
    }
    let mut groups: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for i in 0..n as u32 {
        let root = uf.find(i);
        if sizes[root as usize] > 1 {
            groups.entry(root).or_default().push(i);
        }
    }
    groups
}

pub(super) fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Group sorted `(key, position)` pairs and call `f` on each group of two or more.
pub(super) fn for_each_bucket(keys: &mut [(u64, u32)], mut f: impl FnMut(&[(u64, u32)])) {
    keys.sort_unstable();
    for group in keys.chunk_by(|a, b| a.0 == b.0) {
        if group.len() > 1 {
            f(group);
        }
    }
}

pub(super) fn duplicate_union(articles: &Digests) -> UnionFind {
    let mut uf = UnionFind::new(articles.len());
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(articles.len());
    for band in 0..BANDS {
        keys.clear();
        keys.extend(
            articles
                .iter()
                .enumerate()
                .filter(|(_, a)| !a.signature.is_empty())
                .map(|(i, a)| (a.signature.band_key(band), i as u32)),
        );
        for_each_bucket(&mut keys, |group| {
            let mut leaders: Vec<u32> = Vec::new();
            for &(_, i) in group {
                let mut joined = false;
                for &leader in &leaders {
                    if uf.find(leader) == uf.find(i) {
                        joined = true;
                        break;
                    }
                    let sim = articles[leader as usize]
                        .signature
                        .similarity(&articles[i as usize].signature);
                    if sim >= DUPLICATE_THRESHOLD {
                        uf.union(leader, i);
                        joined = true;
                        break;
                    }
                }
                if !joined && leaders.len() < MAX_LEADERS {
                    leaders.push(i);
                }
            }
        });
    }
    uf
}

/// The story keys (one per triple of top entities) are processed in this
/// many passes, each holding the keys with `key % STORY_PASSES == pass`, so
/// the transient key list stays near 2.5 keys (40 bytes) per article.
pub(super) const STORY_PASSES: u64 = 4;

pub(super) fn story_union(articles: &Digests, days: &[Option<i64>]) -> UnionFind {
    let mut uf = UnionFind::new(articles.len());
    let mut keys: Vec<(u64, u32)> = Vec::new();
    let mut top: Vec<u64> = Vec::with_capacity(STORY_ENTITIES);
    for pass in 0..STORY_PASSES {
        keys.clear();
        for (i, article) in articles.iter().enumerate() {
            top.clear();
            top.extend(article.top_entities().iter().take(STORY_ENTITIES));
            top.sort_unstable();
            top.dedup();
            for a in 0..top.len() {
                for b in a + 1..top.len() {
                    for c in b + 1..top.len() {
                        let key = mix(mix(top[a], top[b]), top[c].wrapping_add(1));
                        if key % STORY_PASSES == pass {
                            keys.push((key, i as u32));
                        }
                    }
                }
            }
        }
        for_each_bucket(&mut keys, |group| {
            let mut members: Vec<(Option<i64>, u32)> =
                group.iter().map(|&(_, i)| (days[i as usize], i)).collect();
            members.sort_unstable();
            let mut leader: Option<(Option<i64>, u32)> = None;
            for member in members {
                let joins = match (leader, member.0) {
                    (Some((None, _)), None) => true,
                    (Some((Some(l), _)), Some(d)) => d - l <= STORY_DAYS,
                    _ => false,
                };
                match (joins, leader) {
                    (true, Some((_, l))) => uf.union(l, member.1),
                    _ => leader = Some(member),
                }
            }
        });
    }
    uf
}
