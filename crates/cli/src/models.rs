//! Commands around the tagger model and the evaluation sets.

use crate::args::{EvalCommand, NerConllArgs, TrainCommand};
use anyhow::{Context, Result};
use newsmill_extract::Extractor;
use std::io::Write;
use std::path::Path;

pub fn load_extractor(path: &Path) -> Result<Extractor> {
    let _bytes =
        std::fs::read(path).with_context(|| format!("cannot read model {}", path.display()))?;
    anyhow::bail!("loading a user model is wired when the tagger lands")
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

fn eval_ner(_conll: &Path, _model: Option<&Path>) -> Result<i32> {
    anyhow::bail!("eval ner is wired when the tagger lands")
}

pub fn train(_command: &TrainCommand) -> Result<i32> {
    anyhow::bail!("training is wired when the tagger lands")
}

pub fn ner_conll(_args: &NerConllArgs) -> Result<i32> {
    anyhow::bail!("ner-conll is wired when the tagger lands")
}
