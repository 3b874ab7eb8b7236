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
/// A time line longer than this is a headline with a time in it.
const MAX_TIME_LINE_CHARS: u32 = 40;

/// Re-scores the posts of a live blog in `scores` (left alone on other
/// pages).
pub(crate) fn score_posts(raw: &str, lines: &[Line], scores: &mut [LineScore], opts: &TextOptions) {
    let posts: Vec<Post> = (0..lines.len())
        .filter_map(|i| post_at(raw, lines, i))
        .collect();
    if posts.len() < MIN_POSTS {
        return;
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
