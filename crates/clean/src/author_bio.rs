//! The writer's biography at the foot of an article ("Jo Marsh is a
//! reporter covering county government. Reach her at …"): a line about the
//! author, not part of the story.

use crate::body::{Line, State};
use crate::lean_regex::LeanRegex;
use newsmill_types::RemovalReason;
use regex::Regex;
use std::sync::LazyLock;

/// Kept lines at the article's end that may be a biography.
const MAX_BIO_LINES: usize = 4;
/// Bytes of a line in which a biography's opening must fit.
const MAX_OPENING_BYTES: usize = 160;

/// "Name Surname is a [senior] staff writer at …".
static BIO_OPENING: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(
        r"^\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:de|la|le|van|von|der|den|da|di|del|dos|bin|al|el)\s+)*\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was)\s+(?:\p{L}+ly\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?(?i:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|critic|author|photographer)s?\b",
    )
});

/// "Name Surname covers city government …", "Name has written about …":
/// the beat of the writer, said in the present perfect or present.
static BEAT_OPENING: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(
        r"^\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:de|la|le|van|von|der|den|da|di|del|dos|bin|al|el)\s+)*\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:covers|writes about|reports on|has (?:covered|written about|reported on|reviewed))\s",
    )
});

/// The verbs of `BEAT_OPENING`, looked for before it runs.
const BEAT_VERBS: &[&str] = &[
    " covers ",
    " writes about ",
    " reports on ",
    " has covered ",
    " has written about ",
    " has reported on ",
    " has reviewed ",
];

/// What a beat line says besides the beat: whom it is written for, a way
/// to reach the writer, a past post.
static BEAT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:for the \p{Lu}|reach (?:him|her|them)|e-?mail (?:him|her|them)|follow (?:him|her|them)|joined (?:the|in)|since (?:19|20)\d\d)|@",
    )
    .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});

/// What only a biography says of its subject: a beat, a base, a way to
/// reach them, a past post.
static BIO_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:cover(?:s|ing)|based in|reach (?:him|her|them)|e-?mail|follow (?:him|her|them)|formerly|previously|joined)\b|@",
    )
    .unwrap_or_else(|e| panic!("bad built-in regex: {e}"))
});

/// Removes a biography among the article's last kept lines.
pub(crate) fn drop_closing_bio(raw: &str, lines: &mut [Line]) {
    let last_kept: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| lines[i].state == State::Kept)
        .take(MAX_BIO_LINES)
        .collect();
    // The article keeps at least one line of its own.
    let kept_lines = lines.iter().filter(|l| l.state == State::Kept).count();
    for i in last_kept {
        if kept_lines <= MAX_BIO_LINES {
            break;
        }
        let text = lines[i].span.slice(raw);
        if is_bio(text) {
            lines[i].state = State::Removed(RemovalReason::Metadata);
        }
    }
}

/// A biography: "Name is a … writer" opening the line, with a marker.
/// Most last lines open otherwise, and are rejected before any regex runs
/// (the opening's inner " is " would otherwise be searched for along the
/// whole line).
fn is_bio(text: &str) -> bool {
    if !text.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let mut head_end = text.len().min(MAX_OPENING_BYTES);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &text[..head_end];
    ((head.contains(" is ") || head.contains(" was "))
        && BIO_OPENING.is_match(head)
        && BIO_MARKER.is_match(text))
        || (BEAT_VERBS.iter().any(|v| head.contains(v))
            && BEAT_OPENING.is_match(head)
            && BEAT_MARKER.is_match(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn biographies_and_not_story_sentences() {
        assert!(is_bio("Jo Marsh is a reporter covering county government for the Courier. Reach her at jo@courier.example."));
        assert!(is_bio(
            "Anna de la Cruz is a senior staff writer based in Manila."
        ));
        assert!(is_bio(
            "Tom Okafor was previously an editor at the Ledger and is the author of two books."
        ));
        assert!(!is_bio(
            "Jo Marsh is a reporter who was arrested while filming the protest on Monday."
        ));
        assert!(!is_bio(
            "The board is a writer's dream, covering every topic under the sun."
        ));
        assert!(!is_bio("Marsh said she covers the county board."));
        assert!(is_bio("Dana Whitcombe covers city government and schools for the Ledger. Reach her at 555-0142."));
        assert!(is_bio("Thea Bergstrom has written about Dunmore's neighborhoods, politics and public spaces for the Courier-Post since 2009."));
        assert!(!is_bio(
            "Mayor Ann Lee covers the cost of the repairs from her own budget, the council said."
        ));
        assert!(!is_bio(
            "Ann Lee has reviewed the plans and will decide in May."
        ));
    }
}
