//! Captions of a photo gallery in naive text.
//!
//! A gallery dumped as text prints each slide as its counter ("3 of 12"),
//! its caption and a credit line. The counter and the credit are furniture
//! by pattern already, but the caption is a sentence or two of prose about
//! the photo and reads as the article's. Here the line right after a slide
//! counter is that slide's caption, when the page has at least two
//! counters (a gallery, not a lone "1 of 3" in a list).
//!
//! Other galleries print their own title before every slide instead of a
//! counter: the title repeats at a fixed short step, with each slide's
//! heading and caption in between ([`drop_repeated_slides`]).

use crate::body::{Line, State};
use crate::features::norm_hash;
use newsmill_types::RemovalReason;

/// Counters a page needs before their next lines are taken for captions.
const MIN_COUNTERS: usize = 2;
/// A caption's length at most, in characters.
const MAX_CAPTION_CHARS: u32 = 600;

/// Marks the caption after each slide counter (see the module docs).
pub(crate) fn mark_gallery_captions(raw: &str, lines: &mut [Line]) {
    let counters: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].state == State::Removed(RemovalReason::Caption)
                && is_slide_counter(lines[i].span.slice(raw))
        })
        .collect();
    if counters.len() < MIN_COUNTERS {
        return;
    }
    for c in counters {
        let Some(next) = (c + 1..lines.len()).find(|&j| lines[j].state != State::Blank) else {
            continue;
        };
        let line = &mut lines[next];
        if line.state == State::Text && line.f.chars <= MAX_CAPTION_CHARS {
            line.state = State::Removed(RemovalReason::Caption);
        }
    }
}

/// "3 of 12", "3/12", "Photo 3 of 12", "Slide 3 / 12".
fn is_slide_counter(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_some_and(|w| {
        ["image", "photo", "picture", "slide"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    }) {
        words.next();
    }
    let rest: String = words.collect::<Vec<_>>().join(" ");
    let (a, b) = match rest.split_once(" of ").or_else(|| rest.split_once('/')) {
        Some(parts) => parts,
        None => return false,
    };
    let number = |s: &str| {
        let s = s.trim();
        !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
    };
    number(a) && number(b)
}

/// Times a gallery's title repeats, at least, before its slides are taken
/// for a gallery.
const MIN_SLIDES: usize = 4;
/// Lines a slide holds with its title, at most (title, heading, caption,
/// credit).
const MAX_SLIDE_LINES: usize = 4;

/// A line printed again and again at the same short step (every third
/// line: the gallery's title, a slide's heading, its caption) marks a
/// gallery: the title's copies and the lines of each step are captions.
/// Runs after repeated lines are removed, on the lines that step removed
/// (`repeated`: each one's text hash and index) and the kept line each one
/// repeats.
pub(crate) fn drop_repeated_slides(raw: &str, lines: &mut [Line], mut repeated: Vec<(u64, usize)>) {
    if repeated.len() + 1 < MIN_SLIDES {
        return;
    }
    repeated.sort_unstable();
    let groups: Vec<(u64, Vec<usize>)> = repeated
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|same| same.len() + 1 >= MIN_SLIDES)
        .map(|same| (same[0].0, same.iter().map(|&(_, i)| i).collect()))
        .collect();
    if groups.is_empty() {
        return;
    }
    // Position of each line among the non-blank ones: the step is counted
    // in lines of text, whatever blank lines a page puts between them.
    let mut rank = vec![0usize; lines.len()];
    let mut next = 0;
    for (i, line) in lines.iter().enumerate() {
        rank[i] = next;
        if line.state != State::Blank {
            next += 1;
        }
    }
    for (h, mut members) in groups {
        // The first copy, which was kept: the same text before the others.
        let shape = (lines[members[0]].f.chars, lines[members[0]].f.words);
        if let Some(first) = (0..members[0]).rev().find(|&j| {
            lines[j].state == State::Kept
                && (lines[j].f.chars, lines[j].f.words) == shape
                && norm_hash(lines[j].span.slice(raw)) == h
        }) {
            members.insert(0, first);
        }
        for run in equal_steps(&members, &rank) {
            let step = rank[run[1]] - rank[run[0]];
            for &title in &run {
                lines[title].state = State::Removed(RemovalReason::Caption);
                let slide = (title + 1..lines.len())
                    .filter(|&j| lines[j].state != State::Blank)
                    .take(step - 1);
                for j in slide.collect::<Vec<_>>() {
                    if lines[j].state == State::Kept && lines[j].f.chars <= MAX_CAPTION_CHARS {
                        lines[j].state = State::Removed(RemovalReason::Caption);
                    }
                }
            }
        }
    }
}

