//! The parts of the article outside the body: headline, standfirst,
//! byline authors, dateline, captions with their credits, timestamps.
//!
//! The cleaner moves these out of the body (they are not body prose), but
//! they are read first and name people found nowhere else, so the
//! extractor reads them too. They are found from the verdicts the cleaner
//! already gave: a line removed as the title, a metadata line equal to the
//! standfirst or holding the byline, a caption line and the short lines
//! that stand next to a caption marker.

use crate::{explain, LineVerdict};
use newsmill_types::{CleanArticle, RemovalReason, Span, Zone, ZonedSpan};
use regex::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"))
}

/// Where a caption's credit starts: "Image Credit:", "Photo:", "(Video:",
/// "Photograph by", "Courtesy of".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(\[|/–—.-])(?:(?:image|photo|picture|pic|video|photograph|graphic|footage|illustration)s?(?:\s+(?:credit|courtesy))?\s*(?::|(?-u:\b)by(?-u:\b))|credits?\s*:|courtesy(?:\s+of)?(?-u:\b))\s*",
    )
});
/// "Published 7 March 2024", "Updated: Thu 7 Mar 2024 10:31", "Posted on".
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date)(?-u:\b)\s*(?:on|at)?\s*:?\s*\S",
    )
});
static MONTH_AND_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?-u:\b).*(?-u:\b)(?:19|20)\d\d(?-u:\b)|(?-u:\b)\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d(?-u:\b)|(?-u:\b)(?:19|20)\d\d-\d\d-\d\d(?-u:\b)",
    )
});

/// Words that follow an author's name in a byline without being a name.
const BYLINE_ROLES: &[&str] = &[
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "senior",
    "chief",
    "contributor",
    "contributing",
    "special",
    "associate",
    "political",
    "foreign",
    "news",
    "desk",
    "team",
    "and",
    "in",
    "with",
    "updated",
    "published",
];

/// Every zone piece of `article` in raw order (spans into `raw`).
pub fn find_zones(raw: &str, article: &CleanArticle) -> Vec<ZonedSpan> {
    let lines = explain(article);
    let mut out = Vec::new();
    let mut byline_found = false;
    // The byline's names and one searcher for them, built once: most
    // removed lines are searched for it.
    let byline_names = article
        .byline
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|names| (names, memchr::memmem::Finder::new(names)));
    let first_kept = first_kept(&lines);
    for (i, line) in lines.iter().enumerate() {
        let Some(reason) = line.removed else {
            if i == first_kept {
                dateline(raw, article, line.span, &mut out);
            }
            continue;
        };
        let span = trimmed(raw, line.span);
        let text = span.slice(raw);
        if text.is_empty() {
            continue;
        }
        if reason != RemovalReason::Title && is_timestamp(text) {
            out.push(zoned(span, Zone::Timestamp));
            continue;
        }
        match reason {
            RemovalReason::Title => out.push(zoned(span, Zone::Title)),
            RemovalReason::Metadata if article.subtitle.as_deref().map(str::trim) == Some(text) => {
                out.push(zoned(span, Zone::Standfirst));
            }
            RemovalReason::Caption | RemovalReason::Figure => caption(raw, span, &mut out),
            RemovalReason::ShortOrNavigation | RemovalReason::OutsideBody
                if beside_caption(raw, &lines, i) =>
            {
                caption(raw, span, &mut out);
            }
            _ => {}
        }
        if !byline_found && reason != RemovalReason::Title && reason != RemovalReason::Copyright {
            byline_found = byline_names
                .as_ref()
                .is_some_and(|(names, finder)| byline(raw, span, names, finder, &mut out));
        }
    }
    out.sort_by_key(|z| z.span.start);
    out
}

fn zoned(span: Span, zone: Zone) -> ZonedSpan {
    ZonedSpan { span, zone }
}

fn first_kept(lines: &[LineVerdict]) -> usize {
    lines
        .iter()
        .position(|l| l.removed.is_none())
        .unwrap_or(usize::MAX)
}

