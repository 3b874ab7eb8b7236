//! Feature extraction: every feature is a hash of a template id and values
//! (no strings built), folded into a row of the weight table.

mod doc_stats;
mod document;
mod memory;
mod token;
mod word_sums;

pub(crate) use document::doc_label_features;
pub(crate) use memory::Memory;
pub(crate) use token::{own_rows, token_info, TokInfo};
pub(crate) use word_sums::{WordFeatures, WordSums};

use super::hash;
use super::labels::N_LABELS;
use super::token_memo::SentenceSlots;
use crate::gazetteer::{Gazetteer, GazetteerMatch};
use word_sums::{add_into, scatter, sums_after, sums_before};

/// Version of the feature set; stored in models, checked at load.
pub const FEATURE_VERSION: u32 = 5;

// Template ids.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_NORM: u64 = 3;
const T_SHAPE: u64 = 4;
const T_PREFIX: u64 = 5; // + k
const T_SUFFIX: u64 = 10; // + k
const T_PREV: u64 = 15;
const T_NEXT: u64 = 16;
const T_PREV2: u64 = 17;
const T_NEXT2: u64 = 18;
const T_PREV_CUR: u64 = 19;
const T_CUR_NEXT: u64 = 20;
const T_SH_PREV_CUR: u64 = 21;
const T_SH_CUR_NEXT: u64 = 22;
const T_SH_TRI: u64 = 23;
const T_SH_PREV: u64 = 24;
const T_SH_NEXT: u64 = 25;
const T_FIRST_SH: u64 = 26;
const T_CAPS_SENT_SH: u64 = 27;
const T_PREV_SH: u64 = 28;
const T_SH_NEXTW: u64 = 29;
const T_GAZ: u64 = 30;
const T_GAZ_COARSE: u64 = 31;
const T_GAZ_BEFORE: u64 = 32;
const T_GAZ_AFTER: u64 = 33;
const T_DOC_LOWER: u64 = 34;
const T_DOC_CAPMID: u64 = 35;
const T_DOC_TITLE_BEFORE: u64 = 36;
const T_CAPS_SENT_NORM: u64 = 37;
const T_GAZ_LONG: u64 = 38;
const T_PREV_NORM_SUFFIX: u64 = 39;
const T_NEXT_NORM_SH: u64 = 40;
const T_DOC_NEIGHBOR_CAP: u64 = 41;
const T_PARTICLE: u64 = 42;
const T_AGG_PREV: u64 = 43;
const T_AGG_NEXT: u64 = 44;
const T_MEM: u64 = 49;
const T_MEM_AMBIG: u64 = 50;
const T_GAZ_LONGEST: u64 = 51;
const T_DICT: u64 = 52;
const T_DICT_PREVW: u64 = 53;

// Second-pass (document label) templates.
const T_P1_SELF: u64 = 60;
const T_DOC_MAJ: u64 = 61;
const T_DOC_HAS: u64 = 62;
const T_DOC_MAJ_SELF: u64 = 63;
const T_DOC_MAJ_CAPS: u64 = 64;
const T_DOC_LONGER: u64 = 65;
const T_DOC_SEQ: u64 = 66;
const T_DOC_SEQ_SELF: u64 = 67;
const T_DOC_MAJ_PREV: u64 = 68;
const T_DOC_MAJ_NEXT: u64 = 69;

const BOS: u64 = 0xb05;
const EOS: u64 = 0xe05;

/// Token flags.
pub(crate) const F_INIT_UPPER: u8 = 1;
pub(crate) const F_ALL_UPPER: u8 = 2;
pub(crate) const F_LOWER: u8 = 4; // starts with a lowercase letter
pub(crate) const F_ALPHA: u8 = 8; // has a letter
pub(crate) const F_PARTICLE: u8 = 16; // "al-Qanua"

/// Local features of one document, plus what the second pass needs.
#[derive(Debug, Default, Clone)]
pub(crate) struct DocFeatures {
    /// Per token: start of its features in `feats` (len = tokens + 1).
    pub offsets: Vec<u32>,
    pub feats: Vec<u32>,
    /// Sentences as token ranges over the document's tokens.
    pub sentences: Vec<(usize, usize)>,
    /// Per token: document key (lowercased form) and flags.
    pub keys: Vec<u64>,
    pub flags: Vec<u8>,
    /// Per token: whether it sits in an all-caps sentence.
    pub caps_sentence: Vec<bool>,
    /// Per token: emission scores already summed
    /// ([`WordFeatures::Summed`]); empty when every feature is listed.
    pub base: Vec<[i32; N_LABELS]>,
}

