//! Named-entity tagger (PER / ORG / LOC / MISC).
//!
//! An averaged structured perceptron over BILOU tags, decoded with Viterbi.
//! Features are hashed into a fixed table of quantised weights (no strings
//! are built while tagging): word forms, shapes, affixes, context words,
//! gazetteer matches ([`Gazetteer`]), a hashed memory of the training
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
//! * [`Tagger::tag_text`] — raw text in, byte spans of entities out;
//!   [`Tagger::tag_text_with_sentences`] — and the sentences it tagged.
//! * [`Tagger::tag_document`] / [`Tagger::tag_sentence`] — pre-tokenised input.
//! * `train` / `train_with_dev` (cargo feature `train`) — deterministic
//!   training from CoNLL documents ([`crate::conll`]).
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
mod document_rules;
pub(crate) mod features;
pub(crate) mod hash;
pub(crate) mod labels;
mod model;
mod prefetch;
mod row_index;
mod token_memo;
#[cfg(feature = "train")]
mod train;
mod viterbi;

/// The name lists the tagger reads as features.
pub use crate::gazetteer::{Gazetteer, GazetteerList, GazetteerMatch, ENGLISH_LISTS};
pub use model::{Model, ModelError, FORMAT_VERSION};
#[cfg(feature = "train")]
pub use train::{train, train_with_dev, EpochScore, TrainOptions, TrainReport};

use crate::conll::Chunk;
pub use crate::sentences::text_sentences;
use document_rules::{
    adjectives_of_peoples, companies_by_their_context, countries_by_their_institutions,
    join_name_suffixes, people_by_their_last_names, teams_in_score_lines,
};
use features::DocFeatures;
use labels::N_LABELS;
use newsmill_types::{EntityKind, Span};
use std::sync::LazyLock;
pub(crate) use viterbi::viterbi;

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
    LazyLock::new(|| match Model::from_built_in(ENGLISH_MODEL_BYTES) {
        Ok(model) => Tagger::from_model(model),
        // A build without a usable model tags nothing rather than panicking.
        Err(_) => Tagger::from_model(Model::quantise(
            10,
            &vec![0.0; (1 << 10) * N_LABELS],
            &[0.0; N_LABELS * N_LABELS],
            0,
            String::from("empty"),
        )),
    });

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
        teams_in_score_lines(sentences, self.gazetteer(), &mut chunks);
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
        self.tag_text_with_sentences(text).0
    }

    /// As [`Tagger::tag_text`], with the byte spans of the sentences the
    /// text was tagged in ([`crate::sentence_spans`]'s), so that a caller
    /// reading sentences too need not split the text again.
    ///
    /// ```
    /// use newsmill_extract::tagger::Tagger;
    ///
    /// let text = "Shares of Acme Inc. The company hired Ann Lee. “Why?” she asked.";
    /// let (entities, sentences) = Tagger::english().tag_text_with_sentences(text);
    /// let sentences: Vec<&str> = sentences.iter().map(|s| s.slice(text)).collect();
    /// assert_eq!(
    ///     sentences,
    ///     ["Shares of Acme Inc.", "The company hired Ann Lee.", "“Why?” she asked."]
    /// );
    /// assert!(entities.iter().any(|(s, _)| s.slice(text) == "Ann Lee"));
    /// ```
    pub fn tag_text_with_sentences(&self, text: &str) -> (Vec<(Span, EntityKind)>, Vec<Span>) {
        self.tag_scanned(text, &crate::canonical::scan::tokenize(text), 0)
    }

    /// As [`Tagger::tag_text_with_sentences`], from the text's scan tokens
    /// (the rules' tokens, which the tagger's are built from): `toks` are
    /// those of a text of which `text` is the part from byte `shift` on.
    pub(crate) fn tag_scanned(
        &self,
        text: &str,
        toks: &[crate::canonical::scan::Tok],
        shift: usize,
    ) -> (Vec<(Span, EntityKind)>, Vec<Span>) {
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        crate::tokenize::conll_tokens_into(text, toks, shift, &mut tokens);
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
        (out, crate::sentences::spans_of(&tokens, &sents))
    }
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
}
