//! Date and time expressions, resolved against the article's date.
//!
//! The complete rule list with known limits is in `crates/extract/RULES.md`.
//!
//! Absolute: "March 7, 2024", "7 March 2024", "Oct. 7", "March 2024",
//! "in March", "2007", "2024-03-07". Relative: weekdays ("Thursday",
//! "Wednesday evening", "last Friday"), "today", "yesterday", "tomorrow",
//! "tonight", "overnight", "last night", "this morning", "last/this/next
//! week" (with "earlier"/"later"), "last/this/next month|year",
//! "N days/weeks ago".
//!
//! `resolved` is ISO 8601 at the precision the text gives: `YYYY-MM-DD` for
//! days, `YYYY-Www` for weeks, `YYYY-MM` for months, `YYYY` for years.
//! Without an article date only expressions that carry their own year are
//! resolved. Calendar arithmetic is proleptic Gregorian, done here.

use crate::canonical::scan::{month_of, strip_possessive, Scanned, TokKind, TokenView};
use crate::word_shape::{either_lengths, first_letter_lengths};
use newsmill_types::{Span, TemporalMention};

pub(crate) use newsmill_types::calendar::{civil_from_days, days_from_civil, format_day, weekday};
use newsmill_types::calendar::{days_in_month, is_valid_date as valid};

/// Parses `YYYY-MM-DD` into days since the epoch.
pub fn parse_iso_date(s: &str) -> Option<i64> {
    newsmill_types::calendar::parse_iso_day(s)
}

/// ISO week of the day `z`: `YYYY-Www`.
pub(crate) fn format_week(z: i64) -> String {
    let thursday = z - i64::from(weekday(z)) + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// Monday 0 ... Sunday 6, for a lower-cased weekday name.
pub(crate) fn weekday_of(lw: &str) -> Option<u32> {
    let day = WEEKDAYS.iter().position(|&day| day == lw)?;
    u32::try_from(day).ok()
}

fn small_number(lw: &str) -> Option<i64> {
    if lw.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return lw.parse::<i64>().ok().filter(|n| (0..1000).contains(n));
    }
    Some(match lw {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return None,
    })
}

/// The words in lower case other than numbers that open one of the
/// expressions below: day words and "last/this/next …". The others need a
/// capital, a digit, a small number ("two days ago") or
/// "mid-/early-/late-".
const LOWER_CASE_OPENERS: [&str; 8] = [
    "today",
    "tonight",
    "overnight",
    "yesterday",
    "tomorrow",
    "last",
    "this",
    "next",
];

/// [`LOWER_CASE_OPENERS`] and the number words (a few more than
/// [`small_number`] reads) by first letter and length.
static LOWER_CASE_OPENER_LENGTHS: [u32; 26] = either_lengths(
    first_letter_lengths(&LOWER_CASE_OPENERS),
    first_letter_lengths(&crate::figures::NUMBER_WORDS),
);

/// Whether a word that opens with a lower-case ASCII letter has the first
/// letter and length of a [`LOWER_CASE_OPENERS`] word or a number word
/// (`crate::figures::NUMBER_WORDS`), or is hyphenated
/// after "mid", "early" or "late": the only lower-case words the rules
/// below read, so the others (most of a text) are passed at once.
fn has_a_lower_case_opener_shape(word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let Some(lengths) = LOWER_CASE_OPENER_LENGTHS.get(usize::from(first.wrapping_sub(b'a'))) else {
        return false;
    };
    (word.len() < 32 && lengths & (1 << word.len()) != 0)
        || (matches!(first, b'm' | b'e' | b'l') && crate::word_shape::has_hyphen(word))
}

/// Month names and their abbreviations as `month_of` reads them: with
/// [`WEEKDAYS`], [`LOWER_CASE_OPENERS`] and the number words, what a
/// capitalised word must be to open one of the expressions below ("March
/// 7", "Monday's", "Today", "Two days ago").
const MONTH_WORDS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The weekdays in lower case, Monday first (as `weekday_of` numbers them).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// [`MONTH_WORDS`], [`WEEKDAYS`], [`LOWER_CASE_OPENERS`] and the number
/// words by first letter and length.
static CAPITALISED_OPENER_LENGTHS: [u32; 26] = either_lengths(
    either_lengths(
        first_letter_lengths(&MONTH_WORDS),
        first_letter_lengths(&WEEKDAYS),
    ),
    LOWER_CASE_OPENER_LENGTHS,
);

