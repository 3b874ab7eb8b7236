//! Print the page metadata the HTML reader finds for each page of a folder
//! (`*.html`, `*.html.gz`), one tab-separated line per page: id, title,
//! authors, published. Used to build and check the hand-checked table in
//! `tests/html_metadata.rs`.
//!
//! ```text
//! cargo run -p newsmill-clean --release --example html_metadata -- ../shared/data/cleaning-dev/html
//! ```

use flate2::read::GzDecoder;
use std::io::Read;
use std::{env, fs};

fn main() {
    let dir = env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/cleaning-dev/html".into());
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths {
        let Ok(bytes) = fs::read(&path) else { continue };
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let bytes = if name.ends_with(".gz") {
            let mut out = Vec::new();
            if GzDecoder::new(&bytes[..]).read_to_end(&mut out).is_err() {
                continue;
            }
            out
        } else {
            bytes
        };
        let html = String::from_utf8_lossy(&bytes);
        let meta = newsmill_html::parse(&html).meta;
        let id = name.split('.').next().unwrap_or(name);
        println!(
            "{id}\t{}\t{}\t{}",
            meta.title.as_deref().unwrap_or("-"),
            if meta.authors.is_empty() {
                "-".to_string()
            } else {
                meta.authors.join("; ")
            },
            meta.published.as_deref().unwrap_or("-"),
        );
    }
}
