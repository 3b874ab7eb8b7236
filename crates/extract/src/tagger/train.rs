//! Training: averaged structured perceptron, deterministic.
//!
//! 1. Jackknife: the training documents are split into `folds`; for each
//!    fold a first-pass model is trained on the others and labels the fold.
//!    These labels feed the document-label features of the second pass, so
//!    the model learns how far to trust first-pass labels on unseen text.
//! 2. The final model is trained on every sentence twice per epoch: with
//!    local features only (first pass) and with the document-label features
//!    too (second pass).
//!
//! Document order is shuffled each epoch with a fixed-seed PRNG; the folds
//! run in parallel but each is deterministic, so the output bytes do not
//! depend on the number of threads.

use super::features::{self, DocFeatures, Memory};
use super::labels::{self, N_LABELS};
use super::{viterbi, Model, Tagger};
use crate::conll::{ConllDocument, Evaluation};
use crate::gazetteer::Gazetteer;
use rayon::prelude::*;
use std::time::Instant;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Epochs of the final model (with a dev set: the maximum; the best
    /// epoch on dev is kept).
    pub epochs: usize,
    /// log2 of the number of hashed weight rows.
    pub bits: u32,
    /// Jackknife folds for the second-pass features (0 or 1: no second pass
    /// training, the model then runs the second pass untrained).
    pub folds: usize,
    /// Epochs of each jackknife model.
    pub fold_epochs: usize,
    /// Seed of the shuffling PRNG.
    pub seed: u64,
    /// Number of final perceptrons (different shuffles) whose weights are
    /// averaged into the one model.
    pub ensemble: usize,
    /// Use the (jackknifed) training-entity memory features.
    pub memory: bool,
    /// Progress on standard error.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            bits: 18,
            folds: 5,
            fold_epochs: 12,
            seed: 0x5eed,
            ensemble: 5,
            memory: true,
            verbose: false,
        }
    }
}

/// Dev score after one epoch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochScore {
    pub epoch: usize,
    pub f1: f64,
}

/// What [`train_with_dev`] measured.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    pub epochs: Vec<EpochScore>,
    pub best_epoch: usize,
    pub dev: Evaluation,
    pub seconds: f64,
}

struct Prepared {
    df: DocFeatures,
    gold: Vec<u8>,
    p2: Option<(Vec<u32>, Vec<u32>)>,
}

/// Entity strings (gold chunks) of some documents.
fn memory_of<'a>(docs: impl Iterator<Item = &'a ConllDocument>) -> Memory {
    let mut m = Memory::default();
    for d in docs {
        for s in &d.sentences {
            let lower: Vec<u64> = s.tokens.iter().map(|t| super::hash::lower(t)).collect();
            for c in s.chunks() {
                m.add(&lower[c.start..c.end], c.kind.index());
            }
        }
    }
    m
}

fn prepare(doc: &ConllDocument, bits: u32, memory: &Memory) -> Prepared {
    let sents: Vec<Vec<&str>> = doc.sentences.iter().map(|s| s.token_strs()).collect();
    let refs: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
    let df = features::extract(
        &refs,
        Gazetteer::english(),
        memory,
        bits,
        features::WordFeatures::Listed,
    );
    let mut gold = Vec::with_capacity(df.keys.len());
    for s in &doc.sentences {
        gold.extend(labels::from_chunks(s.tokens.len(), &s.chunks()));
    }
    Prepared { df, gold, p2: None }
}

/// Deterministic xorshift64* PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

