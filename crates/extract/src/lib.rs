//! Entities, quotes and figures from clean news text.
//!
//! ```
//! use newsmill_extract::Extractor;
//!
//! let extractor = Extractor::english();
//! let result = extractor.extract("Hamas spokesman Abdel Latif al-Qanua spoke in Gaza on Wednesday.");
//! assert!(result.mentions.iter().any(|m| m.text == "Gaza"));
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod aliases;
pub mod canonical;
pub mod conll;
pub mod dates;
pub mod figures;
pub mod gazetteer;
pub mod quotes;
pub mod sentences;
pub mod tagger;
pub mod tokenize;

pub use newsmill_types::{
    EntityKind, EntitySummary, Extraction, Figure, Mention, Quote, TemporalMention,
};

/// Runs every extraction stage over one text. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Extractor {}

impl Extractor {
    /// The extractor with the built-in English model.
    pub fn english() -> Self {
        Extractor {}
    }

    /// Extract from one clean article text. Offsets in the result are byte
    /// offsets into `text`. Never panics, whatever the input.
    pub fn extract(&self, text: &str) -> Extraction {
        let mut extraction = Extraction::default();
        // Placeholder until the tagger lands: capitalised words after the first.
        let mut offset = 0;
        for word in text.split_inclusive(|c: char| c.is_whitespace()) {
            let token = word.trim_end().trim_end_matches([',', '.']);
            if offset > 0 && token.chars().next().is_some_and(char::is_uppercase) {
                extraction.mentions.push(Mention {
                    text: token.to_string(),
                    kind: EntityKind::Place,
                    start: offset,
                    end: offset + token.len(),
                    canonical: token.to_string(),
                });
            }
            offset += word.len();
        }
        extraction
    }
}
