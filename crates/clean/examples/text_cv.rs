//! Leave-sites-out cross-validation of the text cleaner (`Cleaner::clean`
//! on the naive page text) on the cleaning-dev pages:
//!
//! ```text
//! cargo run -p newsmill-clean --release --example text_cv -- ../shared/data/cleaning-dev [FOLDS]
//! ```
//!
//! Sites (the manifest's `host`) are dealt into FOLDS groups (default 5) by a
//! stable hash, so no site is on both sides of a split. For each fold the
//! `TextOptions` with the best F1 on the other folds' pages is chosen from
//! a grid around the defaults and scored on the held-out fold.
//!
//! What this measures: how well the tuned numbers carry to unseen sites.
//! It cannot measure the rules themselves, which were written while
//! reading all dev pages; held-out sites remain the only honest test of
//! those.

mod cv_common;

use newsmill_clean::eval::{page_counts, PageCounts};
use newsmill_clean::{Cleaner, TextOptions};
use std::fs;

fn grid() -> Vec<TextOptions> {
    let d = TextOptions::default();
    let mut out = vec![d];
    for after_stop_factor in [0.05, 0.1, 0.2, 0.35] {
        for isolated_damp in [0.25, 0.4, 0.6] {
            for anchor_bonus in [1.0, 2.0, 4.0, 6.0] {
                for furniture_cost in [1.5, 2.0, 3.0] {
                    let o = TextOptions {
                        after_stop_factor,
                        isolated_damp,
                        anchor_bonus,
                        furniture_cost,
                    };
                    if o != d {
                        out.push(o);
                    }
                }
            }
        }
    }
    out
}

fn main() {
    let (dir, folds) = cv_common::args();
    let pages = cv_common::pages(&dir).unwrap_or_else(|e| cv_common::fail("text_cv", &e));
    let inputs: Vec<String> = pages
        .iter()
        .map(|p| {
            fs::read(dir.join("input").join(format!("{}.txt", p.id)))
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_else(|e| cv_common::fail("text_cv", &format!("input of {}: {e}", p.id)))
        })
        .collect();
    let settings = grid();
    let counts: Vec<Vec<PageCounts>> = settings
        .iter()
        .map(|&options| {
            let cleaner = Cleaner::default().with_text_options(options);
            pages
                .iter()
                .zip(&inputs)
                .map(|(page, input)| {
                    let text = cleaner.clean(input, None).clean_text(input).into_text();
                    page_counts(&page.gold, &text, 4)
                })
                .collect()
        })
        .collect();
    cv_common::cross_validate(&pages, &settings, &counts, folds);
}
