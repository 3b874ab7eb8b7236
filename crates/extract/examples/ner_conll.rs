//! Tags a CoNLL file document by document (with document context) and prints
//! one JSONL line per sentence: `{"tokens": [...], "entities": [{"start": i,
//! "end": j, "type": "PER"}]}` (token indices, end exclusive), as read by
//! `ner_score.py`. Gold scores go to standard error when the file has tags.
//!
//! ```text
//! cargo run -p newsmill-extract --release --example ner_conll -- FILE [--model MODEL] > pred.jsonl
//! ```

use newsmill_extract::conll::{jsonl_line, read_conll, Evaluation};
use newsmill_extract::tagger::Tagger;
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner_conll: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut file = None;
    let mut model = None;
    let mut repeat = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = Some(args.next().ok_or("--model needs a value")?),
            "--conll" => file = Some(args.next().ok_or("--conll needs a value")?),
            "--repeat" => {
                repeat = args
                    .next()
                    .ok_or("--repeat needs a value")?
                    .parse()
                    .map_err(|e| format!("--repeat: {e}"))?
            }
            "-h" | "--help" => {
                println!("usage: ner_conll [--conll] FILE [--model MODEL] > pred.jsonl");
                return Ok(());
            }
            other => file = Some(other.to_string()),
        }
    }
    let file = file.ok_or("a CoNLL FILE is required")?;
    let t0 = Instant::now();
    let owned;
    let tagger: &Tagger = match model {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
            owned = Tagger::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
            &owned
        }
        None => Tagger::english(),
    };
    // Load the model and the gazetteer before timing.
    tagger.tag_sentence(&["warm", "up"]);
    eprintln!(
        "model + gazetteer ready in {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let docs = std::fs::read_to_string(&file)
        .map(|t| read_conll(&t))
        .map_err(|e| format!("{file}: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut ev = Evaluation::default();
    let mut tokens = 0usize;
    let mut has_gold = false;
    let started = Instant::now();
    let mut tag_time = 0f64;
    for doc in &docs {
        let sents: Vec<Vec<&str>> = doc.sentences.iter().map(|s| s.token_strs()).collect();
        let refs: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
        let t0 = Instant::now();
        let pred = tagger.tag_document(&refs);
        tag_time += t0.elapsed().as_secs_f64();
        for (s, p) in doc.sentences.iter().zip(&pred) {
            tokens += s.tokens.len();
            has_gold |= s.tags.iter().any(|t| t != "O");
            ev.add(&s.chunks(), p);
            writeln!(out, "{}", jsonl_line(&s.tokens, p)).map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{tokens} tokens in {secs:.3} s; tagging alone {tag_time:.3} s ({:.0} tokens/s)",
        tokens as f64 / tag_time.max(1e-9)
    );
    if has_gold {
        eprint!("{}", ev.table());
    }
    if repeat > 0 {
        // Throughput of tagging alone over pre-tokenised documents; CPU time
        // of this thread, so that other processes on the machine matter less.
        let prepared: Vec<Vec<Vec<&str>>> = docs
            .iter()
            .map(|d| d.sentences.iter().map(|s| s.token_strs()).collect())
            .collect();
        let cpu0 = thread_cpu_ns();
        let wall = Instant::now();
        for _ in 0..repeat {
            for d in &prepared {
                let refs: Vec<&[&str]> = d.iter().map(Vec::as_slice).collect();
                std::hint::black_box(tagger.tag_document(&refs));
            }
        }
        let wall = wall.elapsed().as_secs_f64();
        let n = (tokens * repeat) as f64;
        let cpu = thread_cpu_ns().zip(cpu0).map(|(b, a)| (b - a) as f64 / 1e9);
        eprintln!(
            "repeat {repeat}: {n} tokens, wall {wall:.3} s ({:.0} tokens/s){}",
            n / wall,
            cpu.map(|c| format!(", thread CPU {c:.3} s ({:.0} tokens/s per core)", n / c))
                .unwrap_or_default()
        );
    }
    Ok(())
}

/// On-CPU time of the current thread in nanoseconds (Linux), if known.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
