//! Live blogs: the article is a run of posts, newest first, each under a
//! line with its time ("19:05", "7.45pm", "18:32Redacción") and often
//! closed by a share line. In naive text most posts are one paragraph
//! between such lines, which the region search reads as a teaser list (a
//! lone paragraph among short lines) and cuts off. On a page with enough
//! posts, the time lines cost the region nothing, nor does a post's
//! heading, and a post's paragraph counts in full.

use crate::body::{score, strong, Line, State};
use crate::region::LineScore;
use crate::text_options::TextOptions;
use newsmill_types::RemovalReason;

/// Posts a page needs before it is read as a live blog.
const MIN_POSTS: usize = 4;
/// Words a post's heading has at most.
const MAX_HEADING_WORDS: u32 = 16;
/// A time line longer than this is a headline with a time in it.
const MAX_TIME_LINE_CHARS: u32 = 40;

/// Re-scores the posts of a live blog in `scores` (left alone on other
/// pages). Returns each post's heading with its first paragraph, for
/// [`keep_headings`].
pub(crate) fn score_posts(
    raw: &str,
    lines: &[Line],
    scores: &mut [LineScore],
    opts: &TextOptions,
) -> Vec<(usize, usize)> {
    let posts: Vec<Post> = (0..lines.len())
        .filter_map(|i| post_at(raw, lines, i))
        .collect();
    if posts.len() < MIN_POSTS {
        return Vec::new();
    }
    for post in &posts {
        for i in std::iter::once(post.time).chain(post.heading) {
            if let LineScore::Value(v) = &mut scores[i] {
                *v = v.max(0.0);
            }
        }
        // Undo the damping of a paragraph with no prose beside it.
        if let (LineScore::Value(v), LineScore::Value(full)) = (
            &mut scores[post.paragraph],
            score(&lines[post.paragraph], opts),
        ) {
            *v = v.max(full);
        }
    }
    posts
        .iter()
        .filter_map(|p| p.heading.map(|h| (h, p.paragraph)))
        .collect()
}

/// Keeps the headings of the posts whose paragraph is in the article's
/// region `start..end` when the region's rules dropped them as short lines:
/// a post's heading sits under its time and share lines, not under a
/// paragraph, and may be a full clause ("More than 300 people sheltered in
/// the sports hall").
pub(crate) fn keep_headings(
    lines: &mut [Line],
    headings: &[(usize, usize)],
    start: usize,
    end: usize,
) {
    for &(i, _) in headings.iter().filter(|(_, p)| (start..end).contains(p)) {
        let line = &mut lines[i];
        let heading_like = !line.f.terminal && !line.f.link && line.f.words <= MAX_HEADING_WORDS;
        let dropped = matches!(
            line.state,
            State::Removed(RemovalReason::ShortOrNavigation | RemovalReason::OutsideBody)
        );
        if dropped && heading_like {
            line.state = State::Kept;
        }
    }
}

/// A post: its time line, its heading if any, its first paragraph.
struct Post {
    time: usize,
    heading: Option<usize>,
    paragraph: usize,
}

/// The post whose time line is line `i`, if it is one.
fn post_at(raw: &str, lines: &[Line], i: usize) -> Option<Post> {
    let line = &lines[i];
    let may_be_time = matches!(
        line.state,
        State::Text | State::Removed(RemovalReason::KnownPattern)
    );
    if !may_be_time || line.stop || line.f.chars > MAX_TIME_LINE_CHARS {
        return None;
    }
    if !opens_with_time(line.span.slice(raw)) {
        return None;
    }
    let mut heading = None;
    for (k, next) in lines.iter().enumerate().skip(i + 1) {
        match next.state {
            State::Blank => continue,
            State::Text if strong(&next.f) => {
                return Some(Post {
                    time: i,
                    heading,
                    paragraph: k,
                })
            }
            // One line (the post's heading) may come before its paragraph.
            State::Text if heading.is_none() && !next.stop => {
                heading = Some(k);
            }
            _ => return None,
        }
    }
    None
}

/// "19:05", "9.45", "18:32Redacción", "7:05pm": one or two digits, a colon
/// or a full stop, two digits, and no third digit.
fn opens_with_time(text: &str) -> bool {
    let b = text.trim_start().as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hours) {
        return false;
    }
    let rest = &b[hours..];
    matches!(rest.first(), Some(b':' | b'.'))
        && rest.len() >= 3
        && rest[1].is_ascii_digit()
        && rest[2].is_ascii_digit()
        && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_opens_a_line_with_one_or_two_hour_digits_and_two_minute_digits() {
        for yes in ["19:05", "9.45", "18:32Redacción", "7:05pm", " 10:15 CET"] {
            assert!(opens_with_time(yes), "{yes}");
        }
        for no in [
            "2025",
            "19:0",
            "123:45",
            "19:055",
            "1,284",
            "12.5%",
            "Redacción 19:05",
            "",
        ] {
            assert!(!opens_with_time(no), "{no}");
        }
    }
}