/// The longest runs (of [`MIN_SLIDES`] or more) of `members` whose
/// consecutive ranks differ by one same step of 2 to [`MAX_SLIDE_LINES`].
fn equal_steps(members: &[usize], rank: &[usize]) -> Vec<Vec<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    while start + 1 < members.len() {
        let step = rank[members[start + 1]] - rank[members[start]];
        let mut end = start + 1;
        while end + 1 < members.len() && rank[members[end + 1]] - rank[members[end]] == step {
            end += 1;
        }
        if (2..=MAX_SLIDE_LINES).contains(&step) && end + 1 - start >= MIN_SLIDES {
            runs.push(members[start..=end].to_vec());
        }
        start = end;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_counters() {
        for counter in [
            "3 of 12",
            "3/12",
            "3 / 12",
            "Photo 3 of 12",
            "slide 10 of 12",
        ] {
            assert!(is_slide_counter(counter), "{counter}");
        }
        for not in [
            "3 of the 12 members",
            "of 12",
            "2024/2025 season",
            "1/2 cup",
            "12",
        ] {
            assert!(!is_slide_counter(not), "{not}");
        }
    }

    #[test]
    fn a_gallery_title_repeated_before_every_slide_takes_its_slides_out() {
        let mut raw = String::from(
            "Berlin renames three streets\n\
             Berlin has renamed three streets that honoured colonial leaders, after years of campaigning by residents and historians of the district.\n\
             The new names honour activists who resisted colonial rule, and the council says the signs will go up before the end of the year.\n",
        );
        for k in 1..=5 {
            raw.push_str(&format!(
                "Colonial history in pictures\nSlide heading {k}\n\
                 A long caption for slide {k} tells the reader what the photograph shows, who is in it, and when it was taken by the agency.\n"
            ));
        }
        raw.push_str(
            "Residents who campaigned for the change said the new signs were overdue, and that the district's schools would teach the history behind them.\n\
             The council will hold a ceremony when the last of the signs is in place, and has invited the families of the three activists.\n",
        );
        let article = crate::Cleaner::default().clean(&raw, None);
        let text = article.clean_text(&raw).into_text();
        assert!(text.contains("Residents who campaigned"), "{text}");
        assert!(text.contains("Berlin has renamed"), "{text}");
        assert!(!text.contains("A long caption"), "{text}");
        assert!(!text.contains("Colonial history in pictures"), "{text}");
    }

    #[test]
    fn steps_of_a_repeated_line() {
        let rank: Vec<usize> = (0..40).collect();
        // Every third line, five times: one run.
        assert_eq!(
            equal_steps(&[2, 5, 8, 11, 14], &rank),
            vec![vec![2, 5, 8, 11, 14]]
        );
        // The last copy far away is not a slide.
        assert_eq!(
            equal_steps(&[2, 5, 8, 11, 30], &rank),
            vec![vec![2, 5, 8, 11]]
        );
        // Too few, too far apart, or uneven: no gallery.
        assert!(equal_steps(&[2, 5, 8], &rank).is_empty());
        assert!(equal_steps(&[2, 8, 14, 20], &rank).is_empty());
        assert!(equal_steps(&[2, 5, 7, 10, 12], &rank).is_empty());
    }
}
