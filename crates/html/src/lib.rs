//! A fast, tolerant reader for news pages: one pass over the markup gives
//! the page's flattened text (the `<title>` first, then one visible block
//! per line), a light element tree in which every line knows the element it
//! came from, and the page's article metadata.
//!
//! The flattened text is what newsmill shows for an HTML page and what every
//! output offset points into; the tree is what the cleaner's HTML extractor
//! scores. Both come from the same pass, so they always agree.
//!
//! ```
//! let page = newsmill_html::parse(
//!     "<title>Talks stall</title><nav><a href=/>Home</a></nav>\
//!      <article><p>Envoys left on <b>Thursday</b>.</p></article>",
//! );
//! assert_eq!(page.text, "Talks stall\nHome\nEnvoys left on Thursday.\n");
//! let last = page.lines[1];
//! assert_eq!(last.span.slice(&page.text), "Envoys left on Thursday.");
//! assert_eq!(page.nodes[last.node as usize].tag, newsmill_html::Tag::P);
//! ```
//!
//! Hostile input is bounded: elements nested deeper than [`MAX_DEPTH`] are
//! read as part of their deepest kept ancestor, unclosed tags close at the
//! end of the page, and anything that is not markup is text.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod meta;
mod page;
mod tags;
pub mod text;
mod tokenizer;

pub use page::{parse, Line, Node, Page, Range, HIDDEN, MAX_DEPTH, NO_NODE, REL_AUTHOR};
pub use tags::Tag;
pub use tokenizer::{attributes, Attributes};
