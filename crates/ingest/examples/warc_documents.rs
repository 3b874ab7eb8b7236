//! Ingestion alone on web archives: WARC records, HTTP, de-chunking and
//! decompression, charset decoding to a `String` per article, and no HTML
//! flattening (the `ingest_only` example adds that). What
//! `benches/warc_vs_warcio.py` times against warcio's ArchiveIterator.
//!
//! `cargo run --release -p newsmill-ingest --example warc_documents -- A.warc.gz [MORE...]`

use newsmill_ingest::{WarcItem, WarcReader};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if inputs.is_empty() {
        eprintln!("usage: warc_documents WARC...");
        std::process::exit(2);
    }
    let started = Instant::now();
    let (mut documents, mut failures, mut text_bytes, mut read) = (0u64, 0u64, 0u64, 0u64);
    let mut skipped: BTreeMap<&'static str, u64> = BTreeMap::new();
    for input in &inputs {
        let name = input.to_string_lossy().into_owned();
        let mut reader = match WarcReader::open(input, name, 64 * 1024 * 1024) {
            Ok(reader) => reader,
            Err(error) => {
                eprintln!("{}: {error}", input.display());
                failures += 1;
                continue;
            }
        };
        while let Some(item) = reader.next_item() {
            match item {
                WarcItem::Document(document) => {
                    documents += 1;
                    text_bytes += document.text.len() as u64;
                }
                WarcItem::Failure(failure) => {
                    eprintln!("{failure}");
                    failures += 1;
                }
                WarcItem::Skipped(kind) => *skipped.entry(kind).or_default() += 1,
            }
        }
        read += reader.bytes;
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{documents} documents ({:.1} MB of decoded text), {failures} failures, skipped {skipped:?}, {:.1} MB of WARC read in {seconds:.3} s: {:.0} MB/s",
        text_bytes as f64 / 1e6,
        read as f64 / 1e6,
        read as f64 / 1e6 / seconds
    );
}
