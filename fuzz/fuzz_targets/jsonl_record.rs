//! One line of a JSONL dump, through `JsonLine::record`: the reader's and
//! the cluster engines' way from a line's bytes to a record (JSON parsing,
//! broken UTF-8 repaired, the default field map, a page held in the text
//! field). No panic; a built record has text, a failure names an id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_ingest::{FieldMap, JsonLine};

fuzz_target!(|data: &[u8]| {
    let line = JsonLine {
        bytes: data,
        path: "fuzz.jsonl",
        relative: "fuzz.jsonl",
        number: 1,
    };
    match line.record(&FieldMap::default()) {
        None => assert!(
            data.iter().all(u8::is_ascii_whitespace),
            "a line read as blank"
        ),
        Some(Ok(record)) => assert!(!record.text.trim().is_empty(), "a record without text"),
        Some(Err(failure)) => assert!(!failure.id.is_empty(), "a failure without an id"),
    }
});
