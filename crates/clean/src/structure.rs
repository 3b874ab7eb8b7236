//! Article structure found in the text: title, byline, outlet, dateline,
//! syndication notice.

use crate::features::Features;
use crate::lean_regex::LeanRegex;
use newsmill_types::Syndication;
use regex::Regex;
use std::sync::LazyLock;

/// A built-in pattern as a `regex::Regex`, whose lazy DFA searches fast:
/// for the patterns run on many lines (the gated promo and syndication
/// lines; with `LeanRegex` the dev pages' cleaning cost 3% more).
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"))
}

static BYLINE_BY: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(
        r"^(?i:(?:written|posted|words|story)\s+)?(?i:by)\s*:?\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,7})",
    )
});
static BYLINE_BAR: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(r"^(\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){1,3})\s*[|/]$")
});
static COPYRIGHT_OWNER: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(
        r"(?i)^(?:©|\(c\)|ⓒ|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?([^.,|•©\d][^.,|•©]*?)\s*(?:\d{4})?\s*(?:[.,|•]|\ball rights?\b|$)",
    )
});
static FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*follow\s+(.{2,40}?)\s+on\s+(?:facebook|twitter|instagram|telegram|linkedin|youtube|x|tiktok|whatsapp|google news)\b",
    )
});
static GET_APP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\W*(?:get|download) the (.{2,40}?) app\b"));
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:with|from|join|on|follow)\s+(.{2,40}?)\s+(?:whatsapp|telegram)\s+channel\b")
});
static SYNDICATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^this (.{2,60}?) (?:report|article|story|piece|content|post) (?:was|is|has been) (?:re-?published|reprinted|reproduced|shared) (?:on|by|in|at) (.{2,60}?)(?:\s+(?:by|with) (?:special |kind )?permission.*)?\W*$",
    )
});
static ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:this (?:article|story|report|piece|post) (?:was )?(?:originally |first )(?:appeared|published|ran) (?:on|in|by|at)|(?:republished|reprinted|reproduced) (?:with permission )?(?:from|of)|originally published (?:on|in|by|at)) (?:the website of )?(.{2,60}?)(?:\s+(?:on|at)\s+\S.*)?\W*$",
    )
});
static DATELINE: LazyLock<LeanRegex> = LazyLock::new(|| {
    LeanRegex::new(
        r"^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?)(?:\s*\([^)]{1,24}\))?\s*(:|—|–|-{1,2})(\s+)\S",
    )
});

/// Words that look like a dateline place before a colon but announce a
/// kind of text instead.
const NOT_PLACES: &[&str] = &[
    "update",
    "updated",
    "breaking",
    "note",
    "editor",
    "editors",
    "exclusive",
    "watch",
    "video",
    "opinion",
    "analysis",
    "review",
    "photos",
    "photo",
    "live",
    "warning",
    "related",
    "read",
    "also",
    "source",
    "sources",
    "credit",
    "q",
    "a",
    "question",
    "answer",
    "step",
    "tip",
    "bonus",
    "summary",
    "correction",
    "disclaimer",
    "spoiler",
    "listen",
    "caption",
];

/// "By Jane Doe" / "Moran Azulay|" -> the name(s).
pub(crate) fn byline(line: &str, f: &Features) -> Option<String> {
    if f.chars > 100 || f.terminal && !line.ends_with('.') && !line.ends_with('|') {
        return None;
    }
    if let Some(name) = name_and_writers_job(line.trim_end()) {
        return Some(name.to_string());
    }
    let head = line.get(..2).unwrap_or("");
    let by_form = ["by", "wr", "po", "wo", "st"]
        .iter()
        .any(|h| head.eq_ignore_ascii_case(h));
    if !by_form && !line.ends_with(['|', '/']) {
        return None;
    }
    if opens_like_byline_by(line) {
        if let Some(name) = byline_by(line, head, f) {
            return Some(name);
        }
    }
    if !line.ends_with(['|', '/']) {
        // `BYLINE_BAR` ends with one of these.
        return None;
    }
    if let Some(c) = BYLINE_BAR.captures(line) {
        return Some(c.get(1)?.as_str().to_string());
    }
    None
}