/// `span` without the white space at either end.
fn trimmed(raw: &str, span: Span) -> Span {
    let text = span.slice(raw);
    let start = span.start + (text.len() - text.trim_start().len());
    let end = span.start + text.trim_end().len();
    Span::new(start, end.max(start))
}

/// The place (and agency) before the separator of the body's first line,
/// when the cleaner moved it to `dateline`.
fn dateline(raw: &str, article: &CleanArticle, body_start: Span, out: &mut Vec<ZonedSpan>) {
    if article.dateline.is_none() {
        return;
    }
    let line_start = raw
        .get(..body_start.start)
        .and_then(|head| head.rfind('\n'))
        .map_or(0, |at| at + 1);
    let prefix = Span::new(line_start, body_start.start);
    let text = prefix.slice(raw);
    let kept =
        text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—' | '–'));
    let span = trimmed(raw, Span::new(line_start, line_start + kept.len()));
    if !span.is_empty() {
        out.push(zoned(span, Zone::Dateline));
    }
}

/// A caption line: its words as a caption, each name of its credit as a
/// credit. Gallery markers and file names ("2 View gallery",
/// "gaza aid-1709823574255") are neither.
fn caption(raw: &str, span: Span, out: &mut Vec<ZonedSpan>) {
    let text = span.slice(raw);
    let credit = credit_marker(text).and_then(|(at, from)| Some((at, credit_names(text, from)?)));
    let words_end = credit.as_ref().map_or(text.len(), |(at, _)| *at);
    let words_text = text[..words_end]
        .trim_end()
        .trim_end_matches(['(', '[', '|', '/', '-', '–', '—'])
        .trim_end();
    let words_part = trimmed(raw, Span::new(span.start, span.start + words_text.len()));
    if !words_at_most(words_part.slice(raw), MIN_CAPTION_WORDS - 1)
        && !looks_like_file_name(words_part.slice(raw))
    {
        out.push(zoned(words_part, Zone::Caption));
    }
    for name in credit.map(|(_, names)| names).unwrap_or_default() {
        out.push(zoned(name.shifted(span.start), Zone::Credit));
    }
}

/// Shorter lines beside a caption marker are buttons ("Back to Gallery",
/// "View gallery"), not captions.
const MIN_CAPTION_WORDS: usize = 4;

/// What a credit can say without naming anyone.
const NOT_CREDITED: &[&str] = &[
    "File",
    "file",
    "Handout",
    "handout",
    "Pool",
    "Supplied",
    "Screenshot",
    "Screengrab",
    "Stock",
    "Illustration",
];

/// Where the credit marker of a caption starts and its name begins: the
/// last marker, or a "Credit:" glued to the caption's last word
/// ("...sought treatmentCredit: EPA").
fn credit_marker(text: &str) -> Option<(usize, usize)> {
    if let Some(m) = CREDIT.find_iter(text).last() {
        // The sentence's full stop stays with the caption.
        let start = m.start() + usize::from(m.as_str().starts_with('.'));
        return Some((start, m.end()));
    }
    if let Some(at) = text.rfind("Credit:") {
        return Some((at, at + "Credit:".len()));
    }
    // Wire style, a closing bracket of names joined by slashes: "(AP
    // Photo/Lina Brask)", "(Jeenah Moon/Bloomberg/Getty Images)".
    let open = text.rfind('(')?;
    let inside = text[open + 1..].trim_end();
    let closed = inside.strip_suffix(')')?;
    (closed.contains('/') && !closed.contains("://")).then_some((open, open + 1))
}

