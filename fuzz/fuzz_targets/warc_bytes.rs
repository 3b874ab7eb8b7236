//! The web-archive reader on any bytes (plain, or gzip or zstd when the
//! bytes say so): every item is a document, a failure or a skip, and the
//! reader ends without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_ingest::WarcReader;

fuzz_target!(|data: &[u8]| {
    let reader = WarcReader::from_bytes(
        data.to_vec(),
        "fuzz.warc".into(),
        "fuzz.warc".into(),
        1 << 20,
    );
    for _item in reader.take(10_000) {}
});
