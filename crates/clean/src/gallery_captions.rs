//! Captions of a photo gallery in naive text.
//!
//! A gallery dumped as text prints each slide as its counter ("3 of 12"),
//! its caption and a credit line. The counter and the credit are furniture
//! by pattern already, but the caption is a sentence or two of prose about
//! the photo and reads as the article's. Here the line right after a slide
//! counter is that slide's caption, when the page has at least two
//! counters (a gallery, not a lone "1 of 3" in a list).

use crate::body::{Line, State};
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
}
