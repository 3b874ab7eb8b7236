//! Corrections of line scores from what surrounds a line, so the region
//! search is not captured by furniture that happens to read like prose and
//! does not stop at a heading that only interrupts the article.

use crate::body::{strong, Line, State};
use crate::features::{norm_hash, FnvBuild, FnvSet};
use crate::region::LineScore;
use std::collections::HashMap;

/// Lines longer than this are paragraphs, not repeated furniture entries.
const MAX_TEMPLATED_CHARS: u32 = 120;
/// How many lines must share an opening or an ending to be a template.
const MIN_TEMPLATED_LINES: u32 = 3;
/// Prose lines that must follow a stop line for it to be only an
/// interruption ("Related articles" box inside the article column).
const PROSE_AFTER_STOP: usize = 3;

/// The opening two and closing three words of a line, lower-cased: share
/// bars ("Click to share on X (Opens in new window)"), comment-login rows
/// and teaser lists repeat one of them line after line; paragraphs don't.
fn template_keys(text: &str) -> Option<(u64, u64)> {
    let mut words = text.split_whitespace();
    let (a, b) = (words.next()?, words.next()?);
    words.next()?;
    let mut tail = text.rsplitn(4, char::is_whitespace);
    let (z, y, x) = (tail.next()?, tail.next()?, tail.next()?);
    let key = |parts: &[&str], salt: u8| {
        let mut h = newsmill_types::Fnv1a::default();
        h.update(&[salt]);
        for p in parts {
            for c in p.bytes() {
                h.update(&[c.to_ascii_lowercase()]);
            }
            h.update(b" ");
        }
        h.value()
    };
    Some((key(&[a, b], 1), key(&[x, y, z], 2)))
}

/// Short lines that share their opening or ending with two or more other
/// distinct short lines are a template's rows, whatever their words: they count as
/// furniture in the region search.
pub(crate) fn damp_templated_rows(
    raw: &str,
    lines: &[Line],
    scores: &mut [LineScore],
    furniture_cost: f32,
) {
    let candidate =
        |l: &Line| l.state == State::Text && l.f.chars <= MAX_TEMPLATED_CHARS && l.f.words >= 3;
    let keys: Vec<Option<(u64, u64)>> = lines
        .iter()
        .map(|l| {
            candidate(l)
                .then(|| template_keys(l.span.slice(raw)))
                .flatten()
        })
        .collect();
    // Distinct rows only: the same line many times is a repeat (dropped as
    // such after the search), and a page of one paragraph repeated must
    // still have a body.
    let mut counts: HashMap<u64, u32, FnvBuild> = HashMap::default();
    let mut seen: FnvSet<u64> = FnvSet::default();
    for (l, key) in lines.iter().zip(&keys) {
        if let Some((head, tail)) = key {
            if seen.insert(norm_hash(l.span.slice(raw))) {
                *counts.entry(*head).or_default() += 1;
                *counts.entry(*tail).or_default() += 1;
            }
        }
    }
    let repeated = |k: &u64| counts.get(k).is_some_and(|&n| n >= MIN_TEMPLATED_LINES);
    for (key, s) in keys.iter().zip(scores.iter_mut()) {
        if let (Some((head, tail)), LineScore::Value(v)) = (key, s) {
            if repeated(head) || repeated(tail) {
                *v = v.min(-furniture_cost / 2.0);
            }
        }
    }
}

/// A stop line followed at once by several paragraphs of prose is a box
/// inside the article column, not its end: it costs like furniture
/// instead of closing the region.
pub(crate) fn soften_stops_before_prose(
    lines: &[Line],
    scores: &mut [LineScore],
    furniture_cost: f32,
) {
    for i in 0..lines.len() {
        if scores[i] != LineScore::Stop {
            continue;
        }
        let prose_follows = lines[i + 1..]
            .iter()
            .filter(|l| l.state != State::Blank)
            .take(PROSE_AFTER_STOP)
            .filter(|l| l.state == State::Text && strong(&l.f))
            .count()
            == PROSE_AFTER_STOP;
        if prose_follows {
            scores[i] = LineScore::Value(-furniture_cost);
        }
    }
}
