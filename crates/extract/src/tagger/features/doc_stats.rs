//! Statistics of the whole document that need no prediction: how each
//! capitalised word is written elsewhere in it, and its neighbours there.

use super::token::TokInfo;
use super::{hash, near, row, DocFeatures, BOS, EOS, T_AGG_NEXT, T_AGG_PREV};
use super::{F_ALL_UPPER, F_ALPHA, F_INIT_UPPER, F_LOWER};
use crate::gazetteer::GazetteerMatch;
use std::collections::HashMap;

/// How a word (by its lower-cased form) is written across the document.
#[derive(Default, Clone, Copy)]
pub(super) struct KeyStat {
    /// Somewhere in lower case.
    pub lower: bool,
    /// Capitalised inside a sentence that is not all capitals.
    pub cap_mid: bool,
    /// After a title or a given name of the name lists.
    pub title_before: bool,
    /// Capitalised beside another capitalised word.
    pub neighbor_cap: bool,
}

/// The gazetteer matches of the document (sorted by start), each
/// sentence's range of them, and the longest match in tokens.
pub(super) type Matches<'a> = (&'a [GazetteerMatch], &'a [(usize, usize)], usize);

/// [`KeyStat`] per lower-cased form of the document's words. `title_mask`
/// holds the name-list categories that count as titles.
pub(super) fn key_stats(
    df: &DocFeatures,
    infos: &[TokInfo],
    (matches, sent_matches, span_max): Matches,
    title_mask: u32,
) -> HashMap<u64, KeyStat, crate::gazetteer::IdBuild> {
    let mut stats: HashMap<u64, KeyStat, crate::gazetteer::IdBuild> = HashMap::default();
    for (si, &(a, b)) in df.sentences.iter().enumerate() {
        let caps_sent = df.caps_sentence.get(a).copied().unwrap_or(false);
        let (m0, m1) = sent_matches[si];
        for i in a..b {
            let f = infos[i].flags;
            if f & F_ALPHA == 0 {
                continue;
            }
            let st = stats.entry(infos[i].norm).or_default();
            if f & F_LOWER != 0 {
                st.lower = true;
            } else if f & F_INIT_UPPER != 0 && i > a && !caps_sent {
                st.cap_mid = true;
                if infos[i - 1].flags & F_INIT_UPPER != 0 && i - 1 > a
                    || infos
                        .get(i + 1)
                        .is_some_and(|n| i + 1 < b && n.flags & F_INIT_UPPER != 0)
                {
                    st.neighbor_cap = true;
                }
            }
            if i > a
                && near(&matches[m0..m1], i, span_max)
                    .iter()
                    .any(|m| m.end == i && m.categories & title_mask != 0)
            {
                st.title_before = true;
            }
        }
    }
    stats
}

/// Other occurrences of a capitalised word whose neighbours a token is
/// given (its first ones in the text).
const AGG_MAX: usize = 4;

/// The rows of the neighbours of each capitalised word's other occurrences
/// in the document, as (token, row) pairs sorted by token.
pub(super) fn context_aggregates(
    sentences: &[(usize, usize)],
    infos: &[TokInfo],
    bits: u32,
) -> Vec<(u32, u32)> {
    let mut by_key: Vec<(u64, u32)> = Vec::new();
    let mut sent_of = vec![0u32; infos.len()];
    for (si, &(a, b)) in sentences.iter().enumerate() {
        for i in a..b {
            sent_of[i] = si as u32;
            if infos[i].flags & (F_INIT_UPPER | F_ALL_UPPER) != 0 && infos[i].flags & F_ALPHA != 0 {
                by_key.push((infos[i].norm, i as u32));
            }
        }
    }
    by_key.sort_unstable();
    let mut agg: Vec<(u32, u32)> = Vec::new();
    let mut g = 0;
    while g < by_key.len() {
        let mut h = g;
        while h < by_key.len() && by_key[h].0 == by_key[g].0 {
            h += 1;
        }
        if h - g >= 2 {
            let group = &by_key[g..h];
            for (x, &(_, i)) in group.iter().enumerate() {
                let others = group
                    .iter()
                    .enumerate()
                    .filter(|&(y, _)| y != x)
                    .take(AGG_MAX);
                for (_, &(_, j)) in others {
                    let j = j as usize;
                    let (a, b) = sentences[sent_of[j] as usize];
                    let p = if j > a { infos[j - 1].norm } else { BOS };
                    let n = if j + 1 < b { infos[j + 1].norm } else { EOS };
                    agg.push((i, row(hash::pair(T_AGG_PREV, p), bits)));
                    agg.push((i, row(hash::pair(T_AGG_NEXT, n), bits)));
                }
            }
        }
        g = h;
    }
    agg.sort_unstable();
    agg.dedup();
    agg
}
