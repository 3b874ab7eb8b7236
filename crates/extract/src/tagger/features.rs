//! Feature extraction: every feature is a hash of a template id and values
//! (no strings built), folded into a row of the weight table.

use super::hash;
use super::labels::{label_type, N_LABELS, N_TYPES};
use super::model::Model;
use crate::gazetteer::{Gazetteer, GazetteerMatch};
use std::collections::HashMap;

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

/// Per-token precomputed values.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    pub word: u64,
    pub norm: u64,
    pub shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub flags: u8,
    /// A capitalised token's class in the English dictionary
    /// (`dictionary::class_of_lower`), set with the token's lower-case
    /// hash; 0 for other tokens.
    pub dict: u8,
}

/// Maps typographic punctuation to the ASCII forms of the CoNLL data.
fn conll_form(tok: &str) -> &str {
    match tok {
        "“" | "”" | "„" | "«" | "»" | "″" | "‟" => "\"",
        "‘" | "’" | "‚" | "‛" | "`" => "'",
        "’s" => "'s",
        "’S" => "'S",
        "n’t" => "n't",
        "—" | "–" | "―" | "‒" | "--" => "-",
        "…" => "...",
        _ => tok,
    }
}

/// Arabic article prefixes of names ("al-Qanua", "el-Sisi", "ash-Sharif").
fn has_name_particle(tok: &str) -> bool {
    let b = tok.as_bytes();
    let dash = match b.iter().position(|&c| c == b'-') {
        Some(d) if (2..=3).contains(&d) => d,
        _ => return false,
    };
    let head = &tok[..dash];
    matches!(
        head,
        "al" | "el"
            | "Al"
            | "El"
            | "ad"
            | "ash"
            | "as"
            | "at"
            | "an"
            | "az"
            | "ar"
            | "ibn"
            | "bin"
            | "abu"
            | "Abu"
    ) && b.get(dash + 1).is_some_and(u8::is_ascii_uppercase)
}

pub(crate) fn token_info(tok: &str) -> TokInfo {
    let tok = conll_form(tok);
    // Arabic name particles are written in lower case by convention
    // ("al-Qanua"); the model sees them capitalised, like "Al-Ahram".
    let particle = has_name_particle(tok);
    let mut cap_buf = [0u8; 64];
    let tok = if particle && tok.len() <= cap_buf.len() && tok.as_bytes()[0].is_ascii_lowercase() {
        cap_buf[..tok.len()].copy_from_slice(tok.as_bytes());
        cap_buf[0] = cap_buf[0].to_ascii_uppercase();
        std::str::from_utf8(&cap_buf[..tok.len()]).unwrap_or(tok)
    } else {
        tok
    };
    let mut buf = [0u8; 64];
    let n = hash::lower_into(tok, &mut buf, true);
    let norm_bytes = &buf[..n.min(buf.len())];
    let norm = hash::bytes(0x4e, norm_bytes);
    // Prefixes/suffixes by characters (UTF-8 lead bytes).
    let mut prefix = [0u64; 4];
    let mut suffix = [0u64; 4];
    let mut bounds = [0usize; 5];
    let mut nb = 0;
    for (k, &b) in norm_bytes.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if nb == 5 {
                break;
            }
            bounds[nb] = k;
            nb += 1;
        }
    }
    let len = norm_bytes.len();
    for k in 0..4 {
        let end = if k + 1 < nb { bounds[k + 1] } else { len };
        prefix[k] = hash::bytes(0x50 + k as u64, &norm_bytes[..end]);
    }
    let mut rb = [len; 5];
    let mut nr = 0;
    for k in (0..len).rev() {
        if norm_bytes[k] & 0xC0 != 0x80 {
            if nr == 5 {
                break;
            }
            rb[nr] = k;
            nr += 1;
        }
    }
    for k in 0..4 {
        let start = if k < nr { rb[k] } else { 0 };
        suffix[k] = hash::bytes(0x60 + k as u64, &norm_bytes[start..]);
    }
    // Shape, with runs collapsed.
    let mut sh = [0u8; 12];
    let mut ns = 0;
    let mut last = 0u8;
    let mut has_upper = false;
    let mut has_lower = false;
    let mut first_upper = false;
    let mut first_lower = false;
    for (k, c) in tok.chars().enumerate() {
        let class = if c.is_ascii_uppercase() || (!c.is_ascii() && c.is_uppercase()) {
            has_upper = true;
            if k == 0 {
                first_upper = true;
            }
            b'X'
        } else if c.is_ascii_lowercase() || (!c.is_ascii() && c.is_lowercase()) {
            has_lower = true;
            if k == 0 {
                first_lower = true;
            }
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else if c.is_alphabetic() {
            b'a'
        } else {
            b'~'
        };
        if class != last && ns < sh.len() {
            sh[ns] = class;
            ns += 1;
            last = class;
        }
    }
    let shape = hash::bytes(0x53, &sh[..ns]);
    let mut flags = 0;
    if first_upper {
        flags |= F_INIT_UPPER;
    }
    if has_upper && !has_lower {
        flags |= F_ALL_UPPER;
    }
    if first_lower {
        flags |= F_LOWER;
    }
    if has_upper || has_lower || tok.chars().any(char::is_alphabetic) {
        flags |= F_ALPHA;
    }
    if particle {
        flags |= F_PARTICLE;
    }
    TokInfo {
        word: hash::bytes(0x57, tok.as_bytes()),
        norm,
        shape,
        prefix,
        suffix,
        flags,
        dict: 0,
    }
}