struct Perceptron {
    bits: u32,
    w: Vec<i32>,
    u: Vec<i64>,
    tw: Vec<i32>,
    tu: Vec<i64>,
    c: i64,
    em: Vec<[i32; N_LABELS]>,
    pred: Vec<u8>,
    deltas: Vec<[i32; N_LABELS]>,
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * N_LABELS;
        Perceptron {
            bits,
            w: vec![0; n],
            u: vec![0; n],
            tw: vec![0; N_LABELS * N_LABELS],
            tu: vec![0; N_LABELS * N_LABELS],
            c: 1,
            em: Vec::new(),
            pred: Vec::new(),
            deltas: Vec::new(),
        }
    }

    fn feats_of<'a>(
        df: &'a DocFeatures,
        p2: Option<&'a (Vec<u32>, Vec<u32>)>,
        t: usize,
    ) -> (&'a [u32], &'a [u32]) {
        let a = &df.feats[df.offsets[t] as usize..df.offsets[t + 1] as usize];
        let b = match p2 {
            Some((o, f)) => &f[o[t] as usize..o[t + 1] as usize],
            None => &[][..],
        };
        (a, b)
    }

    /// One sentence: decode, update on mistakes.
    fn step(
        &mut self,
        df: &DocFeatures,
        p2: Option<&(Vec<u32>, Vec<u32>)>,
        a: usize,
        b: usize,
        gold: &[u8],
    ) {
        self.em.clear();
        self.em.resize(b - a, [0; N_LABELS]);
        for t in a..b {
            let (f1, f2) = Self::feats_of(df, p2, t);
            let sc = &mut self.em[t - a];
            for &f in f1.iter().chain(f2) {
                let base = f as usize * N_LABELS;
                let row = &self.w[base..base + N_LABELS];
                for k in 0..N_LABELS {
                    sc[k] += row[k];
                }
            }
        }
        viterbi(&self.em, &self.tw, &mut self.pred, &mut self.deltas);
        let c = self.c;
        for t in a..b {
            let (g, p) = (gold[t] as usize, self.pred[t - a] as usize);
            if g != p {
                let (f1, f2) = Self::feats_of(df, p2, t);
                for &f in f1.iter().chain(f2) {
                    let base = f as usize * N_LABELS;
                    self.w[base + g] += 1;
                    self.u[base + g] += c;
                    self.w[base + p] -= 1;
                    self.u[base + p] -= c;
                }
            }
            if t > a {
                let gt = gold[t - 1] as usize * N_LABELS + g;
                let pt = self.pred[t - a - 1] as usize * N_LABELS + p;
                if gt != pt {
                    self.tw[gt] += 1;
                    self.tu[gt] += c;
                    self.tw[pt] -= 1;
                    self.tu[pt] -= c;
                }
            }
        }
        self.c += 1;
    }

    fn averaged(&self, info: String) -> Model {
        let (w, t) = self.averaged_weights();
        Model::quantise(self.bits, &w, &t, super::name_lists_fingerprint(), info)
    }

    fn averaged_weights(&self) -> (Vec<f64>, Vec<f64>) {
        let c = self.c as f64;
        let w: Vec<f64> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(&w, &u)| f64::from(w) - u as f64 / c)
            .collect();
        let t: Vec<f64> = self
            .tw
            .iter()
            .zip(&self.tu)
            .map(|(&w, &u)| f64::from(w) - u as f64 / c)
            .collect();
        (w, t)
    }

    fn epoch(&mut self, docs: &[Prepared], order: &[usize], with_p2: bool) {
        for &d in order {
            let doc = &docs[d];
            for &(a, b) in &doc.df.sentences {
                self.step(&doc.df, None, a, b, &doc.gold);
                if with_p2 {
                    if let Some(p2) = &doc.p2 {
                        self.step(&doc.df, Some(p2), a, b, &doc.gold);
                    }
                }
            }
        }
    }
}

/// Trains a model for exactly `options.epochs` epochs.
pub fn train(documents: &[ConllDocument], options: &TrainOptions) -> Model {
    run(documents, None, options).0
}

/// Trains up to `options.epochs` epochs and keeps the epoch with the best
/// micro F1 on `dev` (dev is used for that choice only).
pub fn train_with_dev(
    documents: &[ConllDocument],
    dev: &[ConllDocument],
    options: &TrainOptions,
) -> (Model, TrainReport) {
    run(documents, Some(dev), options)
}

