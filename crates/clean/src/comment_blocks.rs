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

/// A date and a time at the end of a line: "November 12, 2026 at 4:15
/// pm", "12 Nov 2026, 16:15", "2026-11-12 16:15", "12/11/2026 at 4:15 PM".
const DATE_AND_TIME: &str = r"(?:
        \p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}
      | \d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}
      | \d{4}-\d{2}-\d{2}
      | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}
    )
    ,?\s+(?:at\s+|[-–|]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$";

fn built_in(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
}

/// A date with a time and nothing else.
static BARE_TIMESTAMP: LazyLock<Regex> =
    LazyLock::new(|| built_in(&format!("(?x)^{DATE_AND_TIME}")));

/// A name over its timestamp on one line: "#1 Hank Sorensen Friday, 22
/// November 2024 09:14", "Ann Lee says: November 12, 2026 at 4:15 pm".
/// The name (group 1) is checked for length by the caller.
static HEADED_TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    built_in(&format!(
        r"(?x)^(.{{1,60}}?)\s+(?:\p{{L}}{{3,9}},?\s+)?{DATE_AND_TIME}"
    ))
});

/// Marks the comments that end in a "Reply" link (see the module docs).
pub(crate) fn mark_comment_blocks(raw: &str, lines: &mut [Line]) {
    for reply in 0..lines.len() {
        let text = lines[reply].span.slice(raw);
        let reply_line = match lines[reply].state {
            State::Removed(RemovalReason::Comments) => is_reply_link(text),
            // "Quote | Reply | Report to administrator": the comment's
            // actions in one line, which the patterns leave as text (or
            // remove as repeated).
            State::Text | State::Removed(_) => is_action_row_with_reply(text),
            _ => false,
        };
        if !reply_line {
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

/// "Quote | Reply | Report to administrator", "Like · Reply · 3h": a row of
/// at most five short actions, one of them "Reply".
fn is_action_row_with_reply(text: &str) -> bool {
    const MAX_ACTIONS: usize = 5;
    const MAX_ACTION_WORDS: usize = 4;
    const MAX_ROW_BYTES: usize = 120;
    // Most lines are prose: rejected without splitting.
    let bytes = text.as_bytes();
    // '|', or the last byte of '·' (C2 B7) or of '•' (E2 80 A2).
    if bytes.len() > MAX_ROW_BYTES
        || memchr::memchr3(b'|', 0xB7, 0xA2, bytes).is_none()
        || !bytes.windows(5).any(|w| w.eq_ignore_ascii_case(b"reply"))
    {
        return false;
    }
    let parts: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=MAX_ACTIONS).contains(&parts.len())
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_ACTION_WORDS)
        && parts.iter().any(|p| is_reply_link(p))
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
        let text = line.span.slice(raw);
        // The name and the timestamp on one line.
        let headed = HEADED_TIMESTAMP.captures(text).filter(|c| {
            c.get(1).is_some_and(|name| {
                name.as_str().split_whitespace().count() <= MAX_NAME_WORDS as usize + 1
            })
        });
        if headed.is_some() {
            let after_article = lines[..i]
                .iter()
                .any(|a| a.state == State::Text && strong(&a.f));
            return (seen > 0 && after_article && !line.f.terminal).then_some(i);
        }
        if BARE_TIMESTAMP.is_match(text) {
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
    fn action_rows_and_headed_timestamps() {
        assert!(is_action_row_with_reply(
            "Quote | Reply | Report to administrator"
        ));
        assert!(is_action_row_with_reply("Like · Reply · 3h"));
        assert!(!is_action_row_with_reply("Reply"));
        assert!(!is_action_row_with_reply("Home | News | Sport"));
        assert!(!is_action_row_with_reply(
            "We asked him to reply to the council | he did not"
        ));
        for line in [
            "#1 Hank Sorensen Friday, 22 November 2024 09:14",
            "Ann Lee says: November 12, 2026 at 4:15 pm",
        ] {
            assert!(HEADED_TIMESTAMP.is_match(line), "{line}");
        }
        assert!(!HEADED_TIMESTAMP.is_match("The meeting on November 12, 2026 at 4:15 pm ran late."));
    }

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
