//! The second pass: features of the whole document's first-pass labels.

use super::{hash, row, DocFeatures, F_ALL_UPPER, F_INIT_UPPER};
use super::{
    T_DOC_HAS, T_DOC_LONGER, T_DOC_MAJ, T_DOC_MAJ_CAPS, T_DOC_MAJ_NEXT, T_DOC_MAJ_PREV,
    T_DOC_MAJ_SELF, T_DOC_SEQ, T_DOC_SEQ_SELF, T_P1_SELF,
};
use crate::tagger::labels::{label_type, N_TYPES};
use std::collections::HashMap;

/// Second-pass features from first-pass labels of the whole document.
/// Returns per-token offsets and feature rows.
#[allow(clippy::needless_range_loop)]
pub(crate) fn doc_label_features(
    df: &DocFeatures,
    labels: &[u8],
    bits: u32,
) -> (Vec<u32>, Vec<u32>) {
    let n = labels.len();
    // Per key: counts of first-pass types (index N_TYPES = O) and how often
    // it was inside a multi-token entity.
    let mut counts: HashMap<u64, [u16; N_TYPES + 2], crate::gazetteer::IdBuild> =
        HashMap::default();
    for i in 0..n {
        if df.flags[i] & (F_INIT_UPPER | F_ALL_UPPER) == 0 {
            continue;
        }
        let c = counts.entry(df.keys[i]).or_insert([0; N_TYPES + 2]);
        let ty = label_type(labels[i] as usize);
        let k = ty.unwrap_or(N_TYPES);
        c[k] = c[k].saturating_add(1);
        let multi = ty.is_some() && !crate::tagger::labels::is_unit(labels[i] as usize);
        if multi {
            c[N_TYPES + 1] = c[N_TYPES + 1].saturating_add(1);
        }
    }
    // Entity strings of the first pass, matched again over the document:
    // a per-document gazetteer.
    let chunks = crate::tagger::labels::to_chunks(labels);
    let mut seqs: HashMap<u64, [u16; N_TYPES], crate::gazetteer::IdBuild> = HashMap::default();
    let mut prefixes: std::collections::HashSet<u64, crate::gazetteer::IdBuild> =
        std::collections::HashSet::default();
    let mut chunk_at: Vec<u8> = vec![0; n + 1]; // end - start + 1 of a chunk starting here
    let mut max_len = 0;
    for c in &chunks {
        let len = c.end - c.start;
        if len > 8 {
            continue;
        }
        max_len = max_len.max(len);
        chunk_at[c.start] = len as u8;
        let mut h = 0x5e9u64;
        for k in c.start..c.end {
            h = hash::add(h, df.keys[k]);
            if k + 1 < c.end {
                prefixes.insert(h);
            }
        }
        let ty = c.kind.index();
        let e = seqs.entry(h).or_insert([0; N_TYPES]);
        e[ty] = e[ty].saturating_add(1);
    }
    let mut seq_feats: Vec<(usize, u32)> = Vec::new();
    for i in 0..n {
        if df.flags[i] & (F_INIT_UPPER | F_ALL_UPPER) == 0 {
            continue;
        }
        let mut h = 0x5e9u64;
        for j in i..n.min(i + max_len) {
            h = hash::add(h, df.keys[j]);
            if let Some(cnt) = seqs.get(&h) {
                let mut cnt = *cnt;
                let own = chunk_at[i] as usize == j - i + 1;
                let own_ty = if own {
                    label_type(labels[i] as usize)
                } else {
                    None
                };
                if let Some(t) = own_ty {
                    cnt[t] = cnt[t].saturating_sub(1);
                }
                let mut best = 0;
                for k in 1..N_TYPES {
                    if cnt[k] > cnt[best] {
                        best = k;
                    }
                }
                if cnt[best] > 0 {
                    let len = j - i + 1;
                    for k in i..=j {
                        let pos = if len == 1 {
                            0
                        } else if k == i {
                            1
                        } else if k == j {
                            3
                        } else {
                            2
                        };
                        seq_feats.push((k, row(hash::triple(T_DOC_SEQ, best as u64, pos), bits)));
                        seq_feats.push((
                            k,
                            row(
                                hash::triple(T_DOC_SEQ_SELF, best as u64, u64::from(own)),
                                bits,
                            ),
                        ));
                    }
                }
            }
            if !prefixes.contains(&h) {
                break;
            }
        }
    }
    seq_feats.sort_unstable();
    seq_feats.dedup();
    // Majority first-pass type of each capitalised token's other
    // occurrences (N_TYPES = O; u8::MAX = none).
    let mut maj = vec![u8::MAX; n];
    for i in 0..n {
        if df.flags[i] & (F_INIT_UPPER | F_ALL_UPPER) == 0 {
            continue;
        }
        if let Some(c) = counts.get(&df.keys[i]) {
            let mut others = *c;
            let own_ty = label_type(labels[i] as usize).unwrap_or(N_TYPES);
            others[own_ty] = others[own_ty].saturating_sub(1);
            if others[..=N_TYPES].iter().any(|&x| x > 0) {
                let mut best = 0;
                for k in 1..=N_TYPES {
                    if others[k] > others[best] {
                        best = k;
                    }
                }
                maj[i] = best as u8;
            }
        }
    }
    let mut sent_start = vec![false; n + 1];
    for &(a, _) in &df.sentences {
        if a < sent_start.len() {
            sent_start[a] = true;
        }
    }
    sent_start[n] = true;
    let mut sf = 0;
    let mut offsets = Vec::with_capacity(n + 1);
    let mut feats = Vec::with_capacity(n * 2);
    for i in 0..n {
        offsets.push(feats.len() as u32);
        while sf < seq_feats.len() && seq_feats[sf].0 == i {
            feats.push(seq_feats[sf].1);
            sf += 1;
        }
        if df.flags[i] & (F_INIT_UPPER | F_ALL_UPPER) == 0 {
            continue;
        }
        let own = labels[i] as usize;
        feats.push(row(hash::pair(T_P1_SELF, own as u64), bits));
        // What the neighbouring capitalised words are elsewhere ("Israel" before
        // "Katz", a person elsewhere in the document).
        if !sent_start[i] && maj[i - 1] != u8::MAX {
            feats.push(row(hash::pair(T_DOC_MAJ_PREV, u64::from(maj[i - 1])), bits));
        }
        if !sent_start[i + 1] && maj[i + 1] != u8::MAX {
            feats.push(row(hash::pair(T_DOC_MAJ_NEXT, u64::from(maj[i + 1])), bits));
        }
        let Some(c) = counts.get(&df.keys[i]) else {
            continue;
        };
        let mut others = *c;
        let own_ty = label_type(own).unwrap_or(N_TYPES);
        others[own_ty] = others[own_ty].saturating_sub(1);
        let total: u32 = others[..=N_TYPES].iter().map(|&x| u32::from(x)).sum();
        if total == 0 {
            continue;
        }
        let mut best = 0;
        for k in 1..=N_TYPES {
            if others[k] > others[best] {
                best = k;
            }
        }
        feats.push(row(hash::pair(T_DOC_MAJ, best as u64), bits));
        feats.push(row(
            hash::triple(T_DOC_MAJ_SELF, best as u64, own as u64),
            bits,
        ));
        if df.caps_sentence[i] {
            feats.push(row(hash::pair(T_DOC_MAJ_CAPS, best as u64), bits));
        }
        for (k, &v) in others[..N_TYPES].iter().enumerate() {
            if v > 0 {
                feats.push(row(hash::pair(T_DOC_HAS, k as u64), bits));
            }
        }
        if others[N_TYPES + 1] > 0 && crate::tagger::labels::is_unit(own) {
            feats.push(row(hash::pair(T_DOC_LONGER, best as u64), bits));
        }
    }
    offsets.push(feats.len() as u32);
    (offsets, feats)
}