fn run(
    documents: &[ConllDocument],
    dev: Option<&[ConllDocument]>,
    options: &TrainOptions,
) -> (Model, TrainReport) {
    let started = Instant::now();
    let bits = options.bits.clamp(10, 24);
    let log = |msg: String| {
        if options.verbose {
            eprintln!("[{:7.1}s] {msg}", started.elapsed().as_secs_f64());
        }
    };
    // Training-entity memory: each document sees only the entities of the
    // other folds (jackknife), the final model keeps all of them.
    let folds = options.folds;
    let use_memory = options.memory && folds >= 2;
    let fold_memories: Vec<Memory> = if use_memory {
        (0..folds)
            .into_par_iter()
            .map(|k| {
                memory_of(
                    documents
                        .iter()
                        .enumerate()
                        .filter(|(d, _)| d % folds != k)
                        .map(|(_, doc)| doc),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let full_memory = if use_memory {
        memory_of(documents.iter())
    } else {
        Memory::default()
    };
    let empty = Memory::default();
    let mut docs: Vec<Prepared> = documents
        .par_iter()
        .enumerate()
        .map(|(d, doc)| {
            prepare(
                doc,
                bits,
                fold_memories.get(d % folds.max(1)).unwrap_or(&empty),
            )
        })
        .collect();
    let n_tokens: usize = docs.iter().map(|d| d.gold.len()).sum();
    let n_feats: usize = docs.iter().map(|d| d.df.feats.len()).sum();
    log(format!(
        "{} documents, {} tokens, {:.1} features/token",
        docs.len(),
        n_tokens,
        n_feats as f64 / n_tokens.max(1) as f64
    ));

    // 1. Jackknife first-pass labels.
    if folds >= 2 {
        let fold_labels: Vec<Vec<(usize, Vec<u8>)>> = (0..folds)
            .into_par_iter()
            .map(|k| {
                let mut p = Perceptron::new(bits);
                let mut rng = Rng(options.seed ^ (0x1000 + k as u64));
                let mut order: Vec<usize> = (0..docs.len()).filter(|d| d % folds != k).collect();
                for _ in 0..options.fold_epochs {
                    rng.shuffle(&mut order);
                    p.epoch(&docs, &order, false);
                }
                let tagger = Tagger::from_model(p.averaged(String::new()));
                (0..docs.len())
                    .filter(|d| d % folds == k)
                    .map(|d| (d, tagger.decode(&docs[d].df, false)))
                    .collect()
            })
            .collect();
        for fl in fold_labels {
            for (d, labels) in fl {
                let p2 = features::doc_label_features(&docs[d].df, &labels, bits);
                docs[d].p2 = Some(p2);
            }
        }
        log(format!("{folds} jackknife models done"));
    }

    // Dev documents, featurised once.
    let dev_prep: Vec<(DocFeatures, &ConllDocument)> = dev
        .unwrap_or(&[])
        .par_iter()
        .map(|d| (prepare(d, bits, &full_memory).df, d))
        .collect();

    // 2. Final model: `ensemble` perceptrons with different shuffling seeds
    // trained in lockstep; their averaged weights are averaged again (still
    // one linear model, so tagging costs the same).
    let n_members = options.ensemble.max(1);
    let mut members: Vec<(Perceptron, Rng, Vec<usize>)> = (0..n_members)
        .map(|k| {
            (
                Perceptron::new(bits),
                Rng(options.seed.wrapping_add(0x9e37_79b9 * k as u64) | 1),
                (0..docs.len()).collect(),
            )
        })
        .collect();
    let combined = |members: &[(Perceptron, Rng, Vec<usize>)], info: String| -> Model {
        let parts: Vec<(Vec<f64>, Vec<f64>)> =
            members.par_iter().map(|m| m.0.averaged_weights()).collect();
        let mut w = vec![0f64; parts[0].0.len()];
        let mut t = vec![0f64; parts[0].1.len()];
        for (pw, pt) in &parts {
            for (a, b) in w.iter_mut().zip(pw) {
                *a += b;
            }
            for (a, b) in t.iter_mut().zip(pt) {
                *a += b;
            }
        }
        let k = parts.len() as f64;
        w.iter_mut().for_each(|x| *x /= k);
        t.iter_mut().for_each(|x| *x /= k);
        Model::quantise(bits, &w, &t, super::name_lists_fingerprint(), info)
    };
    let mut report = TrainReport::default();
    let mut best: Option<(f64, Model, Evaluation)> = None;
    for epoch in 1..=options.epochs.max(1) {
        members.par_iter_mut().for_each(|(p, rng, order)| {
            rng.shuffle(order);
            p.epoch(&docs, order, true);
        });
        if dev.is_some() {
            let tagger = Tagger::from_model(combined(&members, String::new()));
            let mut ev = Evaluation::default();
            for (df, doc) in &dev_prep {
                let labels = tagger.decode(df, true);
                for (s, &(a, b)) in doc.sentences.iter().zip(&df.sentences) {
                    ev.add(&s.chunks(), &labels::to_chunks(&labels[a..b]));
                }
            }
            let f1 = ev.micro().f1();
            log(format!("epoch {epoch}: dev micro F1 {:.2}", 100.0 * f1));
            report.epochs.push(EpochScore { epoch, f1 });
            let better = match &best {
                None => true,
                Some(b) => f1 > b.0,
            };
            if better {
                report.best_epoch = epoch;
                best = Some((f1, tagger.model, ev));
            }
        } else {
            log(format!("epoch {epoch}"));
        }
    }
    let info = format!(
        "averaged perceptron x{n_members}, BILOU, 2^{bits} hashed rows, {} documents / {n_tokens} tokens, folds {folds} x {} epochs, epochs {}, seed {:#x}",
        docs.len(),
        options.fold_epochs,
        if dev.is_some() { report.best_epoch } else { options.epochs.max(1) },
        options.seed
    );
    let mut model = match best {
        Some((_, mut m, ev)) => {
            report.dev = ev;
            m.info = info;
            m
        }
        None => combined(&members, info),
    };
    model.memory = full_memory;
    report.seconds = started.elapsed().as_secs_f64();
    log(format!("done, best epoch {}", report.best_epoch));
    (model, report)
}
