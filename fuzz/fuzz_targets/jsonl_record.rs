//! One line of a JSONL dump as ingest reads it: parsed as JSON, then turned
//! into a record by the default field map (text, title, url, date, id keys
//! and the HTML a field may hold). No panic; a failure names an id.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_ingest::{FieldMap, Source};

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let source = Source {
        path: "fuzz.jsonl".into(),
        line: Some(1),
    };
    match FieldMap::default().to_record(value, "fuzz.jsonl:1".into(), source) {
        Ok(record) => assert!(!record.text.trim().is_empty(), "a record without text"),
        Err((id, _reason)) => assert!(!id.is_empty(), "a failure without an id"),
    }
});
