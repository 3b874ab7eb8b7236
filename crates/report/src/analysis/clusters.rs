//! Which articles are copies of each other and which tell the same story:
//! MinHash LSH keys, sorted, joined with union-find.

use super::sorted_keys::SortedKeys;
use super::*;
use newsmill_types::UnionFind;
use std::path::Path;

pub(super) fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Near-duplicate sets: the LSH band keys of every signature are sorted
/// (on disk with scratch files), and the articles of one key in one band
/// are compared in turn. With scratch files all bands are written in one
/// walk over the digests on disk; in memory, one band at a time (16 bytes
/// an article instead of 32 times that).
pub(super) fn duplicate_union(
    articles: &Digests,
    scratch: Option<&Path>,
) -> std::io::Result<UnionFind> {
    let mut uf = UnionFind::new(articles.len());
    let bands_per_walk = if scratch.is_some() { BANDS } else { 1 };
    for first in (0..BANDS).step_by(bands_per_walk) {
        let mut keys = SortedKeys::<u32>::new(scratch, "bands", bands_per_walk);
        for (i, signature) in articles.signatures().enumerate() {
            if signature.is_empty() {
                continue;
            }
            for group in 0..bands_per_walk {
                keys.push(group, signature.band_key(first + group), i as u32)?;
            }
        }
        let mut leaders = Leaders::default();
        keys.for_each_sorted(|new_key, i| {
            if new_key {
                leaders.0.clear();
            }
            leaders.join(&mut uf, articles, i);
        })?;
    }
    Ok(uf)
}

/// The first articles of one LSH key that joined no earlier one (at most
/// [`MAX_LEADERS`]), with their signatures once read.
#[derive(Default)]
struct Leaders(Vec<(u32, Option<Signature>)>);

impl Leaders {
    /// Join article `i` to the first leader of its key similar enough, or
    /// make it a leader. Signatures are read only for a comparison: a copy
    /// meets the same earlier copy in most of the 32 bands, and after the
    /// first band the two are already one set.
    fn join(&mut self, uf: &mut UnionFind, articles: &Digests, i: u32) {
        let load = |slot: &mut Option<Signature>, position: u32| -> Signature {
            *slot.get_or_insert_with(|| {
                articles
                    .signature(position as usize)
                    .unwrap_or(Signature::EMPTY)
            })
        };
        let mut own: Option<Signature> = None;
        for (leader, leader_signature) in &mut self.0 {
            if uf.find(*leader) == uf.find(i) {
                return;
            }
            if load(leader_signature, *leader).similarity(&load(&mut own, i)) >= DUPLICATE_THRESHOLD
            {
                uf.union(*leader, i);
                return;
            }
        }
        if self.0.len() < MAX_LEADERS {
            self.0.push((i, own));
        }
    }
}

/// An article's day and position in one key's value, ordered by day
/// (undated first) and then by position, as a story window needs them.
fn story_value(day: Option<i64>, position: u32) -> u64 {
    // Days of four-digit years fit an i32 with room to spare; 0 is "no day".
    let code = day.map_or(0, |d| {
        (d - i64::from(i32::MIN)).clamp(1, u32::MAX.into()) as u64
    });
    (code << 32) | u64::from(position)
}

fn story_member(value: u64) -> (Option<i64>, u32) {
    let code = (value >> 32) as i64;
    let day = (code != 0).then(|| code + i64::from(i32::MIN));
    (day, value as u32)
}

/// Story sets: one key per triple of an article's top entities, sorted
/// (on disk when the aggregates spill); in each group of one key, articles
/// within [`STORY_DAYS`] of the one that opened a window join it. The sets
/// are dense (most articles of a news dump share a story with another).
pub(super) fn story_union(
    articles: &Digests,
    scratch: Option<&Path>,
) -> std::io::Result<UnionFind> {
    let mut uf = UnionFind::new(articles.len());
    let mut keys = SortedKeys::<u64>::new(scratch, "stories", 1);
    let mut top: Vec<u64> = Vec::with_capacity(STORY_ENTITIES);
    for (i, article) in articles.iter().enumerate() {
        top.clear();
        top.extend(article.top_entities().iter().take(STORY_ENTITIES));
        top.sort_unstable();
        top.dedup();
        let value = story_value(day_of(&article), i as u32);
        for a in 0..top.len() {
            for b in a + 1..top.len() {
                for c in b + 1..top.len() {
                    let key = mix(mix(top[a], top[b]), top[c].wrapping_add(1));
                    keys.push(0, key, value)?;
                }
            }
        }
    }
    // Each key's articles come sorted by value: by day, then position.
    let mut leader: Option<(Option<i64>, u32)> = None;
    keys.for_each_sorted(|new_key, value| {
        let member = story_member(value);
        if new_key {
            leader = None;
        }
        let joins = match (leader, member.0) {
            (Some((None, _)), None) => true,
            (Some((Some(l), _)), Some(d)) => d - l <= STORY_DAYS,
            _ => false,
        };
        match (joins, leader) {
            (true, Some((_, l))) => uf.union(l, member.1),
            _ => leader = Some(member),
        }
    })?;
    Ok(uf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_values_sort_by_day_then_position() {
        let mut values = vec![
            story_value(Some(20_000), 3),
            story_value(None, 9),
            story_value(Some(-5), 7),
            story_value(Some(20_000), 1),
            story_value(None, 2),
        ];
        values.sort_unstable();
        let members: Vec<(Option<i64>, u32)> = values.into_iter().map(story_member).collect();
        assert_eq!(
            members,
            [
                (None, 2),
                (None, 9),
                (Some(-5), 7),
                (Some(20_000), 1),
                (Some(20_000), 3)
            ]
        );
    }
}
