//! Corrections of line scores from what surrounds a line, so the region
//! search is not captured by furniture that happens to read like prose and
//! does not stop at a heading that only interrupts the article.

use crate::body::{strong, Line, State};
use crate::region::LineScore;
use newsmill_types::RemovalReason;
use std::ops::Range;

/// Lines longer than this are paragraphs, not repeated furniture entries.
const MAX_TEMPLATED_CHARS: u32 = 120;
/// How many distinct lines must share an opening to be a template.
const MIN_TEMPLATED_LINES: usize = 3;
/// Prose lines that must follow a stop line for it to be only an
/// interruption ("Related articles" box inside the article column).
const PROSE_AFTER_STOP: usize = 3;
/// Short lines (the box's own teaser headlines) that may stand between such
/// a stop and the prose after it.
const MAX_LIST_BEFORE_PROSE: usize = 8;
/// A teaser headline's length at most.
const MAX_LIST_LINE_CHARS: u32 = 120;

/// A hash of `bytes` with ASCII case folded (the lossy `| 0x20` way, as
/// good as exact for telling rows of one template apart), eight bytes at a
/// step: this runs on most short lines of every page.
fn folded_hash(bytes: &[u8], salt: u64) -> u64 {
    let mut h = salt.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut buf = [0u8; 8];
        buf[..chunk.len()].copy_from_slice(chunk);
        let w = u64::from_le_bytes(buf) | 0x2020_2020_2020_2020;
        h = (h.rotate_left(23) ^ w).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
    h
}

/// The opening two words of a line of three words or more: share bars
/// ("Click to share on X (Opens in new window)"), comment-login rows
/// ("Log in with X") and byline rows repeat their opening line after line;
/// paragraphs don't.
fn template_key(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let first = b.iter().position(|&c| c == b' ')?;
    let second = first + 1 + b[first + 1..].iter().position(|&c| c == b' ')?;
    (second + 1 < b.len()).then(|| folded_hash(&b[..second], 1))
}