/// The name of a "By Jane Doe" line (`BYLINE_BY`), when the line is one.
fn byline_by(line: &str, head: &str, f: &Features) -> Option<String> {
    if let Some(c) = BYLINE_BY.captures(line) {
        let whole = c.get(1)?;
        let name = whole.as_str().trim_end_matches([',', ' ', '.']);
        // "Posted by" and the like also open prose ("Posted by Ann Lee on
        // her blog:", "Story by X, screenplay by Y"): only a line that is
        // nothing but the name is a byline.
        let plain_by = head.eq_ignore_ascii_case("by") || head.eq_ignore_ascii_case("wr");
        let name_only = line[whole.end()..].trim_end_matches(['.', ' ']).is_empty();
        // "By the way..." is prose; a name is short and the line is too.
        if f.words <= 12 && !name.is_empty() && (plain_by || name_only) {
            return Some(name.to_string());
        }
    }
    None
}

/// Whether `line` may open as `BYLINE_BY` wants ("By", or "Written",
/// "Posted", "Words" or "Story" and a space): most lines the cheap test in
/// `byline` lets through do not ("Police said", "Story continues below |").
/// A line with other than ASCII at its start goes to the regex, whose
/// case rules let "ſ" (long s) stand for "s".
fn opens_like_byline_by(line: &str) -> bool {
    let bytes = line.as_bytes();
    if !bytes.iter().take(8).all(u8::is_ascii) {
        return true;
    }
    let opens = |word: &str| {
        bytes
            .get(..word.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    };
    opens("by")
        || ["written", "posted", "words", "story"]
            .iter()
            .any(|w| opens(w) && bytes.get(w.len()).is_some_and(u8::is_ascii_whitespace))
}

/// "Heather Lindqvist, Columnist", "Ann Lee, Senior Staff Writer" -> the
/// name: two to four capitalised words, a comma, then at most two words
/// that qualify a writer's job and the job.
fn name_and_writers_job(line: &str) -> Option<&str> {
    const JOBS: &[&str] = &[
        "columnist",
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "contributor",
        "journalist",
    ];
    const QUALIFIERS: &[&str] = &[
        "senior",
        "chief",
        "staff",
        "political",
        "business",
        "sport",
        "sports",
        "health",
        "local",
        "special",
        "contributing",
        "national",
        "foreign",
        "investigative",
        "city",
        "metro",
        "feature",
        "features",
        "deputy",
        "associate",
        "managing",
        "opinion",
        "guest",
    ];
    // Most lines are prose or menus: rejected on their last word, without
    // allocating.
    // Every job ends in "r", "t" ("writer", "journalist").
    if line.len() > 100 || !line.ends_with(['r', 't', 'R', 'T']) {
        return None;
    }
    let last = line.rsplit(' ').next()?;
    if !JOBS.iter().any(|j| last.eq_ignore_ascii_case(j)) {
        return None;
    }
    let (name, job) = line.split_once(", ")?;
    let name_words = name.split(' ').count();
    let name_fits = (2..=4).contains(&name_words)
        && name.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        });
    let job_words: Vec<String> = job.split(' ').map(str::to_lowercase).collect();
    let (last, qualifiers) = job_words.split_last()?;
    let job_fits = JOBS.contains(&last.as_str())
        && qualifiers.len() <= 2
        && qualifiers.iter().all(|w| QUALIFIERS.contains(&w.as_str()));
    (name_fits && job_fits).then_some(name)
}

fn name_like(s: &str) -> Option<String> {
    let s = s.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let words = s.split_whitespace().count();
    let first_upper = s
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let lower = s.to_lowercase();
    (words > 0 && words <= 6 && first_upper && lower != "us" && !lower.starts_with("our "))
        .then(|| s.to_string())
}

/// Companies whose notices appear on pages they host or sell through
/// ("© 2019 Microsoft" on a portal, "© Amazon" under a product photo):
/// never the outlet of a news article. Photo agencies likewise.
const NOT_OUTLETS: &[&str] = &[
    "Microsoft",
    "Amazon",
    "Google",
    "Alphabet",
    "Apple",
    "Meta",
    "Facebook",
    "Getty Images",
    "Shutterstock",
    "Alamy",
    "iStock",
];

