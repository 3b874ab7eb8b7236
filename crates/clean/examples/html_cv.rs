//! Leave-sites-out cross-validation of the HTML extractor on the
//! cleaning-dev pages:
//!
//! ```text
//! cargo run -p newsmill-clean --release --example html_cv -- ../shared/data/cleaning-dev [FOLDS]
//! ```
//!
//! Sites (the manifest's `host`) are dealt into FOLDS groups (default 5) by a
//! stable hash, so no site is on both sides of a split. For each fold the
//! extractor setting with the best F1 on the other folds' pages is chosen
//! from a grid around the defaults (container shares, short-line
//! restoring, class/id furniture words) and scored on the held-out fold.
//! Printed: per fold the held-out F1 of the chosen setting and of the
//! defaults, then the pooled held-out F1 and the pages scoring below 0.3.

mod cv_common;

use flate2::read::GzDecoder;
use newsmill_clean::eval::{page_counts, PageCounts};
use newsmill_clean::{Cleaner, HtmlOptions};
use std::fs;
use std::io::Read;

fn grid() -> Vec<HtmlOptions> {
    let mut out = vec![HtmlOptions::default()];
    for semantic_share in [0.3, 0.4, 0.5] {
        for anchored_share in [0.1, 0.2, 0.3] {
            for descent_share in [0.7, 0.8, 0.9] {
                for nested_share in [0.65, 0.75, 0.85] {
                    for restore_short_lines in [true, false] {
                        for furniture_names in [true, false] {
                            let o = HtmlOptions {
                                semantic_share,
                                anchored_share,
                                descent_share,
                                nested_share,
                                restore_short_lines,
                                furniture_names,
                                ..HtmlOptions::default()
                            };
                            if o != HtmlOptions::default() {
                                out.push(o);
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

fn main() {
    let (dir, folds) = cv_common::args();
    let pages = cv_common::pages(&dir).unwrap_or_else(|e| cv_common::fail("html_cv", &e));
    let html: Vec<String> = pages
        .iter()
        .map(|p| {
            let read = || -> std::io::Result<String> {
                let gz = fs::read(dir.join("html").join(format!("{}.html.gz", p.id)))?;
                let mut bytes = Vec::new();
                GzDecoder::new(&gz[..]).read_to_end(&mut bytes)?;
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            };
            read().unwrap_or_else(|e| cv_common::fail("html_cv", &format!("html of {}: {e}", p.id)))
        })
        .collect();
    let settings = grid();
    let counts: Vec<Vec<PageCounts>> = settings
        .iter()
        .map(|&options| {
            let cleaner = Cleaner::default().with_html_options(options);
            pages
                .iter()
                .zip(&html)
                .map(|(page, html)| {
                    let (flat, article) = cleaner.clean_html_page(html);
                    let text = article.clean_text(&flat.text).into_text();
                    page_counts(&page.gold, &text, 4)
                })
                .collect()
        })
        .collect();
    cv_common::cross_validate(&pages, &settings, &counts, folds);
}
