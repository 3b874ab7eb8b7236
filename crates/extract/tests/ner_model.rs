//! The model format, the shipped English model and deterministic training
//! (on a tiny hand-written corpus).

use newsmill_extract::conll::{read_conll, tags_to_chunks};
use newsmill_extract::tagger::name_lists_fingerprint;
use newsmill_extract::tagger::{
    train, Model, ModelError, Tagger, TrainOptions, ENGLISH_MODEL_BYTES,
};
use newsmill_extract::EntityKind;
use std::time::Instant;

#[test]
fn shipped_model_loads_fast_and_matches_the_gazetteer() {
    let t0 = Instant::now();
    let model = Model::from_bytes(ENGLISH_MODEL_BYTES).expect("shipped model parses");
    let took = t0.elapsed();
    // Release builds load in a few milliseconds; debug builds are slower.
    assert!(took.as_secs_f64() < 2.0, "load took {took:?}");
    assert!(ENGLISH_MODEL_BYTES.len() <= 15 * 1024 * 1024);
    assert_eq!(
        model.gazetteer_fingerprint(),
        name_lists_fingerprint(),
        "name lists or dictionary changed since the model was trained: retrain (see model/README.md)"
    );
    // Byte-exact round trip.
    assert_eq!(model.to_bytes(), ENGLISH_MODEL_BYTES);
}

#[test]
fn bad_models_are_typed_errors() {
    assert_eq!(Tagger::from_bytes(b"").err(), Some(ModelError::BadMagic));
    assert_eq!(
        Tagger::from_bytes(b"not a model at all").err(),
        Some(ModelError::BadMagic)
    );
    let mut bytes = ENGLISH_MODEL_BYTES.to_vec();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    assert_eq!(Tagger::from_bytes(&bytes).err(), Some(ModelError::Checksum));
    let cut = &ENGLISH_MODEL_BYTES[..100];
    assert!(Tagger::from_bytes(cut).is_err());
    let mut v = ENGLISH_MODEL_BYTES.to_vec();
    v[8] = 99;
    assert_eq!(
        Tagger::from_bytes(&v).err(),
        Some(ModelError::UnsupportedVersion(99))
    );
}

/// A tiny corpus written for this test (IOB1 tags).
const TOY: &str = "\
-DOCSTART- -X- O O

Maria NNP I-NP I-PER
Lopez NNP I-NP I-PER
visited VBD I-VP O
Cairo NNP I-NP I-LOC
with IN I-PP O
the DT I-NP O
Red NNP I-NP I-ORG
Cross NNP I-NP I-ORG
. . O O

She PRP I-NP O
met VBD I-VP O
John NNP I-NP I-PER
Carter NNP I-NP I-PER
in IN I-PP O
Paris NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
hired VBD I-VP O
Peter NNP I-NP I-PER
Novak NNP I-NP I-PER
from IN I-PP O
Berlin NNP I-NP I-LOC
. . O O

Novak NNP I-NP I-PER
praised VBD I-VP O
French JJ I-NP I-MISC
wine NN I-NP O
. . O O
";

#[test]
fn training_is_deterministic_and_learns_the_toy_corpus() {
    let docs = read_conll(TOY);
    assert_eq!(docs.len(), 2);
    let opts = TrainOptions {
        epochs: 8,
        bits: 14,
        folds: 2,
        fold_epochs: 4,
        ..TrainOptions::default()
    };
    let a = train(&docs, &opts).to_bytes();
    let b = train(&docs, &opts).to_bytes();
    assert_eq!(a, b, "same data and options give the same bytes");
    let tagger = Tagger::from_bytes(&a).expect("trained model loads");
    for doc in &docs {
        let sents: Vec<Vec<&str>> = doc.sentences.iter().map(|s| s.token_strs()).collect();
        let refs: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
        let pred = tagger.tag_document(&refs);
        for (s, p) in doc.sentences.iter().zip(&pred) {
            assert_eq!(&tags_to_chunks(&s.tags), p, "sentence {:?}", s.tokens);
        }
    }
    let persons = tagger.tag_sentence(&["Maria", "Lopez", "visited", "Cairo", "."]);
    assert!(persons
        .iter()
        .any(|c| c.kind == EntityKind::Person && c.start == 0 && c.end == 2));
}
