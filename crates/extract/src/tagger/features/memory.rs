//! The training data's entity strings, kept as hashes.

use super::token::TokInfo;
use super::{hash, row, F_ALL_UPPER, F_INIT_UPPER, T_MEM, T_MEM_AMBIG};
use crate::key_filter::KeyFilter;
use crate::tagger::labels::N_TYPES;
use std::collections::HashMap;

/// Entity strings of the training data, as hashes of their lowercased
/// token sequences with per-type counts (no text is kept).
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    entries: HashMap<u64, [u16; N_TYPES], crate::gazetteer::IdBuild>,
    prefixes: std::collections::HashSet<u64, crate::gazetteer::IdBuild>,
    max_len: usize,
    /// Every key of both, for the look-up at each token: most tokens open
    /// no entity string, and this says so from the cache.
    keys: KeyFilter,
}

const MEM_SEED: u64 = 0x3e3;

impl Memory {
    /// Adds one entity given the [`hash::lower`] hashes of its tokens.
    #[cfg(feature = "train")]
    pub fn add(&mut self, lower: &[u64], ty: usize) {
        if lower.is_empty() || lower.len() > 8 || ty >= N_TYPES {
            return;
        }
        let mut h = MEM_SEED;
        for (k, &t) in lower.iter().enumerate() {
            h = hash::add(h, t);
            if k + 1 < lower.len() {
                self.insert_prefix(h);
            }
        }
        self.keys.insert(h);
        let e = self.entries.entry(h).or_insert([0; N_TYPES]);
        e[ty] = e[ty].saturating_add(1);
        self.max_len = self.max_len.max(lower.len());
    }

    /// An empty memory for strings of at most `max_len` tokens.
    pub fn with_max_len(max_len: usize) -> Memory {
        Memory {
            max_len,
            ..Memory::default()
        }
    }

    /// Tokens in the longest string.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// Adds the string hashed to `key` with its per-type counts, replacing
    /// any counts it had.
    pub fn insert_entry(&mut self, key: u64, counts: [u16; N_TYPES]) {
        self.keys.insert(key);
        self.entries.insert(key, counts);
    }

    /// Adds the hash of a proper prefix of a string.
    pub fn insert_prefix(&mut self, key: u64) {
        self.keys.insert(key);
        self.prefixes.insert(key);
    }

    /// Room for this many more entries and prefixes.
    pub fn reserve(&mut self, entries: usize, prefixes: usize) {
        self.entries.reserve(entries);
        self.prefixes.reserve(prefixes);
    }

    /// The strings' hashes and counts, in no order.
    pub fn entries(&self) -> impl Iterator<Item = (u64, [u16; N_TYPES])> + '_ {
        self.entries.iter().map(|(&k, &v)| (k, v))
    }

    /// The prefixes' hashes, in no order.
    pub fn prefixes(&self) -> impl Iterator<Item = u64> + '_ {
        self.prefixes.iter().copied()
    }

    /// Every match over a sentence: (start, end, counts).
    pub(super) fn find(&self, lower: &[u64], out: &mut Vec<(usize, usize, [u16; N_TYPES])>) {
        for i in 0..lower.len() {
            if !self.keys.may_contain(hash::add(MEM_SEED, lower[i])) {
                continue;
            }
            let mut h = MEM_SEED;
            for (j, &t) in lower.iter().enumerate().skip(i).take(self.max_len) {
                h = hash::add(h, t);
                if let Some(c) = self.entries.get(&h) {
                    out.push((i, j + 1, *c));
                }
                if !self.prefixes.contains(&h) {
                    break;
                }
            }
        }
    }
}

impl Memory {
    /// The rows of the features of the training-data entity strings found
    /// in the document's sentences (token ranges over `lower`, its tokens'
    /// lower-case hashes), as (token, row) pairs sorted by token: the most
    /// frequent type and the token's place in the string, and whether the
    /// string was seen with other types too.
    pub(super) fn rows(
        &self,
        sentences: &[(usize, usize)],
        lower: &[u64],
        infos: &[TokInfo],
        bits: u32,
    ) -> Vec<(u32, u32)> {
        let mut rows: Vec<(u32, u32)> = Vec::new();
        if self.entries.is_empty() {
            return rows;
        }
        let mut found = Vec::new();
        for &(a, b) in sentences {
            found.clear();
            self.find(&lower[a..b], &mut found);
            for &(ms, me, c) in &found {
                let (ms, me) = (a + ms, a + me);
                // Lowercase single words ("the") are not names.
                if me - ms == 1 && infos[ms].flags & (F_INIT_UPPER | F_ALL_UPPER) == 0 {
                    continue;
                }
                let mut best = 0;
                for k in 1..N_TYPES {
                    if c[k] > c[best] {
                        best = k;
                    }
                }
                let kinds = c.iter().filter(|&&x| x > 0).count() as u64;
                let len = me - ms;
                for k in ms..me {
                    let pos = if len == 1 {
                        0
                    } else if k == ms {
                        1
                    } else if k + 1 == me {
                        3
                    } else {
                        2
                    };
                    rows.push((k as u32, row(hash::triple(T_MEM, best as u64, pos), bits)));
                    if kinds > 1 {
                        rows.push((
                            k as u32,
                            row(hash::triple(T_MEM_AMBIG, best as u64, pos), bits),
                        ));
                    }
                }
            }
        }
        rows.sort_unstable();
        rows.dedup();
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(words: &[&str]) -> Vec<u64> {
        words.iter().map(|w| hash::lower(w)).collect()
    }

    fn found(memory: &Memory, words: &[&str]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        memory.find(&lower(words), &mut out);
        out.into_iter().map(|(s, e, _)| (s, e)).collect()
    }

    #[test]
    fn every_string_inserted_is_found_where_it_stands() {
        // Hashed as the model file lists them: entries and prefixes.
        let mut memory = Memory::with_max_len(3);
        let key = |words: &[&str]| lower(words).iter().fold(MEM_SEED, |h, &t| hash::add(h, t));
        memory.insert_prefix(key(&["new"]));
        memory.insert_prefix(key(&["new", "york"]));
        memory.insert_entry(key(&["new", "york", "city"]), [0, 0, 3, 0]);
        memory.insert_entry(key(&["reuters"]), [0, 2, 0, 0]);
        let words = ["in", "New", "York", "City", ",", "Reuters", "said"];
        assert_eq!(found(&memory, &words), vec![(1, 4), (5, 6)]);
        assert_eq!(found(&memory, &["new", "york"]), vec![]);
    }

    #[test]
    fn the_shipped_model_finds_its_training_names() {
        let memory = &crate::tagger::Tagger::english().model().memory;
        let words = ["the", "European", "Commission", "said", "in", "Germany"];
        let spans = found(memory, &words);
        assert!(spans.contains(&(1, 3)), "{spans:?}");
        assert!(spans.contains(&(5, 6)), "{spans:?}");
    }
}