/// Short lines that share their opening with two or more other
/// distinct short lines are a template's rows, whatever their words: those
/// scored as prose count as furniture in the region search.
pub(crate) fn damp_templated_rows(
    raw: &str,
    lines: &[Line],
    scores: &mut [LineScore],
    furniture_cost: f32,
) {
    let positive = |s: &LineScore| matches!(s, LineScore::Value(v) if *v > 0.0);
    let mut rows: Vec<(u64, usize)> = Vec::new();
    let mut any_positive = false;
    for (i, l) in lines.iter().enumerate() {
        if l.state != State::Text || l.f.chars > MAX_TEMPLATED_CHARS || l.f.words < 3 {
            continue;
        }
        if let Some(opening) = template_key(l.span.slice(raw)) {
            any_positive |= positive(&scores[i]);
            rows.push((opening, i));
        }
    }
    // Only rows that would add to a region can capture it.
    if !any_positive || rows.len() < MIN_TEMPLATED_LINES {
        return;
    }
    rows.sort_unstable();
    let damped = -furniture_cost / 2.0;
    for group in rows.chunk_by(|a, b| a.0 == b.0) {
        if group.len() < MIN_TEMPLATED_LINES || !group.iter().any(|&(_, i)| positive(&scores[i])) {
            continue;
        }
        // Distinct rows only: the same line many times is a repeat (dropped
        // as such after the search), and a page of one paragraph repeated
        // must still have a body.
        let mut whole: Vec<u64> = group
            .iter()
            .map(|&(_, i)| folded_hash(lines[i].span.slice(raw).as_bytes(), 3))
            .collect();
        whole.sort_unstable();
        whole.dedup();
        if whole.len() < MIN_TEMPLATED_LINES {
            continue;
        }
        for &(_, i) in group {
            if let LineScore::Value(v) = &mut scores[i] {
                *v = v.min(damped);
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
        // A comment section's heading is followed by prose too (the
        // comments): only a teaser box's stop may have its list skipped.
        let max_list = if lines[i].state == State::Removed(RemovalReason::Comments) {
            0
        } else {
            MAX_LIST_BEFORE_PROSE
        };
        let mut after = lines[i + 1..].iter().filter(|l| l.state != State::Blank);
        // The box's own list (a few short teaser lines, no second stop)
        // may stand between the stop and the rest of the article.
        let mut list = 0;
        let mut first_prose = None;
        for l in after.by_ref() {
            if strong(&l.f) {
                first_prose = Some(l);
                break;
            }
            list += 1;
            if l.stop || list > max_list || l.f.chars > MAX_LIST_LINE_CHARS {
                break;
            }
        }
        let prose_follows = first_prose.is_some_and(|first| {
            first.state == State::Text
                && 1 + after
                    .take(PROSE_AFTER_STOP - 1)
                    .filter(|l| l.state == State::Text && strong(&l.f))
                    .count()
                    == PROSE_AFTER_STOP
        });
        if prose_follows {
            scores[i] = LineScore::Value(-furniture_cost);
        }
    }
}

/// A table's cells, one per line in naive text, are each too short to be
/// prose: this many in a row cost the region as much as one line of
/// furniture when they stand between two paragraphs.
const MIN_TABLE_CELLS: usize = 8;
/// A cell's length at most, in characters and in words.
const MAX_CELL_CHARS: u32 = 40;
const MAX_CELL_WORDS: u32 = 6;
/// An empty cell written as a dash or two, without a letter or digit.
const MAX_DASH_CELL_CHARS: u32 = 2;
/// Share of a table's cells that hold a digit (figures, years, scores).
const MIN_CELL_DIGIT_SHARE: f32 = 0.4;
/// Lines (a table's caption, its source or a note under it, an ad label)
/// that may stand between the table and the paragraph beside it.
const MAX_LINES_BESIDE_TABLE: usize = 2;
/// A line of text beside a table longer than this is not its caption or
/// source line.
const MAX_TABLE_NOTE_CHARS: u32 = 160;

/// A table of figures between two paragraphs ("Revenue | $3.12B | $3.39B
/// | -8%" as a dozen short lines) is part of the article: together its
/// cells cost the region as one line of furniture, so the paragraphs on
/// either side stay one body. Returns the tables' line ranges, for
/// `drop_table_cells`.
pub(crate) fn bridge_tables(
    lines: &[Line],
    scores: &mut [LineScore],
    furniture_cost: f32,
) -> Vec<Range<usize>> {
    let mut tables = Vec::new();
    let is_cell = |l: &Line| {
        let text_cell = l.state == State::Text
            && !strong(&l.f)
            && l.f.chars <= MAX_CELL_CHARS
            && l.f.words <= MAX_CELL_WORDS;
        // An empty cell's dash ("-", "–"), removed as a separator line.
        let dash_cell = l.state == State::Removed(RemovalReason::KnownPattern)
            && l.f.letters == 0
            && l.f.digits == 0
            && l.f.chars <= MAX_DASH_CELL_CHARS;
        text_cell || dash_cell
    };
    let mut i = 0;
    while i < lines.len() {
        if !is_cell(&lines[i]) {
            i += 1;
            continue;
        }
        let (mut cells, mut with_digits) = (0usize, 0usize);
        let mut j = i;
        while j < lines.len() && (lines[j].state == State::Blank || is_cell(&lines[j])) {
            if lines[j].state != State::Blank {
                cells += 1;
                with_digits += usize::from(lines[j].f.digits > 0);
            }
            j += 1;
        }
        if cells >= MIN_TABLE_CELLS
            && with_digits as f32 >= MIN_CELL_DIGIT_SHARE * cells as f32
            && paragraph_beside(lines, (0..i).rev())
            && paragraph_beside(lines, j..lines.len())
        {
            let each = -furniture_cost / cells as f32;
            for k in i..j {
                if lines[k].state != State::Blank {
                    scores[k] = LineScore::Value(each);
                }
            }
            tables.push(i..j);
        }
        i = j;
    }
    tables
}

/// The cells of the tables `bridge_tables` found are removed as short
/// lines (article text has no tables; a cell beside a paragraph would
/// otherwise be kept), unless the data-page rule kept them as the article.
pub(crate) fn drop_table_cells(lines: &mut [Line], tables: &[Range<usize>]) {
    for table in tables {
        for line in &mut lines[table.clone()] {
            if line.state == State::Text {
                line.state = State::Removed(RemovalReason::ShortOrNavigation);
            }
        }
    }
}

/// Whether the first non-blank line of `order`, past at most
/// `MAX_LINES_BESIDE_TABLE` removed lines or short notes ("Source: …"
/// under the table, its title above it), is a paragraph of prose.
fn paragraph_beside(lines: &[Line], order: impl Iterator<Item = usize>) -> bool {
    let mut passed = 0;
    for k in order {
        let l = &lines[k];
        let note = match l.state {
            State::Blank => continue,
            State::Text if strong(&l.f) => return true,
            State::Text => l.f.chars <= MAX_TABLE_NOTE_CHARS,
            State::Removed(RemovalReason::Caption | RemovalReason::KnownPattern) => true,
            _ => false,
        };
        if !note || l.stop || passed == MAX_LINES_BESIDE_TABLE {
            return false;
        }
        passed += 1;
    }
    false
}
