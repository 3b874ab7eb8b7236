//! Dump the full `Debug` form of every cleaned article of the given folders
//! (with and without learned template lines, and with a title hint taken from
//! the first line), for byte-exact regression checks:
//! `cargo run --release -p newsmill-clean --example dump_debug -- OUT_FILE DIR...`
//! (OUT_FILE must not exist yet).

use newsmill_clean::{explain, Cleaner, TemplateCounter};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some((out_path, dirs)) = args.split_first() else {
        eprintln!("usage: dump_debug OUT_FILE DIR...");
        process::exit(2);
    };
    // A swapped pair of arguments must not overwrite someone's data: the
    // output is always a new file, claimed before anything is read.
    let mut out_file = match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out_path)
    {
        Ok(file) => file,
        Err(e) => {
            eprintln!("dump_debug: cannot create {out_path} as a new file: {e}");
            process::exit(2);
        }
    };
    let mut out = String::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let texts: Vec<(PathBuf, String)> = files
            .into_iter()
            .filter_map(|p| {
                fs::read(&p)
                    .ok()
                    .map(|b| (p, String::from_utf8_lossy(&b).into_owned()))
            })
            .collect();
        let mut counter = TemplateCounter::new();
        texts.iter().for_each(|(_, t)| counter.observe(t));
        let templated = Cleaner::with_template_lines(counter.finish());
        let plain = Cleaner::default();
        for (path, raw) in &texts {
            let hint = raw.lines().next();
            for (name, cleaner, hint) in [
                ("plain", &plain, None),
                ("template", &templated, None),
                ("hint", &plain, hint),
            ] {
                let article = cleaner.clean(raw, hint);
                let _ = writeln!(out, "== {} {name}\n{article:?}", path.display());
                for v in explain(&article) {
                    let _ = writeln!(out, "{:?} {:?}", v.removed, v.span);
                }
            }
        }
    }
    if let Err(e) = std::io::Write::write_all(&mut out_file, out.as_bytes()) {
        eprintln!("cannot write {out_path}: {e}");
        process::exit(1);
    }
}
