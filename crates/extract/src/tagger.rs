//! Named-entity tagger (PER / ORG / LOC / MISC).
//!
//! An averaged structured perceptron over BILOU tags, decoded with Viterbi.
//! Features are hashed into a fixed table of quantised weights (no strings
//! are built while tagging): word forms, shapes, affixes, context words,
//! gazetteer matches ([`crate::gazetteer`]), a hashed memory of the training
//! entities, and document features (other occurrences of a word: lower-case
//! or capitalised, their neighbours). A document is tagged in two passes that
//! share one model: the second pass adds features from the labels the first
//! pass gave the same word and the same entity string elsewhere in the
//! document (the first pass's emission scores are reused, so the second pass
//! costs little).
//!
//! * [`Tagger::english`] — the built-in model (`model/en-ner.bin`), loaded
//!   lazily once; [`Tagger::from_bytes`] — a model written by
//!   [`Model::to_bytes`].
//! * [`Tagger::tag_text`] — raw text in, byte spans of entities out.
//! * [`Tagger::tag_document`] / [`Tagger::tag_sentence`] — pre-tokenised input.
//! * [`train`] / [`train_with_dev`] — deterministic training from CoNLL
//!   documents ([`crate::conll`]).
//!
//! ```
//! use newsmill_extract::tagger::Tagger;
//! use newsmill_extract::EntityKind;
//!
//! let text = "Defense Minister Israel Katz spoke in Gaza on Wednesday.";
//! let entities = Tagger::english().tag_text(text);
//! assert!(entities.iter().any(|(s, k)| s.slice(text) == "Israel Katz" && *k == EntityKind::Person));
//! ```

pub(crate) mod dictionary;
pub(crate) mod features;
pub(crate) mod hash;
mod model;
mod token_memo;
#[cfg(feature = "train")]
mod train;

/// The name lists the tagger reads as features.
pub use crate::gazetteer::{Gazetteer, GazetteerList, GazetteerMatch, ENGLISH_LISTS};
pub use model::{Model, ModelError, FORMAT_VERSION};
#[cfg(feature = "train")]
pub use train::{train, train_with_dev, EpochScore, TrainOptions, TrainReport};

use crate::conll::Chunk;
use crate::sentences::sentence_token_ranges;
use crate::tokenize::tokenize;
use features::DocFeatures;
use labels::N_LABELS;
use newsmill_types::{EntityKind, Span};
use std::sync::LazyLock;

/// The fingerprint a model trained with the built-in name lists and English
/// dictionary stores ([`Model::gazetteer_fingerprint`]): a model trained
/// before either changed reads features that no longer mean what they did.
pub fn name_lists_fingerprint() -> u64 {
    hash::finish(hash::add(
        Gazetteer::english().fingerprint(),
        dictionary::fingerprint(),
    ))
}

/// The default English model (trained on CoNLL-2003 `eng.train`, see
/// `crates/extract/model/README.md`).
pub static ENGLISH_MODEL_BYTES: &[u8] = include_bytes!("../model/en-ner.bin");

static ENGLISH: LazyLock<Tagger> =
    LazyLock::new(|| match Tagger::from_bytes(ENGLISH_MODEL_BYTES) {
        Ok(t) => t,
        // A build without a usable model tags nothing rather than panicking.
        Err(_) => Tagger::from_model(Model::quantise(
            10,
            &vec![0.0; (1 << 10) * N_LABELS],
            &[0.0; N_LABELS * N_LABELS],
            0,
            String::from("empty"),
        )),
    });

/// Label set: `O` and BILOU over the four entity types.
pub(crate) mod labels {
    use newsmill_types::EntityKind;

    pub const N_TYPES: usize = 4;
    pub const N_LABELS: usize = 1 + 4 * N_TYPES;
    pub const O: usize = 0;
    pub const B: usize = 0;
    pub const I: usize = 1;
    pub const L: usize = 2;
    pub const U: usize = 3;
    pub const KINDS: [EntityKind; N_TYPES] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::Misc,
    ];

    #[inline]
    #[cfg(feature = "train")]
    pub const fn label(ty: usize, pos: usize) -> usize {
        1 + ty * 4 + pos
    }

    #[inline]
    pub const fn label_type(l: usize) -> Option<usize> {
        if l == O {
            None
        } else {
            Some((l - 1) / 4)
        }
    }

    #[inline]
    pub const fn label_pos(l: usize) -> usize {
        (l - 1) % 4
    }

    #[inline]
    pub const fn is_unit(l: usize) -> bool {
        l != O && label_pos(l) == U
    }

    /// Can `next` follow `prev` (None = sentence start)?
    pub const fn allowed(prev: Option<usize>, next: usize) -> bool {
        let open = match prev {
            None => false,
            Some(p) => p != O && (label_pos(p) == B || label_pos(p) == I),
        };
        if open {
            let p = match prev {
                Some(p) => p,
                None => 0,
            };
            next != O
                && label_type(next).is_some()
                && (label_pos(next) == I || label_pos(next) == L)
                && {
                    let a = (p - 1) / 4;
                    let b = (next - 1) / 4;
                    a == b
                }
        } else {
            next == O || label_pos(next) == B || label_pos(next) == U
        }
    }

    /// Can a sentence end after `l`?
    pub const fn can_end(l: usize) -> bool {
        l == O || label_pos(l) == L || label_pos(l) == U
    }

    /// BILOU labels of a sentence from chunks.
    #[cfg(feature = "train")]
    pub fn from_chunks(n: usize, chunks: &[crate::conll::Chunk]) -> Vec<u8> {
        let mut out = vec![O as u8; n];
        for c in chunks {
            if c.start >= c.end || c.end > n {
                continue;
            }
            let ty = c.kind.index();
            if c.end - c.start == 1 {
                out[c.start] = label(ty, U) as u8;
            } else {
                out[c.start] = label(ty, B) as u8;
                for o in &mut out[c.start + 1..c.end - 1] {
                    *o = label(ty, I) as u8;
                }
                out[c.end - 1] = label(ty, L) as u8;
            }
        }
        out
    }

    /// Chunks (token ranges) of a valid BILOU label sequence.
    pub fn to_chunks(labels: &[u8]) -> Vec<crate::conll::Chunk> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, &l) in labels.iter().enumerate() {
            let l = l as usize;
            let Some(ty) = label_type(l) else {
                start = None;
                continue;
            };
            match label_pos(l) {
                U => out.push(crate::conll::Chunk {
                    start: i,
                    end: i + 1,
                    kind: KINDS[ty],
                }),
                B => start = Some(i),
                L => {
                    if let Some(s) = start.take() {
                        out.push(crate::conll::Chunk {
                            start: s,
                            end: i + 1,
                            kind: KINDS[ty],
                        });
                    }
                }
                _ => {}
            }
        }
        out
    }
}

