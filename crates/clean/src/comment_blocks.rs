//! Comment threads without a heading.
//!
//! Blog and local-news comment threads print each comment as its author's
//! name, a bare timestamp, the comment and a "Reply" link. The "Reply"
//! lines are furniture already, but with no "Leave a reply" or "N thoughts
//! on …" heading above the thread nothing ends the article, and the first
//! comment (a name, a date and a paragraph of prose) reads as the article's
//! last lines. Here a "Reply" line whose comment opens with a name over a
//! bare timestamp marks that comment as comment lines, its name line as a
//! stop that ends the article.

use crate::body::{strong, Line, State};
use newsmill_types::RemovalReason;
use regex::Regex;
use std::sync::LazyLock;

/// Lines a comment may hold between its timestamp and its "Reply" link.
const MAX_COMMENT_LINES: usize = 4;
/// Words an author's name line may have.
const MAX_NAME_WORDS: u32 = 4;

/// A date with a time and nothing else: "November 12, 2026 at 4:15 pm",
/// "12 Nov 2026, 16:15", "2026-11-12 16:15", "12/11/2026 at 4:15 PM".
static BARE_TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            \p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}
          | \d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}
          | \d{4}-\d{2}-\d{2}
          | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}
        )
        ,?\s+(?:at\s+|[-–|]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$",
    )
    .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});

/// Marks the comments that end in a "Reply" link (see the module docs).
pub(crate) fn mark_comment_blocks(raw: &str, lines: &mut [Line]) {
    for reply in 0..lines.len() {
        if lines[reply].state != State::Removed(RemovalReason::Comments)
            || !is_reply_link(lines[reply].span.slice(raw))
        {
            continue;
        }
        let Some(name) = comment_opening(raw, lines, reply) else {
            continue;
        };
        for line in &mut lines[name..reply] {
            if line.state != State::Blank {
                line.state = State::Removed(RemovalReason::Comments);
            }
        }
        lines[name].stop = true;
    }
}

/// "Reply", also as "Reply ↓", "[Reply]" or "↳ Reply".
fn is_reply_link(text: &str) -> bool {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .eq_ignore_ascii_case("reply")
}

/// The comment's name line above the "Reply" line at `reply`: a short line
/// over a bare timestamp at most `MAX_COMMENT_LINES` text lines up.
fn comment_opening(raw: &str, lines: &[Line], reply: usize) -> Option<usize> {
    let mut seen = 0;
    let mut i = reply;
    while i > 0 && seen <= MAX_COMMENT_LINES {
        i -= 1;
        let line = &lines[i];
        if line.state == State::Blank {
            continue;
        }
        if BARE_TIMESTAMP.is_match(line.span.slice(raw)) {
            // Some comment between the timestamp and the link.
            if seen == 0 {
                return None;
            }
            let name = previous_text_line(lines, i)?;
            let l = &lines[name];
            // A commenter's name under an article already seen (a forum's
            // opening post is not a comment).
            let after_article = lines[..name]
                .iter()
                .any(|a| a.state == State::Text && strong(&a.f));
            let name_like = l.state == State::Text
                && after_article
                && l.f.words <= MAX_NAME_WORDS
                && l.f.words > 0
                && !l.f.terminal
                && !l.f.link;
            return name_like.then_some(name);
        }
        seen += 1;
    }
    None
}

fn previous_text_line(lines: &[Line], at: usize) -> Option<usize> {
    (0..at).rev().find(|&j| lines[j].state != State::Blank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_timestamps_and_not_sentences() {
        for stamp in [
            "November 12, 2026 at 4:15 pm",
            "Nov. 12, 2026 at 4:15 PM",
            "12 November 2026, 16:15",
            "2026-11-12 16:15",
            "12/11/2026 at 4:15 p.m.",
            "12.11.2026 - 16:15",
        ] {
            assert!(BARE_TIMESTAMP.is_match(stamp), "{stamp}");
        }
        for not in [
            "November 12, 2026",
            "Published November 12, 2026 at 4:15 pm",
            "The meeting on November 12, 2026 at 4:15 pm ran late.",
            "4:15 pm",
        ] {
            assert!(!BARE_TIMESTAMP.is_match(not), "{not}");
        }
    }
}
