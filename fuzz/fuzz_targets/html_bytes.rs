//! A page's raw bytes as a WARC response or an `.html` file hands them to
//! ingest: charset choice (byte-order mark, HTTP header, `<meta>`, detector),
//! decoding, flattening and the record built from them. No panic; a record
//! that is built has text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_ingest::{html_record, PageContext, Source};

/// HTTP charsets a response may declare, right or wrong for its bytes.
const HTTP_CHARSETS: [Option<&str>; 6] = [
    None,
    Some("utf-8"),
    Some("windows-1252"),
    Some("shift_jis"),
    Some("x-no-such-charset"),
    Some(""),
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, page)) = data.split_first() else {
        return;
    };
    let context = PageContext {
        http_charset: HTTP_CHARSETS[usize::from(first) % HTTP_CHARSETS.len()],
        url: (first & 0x80 != 0).then_some("https://example.ru/news/1.html"),
        content_language: (first & 0x40 != 0).then_some("ru"),
    };
    let source = Source {
        path: "fuzz.html".into(),
        line: None,
    };
    if let Ok(record) = html_record("fuzz".into(), source, page, &context) {
        assert!(!record.text.trim().is_empty(), "a record without text");
    }
});