const NEG: i32 = i32::MIN / 4;

/// Labels after which an entity may start (O, L-x, U-x).
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// Labels that may follow a closed label (O, B-x, U-x).
const OPENERS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Vector lanes of the closed-to-opener step (9 used).
const LANES: usize = 16;

/// Viterbi over BILOU with hard constraints. `trans` is `from * N + to`.
/// Only allowed transitions are visited (O/B/U after O/L/U; I/L after B/I of
/// the same type).
pub(crate) fn viterbi(
    em: &[[i32; N_LABELS]],
    trans: &[i32],
    out: &mut Vec<u8>,
    deltas: &mut Vec<[i32; N_LABELS]>,
) {
    out.clear();
    let n = em.len();
    if n == 0 || trans.len() < N_LABELS * N_LABELS {
        return;
    }
    // The forward pass keeps only each step's scores, not back pointers:
    // a max alone vectorises, a max with its argument does not. The
    // backward pass then finds the one predecessor it needs per step.
    deltas.clear();
    deltas.reserve(n);
    // Transitions from closed labels to openers, as a dense block padded to
    // 16 lanes so that the inner loop compiles to whole vector maxima (the
    // padding lanes are computed and ignored).
    let mut tc = [[0i32; LANES]; 9];
    for (fi, &from) in CLOSED.iter().enumerate() {
        for (k, &to) in OPENERS.iter().enumerate() {
            tc[fi][k] = trans[from * N_LABELS + to];
        }
    }
    let mut delta = [NEG; N_LABELS];
    for (l, d) in delta.iter_mut().enumerate() {
        if labels::allowed(None, l) {
            *d = em[0][l];
        }
    }
    deltas.push(delta);
    for e in &em[1..] {
        let mut nd = [NEG; N_LABELS];
        // Targets that need a closed predecessor: O, B-y, U-y.
        let mut best = [NEG; LANES];
        for (fi, &from) in CLOSED.iter().enumerate() {
            let d = delta[from];
            let row = &tc[fi];
            for k in 0..LANES {
                // Plain adds (which the compiler vectorises, unlike
                // saturating ones): `delta` is shifted to a maximum of 0
                // every step, so sums stay far from overflow.
                best[k] = best[k].max(d.wrapping_add(row[k]));
            }
        }
        for (k, &to) in OPENERS.iter().enumerate() {
            nd[to] = best[k].wrapping_add(e[to]);
        }
        // I-y and L-y follow B-y or I-y.
        for y in 0..labels::N_TYPES {
            let (b, i) = (1 + 4 * y, 2 + 4 * y);
            for to in [i, i + 1] {
                let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
                let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
                nd[to] = sb.max(si).wrapping_add(e[to]);
            }
        }
        // Shifting every score by one amount changes no comparison, and
        // keeps a long text's sums bounded: scores stay in [NEG, 0] (NEG is
        // a quarter of the range), a transition within MAX_TRANSITION
        // (checked when a model loads) and an emission a sum of i16
        // weights over a fixed set of features, so no add above wraps.
        let top = nd.iter().copied().max().unwrap_or(0);
        for d in &mut nd {
            *d = d.saturating_sub(top).max(NEG);
        }
        delta = nd;
        deltas.push(delta);
    }
    let mut best = NEG;
    let mut arg = 0usize;
    for (l, &d) in delta.iter().enumerate() {
        if labels::can_end(l) && d > best {
            best = d;
            arg = l;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for t in (1..n).rev() {
        arg = best_predecessor(&deltas[t - 1], trans, arg);
        out[t - 1] = arg as u8;
    }
}

/// The predecessor of label `to` whose score the forward pass's maximum
/// took: for O, B-y and U-y the first closed label, in `CLOSED` order, whose
/// sum beats every earlier one strictly (`CLOSED[0]` when none beats NEG);
/// for I-y and L-y, I-y only when it beats B-y strictly.
fn best_predecessor(delta: &[i32; N_LABELS], trans: &[i32], to: usize) -> usize {
    if OPENERS.contains(&to) {
        // As the forward pass starts: from NEG, with the first closed label.
        let mut best = NEG;
        let mut arg = CLOSED[0];
        for &from in &CLOSED {
            let s = delta[from].wrapping_add(trans[from * N_LABELS + to]);
            if s > best {
                best = s;
                arg = from;
            }
        }
        arg
    } else {
        // I-y or L-y: from B-y or I-y, B-y on a tie.
        let y = (to - 1) / 4;
        let (b, i) = (1 + 4 * y, 2 + 4 * y);
        let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
        let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
        if si > sb {
            i
        } else {
            b
        }
    }
}

/// A name typed an organisation, a place or a miscellaneous name that repeats the
/// last words of a person the document names in full is that person ("Aung
/// San Suu Kyi … Suu Kyi"): news names a person in full once, then by
/// surname, and an unfamiliar surname read alone looks like anything. Not
/// a company named after a person ("Bill Ford … Ford Motor Co … Ford"): one
/// the gazetteer lists as an organisation, or whose words the document
/// also uses inside a longer organisation's name; not a place the lists
/// name, or one inside a longer place's name ("Jordan", "Ventura County").
fn people_by_their_last_names<S: AsRef<str>>(
    sentences: &[&[S]],
    df: &DocFeatures,
    gazetteer: &Gazetteer,
    chunks: &mut [Vec<Chunk>],
) {
    const MAX_WORDS: usize = 3;
    const ORGANISATION_LISTS: [&str; 5] = [
        "intl_orgs",
        "news_orgs",
        "gov_mil_orgs",
        "companies",
        "sports_clubs",
    ];
    const PLACE_LISTS: [&str; 5] = [
        "countries",
        "regions",
        "cities",
        "mideast_places",
        "world_cities",
    ];
    // Token keys (lower-cased forms) of a chunk of sentence `s`.
    let keys = |s: usize, c: &Chunk| -> &[u64] {
        let base = df.sentences.get(s).map_or(0, |&(a, _)| a);
        df.keys.get(base + c.start..base + c.end).unwrap_or(&[])
    };
    let capitalised = |s: usize, c: &Chunk| {
        let base = df.sentences.get(s).map_or(0, |&(a, _)| a);
        (base + c.start..base + c.end).all(|k| {
            df.flags
                .get(k)
                .is_some_and(|f| f & features::F_INIT_UPPER != 0)
                && !df.caps_sentence.get(k).copied().unwrap_or(true)
        })
    };
    let is_candidate = |s: usize, c: &Chunk| {
        matches!(
            c.kind,
            EntityKind::Organisation | EntityKind::Misc | EntityKind::Place
        ) && c.end - c.start <= MAX_WORDS
            && capitalised(s, c)
    };
    // Most documents have no candidate that needs the rest.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for (s, cs) in chunks.iter().enumerate() {
        for (i, c) in cs.iter().enumerate() {
            if is_candidate(s, c) {
                candidates.push((s, i));
            }
        }
    }
    if candidates.is_empty() {
        return;
    }
    // Names of two words or more; a person's without a trailing "Jr.", so
    // that "Martin Luther King Jr." ends in "King".
    let longer_names = |kind: EntityKind| -> Vec<&[u64]> {
        chunks
            .iter()
            .enumerate()
            .flat_map(|(s, cs)| cs.iter().map(move |c| (s, c)))
            .filter(|(_, c)| c.kind == kind)
            .map(|(s, c)| {
                let end = if kind == EntityKind::Person {
                    name_end_before_suffix(sentences[s], c)
                } else {
                    c.end
                };
                keys(s, &Chunk { end, ..*c })
            })
            .filter(|name| name.len() >= 2)
            .collect()
    };
    let people = longer_names(EntityKind::Person);
    if people.is_empty() {
        return;
    }
    let organisations = longer_names(EntityKind::Organisation);
    let places = longer_names(EntityKind::Place);
    let listed_mask = ORGANISATION_LISTS
        .iter()
        .filter_map(|name| gazetteer.category_index(name))
        .fold(0u32, |mask, k| mask | (1 << k));
    let place_mask = PLACE_LISTS
        .iter()
        .filter_map(|name| gazetteer.category_index(name))
        .fold(0u32, |mask, k| mask | (1 << k));
    let mut people_now: Vec<(usize, usize)> = Vec::new();
    for &(s, i) in &candidates {
        let c = &chunks[s][i];
        let name = keys(s, c);
        let len = name.len();
        let last_words_of_a_person = people
            .iter()
            .any(|p| p.len() > len && &p[p.len() - len..] == name);
        if !last_words_of_a_person {
            continue;
        }
        let longer = if c.kind == EntityKind::Place {
            &places
        } else {
            &organisations
        };
        let in_an_organisation = longer
            .iter()
            .any(|o| o.len() > len && o.windows(len).any(|w| w == name));
        // "Jordan", "Georgia", "Paris": a place the lists know well keeps
        // its type beside a person of that surname.
        let mask = if c.kind == EntityKind::Place {
            place_mask
        } else {
            listed_mask
        };
        let listed = gazetteer
            .find(&sentences[s][c.start..c.end])
            .iter()
            .any(|m| m.start == 0 && m.end == len && m.categories & mask != 0);
        if !in_an_organisation && !listed {
            people_now.push((s, i));
        }
    }
    for (s, i) in people_now {
        chunks[s][i].kind = EntityKind::Person;
    }
}

/// The possessive token the tokenizer splits off a name ("Weber 's").
fn is_possessive_token(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'S" | "’S")
}

/// A one-word organisation or person that owns a state's institution
/// ("Veloria 's Supreme Court", "Ruritania 's central bank") is a country:
/// a place. Only institutions a company or a person does not have.
fn countries_by_their_institutions<S: AsRef<str>>(sentences: &[&[S]], chunks: &mut [Vec<Chunk>]) {
    const INSTITUTIONS: [&[&str]; 16] = [
        &["supreme", "court"],
        &["constitutional", "court"],
        &["parliament"],
        &["constitution"],
        &["army"],
        &["navy"],
        &["air", "force"],
        &["armed", "forces"],
        &["military"],
        &["capital"],
        &["prime", "minister"],
        &["central", "bank"],
        &["foreign", "ministry"],
        &["foreign", "minister"],
        &["interior", "ministry"],
        &["coast", "guard"],
    ];
    for (tokens, found) in sentences.iter().zip(chunks.iter_mut()) {
        let word = |k: usize| tokens.get(k).map_or("", AsRef::as_ref);
        for chunk in found.iter_mut() {
            if chunk.end != chunk.start + 1
                || !matches!(chunk.kind, EntityKind::Organisation | EntityKind::Person)
                || !is_possessive_token(word(chunk.end))
            {
                continue;
            }
            let owns_institution = INSTITUTIONS.iter().any(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| word(chunk.end + 1 + k).eq_ignore_ascii_case(w))
            });
            if owns_institution {
                chunk.kind = EntityKind::Place;
            }
        }
    }
}