/// The names a credit lists ("AP Photo/John Locher", "© Shutterstock",
/// "NASA/Jude Guidry"), as spans of `text`; `None` when what follows the
/// marker is not a list of names ("Video: 16-inch MacBook Pro top
/// features" titles a video).
fn credit_names(text: &str, from: usize) -> Option<Vec<Span>> {
    const CONNECTORS: &[&str] = &[
        "of", "de", "la", "van", "von", "der", "al", "&", "and", "via",
    ];
    const DROPPED_TAILS: &[&str] = &[" Photo", " Photos", " Photograph", " Pictures"];
    let rest = text.get(from..)?;
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '.'));
    let words: Vec<&str> = rest.split_whitespace().collect();
    let name_like = words.iter().all(|w| {
        CONNECTORS.contains(w)
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '©')
    });
    if words.is_empty() || words.len() > 8 || !name_like {
        return None;
    }
    let mut names = Vec::new();
    let mut start = 0;
    let bytes = rest.as_bytes();
    let mut push = |a: usize, b: usize| {
        let part = &rest[a..b];
        let mut name = part.trim();
        for prefix in ["©", "(c)", "Copyright", "The "] {
            name = name.strip_prefix(prefix).unwrap_or(name).trim_start();
        }
        // A year before the owner ("© 2024 Northpix"), not "20th Century".
        if let Some((year, rest)) = name.split_once(' ') {
            if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
                name = rest.trim_start();
            }
        }
        for tail in DROPPED_TAILS {
            name = name.strip_suffix(tail).unwrap_or(name);
        }
        let name = name.trim();
        if name.chars().any(char::is_alphabetic) && !NOT_CREDITED.contains(&name) {
            let offset = from + a + (part.len() - part.trim_start().len());
            let at = offset + part.trim_start().find(name).unwrap_or(0);
            names.push(Span::new(at, at + name.len()));
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let sep = match bytes[i] {
            b'/' | b',' | b';' | b'|' => 1,
            b' ' if rest[i..].starts_with(" via ") => 5,
            _ => 0,
        };
        if sep > 0 {
            push(start, i);
            start = i + sep;
            i += sep;
        } else {
            i += 1;
        }
    }
    push(start, rest.len());
    Some(names)
}

/// A word of letters and a long run of digits, as image file names have.
fn looks_like_file_name(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let digits = w.chars().filter(char::is_ascii_digit).count();
        digits >= 6 && w.chars().any(char::is_alphabetic)
    })
}

/// A short line removed for its length that sits next to a caption marker
/// (after a gallery marker or a caption, other-script copies of the caption
/// skipped, or just before a credit line): the caption the marker
/// announces.
fn beside_caption(raw: &str, lines: &[LineVerdict], i: usize) -> bool {
    let is_caption = |l: &LineVerdict| {
        matches!(
            l.removed,
            Some(RemovalReason::Caption) | Some(RemovalReason::Figure)
        )
    };
    let before = lines[..i]
        .iter()
        .rev()
        .find(|l| l.removed != Some(RemovalReason::OtherScript));
    // The neighbours first: most removed lines (menus) have no caption
    // beside them, and their words need not be counted.
    let caption_before = before.is_some_and(is_caption);
    if !caption_before && !lines.get(i + 1).is_some_and(is_caption) {
        return false;
    }
    let text = lines[i].span.slice(raw);
    if text.chars().nth(300).is_some() || words_at_most(text, MIN_CAPTION_WORDS - 1) {
        return false;
    }
    if caption_before {
        return true;
    }
    lines.get(i + 1).is_some_and(|next| {
        is_caption(next) && {
            let next_text = next.span.slice(raw).trim_start();
            next_text.starts_with(['(', '['])
                || CREDIT.find(next_text).is_some_and(|m| m.start() == 0)
        }
    })
}

fn is_timestamp(text: &str) -> bool {
    // The digit test first: most removed lines (menus) have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // The anchored patterns before the word count, which would read the
    // whole of a long removed paragraph.
    if TIMESTAMP.is_match(text) {
        return words_at_most(text, 14);
    }
    opens_with_a_date(text) && words_at_most(text, 8) && MONTH_AND_YEAR.is_match(text)
}

/// Whether `text` has at most `limit` words holding a letter ("3" and
/// "|" are not words), reading no further than the word past the limit.
fn words_at_most(text: &str, limit: usize) -> bool {
    let mut count = 0;
    let mut counted = false;
    for c in text.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphabetic() {
            count += 1;
            if count > limit {
                return false;
            }
            counted = true;
        }
    }
    true
}

