//! Commands around the tagger model and the evaluation sets.

use crate::args::{EvalCommand, NerConllArgs, TrainCommand};
use anyhow::{Context, Result};
use newsmill_extract::conll;
use newsmill_extract::tagger::{self, TrainOptions};
use newsmill_extract::Extractor;
use std::io::Write;
use std::path::Path;

pub fn load_extractor(path: &Path) -> Result<Extractor> {
    let bytes =
        std::fs::read(path).with_context(|| format!("cannot read model {}", path.display()))?;
    Extractor::from_model_bytes(&bytes)
        .with_context(|| format!("{} is not a newsmill tagger model", path.display()))
}

pub fn eval(command: &EvalCommand) -> Result<i32> {
    match command {
        EvalCommand::Clean { input, gold, ngram } => eval_clean(input, gold, *ngram),
        EvalCommand::Ner { conll, ner_model } => eval_ner(conll, ner_model.as_deref()),
    }
}

/// Score every gold page; a page with no prediction counts as empty, as in
/// clean_score.py.
fn eval_clean(input: &Path, gold: &Path, ngram: usize) -> Result<i32> {
    anyhow::ensure!(ngram > 0, "--ngram must be at least 1");
    let mut names: Vec<String> = std::fs::read_dir(gold)
        .with_context(|| format!("cannot read gold folder {}", gold.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    anyhow::ensure!(
        !names.is_empty(),
        "no gold .txt files in {}",
        gold.display()
    );
    let mut texts = Vec::with_capacity(names.len());
    let mut missing = 0;
    for name in &names {
        let gold_text = read_lossy(&gold.join(name))?;
        let predicted = match std::fs::read(input.join(name)) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => {
                missing += 1;
                String::new()
            }
        };
        texts.push((gold_text, predicted));
    }
    let pairs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(g, p)| (g.as_str(), p.as_str()))
        .collect();
    let mut out = std::io::stdout().lock();
    for n in if ngram == 4 { vec![4, 1] } else { vec![ngram] } {
        let scores = newsmill_clean::eval::score_pages(&pairs, n);
        let label = if n > 1 {
            format!("shingle-{n}")
        } else {
            "token".into()
        };
        writeln!(
            out,
            "{label:<10} P {:.3}  R {:.3}  F1 {:.3}  acc {:.3}  (n={} pages)",
            scores.precision, scores.recall, scores.f1, scores.accuracy, scores.pages
        )?;
    }
    if missing > 0 {
        writeln!(out, "missing predictions (scored as empty): {missing}")?;
    }
    Ok(0)
}

fn read_lossy(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Train the tagger. The built-in model is exactly what this writes for
/// `--conll eng.train --dev eng.testa` (training is deterministic).
pub fn train(command: &TrainCommand) -> Result<i32> {
    let TrainCommand::Ner { conll, dev, out } = command;
    let documents = read_conll(conll)?;
    let options = TrainOptions {
        verbose: true,
        ..TrainOptions::default()
    };
    let model = match dev {
        Some(dev) => {
            let dev_documents = read_conll(dev)?;
            let (model, report) = tagger::train_with_dev(&documents, &dev_documents, &options);
            eprintln!(
                "best epoch {} of {}; dev scores:\n{}training took {:.1} s",
                report.best_epoch,
                options.epochs,
                report.dev.table(),
                report.seconds
            );
            model
        }
        None => tagger::train(&documents, &options),
    };
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "wrote {} ({} bytes): {}",
        out.display(),
        bytes.len(),
        model.info()
    );
    Ok(0)
}

/// Tag a CoNLL file document by document and print one JSON line per
/// sentence, as `ner_score.py --pred` reads.
pub fn ner_conll(args: &NerConllArgs) -> Result<i32> {
    let extractor = extractor_for(args.ner_model.as_deref())?;
    let documents = read_conll(&args.file)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (document, predicted) in documents
        .iter()
        .zip(extractor.tagger().tag_conll(&documents))
    {
        for (sentence, entities) in document.sentences.iter().zip(&predicted) {
            writeln!(out, "{}", conll::jsonl_line(&sentence.tokens, entities))?;
        }
    }
    out.flush()?;
    Ok(0)
}

fn eval_ner(file: &Path, model: Option<&Path>) -> Result<i32> {
    let extractor = extractor_for(model)?;
    let documents = read_conll(file)?;
    let predicted = extractor.tagger().tag_conll(&documents);
    let evaluation = conll::evaluate(&documents, &predicted);
    let mut out = std::io::stdout().lock();
    write!(out, "{}", evaluation.table())?;
    Ok(0)
}

fn extractor_for(model: Option<&Path>) -> Result<Extractor> {
    match model {
        Some(path) => load_extractor(path),
        None => Ok(Extractor::english()),
    }
}

fn read_conll(path: &Path) -> Result<Vec<conll::ConllDocument>> {
    std::fs::read_to_string(path)
        .map(|text| conll::read_conll(&text))
        .with_context(|| format!("cannot read CoNLL file {}", path.display()))
}
