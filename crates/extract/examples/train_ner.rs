//! Trains the NER model from a CoNLL file.
//!
//! ```text
//! cargo run -p newsmill-extract --release --features train --example train_ner -- \
//!     --conll eng.train [--dev eng.testa] --out model.bin \
//!     [--epochs N] [--bits B] [--folds K] [--fold-epochs N] [--seed S] [--ensemble N] [--no-memory] [--quiet]
//! ```
//! With `--dev`, the epoch with the best dev micro F1 is kept.

use newsmill_extract::conll::read_conll;

fn read_conll_file(path: &str) -> std::io::Result<Vec<newsmill_extract::conll::ConllDocument>> {
    Ok(read_conll(&std::fs::read_to_string(path)?))
}
use newsmill_extract::tagger::{train, train_with_dev, TrainOptions};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_ner: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut conll = None;
    let mut dev = None;
    let mut out = None;
    let mut opts = TrainOptions {
        verbose: true,
        ..TrainOptions::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--conll" => conll = Some(val()?),
            "--dev" => dev = Some(val()?),
            "--out" => out = Some(val()?),
            "--epochs" => opts.epochs = val()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--bits" => opts.bits = val()?.parse().map_err(|e| format!("--bits: {e}"))?,
            "--folds" => opts.folds = val()?.parse().map_err(|e| format!("--folds: {e}"))?,
            "--fold-epochs" => {
                opts.fold_epochs = val()?.parse().map_err(|e| format!("--fold-epochs: {e}"))?
            }
            "--ensemble" => {
                opts.ensemble = val()?.parse().map_err(|e| format!("--ensemble: {e}"))?
            }
            "--seed" => opts.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--quiet" => opts.verbose = false,
            "--no-memory" => opts.memory = false,
            "-h" | "--help" => {
                println!("usage: train_ner --conll FILE [--dev FILE] --out MODEL [--epochs N] [--bits B] [--folds K] [--fold-epochs N] [--seed S] [--ensemble N] [--no-memory] [--quiet]");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let conll = conll.ok_or("--conll FILE is required")?;
    let out = out.ok_or("--out MODEL is required")?;
    let docs = read_conll_file(&conll).map_err(|e| format!("{conll}: {e}"))?;
    let model = match dev {
        Some(dev) => {
            let dev_docs = read_conll_file(&dev).map_err(|e| format!("{dev}: {e}"))?;
            let (model, report) = train_with_dev(&docs, &dev_docs, &opts);
            eprintln!(
                "best epoch {} of {}; dev scores:\n{}",
                report.best_epoch,
                opts.epochs,
                report.dev.table()
            );
            eprintln!("training took {:.1} s", report.seconds);
            model
        }
        None => train(&docs, &opts),
    };
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("wrote {out} ({} bytes): {}", bytes.len(), model.info());
    Ok(())
}