/// A one-word place or organisation ending as the adjectives of peoples do
/// ("Velorian", "Marovese") right before a lower-case word ("in Velorian
/// flood zone") is that adjective: a miscellaneous name, as CoNLL types
/// nationalities. Not before a verb or a function word ("Adrian said",
/// "Ocean and"), and not a word in capitals.
fn adjectives_of_peoples<S: AsRef<str>>(sentences: &[&[S]], chunks: &mut [Vec<Chunk>]) {
    const NOT_A_NOUN: [&str; 24] = [
        "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
        "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "the",
    ];
    for (tokens, found) in sentences.iter().zip(chunks.iter_mut()) {
        for chunk in found.iter_mut() {
            if chunk.end != chunk.start + 1
                || !matches!(chunk.kind, EntityKind::Place | EntityKind::Organisation)
            {
                continue;
            }
            let Some(word) = tokens.get(chunk.start).map(AsRef::as_ref) else {
                continue;
            };
            let mut letters = word.chars();
            let shaped = word.len() >= 6
                && letters.next().is_some_and(char::is_uppercase)
                && letters.all(char::is_lowercase)
                && ["ian", "ean", "ese"].iter().any(|end| word.ends_with(end));
            let before_noun = tokens
                .get(chunk.end)
                .map(AsRef::as_ref)
                .is_some_and(|next| {
                    next.starts_with(char::is_lowercase) && !NOT_A_NOUN.contains(&next)
                });
            if shaped && before_noun {
                chunk.kind = EntityKind::Misc;
            }
        }
    }
}