/// Rows of the features of a token's own text (bias, word, lower-cased
/// form, shape, affixes), in the order training lists them.
pub(crate) fn own_rows(t: &TokInfo, bits: u32) -> [u32; 12] {
    let mut out = [0u32; 12];
    out[0] = row(hash::pair(T_BIAS, 0), bits);
    out[1] = row(hash::pair(T_WORD, t.word), bits);
    out[2] = row(hash::pair(T_NORM, t.norm), bits);
    out[3] = row(hash::pair(T_SHAPE, t.shape), bits);
    for k in 0..4 {
        out[4 + 2 * k] = row(hash::pair(T_PREFIX + k as u64, t.prefix[k]), bits);
        out[5 + 2 * k] = row(hash::pair(T_SUFFIX + k as u64, t.suffix[k]), bits);
    }
    out
}

/// The emission scores that one token's text gives, summed once per text:
/// to itself ([`own_rows`]) and to the tokens up to two places either side
/// (their features of a neighbour's lower-cased form one and two places
/// away and of its shape one place away; `BOS`/`EOS` stand for both when
/// the sentence ends first). A sum of integer weights does not depend on the order
/// of adding, so scores built from these equal the listed features' scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordSums {
    pub own: [i32; N_LABELS],
    /// Added to the token one place after it, and two places after it.
    pub after1: [i32; N_LABELS],
    pub after2: [i32; N_LABELS],
    /// Added to the token one place before it, and two places before it.
    pub before1: [i32; N_LABELS],
    pub before2: [i32; N_LABELS],
}

impl WordSums {
    pub(crate) fn of(t: &TokInfo, model: &Model) -> WordSums {
        let mut own = [0; N_LABELS];
        for r in own_rows(t, model.bits) {
            model.add_row(r, &mut own);
        }
        let (after1, after2) = sums_after(t.norm, t.shape, model);
        let (before1, before2) = sums_before(t.norm, t.shape, model);
        WordSums {
            own,
            after1,
            after2,
            before1,
            before2,
        }
    }
}

type Scores = [i32; N_LABELS];

/// What a token (or the sentence's start) gives the tokens after it.
fn sums_after(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (mut one, mut two) = ([0; N_LABELS], [0; N_LABELS]);
    model.add_row(row(hash::pair(T_PREV, norm), model.bits), &mut one);
    model.add_row(row(hash::pair(T_SH_PREV, shape), model.bits), &mut one);
    model.add_row(row(hash::pair(T_PREV2, norm), model.bits), &mut two);
    (one, two)
}