/// The owner of a rights line without the legal words around it: "All
/// Rights Reserved Poynter Institute" -> "Poynter Institute", "Jpost Inc."
/// -> "Jpost", "The Republic unless otherwise noted" -> "The Republic".
fn without_legal_words(owner: &str) -> &str {
    const LEADING: &[&str] = &["all rights reserved", "all right reserved"];
    const TRAILING: &[&str] = &[
        "unless otherwise noted",
        "inc.",
        "inc",
        "llc",
        "l.l.c.",
        "ltd.",
        "ltd",
        "limited",
        "plc",
        "gmbh",
        "corp.",
        "corp",
    ];
    let mut s = owner.trim();
    loop {
        let before = s;
        for lead in LEADING {
            if s.len() > lead.len()
                && s.get(..lead.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(lead))
            {
                s = s[lead.len()..].trim_start_matches(|c: char| !c.is_alphanumeric());
            }
        }
        for tail in TRAILING {
            let cut = s.len().saturating_sub(tail.len());
            // Only a whole trailing word, and never the whole name.
            if cut > 0
                && s.get(cut..).is_some_and(|t| t.eq_ignore_ascii_case(tail))
                && s[..cut].ends_with([' ', ','])
            {
                s = s[..cut].trim_end_matches([' ', ',']);
            }
        }
        if s == before {
            return s;
        }
    }
}

/// Cheap test before the outlet regexes: only rights lines that open with
/// the sign or the word, and promo lines that mention following, an app or
/// a channel, can name the outlet.
pub(crate) fn may_name_outlet(line: &str, reason: newsmill_types::RemovalReason) -> bool {
    use newsmill_types::RemovalReason;
    let head =
        line.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != 'ⓒ' && c != '(');
    let has = |needle: &str| {
        line.as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    match reason {
        RemovalReason::Copyright => {
            head.starts_with(['©', 'ⓒ'])
                || head.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
                || head
                    .get(..9)
                    .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        }
        RemovalReason::KnownPattern => {
            line.len() <= 200 && (has("follow") || has(" app") || has("channel"))
        }
        _ => false,
    }
}

/// The outlet a rights or promo line names ("© 2025 Newsmax. All rights
/// reserved." -> Newsmax), with a rank: lower is more trustworthy.
pub(crate) fn outlet_from_line(line: &str, copyright: bool) -> Option<(u8, String)> {
    if copyright {
        let c = COPYRIGHT_OWNER.captures(line)?;
        let owner = without_legal_words(c.get(1)?.as_str());
        // "© All rights reserved | Terms" names no one.
        if owner.to_ascii_lowercase().starts_with("all right") {
            return None;
        }
        let name = name_like(owner)?;
        if NOT_OUTLETS.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            return None;
        }
        // "© Amazon" or "© Jane Doe" under a picture credits its owner; a
        // site's own notice states a year or its rights. A credit is kept
        // only as a weak guess, below any such notice on the page.
        let lower = line.to_ascii_lowercase();
        let notice = lower.contains("rights")
            || lower.contains("copyright")
            || line
                .as_bytes()
                .windows(4)
                .any(|w| matches!(w, [b'1' | b'2', b'9' | b'0', d1, d2] if d1.is_ascii_digit() && d2.is_ascii_digit()));
        return Some((if notice { 1 } else { 2 }, name));
    }
    let has = |needle: &str| {
        line.as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    };
    // Each regex only when its keyword is there: captures are slow.
    for (keyword, re) in [
        ("follow", &*FOLLOW),
        ("app", &*GET_APP),
        ("channel", &*CHANNEL),
    ] {
        if !has(keyword) {
            continue;
        }
        if let Some(name) = re
            .captures(line)
            .and_then(|c| name_like(c.get(1)?.as_str()))
        {
            return Some((2, name));
        }
    }
    None
}

/// A syndication notice: "This X report was republished on Y by
/// permission." The caller checks the line is short.
pub(crate) fn syndication(line: &str) -> Option<Syndication> {
    let first = line.get(..4)?;
    if !(first.eq_ignore_ascii_case("this")
        || first.eq_ignore_ascii_case("repu")
        || first.eq_ignore_ascii_case("repr")
        || first.eq_ignore_ascii_case("orig"))
    {
        return None;
    }
    if let Some(c) = SYNDICATED.captures(line) {
        return Some(Syndication {
            original: c.get(1).and_then(|m| name_like(m.as_str())),
            publisher: c.get(2).and_then(|m| name_like(m.as_str())),
        });
    }
    let c = ORIGINAL.captures(line)?;
    Some(Syndication {
        original: c.get(1).and_then(|m| name_like(m.as_str())),
        publisher: None,
    })
}

