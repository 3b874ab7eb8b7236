//! Builders shared by the crate's unit tests.

use crate::ArticleRecord;
use newsmill_types::Source;

/// An article record with `id` and `text`, read from `dump.jsonl`; tests
/// set the other fields they need.
pub(crate) fn article(id: &str, text: &str) -> ArticleRecord {
    let mut article = ArticleRecord::new(
        id,
        Source {
            path: "dump.jsonl".into(),
            line: None,
        },
    );
    article.text = text.into();
    article
}