/// A line that opens with a weekday, a month or a number, as a date line
/// does (a reference line "Board, \"Report,\" Oct. 16, 2019" does not).
fn opens_with_a_date(text: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let first = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    first.starts_with(|c: char| c.is_ascii_digit())
        || first
            .get(..3)
            .is_some_and(|head| OPENINGS.contains(&head.to_ascii_lowercase().as_str()))
}

/// The authors of the byline, each its own piece, when `span` is the line
/// that holds the byline. Returns whether it was.
fn byline(
    raw: &str,
    span: Span,
    names: &str,
    finder: &memchr::memmem::Finder,
    out: &mut Vec<ZonedSpan>,
) -> bool {
    let text = span.slice(raw);
    if text.len() > 160 {
        return false;
    }
    let Some(at) = finder.find(text.as_bytes()) else {
        return false;
    };
    let base = span.start + at;
    let mut start = 0;
    let bytes = names.as_bytes();
    let cut = |from: usize, to: usize, out: &mut Vec<ZonedSpan>| {
        let part = &names[from..to];
        let lead = part.len() - part.trim_start().len();
        let name = part.trim().trim_end_matches(['.', ',']);
        let is_role = name
            .split_whitespace()
            .all(|w| BYLINE_ROLES.contains(&w.to_lowercase().as_str()));
        if !name.is_empty() && !is_role && name.chars().next().is_some_and(char::is_uppercase) {
            let s = base + from + lead;
            out.push(zoned(Span::new(s, s + name.len()), Zone::Byline));
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let sep = match bytes[i] {
            b',' | b'|' | b'/' | b';' | b'&' => 1,
            b' ' if names[i..].starts_with(" and ") => 4,
            _ => 0,
        };
        if sep > 0 {
            cut(start, i, out);
            start = i + sep;
            i += sep;
        } else {
            i += 1;
        }
    }
    cut(start, names.len(), out);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    fn zones_of(raw: &str) -> Vec<(Zone, &str)> {
        let article = Cleaner::default().clean(raw, None);
        find_zones(raw, &article)
            .into_iter()
            .map(|z| (z.zone, z.span.slice(raw)))
            .collect()
    }

    #[test]
    fn headline_byline_dateline_and_caption_are_zones() {
        let raw = "Flood Waters Rise Along the Alder River\n\
                   By Mara Quist and Tomas Veld\n\
                   Port Alder: Flood waters rose through the night along the river, forcing hundreds of families from their homes, officials said.\n\
                   The regional council said on Tuesday that the water would crest by the weekend and that shelters had been opened in three schools.\n\
                   Photo 1 of 3\n\
                   Volunteers fill sandbags beside the old mill in Port Alder. Photo: Lina Brask/Northern Wire\n\
                   Residents who stayed behind described the water reaching the first floor of their houses within an hour of the river breaking its banks.\n";
        let zones = zones_of(raw);
        assert!(zones.contains(&(Zone::Title, "Flood Waters Rise Along the Alder River")));
        assert!(zones.contains(&(Zone::Byline, "Mara Quist")));
        assert!(zones.contains(&(Zone::Byline, "Tomas Veld")));
        assert!(zones.contains(&(Zone::Dateline, "Port Alder")));
        assert!(zones.contains(&(
            Zone::Caption,
            "Volunteers fill sandbags beside the old mill in Port Alder."
        )));
        assert!(zones.contains(&(Zone::Credit, "Lina Brask")));
        assert!(zones.contains(&(Zone::Credit, "Northern Wire")));
    }

    #[test]
    fn credits_and_markers_split() {
        let raw = "A man wades through water in Port Alder. Image Credit: NORTHERN WIRE";
        let mut out = Vec::new();
        caption(raw, Span::new(0, raw.len()), &mut out);
        let got: Vec<(Zone, &str)> = out.iter().map(|z| (z.zone, z.span.slice(raw))).collect();
        assert_eq!(
            got,
            [
                (Zone::Caption, "A man wades through water in Port Alder."),
                (Zone::Credit, "NORTHERN WIRE")
            ]
        );
        for marker in ["2 View gallery", "alder flood-1709823574255"] {
            let mut out = Vec::new();
            caption(marker, Span::new(0, marker.len()), &mut out);
            assert!(out.is_empty(), "{marker}");
        }
        let credits = |raw: &'static str| -> Vec<(Zone, &'static str)> {
            let mut out = Vec::new();
            caption(raw, Span::new(0, raw.len()), &mut out);
            out.iter().map(|z| (z.zone, z.span.slice(raw))).collect()
        };
        assert_eq!(
            credits("(Video: Alder Police)"),
            [(Zone::Credit, "Alder Police")]
        );
        assert_eq!(
            credits("Sandbags at the mill. (AP Photo/Lina Brask)"),
            [
                (Zone::Caption, "Sandbags at the mill."),
                (Zone::Credit, "AP"),
                (Zone::Credit, "Lina Brask")
            ]
        );
        assert_eq!(credits("(Image: © Northpix)"), [(Zone::Credit, "Northpix")]);
        assert_eq!(
            credits("Credit: 20th Century Lion"),
            [(Zone::Credit, "20th Century Lion")]
        );
        assert_eq!(credits("Photo: File"), []);
        assert_eq!(credits("Back to Gallery"), []);
        assert_eq!(
            credits("Boats in the harbour at dawn.Photograph: Lina Brask"),
            [
                (Zone::Caption, "Boats in the harbour at dawn."),
                (Zone::Credit, "Lina Brask")
            ]
        );
        assert_eq!(
            credits("Traders on the floor. (Lina Brask/Northpix/Alder Images)"),
            [
                (Zone::Caption, "Traders on the floor."),
                (Zone::Credit, "Lina Brask"),
                (Zone::Credit, "Northpix"),
                (Zone::Credit, "Alder Images")
            ]
        );
        assert_eq!(
            credits("Boats moored in the harbourCredit: The Alder Times"),
            [
                (Zone::Caption, "Boats moored in the harbour"),
                (Zone::Credit, "Alder Times")
            ]
        );
        // A video's title after the marker is a caption, not a credit.
        assert_eq!(
            credits("Video: 16-inch Orbit laptop top features"),
            [(Zone::Caption, "Video: 16-inch Orbit laptop top features")]
        );
    }

    #[test]
    fn timestamps() {
        assert!(is_timestamp("Published: 7 March 2024, 10:31 GMT"));
        assert!(is_timestamp("Updated Mar 8, 2024 at 6:00 am"));
        assert!(is_timestamp("Thursday, March 7, 2024"));
        assert!(!is_timestamp("Published by the regional council"));
        assert!(!is_timestamp(
            "Alder Council, \"Flood Review,\" Oct. 16, 2019"
        ));
        assert!(!is_timestamp(
            "The council met on March 7, 2024 to discuss the flood defences and the repairs."
        ));
        // Fifteen words are a sentence, not a timestamp line.
        assert!(!is_timestamp(
            "Updated 7 March 2024: the council says the river will crest by the weekend, and the shelters stay open"
        ));
        assert!(is_timestamp(
            "Updated 7 March 2024: the river crests by the weekend"
        ));
    }

    #[test]
    fn word_limits_count_only_words_with_letters() {
        assert!(words_at_most("3 | 12 photos", 1));
        assert!(!words_at_most("Back to the gallery", 3));
        assert!(words_at_most("Back to gallery", 3));
        assert!(words_at_most("", 0));
    }

    #[test]
    fn byline_roles_are_not_authors() {
        let raw = "By Ana Ruiz, Staff Writer";
        let names = "Ana Ruiz, Staff Writer";
        let mut out = Vec::new();
        assert!(byline(
            raw,
            Span::new(0, raw.len()),
            names,
            &memchr::memmem::Finder::new(names),
            &mut out
        ));
        let got: Vec<&str> = out.iter().map(|z| z.span.slice(raw)).collect();
        assert_eq!(got, ["Ana Ruiz"]);
    }
}