/// A dateline that opens the first paragraph: (place, byte length of the
/// prefix to skip). Colon form "Washington: ..." in any case; dash form
/// only in capitals ("SIOUX FALLS, S.D. – ..."), as a dash after a
/// title-case word is usually an aside.
pub(crate) fn dateline(text: &str) -> Option<(String, usize)> {
    let head = text.get(..text.len().min(80))?;
    // Cheap tests first (the regex wants both): an upper-case opening and
    // a separator.
    if !head.chars().next().is_some_and(char::is_uppercase)
        || !(head.bytes().any(|b| b == b':' || b == b'-') || head.contains(['—', '–']))
    {
        return None;
    }
    let c = DATELINE.captures(head)?;
    let place = c.get(1)?.as_str();
    let sep = c.get(2)?.as_str();
    let first_word = place
        .split(|ch: char| !ch.is_alphanumeric())
        .next()?
        .to_lowercase();
    if NOT_PLACES.contains(&first_word.as_str()) {
        return None;
    }
    let caps = place
        .chars()
        .filter(|ch| ch.is_alphabetic())
        .all(char::is_uppercase);
    if sep != ":" && !caps {
        return None;
    }
    let skip = c.get(3)?.end();
    let place = place.trim().to_string();
    Some((place, skip))
}

/// Separators between a page title and the site name.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ",
];

/// The title split into (headline part, site-name part) when it carries a
/// site-name suffix.
pub(crate) fn split_title(title: &str) -> Option<(&str, &str)> {
    let b = title.as_bytes();
    let (i, n) = memchr::memchr_iter(b' ', b).find_map(|i| separator_at(b, i))?;
    Some((title.get(..i)?.trim(), title.get(i + n..)?.trim()))
}

/// The separator starting at byte `i`, as (`i`, its length). Every
/// separator opens with a space, so callers only try the spaces (one scan
/// instead of one search per separator); no two separators can match at
/// the same place.
fn separator_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let rest = b.get(i..)?;
    TITLE_SEPARATORS
        .iter()
        .find(|sep| rest.starts_with(sep.as_bytes()))
        .map(|sep| (i, sep.len()))
}

