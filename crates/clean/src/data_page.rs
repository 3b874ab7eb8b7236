//! Pages whose article is data: results, standings, scores.
//!
//! A sports roundup ("Palm Bay d. Rockledge 70-44", a line of scorers per
//! team) or a standings table (one cell per line in a page's naive text)
//! has little or no prose, so the region search, which looks for prose,
//! keeps a line or two of it and drops the rest as navigation. When the
//! chosen region holds little prose, the run of digit-dense lines it
//! touches is the article: the region widens over it and those lines are
//! kept. A region with 60 words of prose or more is never changed here,
//! whatever data sits beside it (tickers, scoreboards, numbered "most read"
//! lists); a short brief followed by a dated or numbered list can still
//! take the list.

use crate::body::{strong, Line, State};

/// Words of strong prose at or above which a region is a prose article.
const MAX_PROSE_WORDS: u32 = 60;
/// Lines a data run needs (cells of a small table, or a roundup's games).
const MIN_RUN_LINES: usize = 10;
/// Share of a run's lines that must hold a digit (tables alternate numbers
/// and names; roundups have scores on nearly every line).
const MIN_DIGIT_SHARE: f32 = 0.4;
/// Consecutive lines without a digit a run may cross (a table's header
/// row, a name cell, a team's name line), but not a menu.
const MAX_DIGITLESS_GAP: usize = 6;

/// Widens `region` (inclusive line indices) over the run of data lines it
/// touches when it holds little prose, never above `title` (the headline's
/// line, when found), and marks the run's lines kept. Returns the region to
/// keep.
pub(crate) fn widen_over_data(
    lines: &mut [Line],
    region: (usize, usize),
    title: Option<usize>,
) -> (usize, usize) {
    let (start, end) = region;
    let prose_words: u32 = lines[start..=end]
        .iter()
        .filter(|l| l.state == State::Text && strong(&l.f))
        .map(|l| l.f.words)
        .sum();
    if prose_words >= MAX_PROSE_WORDS {
        return region;
    }
    // Going back, the run's first lines may be its header or heading (no
    // digit): the headline's line (removed as the title, like the byline
    // and date under it) or the gap bounds them.
    let first = extend(lines, start, title.unwrap_or(0), false, false);
    let last = extend(lines, end, lines.len() - 1, true, true);
    let run: Vec<usize> = (first..=last)
        .filter(|&i| is_data_candidate(&lines[i]))
        .collect();
    let with_digits = run.iter().filter(|&&i| lines[i].f.digits > 0).count();
    if run.len() < MIN_RUN_LINES || (with_digits as f32) < MIN_DIGIT_SHARE * run.len() as f32 {
        return region;
    }
    for &i in &run {
        lines[i].state = State::Kept;
    }
    (first.min(start), last.max(end))
}

/// A text line (not furniture already removed).
fn is_data_candidate(line: &Line) -> bool {
    matches!(line.state, State::Text | State::Kept)
}

/// The last line, going from `from` towards `limit`, of the run of text
/// lines that crosses at most `MAX_DIGITLESS_GAP` digit-free lines in a
/// row. With `trim_to_digit` the run ends on a line with a digit (what
/// follows a table is the page's furniture as often as not); without, it
/// keeps the digit-free lines up to the furniture or title that stopped it
/// (a table's header row, the line that announces it, a sport's heading),
/// unless they run past the gap.
fn extend(lines: &[Line], from: usize, limit: usize, forward: bool, trim_to_digit: bool) -> usize {
    let mut last_with_digit = from;
    let mut furthest = from;
    let mut gap = 0;
    let mut i = from;
    loop {
        if (forward && i >= limit) || (!forward && i <= limit) {
            break;
        }
        i = if forward { i + 1 } else { i - 1 };
        let line = &lines[i];
        if line.state == State::Blank {
            continue;
        }
        if !is_data_candidate(line) {
            break;
        }
        if line.f.digits > 0 {
            last_with_digit = i;
            gap = 0;
        } else {
            gap += 1;
            if gap > MAX_DIGITLESS_GAP {
                return last_with_digit;
            }
        }
        furthest = i;
    }
    if trim_to_digit {
        last_with_digit
    } else {
        furthest
    }
}
