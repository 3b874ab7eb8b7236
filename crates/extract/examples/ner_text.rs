//! Tags raw text files and prints one JSON line per file:
//! `{"file": ..., "text": ..., "entities": [{"start", "end", "type", "text"}]}`
//! with byte offsets into the file text.
//!
//! ```text
//! cargo run -p newsmill-extract --release --example ner_text -- FILE... [--model MODEL]
//! ```

use newsmill_extract::tagger::Tagger;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut model = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--model" {
            model = args.next();
        } else {
            files.push(a);
        }
    }
    let owned;
    let tagger: &Tagger = match model {
        Some(path) => match std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| Tagger::from_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(t) => {
                owned = t;
                &owned
            }
            Err(e) => {
                eprintln!("ner_text: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => Tagger::english(),
    };
    for f in files {
        let text = match std::fs::read_to_string(&f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("ner_text: {f}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let entities: Vec<serde_json::Value> = tagger
            .tag_text(&text)
            .into_iter()
            .map(|(span, kind)| {
                serde_json::json!({
                    "start": span.start,
                    "end": span.end,
                    "type": kind.label(),
                    "text": span.slice(&text),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({"file": f, "text": text, "entities": entities})
        );
    }
    ExitCode::SUCCESS
}