/// A one-word name typed a person whose document treats it as a company
/// ("Comelf 's six-month output", "40 percent of Ruch", "Pirelli 's cables
/// division", "Tallyfox , an Austin-based startup that") and never as a person (no title before it, no full name
/// ending in it, no "said he/she", age or family after it) is an
/// organisation.
fn companies_by_their_context<S: AsRef<str>>(
    sentences: &[&[S]],
    df: &DocFeatures,
    gazetteer: &Gazetteer,
    chunks: &mut [Vec<Chunk>],
) {
    // What a company has and a person does not ("bid", "board" and
    // "chairman" are a person's too: "Nadal's bid", "Smith's board seat").
    const OWNED: [&str; 19] = [
        "shares",
        "stake",
        "profit",
        "profits",
        "output",
        "sales",
        "revenue",
        "revenues",
        "earnings",
        "shareholders",
        "stock",
        "subsidiary",
        "unit",
        "division",
        "plant",
        "factory",
        "factories",
        "executives",
        "workforce",
    ];
    // Nouns that say what kind of company an apposition describes.
    const COMPANY_NOUNS: [&str; 16] = [
        "company",
        "startup",
        "start-up",
        "firm",
        "maker",
        "manufacturer",
        "retailer",
        "chain",
        "lender",
        "insurer",
        "carrier",
        "airline",
        "conglomerate",
        "subsidiary",
        "supplier",
        "provider",
    ];
    const KIN: [&str; 14] = [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "family",
        "lawyer", "lawyers", "attorney", "widow", "children",
    ];
    let one_word_people = chunks
        .iter()
        .flatten()
        .any(|c| c.kind == EntityKind::Person && c.end - c.start == 1);
    if !one_word_people {
        return;
    }
    let title_mask = gazetteer.category_index("titles").map_or(0, |k| 1u32 << k);
    let is_title = |w: &str| {
        !w.is_empty()
            && gazetteer
                .find(&[w])
                .iter()
                .any(|m| m.categories & title_mask != 0)
    };
    let word = |s: usize, k: usize| -> &str { sentences[s].get(k).map_or("", |w| w.as_ref()) };
    let key = |s: usize, k: usize| -> Option<u64> {
        let base = df.sentences.get(s)?.0;
        df.keys.get(base + k).copied()
    };
    // Per one-word person name: company cues, person cues.
    let mut cues: std::collections::HashMap<u64, (u32, u32)> = std::collections::HashMap::new();
    for (s, cs) in chunks.iter().enumerate() {
        for c in cs {
            if c.kind != EntityKind::Person {
                continue;
            }
            let surname_end = name_end_before_suffix(sentences[s], c);
            if surname_end - c.start > 1 {
                // A full name: its last word is a person's surname.
                if let Some(k) = key(s, surname_end - 1) {
                    cues.entry(k).or_default().1 += 1;
                }
                continue;
            }
            if c.end - c.start != 1 {
                continue;
            }
            let Some(k) = key(s, c.start) else { continue };
            // Token `k` of sentence `s` is one of `words` (lower-case, ASCII).
            let is_one_of = |k: usize, words: &[&str]| {
                let w = word(s, k);
                words.iter().any(|x| w.eq_ignore_ascii_case(x))
            };
            let (before, before2) = (c.start.wrapping_sub(1), c.start.wrapping_sub(2));
            let after = word(s, c.end);
            // "X 's (six-month) output", "X 's cables division".
            let owned = is_possessive_token(after)
                && (c.end + 1..c.end + 4)
                    .take_while(|&k| {
                        let w = word(s, k);
                        !w.is_empty() && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
                    })
                    .any(|k| is_one_of(k, &OWNED));
            // "40 percent of X" but not "40 percent of X 's votes".
            let share_of = is_one_of(before, &["of"])
                && is_one_of(before2, &["percent"])
                && !is_possessive_token(after);
            let stake_in =
                is_one_of(before, &["in"]) && is_one_of(before2, &["stake", "shares", "invest"]);
            // "X, an Austin-based startup that …": an apposition whose
            // head noun is a kind of company (not "X, the company's chief
            // executive": a person described through the company).
            let is_plain_word = |k: usize| {
                let w = word(s, k);
                !w.is_empty() && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
            };
            let ends_phrase = |k: usize| {
                !is_plain_word(k) && !is_possessive_token(word(s, k))
                    || is_one_of(
                        k,
                        &["that", "which", "based", "founded", "with", "in", "of"],
                    )
            };
            let described = after == ","
                && is_one_of(c.end + 1, &["a", "an"])
                && (c.end + 2..c.end + 6)
                    .take_while(|&k| is_plain_word(k))
                    .any(|k| is_one_of(k, &COMPANY_NOUNS) && ends_phrase(k + 1));
            let company = owned || share_of || stake_in || described;
            let kin = is_possessive_token(after) && is_one_of(c.end + 1, &KIN);
            // "X , 45 ,": an age.
            let age = after == ","
                && word(s, c.end + 1).parse::<u8>().is_ok()
                && word(s, c.end + 2) == ",";
            let person = is_title(word(s, before).trim_end_matches('.'))
                || (matches!(after, "said" | "says" | "told")
                    && is_one_of(c.end + 1, &["he", "she"]))
                || kin
                || age;
            let e = cues.entry(k).or_default();
            e.0 += u32::from(company);
            e.1 += u32::from(person);
        }
    }
    for (s, cs) in chunks.iter_mut().enumerate() {
        for c in cs.iter_mut() {
            if c.kind != EntityKind::Person || c.end - c.start != 1 {
                continue;
            }
            let companyish = key(s, c.start)
                .and_then(|k| cues.get(&k))
                .is_some_and(|&(company, person)| company > 0 && person == 0);
            if companyish {
                c.kind = EntityKind::Organisation;
            }
        }
    }
}

/// Where a person's name ends before a generational suffix ("King" in
/// "Martin Luther King Jr."): the surname the rest of the document uses.
fn name_end_before_suffix<S: AsRef<str>>(tokens: &[S], c: &Chunk) -> usize {
    let mut end = c.end;
    while end > c.start + 1
        && tokens
            .get(end - 1)
            .is_some_and(|t| is_name_suffix(t.as_ref()))
    {
        end -= 1;
    }
    end
}

fn is_name_suffix(token: &str) -> bool {
    matches!(
        token,
        "Jr" | "Jr." | "Sr" | "Sr." | "JR" | "JR." | "SR" | "SR." | "II" | "III" | "IV"
    )
}

/// A person's name followed by a generational suffix ("James Kennedy Jr.",
/// "Ken Griffey Jr", "Henry Ford II") ends after the suffix, which the
/// model, having seen it rarely, may leave out or tag as an entity alone.
fn join_name_suffixes<S: AsRef<str>>(tokens: &[S], mut chunks: Vec<Chunk>) -> Vec<Chunk> {
    let is_suffix = |k: usize| tokens.get(k).is_some_and(|t| is_name_suffix(t.as_ref()));
    let mut i = 0;
    while i < chunks.len() {
        let c = chunks[i];
        if c.kind == EntityKind::Person && is_suffix(c.end) {
            let next = chunks.get(i + 1).copied();
            match next {
                // The suffix tagged on its own: one name.
                Some(n) if n.start == c.end && n.end == c.end + 1 => {
                    chunks[i].end = n.end;
                    chunks.remove(i + 1);
                }
                // Another entity starts at the suffix: leave both.
                Some(n) if n.start == c.end => {}
                _ => chunks[i].end = c.end + 1,
            }
        }
        i += 1;
    }
    chunks
}

