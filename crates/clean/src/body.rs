//! Scoring lines for the body search and deciding, line by line, what the
//! body keeps.

use crate::features::{features, norm_eq, norm_hash, Features, MapBuild, MapSet, Script, SCRIPTS};
use crate::region::LineScore;
use crate::structure;
use crate::text_options::TextOptions;
use newsmill_types::{RemovalReason, Span};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    Blank,
    Removed(RemovalReason),
    Text,
    Kept,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub span: Span,
    pub f: Features,
    pub state: State,
    pub stop: bool,
}

/// Clear prose: a sentence-terminated line of some length, or a long
/// unterminated one (a paragraph that lost its last character).
pub(crate) fn strong(f: &Features) -> bool {
    f.prose_like() && ((f.terminal && f.weight >= 30) || f.weight >= 200)
}

/// What a caption, a slide counter or a photo credit costs the region: a
/// gallery of a dozen slides (four such lines each, with a share line)
/// between two pairs of paragraphs must not outweigh them.
const CAPTION_COST: f32 = 0.25;

pub(crate) fn score(line: &Line, opts: &TextOptions) -> LineScore {
    match line.state {
        State::Blank => LineScore::Value(0.0),
        _ if line.stop => LineScore::Stop,
        // A photo's caption and credit sit between the article's
        // paragraphs (a gallery's dozen between its opening and its end):
        // they cost less than page furniture.
        State::Removed(RemovalReason::OtherScript) => LineScore::Value(-0.5),
        State::Removed(RemovalReason::Caption) => LineScore::Value(-CAPTION_COST),
        State::Removed(_) => LineScore::Value(-opts.furniture_cost),
        State::Text | State::Kept => {
            let f = &line.f;
            if strong(f) {
                // Concave: many paragraphs beat one long legal notice.
                LineScore::Value(1.0 + 4.0 * (f.weight.min(1500) as f32 / 50.0).sqrt())
            } else if f.prose_like() && f.weight >= 60 {
                LineScore::Value(0.5)
            } else if f.prose_like() {
                LineScore::Value(-1.0)
            } else {
                LineScore::Value(-1.5)
            }
        }
    }
}

pub(crate) fn title_like(text: &str, f: &Features) -> bool {
    let ends_ok = !f.terminal
        || text.ends_with('?')
        || text.ends_with('!')
        || text.ends_with('"')
        || text.ends_with('”');
    // One Latin word is a section label; one CJK word can be a headline.
    let enough_words = f.words >= 2 || f.scripts[Script::Cjk as usize] >= 4;
    ends_ok && !f.link && enough_words && f.weight >= 8 && f.chars <= 250
}

/// A prose line with no prose neighbour is typical of teaser lists
/// (headline, one-line summary, headline, ...), rare in article bodies.
pub(crate) fn damp_isolated(lines: &[Line], scores: &mut [LineScore], damp: f32) {
    let strong_at = |i: usize| lines[i].state == State::Text && strong(&lines[i].f);
    let non_blank: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].state != State::Blank)
        .collect();
    for (k, &i) in non_blank.iter().enumerate() {
        if !strong_at(i) {
            continue;
        }
        let prev = k.checked_sub(1).map(|k| non_blank[k]);
        let next = non_blank.get(k + 1).copied();
        if !prev.is_some_and(strong_at) && !next.is_some_and(strong_at) {
            if let LineScore::Value(v) = &mut scores[i] {
                *v *= damp;
            }
        }
    }
}

