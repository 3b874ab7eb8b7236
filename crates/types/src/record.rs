use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a record came from: a file path, plus the 1-based line for
/// line-oriented inputs such as JSONL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => f.write_str(&self.path),
        }
    }
}

/// One scraped article as read from a dump, before any cleaning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Stable id: the record's own id field, else the relative path (plus
    /// `:line` for line-oriented inputs).
    pub id: String,
    pub source: Source,
    /// The article text exactly as the scraper left it (decoded to UTF-8).
    /// Every output offset points into this string.
    pub text: String,
    /// Title given by the dump itself (a JSON field, an HTML `<title>`), if any.
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    /// Fields of the input this reader did not map; passed through to the output.
    pub meta: BTreeMap<String, serde_json::Value>,
    /// Number of bytes that were not valid in the detected encoding and were
    /// replaced by U+FFFD.
    pub replaced_bytes: usize,
    /// For a record read from an HTML page (a file, a WARC response, a JSON
    /// field holding markup): the decoded page itself. `text` is then the
    /// page's flattened text (title first, one block per line), and every
    /// output offset still points into `text`; the cleaner may use the
    /// markup to find the article by the page's structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
}

impl Record {
    /// A record with only an id and a text, as a library user would build one.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let id = id.into();
        Record {
            source: Source {
                path: id.clone(),
                line: None,
            },
            id,
            text: text.into(),
            title: None,
            url: None,
            date: None,
            meta: BTreeMap::new(),
            replaced_bytes: 0,
            html: None,
        }
    }
}
