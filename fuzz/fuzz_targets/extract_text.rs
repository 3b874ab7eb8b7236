//! Entity, quote, figure and date extraction on any text: no panic, and
//! every mention's span is a valid range of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_extract::Extractor;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::english);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let extraction = EXTRACTOR.extract_dated(&text, Some("2024-03-07"));
    for m in &extraction.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
});
