//! When two reported figures count the same thing, and when they disagree.
//!
//! Figures are grouped by what they count (`counted`, as the extractor
//! normalised it), their normalised time scope and their normalised place.
//! Inside a group each reported value becomes an interval from its qualifier
//! ("nearly 600" is 558..=600, "some 540" is 523.8..=556.2, "more than 1000"
//! is 1000..); two values **disagree** when their intervals do not overlap,
//! both their articles are dated and at most [`MAX_DAYS_APART`] apart (the
//! same day: a scoped claim such as "overnight" or "in the past 24 hours"
//! covers another period a day later, and running totals move), and they
//! come from different articles or different named sources. Pairs that
//! would disagree but for a missing date or a gap in days are not
//! disagreements; the report counts them. Identical values, overlapping
//! approximations and figures counting different things never disagree.

use newsmill_types::Bound;
use serde::{Deserialize, Serialize};

/// Figures from articles dated further apart are not compared: scoped
/// periods shift and running totals move with time.
pub const MAX_DAYS_APART: i64 = 0;

/// How a qualifier bounds the true number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the number as stated.
    Exact,
    /// some, about, around, approximately, roughly, an estimated: ±3%.
    About,
    /// nearly, almost, close to, just under: 93%..=100%.
    Nearly,
    /// more than, over, at least, upwards of, above: the number or more.
    AtLeast,
    /// up to, at most, less than, fewer than, under, below: the number or less.
    AtMost,
}

impl From<Option<Bound>> for Qualifier {
    fn from(bound: Option<Bound>) -> Self {
        match bound {
            None => Qualifier::Exact,
            Some(Bound::About) => Qualifier::About,
            Some(Bound::Nearly) => Qualifier::Nearly,
            Some(Bound::AtLeast) => Qualifier::AtLeast,
            Some(Bound::AtMost) => Qualifier::AtMost,
            // A bound added later: compare it only as loosely as an estimate.
            Some(_) => Qualifier::About,
        }
    }
}

impl Qualifier {
    /// The interval of true values the phrase allows.
    pub fn interval(self, value: f64) -> (f64, f64) {
        match self {
            Qualifier::Exact => (value, value),
            Qualifier::About => (value * 0.97, value * 1.03),
            Qualifier::Nearly => (value * 0.93, value),
            Qualifier::AtLeast => (value, f64::INFINITY),
            Qualifier::AtMost => (0.0, value),
        }
    }
}

/// True when the two reported values cannot both be right.
pub fn values_disagree(a: (f64, Qualifier), b: (f64, Qualifier)) -> bool {
    let (a_low, a_high) = a.1.interval(a.0);
    let (b_low, b_high) = b.1.interval(b.0);
    a_high < b_low || b_high < a_low
}

fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether figures of one group can disagree at all. Two unscoped totals
/// ("1,200 people were killed", "30,800 killed") are usually about different
/// events or periods, and a bare count of "people" says too little about who
/// was counted; calling such pairs disagreements would bury the real ones
/// ("some 540" vs "nearly 600" killed since fighting resumed).
pub fn comparable(counted: &str, normalised_scope: &str) -> bool {
    const VAGUE: &[&str] = &["people", "persons", "residents", "others", "casualties"];
    !normalised_scope.is_empty() && !VAGUE.contains(&counted)
}

/// The time scope in a comparable form: "" when absent; phrases for the same
/// period map to one name ("since the IDF resumed airstrikes" and "since
/// fighting resumed" → "since fighting resumed"; "overnight", "in the past 24
/// hours" → "past 24 hours").
pub fn normalise_scope(scope: Option<&str>) -> String {
    let Some(scope) = scope else {
        return String::new();
    };
    let s = squash(scope);
    let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
    if s.is_empty() {
        return s;
    }
    if has(&["since"]) && has(&["resum", "renew", "collaps", "restart", "broke down"]) {
        return "since fighting resumed".into();
    }
    if has(&[
        "overnight",
        "24 hours",
        "past day",
        "last day",
        "previous day",
    ]) {
        return "past 24 hours".into();
    }
    if has(&["since"])
        && has(&[
            "october 7",
            "oct. 7",
            "oct 7",
            "the war began",
            "start of the war",
            "war started",
            "beginning of the war",
            "outbreak",
        ])
    {
        return "since the war began".into();
    }
    let mut s = s.as_str();
    for prefix in [
        "in the ",
        "during the ",
        "over the ",
        "in ",
        "during ",
        "over ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
            break;
        }
    }
    s.to_string()
}

/// Places that name the whole area an article covers count as no place.
const WHOLE_AREA: &[&str] = &[
    "",
    "gaza",
    "the gaza strip",
    "gaza strip",
    "the strip",
    "the enclave",
    "the territory",
    "the palestinian territory",
];

/// The place in a comparable form: lowercased without "in"/"across"; "" when
/// absent or naming the whole area of coverage (see `WHOLE_AREA`).
pub fn normalise_place(place: Option<&str>) -> String {
    let Some(place) = place else {
        return String::new();
    };
    let s = squash(place);
    let mut s = s.as_str();
    for prefix in ["in ", "across ", "throughout ", "inside ", "at "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
            break;
        }
    }
    if WHOLE_AREA.contains(&s) {
        String::new()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers() {
        assert_eq!(Qualifier::from(Some(Bound::Nearly)), Qualifier::Nearly);
        assert_eq!(Qualifier::from(Some(Bound::AtLeast)), Qualifier::AtLeast);
        assert_eq!(Qualifier::from(Some(Bound::About)), Qualifier::About);
        assert_eq!(Qualifier::from(None), Qualifier::Exact);
        assert_eq!(Qualifier::from(Some(Bound::AtMost)), Qualifier::AtMost);
    }

    #[test]
    fn some_540_and_nearly_600_disagree() {
        assert!(values_disagree(
            (540.0, Qualifier::About),
            (600.0, Qualifier::Nearly)
        ));
        assert!(!values_disagree(
            (590.0, Qualifier::About),
            (600.0, Qualifier::Nearly)
        ));
        assert!(!values_disagree(
            (600.0, Qualifier::Exact),
            (600.0, Qualifier::Exact)
        ));
        assert!(!values_disagree(
            (1000.0, Qualifier::AtLeast),
            (1200.0, Qualifier::Exact)
        ));
        assert!(values_disagree(
            (1000.0, Qualifier::AtLeast),
            (900.0, Qualifier::Exact)
        ));
    }

    #[test]
    fn scopes() {
        assert_eq!(
            normalise_scope(Some("since the IDF resumed airstrikes in the enclave")),
            "since fighting resumed"
        );
        assert_eq!(
            normalise_scope(Some("since fighting resumed")),
            "since fighting resumed"
        );
        assert_eq!(normalise_scope(Some("Overnight")), "past 24 hours");
        assert_eq!(
            normalise_scope(Some("in the past 24 hours")),
            "past 24 hours"
        );
        assert_eq!(normalise_scope(Some("in the past week")), "past week");
        assert_eq!(normalise_scope(None), "");
        assert_eq!(normalise_place(Some("in the enclave")), "");
        assert_eq!(normalise_place(Some("in Rafah")), "rafah");
    }
}
