//! Score a folder of cleaned texts against gold texts with the Rust port of
//! `shared/tools/clean_score.py` (no bootstrap):
//! `cargo run -p newsmill-clean --example score_dir -- PRED_DIR GOLD_DIR`.

use newsmill_clean::eval::score_pages;
use std::{env, fs, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [pred, gold] = args.as_slice() else {
        eprintln!("usage: score_dir PRED_DIR GOLD_DIR");
        process::exit(2);
    };
    let mut names: Vec<String> = match fs::read_dir(gold) {
        Ok(d) => d
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {gold}: {e}");
            process::exit(1);
        }
    };
    names.sort();
    let read = |dir: &str, name: &str| {
        fs::read(format!("{dir}/{name}"))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    };
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| (read(gold, n), read(pred, n)))
        .collect();
    let pairs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(g, p)| (g.as_str(), p.as_str()))
        .collect();
    for n in [4, 1] {
        let s = score_pages(&pairs, n);
        println!(
            "n={n}  P {:.6}  R {:.6}  F1 {:.6}  acc {:.6}  (n={} pages)",
            s.precision, s.recall, s.f1, s.accuracy, s.pages
        );
    }
}