/// Runs of three or more lines that open with a number and carry words
/// ("1a etapa: 10 de março – Interlagos", "2. Don't throw yourself in")
/// are a list or table in the article, not menu items: they should not
/// cut the body apart.
pub(crate) fn lift_numbered_lists(raw: &str, lines: &[Line], scores: &mut [LineScore]) {
    let numbered = |l: &Line| {
        l.state == State::Text
            && l.f.letters >= 4
            && l.span
                .slice(raw)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit)
    };
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let mut count = 0;
        let mut last = i;
        while j < lines.len() && (lines[j].state == State::Blank || numbered(&lines[j])) {
            if lines[j].state != State::Blank {
                count += 1;
                last = j;
            }
            j += 1;
        }
        if count >= 3 {
            for k in i..=last {
                if let LineScore::Value(v) = &mut scores[k] {
                    if lines[k].state == State::Text && *v < 1.0 {
                        *v = 1.0;
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Lines a listicle's item may hold between two numbered headings, at most.
const MAX_ITEM_LINES: usize = 3;

/// A listicle's numbered headings ("5. Kristi Dosh", "6. Michelle
/// Beadle"), each with a paragraph or two under it: when three or more
/// count up one by one, they are the article's, not menu rows, and should
/// not cut the body apart between its items.
pub(crate) fn lift_numbered_headings(raw: &str, lines: &[Line], scores: &mut [LineScore]) {
    // (line, number) of each line that opens with "N." or "N)".
    let headings: Vec<(usize, u32)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.state == State::Text && l.f.letters >= 4)
        .filter_map(|(i, l)| item_number(l.span.slice(raw)).map(|n| (i, n)))
        .collect();
    if headings.len() < 3 {
        return;
    }
    let lines_between = |a: usize, b: usize| {
        lines[a + 1..b]
            .iter()
            .filter(|l| l.state != State::Blank)
            .count()
    };
    let mut start = 0;
    while start < headings.len() {
        let mut end = start;
        while end + 1 < headings.len()
            && headings[end + 1].1 == headings[end].1 + 1
            && lines_between(headings[end].0, headings[end + 1].0) <= MAX_ITEM_LINES
        {
            end += 1;
        }
        if end - start + 1 >= 3 {
            for &(i, _) in &headings[start..=end] {
                if let LineScore::Value(v) = &mut scores[i] {
                    if *v < 1.0 {
                        *v = 1.0;
                    }
                }
            }
        }
        start = end + 1;
    }
}

/// The number opening a listicle's item heading: digits, then "." or ")"
/// and a letter (after optional spaces): "5. Kristi Dosh", "8.Lori Kelly".
fn item_number(text: &str) -> Option<u32> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = text.get(digits..)?;
    let rest = rest.strip_prefix(['.', ')'])?.trim_start();
    rest.chars()
        .next()
        .filter(|c| c.is_alphabetic())
        .and_then(|_| text.get(..digits)?.parse().ok())
}

/// Where the headline repeats inside the page (the `<h1>` under the
/// `<title>` line, or the hint): article text starts right after it.
pub(crate) fn title_anchor(raw: &str, lines: &[Line], hint: Option<&str>) -> Option<usize> {
    let (first, full) = match hint.map(str::trim).filter(|h| !h.is_empty()) {
        Some(h) => (None, h),
        None => {
            let i = lines
                .iter()
                .position(|l| l.state == State::Text && title_like(l.span.slice(raw), &l.f))?;
            (Some(i), lines[i].span.slice(raw))
        }
    };
    let head = structure::split_title(full).map_or(full, |(h, _)| h);
    let (head_chars, full_chars) = (head.chars().count(), full.chars().count());
    let start = first.map_or(0, |i| i + 1);
    let head_sized = headline_sized(&features(head));
    lines.iter().enumerate().skip(start).find_map(|(i, l)| {
        if !may_repeat_headline(l, head_sized) {
            return None;
        }
        let n = l.f.chars as usize;
        let hit = (n.abs_diff(head_chars) <= 8 && norm_eq(l.span.slice(raw), head))
            || (n.abs_diff(full_chars) <= 8 && norm_eq(l.span.slice(raw), full));
        hit.then_some(i)
    })
}

/// Long enough for a headline rather than a menu item or a site's name:
/// four words, or eight CJK characters.
pub(crate) fn headline_sized(f: &Features) -> bool {
    f.words >= 4 || f.scripts[Script::Cjk as usize] >= 8
}

/// Whether `line` may be the page's own copy of a headline: a line of
/// text, or a line template learning removed, since copies of one article
/// in a dump make its headline a repeated line. A site's name is a template
/// line too, so only a headline-sized head (`head_sized`, from
/// [`headline_sized`] once per head) is looked for among those.
pub(crate) fn may_repeat_headline(line: &Line, head_sized: bool) -> bool {
    line.state == State::Text
        || (line.state == State::Removed(RemovalReason::Template) && head_sized)
}

/// Text weight (visible characters, CJK counted twice) past which a
/// paragraph is longer than a standfirst (about 90 words of English).
const LONG_PARAGRAPH: u32 = 400;

/// The first paragraph under the headline at `anchor`, when it is longer
/// than a standfirst and no stop line comes between them. (The anchor may
/// be the page-title line at the top, so menus can lie in between.)
pub(crate) fn long_opening(lines: &[Line], anchor: usize) -> Option<usize> {
    let (i, line) = lines
        .iter()
        .enumerate()
        .skip(anchor + 1)
        .take_while(|(_, l)| !l.stop)
        .find(|(_, l)| l.state == State::Text && strong(&l.f))?;
    (line.f.weight >= LONG_PARAGRAPH).then_some(i)
}

/// Text before the headline is mostly page header; the first paragraphs
/// after it are almost surely the article.
pub(crate) fn weigh_by_anchor(
    lines: &[Line],
    scores: &mut [LineScore],
    anchor: usize,
    bonus_value: f32,
) {
    for s in scores.iter_mut().take(anchor) {
        if let LineScore::Value(v) = s {
            if *v > 0.0 {
                *v *= 0.5;
            }
        }
    }
    let mut bonus = 2;
    let mut seen = 0;
    for (l, s) in lines.iter().zip(scores.iter_mut()).skip(anchor + 1) {
        if l.state == State::Blank {
            continue;
        }
        seen += 1;
        if seen > 12 || bonus == 0 {
            break;
        }
        if let LineScore::Value(v) = s {
            if *v > 1.0 {
                *v += bonus_value;
                bonus -= 1;
            }
        }
    }
}

/// Lines mostly in another script than the article's (Hebrew captions in an
/// English story) go; a whole article in one script is untouched.
pub(crate) fn mark_other_script(lines: &mut [Line]) {
    let mut counts = [0u32; SCRIPTS];
    for l in lines.iter().filter(|l| l.state == State::Text) {
        for (c, n) in counts.iter_mut().zip(l.f.scripts) {
            *c += n;
        }
    }
    let total: u32 = counts.iter().sum();
    let Some((dominant, n)) = Script::dominant(&counts) else {
        return;
    };
    if u64::from(n) * 10 < u64::from(total) * 6 {
        return;
    }
    for l in lines.iter_mut().filter(|l| l.state == State::Text) {
        // Letters of all scripts add up to at most `letters` (also once
        // scaled for a long line, unless clamped): a line with over 40% in
        // the dominant script has no other script at 60%.
        if l.f.letters < u32::MAX
            && u64::from(l.f.scripts[dominant as usize]) * 10 > u64::from(l.f.letters) * 4
        {
            continue;
        }
        if let Some((s, k)) = l.f.script() {
            if s != dominant && k >= 2 && k * 10 >= l.f.letters * 6 {
                l.state = State::Removed(RemovalReason::OtherScript);
            }
        }
    }
}

/// Inside the region, prose is kept; short or unterminated lines (subheads,
/// list items) are kept only between text lines, so a caption or video
/// title next to removed furniture goes with it.
pub(crate) fn keep_region(raw: &str, lines: &mut [Line], start: usize, end: usize) {
    let n = lines.len();
    let neighbour = |lines: &[Line], i: usize, forward: bool| -> Option<(State, bool)> {
        let mut j = i;
        loop {
            if forward {
                j += 1;
                if j >= n {
                    return None;
                }
            } else {
                j = j.checked_sub(1)?;
            }
            if lines[j].state != State::Blank {
                return Some((lines[j].state, strong(&lines[j].f)));
            }
        }
    };
    // Decided in reading order, so a run of weak lines after removed
    // furniture ("More from UK" and its headlines) goes as a whole, while a
    // list that follows a kept paragraph stays as a whole.
    for i in start..end.min(n) {
        let l = &lines[i];
        if l.state != State::Text {
            continue;
        }
        // A short line of quoted speech ('“Done,” Trump said.') is the
        // article's, whatever stands beside it: the quote vouches for it.
        let keep = if strong(&l.f) || crate::closing_quotes::is_spoken_line(raw, l) {
            true
        } else {
            let prev = neighbour(lines, i, false);
            let next = neighbour(lines, i, true);
            let ok = |s: Option<(State, bool)>| matches!(s, Some((State::Text | State::Kept, _)));
            let strong_side =
                |s: Option<(State, bool)>| matches!(s, Some((State::Text | State::Kept, true)));
            // Prose-like list items may run together; names, dates and
            // counters need a real paragraph beside them.
            let beside_prose = ok(prev)
                && ok(next)
                && (l.f.prose_like() || strong_side(prev) || strong_side(next));
            // A subheading with a paragraph under it and one above it,
            // whatever furniture stands between ("- Advertisement -", a
            // newsletter box, "RELATED: …").
            let heading = !l.f.terminal
                && !l.f.link
                && l.f.digits * 4 < l.f.letters
                && (MIN_HEADING_WORDS..=MAX_HEADING_WORDS).contains(&l.f.words)
                && strong_side(next)
                && paragraph_above(lines, i);
            beside_prose || heading
        };
        lines[i].state = if keep {
            State::Kept
        } else {
            State::Removed(RemovalReason::ShortOrNavigation)
        };
    }
    for (i, l) in lines.iter_mut().enumerate() {
        if l.state == State::Text {
            let outside = i < start || i >= end;
            l.state = State::Removed(if outside && l.f.prose_like() {
                RemovalReason::OutsideBody
            } else {
                RemovalReason::ShortOrNavigation
            });
        }
    }
}

/// A subheading's words.
const MIN_HEADING_WORDS: u32 = 2;
const MAX_HEADING_WORDS: u32 = 8;
/// Removed lines a subheading may look past to the paragraph above it.
const MAX_FURNITURE_ABOVE_HEADING: usize = 8;

/// Whether a paragraph of prose stands above line `i`, past blank lines and
/// at most a few lines of furniture that sits inside articles (labels,
/// teaser links, sign-up boxes). Not past a caption or a line in another
/// script: the short line under a photo is its caption, not a heading.
fn paragraph_above(lines: &[Line], i: usize) -> bool {
    let inline_furniture = |l: &Line| {
        matches!(
            l.state,
            State::Removed(
                RemovalReason::KnownPattern
                    | RemovalReason::Related
                    | RemovalReason::ShortOrNavigation
                    | RemovalReason::Link
                    | RemovalReason::Metadata
            )
        )
    };
    lines[..i]
        .iter()
        .rev()
        .filter(|l| l.state != State::Blank)
        .take(MAX_FURNITURE_ABOVE_HEADING + 1)
        .find(|l| !inline_furniture(l))
        .is_some_and(|l| matches!(l.state, State::Text | State::Kept) && strong(&l.f))
}

/// Words a short kept line needs for its repeat to be dropped.
const MIN_REPEATED_WORDS: u32 = 3;
/// Characters above which a line of fewer words is still a paragraph.
const MAX_CELL_CHARS: u32 = 24;

/// The same paragraph twice in one article is kept once.
/// Returns the removed lines with their text's hash, in order.
pub(crate) fn drop_repeats(raw: &str, lines: &mut [Line]) -> Vec<(u64, usize)> {
    let mut removed = Vec::new();
    // Hash only lines whose shape (length, words) was seen before: most
    // kept lines are unique and cost nothing here.
    // Shape -> the first kept line of that shape, until a second one shows
    // up: then the first is hashed once and the entry is cleared.
    let mut first_of_shape: HashMap<(u32, u32), Option<usize>, MapBuild> = HashMap::default();
    let mut hashes: MapSet<u64> = MapSet::default();
    for i in 0..lines.len() {
        // A short repeated line of one or two words is a table's cell ("0",
        // a team's name), not a paragraph printed twice (a CJK paragraph is
        // one or two "words" too, but long).
        let cell = lines[i].f.words < MIN_REPEATED_WORDS && lines[i].f.chars <= MAX_CELL_CHARS;
        if lines[i].state != State::Kept || cell {
            continue;
        }
        let shape = (lines[i].f.chars, lines[i].f.words);
        match first_of_shape.get_mut(&shape) {
            None => {
                first_of_shape.insert(shape, Some(i));
                continue;
            }
            Some(first) => {
                if let Some(j) = first.take() {
                    hashes.insert(norm_hash(lines[j].span.slice(raw)));
                }
            }
        }
        let hash = norm_hash(lines[i].span.slice(raw));
        if !hashes.insert(hash) {
            lines[i].state = State::Removed(RemovalReason::Repeated);
            removed.push((hash, i));
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    /// The region-search score of each line of `raw` after the numbered
    /// headings rule, and before it.
    fn scores_with_headings(raw: &str) -> (Vec<LineScore>, Vec<LineScore>) {
        let mut article = newsmill_types::CleanArticle::default();
        let lines = Cleaner::default().classify_lines(raw, &mut article, &mut None);
        let opts = TextOptions::default();
        let before: Vec<LineScore> = lines.iter().map(|l| score(l, &opts)).collect();
        let mut after = before.clone();
        lift_numbered_headings(raw, &lines, &mut after);
        (after, before)
    }

    #[test]
    fn a_listicles_numbered_headings_count_as_text() {
        let raw = "5. Kristi Dosh\nAttorney, analyst and author: you can find her work on two national networks.\n\
                   6. Michelle Beadle\nFunny and real, she does sports her way and answers her critics herself.\n\
                   7. Erin Andrews\nShe makes the list for what she has done for women who follow sport.\n";
        let (after, before) = scores_with_headings(raw);
        for line in [0, 2, 4] {
            assert!(
                matches!(before[line], LineScore::Value(v) if v < 1.0),
                "{before:?}"
            );
            assert!(
                matches!(after[line], LineScore::Value(v) if v >= 1.0),
                "{after:?}"
            );
        }
    }

    #[test]
    fn numbers_that_do_not_count_up_are_not_a_listicle() {
        let raw = "5. Kristi Dosh\nAttorney, analyst and author.\n9. Michelle Beadle\nFunny and real.\n2. Erin Andrews\nShe makes the list.\n";
        let (after, before) = scores_with_headings(raw);
        assert_eq!(after, before);
        assert_eq!(item_number("8.Lori Kelly"), Some(8));
        assert_eq!(item_number("10) Keep talking"), Some(10));
        assert_eq!(item_number("2024. A year"), None);
        assert_eq!(item_number("3.5 million"), None);
    }
}
