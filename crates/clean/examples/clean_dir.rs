//! Clean every `*.txt` in a folder: `OUT_DIR/<stem>.txt` = body paragraphs
//! joined by "\n".
//!
//! ```text
//! cargo run -p newsmill-clean --release --example clean_dir -- IN_DIR OUT_DIR [--no-template]
//! ```
//!
//! By default a first pass learns dump-level template lines from all the
//! inputs (as `newsmill clean` does on a dump); `--no-template` skips it.

use newsmill_clean::{Cleaner, TemplateCounter};
use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let no_template = args.iter().any(|a| a == "--no-template");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [input, output] = paths.as_slice() else {
        eprintln!("usage: clean_dir IN_DIR OUT_DIR [--no-template]");
        process::exit(2);
    };
    let mut files: Vec<PathBuf> = match fs::read_dir(input) {
        Ok(dir) => dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {input}: {e}");
            process::exit(1);
        }
    };
    files.sort();
    let texts: Vec<(PathBuf, String)> = files
        .into_iter()
        .filter_map(|p| match fs::read(&p) {
            Ok(bytes) => Some((p, String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => {
                eprintln!("skipping {}: {e}", p.display());
                None
            }
        })
        .collect();
    let cleaner = if no_template {
        Cleaner::default()
    } else {
        let mut counter = TemplateCounter::new();
        texts.iter().for_each(|(_, t)| counter.observe(t));
        Cleaner::with_template_lines(counter.finish())
    };
    if let Err(e) = fs::create_dir_all(output) {
        eprintln!("cannot create {output}: {e}");
        process::exit(1);
    }
    for (path, raw) in &texts {
        let article = cleaner.clean(raw, None);
        let text = article.clean_text(raw).into_text();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let out = PathBuf::from(output).join(format!("{stem}.txt"));
        if let Err(e) = fs::write(&out, text) {
            eprintln!("cannot write {}: {e}", out.display());
            process::exit(1);
        }
    }
    eprintln!("cleaned {} files into {output}", texts.len());
}
