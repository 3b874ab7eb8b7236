//! The training data's entity strings, kept as hashes.

use super::token::TokInfo;
use super::{hash, row, F_ALL_UPPER, F_INIT_UPPER, T_MEM, T_MEM_AMBIG};
use crate::tagger::labels::N_TYPES;
use std::collections::HashMap;

/// Entity strings of the training data, as hashes of their lowercased
/// token sequences with per-type counts (no text is kept).
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    pub entries: HashMap<u64, [u16; N_TYPES], crate::gazetteer::IdBuild>,
    pub prefixes: std::collections::HashSet<u64, crate::gazetteer::IdBuild>,
    pub max_len: usize,
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
                self.prefixes.insert(h);
            }
        }
        let e = self.entries.entry(h).or_insert([0; N_TYPES]);
        e[ty] = e[ty].saturating_add(1);
        self.max_len = self.max_len.max(lower.len());
    }

    /// Every match over a sentence: (start, end, counts).
    pub(super) fn find(&self, lower: &[u64], out: &mut Vec<(usize, usize, [u16; N_TYPES])>) {
        for i in 0..lower.len() {
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
