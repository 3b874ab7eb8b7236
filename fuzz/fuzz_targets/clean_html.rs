//! The HTML parser and the HTML path of the cleaner on any bytes read as
//! text, as ingest hands them over: no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_clean::Cleaner;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let page = newsmill_html::parse(&html);
    let cleaner = Cleaner::default();
    let _ = cleaner.clean_html(&page.text, &html, None);
    let _ = cleaner.explain_html(&html);
});
