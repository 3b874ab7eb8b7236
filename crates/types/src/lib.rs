//! Plain data types that the newsmill stages pass to each other.
//!
//! Every stage crate depends on this one and on nothing downstream of it, so a
//! project can use `newsmill-clean` or `newsmill-extract` alone and still speak
//! the same types. All offsets are UTF-8 byte offsets.
//!
//! ```
//! use newsmill_types::{CleanText, Span};
//!
//! let raw = "Menu\nFirst paragraph.\nShare\nSecond paragraph.";
//! let paragraphs = [Span::new(5, 21), Span::new(28, 45)];
//! let clean = CleanText::from_paragraphs(raw, &paragraphs);
//! assert_eq!(clean.text(), "First paragraph.\nSecond paragraph.");
//! // "Second" starts at byte 17 of the clean text and at byte 28 of the raw text.
//! assert_eq!(clean.to_raw(17), 28);
//! ```
//!
//! Offsets are carried as [`Span`]s; [`CleanText`] is the single place where an
//! offset in the clean text becomes an offset in the raw text.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod article;
pub mod calendar;
pub mod chars;
mod clean_text;
mod extraction;
mod figure;
mod fnv;
mod key_map;
mod map_hash;
mod memory_trace;
mod part;
mod record;
mod union_find;
mod zone;

pub use article::{CleanArticle, PageMetadata, RemovalReason, RemovedLine, Syndication};
pub use clean_text::CleanText;
pub use extraction::{
    ArticleDate, DateEvidence, EntityKind, EntitySummary, Extraction, Figure, Mention, Quote,
    TemporalMention,
};
pub use figure::{Bound, Counted};
pub use fnv::{BuildFnv1a, Fnv1a};
pub use key_map::{scratch_file, scratch_path, KeyMap, MAX_VALUE as KEY_MAP_MAX_VALUE};
pub use map_hash::{BuildMapHasher, MapHasher};
pub use memory_trace::trace_memory;
pub use part::{Part, PartError};
pub use record::{Record, Source};
pub use union_find::UnionFind;
pub use zone::{Zone, ZonedSpan, ZonedText};

use serde::{Deserialize, Serialize};

/// The key that decides exact duplicates: the first 128 bits of the text's
/// SHA-256. A cryptographic hash, so that nobody can craft two different
/// articles that share a key and have one of them dropped as a copy of the
/// other (64-bit FNV-1a collisions are easy to make).
///
/// ```
/// use newsmill_types::content_key;
/// // SHA-256("abc") begins ba7816bf8f01cfea414140de5dae2223.
/// assert_eq!(content_key("abc"), 0xba7816bf_8f01cfea_414140de_5dae2223);
/// ```
pub fn content_key(text: &str) -> u128 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(first)
}

/// FNV-1a 64-bit hash of a text, written to output as `content_hash` (a
/// quick fingerprint; exact duplicates are decided by [`content_key`]).
/// Stable across platforms and versions.
pub fn content_hash(text: &str) -> u64 {
    Fnv1a::hash(text.as_bytes())
}

/// A half-open byte range `start..end` into some text (the record's raw text
/// unless a field's docs say otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The slice of `text` this span covers, or `""` when the span is out of
    /// bounds or not on character boundaries (never panics).
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// This span moved right by `offset` bytes.
    pub const fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}