/// What a token (or the sentence's end) gives the tokens before it.
fn sums_before(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (mut one, mut two) = ([0; N_LABELS], [0; N_LABELS]);
    model.add_row(row(hash::pair(T_NEXT, norm), model.bits), &mut one);
    model.add_row(row(hash::pair(T_SH_NEXT, shape), model.bits), &mut one);
    model.add_row(row(hash::pair(T_NEXT2, norm), model.bits), &mut two);
    (one, two)
}

fn add_into(target: &mut Scores, add: &Scores) {
    for (t, a) in target.iter_mut().zip(add) {
        *t += a;
    }
}

/// Adds what the token at `i` of the sentence `a..b` gives itself and its
/// neighbours into `base`.
fn scatter(base: &mut [Scores], i: usize, (a, b): (usize, usize), sums: &WordSums) {
    add_into(&mut base[i], &sums.own);
    if i + 1 < b {
        add_into(&mut base[i + 1], &sums.after1);
    }
    if i + 2 < b {
        add_into(&mut base[i + 2], &sums.after2);
    }
    if i > a {
        add_into(&mut base[i - 1], &sums.before1);
    }
    if i > a + 1 {
        add_into(&mut base[i - 2], &sums.before2);
    }
}

/// How the features of single tokens' texts reach the emission scores.
#[derive(Clone, Copy)]
pub(crate) enum WordFeatures<'m> {
    /// Listed in [`DocFeatures::feats`] with the others (training reads
    /// every feature; so do the tests that compare both ways).
    #[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
    Listed,
    /// Summed per text with this model's weights into
    /// [`DocFeatures::base`] (tagging: a text seen before costs a copy of
    /// its sums instead of eighteen weight look-ups).
    Summed(&'m Model),
}

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
    fn find(&self, lower: &[u64], out: &mut Vec<(usize, usize, [u16; N_TYPES])>) {
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
    let mut start = 0;
    for s in sentences {
        let end = start + s.len();
        for (k, t) in s.iter().enumerate() {
            let t = t.as_ref();
            let (info, lower) = match word_features {
                WordFeatures::Listed => super::token_memo::token_facts(t),
                WordFeatures::Summed(model) => {
                    super::token_memo::token_facts_summed(t, model, |sums| {
                        scatter(&mut df.base, start + k, (start, end), sums)
                    })
                }
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
    let mut mem_feats: Vec<(u32, u32)> = Vec::new();
    if !memory.entries.is_empty() {
        let mut found = Vec::new();
        for &(a, b) in &df.sentences {
            found.clear();
            memory.find(&lower_hashes[a..b], &mut found);
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
                    mem_feats.push((k as u32, row(hash::triple(T_MEM, best as u64, pos), bits)));
                    if kinds > 1 {
                        mem_feats.push((
                            k as u32,
                            row(hash::triple(T_MEM_AMBIG, best as u64, pos), bits),
                        ));
                    }
                }
            }
        }
        mem_feats.sort_unstable();
        mem_feats.dedup();
    }
    let mut mf = 0;

    // Document-level, prediction-free statistics per key.
    #[derive(Default, Clone, Copy)]
    struct KeyStat {
        lower: bool,
        cap_mid: bool,
        title_before: bool,
        neighbor_cap: bool,
    }
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

    // Context aggregation: the neighbours of the other occurrences of each
    // capitalised word (at most AGG_MAX of them).
    const AGG_MAX: usize = 4;
    let mut by_key: Vec<(u64, u32)> = Vec::new();
    let mut sent_of = vec![0u32; total];
    for (si, &(a, b)) in df.sentences.iter().enumerate() {
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
                    let (a, b) = df.sentences[sent_of[j] as usize];
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
        let multi = ty.is_some() && !super::labels::is_unit(labels[i] as usize);
        if multi {
            c[N_TYPES + 1] = c[N_TYPES + 1].saturating_add(1);
        }
    }
    // Entity strings of the first pass, matched again over the document:
    // a per-document gazetteer.
    let chunks = super::labels::to_chunks(labels);
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
        if others[N_TYPES + 1] > 0 && super::labels::is_unit(own) {
            feats.push(row(hash::pair(T_DOC_LONGER, best as u64), bits));
        }
    }
    offsets.push(feats.len() as u32);
    (offsets, feats)
}
