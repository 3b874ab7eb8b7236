//! What the rule stages of extraction cost against tagging, counted in
//! instructions (`benches/rule_budget.sh` runs it under callgrind).
//!
//! ```text
//! cargo run --release --example rule_cost -- MODE INPUT...
//! ```
//!
//! Every mode reads the inputs, cleans each record and builds its zoned
//! text as `newsmill run` does (English articles only, as `newsmill run`
//! extracts from those only), then extracts from every article once, so
//! that whatever is built on first use (the tagger's model, word lists,
//! regular expressions some rules compile when they first meet their
//! case) is built in every mode and the difference is the steady cost per
//! article, what a dump of millions of articles pays. Then:
//! - `prepare` stops there;
//! - `tag` tags each article's body and zones as `Extractor::extract_zoned`
//!   does (the tagger's two passes and its document rules);
//! - `extract` runs `Extractor::extract_zoned` on each article.
//!
//! The rule stages' cost over tagging is `(extract − tag) / (tag − prepare)`.

use newsmill_clean::Cleaner;
use newsmill_cli::pipeline::{clean_record, runs_english_stages};
use newsmill_extract::tagger::Tagger;
use newsmill_extract::Extractor;
use newsmill_ingest::{IngestOptions, Records};
use newsmill_types::ZonedText;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let inputs: Vec<PathBuf> = args.map(PathBuf::from).collect();
    if !matches!(mode.as_str(), "prepare" | "tag" | "extract") || inputs.is_empty() {
        eprintln!("usage: rule_cost prepare|tag|extract INPUT...");
        return ExitCode::from(2);
    }
    let cleaner = Cleaner::default();
    let mut articles: Vec<(ZonedText, Option<String>)> = Vec::new();
    for record in Records::open(&inputs, IngestOptions::default()).flatten() {
        let cleaned = clean_record(&record, &cleaner);
        if runs_english_stages(&cleaned.language) {
            articles.push((cleaned.zoned, cleaned.date));
        }
    }
    let extractor = Extractor::english();
    let tagger = Tagger::english();
    for (zoned, date) in &articles {
        black_box(extractor.extract_zoned(zoned, date.as_deref()));
    }
    let mut found = 0usize;
    for (zoned, date) in &articles {
        match mode.as_str() {
            "tag" => {
                let text = zoned.text();
                let body_len = zoned.body_len();
                found += tagger.tag_text(text.get(..body_len).unwrap_or(text)).len();
                if let Some(zones) = text.get(body_len..).filter(|z| !z.is_empty()) {
                    found += tagger.tag_text(zones).len();
                }
            }
            "extract" => {
                found += extractor
                    .extract_zoned(zoned, date.as_deref())
                    .mentions
                    .len()
            }
            _ => {}
        }
    }
    println!(
        "{mode}: {} English articles, {found} mentions",
        articles.len()
    );
    ExitCode::SUCCESS
}
