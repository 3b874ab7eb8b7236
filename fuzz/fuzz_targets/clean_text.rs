//! The text cleaner on any text, with and without a title hint (the first
//! line of the input), and with template lines learned from the input
//! itself: it must not panic, and every span it returns must be a valid
//! range of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmill_clean::{Cleaner, TemplateCounter};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let hint = text.lines().next();
    let mut counter = TemplateCounter::new().with_threshold(1, 0.0);
    counter.observe(&text);
    for cleaner in [
        Cleaner::default(),
        Cleaner::with_template_lines(counter.finish()),
    ] {
        for title in [None, hint] {
            let article = cleaner.clean(&text, title);
            for span in article
                .paragraphs
                .iter()
                .chain(article.removed.iter().map(|r| &r.span))
            {
                assert!(span.start <= span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }
});