/// Whether a capitalised word, lower-cased (`lw`), has the first letter and
/// length of a month, a weekday (also before a possessive), a
/// [`LOWER_CASE_OPENERS`] word or a number word, or is hyphenated after
/// "mid", "early" or "late": most capitalised words are names, and are
/// passed at once.
fn has_a_capitalised_opener_shape(lw: &str) -> bool {
    let Some(&first) = lw.as_bytes().first() else {
        return false;
    };
    let Some(&lengths) = CAPITALISED_OPENER_LENGTHS.get(usize::from(first.wrapping_sub(b'a')))
    else {
        return false;
    };
    let fits = |len: usize| len < 32 && lengths & (1 << len) != 0;
    fits(lw.len())
        || fits(strip_possessive(lw).len())
        || (matches!(first, b'm' | b'e' | b'l') && crate::word_shape::has_hyphen(lw.as_bytes()))
}

/// The token view plus the date-specific token tests.
struct Scanner<'a, 't> {
    view: &'a TokenView<'t>,
}

impl<'t> std::ops::Deref for Scanner<'_, 't> {
    type Target = TokenView<'t>;
    fn deref(&self) -> &TokenView<'t> {
        self.view
    }
}

impl Scanner<'_, '_> {
    fn day_number(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        let digits = w
            .strip_suffix("st")
            .or_else(|| w.strip_suffix("nd"))
            .or_else(|| w.strip_suffix("rd"))
            .or_else(|| w.strip_suffix("th"))
            .unwrap_or(w);
        if !self.is_word(i)
            || digits.is_empty()
            || digits.len() > 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }
    fn year_number(&self, i: usize) -> Option<i64> {
        let w = self.w(i);
        if !self.is_word(i) || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i64 = w.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    }
    fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.w(i) == p
    }
}

/// Year for a month (and day) written without one: the article's year,
/// or the year before when that would put it more than 60 days after the
/// article date.
fn infer_year(article: i64, m: u32, d: u32) -> i64 {
    let (y, _, _) = civil_from_days(article);
    let dd = d.min(days_in_month(y, m)).max(1);
    if days_from_civil(y, m, dd) > article + 60 {
        y - 1
    } else {
        y
    }
}

fn has_future_marker(sc: &Scanner, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        matches!(
            sc.lw(i),
            "will"
                | "expected"
                | "scheduled"
                | "due"
                | "planned"
                | "plans"
                | "upcoming"
                | "begin"
                | "resume"
                | "shall"
        ) || sc.w(i).ends_with("'ll")
            || sc.w(i).ends_with("’ll")
    })
}

/// Date and time expressions of `text`, in text order. `article_date` is
/// `YYYY-MM-DD`; an unparsable date counts as absent.
pub fn find_dates(text: &str, article_date: Option<&str>) -> Vec<TemporalMention> {
    find_dates_in(&Scanned::new(text), article_date)
}

