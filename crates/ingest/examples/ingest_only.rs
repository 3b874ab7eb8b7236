//! Read inputs and count records, failures and bytes: the throughput of
//! ingestion alone.
//!
//! `cargo run --release -p newsmill-ingest --example ingest_only -- DUMP.jsonl [MORE...]`
//! (run it under `/usr/bin/time -v` for the peak memory).

use newsmill_ingest::{IngestOptions, Records};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if inputs.is_empty() {
        eprintln!("usage: ingest_only INPUT...");
        std::process::exit(2);
    }
    let started = Instant::now();
    let mut records = Records::open(&inputs, IngestOptions::default());
    let mut failure_kinds: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut text_bytes = 0u64;
    for item in records.by_ref() {
        match item {
            Ok(record) => text_bytes += record.text.len() as u64,
            Err(failure) => *failure_kinds.entry(failure.error.kind()).or_default() += 1,
        }
    }
    let stats = records.stats();
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} records, {} failures {:?}, {} skipped files, {} skipped records {:?}, {:.1} MB read ({:.1} MB of text) in {:.2} s: {:.1} MB/s",
        stats.records,
        stats.failures,
        failure_kinds,
        stats.skipped_files,
        stats.skipped_total(),
        stats.skipped_records,
        stats.bytes as f64 / 1e6,
        text_bytes as f64 / 1e6,
        seconds,
        stats.bytes as f64 / 1e6 / seconds
    );
}