#[inline(always)]
fn row(h: u64, bits: u32) -> u32 {
    (h >> (64 - bits)) as u32
}

/// Is this an all-caps sentence (a CoNLL-style headline)?
fn is_caps_sentence(infos: &[TokInfo]) -> bool {
    let mut alpha = 0;
    for t in infos {
        if t.flags & F_ALPHA != 0 {
            if t.flags & F_ALL_UPPER == 0 {
                return false;
            }
            alpha += 1;
        }
    }
    alpha >= 2
}

/// Extracts local features for a document given as sentences of tokens.
pub(crate) fn extract<S: AsRef<str>>(
    sentences: &[&[S]],
    gaz: &Gazetteer,
    memory: &Memory,
    bits: u32,
    word_features: WordFeatures,
) -> DocFeatures {
    let total: usize = sentences.iter().map(|s| s.len()).sum();
    let listed = matches!(word_features, WordFeatures::Listed);
    let mut infos = Vec::with_capacity(total);
    let mut df = DocFeatures {
        offsets: Vec::with_capacity(total + 1),
        feats: Vec::with_capacity(total * 40),
        sentences: Vec::with_capacity(sentences.len()),
        keys: Vec::with_capacity(total),
        flags: Vec::with_capacity(total),
        caps_sentence: Vec::with_capacity(total),
        base: Vec::new(),
    };
    let edges = match word_features {
        WordFeatures::Listed => None,
        WordFeatures::Summed(model) => {
            df.base = vec![[0; N_LABELS]; total];
            Some((sums_after(BOS, BOS, model), sums_before(EOS, EOS, model)))
        }
    };
    let mut lower_hashes = Vec::with_capacity(total);
    let mut slots = SentenceSlots::default();
    let mut start = 0;
    for s in sentences {
        let end = start + s.len();
        if !listed {
            slots.prefetch(s);
        }
        for (k, t) in s.iter().enumerate() {
            let t = t.as_ref();
            let (info, lower) = match word_features {
                WordFeatures::Listed => super::token_memo::token_facts(t),
                WordFeatures::Summed(model) => slots.facts_summed(k, t, model, |sums| {
                    scatter(&mut df.base, start + k, (start, end), sums)
                }),
            };
            lower_hashes.push(lower);
            df.keys.push(info.norm);
            df.flags.push(info.flags);
            infos.push(info);
        }
        if let (Some(((after1, after2), (before1, before2))), true) = (&edges, end > start) {
            // The sentence's start and end, in place of missing neighbours.
            add_into(&mut df.base[start], after1);
            add_into(&mut df.base[start], after2);
            if start + 1 < end {
                add_into(&mut df.base[start + 1], after2);
            }
            add_into(&mut df.base[end - 1], before1);
            add_into(&mut df.base[end - 1], before2);
            if end >= start + 2 {
                add_into(&mut df.base[end - 2], before2);
            }
        }
        df.sentences.push((start, end));
        let caps = is_caps_sentence(&infos[start..end]);
        df.caps_sentence
            .resize(df.caps_sentence.len() + s.len(), caps);
        start = end;
    }

    // Gazetteer matches per sentence.
    let title_cat = gaz.category_index("titles");
    let first_cat = gaz.category_index("first_names");
    let title_mask: u32 = title_cat.map_or(0, |c| 1 << c) | first_cat.map_or(0, |c| 1 << c);
    let coarse_of = coarse_categories(gaz);
    let entity_mask: u32 = coarse_of
        .iter()
        .enumerate()
        .filter(|(_, &c)| c != 0)
        .fold(0, |m, (k, _)| m | (1 << k));
    let mut matches: Vec<GazetteerMatch> = Vec::new();
    let mut sent_matches: Vec<(usize, usize)> = Vec::with_capacity(df.sentences.len());
    let mut caps = Vec::new();
    for &(a, b) in &df.sentences {
        caps.clear();
        caps.extend(
            infos[a..b]
                .iter()
                .map(|t| t.flags & F_INIT_UPPER != 0 || t.flags & F_ALL_UPPER != 0),
        );
        let m0 = matches.len();
        gaz.find_hashed(&lower_hashes[a..b], &caps, &mut matches);
        for m in &mut matches[m0..] {
            m.start += a;
            m.end += a;
        }
        sent_matches.push((m0, matches.len()));
    }
    let span_max = matches.iter().map(|m| m.end - m.start).max().unwrap_or(0);

    // Training-data entity strings.
    let mem_feats = memory.rows(&df.sentences, &lower_hashes, &infos, bits);
    let mut mf = 0;

    // Document-level, prediction-free statistics per key.
    let stats = doc_stats::key_stats(&df, &infos, (&matches, &sent_matches, span_max), title_mask);

    // Context aggregation: the neighbours of the other occurrences of each
    // capitalised word.
    let agg = doc_stats::context_aggregates(&df.sentences, &infos, bits);
    let mut ag = 0;

    // Features.
    let mut gbuf: Vec<u32> = Vec::with_capacity(16);
    for (si, &(a, b)) in df.sentences.iter().enumerate() {
        let caps_sent = df.caps_sentence.get(a).copied().unwrap_or(false);
        let (m0, m1) = sent_matches[si];
        let all = &matches[m0..m1];
        for i in a..b {
            // Only matches that start at most `span_max` tokens before.
            let sm = near(all, i, span_max);
            df.offsets.push(df.feats.len() as u32);
            let t = &infos[i];
            let p1 = if i > a { infos[i - 1].norm } else { BOS };
            let p2 = if i > a + 1 { infos[i - 2].norm } else { BOS };
            let n1 = if i + 1 < b { infos[i + 1].norm } else { EOS };
            let n2 = if i + 2 < b { infos[i + 2].norm } else { EOS };
            let sp = if i > a { infos[i - 1].shape } else { BOS };
            let sn = if i + 1 < b { infos[i + 1].shape } else { EOS };
            let f = &mut df.feats;
            if listed {
                f.extend_from_slice(&own_rows(t, bits));
            }
            let mut push = |h: u64| f.push(row(h, bits));
            if listed {
                push(hash::pair(T_PREV, p1));
                push(hash::pair(T_NEXT, n1));
                push(hash::pair(T_PREV2, p2));
                push(hash::pair(T_NEXT2, n2));
            }
            push(hash::triple(T_PREV_CUR, p1, t.norm));
            push(hash::triple(T_CUR_NEXT, t.norm, n1));
            push(hash::triple(T_SH_PREV_CUR, sp, t.shape));
            push(hash::triple(T_SH_CUR_NEXT, t.shape, sn));
            push(hash::triple(T_SH_TRI, hash::pair(sp, t.shape), sn));
            if listed {
                push(hash::pair(T_SH_PREV, sp));
                push(hash::pair(T_SH_NEXT, sn));
            }
            push(hash::triple(T_PREV_SH, p1, t.shape));
            push(hash::triple(T_SH_NEXTW, t.shape, n1));
            let ps = if i > a { infos[i - 1].suffix[2] } else { BOS };
            push(hash::triple(T_PREV_NORM_SUFFIX, ps, t.shape));
            let ns = if i + 1 < b {
                infos[i + 1].suffix[2]
            } else {
                EOS
            };
            push(hash::triple(T_NEXT_NORM_SH, t.shape, ns));
            if i == a {
                push(hash::pair(T_FIRST_SH, t.shape));
            }
            if t.flags & F_PARTICLE != 0 {
                push(hash::pair(T_PARTICLE, 0));
                push(hash::pair(T_PARTICLE, sp));
            }
            if t.flags & (F_INIT_UPPER | F_ALL_UPPER) != 0 && t.flags & F_ALPHA != 0 {
                let ctx = u64::from(i == a)
                    | (u64::from(caps_sent) << 1)
                    | (u64::from(t.flags & F_ALL_UPPER != 0) << 2);
                push(hash::triple(T_DICT, u64::from(t.dict), ctx));
                push(hash::triple(T_DICT_PREVW, u64::from(t.dict), p1));
            }
            if caps_sent {
                push(hash::pair(T_CAPS_SENT_SH, t.shape));
                push(hash::pair(T_CAPS_SENT_NORM, t.norm));
            }
            // Gazetteer.
            gbuf.clear();
            for m in sm {
                let related = (m.start <= i && i < m.end) || m.end == i || m.start == i + 1;
                if !related {
                    continue;
                }
                let mut cats = m.categories;
                while cats != 0 {
                    let c = cats.trailing_zeros() as u64;
                    cats &= cats - 1;
                    if m.start <= i && i < m.end {
                        let pos = if m.end - m.start == 1 {
                            0
                        } else if i == m.start {
                            1
                        } else if i + 1 == m.end {
                            3
                        } else {
                            2
                        };
                        gbuf.push(row(hash::triple(T_GAZ, c, pos), bits));
                        let coarse = coarse_of[c as usize];
                        if coarse != 0 {
                            gbuf.push(row(hash::triple(T_GAZ_COARSE, coarse, pos), bits));
                        }
                        if m.end - m.start > 1 {
                            gbuf.push(row(hash::pair(T_GAZ_LONG, c), bits));
                        }
                    } else if m.end == i {
                        gbuf.push(row(hash::pair(T_GAZ_BEFORE, c), bits));
                    } else if m.start == i + 1 {
                        gbuf.push(row(hash::pair(T_GAZ_AFTER, c), bits));
                    }
                }
            }
            // The longest name-list match covering the token (a place name
            // that starts with a given name, a club named after a city...).
            let longest = sm
                .iter()
                .filter(|m| m.start <= i && i < m.end && m.categories & entity_mask != 0)
                .map(|m| m.end - m.start)
                .max();
            if let Some(len) = longest {
                for m in sm.iter().filter(|m| {
                    m.start <= i
                        && i < m.end
                        && m.end - m.start == len
                        && m.categories & entity_mask != 0
                }) {
                    let pos = if len == 1 {
                        0
                    } else if i == m.start {
                        1
                    } else if i + 1 == m.end {
                        3
                    } else {
                        2
                    };
                    let mut cats = m.categories & entity_mask;
                    while cats != 0 {
                        let c = cats.trailing_zeros() as usize;
                        cats &= cats - 1;
                        gbuf.push(row(hash::triple(T_GAZ_LONGEST, coarse_of[c], pos), bits));
                    }
                }
            }
            gbuf.sort_unstable();
            gbuf.dedup();
            gbuf.truncate(16);
            df.feats.extend_from_slice(&gbuf);
            while mf < mem_feats.len() && (mem_feats[mf].0 as usize) < i {
                mf += 1;
            }
            while mf < mem_feats.len() && mem_feats[mf].0 as usize == i {
                df.feats.push(mem_feats[mf].1);
                mf += 1;
            }
            // Document statistics for capitalised tokens.
            if t.flags & (F_INIT_UPPER | F_ALL_UPPER) != 0 {
                if let Some(st) = stats.get(&t.norm) {
                    let ctx = u64::from(i == a) | (u64::from(caps_sent) << 1);
                    if st.lower {
                        df.feats.push(row(hash::pair(T_DOC_LOWER, ctx), bits));
                    }
                    if st.cap_mid {
                        df.feats.push(row(hash::pair(T_DOC_CAPMID, ctx), bits));
                    }
                    if st.title_before {
                        df.feats
                            .push(row(hash::pair(T_DOC_TITLE_BEFORE, ctx), bits));
                    }
                    if st.neighbor_cap {
                        df.feats
                            .push(row(hash::pair(T_DOC_NEIGHBOR_CAP, ctx), bits));
                    }
                }
            }
            while ag < agg.len() && (agg[ag].0 as usize) < i {
                ag += 1;
            }
            while ag < agg.len() && agg[ag].0 as usize == i {
                df.feats.push(agg[ag].1);
                ag += 1;
            }
        }
    }
    df.offsets.push(df.feats.len() as u32);
    df
}

/// The matches (sorted by start) that can touch token `i`: those starting
/// between `i - span_max` and `i + 1`.
fn near(matches: &[GazetteerMatch], i: usize, span_max: usize) -> &[GazetteerMatch] {
    let lo = matches.partition_point(|m| m.start + span_max < i);
    let hi = matches.partition_point(|m| m.start <= i + 1);
    &matches[lo..hi.max(lo)]
}

/// Coarse class per gazetteer category: 1 LOC-like, 2 ORG-like, 3 PER-like,
/// 4 MISC-like, 0 none.
fn coarse_categories(gaz: &Gazetteer) -> [u64; 32] {
    let mut out = [0u64; 32];
    for (k, name) in gaz.category_names().iter().enumerate() {
        out[k] = match *name {
            "countries" | "cities" | "regions" | "mideast_places" | "world_cities" => 1,
            "intl_orgs" | "news_orgs" | "gov_mil_orgs" | "companies" | "sports_clubs" => 2,
            "first_names" => 3,
            "demonyms" => 4,
            _ => 0,
        };
    }
    out
}