/// [`find_dates`] on an article already scanned.
pub(crate) fn find_dates_in(
    scanned: &Scanned<'_>,
    article_date: Option<&str>,
) -> Vec<TemporalMention> {
    let text = scanned.view.text;
    let article = article_date.and_then(parse_iso_date);
    let sc = Scanner {
        view: &scanned.view,
    };
    let n = sc.toks.len();
    let mut out: Vec<TemporalMention> = Vec::new();
    let push = |a: usize, b: usize, resolved: Option<String>, out: &mut Vec<TemporalMention>| {
        let (start, end) = (sc.toks[a].start, sc.toks[b].end);
        out.push(TemporalMention {
            text: text[start..end].to_string(),
            resolved,
            span: Span::new(start, end),
            zone: newsmill_types::Zone::Body,
        });
    };
    let mut i = 0;
    while i < n {
        let tok = sc.toks[i];
        if tok.kind != TokKind::Word {
            i += 1;
            continue;
        }
        // Fast skip: lower-case words that cannot start a date expression
        // (read from the text's bytes: most tokens stop here).
        let first = text.as_bytes()[tok.start];
        if first.is_ascii_lowercase()
            && !has_a_lower_case_opener_shape(&text.as_bytes()[tok.start..tok.end])
        {
            i += 1;
            continue;
        }
        let lw: &str = sc.lw(i);
        // Likewise capitalised words, most of them names.
        if first.is_ascii_uppercase() && !has_a_capitalised_opener_shape(lw) {
            i += 1;
            continue;
        }
        let w = sc.w(i);
        // Every rule below but the day words, "last/this/next …" and
        // "N days ago" needs a capital or a digit first: the common
        // lower-case words skip their look-ups.
        let capital = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
        };
        let digit = first.is_ascii_digit();

        // ISO literal.
        if digit && w.len() == 10 {
            if let Some(z) = parse_iso_date(w) {
                push(i, i, Some(format_day(z)), &mut out);
                i += 1;
                continue;
            }
        }

        // "mid-March", "early-April".
        if let Some((_, rest)) = matches!(lw.as_bytes().first(), Some(b'm' | b'e' | b'l'))
            .then(|| lw.split_once('-'))
            .flatten()
            .filter(|(p, _)| matches!(*p, "mid" | "early" | "late"))
        {
            if let Some((m, false)) = month_of(rest) {
                let (end, year) = match sc.year_number(i + 1) {
                    Some(y) => (i + 1, Some(y)),
                    None => (i, None),
                };
                let y = year.or_else(|| article.map(|a| infer_year(a, m, 1)));
                push(i, end, y.map(|y| format!("{y:04}-{m:02}")), &mut out);
                i = end + 1;
                continue;
            }
        }

        // Month-led dates.
        if let Some((m, abbr)) = capital.then(|| month_of(lw)).flatten() {
            let mut j = i + 1;
            if abbr {
                if !sc.punct(j, ".") && lw != "sept" {
                    // "Mar" without a period is not a month.
                    if sc.day_number(j).is_none() {
                        i += 1;
                        continue;
                    }
                }
                if sc.punct(j, ".") {
                    j += 1;
                }
            }
            if let Some(d) = sc.day_number(j) {
                let mut end = j;
                let mut year = None;
                if sc.punct(j + 1, ",") && sc.year_number(j + 2).is_some() {
                    year = sc.year_number(j + 2);
                    end = j + 2;
                } else if sc.year_number(j + 1).is_some() {
                    year = sc.year_number(j + 1);
                    end = j + 1;
                }
                let y = year.or_else(|| article.map(|a| infer_year(a, m, d)));
                let resolved = y
                    .filter(|&y| valid(y, m, d))
                    .map(|y| format_day(days_from_civil(y, m, d)));
                push(i, end, resolved, &mut out);
                i = end + 1;
                continue;
            }
            if let Some(y) = sc.year_number(j) {
                push(i, j, Some(format!("{y:04}-{m:02}")), &mut out);
                i = j + 1;
                continue;
            }
            // Month alone only after a preposition-like word ("in March").
            let prev = if i > 0 { sc.lw(i - 1) } else { "" };
            if !abbr
                && matches!(
                    prev,
                    "in" | "since"
                        | "early"
                        | "late"
                        | "mid"
                        | "by"
                        | "until"
                        | "last"
                        | "next"
                        | "this"
                        | "of"
                        | "from"
                        | "before"
                        | "after"
                        | "through"
                )
            {
                let (s, e) = if matches!(prev, "early" | "late" | "mid" | "last" | "next" | "this")
                {
                    (i - 1, i)
                } else {
                    (i, i)
                };
                let resolved = article.map(|a| {
                    let (ay, am, _) = civil_from_days(a);
                    let y = match prev {
                        "last" => {
                            if m >= am {
                                ay - 1
                            } else {
                                ay
                            }
                        }
                        "next" => {
                            if m <= am {
                                ay + 1
                            } else {
                                ay
                            }
                        }
                        _ => infer_year(a, m, 1),
                    };
                    format!("{y:04}-{m:02}")
                });
                push(s, e, resolved, &mut out);
            }
            i += 1;
            continue;
        }

        // Day-led: "7 March 2024".
        if let Some(d) = digit.then(|| sc.day_number(i)).flatten() {
            if let Some((m, false)) = month_of(sc.lw(i + 1)) {
                if sc.w(i + 1).chars().next().is_some_and(char::is_uppercase) {
                    let (end, year) = match sc.year_number(i + 2) {
                        Some(y) => (i + 2, Some(y)),
                        None => (i + 1, None),
                    };
                    let y = year.or_else(|| article.map(|a| infer_year(a, m, d)));
                    let resolved = y
                        .filter(|&y| valid(y, m, d))
                        .map(|y| format_day(days_from_civil(y, m, d)));
                    push(i, end, resolved, &mut out);
                    i = end + 1;
                    continue;
                }
            }
        }

        // A bare year.
        if let Some(y) = digit.then(|| sc.year_number(i)).flatten() {
            let next = sc.lw(i + 1);
            let prev = if i > 0 { sc.lw(i - 1) } else { "" };
            let counted = crate::figures::counted_word(next).is_some();
            let quantity = matches!(
                prev,
                "about" | "some" | "nearly" | "over" | "than" | "least" | "almost" | "around"
            );
            if !counted && !quantity {
                push(i, i, Some(format!("{y:04}")), &mut out);
            }
            i += 1;
            continue;
        }

        // Weekdays.
        let lw_core = if capital { strip_possessive(lw) } else { lw };
        let possessive = lw_core.len() != lw.len();
        if let Some(wd) = capital.then(|| weekday_of(lw_core)).flatten() {
            let prev = if i > 0 { sc.lw(i - 1) } else { "" };
            let mut start = i;
            let mut end = i;
            if matches!(sc.lw(i + 1), "morning" | "afternoon" | "evening" | "night") {
                end = i + 1;
            }
            let dir = match prev {
                "last" | "past" => {
                    start = i - 1;
                    -2
                }
                "next" | "coming" => {
                    start = i - 1;
                    2
                }
                "this" => {
                    start = i - 1;
                    0
                }
                _ => {
                    // Future only when a marker precedes it in the same clause.
                    let sents = &scanned.sentences;
                    let a = sents
                        .get(sents.partition_point(|&(_, b)| b <= i))
                        .map_or(0, |s| s.0);
                    let mut c0 = i;
                    while c0 > a
                        && !matches!(sc.w(c0 - 1), "," | ";" | "\"" | "“" | "”" | "—" | ":")
                    {
                        c0 -= 1;
                    }
                    if has_future_marker(&sc, c0, i) {
                        1
                    } else {
                        -1
                    }
                }
            };
            let resolved = article.map(|a| {
                let aw = i64::from(weekday(a));
                let target = i64::from(wd);
                let back = (aw - target).rem_euclid(7);
                let ahead = (target - aw).rem_euclid(7);
                let z = match dir {
                    -2 => a - if back == 0 { 7 } else { back },
                    -1 => a - back,
                    1 => a + ahead,
                    2 => a + if ahead == 0 { 7 } else { ahead },
                    _ => a - aw + target,
                };
                format_day(z)
            });
            if possessive && end == i {
                let s0 = sc.toks[start].start;
                let e0 = sc.toks[i].start + strip_possessive(w).len();
                out.push(TemporalMention {
                    text: text[s0..e0].to_string(),
                    resolved,
                    span: Span::new(s0, e0),
                    zone: newsmill_types::Zone::Body,
                });
            } else {
                push(start, end, resolved, &mut out);
            }
            i = end + 1;
            continue;
        }

        // Day words.
        let day_word = match lw {
            "today" | "tonight" | "overnight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(delta) = day_word {
            let start = if i > 0 && sc.lw(i - 1) == "earlier" {
                i - 1
            } else {
                i
            };
            push(start, i, article.map(|a| format_day(a + delta)), &mut out);
            i += 1;
            continue;
        }

        // last/this/next + night/morning/week/month/year.
        if matches!(lw, "last" | "this" | "next") {
            let unit = sc.lw(i + 1);
            let prev = if i > 0 { sc.lw(i - 1) } else { "" };
            let start = if lw == "this" && matches!(prev, "earlier" | "later") {
                i - 1
            } else {
                i
            };
            let offset = match lw {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let resolved: Option<Option<String>> = match unit {
                "night" if lw != "next" => {
                    Some(article.map(|a| format_day(a + if lw == "last" { -1 } else { 0 })))
                }
                "morning" | "afternoon" | "evening" if lw == "this" => {
                    Some(article.map(format_day))
                }
                "week" => Some(article.map(|a| format_week(a + 7 * offset))),
                "month" => Some(article.map(|a| {
                    let (y, m, _) = civil_from_days(a);
                    let idx = y * 12 + i64::from(m) - 1 + offset;
                    format!("{:04}-{:02}", idx.div_euclid(12), idx.rem_euclid(12) + 1)
                })),
                "year" => Some(article.map(|a| {
                    let (y, _, _) = civil_from_days(a);
                    format!("{:04}", y + offset)
                })),
                _ => None,
            };
            if let Some(resolved) = resolved {
                push(start, i + 1, resolved, &mut out);
                i += 2;
                continue;
            }
        }

        // "N days/weeks ago".
        if let Some(k) = small_number(lw) {
            let unit = sc.lw(i + 1);
            if sc.lw(i + 2) == "ago" {
                let resolved: Option<Option<String>> = match unit {
                    "day" | "days" => Some(article.map(|a| format_day(a - k))),
                    "week" | "weeks" => Some(article.map(|a| format_day(a - 7 * k))),
                    _ => None,
                };
                if let Some(resolved) = resolved {
                    push(i, i + 2, resolved, &mut out);
                    i += 3;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_capitalised_opener_passes_the_pre_test() {
        assert!(MONTH_WORDS.iter().all(|w| month_of(w).is_some()));
        let months: std::collections::HashSet<u32> = MONTH_WORDS
            .iter()
            .filter_map(|w| month_of(w))
            .map(|m| m.0)
            .collect();
        assert_eq!(months.len(), 12, "every month");
        assert_eq!(weekday_of("monday"), Some(0));
        assert_eq!(weekday_of("thursday"), Some(3));
        assert_eq!(weekday_of("sunday"), Some(6));
        assert_eq!(weekday_of("thurs"), None);
        let listed = MONTH_WORDS
            .iter()
            .chain(&WEEKDAYS)
            .chain(&LOWER_CASE_OPENERS);
        for word in listed.chain(&crate::figures::NUMBER_WORDS) {
            assert!(has_a_capitalised_opener_shape(word), "{word}");
        }
        for word in [
            "monday's",
            "friday’s",
            "mid-march",
            "late-2023",
            "early-may",
        ] {
            assert!(has_a_capitalised_opener_shape(word), "{word}");
        }
        for name in ["gaza", "biden", "hamas", "washington", "", "é"] {
            assert!(!has_a_capitalised_opener_shape(name), "{name}");
        }
    }

    #[test]
    fn capitalised_openers_are_found() {
        let found = |text: &str| -> Vec<String> {
            find_dates_in(&Scanned::new(text), Some("2024-03-07"))
                .into_iter()
                .map(|d| format!("{}={}", d.text, d.resolved.unwrap_or_default()))
                .collect()
        };
        assert_eq!(
            found("Today Gaza and Monday's vote. Last week Two days ago MARCH 5 Sept. 3"),
            [
                "Today=2024-03-07",
                "Monday=2024-03-04",
                "Last week=2024-W09",
                "Two days ago=2024-03-05",
                "MARCH 5=2024-03-05",
                // More than 60 days after the article: the year before.
                "Sept. 3=2023-09-03",
            ]
        );
    }

    #[test]
    fn every_lower_case_opener_passes_the_pre_test() {
        for word in LOWER_CASE_OPENERS {
            assert!(has_a_lower_case_opener_shape(word.as_bytes()), "{word}");
        }
        for word in ["a", "an", "one", "five", "ten"] {
            assert!(small_number(word).is_some(), "{word}");
            assert!(has_a_lower_case_opener_shape(word.as_bytes()), "{word}");
        }
        for word in ["mid-march", "early-april", "late-may"] {
            assert!(has_a_lower_case_opener_shape(word.as_bytes()), "{word}");
        }
        for word in ["to", "of", "said", "and", "for", "ago"] {
            assert!(!has_a_lower_case_opener_shape(word.as_bytes()), "{word}");
        }
        expect(
            "It fell two days ago, rose yesterday, will open tomorrow and close next week; \
             the vote was in mid-March, and the talks go on tonight.",
            Some("2024-03-20"),
            &[
                ("two days ago", Some("2024-03-18")),
                ("yesterday", Some("2024-03-19")),
                ("tomorrow", Some("2024-03-21")),
                ("next week", Some("2024-W13")),
                ("mid-March", Some("2024-03")),
                ("tonight", Some("2024-03-20")),
            ],
        );
    }

    /// Asserts the (text, resolved) pairs found in `text` given the article `date`.
    #[track_caller]
    fn expect(text: &str, date: Option<&str>, want: &[(&str, Option<&str>)]) {
        let found = find_dates(text, date);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|m| (m.text.as_str(), m.resolved.as_deref()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn calendar_round_trips() {
        for z in -800_000..800_000i64 {
            if z % 997 != 0 {
                continue;
            }
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(weekday(days_from_civil(2024, 3, 7)), 3, "a Thursday");
        assert_eq!(format_week(days_from_civil(2021, 1, 3)), "2020-W53");
        assert_eq!(format_week(days_from_civil(2024, 12, 30)), "2025-W01");
        assert_eq!(parse_iso_date("2024-02-30"), None);
        assert!(parse_iso_date("2024-02-29").is_some());
    }

    #[test]
    fn absolute_dates() {
        expect(
            "Packages fell on March 7, 2024 and on 8 March 2024. The Oct. 7 attack; talks in March 2024. Hamas has run it since 2007.",
            Some("2024-03-08"),
            &[
                ("March 7, 2024", Some("2024-03-07")),
                ("8 March 2024", Some("2024-03-08")),
                ("Oct. 7", Some("2023-10-07")),
                ("March 2024", Some("2024-03")),
                ("2007", Some("2007")),
            ],
        );
    }

    #[test]
    fn relative_dates() {
        // 2024-03-07 is a Thursday.
        expect(
            "Talks resumed Thursday after a delegation met Wednesday evening, and last week. Biden said earlier this week it was close. Ramadan will begin on Sunday. Strikes overnight killed many; yesterday too.",
            Some("2024-03-07"),
            &[
                ("Thursday", Some("2024-03-07")),
                ("Wednesday evening", Some("2024-03-06")),
                ("last week", Some("2024-W09")),
                ("earlier this week", Some("2024-W10")),
                ("Sunday", Some("2024-03-10")),
                ("overnight", Some("2024-03-07")),
                ("yesterday", Some("2024-03-06")),
            ],
        );
    }

    #[test]
    fn without_article_date_only_full_dates_resolve() {
        expect(
            "On Thursday, March 7, 2024, and Oct. 7.",
            None,
            &[
                ("Thursday", None),
                ("March 7, 2024", Some("2024-03-07")),
                ("Oct. 7", None),
            ],
        );
        expect(
            "It was Thursday.",
            Some("not a date"),
            &[("Thursday", None)],
        );
    }

    #[test]
    fn not_dates() {
        expect(
            "They march on. Some 2024 people. May we go? The Mar a Lago estate",
            Some("2024-03-07"),
            &[],
        );
    }

    #[test]
    fn month_parts() {
        expect(
            "Talks are set for mid-March and early-April 2025.",
            Some("2025-01-10"),
            &[
                ("mid-March", Some("2025-03")),
                ("early-April 2025", Some("2025-04")),
            ],
        );
    }

    #[test]
    fn last_and_next_weekday() {
        expect(
            "last Thursday and next Thursday and last Friday",
            Some("2024-03-07"),
            &[
                ("last Thursday", Some("2024-02-29")),
                ("next Thursday", Some("2024-03-14")),
                ("last Friday", Some("2024-03-01")),
            ],
        );
    }
}