/// The last separator-delimited part of a title, when it looks like a
/// site name.
pub(crate) fn title_site(title: &str) -> Option<String> {
    let b = title.as_bytes();
    let (i, n) = memchr::memrchr_iter(b' ', b).find_map(|i| separator_at(b, i))?;
    let site = title.get(i + n..)?.trim();
    let words = site.split_whitespace().count();
    (words > 0
        && words <= 5
        && site
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()))
    .then(|| site.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::features;

    #[test]
    fn bylines() {
        let b = |s: &str| byline(s, &features(s));
        assert_eq!(b("Moran Azulay|").as_deref(), Some("Moran Azulay"));
        assert_eq!(b("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            b("By JERUSALEM POST STAFF").as_deref(),
            Some("JERUSALEM POST STAFF")
        );
        assert_eq!(
            b("By the time the talks ended, nobody was left in the room."),
            None
        );
        assert_eq!(b("Posted by Jess Harlow").as_deref(), Some("Jess Harlow"));
        assert_eq!(b("Words by Tom Ferris").as_deref(), Some("Tom Ferris"));
        assert_eq!(b("Posted on Monday by the team"), None);
        assert_eq!(
            b("Heather Lindqvist, Columnist").as_deref(),
            Some("Heather Lindqvist")
        );
        assert_eq!(
            b("Ann Lee, Senior Staff Writer").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(b("Ray Baptiste, Councillor"), None);
        assert_eq!(b("Columnist"), None);
        assert_eq!(b("Posted by Ann Lee on her blog:"), None);
        assert_eq!(
            b("Story by Stephen King, screenplay by Frank Darabont."),
            None
        );
    }

    #[test]
    fn outlets_and_syndication() {
        let o = |s: &str, c| outlet_from_line(s, c).map(|x| x.1);
        assert_eq!(
            o("© 2025 Newsmax. All rights reserved.", true).as_deref(),
            Some("Newsmax")
        );
        assert_eq!(
            o("© Copyright Gannett 2018", true).as_deref(),
            Some("Gannett")
        );
        assert_eq!(
            o("<< Follow Ynetnews on Facebook | Twitter >>", false).as_deref(),
            Some("Ynetnews")
        );
        assert_eq!(
            o("Get the Ynetnews app on your smartphone", false).as_deref(),
            Some("Ynetnews")
        );
        assert_eq!(
            o(
                "Get exclusive content with Gulf News WhatsApp channel",
                false
            )
            .as_deref(),
            Some("Gulf News")
        );
        assert_eq!(o("Follow us on Twitter", false), None);
        // Legal words around the owner are not its name.
        assert_eq!(
            o(
                "©All Rights Reserved Lantern Institute 2019, a nonprofit",
                true
            )
            .as_deref(),
            Some("Lantern Institute")
        );
        assert_eq!(
            o(
                "Copyright © 2021 Cobalt Post Inc. All rights reserved",
                true
            )
            .as_deref(),
            Some("Cobalt Post")
        );
        assert_eq!(
            o("© 2020 Harbor Media Group Limited", true).as_deref(),
            Some("Harbor Media Group")
        );
        assert_eq!(
            o(
                "© 2022 The Meridian unless otherwise noted. All rights reserved.",
                true
            )
            .as_deref(),
            Some("The Meridian")
        );
        assert_eq!(o("© All rights reserved | Terms", true), None);
        // A company that hosts or sells is not the outlet.
        assert_eq!(o("© 2019 Microsoft", true), None);
        assert_eq!(o("© Amazon", true), None);
        // A picture credit is a weaker guess than a dated notice.
        assert_eq!(
            outlet_from_line("© Dana Whitfield", true).map(|x| x.0),
            Some(2)
        );
        assert_eq!(
            outlet_from_line("© 2023 Granite Ledger", true).map(|x| x.0),
            Some(1)
        );
        let s =
            syndication("This All Israel News report was republished on Newsmax by permission.");
        assert_eq!(
            s,
            Some(Syndication {
                original: Some("All Israel News".into()),
                publisher: Some("Newsmax".into())
            })
        );
    }

    #[test]
    fn the_byline_opening_test_passes_every_line_the_byline_regex_matches() {
        for line in [
            "By Jane Doe",
            "BY JANE DOE AND ANN LEE",
            "by: Ann Lee",
            "Written by Ann Lee",
            "Posted  by Ann Lee",
            "WORDS\tBY Ann Lee",
            "Story by Ann Lee, photos by Bo Li",
            // The long s is an "s" to the case-insensitive regex.
            "Poſted by Ann Lee",
            "Ann Lee |",
        ] {
            if BYLINE_BY.is_match(line) {
                assert!(opens_like_byline_by(line), "{line}");
            }
        }
        assert!(BYLINE_BY.is_match("Poſted by Ann Lee"));
        for line in [
            "Police said",
            "Stories by Ann Lee",
            "Postedby Ann",
            "Wordsmith Ann |",
        ] {
            assert!(!opens_like_byline_by(line), "{line}");
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("Washington: Negotiations over a truce"),
            Some(("Washington".into(), 12))
        );
        assert_eq!(
            dateline("SIOUX FALLS, S.D. – People across").map(|d| d.0),
            Some("SIOUX FALLS, S.D.".into())
        );
        assert_eq!(dateline("Hamas – the group said – refused."), None);
        assert_eq!(dateline("Update: the talks resumed."), None);
        assert_eq!(dateline("Negotiations resumed on Monday."), None);
    }

    #[test]
    fn titles() {
        assert_eq!(
            split_title("Big news - Example Post"),
            Some(("Big news", "Example Post"))
        );
        assert_eq!(
            title_site("A view | Editorial | The Paper").as_deref(),
            Some("The Paper")
        );
    }

    #[test]
    fn title_splits_agree_with_searches() {
        fn first(title: &str) -> Option<(&str, &str)> {
            TITLE_SEPARATORS
                .iter()
                .filter_map(|sep| title.find(sep).map(|i| (i, sep.len())))
                .min_by_key(|(i, _)| *i)
                .map(|(i, n)| (title[..i].trim(), title[i + n..].trim()))
        }
        let last = |title: &str| {
            TITLE_SEPARATORS
                .iter()
                .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
                .max_by_key(|(i, _)| *i)
                .map(|(i, n)| title[i + n..].trim().to_string())
        };
        for title in [
            "A - B | C",
            "A | B - C",
            "A  -  B",
            "A — B – C · D",
            "A :: B » C « D • E",
            "No separator",
            " - leading",
            "trailing - ",
            "A - - B",
            "Ünï — Ñews | Site",
        ] {
            assert_eq!(split_title(title), first(title), "{title}");
            let site = title_site(title);
            let expected = last(title).filter(|s| {
                let words = s.split_whitespace().count();
                words > 0
                    && words <= 5
                    && s.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            });
            assert_eq!(site, expected, "{title}");
        }
    }
}