/// A named-entity tagger: a model plus the built-in gazetteer.
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// The tagger with the built-in English model (loaded once, lazily).
    pub fn english() -> &'static Tagger {
        &ENGLISH
    }

    /// Loads a model written by [`Model::to_bytes`] (e.g. by the
    /// `train_ner` example).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Ok(Tagger::from_model(Model::from_bytes(bytes)?))
    }

    /// Wraps a trained model.
    pub fn from_model(model: Model) -> Tagger {
        Tagger { model }
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    fn gazetteer(&self) -> &'static Gazetteer {
        Gazetteer::english()
    }

    /// Tags one pre-tokenised sentence (no document context).
    pub fn tag_sentence<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Chunk> {
        self.tag_document(&[tokens]).pop().unwrap_or_default()
    }

    /// Tags a pre-tokenised document (its sentences in order), using
    /// document-level features. Returns the entities of each sentence as
    /// token ranges.
    pub fn tag_document<S: AsRef<str>>(&self, sentences: &[&[S]]) -> Vec<Vec<Chunk>> {
        let mut df = features::extract(
            sentences,
            self.gazetteer(),
            &self.model.memory,
            self.model.bits,
            features::WordFeatures::Summed(&self.model),
        );
        let summed = std::mem::take(&mut df.base);
        let labels = self.decode_from(&df, summed, true);
        let mut chunks: Vec<Vec<Chunk>> = df
            .sentences
            .iter()
            .zip(sentences)
            .map(|(&(a, b), tokens)| join_name_suffixes(tokens, labels::to_chunks(&labels[a..b])))
            .collect();
        people_by_their_last_names(sentences, &df, self.gazetteer(), &mut chunks);
        companies_by_their_context(sentences, &df, self.gazetteer(), &mut chunks);
        adjectives_of_peoples(sentences, &mut chunks);
        countries_by_their_institutions(sentences, &mut chunks);
        chunks
    }

    /// BILOU label ids for every token of a document.
    #[cfg(feature = "train")]
    pub(crate) fn decode(&self, df: &DocFeatures, two_pass: bool) -> Vec<u8> {
        self.decode_from(df, Vec::new(), two_pass)
    }

    /// BILOU label ids for every token of a document, from emission scores
    /// already summed ([`DocFeatures::base`]), or from zero when `summed`
    /// is empty.
    fn decode_from(
        &self,
        df: &DocFeatures,
        summed: Vec<[i32; N_LABELS]>,
        two_pass: bool,
    ) -> Vec<u8> {
        let n = df.keys.len();
        let mut em = summed;
        em.resize(n, [0; N_LABELS]);
        self.model.add_emissions(&df.offsets, &df.feats, &mut em);
        let mut labels = Vec::with_capacity(n);
        let mut out = Vec::new();
        let mut deltas = Vec::new();
        for &(a, b) in &df.sentences {
            viterbi(&em[a..b], &self.model.trans, &mut out, &mut deltas);
            labels.extend_from_slice(&out);
        }
        if !two_pass {
            return labels;
        }
        let (offsets, feats) = features::doc_label_features(df, &labels, self.model.bits);
        self.model.add_emissions(&offsets, &feats, &mut em);
        labels.clear();
        for &(a, b) in &df.sentences {
            viterbi(&em[a..b], &self.model.trans, &mut out, &mut deltas);
            labels.extend_from_slice(&out);
        }
        labels
    }

    /// Entities of every sentence of CoNLL documents, each document tagged
    /// as a whole so that document context is used.
    pub fn tag_conll(&self, documents: &[crate::conll::ConllDocument]) -> Vec<Vec<Vec<Chunk>>> {
        documents
            .iter()
            .map(|document| {
                let sentences: Vec<Vec<&str>> =
                    document.sentences.iter().map(|s| s.token_strs()).collect();
                let refs: Vec<&[&str]> = sentences.iter().map(Vec::as_slice).collect();
                self.tag_document(&refs)
            })
            .collect()
    }

    /// Tokenises, splits into sentences and tags raw text, with document
    /// features over the whole text. Returns the byte spans of entities in
    /// `text`, in order. Never panics.
    pub fn tag_text(&self, text: &str) -> Vec<(Span, EntityKind)> {
        let tokens = tokenize(text);
        let sents = text_sentences(text, &tokens);
        // Title-case headings are shown to the model in capitals, as the
        // CoNLL training data writes headlines.
        let mut upper: Vec<Option<Vec<String>>> = Vec::with_capacity(sents.len());
        for &(a, b) in &sents {
            upper.push(if is_heading(text, &tokens[a..b]) {
                Some(
                    tokens[a..b]
                        .iter()
                        .map(|s| s.slice(text).to_uppercase())
                        .collect(),
                )
            } else {
                None
            });
        }
        let strs: Vec<&str> = tokens.iter().map(|s| s.slice(text)).collect();
        let mut sentence_refs: Vec<Vec<&str>> = Vec::with_capacity(sents.len());
        for (k, &(a, b)) in sents.iter().enumerate() {
            match &upper[k] {
                Some(u) => sentence_refs.push(u.iter().map(String::as_str).collect()),
                None => sentence_refs.push(strs[a..b].to_vec()),
            }
        }
        let slices: Vec<&[&str]> = sentence_refs.iter().map(Vec::as_slice).collect();
        let chunks = self.tag_document(&slices);
        let mut out = Vec::new();
        for (k, cs) in chunks.iter().enumerate() {
            let base = sents[k].0;
            for c in cs {
                let (s, e) = (tokens[base + c.start].start, tokens[base + c.end - 1].end);
                out.push((Span::new(s, e), c.kind));
            }
        }
        out
    }
}

/// Sentences of a tokenised text as token index ranges: newlines always
/// split, then punctuation rules.
pub fn text_sentences(text: &str, tokens: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for i in 0..=tokens.len() {
        let boundary = i == tokens.len()
            || (i > 0
                && text
                    .get(tokens[i - 1].end..tokens[i].start)
                    .is_some_and(|g| g.contains('\n')));
        if boundary && i > line_start {
            for r in sentence_token_ranges(text, &tokens[line_start..i]) {
                out.push((line_start + r.start, line_start + r.end));
            }
            line_start = i;
        }
    }
    out
}

