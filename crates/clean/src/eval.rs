//! The shingle-F1 metric of `shared/tools/clean_score.py` (and of the
//! scrapinghub article-extraction benchmark), in Rust.
//!
//! Tokens are runs of word characters (letters, digits, underscore); a
//! text becomes the multiset of its runs of `n` tokens (a text with fewer
//! than `n` tokens gives one short shingle). Per page, tp/fp/fn are
//! normalised by tp+fp+fn so every page weighs the same; precision and
//! recall are averaged over pages and F1 is taken of the two means.
//!
//! ```
//! use newsmill_clean::eval::score_pages;
//!
//! let s = score_pages(&[("The cat sat on the mat.", "The cat sat on the mat.")], 4);
//! assert_eq!((s.precision, s.recall, s.f1, s.accuracy), (1.0, 1.0, 1.0, 1.0));
//! ```

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Scores over a set of pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// Mean over pages with tp+fp > 0 of tp/(tp+fp).
    pub precision: f64,
    /// Mean over pages with tp+fn > 0 of tp/(tp+fn).
    pub recall: f64,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
    /// Share of pages whose token sequences are identical.
    pub accuracy: f64,
    pub pages: usize,
}

/// Normalised (tp, fp, fn) of one page.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Python's `\w` for `str` patterns: letters (L*), numbers (N*) and `_`.
/// Rust's `char::is_alphanumeric` also takes Other_Alphabetic marks and
/// symbols (e.g. "ⓒ"), which would shift the counts.
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}_]+").unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});

/// The word tokens of `text` (`\w+` runs, as Python's `re` finds them).
pub fn tokenize(text: &str) -> Vec<&str> {
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

fn shingles<'a>(tokens: &[&'a str], n: usize) -> HashMap<Vec<&'a str>, u32> {
    let mut out = HashMap::new();
    let n = n.max(1);
    let count = tokens.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let sh = &tokens[i.min(tokens.len())..(i + n).min(tokens.len())];
        if !sh.is_empty() {
            *out.entry(sh.to_vec()).or_insert(0) += 1;
        }
    }
    out
}

/// Normalised counts of one page.
pub fn page_counts(gold: &str, pred: &str, n: usize) -> PageCounts {
    let g = shingles(&tokenize(gold), n);
    let p = shingles(&tokenize(pred), n);
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    for (key, &gc) in &g {
        let pc = p.get(key).copied().unwrap_or(0);
        tp += u64::from(gc.min(pc));
        fn_ += u64::from(gc.saturating_sub(pc));
    }
    for (key, &pc) in &p {
        let gc = g.get(key).copied().unwrap_or(0);
        fp += u64::from(pc.saturating_sub(gc));
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return PageCounts::default();
    }
    PageCounts {
        tp: tp as f64 / s,
        fp: fp as f64 / s,
        fn_: fn_ as f64 / s,
    }
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// Aggregate per-page counts as the benchmark does.
pub fn aggregate(counts: &[PageCounts]) -> (f64, f64, f64) {
    let precision = |c: &PageCounts| {
        if c.fp == 0.0 && c.fn_ == 0.0 {
            1.0
        } else {
            c.tp / (c.tp + c.fp)
        }
    };
    let recall = |c: &PageCounts| {
        if c.fp == 0.0 && c.fn_ == 0.0 {
            1.0
        } else {
            c.tp / (c.tp + c.fn_)
        }
    };
    let ps: Vec<f64> = counts
        .iter()
        .filter(|c| c.tp + c.fp > 0.0)
        .map(precision)
        .collect();
    let rs: Vec<f64> = counts
        .iter()
        .filter(|c| c.tp + c.fn_ > 0.0)
        .map(recall)
        .collect();
    let (p, r) = (mean(&ps), mean(&rs));
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Score `(gold, predicted)` text pairs with shingles of `n` tokens (the
/// benchmark uses 4; 1 is plain bag-of-tokens).
pub fn score_pages(pairs: &[(&str, &str)], n: usize) -> Scores {
    let counts: Vec<PageCounts> = pairs.iter().map(|(g, p)| page_counts(g, p, n)).collect();
    let (precision, recall, f1) = aggregate(&counts);
    let same: Vec<f64> = pairs
        .iter()
        .map(|(g, p)| if tokenize(g) == tokenize(p) { 1.0 } else { 0.0 })
        .collect();
    Scores {
        precision,
        recall,
        f1,
        accuracy: mean(&same),
        pages: pairs.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn hand_computed() {
        // Page 1: gold shingles {abcd, bcde}, pred {abcd, bcdx}: tp=fp=fn=1,
        // so P = R = 1/2. Page 2: two tokens give one short shingle, equal:
        // P = R = 1. Page 3: empty prediction: no precision entry, R = 0.
        let pages = [
            ("a b c d e", "a b c d x"),
            ("one two", "one, two!"),
            ("x y z w", ""),
        ];
        let s = score_pages(&pages, 4);
        assert!(close(s.precision, 0.75), "{s:?}");
        assert!(close(s.recall, 0.5), "{s:?}");
        assert!(close(s.f1, 2.0 * 0.75 * 0.5 / 1.25), "{s:?}");
        assert!(close(s.accuracy, 1.0 / 3.0), "{s:?}");
        let c = page_counts("a b c d e", "a b c d x", 4);
        assert!(close(c.tp, 1.0 / 3.0) && close(c.fp, 1.0 / 3.0) && close(c.fn_, 1.0 / 3.0));
    }

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokenize("Gaza’s 2.3 million—über_alles"),
            vec!["Gaza", "s", "2", "3", "million", "über_alles"]
        );
        // "ⓒ" is alphabetic to Rust but not a word character to Python.
        assert_eq!(tokenize("저작권자 ⓒ 엔터"), vec!["저작권자", "엔터"]);
        // Repeated shingles count as a multiset: one extra copy is one fp.
        let c = page_counts("a b", "a b a b", 1);
        assert!(close(c.tp, 2.0 / 4.0) && close(c.fp, 2.0 / 4.0));
    }
}