/// A short title-case line without final punctuation ("Ceasefire Collapses
/// Amid Renewed Fighting").
fn is_heading(text: &str, toks: &[Span]) -> bool {
    if toks.len() < 3 || toks.len() > 14 {
        return false;
    }
    let last = toks[toks.len() - 1].slice(text);
    if matches!(last, "." | "!" | "?" | "\"" | "”") {
        return false;
    }
    let mut words = 0;
    for t in toks {
        let s = t.slice(text);
        let Some(c) = s.chars().next() else { continue };
        if !c.is_alphabetic() {
            continue;
        }
        let small = matches!(
            s,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "but"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "by"
                | "with"
                | "from"
                | "as"
                | "vs"
                | "vs."
                | "into"
                | "over"
                | "after"
                | "amid"
                | "is"
                | "are"
                | "be"
        );
        if small {
            continue;
        }
        if !c.is_uppercase() {
            return false;
        }
        words += 1;
    }
    words >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Emission scores of a document with every feature listed (as
    /// training reads them) and with single tokens' features summed per
    /// text (as tagging reads them).
    fn emissions_both_ways(model: &Model, sentences: &[&[&str]]) -> [Vec<[i32; N_LABELS]>; 2] {
        let [listed, summed] = [
            features::WordFeatures::Listed,
            features::WordFeatures::Summed(model),
        ]
        .map(|way| {
            let df = features::extract(
                sentences,
                Gazetteer::english(),
                &model.memory,
                model.bits,
                way,
            );
            let mut em = df.base.clone();
            em.resize(df.keys.len(), [0; N_LABELS]);
            model.add_emissions(&df.offsets, &df.feats, &mut em);
            em
        });
        [listed, summed]
    }

    #[test]
    fn summed_word_features_score_as_listed_ones() {
        let long = "Hyper-extra-long-token-of-many-letters";
        let texts: [Vec<&str>; 6] = [
            vec![
                "Defense",
                "Minister",
                "Israel",
                "Katz",
                "said",
                "on",
                "Wednesday",
                ".",
            ],
            vec!["Katz"],
            vec!["He", "left"],
            vec![],
            vec!["the", "the", "the", long, "Gaza", long, "."],
            vec!["PORT", "ALDER", "1996-08-22", "al-Qanua", "São", "Paulo"],
        ];
        let sentences: Vec<&[&str]> = texts.iter().map(Vec::as_slice).collect();
        let model = Tagger::english().model().clone();
        let [listed, summed] = emissions_both_ways(&model, &sentences);
        assert_eq!(listed.len(), 24);
        assert!(listed.iter().any(|e| e.iter().any(|&x| x != 0)));
        assert_eq!(listed, summed);
        // Another model's weights: sums kept for the first are not reused.
        let mut other = model.clone();
        for w in &mut other.weights {
            *w = w.wrapping_neg() / 2;
        }
        let [listed_other, summed_other] = emissions_both_ways(&other, &sentences);
        assert_ne!(listed_other, listed);
        assert_eq!(listed_other, summed_other);
        // And back: the first model's sums are computed again.
        assert_eq!(emissions_both_ways(&model, &sentences)[1], listed);
    }

    /// The best score of any allowed label sequence, by trying them all.
    fn best_score_by_search(em: &[[i32; N_LABELS]], trans: &[i32]) -> i64 {
        fn go(
            t: usize,
            prev: Option<usize>,
            acc: i64,
            em: &[[i32; N_LABELS]],
            trans: &[i32],
        ) -> i64 {
            if t == em.len() {
                return match prev {
                    Some(p) if labels::can_end(p) => acc,
                    _ => i64::MIN,
                };
            }
            let mut best = i64::MIN;
            for l in 0..N_LABELS {
                if !labels::allowed(prev, l) {
                    continue;
                }
                let step = match prev {
                    Some(p) => i64::from(trans[p * N_LABELS + l]),
                    None => 0,
                };
                best = best.max(go(
                    t + 1,
                    Some(l),
                    acc + step + i64::from(em[t][l]),
                    em,
                    trans,
                ));
            }
            best
        }
        go(0, None, 0, em, trans)
    }

    fn path_score(path: &[u8], em: &[[i32; N_LABELS]], trans: &[i32]) -> i64 {
        let mut score = 0i64;
        for (t, &l) in path.iter().enumerate() {
            let l = usize::from(l);
            let prev = t.checked_sub(1).map(|p| usize::from(path[p]));
            assert!(
                labels::allowed(prev, l),
                "step {t} of {path:?} is not allowed"
            );
            if let Some(p) = prev {
                score += i64::from(trans[p * N_LABELS + l]);
            }
            score += i64::from(em[t][l]);
        }
        assert!(labels::can_end(usize::from(path[path.len() - 1])));
        score
    }

    /// The Viterbi this module had before it kept scores instead of back
    /// pointers (`viterbi` at ea19c29), kept as written for checking that
    /// ties still resolve the same way: a reference, not code to improve.
    fn viterbi_with_back_pointers(em: &[[i32; N_LABELS]], trans: &[i32]) -> Vec<u8> {
        let n = em.len();
        let mut back = vec![[0u8; N_LABELS]; n];
        let mut delta = [NEG; N_LABELS];
        for (l, d) in delta.iter_mut().enumerate() {
            if labels::allowed(None, l) {
                *d = em[0][l];
            }
        }
        for t in 1..n {
            let mut nd = [NEG; N_LABELS];
            let mut best = [NEG; 9];
            let mut arg = [0u8; 9];
            for &from in &CLOSED {
                for (k, &to) in OPENERS.iter().enumerate() {
                    let s = delta[from].wrapping_add(trans[from * N_LABELS + to]);
                    if s > best[k] {
                        best[k] = s;
                        arg[k] = from as u8;
                    }
                }
            }
            for (k, &to) in OPENERS.iter().enumerate() {
                nd[to] = best[k].wrapping_add(em[t][to]);
                back[t][to] = arg[k];
            }
            for y in 0..labels::N_TYPES {
                let (b, i) = (1 + 4 * y, 2 + 4 * y);
                for to in [i, i + 1] {
                    let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
                    let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
                    let (best, arg) = if si > sb { (si, i) } else { (sb, b) };
                    nd[to] = best.wrapping_add(em[t][to]);
                    back[t][to] = arg as u8;
                }
            }
            let top = nd.iter().copied().max().unwrap_or(0);
            for d in &mut nd {
                *d = d.saturating_sub(top).max(NEG);
            }
            delta = nd;
        }
        let (mut best, mut arg) = (NEG, 0usize);
        for (l, &d) in delta.iter().enumerate() {
            if labels::can_end(l) && d > best {
                best = d;
                arg = l;
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = arg as u8;
        for t in (1..n).rev() {
            arg = usize::from(back[t][arg]);
            out[t - 1] = arg as u8;
        }
        out
    }

    /// A one-token chunk at `start`.
    fn one_word(start: usize, kind: EntityKind) -> Chunk {
        Chunk {
            start,
            end: start + 1,
            kind,
        }
    }

    #[test]
    fn a_name_that_owns_a_states_institution_is_a_place() {
        let sentences: [&[&str]; 3] = [
            &["Veloria", "'s", "Supreme", "Court", "ruled"],
            &["Ruritania", "’s", "central", "bank", "cut", "rates"],
            &["Nordline", "'s", "board", "met"],
        ];
        let mut chunks = vec![
            vec![one_word(0, EntityKind::Organisation)],
            vec![one_word(0, EntityKind::Person)],
            vec![one_word(0, EntityKind::Organisation)],
        ];
        countries_by_their_institutions(&sentences, &mut chunks);
        assert_eq!(chunks[0][0].kind, EntityKind::Place);
        assert_eq!(chunks[1][0].kind, EntityKind::Place);
        // A board is a company's too.
        assert_eq!(chunks[2][0].kind, EntityKind::Organisation);
    }

    #[test]
    fn a_peoples_adjective_before_a_noun_is_miscellaneous() {
        let sentences: [&[&str]; 3] = [
            &[
                "Rescuers", "in", "Velorian", "flood", "zone", "say", "roads", "are", "cut",
            ],
            &["Adrian", "said", "the", "Marovese", "were", "late"],
            &["VELORIAN", "floods"],
        ];
        let mut chunks = vec![
            vec![one_word(2, EntityKind::Place)],
            vec![
                one_word(0, EntityKind::Place),
                one_word(3, EntityKind::Organisation),
            ],
            vec![one_word(0, EntityKind::Place)],
        ];
        adjectives_of_peoples(&sentences, &mut chunks);
        assert_eq!(chunks[0][0].kind, EntityKind::Misc);
        // Before a verb, a name; after "the" and before a verb, a people.
        assert_eq!(chunks[1][0].kind, EntityKind::Place);
        assert_eq!(chunks[1][1].kind, EntityKind::Organisation);
        // Capitals say nothing about the word's use.
        assert_eq!(chunks[2][0].kind, EntityKind::Place);
    }

    #[test]
    fn viterbi_breaks_ties_as_the_back_pointer_version_did() {
        let mut rng = newsmill_testkit::Rng::new(29);
        let (mut out, mut deltas) = (Vec::new(), Vec::new());
        for round in 0..300 {
            // Few distinct values make ties common; the last rounds use
            // transitions so negative that sums fall to the NEG floor.
            let span = [3, 5, 2000][round % 3];
            let floor = round >= 250;
            let trans: Vec<i32> = (0..N_LABELS * N_LABELS)
                .map(|_| {
                    if floor && rng.below(2) == 0 {
                        -(model::MAX_TRANSITION as i32)
                    } else {
                        rng.below(span) as i32 - (span / 2) as i32
                    }
                })
                .collect();
            let n = 1 + rng.below(30);
            let em: Vec<[i32; N_LABELS]> = (0..n)
                .map(|_| std::array::from_fn(|_| rng.below(span) as i32 - (span / 2) as i32))
                .collect();
            viterbi(&em, &trans, &mut out, &mut deltas);
            assert_eq!(
                out,
                viterbi_with_back_pointers(&em, &trans),
                "round {round}"
            );
        }
    }

    #[test]
    fn viterbi_finds_the_best_allowed_sequence() {
        let mut rng = newsmill_testkit::Rng::new(17);
        let mut draw = |span: usize| rng.below(span) as i32 - (span / 2) as i32;
        let (mut out, mut deltas) = (Vec::new(), Vec::new());
        for round in 0..60 {
            let trans: Vec<i32> = (0..N_LABELS * N_LABELS).map(|_| draw(2000)).collect();
            let n = 1 + round % 4;
            let em: Vec<[i32; N_LABELS]> = (0..n)
                .map(|_| std::array::from_fn(|_| draw(4000)))
                .collect();
            viterbi(&em, &trans, &mut out, &mut deltas);
            assert_eq!(out.len(), n);
            assert_eq!(
                path_score(&out, &em, &trans),
                best_score_by_search(&em, &trans),
                "round {round}"
            );
        }
    }

    /// `chunks` after `rule` over `sentences`, with the built-in model's
    /// document features.
    fn apply(
        rule: impl FnOnce(&[&[&str]], &DocFeatures, &Gazetteer, &mut [Vec<Chunk>]),
        sentences: &[&[&str]],
        mut chunks: Vec<Vec<Chunk>>,
    ) -> Vec<Vec<Chunk>> {
        let tagger = Tagger::english();
        let df = features::extract(
            sentences,
            tagger.gazetteer(),
            &tagger.model.memory,
            tagger.model.bits,
            features::WordFeatures::Listed,
        );
        rule(sentences, &df, tagger.gazetteer(), &mut chunks);
        chunks
    }

    fn last_words_rule(sentences: &[&[&str]], chunks: Vec<Vec<Chunk>>) -> Vec<Vec<Chunk>> {
        apply(
            |s, df, g, c| people_by_their_last_names(s, df, g, c),
            sentences,
            chunks,
        )
    }

    fn company_rule(sentences: &[&[&str]], chunks: Vec<Vec<Chunk>>) -> Vec<Vec<Chunk>> {
        apply(
            |s, df, g, c| companies_by_their_context(s, df, g, c),
            sentences,
            chunks,
        )
    }

    #[test]
    fn a_persons_last_words_alone_are_that_person() {
        let chunk = |start, end, kind| Chunk { start, end, kind };
        let (per, org, loc) = (
            EntityKind::Person,
            EntityKind::Organisation,
            EntityKind::Place,
        );
        let first: [&str; 8] = ["Aung", "San", "Suu", "Kyi", "met", "Ann", "Weber", "."];
        let second: [&str; 8] = ["Suu", "Kyi", "and", "Kyi", "Bank", "left", "Rangoon", "."];
        let third: [&str; 6] = ["Weber", "and", "Weber", "Holdings", "Ltd", "."];
        let chunks = vec![
            vec![chunk(0, 4, per), chunk(5, 7, per)],
            vec![chunk(0, 2, org), chunk(3, 5, org), chunk(6, 7, loc)],
            vec![chunk(0, 1, org), chunk(2, 5, org)],
        ];
        let mut want = chunks.clone();
        want[1][0].kind = per;
        // "Suu Kyi" is the person; "Kyi Bank" (not the end of a person's
        // name), the place, and "Weber" (inside "Weber Holdings Ltd") stay
        // as tagged.
        assert_eq!(last_words_rule(&[&first, &second, &third], chunks), want);
        // A surname after a full name with a suffix ("King Jr.").
        let full: [&str; 6] = ["Martin", "Luther", "King", "Jr.", "spoke", "."];
        let alone: [&str; 3] = ["King", "left", "."];
        let chunks = vec![vec![chunk(0, 4, per)], vec![chunk(0, 1, org)]];
        let mut want = chunks.clone();
        want[1][0].kind = per;
        assert_eq!(last_words_rule(&[&full, &alone], chunks), want);
        // A listed company named after its founder stays a company.
        let founder: [&str; 4] = ["Walt", "Disney", "said", "."];
        let company: [&str; 3] = ["Disney", "fell", "."];
        let chunks = vec![vec![chunk(0, 2, per)], vec![chunk(0, 1, org)]];
        assert_eq!(
            last_words_rule(&[&founder, &company], chunks.clone()),
            chunks
        );
        // Nothing changes in a sentence in capitals (a CoNLL headline).
        let headline: [&str; 4] = ["SUU", "KYI", "LEFT", "."];
        let chunks = vec![vec![chunk(0, 4, per)], vec![chunk(0, 2, org)]];
        assert_eq!(
            last_words_rule(&[&first, &headline], chunks.clone()),
            chunks
        );
    }

    #[test]
    fn a_persons_surname_read_as_a_place_is_that_person_unless_a_listed_place() {
        let chunk = |start, end, kind| Chunk { start, end, kind };
        let (per, loc) = (EntityKind::Person, EntityKind::Place);
        let first: [&str; 6] = ["Marisol", "Ventura", "met", "Michael", "Jordan", "."];
        let second: [&str; 6] = ["Ventura", "flew", "to", "Jordan", "today", "."];
        let third: [&str; 4] = ["Ventura", "County", "voted", "."];
        let chunks = vec![
            vec![chunk(0, 2, per), chunk(3, 5, per)],
            vec![chunk(0, 1, loc), chunk(3, 4, loc)],
            vec![chunk(0, 2, loc)],
        ];
        // "Ventura" alone is the person; "Jordan" is a country the lists
        // name, so it stays a place beside the basketball player.
        let mut want = chunks.clone();
        want[1][0].kind = per;
        assert_eq!(
            last_words_rule(&[&first, &second], chunks[..2].to_vec()),
            want[..2].to_vec()
        );
        // Inside a longer place's name ("Ventura County") the word may be
        // that place's: nothing changes.
        assert_eq!(
            last_words_rule(&[&first, &second, &third], chunks.clone()),
            chunks
        );
    }

    #[test]
    fn a_name_owning_output_or_owned_by_percent_is_a_company() {
        let chunk = |start, end, kind| Chunk { start, end, kind };
        let (per, org) = (EntityKind::Person, EntityKind::Organisation);
        let first: [&str; 6] = ["Comelf", "said", "it", "doubled", "output", "."];
        let second: [&str; 6] = ["Comelf", "'s", "six-month", "output", "rose", "."];
        let third: [&str; 5] = ["Investors", "want", "Comelf", "shares", "."];
        let chunks = vec![
            vec![chunk(0, 1, per)],
            vec![chunk(0, 1, per)],
            vec![chunk(2, 3, per)],
        ];
        let want = vec![
            vec![chunk(0, 1, org)],
            vec![chunk(0, 1, org)],
            vec![chunk(2, 3, org)],
        ];
        assert_eq!(company_rule(&[&first, &second, &third], chunks), want);
        // A person named in full, or after a title, stays a person.
        let full: [&str; 4] = ["John", "Weber", "spoke", "."];
        let owns: [&str; 5] = ["Weber", "'s", "stake", "grew", "."];
        let chunks = vec![vec![chunk(0, 2, per)], vec![chunk(0, 1, per)]];
        assert_eq!(company_rule(&[&full, &owns], chunks.clone()), chunks);
        let titled: [&str; 4] = ["Mr", "Weber", "spoke", "."];
        let percent: [&str; 6] = ["He", "owns", "40", "percent", "of", "Weber"];
        let chunks = vec![vec![chunk(1, 2, per)], vec![chunk(5, 6, per)]];
        assert_eq!(company_rule(&[&titled, &percent], chunks.clone()), chunks);
        // Nor after a full name with a suffix, "said he", an age or kin.
        let suffixed: [&str; 5] = ["John", "Weber", "Jr.", "spoke", "."];
        let chunks = vec![vec![chunk(0, 3, per)], vec![chunk(0, 1, per)]];
        assert_eq!(company_rule(&[&suffixed, &owns], chunks.clone()), chunks);
        for other in [
            &["Weber", "said", "he", "would", "stay", "."][..],
            &["Weber", ",", "45", ",", "left", "."][..],
            &["Weber", "’s", "wife", "left", "."][..],
        ] {
            let chunks = vec![vec![chunk(0, 1, per)], vec![chunk(0, 1, per)]];
            assert_eq!(
                company_rule(&[other, &owns], chunks.clone()),
                chunks,
                "{other:?}"
            );
        }
        // "X, an Austin-based startup that …" is a company; "X, the
        // company 's chief executive" and "X, a former company lawyer" are
        // people described through one.
        let startup: [&str; 8] = [
            "Tallyfox",
            ",",
            "an",
            "Austin-based",
            "startup",
            "that",
            "grew",
            ".",
        ];
        let chunks = vec![vec![chunk(0, 1, per)]];
        assert_eq!(
            company_rule(&[&startup], chunks),
            vec![vec![chunk(0, 1, org)]]
        );
        for other in [
            &[
                "Rao",
                ",",
                "the",
                "company",
                "'s",
                "chief",
                "executive",
                ".",
            ][..],
            &[
                "Rao", ",", "a", "former", "company", "lawyer", ",", "left", ".",
            ][..],
        ] {
            let chunks = vec![vec![chunk(0, 1, per)]];
            assert_eq!(company_rule(&[other], chunks.clone()), chunks, "{other:?}");
        }
        // "A bid" and "percent of X 's votes" are a person's too; a stake
        // in X and a curly possessive are a company's.
        let bid: [&str; 5] = ["Nadal", "'s", "bid", "failed", "."];
        let votes: [&str; 7] = ["40", "percent", "of", "Nadal", "'s", "votes", "."];
        let chunks = vec![vec![chunk(0, 1, per)], vec![chunk(3, 4, per)]];
        assert_eq!(company_rule(&[&bid, &votes], chunks.clone()), chunks);
        let stake: [&str; 5] = ["A", "stake", "in", "Weber", "."];
        let curly: [&str; 4] = ["Weber", "’s", "sales", "."];
        for sentence in [&stake[..], &curly[..]] {
            let k = sentence.iter().position(|w| *w == "Weber").unwrap_or(0);
            let chunks = vec![vec![chunk(k, k + 1, per)]];
            assert_eq!(
                company_rule(&[sentence], chunks),
                vec![vec![chunk(k, k + 1, org)]],
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn a_generational_suffix_ends_the_name() {
        let chunk = |start, end, kind| Chunk { start, end, kind };
        let (per, org) = (EntityKind::Person, EntityKind::Organisation);
        let tokens = [
            "James", "Kennedy", "Jr.", "said", "Henry", "Ford", "II", "and", "Ann", "Lee", "III",
            "Bank",
        ];
        let chunks = vec![
            chunk(0, 2, per),
            chunk(4, 6, per),
            chunk(6, 7, per),
            chunk(8, 10, per),
            chunk(10, 12, org),
        ];
        assert_eq!(
            join_name_suffixes(&tokens, chunks),
            // The suffix left out, the suffix tagged alone, and a suffix
            // that starts another entity (left as it is).
            vec![
                chunk(0, 3, per),
                chunk(4, 7, per),
                chunk(8, 10, per),
                chunk(10, 12, org)
            ]
        );
    }
}
